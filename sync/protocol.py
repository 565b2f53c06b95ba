"""The sync wire protocol shared by the register server and the app's sync client.

Pydantic models for every request and response body (``XCreate`` for what a client sends,
``XPublic`` for what the server answers), the protocol version and its header, the header
names, and the machine-readable error ``kind``s the app translates into sentences. The
protocol itself is described in docs/sync-protocol.md.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from sync import portfolio as vocab

#: The version of this protocol. A change a client must know about bumps it.
PROTOCOL_VERSION = 1
#: The oldest client protocol the server still serves; an older one gets 426 upgrade_required.
MIN_PROTOCOL_VERSION = 1

# Header names (HTTP headers are case-insensitive; these are the spellings we send).
PROTOCOL_HEADER = "Bekwaam-Protocol"
IDEMPOTENCY_HEADER = "Idempotency-Key"
UPLOAD_OFFSET_HEADER = "Upload-Offset"
AUTHORIZATION_HEADER = "Authorization"

#: The one URL prefix of protocol version 1.
API_PREFIX = "/v1"

#: Record types on the wire and the vocabulary class that validates each (one table for the project).
RECORD_CLASSES = vocab.RECORD_CLASSES
RecordType = Literal[
    "profile", "school", "qualification", "work_period", "cycle", "activity", "evidence", "reflection"
]

# Limits the server enforces and a client should respect (the server's configuration may lower
# the page and push sizes; it announces its own values in VersionPublic).
MAX_PAGE_SIZE = 5000
DEFAULT_PAGE_SIZE = 2000  # a pull's page when the client names no limit
MAX_CURSOR = 2**62  # the largest `since` a pull accepts
MAX_PUSH_CHANGES = 1000
MAX_HASHES_PER_QUERY = 1000


class ErrorKind(enum.StrEnum):
    """Machine-readable error kinds; the app maps each to a translated sentence."""

    INVALID_REQUEST = "invalid_request"  # 422: a field is missing or has a wrong value
    MALFORMED_JSON = "malformed_json"  # 400: the body is not JSON
    BAD_REQUEST = "bad_request"  # 400: anything else malformed
    PROTOCOL_MISSING = "protocol_missing"  # 400: no Bekwaam-Protocol header
    PROTOCOL_UNSUPPORTED = "protocol_unsupported"  # 400: a protocol newer than the server's
    UPGRADE_REQUIRED = "upgrade_required"  # 426: the client is too old
    UNAUTHORIZED = "unauthorized"  # 401: no token, an unknown or a revoked token
    LOGIN_FAILED = "login_failed"  # 401: wrong username or password
    ACCOUNT_DISABLED = "account_disabled"  # 403: the register disabled this account (login and tokens)
    LOGIN_THROTTLED = "login_throttled"  # 429: too many failed logins; wait Retry-After seconds
    LOGIN_LOCKED = "login_locked"  # 429: too many failed logins; refused for a while
    NOT_FOUND = "not_found"  # 404
    METHOD_NOT_ALLOWED = "method_not_allowed"  # 405
    BODY_TOO_LARGE = "body_too_large"  # 413: the request body is over the limit
    IDEMPOTENCY_KEY_REQUIRED = "idempotency_key_required"  # 400
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"  # 422: same key, different request
    INVALID_RECORD = "invalid_record"  # 422: a pushed record does not validate
    FILE_TOO_LARGE = "file_too_large"  # 413: over the server's maximum file size
    QUOTA_EXCEEDED = "quota_exceeded"  # 413: the teacher's storage quota is full
    CHUNK_TOO_LARGE = "chunk_too_large"  # 413: a chunk over the maximum or past the file's end
    OFFSET_MISMATCH = "offset_mismatch"  # 409: a chunk not at the upload's current offset
    UPLOAD_BUSY = "upload_busy"  # 409: another request is writing to this upload
    HASH_MISMATCH = "hash_mismatch"  # 422: the uploaded bytes do not have the announced SHA-256
    RANGE_NOT_SATISFIABLE = "range_not_satisfiable"  # 416
    TRANSFER_NOT_OPEN = "transfer_not_open"  # 409: before the transfer window opens
    TRANSFER_CLOSED = "transfer_closed"  # 409: after the transfer deadline
    NOT_ELIGIBLE = "not_eligible"  # 409: not in the voluntary register
    CONSENT_REQUIRED = "consent_required"  # 422
    CHOICES_REQUIRED = "choices_required"  # 422: competence mappings still to choose
    SERVICE_UNAVAILABLE = "service_unavailable"  # 503: the database is not reachable
    INTERNAL = "internal"  # 500: a bug; never on purpose


# --------------------------------------------------------------------------- safe text


def _storable_text(value: str) -> str:
    """Refuse text no database can store: NUL characters and lone surrogates."""
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return value


SafeStr = Annotated[str, AfterValidator(_storable_text)]


def _as_utc(value: dt.datetime) -> dt.datetime:
    """Times travel as RFC 3339 in UTC ("...Z"); the server stores naive UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


UtcDateTime = Annotated[dt.datetime, AfterValidator(_as_utc)]
Name = Annotated[SafeStr, StringConstraints(min_length=1, max_length=100, strip_whitespace=True)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
RecordId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
ActivityId = RecordId


def check_storable(value: Any, depth: int = 0) -> None:
    """Raise ValueError when plain JSON data holds text a database cannot store."""
    if depth > 20:
        raise ValueError("nested too deeply")
    if isinstance(value, str):
        _storable_text(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _storable_text(str(k))
            check_storable(v, depth + 1)
    elif isinstance(value, (list, tuple)):
        for v in value:
            check_storable(v, depth + 1)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", serialize_by_alias=True, validate_by_name=True, validate_by_alias=True)


class _Strict(BaseModel):
    """Request bodies: unknown fields are refused, so a typo is not silently ignored."""

    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- errors, version


class ErrorPublic(_Model):
    """Every error answer: a kind for machines, a message for people, details where useful."""

    kind: ErrorKind
    message: str
    details: dict[str, Any] | None = None


class VersionPublic(_Model):
    server_version: str
    protocol_version: int
    min_protocol_version: int
    max_page_size: int
    max_push_changes: int
    max_chunk_size: int
    max_file_size: int


class HealthPublic(_Model):
    status: Literal["ok"]


# --------------------------------------------------------------------------- accounts


class LoginCreate(_Strict):
    username: Annotated[SafeStr, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[SafeStr, StringConstraints(min_length=1, max_length=1024)]
    device_name: Name = Field(description="A name the teacher recognises, e.g. 'laptop school'.")


class DevicePublic(_Model):
    id: str
    name: str
    created_at: UtcDateTime
    last_used_at: UtcDateTime | None
    current: bool = False


class TeacherPublic(_Model):
    username: str
    name: str
    # 'register' would shadow a pydantic attribute; on the wire it is "register".
    register_: vocab.Register = Field(alias="register")
    register_number: str
    registered_on: dt.date
    sectors: list[vocab.Sector]
    transferred_at: UtcDateTime | None


class LoginPublic(_Model):
    token: str = Field(description="Shown once; send as 'Authorization: Bearer <token>'.")
    device: DevicePublic
    teacher: TeacherPublic


class DevicesPublic(_Model):
    devices: list[DevicePublic]


# --------------------------------------------------------------------------- calendar


class CalendarPublic(_Model):
    today: dt.date
    enrolment_closes: dt.date
    catalogue_frozen_from: dt.date
    new_register_opens: dt.date
    transfer_opens: dt.date
    transfer_deadline: dt.date | None
    enrolment_open: bool
    catalogue_frozen: bool
    new_register_open: bool
    transfer_open: bool


# --------------------------------------------------------------------------- portfolio sync


class ChangePublic(_Model):
    """One record as the server holds it: its latest version, or a tombstone (data null)."""

    type: RecordType
    id: str
    version: int
    deleted: bool
    data: dict[str, Any] | None
    changed_at: UtcDateTime
    device_id: str | None


class ChangesPublic(_Model):
    changes: list[ChangePublic]
    cursor: int = Field(description="Pass as ?since= for the next page.")
    has_more: bool
    latest_version: int


class PushChangeCreate(_Strict):
    type: RecordType
    id: RecordId
    base_version: int | None = Field(
        default=None, ge=0, le=2**62, description="The server version this edit started from; null for a new record."
    )
    deleted: bool = False
    data: dict[str, Any] | None = Field(default=None, description="The whole record; omitted for a tombstone.")


class PushCreate(_Strict):
    changes: list[PushChangeCreate] = Field(max_length=MAX_PUSH_CHANGES)


class PushResultPublic(_Model):
    type: RecordType
    id: str
    status: Literal["applied", "unchanged", "conflict"]
    version: int | None = Field(description="The record's version on the server after this push.")
    server: ChangePublic | None = Field(default=None, description="On a conflict: the server's copy.")


class PushPublic(_Model):
    results: list[PushResultPublic]
    latest_version: int


# --------------------------------------------------------------------------- evidence


class MissingCreate(_Strict):
    sha256: list[Sha256] = Field(max_length=MAX_HASHES_PER_QUERY)


class MissingPublic(_Model):
    missing: list[str]


class UploadCreate(_Strict):
    sha256: Sha256
    size: int = Field(ge=0, le=2**50)


class UploadPublic(_Model):
    id: str | None = Field(description="Null when the server already has the file.")
    sha256: str
    size: int
    offset: int
    complete: bool
    expires_at: UtcDateTime | None
    max_chunk_size: int


class BlobsPublic(_Model):
    used_bytes: int
    quota_bytes: int
    max_file_size: int


# --------------------------------------------------------------------------- catalogue


class CatalogueItemPublic(_Model):
    code: str
    version: int
    title: str
    provider: str
    type: vocab.ActivityType
    contact_hours: float
    self_study_hours: float
    domains: list[vocab.Domain]
    sbl_competences: list[vocab.SblCompetence]
    sectors: list[vocab.Sector]
    description: str
    validated_on: dt.date
    withdrawn: bool


class CataloguePublic(_Model):
    items: list[CatalogueItemPublic]
    cursor: int
    has_more: bool
    latest_version: int


# --------------------------------------------------------------------------- transfer


class CompetenceChoice(_Strict):
    activity_id: ActivityId
    competence: vocab.SblCompetence
    domains: list[vocab.Domain] = Field(min_length=1, max_length=2)


class OpenChoicePublic(_Model):
    activity_id: str
    title: str
    competence: vocab.SblCompetence
    options: list[vocab.Domain]


class BlockerPublic(_Model):
    kind: ErrorKind
    message: str


class TransferSummary(_Model):
    activities: int
    evidence: int
    reflections: int
    other_records: int
    ru_total: float
    ru_per_domain: dict[str, float]


class TransferPublic(_Model):
    id: str
    from_register: vocab.Register
    to_register: vocab.Register
    executed_at: UtcDateTime
    executed_on: dt.date = Field(description="The register calendar's date of the transfer.")
    summary: TransferSummary
    choices: list[CompetenceChoice]
    portfolio_version: int


class TransferPreviewPublic(_Model):
    register_: vocab.Register = Field(alias="register")
    eligible: bool
    blockers: list[BlockerPublic]
    transfer_opens: dt.date
    transfer_deadline: dt.date | None
    summary: TransferSummary
    open_choices: list[OpenChoicePublic]
    transfer: TransferPublic | None = Field(description="The transfer already carried out, if any.")


class TransferCreate(_Strict):
    consent: bool = Field(description="The teacher agrees to carry the portfolio over.")
    choices: list[CompetenceChoice] = Field(default_factory=list, max_length=10000)
