"""Portfolio sync over HTTP (DESIGN.md §4): feed and cursor, push with base versions, conflicts,
tombstones, idempotency keys, validation, and the version counter under concurrent pushes."""

from __future__ import annotations

import concurrent.futures
import uuid

from sqlalchemy import select

from sync.server import models
from tests.server.conftest import Server, activity, change, expect


def test_push_then_pull_in_pages_with_a_cursor(server: Server) -> None:
    client = server.client(server.add_teacher())
    records = [activity(title=f"Activiteit {n}") for n in range(25)]
    body = expect(client.push([change(r) for r in records]), 200)
    assert [r["status"] for r in body["results"]] == ["applied"] * 25
    assert [r["version"] for r in body["results"]] == list(range(1, 26))
    assert body["latest_version"] == 25

    page = expect(client.get("/v1/portfolio/changes", params={"since": 0, "limit": 10}), 200)
    assert len(page["changes"]) == 10 and page["has_more"] and page["cursor"] == 10
    assert page["latest_version"] == 25
    pulled, cursor = client.pull_all(limit=7)
    assert cursor == 25
    assert [c["data"]["title"] for c in pulled] == [r["title"] for r in records]
    assert pulled[0]["data"]["origin"] == "lokaal"  # normalised: defaults filled in
    empty = expect(client.get("/v1/portfolio/changes", params={"since": 25}), 200)
    assert empty == {"changes": [], "cursor": 25, "has_more": False, "latest_version": 25}


def test_an_edit_from_an_old_base_is_a_conflict_answered_with_the_servers_copy(server: Server) -> None:
    username = server.add_teacher()
    home, school = server.client(username, "thuis"), server.client(username, "school")
    record = activity(title="Studiedag")
    v1 = expect(home.push([change(record)]), 200)["results"][0]["version"]

    v2 = expect(school.push([change({**record, "title": "Studiedag (school)"}, base=v1)]), 200)["results"][0]
    assert v2["status"] == "applied"
    late = expect(home.push([change({**record, "title": "Studiedag (thuis)"}, base=v1)]), 200)["results"][0]
    assert late["status"] == "conflict" and late["version"] == v2["version"]
    assert late["server"]["data"]["title"] == "Studiedag (school)"
    assert late["server"]["device_id"] == school.device_id
    # Nothing was overwritten; the same content from an old base is simply unchanged.
    same = expect(home.push([change({**record, "title": "Studiedag (school)"}, base=v1)]), 200)["results"][0]
    assert same["status"] == "unchanged" and same["version"] == v2["version"]
    # Resolved against the current version, it applies.
    fixed = expect(home.push([change({**record, "title": "Studiedag (beide)"}, base=v2["version"])]), 200)
    assert fixed["results"][0]["status"] == "applied"


def test_two_devices_creating_the_profile_do_not_overwrite_each_other(server: Server) -> None:
    username = server.add_teacher()
    a, b = server.client(username, "a"), server.client(username, "b")
    expect(a.push([change({"id": "profile", "name": "Anna"}, type_="profile")]), 200)
    r = expect(b.push([change({"id": "profile", "name": "Anna de Vries"}, type_="profile")]), 200)["results"][0]
    assert r["status"] == "conflict" and r["server"]["data"]["name"] == "Anna"


def test_deletion_travels_as_a_tombstone_and_history_keeps_every_version(server: Server) -> None:
    username = server.add_teacher()
    client = server.client(username)
    record = activity()
    v1 = expect(client.push([change(record)]), 200)["results"][0]["version"]
    v2 = expect(client.push([change(record, base=v1, deleted=True)]), 200)["results"][0]["version"]
    pulled, _ = client.pull_all()
    assert pulled == [
        {**pulled[0], "id": record["id"], "deleted": True, "data": None, "version": v2},
    ]
    # A tombstone can be undone from its version.
    v3 = expect(client.push([change(record, base=v2)]), 200)["results"][0]
    assert v3["status"] == "applied"
    with server.db.read() as s:
        revisions = list(s.scalars(select(models.RecordRevision.deleted).where(
            models.RecordRevision.record_id == record["id"]).order_by(models.RecordRevision.version)))
    assert revisions == [False, True, False]


def test_a_retried_push_applies_once_and_a_reused_key_is_refused(server: Server) -> None:
    client = server.client(server.add_teacher())
    key = str(uuid.uuid4())
    changes = [change(activity()) for _ in range(3)]
    first = expect(client.push(changes, key=key), 200)
    again = expect(client.push(changes, key=key), 200)
    assert again == first
    assert expect(client.get("/v1/portfolio/changes"), 200)["latest_version"] == 3
    expect(client.push([change(activity())], key=key), 422, "idempotency_key_reused")
    missing_key = client.post("/v1/portfolio/changes", json={"changes": []})
    expect(missing_key, 400, "idempotency_key_required")


def test_an_invalid_record_is_refused_naming_it_and_nothing_is_applied(server: Server) -> None:
    client = server.client(server.add_teacher())
    good = activity()
    bad = activity(title="", contact_hours=-3)
    body = expect(client.push([change(good), change(bad)]), 422, "invalid_record")
    fields = {(p["index"], p["field"]) for p in body["details"]["records"]}
    assert (1, "title") in fields and (1, "contact_hours") in fields
    assert bad["id"] in body["message"]
    assert expect(client.get("/v1/portfolio/changes"), 200)["changes"] == []
    for wrong in (
        {**change(good), "data": {**good, "id": "other"}},  # data for another record
        {**change(good), "data": None},  # no data and not deleted
        {**change(good), "data": {**good, "type": "webinar"}},
        {**change(good), "data": {**good, "start": "03-02-2016"}},
    ):
        expect(client.push([wrong]), 422, "invalid_record")
    expect(client.push([change(good), change(good)]), 422, "invalid_record")  # the same record twice
    expect(client.push([{**change(good), "type": "sticker"}]), 422, "invalid_request")


def test_every_record_type_round_trips(server: Server) -> None:
    client = server.client(server.add_teacher())
    sha = "ab" * 32
    records = {
        "profile": {"id": "profile", "name": "Anna", "register": "vrijwillig", "sectors": ["vo"]},
        "school": {"id": str(uuid.uuid4()), "name": "Het Lyceum", "place": "Utrecht", "brin": "12AB"},
        "qualification": {"id": str(uuid.uuid4()), "sector": "vo", "subject": "Biologie", "degree": "eerstegraads"},
        "work_period": {"id": str(uuid.uuid4()), "school": "Het Lyceum", "start": "2014-08-01", "hours": 3000.0},
        "cycle": {"id": str(uuid.uuid4()), "start": "2015-08-01", "ruleset": "registerleraar"},
        "activity": activity(),
        "evidence": {"id": str(uuid.uuid4()), "sha256": sha, "filename": "certificaat.pdf", "size": 1234,
                     "media_type": "application/pdf", "kind": "certificaat"},
        "reflection": {"id": str(uuid.uuid4()), "model": "starr", "answers": {"situatie": "havo 4"},
                       "activity_id": str(uuid.uuid4())},
    }
    body = expect(client.push([change(data, type_=t) for t, data in records.items()]), 200)
    assert all(r["status"] == "applied" for r in body["results"])
    pulled, _ = client.pull_all()
    assert {c["type"] for c in pulled} == set(records)
    for c in pulled:
        assert {k: v for k, v in c["data"].items() if k in records[c["type"]]} == records[c["type"]]


def test_concurrent_pushes_get_distinct_consecutive_versions(server: Server) -> None:
    """The per-portfolio counter under 8 writers at once: no version lost, none given twice."""
    username = server.add_teacher()
    clients = [server.client(username, f"device {n}") for n in range(8)]

    def push_many(n: int) -> list[int]:
        versions = []
        for _ in range(5):
            body = expect(clients[n].push([change(activity()) for _ in range(4)]), 200)
            versions += [r["version"] for r in body["results"]]
        return versions

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        versions = [v for vs in pool.map(push_many, range(8)) for v in vs]
    assert sorted(versions) == list(range(1, 8 * 5 * 4 + 1))
    pulled, cursor = clients[0].pull_all(limit=50)
    assert cursor == 160 and len(pulled) == 160
    assert [c["version"] for c in pulled] == list(range(1, 161))


def test_a_page_never_exceeds_the_servers_size(server: Server) -> None:
    client = server.client(server.add_teacher())
    expect(client.push([change(activity()) for _ in range(500)]), 200)
    expect(client.push([change(activity()) for _ in range(100)]), 200)
    page = expect(client.get("/v1/portfolio/changes", params={"limit": 2000}), 200)
    assert len(page["changes"]) == 500 and page["has_more"]  # the server's page_size
    expect(client.push([change(activity()) for _ in range(501)]), 413, "body_too_large")


def test_the_fast_feed_is_exactly_the_documented_model(server: Server) -> None:
    """The feed is assembled from stored JSON text; it must equal the pydantic model's rendering."""
    import json

    from sqlalchemy import select as sql_select

    from sync.server import records

    username = server.add_teacher()
    client = server.client(username)
    tricky = activity(title='Zoë — “citaat” \\ back\\slash\n"regel"\t\u00a0é', content="\u2028\u2029 ☃")
    gone = activity()
    expect(client.push([change(tricky), change(gone), change({"id": "profile", "name": "Ånna"}, type_="profile")]),
           200)
    expect(client.push([change(gone, base=2, deleted=True)]), 200)
    with server.db.read() as s:
        teacher_id = s.scalar(sql_select(models.Teacher.id).where(models.Teacher.username == username))
    assert teacher_id is not None
    for since, limit in ((0, 10), (0, 2), (2, 1), (4, 5)):
        fast = json.loads(records.changes_json(server.db, teacher_id, since, limit))
        model = records.changes_since(server.db, teacher_id, since, limit).model_dump(mode="json")
        assert fast == model
    assert expect(client.get("/v1/portfolio/changes"), 200)["changes"][0]["data"]["title"] == tricky["title"]
