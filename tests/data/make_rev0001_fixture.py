"""Makes tests/data/portfolio-rev0001.sqlite: a portfolio as schema revision 0001 left it.

Kept so the fixture can be remade; the committed file is what the migration test upgrades.
Run: python tests/data/make_rev0001_fixture.py
"""

import datetime as dt
import json
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from desktop.store.db import default_script_location

OUT = Path(__file__).with_name("portfolio-rev0001.sqlite")


def main() -> None:
    OUT.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{OUT}")
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", default_script_location())
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    con = sqlite3.connect(OUT)
    now = dt.datetime(2019, 3, 1, 12, 0, 0).isoformat(sep=" ")
    con.execute("INSERT INTO meta VALUES ('device_id', '00000000-0000-4000-8000-00000000d001')")
    con.execute(
        "INSERT INTO profile (id, revision, created_at, updated_at, name, register_number, register, sectors, email)"
        " VALUES ('profile', 1, ?, ?, 'Joke Smits-Ëlberg', 'RL-42', 'vrijwillig', ?, '')",
        (now, now, json.dumps(["po"])),
    )
    con.execute(
        "INSERT INTO cycle (id, revision, created_at, updated_at, start, ruleset, years)"
        " VALUES ('00000000-0000-4000-8000-0000000c0001', 1, ?, ?, '2016-08-01', 'registerleraar', 4)",
        (now, now),
    )
    for i, (title, ru) in enumerate([("Studiedag rekenen", 6.0), ("Cursus begrijpend lezen", 24.5)]):
        con.execute(
            "INSERT INTO activity (id, revision, created_at, updated_at, title, type, start, contact_hours,"
            " self_study_hours, domains, provider, content, contribution, status, origin)"
            " VALUES (?, 1, ?, ?, ?, 'cursus', ?, ?, 0, ?, 'Pabo', '', '', 'afgerond', 'lokaal')",
            (f"00000000-0000-4000-8000-00000000a00{i}", now, now, title, f"2018-0{i + 3}-15", ru,
             json.dumps(["vakdidactisch"])),
        )
    con.commit()
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    main()
