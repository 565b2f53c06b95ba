"""What every subcommand shares: the data folder, the opened services, errors and exit codes.

Light on purpose: the parser of every subcommand is built from modules that import only this,
argparse and the vocabulary (sync/portfolio.py). The store (SQLAlchemy, the models, Alembic) is
imported by `Context.services`, when a handler first needs the portfolio, so `bekwaam --help`,
a mistyped argument, `policy check` and the window never wait for it before they start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.paths import resolve_data_dir
from sync.portfolio import LabelledEnum, ValidationError, parse_date

if TYPE_CHECKING:
    from desktop.services import Services

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A failure that is not the user's input (exit 1)."""


class BadInput(Exception):
    """The user's input is wrong (exit 2); the message names what."""


def policy_data_dir() -> str | None:
    """The data folder a school's policy sets, if any."""
    from desktop.policy import load_policy

    try:
        value = load_policy().value("data_dir")
    except Exception:  # a broken policy never stops the command line; `policy show` reports it
        return None
    return str(value) if value else None


class Context:
    """Opens the portfolio lazily: `bekwaam --help` or a bad argument never touches the disk."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._services: Services | None = None

    @property
    def data_dir(self) -> Path:
        return resolve_data_dir(getattr(self.args, "data_dir", None), policy_data_dir())

    @property
    def services(self) -> Services:
        if self._services is None:
            from desktop.services import open_services
            from desktop.store.db import StoreError

            try:
                self._services = open_services(self.data_dir)
            except StoreError as exc:
                raise CliError(exc.message_en) from exc
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


def parse_date_arg(value: str, name: str) -> dt.date:
    try:
        return parse_date(value, name)
    except ValidationError:
        raise BadInput(f"{name}: '{value}' is not a valid date; use YYYY-MM-DD") from None


def parse_enum(cls: type[LabelledEnum], value: str, name: str) -> Any:
    try:
        return cls.parse(value)
    except ValueError:
        raise BadInput(f"{name}: unknown value '{value}'; choose one of: {', '.join(cls.ids())}") from None


def parse_hours(value: str, name: str) -> float:
    try:
        hours = float(value.replace(",", "."))
    except ValueError:
        raise BadInput(f"{name}: '{value}' is not a number") from None
    return hours


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False, default=str)
    sys.stdout.write("\n")


def validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{i.field}: {i.message_en}" for i in exc.issues)
