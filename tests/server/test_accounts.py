"""Accounts over HTTP: login for a named device, tokens, devices, throttling, the protocol header."""

from __future__ import annotations

import time
from collections.abc import Callable

import requests

from sync.server import models
from sync.server.security import token_hash
from tests.server.conftest import PASSWORD, Client, Server, expect


def test_health_and_version_need_no_token_or_protocol_header(server: Server) -> None:
    assert requests.get(f"{server.url}/health", timeout=5).json() == {"status": "ok"}
    r = requests.get(f"{server.url}/v1/version", timeout=5)
    body = expect(r, 200)
    assert body["protocol_version"] == 1 and body["max_chunk_size"] == 1024 * 1024
    assert r.headers["Bekwaam-Protocol"] == "1"


def test_login_gives_a_token_per_named_device_stored_only_as_a_hash(server: Server) -> None:
    username = server.add_teacher()
    client = Client(server.url)
    body = expect(client.login(username, device="laptop school"), 200)
    token = body["token"]
    assert token.startswith("bkw_") and len(token) > 40
    assert body["device"]["name"] == "laptop school" and body["teacher"]["username"] == username
    assert body["teacher"]["register"] == "vrijwillig"
    with server.db.read() as s:
        device = s.get_one(models.Device, body["device"]["id"])
        assert device.token_hash == token_hash(token)
        assert token not in device.token_hash
    me = expect(client.get("/v1/me"), 200)
    assert me["username"] == username and me["sectors"] == ["vo"]


def test_wrong_password_and_unknown_user_get_the_same_answer(server: Server) -> None:
    username = server.add_teacher()
    wrong = Client(server.url).login(username, password="not the password")
    unknown = Client(server.url).login("nobody-here", password="not the password")
    assert expect(wrong, 401, "login_failed") == expect(unknown, 401, "login_failed")


def test_devices_are_listed_and_a_revoked_token_stops_working(server: Server) -> None:
    username = server.add_teacher()
    laptop = server.client(username, device="laptop thuis")
    school = server.client(username, device="laptop school")
    devices = expect(laptop.get("/v1/devices"), 200)["devices"]
    assert sorted(d["name"] for d in devices) == ["laptop school", "laptop thuis"]
    assert [d["current"] for d in devices if d["name"] == "laptop thuis"] == [True]
    expect(laptop.request("DELETE", f"/v1/devices/{school.device_id}"), 204)
    expect(school.get("/v1/me"), 401, "unauthorized")
    expect(laptop.get("/v1/me"), 200)
    expect(laptop.post("/v1/logout"), 204)
    expect(laptop.get("/v1/me"), 401, "unauthorized")


def test_requests_without_or_with_a_bad_token_are_refused(server: Server) -> None:
    client = Client(server.url)
    expect(client.get("/v1/me"), 401, "unauthorized")
    expect(client.get("/v1/me", headers={"Authorization": "Bearer bkw_madeup"}), 401, "unauthorized")
    expect(client.get("/v1/me", headers={"Authorization": "Basic YW5uYTpwdw=="}), 401, "unauthorized")


def test_protocol_header_missing_old_or_too_new(server: Server) -> None:
    username = server.add_teacher()
    client = server.client(username)
    del client.http.headers["Bekwaam-Protocol"]
    expect(client.get("/v1/me"), 400, "protocol_missing")
    old = expect(client.get("/v1/me", headers={"Bekwaam-Protocol": "0"}), 426, "upgrade_required")
    assert "update" in old["message"].lower()
    expect(client.get("/v1/me", headers={"Bekwaam-Protocol": "99"}), 400, "protocol_unsupported")
    expect(client.get("/v1/me", headers={"Bekwaam-Protocol": "één"}), 400, "protocol_unsupported")


def test_failed_logins_are_slowed_then_refused_even_with_the_right_password(
    start_server: Callable[..., Server],
) -> None:
    server = start_server(login_free_attempts=2, login_lockout_after=4, login_lockout_seconds=3)
    username = server.add_teacher()
    client = Client(server.url)
    for _ in range(2):
        expect(client.login(username, password="wrong password"), 401, "login_failed")
    # From now on each failure must wait a doubling delay first.
    slowed = client.login(username, password=PASSWORD)
    expect(slowed, 429, "login_throttled")
    assert int(slowed.headers["Retry-After"]) >= 1
    time.sleep(1.1)
    expect(client.login(username, password="wrong again"), 401, "login_failed")  # failure 3
    time.sleep(2.1)
    expect(client.login(username, password="and again"), 401, "login_failed")  # failure 4: locked
    locked = client.login(username, password=PASSWORD)
    expect(locked, 429, "login_locked")
    assert 1 <= int(locked.headers["Retry-After"]) <= 4
    time.sleep(int(locked.headers["Retry-After"]) + 0.2)
    expect(client.login(username, password=PASSWORD), 200)
    # A success clears the count.
    expect(client.login(username, password="wrong"), 401, "login_failed")
    expect(client.login(username, password=PASSWORD), 200)


def test_calendar_comes_from_the_configured_clock(server: Server) -> None:
    client = server.client(server.add_teacher())
    cal = expect(client.get("/v1/calendar"), 200)
    assert cal["today"] == "2019-03-01"
    assert cal["enrolment_closes"] == "2017-08-01" and cal["new_register_opens"] == "2018-08-01"
    assert cal["enrolment_open"] is False and cal["catalogue_frozen"] is True
    assert cal["new_register_open"] is True and cal["transfer_open"] is True
