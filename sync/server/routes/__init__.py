"""One router per resource; `ALL_ROUTERS` is what create_app includes."""

from __future__ import annotations

from typing import Any

from sync.protocol import ErrorPublic

_DESCRIPTIONS = {
    400: "Malformed request (malformed_json, protocol_missing, protocol_unsupported, ...)",
    401: "No valid token, or a failed login",
    403: "The register disabled this account (account_disabled)",
    404: "Not found (or not yours)",
    409: "Conflict with the current state",
    413: "Too large",
    416: "Range not satisfiable",
    422: "Invalid request",
    426: "Client too old: upgrade_required",
    429: "Too many failed logins",
    503: "The database is not reachable",
}

#: Every protocol endpoint can answer these.
COMMON = (400, 413, 422, 426, 503)
AUTHED = (*COMMON, 401, 403)


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI 'responses' for error answers, all with the ErrorPublic body."""
    return {
        code: {"model": ErrorPublic, "description": _DESCRIPTIONS.get(code, "Error")} for code in sorted(set(codes))
    }
