"""Two server processes on two ports, one database and one blob store: a client alternating between
them logs in, pushes, pulls, uploads one file in chunks split across both, and is throttled after
failed logins on either — as if there were one server. (On PostgreSQL as the issue asks, and on
SQLite too, where WAL lets several processes share the file.)"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable

from tests.server.conftest import PASSWORD, Client, Server, activity, change, expect


def test_a_client_alternating_between_two_processes_sees_one_server(
    start_server: Callable[..., Server],
) -> None:
    first = start_server(login_free_attempts=2, login_lockout_after=3, login_lockout_seconds=30)
    second = start_server(db_url=first.db_url, blob_dir=first.blob_dir, login_free_attempts=2,
                          login_lockout_after=3, login_lockout_seconds=30)
    assert first.port != second.port and first.proc and second.proc and first.proc.pid != second.proc.pid
    username = first.add_teacher()
    a, b = Client(first.url), Client(second.url)

    # Log in on one, use the token on the other.
    expect(a.login(username, device="laptop"), 200)
    b.token = a.token
    b.http.headers["Authorization"] = f"Bearer {a.token}"

    # Push alternately; versions continue across processes; each pulls what the other stored.
    records = [activity(title=f"Activiteit {n}") for n in range(6)]
    versions = []
    for n, record in enumerate(records):
        body = expect((a if n % 2 == 0 else b).push([change(record)]), 200)
        versions.append(body["results"][0]["version"])
    assert versions == [1, 2, 3, 4, 5, 6]
    pulled_a, _ = a.pull_all()
    pulled_b, _ = b.pull_all()
    assert pulled_a == pulled_b and [c["data"]["title"] for c in pulled_a] == [r["title"] for r in records]

    # A retried push (same idempotency key) sent to the other process applies once.
    key = "retry-across-processes"
    retry = [change(activity(title="Eén keer"))]
    assert expect(a.push(retry, key=key), 200) == expect(b.push(retry, key=key), 200)
    assert expect(b.get("/v1/portfolio/changes", params={"since": 6}), 200)["latest_version"] == 7

    # One file, its chunks sent to both in turn; the offset is shared.
    data = os.urandom(5 * 256 * 1024 + 17)
    sha = hashlib.sha256(data).hexdigest()
    upload = expect(a.post("/v1/uploads", json={"sha256": sha, "size": len(data)}), 201)
    offset, turn = 0, 0
    while True:
        client = (a, b)[turn % 2]
        status = expect(client.get(f"/v1/uploads/{upload['id']}"), 200) if turn else upload
        assert status["offset"] == offset
        r = expect(client.request("PATCH", f"/v1/uploads/{upload['id']}", data=data[offset : offset + 256 * 1024],
                                  headers={"Upload-Offset": str(offset)}), 200)
        turn += 1
        if r["complete"]:
            break
        offset = r["offset"]
    assert turn == 6
    assert b.get(f"/v1/blobs/{sha}").content == data and a.get(f"/v1/blobs/{sha}").content == data
    assert expect(b.post("/v1/blobs/missing", json={"sha256": [sha]}), 200)["missing"] == []

    # Failed logins on either count together: throttled on both, then locked on both.
    expect(Client(first.url).login(username, password="wrong 1"), 401, "login_failed")
    expect(Client(second.url).login(username, password="wrong 2"), 401, "login_failed")
    expect(Client(first.url).login(username, password=PASSWORD), 429, "login_throttled")
    expect(Client(second.url).login(username, password=PASSWORD), 429, "login_throttled")
    time.sleep(1.1)
    expect(Client(second.url).login(username, password="wrong 3"), 401, "login_failed")
    expect(Client(first.url).login(username, password=PASSWORD), 429, "login_locked")
    expect(Client(second.url).login(username, password=PASSWORD), 429, "login_locked")

    # A token revoked through one process stops working on the other at once.
    expect(a.request("DELETE", f"/v1/devices/{a.device_id}"), 204)
    expect(b.get("/v1/me"), 401, "unauthorized")
