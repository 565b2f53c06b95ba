"""Hostile input: path traversal, wrong hashes, malformed and oversized bodies, huge pages, text no
database can store. Every answer is a 4xx JSON error with a kind — never a 500, never a file
outside the blob store, never a changed portfolio."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path

import pytest

from tests.server.conftest import Server, activity, change, expect

MIB = 1024 * 1024


@pytest.fixture
def client(server: Server):  # type: ignore[no-untyped-def]
    return server.client(server.add_teacher())


def raw_request(server: Server, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(request)
        chunks = []
        while data := s.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/blobs/..%2F..%2F..%2Fetc%2Fpasswd",
        "/v1/blobs/%2e%2e/%2e%2e/server.sqlite",
        "/v1/blobs/../../../etc/passwd",
        "/v1/blobs/" + "A" * 64,
        "/v1/uploads/..%2Fobjects",
        "/v1/uploads/../blobs/x",
        "/v1/devices/..%2F..%2Fx",
    ],
)
def test_path_traversal_in_names_finds_nothing(server: Server, client, path: str) -> None:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code in (404, 405, 422), (path, r.status_code, r.text)
    assert r.headers["Content-Type"] == "application/json"
    assert "root:" not in r.text


def test_traversal_in_raw_request_lines(server: Server, client) -> None:  # type: ignore[no-untyped-def]
    for target in (b"/v1/blobs/../../../../etc/passwd", b"/v1/../../etc/passwd", b"//etc/passwd"):
        answer = raw_request(server, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nBekwaam-Protocol: 1\r\n"
                             b"Authorization: Bearer " + client.token.encode() + b"\r\nConnection: close\r\n\r\n")
        status = int(answer.split(b" ", 2)[1])
        assert 400 <= status < 500 and b"root:" not in answer, answer[:200]


def test_file_names_in_records_are_data_not_paths(server: Server, client) -> None:  # type: ignore[no-untyped-def]
    evidence = {"id": "e1", "sha256": "c" * 64, "filename": "../../../../etc/passwd", "size": 1,
                "media_type": "text/plain"}
    expect(client.push([change(evidence, type_="evidence")]), 200)
    assert not any(p.name == "passwd" for p in Path(server.blob_dir).rglob("*"))


def test_malformed_json_and_wrong_shapes(client) -> None:  # type: ignore[no-untyped-def]
    headers = {"Content-Type": "application/json", "Idempotency-Key": "k"}
    for body in (b"{", b"\xff\xfe", b'{"changes": [}', b"null", b"[]", b'"text"', b'{"changes": "all"}',
                 b'{"changes": [{"type": "activity"}]}', b'{"changes": [], "extra": 1}'):
        r = client.post("/v1/portfolio/changes", data=body, headers=headers)
        assert r.status_code in (400, 422), (body, r.status_code, r.text)
        assert r.json()["kind"] in ("malformed_json", "invalid_request"), r.text
    expect(client.post("/v1/portfolio/changes", data=b"{", headers=headers), 400, "malformed_json")


def test_deeply_nested_json_is_refused_not_a_crash(client) -> None:  # type: ignore[no-untyped-def]
    deep = b"[" * 200_000 + b"]" * 200_000
    r = client.post("/v1/portfolio/changes", data=deep,
                    headers={"Content-Type": "application/json", "Idempotency-Key": "k"})
    assert 400 <= r.status_code < 500 and r.json()["kind"], r.text
    nested: dict[str, object] = {}
    for _ in range(60):
        nested = {"x": nested}
    record = activity()
    r = client.push([change({**record, "x": nested})])
    assert r.status_code == 200, r.text  # unknown fields are dropped, the record itself is fine


@pytest.mark.parametrize(
    "text",
    ["nul \x00 byte", "lone surrogate \ud800", "\udfff"],
)
def test_text_no_database_can_store_is_refused(client, text: str) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"changes": [change(activity(title=text))]}, ensure_ascii=True)
    r = client.post("/v1/portfolio/changes", data=body,
                    headers={"Content-Type": "application/json", "Idempotency-Key": "k"})
    assert r.status_code == 422, r.text
    body = json.dumps({"username": text, "password": text, "device_name": text}, ensure_ascii=True)
    r = client.post("/v1/login", data=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert expect(client.get("/v1/portfolio/changes"), 200)["changes"] == []


def test_huge_numbers_and_pages(client) -> None:  # type: ignore[no-untyped-def]
    expect(client.get("/v1/portfolio/changes", params={"limit": 10**9}), 422, "invalid_request")
    expect(client.get("/v1/portfolio/changes", params={"limit": 0}), 422, "invalid_request")
    expect(client.get("/v1/portfolio/changes", params={"since": -1}), 422, "invalid_request")
    expect(client.get("/v1/portfolio/changes", params={"since": 10**30}), 422, "invalid_request")
    expect(client.get("/v1/portfolio/changes", params={"since": "abc"}), 422, "invalid_request")
    assert expect(client.get("/v1/portfolio/changes", params={"since": 2**62}), 200)["changes"] == []
    expect(client.post("/v1/uploads", json={"sha256": "a" * 64, "size": 10**30}), 422, "invalid_request")
    expect(client.post("/v1/uploads", json={"sha256": "a" * 64, "size": -1}), 422, "invalid_request")
    for number in (b"Infinity", b"NaN", b"1e999", b"-1e999"):
        record = json.dumps({"changes": [change(activity(contact_hours=12345.5))]}).encode()
        r = client.post("/v1/portfolio/changes", data=record.replace(b"12345.5", number),
                        headers={"Content-Type": "application/json", "Idempotency-Key": "n"})
        assert r.status_code in (400, 422), (number, r.text)
    r = client.push([{**change(activity()), "base_version": 10**40}])
    expect(r, 422, "invalid_request")
    expect(client.post("/v1/blobs/missing", json={"sha256": ["a" * 64] * 1001}), 422, "invalid_request")


def test_oversize_bodies(server: Server, client) -> None:  # type: ignore[no-untyped-def]
    big = b'{"changes": [], "pad": "' + b"x" * (3 * MIB) + b'"}'
    r = client.post("/v1/portfolio/changes", data=big,
                    headers={"Content-Type": "application/json", "Idempotency-Key": "k"})
    expect(r, 413, "body_too_large")
    # The same without Content-Length (chunked): stopped while streaming.
    def chunks():  # type: ignore[no-untyped-def]
        yield big[: MIB]
        yield big[MIB:]
    r = client.post("/v1/portfolio/changes", data=chunks(),
                    headers={"Content-Type": "application/json", "Idempotency-Key": "k"})
    expect(r, 413, "body_too_large")
    # A login body of megabytes never reaches Argon2.
    r = client.post("/v1/login", json={"username": "x", "password": "p" * (3 * MIB), "device_name": "d"})
    expect(r, 413, "body_too_large")
    # A chunk over the upload's chunk limit, streamed.
    data = b"z" * (2 * MIB)
    up = expect(client.post("/v1/uploads", json={"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}),
                201)
    r = client.request("PATCH", f"/v1/uploads/{up['id']}", data=iter([data[:MIB], data[MIB:]]),
                       headers={"Upload-Offset": "0"})
    assert r.status_code == 413 and r.json()["kind"] in ("body_too_large", "chunk_too_large")
    assert expect(client.get(f"/v1/uploads/{up['id']}"), 200)["offset"] == 0


def test_wrong_methods_and_unknown_paths(client) -> None:  # type: ignore[no-untyped-def]
    r = client.request("PUT", "/v1/portfolio/changes", json={})
    expect(r, 405, "method_not_allowed")
    assert set(r.headers["Allow"].split(", ")) == {"GET", "HEAD", "POST", "OPTIONS"}
    r = client.request("OPTIONS", "/v1/uploads/0b0e2a3c-1111-4222-8333-444455556666")
    assert r.status_code == 204
    assert set(r.headers["Allow"].split(", ")) == {"GET", "HEAD", "PATCH", "DELETE", "OPTIONS"}
    expect(client.get("/v1/nothing-here"), 404, "not_found")
    expect(client.get("/etc/passwd"), 404, "not_found")


def test_a_garbage_request_line_does_not_hurt_the_server(server: Server) -> None:
    raw_request(server, b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 100)  # a TLS hello
    raw_request(server, b"GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
    expect(server.client().get("/health"), 200)
