"""The server's configuration (pydantic-settings): defaults < TOML file < environment < command line.

Environment variables are the field names upper-cased with the prefix ``BEKWAAM_SERVER_``
(``BEKWAAM_SERVER_DATABASE_URL``); the TOML file (``--config FILE``) uses the field names as
keys. The register calendar lives here too, with the dates of DESIGN.md §2 as defaults, and
``today``: the clock of the calendar, which an operator or a test can fix to a date.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any, ClassVar

import platformdirs
from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

MIB = 1024 * 1024


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file, key and problem."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("bekwaam-server", appauthor=False))


class _TomlSource(PydanticBaseSettingsSource):
    """Values from the --config TOML file (read once, errors with the file's name)."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path | None):
        super().__init__(settings_cls)
        self.data: dict[str, Any] = {}
        if path is None:
            return
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read the configuration file {path}: {exc.strerror or exc}") from None
        try:
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from None
        # Allow the settings either at the top level or under [server].
        self.data = dict(raw.get("server", raw)) if isinstance(raw.get("server"), dict) else raw
        unknown = sorted(set(self.data) - set(settings_cls.model_fields))
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}")

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self.data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self.data)


class Settings(BaseSettings):
    """Everything an operator can set. Sizes in bytes, durations in seconds."""

    model_config = SettingsConfigDict(env_prefix="BEKWAAM_SERVER_", extra="forbid")
    _config_file: ClassVar[Path | None] = None

    # Where things live.
    data_dir: Path = Field(default_factory=default_data_dir, description="SQLite file and blobs by default.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default sqlite in data_dir.")
    blob_dir: Path | None = Field(default=None, description="Evidence files; default data_dir/blobs.")
    db_pool_size: int = Field(default=10, ge=1, le=200)
    # Worker threads per process for the blocking work (database, files). Few threads contend
    # less for Python's GIL: more throughput and a shorter tail than many.
    threads: int = Field(default=8, ge=1, le=200)

    # The register calendar (DESIGN.md §2).
    today: dt.date | None = Field(default=None, description="Fix the calendar's date; unset: the real date.")
    enrolment_closes: dt.date = dt.date(2017, 8, 1)
    catalogue_frozen_from: dt.date = dt.date(2017, 8, 1)
    new_register_opens: dt.date = dt.date(2018, 8, 1)
    transfer_opens: dt.date = dt.date(2018, 8, 1)
    transfer_deadline: dt.date | None = None

    # Evidence.
    max_file_size: int = Field(default=200 * MIB, ge=1)
    quota_bytes: int = Field(default=5 * 1024 * MIB, ge=0)
    max_chunk_size: int = Field(default=64 * MIB, ge=1024, le=1024 * MIB)
    upload_ttl_seconds: int = Field(default=7 * 24 * 3600, ge=1)
    cleanup_interval_seconds: float = Field(default=3600.0, gt=0)
    blob_grace_seconds: int = Field(
        default=7 * 24 * 3600, ge=0,
        description="How long a file no evidence record refers to is kept before cleanup removes it.",
    )

    # Sync.
    max_body_size: int = Field(default=32 * MIB, ge=1024, description="JSON request bodies.")
    page_size: int = Field(default=2000, ge=1, le=5000)
    max_push_changes: int = Field(default=1000, ge=1, le=1000)
    idempotency_ttl_seconds: int = Field(default=7 * 24 * 3600, ge=60)
    fast_sync: bool = Field(
        default=True,
        description="Answer well-formed pulls and pushes without the framework (sync.server.fastpath); "
        "false sends them through the routes: the same answers, for more CPU.",
    )

    # Accounts.
    login_free_attempts: int = Field(default=5, ge=1, description="Failed logins before slowing down.")
    login_lockout_after: int = Field(default=10, ge=1, description="Failed logins before refusing.")
    login_lockout_seconds: int = Field(default=15 * 60, ge=1)
    login_max_delay_seconds: int = Field(default=60, ge=1)
    # OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): safe and cheap enough for
    # many logins at once; the memory is per concurrent hash.
    argon2_memory_kib: int = Field(default=19 * 1024, ge=8)
    argon2_time_cost: int = Field(default=2, ge=1)
    argon2_parallelism: int = Field(default=1, ge=1)
    min_password_length: int = Field(default=10, ge=1)

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.login_lockout_after < self.login_free_attempts:
            raise ValueError("login_lockout_after must be at least login_free_attempts")
        if self.transfer_deadline is not None and self.transfer_deadline < self.transfer_opens:
            raise ValueError("transfer_deadline is before transfer_opens")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls, cls._config_file))

    # ------------------------------------------------------------------ derived values

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'server.sqlite'}"

    @property
    def resolved_blob_dir(self) -> Path:
        return self.blob_dir or self.data_dir / "blobs"

    def calendar_today(self) -> dt.date:
        """The register calendar's today: fixed by configuration, or the real date."""
        return self.today or dt.date.today()


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Build the settings; raise ConfigError with a readable message when they are wrong."""
    overrides = {k: v for k, v in overrides.items() if v is not None}

    class _FromFile(Settings):
        _config_file = config_file

    try:
        loaded = _FromFile(**overrides)
    except ValidationError as exc:
        where = f" in {config_file}" if config_file else ""
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"invalid configuration{where}: {problems}") from None
    return loaded
