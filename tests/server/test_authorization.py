"""The authorization matrix: every endpoint of the OpenAPI description, called with no token, with a
revoked token, with a disabled teacher's token and with another teacher's token, is refused — and
teacher A's data is untouched.

The operations come from the server's own OpenAPI description, so a new endpoint without an
entry in REQUESTS below fails this test until it is added.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from sync.server import accounts
from sync.server.config import load_settings
from sync.server.main import create_app
from tests.server.conftest import Client, Server, activity, change, expect

PUBLIC = {("GET", "/health"), ("GET", "/v1/version"), ("POST", "/v1/login")}

# What each protected operation is called with; {device_id}, {sha256}, {upload_id} are teacher A's.
REQUESTS: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/v1/logout"): {},
    ("GET", "/v1/me"): {},
    ("GET", "/v1/calendar"): {},
    ("GET", "/v1/devices"): {},
    ("DELETE", "/v1/devices/{device_id}"): {},
    ("GET", "/v1/portfolio/changes"): {"params": {"since": 0}},
    ("POST", "/v1/portfolio/changes"): {"json": {"changes": []}, "headers": {"Idempotency-Key": "k"}},
    ("POST", "/v1/blobs/missing"): {"json": {"sha256": ["{sha256}"]}},
    ("GET", "/v1/blobs"): {},
    ("GET", "/v1/blobs/{sha256}"): {},
    ("POST", "/v1/uploads"): {"json": {"sha256": "{sha256}", "size": 5}},
    ("GET", "/v1/uploads/{upload_id}"): {},
    ("PATCH", "/v1/uploads/{upload_id}"): {"data": b"hello", "headers": {"Upload-Offset": "0"}},
    ("DELETE", "/v1/uploads/{upload_id}"): {},
    ("GET", "/v1/catalogue"): {},
    ("GET", "/v1/transfer"): {},
    ("POST", "/v1/transfer"): {"json": {"consent": True}},
}


def operations(tmp: Path) -> list[tuple[str, str]]:
    app = create_app(load_settings(database_url="sqlite://", blob_dir=tmp))
    ops = [(m.upper(), p) for p, item in app.openapi()["paths"].items() for m in item]
    return sorted(op for op in ops if op not in PUBLIC)


def test_every_protected_operation_is_in_the_matrix(tmp_path: Path) -> None:
    assert set(operations(tmp_path)) == set(REQUESTS)


def fill(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**names)
    if isinstance(value, dict):
        return {k: fill(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, names) for v in value]
    return value


def call(client: Client, op: tuple[str, str], names: dict[str, str], token: str | None) -> Any:
    method, path = op
    kw = fill({k: v for k, v in REQUESTS[op].items() if k != "data"}, names)
    if "data" in REQUESTS[op]:
        kw["data"] = REQUESTS[op]["data"]
    headers = dict(kw.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    client.http.headers.pop("Authorization", None)
    return client.request(method, path.format(**names), headers=headers, **kw)


def snapshot(a: Client, names: dict[str, str]) -> dict[str, Any]:
    return {
        "changes": expect(a.get("/v1/portfolio/changes"), 200),
        "devices": sorted(d["id"] for d in expect(a.get("/v1/devices"), 200)["devices"]),
        "upload": expect(a.get(f"/v1/uploads/{names['upload_id']}"), 200)["offset"],
        "blob": hashlib.sha256(a.get(f"/v1/blobs/{names['sha256']}").content).hexdigest(),
        "me": expect(a.get("/v1/me"), 200),
    }


@pytest.fixture
def teacher_a(server: Server) -> tuple[Client, dict[str, str], str]:
    """Teacher A with a record, a finished file, an open upload; and a token of A's that was revoked."""
    username = server.add_teacher()
    a = server.client(username, "a laptop")
    expect(a.push([change(activity(title="A's geheime activiteit"))]), 200)
    data = os.urandom(2000)
    expect(a.upload(data), 200)
    pending = os.urandom(100)
    upload = expect(a.post("/v1/uploads", json={"sha256": hashlib.sha256(pending).hexdigest(), "size": 100}), 201)
    revoked = server.client(username, "stolen laptop")
    expect(a.request("DELETE", f"/v1/devices/{revoked.device_id}"), 204)
    assert a.device_id and revoked.token
    names = {"device_id": a.device_id, "sha256": hashlib.sha256(data).hexdigest(), "upload_id": upload["id"]}
    return a, names, revoked.token


@pytest.mark.parametrize("op", sorted(REQUESTS), ids=lambda op: f"{op[0]} {op[1]}")
def test_refused_without_a_token_with_a_revoked_one_and_with_another_teachers(
    server: Server, teacher_a: tuple[Client, dict[str, str], str], op: tuple[str, str]
) -> None:
    a, names, revoked_token = teacher_a
    before = snapshot(a, names)
    anonymous = Client(server.url)
    expect(call(anonymous, op, names, None), 401, "unauthorized")
    expect(call(anonymous, op, names, revoked_token), 401, "unauthorized")
    expect(call(anonymous, op, names, "bkw_" + uuid.uuid4().hex), 401, "unauthorized")
    # A disabled teacher's token: refused before anything else is looked at.
    c_name = server.add_teacher()
    c = server.client(c_name, "c laptop")
    assert c.token
    accounts.set_disabled(server.db, c_name, True)
    expect(call(c, op, names, c.token), 403, "account_disabled")

    b_name = server.add_teacher()
    b = server.client(b_name, "b laptop")
    assert b.token
    r = call(b, op, names, b.token)
    if "{" in op[1]:
        # A's device, file or upload named in the path: as if it did not exist.
        expect(r, 404, "not_found")
    else:
        # Acting on B's own portfolio: nothing of A's may show.
        assert r.status_code < 500
        text = r.text
        assert a.device_id not in text and "geheime" not in text and names["upload_id"] not in text
        if op == ("POST", "/v1/blobs/missing"):
            assert r.json()["missing"] == [names["sha256"]]  # B cannot learn that A holds this file
        if op == ("POST", "/v1/uploads"):
            assert r.json()["complete"] is False  # B must upload it to have it
    assert snapshot(a, names) == before, json.dumps(op)
