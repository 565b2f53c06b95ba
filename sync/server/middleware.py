"""ASGI middleware: body size limits, one truthful answer to unsupported methods, response headers.

Why not the framework's own: Starlette answers a method a route lacks with the Allow header of
the first route that matched the path, so a path served by separate GET and PATCH handlers
advertised only one of them (schemathesis ST205); and its body limit answers in plain text.
Here the allowed methods of a path are the union over all routes, and every refusal is the
usual JSON error with a kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorKind
from sync.server.errors import ApiError, error_response

_METHODS = {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"}


class MethodGuard:
    """405 with the complete Allow list for a known path; OPTIONS answered with the same list."""

    def __init__(self, app: ASGIApp, openapi: Callable[[], dict[str, Any]]):
        self.app = app
        self._openapi = openapi
        self._table: list[tuple[int, re.Pattern[str], frozenset[str]]] | None = None

    def _allowed(self, path: str) -> set[str] | None:
        if self._table is None:
            # The documented operations are the truth: the paths and methods of the OpenAPI description.
            table = []
            for template, operations in self._openapi().get("paths", {}).items():
                methods = {m.upper() for m in operations if m.upper() in _METHODS}
                if "GET" in methods:
                    methods.add("HEAD")
                pattern = "".join(
                    "[^/]+" if part.startswith("{") else re.escape(part)
                    for part in re.split(r"(\{[^}]+\})", template)
                )
                table.append((template.count("{"), re.compile(f"^{pattern}$"), frozenset(methods)))
            self._table = table
        # As OpenAPI says, a concrete path wins over a templated one (/v1/blobs/missing is not a hash).
        matches = [(params, methods) for params, pattern, methods in self._table if pattern.match(path)]
        if not matches:
            return None
        fewest = min(params for params, _ in matches)
        return set().union(*(methods for params, methods in matches if params == fewest))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        allowed = self._allowed(scope["path"])
        method = scope["method"]
        if allowed is not None and method not in allowed:
            allow = ", ".join(sorted(allowed | {"OPTIONS"}))
            if method == "OPTIONS":
                await _empty(204, {"Allow": allow}, send)
                return
            response = error_response(
                405,
                ErrorKind.METHOD_NOT_ALLOWED,
                f"{method} is not allowed here; allowed: {allow}.",
                headers={"Allow": allow},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def _empty(status: int, headers: dict[str, str], send: Send) -> None:
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": b""})


class BodyLimit:
    """Refuse request bodies over a per-path limit, whether announced (Content-Length) or streamed."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[Scope], int]):
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = None
        too_large = ApiError(
            413,
            ErrorKind.BODY_TOO_LARGE,
            f"The request body is larger than this endpoint accepts ({limit} bytes).",
            {"max_body_size": limit},
        )
        if declared is not None and declared > limit:
            await _drain(receive, limit)
            response = error_response(413, too_large.kind, too_large.message, too_large.details,
                                      {"Connection": "close"})
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large
            return message

        await self.app(scope, limited_receive, send)


async def _drain(receive: Receive, limit: int) -> None:
    """Read (and drop) a refused body up to a bound, so the client gets to read our answer."""
    seen = 0
    while seen <= 4 * limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class ResponseHeaders:
    """Every answer names the protocol version; none may be cached by a shared proxy or sniffed."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {
                    PROTOCOL_HEADER.lower().encode(): str(PROTOCOL_VERSION).encode(),
                    b"x-content-type-options": b"nosniff",
                    b"cache-control": b"no-store",
                }
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
