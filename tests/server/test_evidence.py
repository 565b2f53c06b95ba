"""Evidence over HTTP: missing hashes, chunked resumable uploads checked by SHA-256, quota and
size limits, streaming download with Range, clean-up of abandoned uploads."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

from tests.server.conftest import Client, Server, expect

MIB = 1024 * 1024


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def start_upload(client: Client, data: bytes) -> str:
    body = expect(client.post("/v1/uploads", json={"sha256": sha(data), "size": len(data)}), 201)
    assert body["complete"] is False and body["offset"] == 0
    return str(body["id"])


def send(client: Client, upload_id: str, offset: int, chunk: bytes) -> object:
    return client.request("PATCH", f"/v1/uploads/{upload_id}", data=chunk,
                          headers={"Upload-Offset": str(offset), "Content-Type": "application/octet-stream"})


def stored_files(server: Server) -> list[Path]:
    return [p for p in (server.blob_dir / "objects").rglob("*") if p.is_file()]


def test_missing_then_upload_in_chunks_then_download(server: Server) -> None:
    client = server.client(server.add_teacher())
    data = os.urandom(2 * MIB + 12345)
    other = os.urandom(1000)
    body = expect(client.post("/v1/blobs/missing", json={"sha256": [sha(data), sha(other), sha(data)]}), 200)
    assert body["missing"] == [sha(data), sha(other)]
    done = expect(client.upload(data, chunk=700_000), 200)
    assert done["complete"] is True and done["offset"] == len(data)
    assert expect(client.post("/v1/blobs/missing", json={"sha256": [sha(data), sha(other)]}), 200)["missing"] == [
        sha(other)
    ]
    r = client.get(f"/v1/blobs/{sha(data)}")
    assert r.status_code == 200 and r.content == data
    assert r.headers["ETag"] == f'"{sha(data)}"' and r.headers["Accept-Ranges"] == "bytes"
    # Asking to upload it again: nothing to send.
    again = expect(client.post("/v1/uploads", json={"sha256": sha(data), "size": len(data)}), 201)
    assert again["complete"] is True and again["id"] is None
    usage = expect(client.get("/v1/blobs"), 200)
    assert usage["used_bytes"] == len(data) and usage["quota_bytes"] == 20 * MIB


def test_an_interrupted_upload_resumes_from_the_servers_offset(server: Server) -> None:
    client = server.client(server.add_teacher())
    data = os.urandom(3 * MIB)
    upload_id = start_upload(client, data)
    expect(send(client, upload_id, 0, data[:MIB]), 200)
    # A chunk cut off mid-way: the connection drops after half of the announced bytes.
    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        head = (
            f"PATCH /v1/uploads/{upload_id} HTTP/1.1\r\nHost: x\r\nBekwaam-Protocol: 1\r\n"
            f"Authorization: Bearer {client.token}\r\nUpload-Offset: {MIB}\r\nContent-Length: {MIB}\r\n\r\n"
        )
        raw.sendall(head.encode() + data[MIB : MIB + MIB // 2])
    for _ in range(50):  # the server notices the disconnect and releases the upload
        status = expect(client.get(f"/v1/uploads/{upload_id}"), 200)
        r = send(client, upload_id, status["offset"], data[status["offset"] : status["offset"] + MIB])
        if r.status_code != 409:  # type: ignore[attr-defined]
            break
        time.sleep(0.1)
    body = expect(r, 200)  # type: ignore[arg-type]
    assert body["offset"] == 2 * MIB
    done = expect(send(client, upload_id, 2 * MIB, data[2 * MIB :]), 200)
    assert done["complete"]
    assert client.get(f"/v1/blobs/{sha(data)}").content == data


def test_chunks_out_of_order_or_past_the_end_are_refused(server: Server) -> None:
    client = server.client(server.add_teacher())
    data = os.urandom(MIB + 10)
    upload_id = start_upload(client, data)
    r = send(client, upload_id, 500, data[500:1000])
    body = expect(r, 409, "offset_mismatch")
    assert body["details"]["offset"] == 0 and r.headers["Upload-Offset"] == "0"  # type: ignore[attr-defined]
    expect(send(client, upload_id, 0, data[:1000]), 200)
    expect(send(client, upload_id, 0, data[:1000]), 409, "offset_mismatch")  # the same chunk twice
    expect(send(client, upload_id, 1000, os.urandom(MIB + 1)), 413)  # over the chunk size
    expect(send(client, upload_id, 1000, data[1000:] + b"extra"), 413, "chunk_too_large")  # past the end
    assert expect(client.get(f"/v1/uploads/{upload_id}"), 200)["offset"] == 1000
    expect(send(client, upload_id, 1000, data[1000:]), 200)


def test_bytes_that_do_not_match_the_hash_are_discarded(server: Server) -> None:
    client = server.client(server.add_teacher())
    data = os.urandom(300_000)
    upload_id = start_upload(client, data)
    before = stored_files(server)
    tampered = bytearray(data)
    tampered[-1] ^= 0xFF
    body = expect(send(client, upload_id, 0, bytes(tampered)), 422, "hash_mismatch")
    assert body["details"]["expected"] == sha(data)
    assert stored_files(server) == before
    expect(client.get(f"/v1/uploads/{upload_id}"), 404)
    assert expect(client.post("/v1/blobs/missing", json={"sha256": [sha(data)]}), 200)["missing"] == [sha(data)]
    expect(client.get(f"/v1/blobs/{sha(data)}"), 404)


def test_a_hash_mismatch_is_caught_when_the_chunks_come_through_two_requests_after_a_gap(server: Server) -> None:
    # The running hash is not available for the second chunk when it skips the cache; the
    # stored bytes are then hashed from storage: same verdict.
    client = server.client(server.add_teacher())
    data = os.urandom(600_000)
    upload_id = start_upload(client, data)
    expect(send(client, upload_id, 0, data[:300_000]), 200)
    expect(send(client, upload_id, 300_000, data[300_000:-1] + b"\x00"), 422, "hash_mismatch")


def test_size_limit_and_quota_are_enforced_with_the_reason(server: Server) -> None:
    client = server.client(server.add_teacher())
    big = expect(client.post("/v1/uploads", json={"sha256": "a" * 64, "size": 9 * MIB}), 413, "file_too_large")
    assert big["details"]["max_file_size"] == 8 * MIB
    for n in range(2):  # 2 x 8 MiB announced of a 20 MiB quota
        expect(client.post("/v1/uploads", json={"sha256": f"{n}" * 64, "size": 8 * MIB}), 201)
    full = expect(client.post("/v1/uploads", json={"sha256": "f" * 64, "size": 5 * MIB}), 413, "quota_exceeded")
    assert full["details"]["used_bytes"] == 16 * MIB
    # Abandoning an upload gives its space back.
    upload_id = expect(client.post("/v1/uploads", json={"sha256": "0" * 64, "size": 8 * MIB}), 201)["id"]
    expect(client.request("DELETE", f"/v1/uploads/{upload_id}"), 204)
    expect(client.post("/v1/uploads", json={"sha256": "f" * 64, "size": 5 * MIB}), 201)


def test_download_ranges(server: Server) -> None:
    client = server.client(server.add_teacher())
    data = os.urandom(100_000)
    expect(client.upload(data), 200)
    url = f"/v1/blobs/{sha(data)}"
    r = client.get(url, headers={"Range": "bytes=10-19"})
    assert r.status_code == 206 and r.content == data[10:20]
    assert r.headers["Content-Range"] == "bytes 10-19/100000"
    assert client.get(url, headers={"Range": "bytes=99990-"}).content == data[99990:]
    assert client.get(url, headers={"Range": "bytes=-5"}).content == data[-5:]
    assert client.get(url, headers={"Range": "bytes=99999-200000"}).content == data[-1:]
    r = client.get(url, headers={"Range": "bytes=100000-"})
    expect(r, 416, "range_not_satisfiable")
    assert r.headers["Content-Range"] == "bytes */100000"
    # Ranges we do not serve (several, nonsense) give the whole file, as HTTP allows.
    for ignored in ("bytes=0-1,5-6", "bytes=9-3", "items=0-5", "bytes=-"):
        r = client.get(url, headers={"Range": ignored})
        assert r.status_code == 200 and r.content == data


def test_empty_file_and_shared_content_between_teachers(server: Server) -> None:
    a = server.client(server.add_teacher())
    b = server.client(server.add_teacher())
    empty = expect(a.post("/v1/uploads", json={"sha256": sha(b""), "size": 0}), 201)
    assert empty["complete"] is True
    assert a.get(f"/v1/blobs/{sha(b'')}").content == b""
    data = os.urandom(5000)
    expect(a.upload(data), 200)
    # b must prove possession by uploading too; knowing the hash is not enough.
    assert expect(b.post("/v1/blobs/missing", json={"sha256": [sha(data)]}), 200)["missing"] == [sha(data)]
    expect(b.get(f"/v1/blobs/{sha(data)}"), 404, "not_found")
    expect(b.upload(data), 200)
    assert b.get(f"/v1/blobs/{sha(data)}").content == data
    assert len([p for p in stored_files(server) if p.name == sha(data)]) == 1


def test_abandoned_uploads_are_cleaned_up(start_server: Callable[..., Server]) -> None:
    server = start_server(upload_ttl_seconds=1, cleanup_interval_seconds=0.5)
    client = server.client(server.add_teacher())
    data = os.urandom(200_000)
    upload_id = start_upload(client, data)
    expect(send(client, upload_id, 0, data[:1000]), 200)
    part = server.blob_dir / "uploads" / f"{upload_id}.part"
    assert part.exists()
    orphan = server.blob_dir / "uploads" / "0b0e2a3c-1111-4222-8333-444455556666.part"
    orphan.write_bytes(b"left by a crash")
    os.utime(orphan, (time.time() - 60, time.time() - 60))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (part.exists() or orphan.exists()):
        time.sleep(0.2)
    assert not part.exists() and not orphan.exists()
    expect(client.get(f"/v1/uploads/{upload_id}"), 404, "not_found")
    assert expect(client.get("/v1/blobs"), 200)["used_bytes"] == 0
