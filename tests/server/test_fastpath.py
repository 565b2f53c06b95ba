"""The fast path for pulls and pushes (sync.server.fastpath) answers exactly as the framework's routes.

`server` answers well-formed pulls and pushes on the fast path; `routes_server` shares its
database with `fast_sync = false`, so every request goes through the routes. The same
conversation — new records, pages, conflicts, tombstones, retries, reused keys, invalid
records, bad tokens, odd headers and parameters, a disabled teacher — is held with both, each for a teacher of its
own set up alike, and every answer must be the same (times and device ids set aside). And a
well-formed request must really take the fast path: the routes behind it never see one.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from sync.protocol import MAX_PAGE_SIZE
from sync.server import accounts
from sync.server.db import Database
from sync.server.fastpath import SyncFastPath
from tests.server.conftest import Client, Server, activity, change, expect

IDS = ["a1", "a2", "a3"]


@pytest.fixture(scope="module")
def routes_server(server: Server, start_server: Callable[..., Server]) -> Server:
    return start_server(db_url=server.db_url, blob_dir=server.blob_dir, fast_sync=False)


def _normalised(body: Any, devices: dict[str, str]) -> Any:
    if isinstance(body, dict):
        out = {}
        for k, v in body.items():
            if k == "changed_at" and isinstance(v, str):
                out[k] = "<time>"
            elif k == "device_id" and isinstance(v, str):
                out[k] = devices.get(v, "<another device>")
            else:
                out[k] = _normalised(v, devices)
        return out
    if isinstance(body, list):
        return [_normalised(v, devices) for v in body]
    return body


def _conversation(server: Server) -> list[tuple[str, int, dict[str, str], Any]]:
    """One teacher's conversation; each answer as (what, status, headers that matter, body)."""
    username = server.add_teacher()
    client, other = server.client(username, "thuis"), server.client(username, "school")
    stolen = server.client(username, "gestolen")
    expect(client.request("DELETE", f"/v1/devices/{stolen.device_id}"), 204)
    assert client.token and client.device_id and other.device_id
    devices = {client.device_id: "<this device>", other.device_id: "<other device>"}
    path = "/v1/portfolio/changes"
    records = {i: activity(i, title=f"Activiteit {i}") for i in IDS}
    answers: list[tuple[str, int, dict[str, str], Any]] = []

    def call(what: str, c: Client, method: str, url: str, **kw: Any) -> Any:
        r = c.request(method, url, **kw)
        headers = {k: r.headers.get(k, "") for k in ("Content-Type", "WWW-Authenticate", "Retry-After", "Upgrade",
                                                        "Bekwaam-Protocol", "Cache-Control", "Allow")}
        body = r.json() if r.content else None
        answers.append((what, r.status_code, headers, _normalised(body, devices)))
        return body

    def push(what: str, changes: list[dict[str, Any]], key: str | None = None, c: Client = client) -> Any:
        return call(what, c, "POST", path, json={"changes": changes},
                    headers={"Idempotency-Key": key or str(uuid.uuid4())})

    call("empty feed", client, "GET", path)
    first = push("three new records", [change(r) for r in records.values()], key="first-push")
    push("the same push again", [change(r) for r in records.values()], key="first-push")
    push("its key for another push", [change(records["a1"])], key="first-push")
    call("a page", client, "GET", path, params={"since": 0, "limit": 2})
    call("the next page", client, "GET", path, params={"since": 2})
    call("the page size is the server's", client, "GET", path, params={"limit": MAX_PAGE_SIZE})
    v1 = first["results"][0]["version"]
    push("an edit from another device", [change({**records["a1"], "title": "Nieuw"}, base=v1)], c=other)
    push("an edit from an old base", [change({**records["a1"], "title": "Anders"}, base=v1)])
    push("the server's content again", [change({**records["a1"], "title": "Nieuw"}, base=v1)])
    push("a tombstone", [change(records["a2"], base=first["results"][1]["version"], deleted=True)])
    push("a tombstone of a record never seen", [change({"id": "never"}, deleted=True)])
    call("the feed since the start", client, "GET", path, params={"since": 3})
    push("an invalid record", [change(activity("bad", contact_hours=-1))])
    push("a record twice", [change(records["a3"]), change(records["a3"])])
    push("too many changes", [change(activity(f"n{n}")) for n in range(501)])
    push("data without an id", [{"type": "activity", "id": "x1", "data": {"title": "t"}}])
    push("nothing", [])
    call("a GET with odd query", client, "GET", f"{path}?since=1&since=2")
    for params in ({"since": -1}, {"since": "abc"}, {"limit": 0}, {"limit": MAX_PAGE_SIZE + 1}, {"since": 2**63},
                   {"since": ""}, {"limit": "+5"}, {"since": "007"}, {"other": "1"}):
        call(f"GET with {params}", client, "GET", path, params=params)
    for headers in ({"Bekwaam-Protocol": "0"}, {"Bekwaam-Protocol": "2"}, {"Bekwaam-Protocol": "01"},
                    {"Bekwaam-Protocol": "one"}, {"Authorization": f"bearer {client.token}"},
                    {"Authorization": f"Bearer   {client.token}  "}, {"Authorization": f"Basic {client.token}"},
                    {"Authorization": "Bearer"}, {"Authorization": "Bearer bkw_unknown"},
                    {"Authorization": f"Bearer {stolen.token}"}, {"Authorization": ""}):
        shown = {k: v.replace(client.token, "<token>").replace(stolen.token or "-", "<revoked>")
                 for k, v in headers.items()}
        call(f"GET with {shown}", client, "GET", path, headers=headers)
        call(f"POST with {shown}", client, "POST", path, json={"changes": [change(activity("h1"))]},
             headers={"Idempotency-Key": str(uuid.uuid4()), **headers})
    key = {"Content-Type": "application/json", "Idempotency-Key": "k1"}
    for body in (b"{", b"\xff", b"null", b'{"changes": "all"}', b'{"changes": [], "extra": 1}',
                 b"[" * 5000 + b"]" * 5000, json.dumps({"changes": [change(activity("j1"))]}).encode()):
        call(f"POST body {body[:20]!r}", client, "POST", path, data=body,
             headers={**key, "Idempotency-Key": str(uuid.uuid4())})
    for headers in ({"Content-Type": "text/plain"}, {"Content-Type": "application/json; charset=utf-8"},
                    {"Content-Type": "application/merge-patch+json"}, {"Idempotency-Key": ""},
                    {"Idempotency-Key": "a b"}, {"Idempotency-Key": "x" * 201}):
        call(f"POST with {headers}", client, "POST", path, data=json.dumps({"changes": []}).encode(),
             headers={**key, "Idempotency-Key": str(uuid.uuid4()), **headers})
    call("POST without a key", client, "POST", path, json={"changes": []})
    call("the feed at the end", client, "GET", path)
    accounts.set_disabled(server.db, username, True)
    call("a pull once disabled", client, "GET", path)
    call("a pull from the other device once disabled", other, "GET", path, params={"since": 2})
    push("a push once disabled", [change(activity("d1"))])
    push("an invalid push once disabled", [change(activity("bad", contact_hours=-1))])
    call("a malformed push once disabled", client, "POST", path, data=b"{",
         headers={**key, "Idempotency-Key": str(uuid.uuid4())})
    call("a revoked token once disabled", stolen, "GET", path)
    accounts.set_disabled(server.db, username, False)
    call("the feed once enabled again", other, "GET", path)
    return answers


def test_the_fast_path_answers_as_the_routes(server: Server, routes_server: Server) -> None:
    fast, routes = _conversation(server), _conversation(routes_server)
    assert [a[0] for a in fast] == [a[0] for a in routes]
    for f, r in zip(fast, routes, strict=True):
        assert f == r, f"{f[0]}: fast path {f[1:]} != routes {r[1:]}"
    statuses = {a[1] for a in fast}
    assert {200, 400, 401, 403, 413, 422, 426} <= statuses  # the conversation reached every kind of answer


def test_a_well_formed_pull_and_push_never_reach_the_routes(server: Server) -> None:
    """In process: the fast path in front of an app that fails the test if anything reaches it."""
    username = server.add_teacher()
    client = server.client(username)
    expect(client.push([change(activity("r1"))]), 200)
    db = Database(server.db_url)
    reached: list[str] = []

    async def routes(scope: Any, receive: Any, send: Any) -> None:
        reached.append(f"{scope['method']} {scope['path']}?{scope['query_string'].decode()}")
        await send({"type": "http.response.start", "status": 599, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    fast = SyncFastPath(routes, db, server.settings)

    async def request(method: str, query: str = "", body: bytes = b"", **headers: str) -> tuple[int, Any]:
        sent: list[dict[str, Any]] = []
        scope = {
            "type": "http", "method": method, "path": "/v1/portfolio/changes", "query_string": query.encode(),
            "headers": [(k.lower().replace("_", "-").encode(), v.encode()) for k, v in
                        {"Authorization": f"Bearer {client.token}", "Bekwaam-Protocol": "1",
                         "Content-Length": str(len(body)), **headers}.items()],
        }
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await fast(scope, receive, send)
        return sent[0]["status"], json.loads(b"".join(m.get("body", b"") for m in sent[1:]) or b"null")

    async def conversation() -> None:
        status, page = await request("GET", "since=0&limit=10")
        assert status == 200 and [c["id"] for c in page["changes"]] == ["r1"]
        push = json.dumps({"changes": [change(activity("r2"))]}).encode()
        status, answer = await request("POST", body=push, Content_Type="application/json", Idempotency_Key="k-1")
        assert status == 200 and answer["results"][0]["status"] == "applied"
        status, answer = await request("GET", "since=1", Authorization="Bearer bkw_not_a_token")
        assert status == 401 and answer["kind"] == "unauthorized"
        assert reached == []
        # And what is not well-formed goes on to the routes.
        await request("GET", "since=-1")
        await request("POST", body=b"{", Content_Type="application/json", Idempotency_Key="k-2")
        assert reached == ["GET /v1/portfolio/changes?since=-1", "POST /v1/portfolio/changes?"]

    try:
        asyncio.run(conversation())
    finally:
        db.dispose()
