"""Transfer from the voluntary register to the lerarenregister: preview, the calendar and eligibility
enforced by the server, competence choices, exactly once under repeats and concurrency, provenance."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from sync.server import models
from tests.server.conftest import Client, Server, activity, change, expect

SBL3 = "sbl3_vakinhoudelijk_didactisch"


def portfolio(client: Client) -> dict[str, str]:
    """An old-style portfolio: one SBL-3 activity (needs a choice), one SBL-1, one 2017, a profile."""
    old3 = activity(title="Vakdidactiek biologie", domains=[], sbl_competences=[SBL3], start="2014-02-01",
                    end="2014-03-01", contact_hours=10, self_study_hours=0)
    old1 = activity(title="Gesprekstechniek", domains=[], sbl_competences=["sbl1_interpersoonlijk"],
                    start="2015-02-01", end="2015-02-01", contact_hours=6, self_study_hours=0)
    new = activity(title="Formatief evalueren", domains=["vakdidactisch"], start="2017-09-01", end="2017-10-01",
                   contact_hours=4, self_study_hours=0)
    profile = {"id": "profile", "name": "Anna", "register": "vrijwillig", "sectors": ["vo"]}
    expect(client.push([change(old3), change(old1), change(new), change(profile, type_="profile")]), 200)
    return {"old3": old3["id"], "old1": old1["id"], "new": new["id"]}


def test_preview_shows_what_moves_and_what_is_still_to_choose(server: Server) -> None:
    client = server.client(server.add_teacher())
    ids = portfolio(client)
    preview = expect(client.get("/v1/transfer"), 200)
    assert preview["register"] == "vrijwillig" and preview["eligible"] is True and preview["blockers"] == []
    assert preview["summary"]["activities"] == 3 and preview["summary"]["other_records"] == 1
    assert preview["summary"]["ru_total"] == 20.0
    # Unchosen competence 3 splits half and half until the teacher chooses.
    assert preview["summary"]["ru_per_domain"] == {
        "vakinhoudelijk": 5.0, "vakdidactisch": 9.0, "pedagogisch": 6.0, "professioneel_handelen": 0.0}
    assert preview["open_choices"] == [{"activity_id": ids["old3"], "title": "Vakdidactiek biologie",
                                        "competence": SBL3, "options": ["vakinhoudelijk", "vakdidactisch"]}]
    assert preview["transfer"] is None


def test_execute_needs_consent_and_every_choice(server: Server) -> None:
    client = server.client(server.add_teacher())
    ids = portfolio(client)
    expect(client.post("/v1/transfer", json={"consent": False}), 422, "consent_required")
    body = expect(client.post("/v1/transfer", json={"consent": True}), 422, "choices_required")
    assert body["details"]["open_choices"][0]["activity_id"] == ids["old3"]
    bad = {"activity_id": ids["old3"], "competence": SBL3, "domains": ["pedagogisch"]}
    expect(client.post("/v1/transfer", json={"consent": True, "choices": [bad]}), 422, "invalid_request")
    not_open = {"activity_id": ids["new"], "competence": SBL3, "domains": ["vakinhoudelijk"]}
    expect(client.post("/v1/transfer", json={"consent": True, "choices": [not_open]}), 422, "invalid_request")
    assert expect(client.get("/v1/me"), 200)["register"] == "vrijwillig"


def test_execute_maps_the_competences_moves_the_register_and_keeps_provenance(server: Server) -> None:
    username = server.add_teacher()
    client = server.client(username)
    ids = portfolio(client)
    choice = {"activity_id": ids["old3"], "competence": SBL3, "domains": ["vakinhoudelijk"]}
    done = expect(client.post("/v1/transfer", json={"consent": True, "choices": [choice]}), 200)
    assert done["from_register"] == "vrijwillig" and done["to_register"] == "lerarenregister"
    assert done["executed_on"] == "2019-03-01" and done["portfolio_version"] == 4 + 3
    assert done["summary"]["ru_per_domain"]["vakinhoudelijk"] == 10.0
    assert expect(client.get("/v1/me"), 200)["register"] == "lerarenregister"

    changes, _ = client.pull_all(since=4)
    by_id = {c["id"]: c["data"] for c in changes}
    assert by_id[ids["old3"]]["domains"] == ["vakinhoudelijk"]
    assert by_id[ids["old3"]]["sbl_competences"] == [SBL3]  # the old tags are kept
    assert by_id[ids["old1"]]["domains"] == ["pedagogisch"]
    assert by_id["profile"]["register"] == "lerarenregister"
    assert ids["new"] not in by_id  # already in 2017 domains: untouched

    with server.db.read() as s:
        row = s.scalars(select(models.Transfer).join(models.Teacher).where(models.Teacher.username == username)).one()
        assert {r["id"]: r["version"] for r in row.records_before}[ids["old3"]] == 1
        assert row.portfolio_version_before == 4 and row.device_id == client.device_id
        reasons = list(s.scalars(select(models.RecordRevision.reason).where(
            models.RecordRevision.record_id == ids["old3"]).order_by(models.RecordRevision.version)))
    assert reasons == ["push", "transfer"]

    # Again: the same transfer, nothing changes; the preview shows it and is no longer eligible.
    again = expect(client.post("/v1/transfer", json={"consent": True, "choices": [choice]}), 200)
    assert again == done
    preview = expect(client.get("/v1/transfer"), 200)
    assert preview["transfer"] == done and preview["eligible"] is False
    assert [b["kind"] for b in preview["blockers"]] == ["not_eligible"]


def test_concurrent_executes_transfer_once(server: Server) -> None:
    username = server.add_teacher()
    clients = [server.client(username, f"device {n}") for n in range(6)]
    ids = portfolio(clients[0])
    choice = {"activity_id": ids["old3"], "competence": SBL3, "domains": ["vakinhoudelijk", "vakdidactisch"]}

    def execute(c: Client) -> dict[str, object]:
        return dict(expect(c.post("/v1/transfer", json={"consent": True, "choices": [choice]}), 200))

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(execute, clients))
    assert len({a["id"] for a in answers}) == 1
    assert expect(clients[0].get("/v1/portfolio/changes"), 200)["latest_version"] == 4 + 3
    with server.db.read() as s:
        assert s.scalar(select(models.Transfer.id).join(models.Teacher).where(
            models.Teacher.username == username)) == answers[0]["id"]


def test_the_calendar_decides_when_transfer_is_possible(start_server: Callable[..., Server]) -> None:
    before = start_server(today=dt.date(2018, 7, 31))
    client = before.client(before.add_teacher())
    portfolio(client)
    preview = expect(client.get("/v1/transfer"), 200)
    assert preview["eligible"] is False and [b["kind"] for b in preview["blockers"]] == ["transfer_not_open"]
    expect(client.post("/v1/transfer", json={"consent": True}), 409, "transfer_not_open")

    after = start_server(today=dt.date(2020, 1, 2), transfer_deadline=dt.date(2020, 1, 1))
    client = after.client(after.add_teacher())
    expect(client.post("/v1/transfer", json={"consent": True}), 409, "transfer_closed")


def test_only_the_voluntary_register_can_transfer(server: Server) -> None:
    client = server.client(server.add_teacher(register="lerarenregister", registered_on=dt.date(2018, 9, 1)))
    expect(client.post("/v1/transfer", json={"consent": True}), 409, "not_eligible")
