"""Child process for the crash-safety test: writes in a loop, reports each committed change.

Usage: python crash_writer.py DATA_DIR SEED. Prints "activity <id>" / "evidence <id>" /
"edit <id> <n>" only after the transaction that made it has committed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from random import Random

from desktop.services import open_services
from sync import portfolio as v


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = Random(seed)
    scratch = data_dir.parent / f"scratch-{seed}"
    scratch.mkdir(exist_ok=True)
    with open_services(data_dir) as s:
        svc = s.portfolio
        print("ready", flush=True)
        mine: list[str] = []
        n = 0
        while True:
            n += 1
            roll = rng.random()
            if roll < 0.6 or not mine:
                a = v.Activity(title=f"Activiteit {seed}-{n}", type=v.ActivityType.CURSUS,
                               start=dt.date(2022, 1, 1) + dt.timedelta(days=n % 300),
                               contact_hours=float(n % 20 + 1), domains=(v.Domain.VAKDIDACTISCH,))
                svc.create_activity(a)
                mine.append(a.id)
                print(f"activity {a.id}", flush=True)
            elif roll < 0.85:
                target = rng.choice(mine)
                svc.update_activity(target, title=f"Bewerkt {seed}-{n}")
                print(f"edit {target} Bewerkt {seed}-{n}", flush=True)
            else:
                f = scratch / f"f{n}.bin"
                f.write_bytes(rng.randbytes(rng.randrange(1, 300_000)))
                e = svc.attach_evidence(rng.choice(mine), f)
                print(f"evidence {e.id} {e.sha256}", flush=True)


if __name__ == "__main__":
    main()
