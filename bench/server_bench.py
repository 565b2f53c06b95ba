"""Benchmark of the register server on loopback: many syncing clients, a first pull, a 1 GB upload.

Run:  .venv/bin/python bench/server_bench.py [--duration 60] [--clients 200] [--db URL] [--workers 1]

Starts `bekwaam-server serve` as a subprocess on 127.0.0.1 (SQLite in a temporary folder unless
--db names a PostgreSQL database, which must be empty) and measures, against targets (issue 6):
- 200 clients doing incremental syncs for 60 s: each is one device of a teacher who has two
  (home and school laptop), and in a loop pulls the changes since its cursor, pushes an edit
  to one of its activities every other round, then waits 0.5–1.5 s (--think; the app itself
  syncs every few minutes): p50 and p99 of every request, errors — target errors 0,
  p99 < 200 ms;
- a first pull of 10,000 records by a new device, pages of the server's maximum, JSON parsed —
  target < 1 s;
- a 1 GB upload in 64 MiB chunks, as a ratio to the raw loopback TCP throughput measured in the
  same run — target >= 0.5 — and the server's peak memory during it above idle — target < 100 MB;
  beside it the disk floor (writing, hashing and fsyncing the same bytes in the blob folder), which
  bounds any durable upload where the disk is slower than loopback.
Prints the figures; --json FILE also writes them.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "benchmark password"
MIB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Http:
    """One keep-alive connection speaking the protocol (http.client: little client-side overhead)."""

    def __init__(self, port: int, token: str | None = None):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.headers = {"Bekwaam-Protocol": "1"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        raw: bytes | memoryview | None = None,
    ) -> tuple[int, Any]:
        h = dict(self.headers)
        h.update(headers or {})
        payload: Any = raw
        if body is not None:
            payload = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        try:
            self.conn.request(method, path, body=payload, headers=h)
            r = self.conn.getresponse()
            data = r.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            raise
        return r.status, (json.loads(data) if data and r.getheader("Content-Type") == "application/json" else data)


def rss_kib(pid: int, field_name: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field_name} for {pid}")


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (uvicorn's --workers N runs the workers as children)."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            found += process_tree(int(child))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds used so far by the process and its live descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / tick


def reset_peak(pid: int) -> None:
    """Reset the process's peak RSS (VmHWM) to its current RSS (Linux: clear_refs 5)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def activity(record_id: str, title: str) -> dict[str, Any]:
    return {
        "id": record_id,
        "title": title,
        "type": "cursus",
        "start": "2024-02-03",
        "end": "2024-03-17",
        "contact_hours": 12.0,
        "self_study_hours": 8.0,
        "domains": ["vakdidactisch"],
        "provider": "Hogeschool",
        "content": "Formatief evalueren in de bovenbouw. " * 5,
    }


# --------------------------------------------------------------------------- server


@dataclass
class Server:
    workdir: Path
    db_url: str
    workers: int
    blobs: Path
    extra_config: list[str] = field(default_factory=list)
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        config = self.workdir / "server.toml"
        config.write_text(
            "today = 2019-03-01\n"
            f"max_file_size = {2 * 1024 * MIB}\nquota_bytes = {4 * 1024 * MIB}\n"
            "login_free_attempts = 50\nlogin_lockout_after = 100\n"
            "db_pool_size = 20\n" + "".join(f"{line}\n" for line in self.extra_config),
            "utf-8",
        )
        self.config = config
        env = {k: v for k, v in os.environ.items() if not k.startswith("BEKWAAM_SERVER_")}
        cli = [sys.executable, "-m", "sync.server.cli"]
        subprocess.run([*cli, "migrate", "--db", self.db_url], check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        self.port = free_port()
        self.log = open(self.workdir / "server.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                *cli,
                "serve",
                "--db",
                self.db_url,
                "--blobs",
                str(self.blobs),
                "--config",
                str(config),
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                "--no-access-log",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if Http(self.port).call("GET", "/health")[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not start: " + (self.workdir / "server.log").read_text()[-2000:])

    def add_teachers(self, n: int, prefix: str) -> list[str]:
        names = [f"{prefix}{i:04d}" for i in range(n)]
        code = (
            "import sys, datetime as dt\n"
            "from sync.server import accounts\nfrom sync.server.config import load_settings\n"
            "from sync.server.db import Database\nfrom sync.server.security import Passwords\n"
            "s = load_settings(database_url=sys.argv[1])\ndb = Database(sys.argv[1], pooled=False)\n"
            "pw = Passwords(s.argon2_memory_kib, s.argon2_time_cost, s.argon2_parallelism)\n"
            "h = pw.hash(sys.argv[2])\npw.hash = lambda p: h\n"
            "for name in sys.argv[3:]:\n"
            "    accounts.create_teacher(db, s, pw, username=name, name=name, register='vrijwillig',"
            " registered_on=dt.date(2015, 1, 1), password=sys.argv[2], sectors=['vo'])\n"
        )
        subprocess.run(
            [sys.executable, "-c", code, self.db_url, PASSWORD, *names],
            check=True,
            cwd=ROOT,
            env={**os.environ, "BEKWAAM_SERVER_TODAY": "2019-03-01"},
        )
        return names

    def login(self, username: str, device: str) -> str:
        status, body = Http(self.port).call(
            "POST", "/v1/login", {"username": username, "password": PASSWORD, "device_name": device}
        )
        assert status == 200, body
        return str(body["token"])

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# --------------------------------------------------------------------------- 1. raw loopback and 1 GB upload


def raw_loopback(total: int, block: bytes) -> float:
    """Bytes per second through a plain TCP connection on 127.0.0.1, sender and receiver in threads."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received = 0

    def sink() -> None:
        nonlocal received
        conn, _ = server.accept()
        buf = bytearray(MIB)
        while (n := conn.recv_into(buf)) > 0:
            received += n
        conn.close()

    t = threading.Thread(target=sink)
    t.start()
    start = time.perf_counter()
    with socket.create_connection(server.getsockname()) as s:
        sent = 0
        while sent < total:
            s.sendall(block)
            sent += len(block)
    t.join()
    elapsed = time.perf_counter() - start
    server.close()
    assert received == total
    return total / elapsed


def disk_floor(folder: Path, total: int, block: bytes) -> float:
    """Bytes per second for the least the server must do with an upload on its disk: write it, hash it, fsync it.

    Not the target's baseline (that is raw loopback) but the floor under it: where the blob folder's disk
    writes slower than loopback carries bytes, no server reaches the loopback ratio with its data durable.
    """
    path = folder / "disk-floor.tmp"
    start = time.perf_counter()
    digest = hashlib.sha256()
    with open(path, "wb", buffering=0) as fh:
        for _ in range(total // len(block)):
            fh.write(block)
            digest.update(block)
        os.fsync(fh.fileno())
    elapsed = time.perf_counter() - start
    path.unlink()
    return total / elapsed


def upload(server: Server, token: str, total: int, block: bytes) -> tuple[float, int]:
    """Seconds to upload `total` bytes (block repeated) in chunks of len(block); the server's peak RSS."""
    digest = hashlib.sha256()
    for _ in range(total // len(block)):
        digest.update(block)
    sha = digest.hexdigest()
    http_ = Http(server.port, token)
    assert server.proc is not None
    reset_peak(server.proc.pid)
    start = time.perf_counter()
    status, body = http_.call("POST", "/v1/uploads", {"sha256": sha, "size": total})
    assert status == 201, body
    upload_id, offset = body["id"], 0
    while offset < total:
        status, body = http_.call(
            "PATCH",
            f"/v1/uploads/{upload_id}",
            raw=memoryview(block),
            headers={"Upload-Offset": str(offset), "Content-Type": "application/octet-stream"},
        )
        assert status == 200, body
        offset = body["offset"]
    elapsed = time.perf_counter() - start
    assert body["complete"], body
    return elapsed, rss_kib(server.proc.pid, "VmHWM")


# --------------------------------------------------------------------------- 2. first pull


def first_pull(server: Server, records: int) -> tuple[float, int]:
    (username,) = server.add_teachers(1, "pull")
    writer = Http(server.port, server.login(username, "laptop thuis"))
    for start in range(0, records, 1000):
        ids = [str(uuid.uuid4()) for _ in range(start, min(records, start + 1000))]
        changes = [
            {"type": "activity", "id": i, "base_version": None, "data": activity(i, f"Activiteit {start + n}")}
            for n, i in enumerate(ids)
        ]
        status, body = writer.call(
            "POST", "/v1/portfolio/changes", {"changes": changes}, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        assert status == 200, body
    reader = Http(server.port, server.login(username, "laptop school"))
    reader.call("GET", "/v1/me")  # connection open, as after a login
    start = time.perf_counter()
    since, got = 0, 0
    while True:
        status, page = reader.call("GET", f"/v1/portfolio/changes?since={since}&limit=2000")
        assert status == 200, page
        got += len(page["changes"])
        since = page["cursor"]
        if not page["has_more"]:
            break
    elapsed = time.perf_counter() - start
    assert got == records, got
    return elapsed, got


# --------------------------------------------------------------------------- 3. many clients


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    pulls: list[float] = field(default_factory=list)
    pushes: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    syncs: int = 0
    conflicts: int = 0
    server_cpu_s: float = 0.0
    client_cpu_s: float = 0.0


class AsyncHttp:
    """A minimal keep-alive HTTP/1.1 client on asyncio streams: 200 of them cost the benchmark far
    less CPU than 200 threads (whose fight for the GIL would also inflate the latencies measured)."""

    def __init__(self, port: int, token: str):
        self.port = port
        self.head = f"Host: 127.0.0.1\r\nBekwaam-Protocol: 1\r\nAuthorization: Bearer {token}\r\n"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def call(self, method: str, path: str, body: Any = None, headers: str = "") -> tuple[int, Any]:
        reused = self.writer is not None
        try:
            return await self._call(method, path, body, headers)
        except ConnectionError:
            if not reused:
                raise
        # The server closes keep-alive connections idle for 5 s; like any HTTP client, open a
        # new one and send the request again (it was never answered).
        return await self._call(method, path, body, headers)

    async def _call(self, method: str, path: str, body: Any, headers: str) -> tuple[int, Any]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        payload = json.dumps(body).encode() if body is not None else b""
        extra = f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n" if body is not None else ""
        self.writer.write(f"{method} {path} HTTP/1.1\r\n{self.head}{headers}{extra}\r\n".encode() + payload)
        try:
            status_line = await self.reader.readline()
            if not status_line:
                raise ConnectionError("closed by the server")
            status = int(status_line.split()[1])
            length = 0
            while (line := await self.reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            data = await self.reader.readexactly(length)
        except (OSError, IndexError, ValueError, asyncio.IncompleteReadError):
            self.writer.close()
            self.writer = None
            raise ConnectionError("connection lost") from None
        except ConnectionError:
            self.writer.close()
            self.writer = None
            raise
        return status, json.loads(data) if data else None


THINK = (0.5, 1.5)  # seconds a client waits between syncs (--think)


def THINK_SET(value: list[float]) -> None:  # noqa: N802
    global THINK
    THINK = (value[0], value[1])


async def sync_client(port: int, token: str, own: list[str], stop_at: float, stats: Stats, seed: int) -> None:
    rng = random.Random(seed)
    client = AsyncHttp(port, token)
    cursor, versions = 0, {}
    round_ = 0
    await asyncio.sleep(rng.uniform(0, THINK[1]))  # spread over one interval, as clients are over a day
    while time.monotonic() < stop_at:
        try:
            while True:
                t = time.perf_counter()
                status, page = await client.call("GET", f"/v1/portfolio/changes?since={cursor}")
                stats.latencies.append(time.perf_counter() - t)
                stats.pulls.append(stats.latencies[-1])
                if status != 200:
                    stats.errors.append(f"pull {status}")
                    break
                for c in page["changes"]:
                    versions[c["id"]] = c["version"]
                cursor = page["cursor"]
                if not page["has_more"]:
                    break
            if round_ % 2 == 0:
                record_id = rng.choice(own)
                data = activity(record_id, f"Bewerkt {uuid.uuid4().hex[:8]}")
                t = time.perf_counter()
                status, body = await client.call(
                    "POST",
                    "/v1/portfolio/changes",
                    {
                        "changes": [
                            {"type": "activity", "id": record_id, "base_version": versions.get(record_id), "data": data}
                        ]
                    },
                    headers=f"Idempotency-Key: {uuid.uuid4()}\r\n",
                )
                stats.latencies.append(time.perf_counter() - t)
                stats.pushes.append(stats.latencies[-1])
                if status != 200:
                    stats.errors.append(f"push {status}")
                else:
                    result = body["results"][0]
                    if result["status"] == "conflict":
                        stats.conflicts += 1  # the other laptop edited it: a normal outcome, merged by the app
                    versions[record_id] = result["version"]
            stats.syncs += 1
        except ConnectionError as exc:
            stats.errors.append(type(exc).__name__)
        round_ += 1
        await asyncio.sleep(rng.uniform(*THINK))


def many_clients(server: Server, clients: int, duration: float) -> tuple[Stats, float]:
    teachers = server.add_teachers((clients + 1) // 2, "sync")
    tokens: list[tuple[str, list[str]]] = []
    for username in teachers:
        own = [str(uuid.uuid4()) for _ in range(20)]
        token = server.login(username, "laptop thuis")
        status, _ = Http(server.port, token).call(
            "POST",
            "/v1/portfolio/changes",
            {"changes": [{"type": "activity", "id": i, "data": activity(i, "Start")} for i in own]},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        assert status == 200
        tokens.append((token, own))
        tokens.append((server.login(username, "laptop school"), own))
    stats = Stats()

    async def run_all() -> None:
        stop_at = time.monotonic() + duration
        await asyncio.gather(
            *(sync_client(server.port, tok, own, stop_at, stats, n) for n, (tok, own) in enumerate(tokens[:clients]))
        )

    assert server.proc is not None
    server_cpu, client_cpu = cpu_seconds(server.proc.pid), time.process_time()
    start = time.perf_counter()
    asyncio.run(run_all())
    wall = time.perf_counter() - start
    stats.server_cpu_s = cpu_seconds(server.proc.pid) - server_cpu
    stats.client_cpu_s = time.process_time() - client_cpu
    return stats, wall


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


PARTS = ("upload", "pull", "clients")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of the many-clients run (default 60)")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=list(THINK),
        metavar=("MIN", "MAX"),
        help="seconds each client waits between syncs (default 0.5 1.5)",
    )
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--upload-mb", type=int, default=1024)
    ap.add_argument("--db", help="an empty PostgreSQL database URL (default: SQLite in a temporary folder)")
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    ap.add_argument("--blobs", type=Path, help="blob folder (default: in the temporary folder, on disk)")
    ap.add_argument(
        "--set",
        action="append",
        metavar="KEY=VALUE",
        help="a line for the server's configuration file, e.g. fast_sync=false (repeatable)",
    )
    ap.add_argument("--only", choices=PARTS, action="append", help="run only this part (repeatable)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    THINK_SET(args.think)
    parts = set(args.only or PARTS)

    workdir = Path(tempfile.mkdtemp(prefix="bekwaam-server-bench-"))
    blobs = Path(tempfile.mkdtemp(prefix="bekwaam-blobs-", dir=args.blobs)) if args.blobs else workdir / "blobs"
    server = Server(workdir, args.db or f"sqlite:///{workdir / 'server.sqlite'}", args.workers, blobs, args.set or [])
    figures: dict[str, Any] = {
        "clients": args.clients,
        "duration_s": args.duration,
        "workers": args.workers,
        "think_s": list(args.think),
        "load_average_at_start": os.getloadavg(),
        "database": "postgresql" if args.db else "sqlite",
        "server_config": args.set or [],
    }
    try:
        server.start()
        assert server.proc is not None
        print(
            f"server: pid {server.proc.pid}, {figures['database']}, {args.workers} worker(s), port {server.port}, "
            f"config {' '.join(args.set or []) or 'default'}; "
            f"{load()}"
        )

        if "upload" in parts:
            (uploader,) = server.add_teachers(1, "upload")
            token = server.login(uploader, "laptop")
            Http(server.port, token).call("GET", "/v1/portfolio/changes")  # warm up
            time.sleep(1)
            idle = rss_kib(server.proc.pid) if args.workers == 1 else 0
            block = os.urandom(64 * MIB)
            total = args.upload_mb * MIB // len(block) * len(block)
            raw = raw_loopback(total, block)
            blobs.mkdir(parents=True, exist_ok=True)
            floor = disk_floor(blobs, total, block)
            cpu = cpu_seconds(server.proc.pid)
            seconds, peak = upload(server, token, total, block)
            cpu = cpu_seconds(server.proc.pid) - cpu
            up = total / seconds
            figures.update(
                raw_loopback_mb_s=raw / MIB,
                upload_mb_s=up / MIB,
                upload_ratio=up / raw,
                disk_floor_mb_s=floor / MIB,
                upload_ratio_to_disk_floor=up / floor,
                upload_s=seconds,
                upload_server_cpu_s=cpu,
                idle_rss_mb=idle / 1024,
                peak_rss_mb=peak / 1024,
                peak_over_idle_mb=(peak - idle) / 1024,
            )
            print(f"raw loopback TCP           {raw / MIB:9.0f} MB/s")
            print(f"disk floor (write + SHA-256 + fsync in the blob folder) {floor / MIB:.0f} MB/s")
            print(
                f"upload {total // MIB} MB in {len(block) // MIB} MiB chunks {up / MIB:7.0f} MB/s  ({seconds:.1f} s, "
                f"server CPU {cpu:.1f} s)   ratio {up / raw:.2f}  (target >= 0.5); "
                f"{up / floor:.2f} of the disk floor; {load()}"
            )
            if args.workers == 1:
                print(
                    f"server memory: idle {idle / 1024:.0f} MB, peak during upload {peak / 1024:.0f} MB, "
                    f"+{(peak - idle) / 1024:.0f} MB  (target < 100 MB)"
                )

        if "pull" in parts:
            seconds, n = first_pull(server, args.records)
            figures.update(first_pull_s=seconds, first_pull_records=n)
            print(f"first pull of {n} records  {seconds * 1000:9.0f} ms   (target < 1000 ms); {load()}")

        if "clients" in parts:
            stats, wall = many_clients(server, args.clients, args.duration)
            lat = stats.latencies
            figures.update(
                requests=len(lat),
                requests_per_s=len(lat) / wall,
                syncs=stats.syncs,
                conflicts=stats.conflicts,
                errors=len(stats.errors),
                error_kinds=sorted(set(stats.errors)),
                p50_ms=pct(lat, 50) * 1000,
                p99_ms=pct(lat, 99) * 1000,
                max_ms=max(lat) * 1000,
                mean_ms=statistics.mean(lat) * 1000,
                server_cpu_s=stats.server_cpu_s,
                client_cpu_s=stats.client_cpu_s,
                server_cpu_ms_per_request=stats.server_cpu_s / len(lat) * 1000,
                client_cpu_ms_per_request=stats.client_cpu_s / len(lat) * 1000,
                load_average_after_clients=os.getloadavg(),
            )
            print(
                f"{args.clients} clients x {args.duration:.0f} s "
                f"(waiting {args.think[0]:g}-{args.think[1]:g} s between syncs): {len(lat)} requests "
                f"({len(lat) / wall:.0f}/s), "
                f"{stats.syncs} syncs, {stats.conflicts} conflicts answered"
            )
            print(
                f"   p50 {figures['p50_ms']:.1f} ms   p99 {figures['p99_ms']:.1f} ms   max {figures['max_ms']:.0f} ms"
                f"   errors {len(stats.errors)}   (target: errors 0, p99 < 200 ms)"
            )
            print(
                f"   pulls: p50 {pct(stats.pulls, 50) * 1000:.1f} ms, p99 {pct(stats.pulls, 99) * 1000:.1f} ms;  "
                f"pushes: p50 {pct(stats.pushes, 50) * 1000:.1f} ms, p99 {pct(stats.pushes, 99) * 1000:.1f} ms"
            )
            print(
                f"   CPU: server {stats.server_cpu_s:.1f} s ({figures['server_cpu_ms_per_request']:.2f} ms/request, "
                f"{stats.server_cpu_s / wall:.0%} of a core), bench client {stats.client_cpu_s:.1f} s "
                f"({figures['client_cpu_ms_per_request']:.2f} ms/request, {stats.client_cpu_s / wall:.0%} of a core)"
                f"; {load()}"
            )
            figures.update(pull_p99_ms=pct(stats.pulls, 99) * 1000, push_p99_ms=pct(stats.pushes, 99) * 1000)
            if stats.errors:
                print(f"   error kinds: {', '.join(sorted(set(stats.errors)))}")
    finally:
        server.stop()
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(blobs, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
