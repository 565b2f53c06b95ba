"""A writer killed with SIGKILL at random moments loses nothing it reported as committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from random import Random

import pytest

from desktop.services import open_services
from tests.conftest import REPO_ROOT

ROUNDS = 25


@pytest.mark.slow
def test_sigkill_during_writes_never_loses_a_committed_change(tmp_path: Path) -> None:
    data = tmp_path / "portfolio"
    rng = Random(20261123)
    activities: set[str] = set()
    evidence: dict[str, str] = {}
    titles: dict[str, str] = {}
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    writer = Path(__file__).with_name("crash_writer.py")
    kills_mid_write = 0
    for round_no in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, str(writer), str(data), str(round_no)],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        kills_mid_write += bool(out)
        for line in out.splitlines():
            kind, rest = line.split(" ", 1)
            if kind == "activity":
                activities.add(rest)
            elif kind == "edit":
                target, title = rest.split(" ", 1)
                titles[target] = title
            elif kind == "evidence":
                eid, sha = rest.split(" ")
                evidence[eid] = sha
        with open_services(data) as s:
            assert s.db.integrity_check() == "ok"
            present = {a.id for a in s.portfolio.list_activities()}
            assert activities <= present, f"round {round_no}: lost {activities - present}"
            for target, title in titles.items():
                # a later, unreported edit may have landed too, but never an older state
                got = s.portfolio.get_activity(target).title
                assert got == title or int(got.split("-")[-1]) > int(title.split("-")[-1])
            for eid, sha in evidence.items():
                assert s.portfolio.get_evidence(eid).sha256 == sha
                assert s.blobs.verify(sha)
            assert list(s.blobs.tmp.iterdir()) == []
    assert kills_mid_write >= ROUNDS // 2 and len(activities) > ROUNDS
