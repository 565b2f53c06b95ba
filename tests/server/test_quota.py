"""Quota is freed when evidence goes: a tombstoned evidence record releases its file at once (the
space counts no more), `bekwaam-server cleanup` removes the bytes after the grace period — and
never while another teacher, or an upload in progress, still has the same content."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sync.server.cli import main
from tests.conftest import REPO_ROOT
from tests.server.conftest import Client, Server, change, expect

MIB = 1024 * 1024


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def evidence(data: bytes, record_id: str | None = None) -> dict[str, Any]:
    return {"id": record_id or str(uuid.uuid4()), "sha256": sha(data), "filename": "bewijs.pdf",
            "size": len(data), "media_type": "application/pdf"}


def add_evidence(client: Client, data: bytes) -> tuple[dict[str, Any], int]:
    """Upload a file and push its evidence record, as the app does; the record and its version."""
    expect(client.upload(data), 200)
    record = evidence(data)
    answer = expect(client.push([change(record, "evidence")]), 200)
    assert answer["results"][0]["status"] == "applied"
    return record, answer["results"][0]["version"]


def delete_evidence(client: Client, record: dict[str, Any], version: int) -> None:
    answer = expect(client.push([change(record, "evidence", base=version, deleted=True)]), 200)
    assert answer["results"][0]["status"] == "applied"


def used(client: Client) -> int:
    return int(expect(client.get("/v1/blobs"), 200)["used_bytes"])


def stored(server: Server, data: bytes) -> bool:
    return (server.blob_dir / "objects" / sha(data)[:2] / sha(data)[2:4] / sha(data)).exists()


def cleanup(server: Server, in_process: bool = False) -> str:
    """`bekwaam-server cleanup` as an operator runs it, on the server's database and blob folder
    (in this process where a subprocess's start would eat into a short grace period)."""
    args = ["cleanup", "--db", server.db_url, "--config", str(server.config_file), "--blobs", str(server.blob_dir)]
    if in_process:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(args) == 0
        return out.getvalue()
    r = subprocess.run(
        [str(Path(sys.executable).parent / "bekwaam-server"), *args],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_deleting_evidence_frees_its_quota_at_once(server: Server) -> None:
    client = server.client(server.add_teacher())
    first, second, third = os.urandom(8 * MIB), os.urandom(8 * MIB), os.urandom(8 * MIB)
    record, version = add_evidence(client, first)
    add_evidence(client, second)
    assert used(client) == 16 * MIB
    full = expect(client.post("/v1/uploads", json={"sha256": sha(third), "size": len(third)}), 413, "quota_exceeded")
    assert full["details"]["used_bytes"] == 16 * MIB
    delete_evidence(client, record, version)
    assert used(client) == 8 * MIB
    expect(client.upload(third), 200)
    assert used(client) == 16 * MIB
    # The deleted file is missing again; adding it back counts again (and the quota is full).
    assert expect(client.post("/v1/blobs/missing", json={"sha256": [sha(first)]}), 200)["missing"] == [sha(first)]
    again = expect(client.post("/v1/uploads", json={"sha256": sha(first), "size": len(first)}), 413, "quota_exceeded")
    assert again["details"]["used_bytes"] == 16 * MIB


def test_a_file_taken_back_counts_again_without_a_new_upload(server: Server) -> None:
    client = server.client(server.add_teacher())
    data = os.urandom(300_000)
    record, version = add_evidence(client, data)
    delete_evidence(client, record, version)
    assert used(client) == 0
    # Adding the same file back before cleanup: the bytes are still here, nothing to send.
    back = expect(client.post("/v1/uploads", json={"sha256": sha(data), "size": len(data)}), 201)
    assert back["complete"] is True
    assert used(client) == len(data)
    # Replacing the file of an evidence record releases the old file.
    other = os.urandom(1000)
    expect(client.upload(other), 200)
    answer = expect(client.push([change(evidence(data, "e2"), "evidence")]), 200)
    expect(client.push([change({**evidence(other, "e2")}, "evidence", base=answer["results"][0]["version"])]), 200)
    assert used(client) == len(other)


def test_two_teachers_share_a_file_one_deletes_the_other_still_downloads(
    start_server: Callable[..., Server],
) -> None:
    server = start_server(blob_grace_seconds=0)
    a, b = server.client(server.add_teacher()), server.client(server.add_teacher())
    data = os.urandom(500_000)
    record_a, version_a = add_evidence(a, data)
    record_b, version_b = add_evidence(b, data)
    delete_evidence(a, record_a, version_a)
    assert used(a) == 0 and used(b) == len(data)
    out = cleanup(server)
    assert "1 released past the grace period forgotten, 0 stored file(s)" in out, out
    assert stored(server, data)
    r = b.get(f"/v1/blobs/{sha(data)}")
    assert r.status_code == 200 and r.content == data
    expect(a.get(f"/v1/blobs/{sha(data)}"), 404, "not_found")
    # Once b deletes it too, no one has it: the bytes go.
    delete_evidence(b, record_b, version_b)
    assert "1 stored file(s) no teacher has removed" in cleanup(server)
    assert not stored(server, data)
    expect(b.get(f"/v1/blobs/{sha(data)}"), 404, "not_found")


def test_cleanup_removes_an_orphan_only_after_the_grace_period(start_server: Callable[..., Server]) -> None:
    grace = 4
    server = start_server(blob_grace_seconds=grace)
    client = server.client(server.add_teacher())
    data, loose = os.urandom(200_000), os.urandom(1000)
    started = time.monotonic()
    record, version = add_evidence(client, data)
    delete_evidence(client, record, version)
    expect(client.upload(loose), 200)  # uploaded, its record not pushed (yet)
    out = cleanup(server, in_process=True)
    assert time.monotonic() - started < grace, "too slow to check the grace period"
    assert "0 never referred to released, 0 released past the grace period forgotten, 0 stored" in out, out
    assert stored(server, data) and stored(server, loose)  # within the grace period: kept
    assert used(client) == len(loose)
    time.sleep(grace + 0.5)
    # Another teacher starts uploading the same content: an upload in progress keeps the bytes.
    other = server.client(server.add_teacher())
    pending = expect(other.post("/v1/uploads", json={"sha256": sha(data), "size": len(data)}), 201)
    assert pending["complete"] is False
    out = cleanup(server)
    assert "1 never referred to released, 1 released past the grace period forgotten, 0 stored" in out, out
    assert stored(server, data) and stored(server, loose)
    assert used(client) == 0  # the file never referred to no longer counts
    expect(other.request("DELETE", f"/v1/uploads/{pending['id']}"), 204)
    out = cleanup(server)
    assert "1 stored file(s) no teacher has removed" in out, out
    assert not stored(server, data) and stored(server, loose)
    time.sleep(grace + 0.5)
    assert "1 stored file(s) no teacher has removed" in cleanup(server)
    assert not stored(server, loose)
    assert not list((server.blob_dir / "aside").glob("*"))


def test_space_freed_through_one_process_is_free_on_the_other(start_server: Callable[..., Server]) -> None:
    first = start_server(quota_bytes=3 * MIB, max_file_size=2 * MIB)
    second = start_server(db_url=first.db_url, blob_dir=first.blob_dir, quota_bytes=3 * MIB, max_file_size=2 * MIB)
    username = first.add_teacher()
    a = first.client(username, "laptop")
    b = Client(second.url, a.token)
    old, new = os.urandom(2 * MIB), os.urandom(2 * MIB)
    record, version = add_evidence(a, old)
    expect(b.post("/v1/uploads", json={"sha256": sha(new), "size": len(new)}), 413, "quota_exceeded")
    delete_evidence(a, record, version)
    assert used(b) == 0
    expect(b.upload(new), 200)
    assert used(a) == len(new)
