"""Every error the server gives is JSON with a machine-readable kind (sync.protocol.ErrorKind).

`ApiError` is raised by the server's own code; the handlers below turn it, the framework's own
HTTP errors, validation errors and anything unexpected into an `ErrorPublic` body. An
unexpected exception is logged with its traceback and answered with kind ``internal``; the
traceback never reaches the client.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException

from sync.protocol import (
    IDEMPOTENCY_HEADER,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorKind,
    ErrorPublic,
)

log = logging.getLogger("bekwaam.server")

_DEFAULT_KINDS = {
    400: ErrorKind.BAD_REQUEST,
    401: ErrorKind.UNAUTHORIZED,
    404: ErrorKind.NOT_FOUND,
    405: ErrorKind.METHOD_NOT_ALLOWED,
    413: ErrorKind.BODY_TOO_LARGE,
    416: ErrorKind.RANGE_NOT_SATISFIABLE,
    422: ErrorKind.INVALID_REQUEST,
    426: ErrorKind.UPGRADE_REQUIRED,
    503: ErrorKind.SERVICE_UNAVAILABLE,
}
_DEFAULT_MESSAGES = {
    400: "The request is malformed.",
    401: "Log in first: this needs a valid token (Authorization: Bearer ...).",
    404: "Not found.",
    405: "This method is not allowed here.",
    413: "The request body is too large.",
}


class ApiError(HTTPException):
    """An error answer with a kind, a message and optional details (and headers)."""

    def __init__(
        self,
        status: int,
        kind: ErrorKind,
        message: str,
        details: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ):
        super().__init__(status_code=status, detail=message, headers=dict(headers) if headers else None)
        self.kind = kind
        self.message = message
        self.details = dict(details) if details is not None else None


def error_response(
    status: int,
    kind: ErrorKind,
    message: str,
    details: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorPublic(kind=kind, message=message, details=dict(details) if details is not None else None)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=dict(headers or {}))


def api_error_response(exc: ApiError) -> JSONResponse:
    return error_response(exc.status_code, exc.kind, exc.message, exc.details, exc.headers)


def database_unavailable(method: str, path: str, exc: OperationalError) -> JSONResponse:
    log.error("database error on %s %s: %s", method, path, exc.orig)
    return error_response(
        503, ErrorKind.SERVICE_UNAVAILABLE, "The register database is not available; try again later.",
        headers={"Retry-After": "5"},
    )


def not_found(what: str = "Not found.") -> ApiError:
    return ApiError(404, ErrorKind.NOT_FOUND, what)


def _validation_details(exc: RequestValidationError) -> tuple[ErrorKind, str, list[dict[str, Any]]]:
    """Where and what, without echoing the client's input back (it may be huge or binary)."""
    errors = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())]
        errors.append({"loc": loc, "type": str(e.get("type", "")), "message": str(e.get("msg", ""))})
    if any(e["type"] == "json_invalid" for e in errors):
        return ErrorKind.MALFORMED_JSON, "The request body is not valid JSON.", errors
    if any(e["type"] == "missing" and e["loc"] == ["header", PROTOCOL_HEADER] for e in errors):
        return (
            ErrorKind.PROTOCOL_MISSING,
            f"Send the header {PROTOCOL_HEADER}: {PROTOCOL_VERSION} (the sync protocol version).",
            [{"protocol_version": PROTOCOL_VERSION, "min_protocol_version": MIN_PROTOCOL_VERSION}],
        )
    if any(e["type"] == "missing" and e["loc"] == ["header", IDEMPOTENCY_HEADER] for e in errors):
        return ErrorKind.IDEMPOTENCY_KEY_REQUIRED, f"Send an {IDEMPOTENCY_HEADER} header (a new UUID per push).", errors
    first = errors[0] if errors else {"loc": [], "message": "invalid"}
    where = ".".join(p for p in first["loc"] if p not in ("body", "query", "path", "header"))
    message = f"{where}: {first['message']}" if where else first["message"]
    return ErrorKind.INVALID_REQUEST, f"Invalid request: {message}", errors[:20]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        if isinstance(exc, ApiError):
            return api_error_response(exc)
        status = exc.status_code
        kind = _DEFAULT_KINDS.get(status, ErrorKind.BAD_REQUEST if status < 500 else ErrorKind.INTERNAL)
        message = _DEFAULT_MESSAGES.get(status) or (exc.detail if isinstance(exc.detail, str) else "Error.")
        return error_response(status, kind, message, None, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        kind, message, errors = _validation_details(exc)
        status = 422 if kind is ErrorKind.INVALID_REQUEST else 400
        return error_response(status, kind, message, {"errors": errors})

    @app.exception_handler(OperationalError)
    async def _db_down(request: Request, exc: OperationalError) -> JSONResponse:
        return database_unavailable(request.method, request.url.path, exc)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, ErrorKind.INTERNAL, "An unexpected error on the server; it has been logged.")
