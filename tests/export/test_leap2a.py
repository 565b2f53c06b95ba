"""Leap2A: our export is Atom with the Leap2A parts, round-trips without loss; other systems' files import."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from desktop.export.leap2a import ATOM, BEKWAAM, LEAP2, RDF, export_leap2a, import_leap2a, leap2a_xml_of
from desktop.services import Services, open_services
from desktop.services.export import take_snapshot
from desktop.services.interchange import import_history
from sync import portfolio as vocab
from tests.conftest import REPO_ROOT
from tests.export.conftest import INTEROP

DATA = REPO_ROOT / "tests" / "data" / "leap2a"


def q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def without_timestamps(xml: bytes) -> bytes:
    return re.sub(rb"<(updated|published)>[^<]*</\1>", b"", xml)


def zip_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "leap2a.xml"}


@pytest.fixture
def exported(small: Services, tmp_path: Path) -> Path:
    out = tmp_path / "export.zip"
    result = export_leap2a(small, out)
    assert result.files == 4 and not result.warnings
    return out


def test_the_export_is_atom_with_the_leap2a_parts(exported: Path) -> None:
    with zipfile.ZipFile(exported) as z:
        names = z.namelist()
        assert names[-1] == "leap2a.xml" and all(n.startswith("files/") for n in names[:-1])
        feed = ET.fromstring(z.read("leap2a.xml"))
        assert feed.tag == q(ATOM, "feed")
        assert feed.findtext(q(LEAP2, "version")) == "http://www.leapspecs.org/2010-07/2A/"
        for required in ("id", "title", "updated"):
            assert feed.findtext(q(ATOM, required)), required
        assert feed.findtext(f"{q(ATOM, 'author')}/{q(ATOM, 'name')}") == "Ingrid van Dijk-Çelik"
        entries = feed.findall(q(ATOM, "entry"))
        by_id = {}
        for entry in entries:
            for required in ("title", "id", "updated"):
                assert entry.find(q(ATOM, required)) is not None, required
            types = [t.get(q(RDF, "resource")) for t in entry.findall(q(RDF, "type"))]
            assert len(types) == 1 and types[0].startswith("leap2:")
            by_id[entry.findtext(q(ATOM, "id"))] = (types[0], entry)
        kinds = [t for t, _e in by_id.values()]
        assert kinds.count("leap2:activity") == 3 and kinds.count("leap2:resource") == 4
        assert kinds.count("leap2:entry") == 2 and kinds.count("leap2:person") == 1
        for entry_id, (kind, entry) in by_id.items():
            links = [(lnk.get("rel"), lnk.get("href")) for lnk in entry.findall(q(ATOM, "link"))]
            if kind == "leap2:activity":
                assert entry.find(q(LEAP2, "date")).get(q(LEAP2, "point")) == "start"
                assert any(c.get("scheme") == f"{BEKWAAM}#domain" for c in entry.findall(q(ATOM, "category")))
                assert entry.findtext(q(BEKWAAM, "ru"))
                for rel, href in links:
                    if rel == "leap2:has_evidence":  # the other side links back
                        back = by_id[href][1].findall(q(ATOM, "link"))
                        assert ("leap2:is_evidence_of", entry_id) in [(b.get("rel"), b.get("href")) for b in back]
            if kind == "leap2:resource":
                enclosure = entry.find(f"{q(ATOM, 'link')}[@rel='enclosure']")
                assert enclosure is not None and enclosure.get("href") in names
                assert int(enclosure.get("length")) == z.getinfo(enclosure.get("href")).file_size
            if kind == "leap2:entry":
                reflects = [h for r, h in links if r == "leap2:reflects_on"]
                assert len(reflects) == 1 and by_id[reflects[0]][0] == "leap2:activity"


def test_export_import_export_is_identical_in_content(exported: Path, tmp_path: Path) -> None:
    with open_services(tmp_path / "other") as target:
        report = import_leap2a(target, exported)
        assert report.source == "bekwaam" and not report.skipped
        assert report.added == {"activity": 3, "cycle": 1, "evidence": 4, "profile": 1, "reflection": 2,
                                "school": 1}
        again = tmp_path / "again.zip"
        export_leap2a(target, again)
        assert target.portfolio.check().ok
        history = import_history(target.portfolio)
        assert history[0]["file"] == "export.zip" and len(history[0]["entries"]) == 12
    first, second = leap2a_xml_of(exported), leap2a_xml_of(again)
    assert without_timestamps(first) == without_timestamps(second)
    assert zip_files(exported) == zip_files(again)


def test_the_records_come_back_field_for_field(small: Services, exported: Path, tmp_path: Path) -> None:
    with open_services(tmp_path / "other") as target:
        import_leap2a(target, exported)
        before, after = take_snapshot(small.portfolio), take_snapshot(target.portfolio)
    for name in ("profile", "schools", "cycles", "activities", "evidence", "reflections", "links"):
        assert getattr(before, name) == getattr(after, name), name
    catalogue = next(a for a in after.activities if a.validated)
    assert catalogue.origin is vocab.Origin.CATALOGUE and catalogue.validated_code == "RL-2023-12345"


def test_importing_twice_adds_nothing_the_second_time(exported: Path, tmp_path: Path) -> None:
    with open_services(tmp_path / "other") as target:
        import_leap2a(target, exported)
        count = len(target.portfolio.list_activities())
        report = import_leap2a(target, exported)
        assert report.added == {} and len(target.portfolio.list_activities()) == count
        reasons = {s.reason for s in report.skipped}
        assert reasons == {"already_present", "profile_kept"}
        assert report.reused_files == 0  # the evidence records themselves are there already


def test_mahara_export_imports_what_maps_and_reports_the_rest(empty: Services) -> None:
    report = import_leap2a(empty, INTEROP / "mahara-leap2a.xml")
    assert report.source == "leap2a" and report.generator == "Mahara"
    assert report.added == {"profile": 1}
    profile = empty.portfolio.profile()
    assert profile is not None and profile.name == "Alice User1" and profile.email == "Stevens+500@catalyst.net.nz"
    reasons = sorted(s.reason for s in report.skipped)
    assert reasons == ["file_missing", "file_missing", "journal_entry", "not_supported", "not_supported",
                       "not_supported", "not_supported", "not_supported"]
    missing = [s for s in report.skipped if s.reason == "file_missing"]
    assert "files/0-dummy document3.odt" in missing[0].message_en and "zit niet in het archief" in missing[0].message_nl


def test_mahara_export_with_its_files_brings_them_in(empty: Services, tmp_path: Path) -> None:
    empty.portfolio.set_cycle(vocab.parse_date("2017-08-01"))
    archive = tmp_path / "mahara.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(INTEROP / "mahara-leap2a.xml", "leap2a.xml")
        z.write(INTEROP / "mahara-Image1.jpg", "files/1-215x194images 15.jpg")
    report = import_leap2a(empty, archive)
    assert report.added == {"evidence": 1, "profile": 1, "reflection": 1}
    evidence = empty.portfolio.list_evidence()
    assert [e.filename for e in evidence] == ["215x194images 15.jpg"]
    assert evidence[0].media_type == "image/jpeg" and evidence[0].kind is vocab.EvidenceKind.FOTO
    assert empty.blobs.verify(evidence[0].sha256)
    assert [s.reason for s in report.skipped].count("file_missing") == 1
    assert any("reflectie op uw huidige registratieperiode" in nl for _en, nl in report.notes)


def test_another_systems_activity_file_and_reflection(empty: Services, tmp_path: Path) -> None:
    archive = tmp_path / "other.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(DATA / "other-system.xml", "leap2a.xml")
        z.write(INTEROP / "mahara-Image2.png", "files/certificaat rekenen.png")
    report = import_leap2a(empty, archive)
    assert report.added == {"activity": 1, "evidence": 1, "profile": 1, "reflection": 1}
    assert [s.reason for s in report.skipped] == ["no_file"]
    [activity] = empty.portfolio.list_activities()
    assert activity.title == "Workshop rekendidactiek" and activity.origin is vocab.Origin.IMPORT
    assert activity.planned and activity.domains == (vocab.Domain.VAKDIDACTISCH,)
    assert str(activity.start) == "2019-03-04" and str(activity.end) == "2019-03-18"
    assert activity.content == "Drie middagen over rekenen in de onderbouw.\n\nMet huiswerk."
    [evidence] = empty.portfolio.evidence_for(activity.id)
    assert evidence.filename == "certificaat-rekenen.png" and evidence.description == "Bewijs van deelname"
    reflection = empty.portfolio.reflection_for(activity.id)
    assert reflection is not None and reflection.answers == {
        "tekst": "Ik laat leerlingen nu vaker hardop rekenen.\n\nDat werkt."}
    assert empty.portfolio.profile().name == "Jan Jansen"  # type: ignore[union-attr]
    # the change log has every record, as for anything entered by hand
    assert {c["record_type"] for c in empty.portfolio.change_log()} >= {"activity", "evidence", "reflection"}


def test_a_tampered_file_of_our_own_export_is_refused(exported: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".png"):
                data = data[:-10] + b"0123456789"
            dst.writestr(info, data)
    with open_services(tmp_path / "other") as target:
        report = import_leap2a(target, tampered)
        assert [s.reason for s in report.skipped] == ["hash_mismatch"]
        assert report.added["evidence"] == 3 and target.portfolio.check().ok
        assert len(list(target.blobs.iter_hashes())) == 3


def test_a_failed_import_leaves_no_files_behind(exported: Path, tmp_path: Path) -> None:
    data = tmp_path / "other"
    with open_services(data) as target:
        calls = []

        def cancel() -> bool:
            calls.append(1)
            return len(calls) > 5

        from desktop.export import Cancelled

        with pytest.raises(Cancelled):
            import_leap2a(target, exported, cancel=cancel)
        assert list(target.blobs.iter_hashes()) == [] and target.portfolio.list_activities() == []
        assert not any(target.blobs.tmp.iterdir())
    shutil.rmtree(data)
