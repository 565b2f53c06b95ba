"""Leap2A 2010-07: the portfolio to and from other e-portfolio systems (Mahara and others).

Export: a zip with `leap2a.xml` (an Atom feed) at its root and the evidence under `files/`.
Activities are `leap2:activity` entries with start and end dates, evidence `leap2:resource`
entries with an enclosure link, joined by `leap2:has_evidence` / `leap2:is_evidence_of`;
reflections are `leap2:entry` items that `leap2:reflects_on` their activity; bekwaamheids-
domeinen are categories. Everything else a record holds (RU, type, validation, provenance,
the reflection model's answers, the dossier) travels in our own namespace, field by field,
so importing our own export gives back the same records, ids included.

Import: our own export comes back whole; a feed from another system brings in what maps
(activities, files, reflections, the person's name) and reports every entry it skipped and why.
The XML is parsed with defusedxml (no DTD, no entity expansion, no external entities) and the
zip through archive.SafeZip (no path escapes, no bombs).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html.parser
import json
import mimetypes
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from desktop import __version__
from desktop.export.archive import Limits, SafeZip
from desktop.export.common import CancelFn, ExportError, ProgressFn, Steps, atomic_output
from desktop.export.qt import ExportTranslator
from desktop.services import Services
from desktop.services.export import Snapshot, take_snapshot
from desktop.services.interchange import (
    ImportBatch,
    apply_import,
    evidence_ids_by_sha,
    known_ids,
    profile_is_empty,
)
from desktop.store.blobs import EvidenceCorrupted
from desktop.store.repository import RECORD_CLASSES, record_type_of
from sync import portfolio as vocab

ATOM = "http://www.w3.org/2005/Atom"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LEAP2 = "http://terms.leapspecs.org/"
CATEGORIES = "http://wiki.leapspecs.org/2A/categories"
BEKWAAM = "urn:bekwaam:leap2a:1"
XHTML = "http://www.w3.org/1999/xhtml"
LEAP2A_VERSION = "http://www.leapspecs.org/2010-07/2A/"
XML_NAME = "leap2a.xml"
MAX_XML_BYTES = 64 * 1024 * 1024
IMPORT_LIMITS = Limits(max_entries=50_000, max_entry_bytes=4 * 1024**3, max_total_bytes=16 * 1024**3)

_PREFIXES = {"rdf": RDF, "leap2": LEAP2, "categories": CATEGORIES, "bekwaam": BEKWAAM}
_STORED = ("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "application/zip")


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _stamp(value: dt.datetime | None) -> str:
    return (value or dt.datetime(2000, 1, 1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry_id(record_id: str) -> str:
    try:
        return f"urn:uuid:{uuid.UUID(record_id)}"
    except ValueError:
        return f"urn:bekwaam:{record_id}"


def _record_id(entry_id: str) -> str:
    for prefix in ("urn:uuid:", "urn:bekwaam:"):
        if entry_id.startswith(prefix):
            return entry_id[len(prefix):]
    return entry_id


# ---------------------------------------------------------------------- export


@dataclass(frozen=True)
class Leap2aExportResult:
    path: Path
    entries: int
    files: int
    warnings: tuple[str, ...]


class Leap2aExport:
    """Builds the feed; `tr()` marks the few texts other systems show (context Leap2aExport)."""

    def __init__(self, services: Services, snapshot: Snapshot, lang: str):
        self.services = services
        self.snapshot = snapshot
        self.lang = lang
        self.tx = ExportTranslator(lang)
        self.warnings: list[str] = []

    def tr(self, text: str) -> str:
        return self.tx.translate("Leap2aExport", text)

    def feed(self, files: dict[str, str]) -> ET.Element:
        for prefix, uri in _PREFIXES.items():
            ET.register_namespace(prefix, uri)
        ET.register_namespace("", ATOM)
        snap = self.snapshot
        feed = ET.Element(_q(ATOM, "feed"))
        ET.SubElement(feed, _q(LEAP2, "version")).text = LEAP2A_VERSION
        ET.SubElement(feed, _q(ATOM, "id")).text = self.feed_id()
        name = snap.profile.name if snap.profile and snap.profile.name else ""
        ET.SubElement(feed, _q(ATOM, "title")).text = self.tr("Professional development portfolio") + (
            f": {name}" if name else "")
        ET.SubElement(feed, _q(ATOM, "updated")).text = _stamp(snap.last_change)
        ET.SubElement(feed, _q(ATOM, "generator"), {"uri": "urn:bekwaam", "version": __version__}).text = "Bekwaam"
        author = ET.SubElement(feed, _q(ATOM, "author"))
        ET.SubElement(author, _q(ATOM, "name")).text = name or "Bekwaam"
        if snap.profile:
            self._person(feed, snap.profile)
        for school in snap.schools:
            self._record(feed, school, "organization", school.name)
        for q in snap.qualifications:
            entry = self._record(feed, q, "achievement", f"{q.subject} ({q.sector.label(self.lang)})")
            if q.obtained_on:
                self._date(entry, "end", q.obtained_on)
            if q.diploma_evidence_id:
                self._link(entry, "leap2:has_evidence", q.diploma_evidence_id)
        for p in snap.work_periods:
            entry = self._record(feed, p, "affiliation", p.school)
            self._date(entry, "start", p.start)
            if p.end:
                self._date(entry, "end", p.end)
        for c in snap.cycles:
            entry = self._record(feed, c, "plan", self.tr("Registration cycle") + f" {c.start.isoformat()}")
            self._date(entry, "start", c.start)
            self._date(entry, "end", c.end)
        reflections = {r.activity_id: r for r in snap.reflections if r.activity_id}
        for a in snap.activities:
            self._activity(feed, a, reflections.get(a.id))
        for e in snap.evidence:
            self._evidence(feed, e, files.get(e.id))
        titles = {a.id: a.title for a in snap.activities}
        for r in snap.reflections:
            self._reflection(feed, r, titles)
        ET.indent(feed, space=" ")
        return feed

    def feed_id(self) -> str:
        """Named by its content: the same portfolio gives the same id, wherever it is exported."""
        digest = hashlib.sha256()
        snap = self.snapshot
        for record in (snap.profile, *snap.schools, *snap.qualifications, *snap.work_periods, *snap.cycles,
                       *snap.activities, *snap.evidence, *snap.reflections):
            if record is not None:
                digest.update(json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False).encode())
        for activity_id in sorted(snap.links):
            digest.update(json.dumps([activity_id, snap.links[activity_id]]).encode())
        return f"urn:uuid:{uuid.UUID(bytes=digest.digest()[:16], version=5)}"

    # ------------------------------------------------------------------ entries

    def _entry(self, feed: ET.Element, record: vocab.Record, leap_type: str, title: str) -> ET.Element:
        rid = str(record.id)
        entry = ET.SubElement(feed, _q(ATOM, "entry"))
        ET.SubElement(entry, _q(ATOM, "title")).text = title
        ET.SubElement(entry, _q(ATOM, "id")).text = _entry_id(rid)
        ET.SubElement(entry, _q(ATOM, "updated")).text = _stamp(self.snapshot.updated.get(rid))
        ET.SubElement(entry, _q(ATOM, "published")).text = _stamp(self.snapshot.created.get(rid))
        ET.SubElement(entry, _q(RDF, "type"), {_q(RDF, "resource"): f"leap2:{leap_type}"})
        return entry

    def _record(self, feed: ET.Element, record: vocab.Record, leap_type: str, title: str,
                content: str = "") -> ET.Element:
        entry = self._entry(feed, record, leap_type, title)
        ET.SubElement(entry, _q(ATOM, "content"), {"type": "text"}).text = content
        _write_fields(entry, record)
        return entry

    def _person(self, feed: ET.Element, profile: vocab.Profile) -> None:
        entry = self._entry(feed, profile, "person", profile.name or "—")
        ET.SubElement(entry, _q(ATOM, "content"), {"type": "text"}).text = ""
        ET.SubElement(entry, _q(ATOM, "category"), {"term": "Self", "scheme": "categories:person_type#"})
        if profile.name:
            self._persondata(entry, "full_name", profile.name)
        if profile.email:
            self._persondata(entry, "email", profile.email)
        if profile.register_number:
            self._persondata(entry, "other", profile.register_number, self.tr("Register number"))
        _write_fields(entry, profile)

    def _persondata(self, entry: ET.Element, field_name: str, value: str, label: str | None = None) -> None:
        attrs = {_q(LEAP2, "field"): field_name}
        if label:
            attrs[_q(LEAP2, "label")] = label
        ET.SubElement(entry, _q(LEAP2, "persondata"), attrs).text = value

    def _date(self, entry: ET.Element, point: str, value: dt.date) -> None:
        ET.SubElement(entry, _q(LEAP2, "date"), {_q(LEAP2, "point"): point}).text = value.isoformat()

    def _link(self, entry: ET.Element, rel: str, record_id: str) -> None:
        ET.SubElement(entry, _q(ATOM, "link"), {"rel": rel, "href": _entry_id(record_id)})

    def _category(self, entry: ET.Element, scheme: str, term: str, label: str) -> None:
        ET.SubElement(entry, _q(ATOM, "category"), {"term": term, "scheme": f"{BEKWAAM}#{scheme}", "label": label})

    def _activity(self, feed: ET.Element, a: vocab.Activity, reflection: vocab.Reflection | None) -> None:
        entry = self._entry(feed, a, "activity", a.title)
        ET.SubElement(entry, _q(ATOM, "content"), {"type": "text"}).text = a.content
        if a.contribution:
            ET.SubElement(entry, _q(ATOM, "summary"), {"type": "text"}).text = a.contribution
        self._date(entry, "start", a.start)
        if a.end:
            self._date(entry, "end", a.end)
        ET.SubElement(entry, _q(ATOM, "category"), {"term": "Education", "scheme": "categories:life_area#"})
        for d in a.domains:
            self._category(entry, "domain", d.value, d.label(self.lang))
        for c in a.sbl_competences:
            self._category(entry, "sbl", c.value, c.label(self.lang))
        self._category(entry, "type", a.type.value, a.type.label(self.lang))
        for evidence_id in self.snapshot.links.get(a.id, ()):
            self._link(entry, "leap2:has_evidence", evidence_id)
        if reflection is not None:
            self._link(entry, "leap2:reflected_on_by", reflection.id)
        ET.SubElement(entry, _q(BEKWAAM, "ru")).text = _number(a.ru)
        _write_fields(entry, a)

    def _evidence(self, feed: ET.Element, e: vocab.Evidence, path: str | None) -> None:
        entry = self._entry(feed, e, "resource", e.filename)
        ET.SubElement(entry, _q(ATOM, "content"), {"type": "text"}).text = e.description
        if path is not None:
            ET.SubElement(entry, _q(ATOM, "link"), {"rel": "enclosure", "href": path, "type": e.media_type,
                                                    "length": str(e.size)})
        ET.SubElement(entry, _q(ATOM, "category"),
                      {"term": "Offline", "scheme": "categories:resource_type#", "label": "File"})
        self._category(entry, "evidence_kind", e.kind.value, e.kind.label(self.lang))
        for activity_id in e.activity_ids:
            self._link(entry, "leap2:is_evidence_of", activity_id)
        _write_fields(entry, e)

    def _reflection(self, feed: ET.Element, r: vocab.Reflection, titles: dict[str, str]) -> None:
        about = titles.get(r.activity_id or "", "")
        title = self.tr("Reflection") + (f": {about}" if about else "")
        entry = self._entry(feed, r, "entry", title)
        content = ET.SubElement(entry, _q(ATOM, "content"), {"type": "xhtml"})
        div = ET.SubElement(content, _q(XHTML, "div"))
        model = vocab.REFLECTION_MODELS[r.model]
        for prompt in model.prompts:
            answer = r.answers.get(prompt.id, "")
            if not answer:
                continue
            if r.model is not vocab.ReflectionModelId.VRIJ:
                ET.SubElement(div, _q(XHTML, "h3")).text = prompt.label(self.lang)
            ET.SubElement(div, _q(XHTML, "p")).text = answer
        if r.activity_id:
            self._link(entry, "leap2:reflects_on", r.activity_id)
        elif r.cycle_id:
            self._link(entry, "leap2:reflects_on", r.cycle_id)
        self._category(entry, "reflection_model", r.model.value, r.model.label(self.lang))
        _write_fields(entry, r)


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _write_fields(entry: ET.Element, record: vocab.Record) -> None:
    """Every field of the record, typed, in our namespace: what makes our own round trip lossless."""
    box = ET.SubElement(entry, _q(BEKWAAM, "record"), {"type": record_type_of(record)})
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        el = ET.SubElement(box, _q(BEKWAAM, "field"), {"name": f.name})
        plain = record.to_dict()[f.name]
        if plain is None:
            el.set("null", "true")
        elif isinstance(plain, list):
            el.set("kind", "list")
            for item in plain:
                ET.SubElement(el, _q(BEKWAAM, "item")).text = str(item)
        elif isinstance(plain, dict):
            el.set("kind", "map")
            for key in sorted(plain):
                ET.SubElement(el, _q(BEKWAAM, "item"), {"key": key}).text = str(plain[key])
        elif isinstance(value, bool):
            el.set("kind", "bool")
            el.text = "true" if value else "false"
        elif isinstance(plain, float):
            el.set("kind", "float")
            el.text = repr(plain)
        elif isinstance(plain, int):
            el.set("kind", "int")
            el.text = str(plain)
        else:
            el.text = str(plain)


def _read_fields(box: ET.Element) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for el in box.findall(_q(BEKWAAM, "field")):
        name = el.get("name") or ""
        kind = el.get("kind", "text")
        if el.get("null") == "true":
            data[name] = None
        elif kind == "list":
            data[name] = [i.text or "" for i in el.findall(_q(BEKWAAM, "item"))]
        elif kind == "map":
            data[name] = {i.get("key", ""): i.text or "" for i in el.findall(_q(BEKWAAM, "item"))}
        elif kind == "float":
            data[name] = float(el.text or "nan")
        elif kind == "int":
            data[name] = int(el.text or "x")
        elif kind == "bool":
            data[name] = el.text == "true"
        else:
            data[name] = el.text or ""
    return data


def _zip_name(n: int, filename: str) -> str:
    clean = re.sub(r'[\x00-\x1f/\\:*?"<>|]', "_", filename).strip(" .") or "bestand"
    return f"files/{n}-{clean[:180]}"


def export_leap2a(
    services: Services,
    out: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    lang: str = "nl",
) -> Leap2aExportResult:
    """Write the whole portfolio as a Leap2A zip to `out` (atomically)."""
    steps = Steps(progress, cancel, {"read": 1, "files": 8, "write": 1})
    steps.phase("read", 1, ExportTranslator(lang).translate("Interchange", "Reading the portfolio"))
    snapshot = take_snapshot(services.portfolio)
    builder = Leap2aExport(services, snapshot, lang)
    files: dict[str, str] = {}
    for n, e in enumerate(snapshot.evidence, start=1):
        files[e.id] = _zip_name(n, e.filename)
    steps.phase("files", len(snapshot.evidence), builder.tr("Copying the evidence files"))
    written = 0
    stamp = (snapshot.last_change or dt.datetime(2000, 1, 1)).timetuple()[:6]
    with atomic_output(Path(out)) as tmp, zipfile.ZipFile(tmp, "w") as zf:
        missing: set[str] = set()
        blobs = services.blobs
        # files first, so that a damaged one can still be left out of the feed
        for e in snapshot.evidence:
            info = zipfile.ZipInfo(files[e.id], date_time=stamp)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_STORED if e.media_type in _STORED else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            try:
                with zf.open(info, "w", force_zip64=e.size > 2**31) as dst, blobs.open_verified(e.sha256) as src:
                    while chunk := src.read(1024 * 1024):
                        steps.check()
                        dst.write(chunk)
                written += 1
            except EvidenceCorrupted:
                missing.add(e.id)
                builder.warnings.append(builder.tr("{name}: the stored file is missing or damaged; it was left out.")
                                        .format(name=e.filename))
            steps.advance()
        for eid in missing:
            del files[eid]
        steps.phase("write", 1, builder.tr("Writing leap2a.xml"))
        feed = builder.feed(files)
        data = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
        info = zipfile.ZipInfo(XML_NAME, date_time=stamp)  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data)
    steps.finish(builder.tr("Leap2A export written"))
    entries = len(feed.findall(_q(ATOM, "entry")))
    return Leap2aExportResult(Path(out), entries, written, tuple(builder.warnings))


# ---------------------------------------------------------------------- import


@dataclass(frozen=True)
class Skipped:
    entry_id: str
    title: str
    reason: str  # stable code
    message_en: str
    message_nl: str

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


@dataclass
class ImportReport:
    source: str  # "bekwaam" (our own export) or "leap2a" (another system)
    generator: str
    added: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (en, nl): what was adapted
    reused_files: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "generator": self.generator,
            "added": dict(sorted(self.added.items())),
            "reused_files": self.reused_files,
            "skipped": [dataclasses.asdict(s) for s in self.skipped],
            "notes": [{"message_en": en, "message_nl": nl} for en, nl in self.notes],
        }


@dataclass
class _Entry:
    id: str
    title: str
    types: list[str]
    links: list[tuple[str, str, str]]  # (rel, href, media type)
    dates: dict[str, str]
    categories: list[tuple[str, str, str]]  # (term, scheme, label)
    content: str
    summary: str
    published: str
    record: tuple[str, dict[str, Any]] | None
    persondata: list[tuple[str, str, str]]  # (field, label, value)

    def rel(self, name: str) -> list[str]:
        return [href for rel, href, _t in self.links if _tail(rel) == name]


def _tail(value: str) -> str:
    """'leap2:activity', 'http://terms.leapspecs.org/activity' → 'activity'."""
    value = value.strip().rstrip("/#")
    return re.split(r"[:/#]", value)[-1]


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _is_leap2(ns: str) -> bool:
    # Mahara's sample even names the namespace through web.archive.org; the host decides.
    return "terms.leapspecs.org" in ns


class _TextOf(html.parser.HTMLParser):
    """Plain text of an HTML fragment (type="html" content), paragraphs kept apart."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _clean(text: str) -> str:
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def _text_of(el: ET.Element | None) -> str:
    if el is None:
        return ""
    kind = el.get("type", "text")
    if kind == "xhtml":
        parts: list[str] = []

        def walk(node: ET.Element) -> None:
            _ns, name = _local(node.tag)
            if name in _TextOf.BLOCKS:
                parts.append("\n\n")
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)

        for child in el:
            walk(child)
        return _clean("".join(parts))
    if kind == "html":
        parser = _TextOf()
        parser.feed(el.text or "")
        return _clean("".join(parser.parts))
    return (el.text or "").replace("\r\n", "\n")


def _first_text(node: ET.Element, name: str) -> str:
    el = node.find(_q(ATOM, name))
    return (el.text or "").strip() if el is not None else ""


def _parse_entry(node: ET.Element) -> _Entry:
    def first(name: str) -> ET.Element | None:
        return node.find(_q(ATOM, name))

    types: list[str] = []
    links: list[tuple[str, str, str]] = []
    dates: dict[str, str] = {}
    categories: list[tuple[str, str, str]] = []
    persondata: list[tuple[str, str, str]] = []
    record = None
    for child in node:
        ns, name = _local(child.tag)
        if ns == RDF and name == "type":
            types.append(_tail(child.get(_q(RDF, "resource"), "")))
        elif ns == ATOM and name == "link":
            links.append((child.get("rel", ""), child.get("href", ""), child.get("type", "")))
        elif ns == ATOM and name == "category":
            categories.append((child.get("term", ""), child.get("scheme", ""), child.get("label", "")))
        elif _is_leap2(ns) and name == "date":
            point = next((v for k, v in child.attrib.items() if _local(k)[1] == "point"), "")
            label = next((v for k, v in child.attrib.items() if _local(k)[1] == "label"), "")
            dates[point] = (child.text or label or "").strip()
        elif _is_leap2(ns) and name == "persondata":
            f_name = next((v for k, v in child.attrib.items() if _local(k)[1] == "field"), "")
            label = next((v for k, v in child.attrib.items() if _local(k)[1] == "label"), "")
            persondata.append((f_name, label, (child.text or "").strip()))
        elif ns == BEKWAAM and name == "record":
            record = (child.get("type", ""), _read_fields(child))
    title_el = first("title")
    content = first("content")
    if content is not None and content.get("src"):  # out-of-line content: a file
        links.append(("enclosure", content.get("src", ""), content.get("type", "")))
        content = None
    return _Entry(
        id=_first_text(node, "id"),
        title=_clean(_text_of(title_el)) if title_el is not None else "",
        types=types,
        links=links,
        dates=dates,
        categories=categories,
        content=_text_of(content),
        summary=_text_of(first("summary")),
        published=_first_text(node, "published") or _first_text(node, "updated"),
        record=record,
        persondata=persondata,
    )


def _date(text: str) -> dt.date | None:
    match = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", text or "")
    if not match:
        return None
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return day if vocab.EARLIEST_DATE <= day <= vocab.LATEST_DATE else None


def parse_feed(data: bytes) -> tuple[ET.Element, list[_Entry]]:
    """Parse leap2a.xml safely; ExportError for hostile or malformed XML."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise ExportError(
            "xml_entities",
            "The Leap2A file declares a DTD or XML entities; that is refused (it could expand without end or "
            "read files from this computer).",
            "Het Leap2A-bestand bevat een DTD of XML-entiteiten; dat wordt geweigerd (die kunnen eindeloos "
            "uitdijen of bestanden van deze computer lezen).",
        ) from None
    except ET.ParseError as exc:
        raise ExportError("xml_invalid", f"leap2a.xml is not well-formed XML ({exc}).",
                          f"leap2a.xml is geen geldige XML ({exc}).") from None
    if root.tag != _q(ATOM, "feed"):
        raise ExportError("not_leap2a", "leap2a.xml is not an Atom feed, so it is not Leap2A.",
                          "leap2a.xml is geen Atom-feed en dus geen Leap2A.")
    return root, [_parse_entry(e) for e in root.findall(_q(ATOM, "entry"))]


def _skip(report: ImportReport, entry: _Entry, reason: str, en: str, nl: str) -> None:
    report.skipped.append(Skipped(entry.id, entry.title, reason, en, nl))


_TYPE_NAMES = {
    "selection": ("a page or collection", "een pagina of verzameling"),
    "plan": ("a plan", "een plan"),
    "entry": ("a journal entry", "een dagboekbericht"),
    "ability": ("an ability", "een vaardigheid"),
    "achievement": ("an achievement", "een prestatie"),
    "affiliation": ("an affiliation", "een lidmaatschap"),
    "meeting": ("a meeting", "een bijeenkomst"),
    "organization": ("an organisation", "een organisatie"),
    "person": ("a person", "een persoon"),
    "publication": ("a publication", "een publicatie"),
    "resource": ("a file", "een bestand"),
}


class _Importer:
    def __init__(self, services: Services, source: Path, progress: ProgressFn | None, cancel: CancelFn | None,
                 lang: str = "nl"):
        self.services = services
        self.portfolio = services.portfolio
        self.source = Path(source)
        self.steps = Steps(progress, cancel, {"read": 1, "plan": 1, "files": 8, "save": 1})
        self.zip: SafeZip | None = None
        self.batch = ImportBatch()
        self.new_blobs: list[str] = []
        self.tx = ExportTranslator(lang)

    def run(self) -> ImportReport:
        self.steps.phase("read", 1, self.tx.translate("Interchange", "Reading the file"))
        data = self._read_xml()
        root, entries = parse_feed(data)
        generator_el = root.find(_q(ATOM, "generator"))
        generator = (generator_el.text or "").strip() if generator_el is not None else ""
        ours = any(e.record is not None for e in entries)
        report = ImportReport("bekwaam" if ours else "leap2a", generator)
        feed_id_el = root.find(_q(ATOM, "id"))
        self.batch.provenance = {
            "file": self.source.name,
            "feed_id": (feed_id_el.text or "").strip() if feed_id_el is not None else "",
            "generator": generator,
            "source": report.source,
            "entries": {},
        }
        self.steps.phase("plan", 1, self.tx.translate("Interchange", "Matching the entries"))
        files = self._plan_ours(entries, report) if ours else self._plan_other(entries, report)
        try:
            self._store_files(files, report)
            self.steps.phase("save", 1, self.tx.translate("Interchange", "Saving"))
            report.added = self.batch.count()
            if self.batch.records:
                apply_import(self.portfolio, self.batch)
        except BaseException:
            for sha in self.new_blobs:
                self.services.blobs.remove(sha)
            raise
        self.steps.finish(self.tx.translate("Interchange", "Import finished"))
        return report

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    # ------------------------------------------------------------------ reading

    def _read_xml(self) -> bytes:
        if not self.source.is_file():
            raise ExportError("file_missing", f"{self.source} does not exist.", f"{self.source} bestaat niet.")
        if self.source.suffix.lower() == ".xml":
            if self.source.stat().st_size > MAX_XML_BYTES:
                raise ExportError("xml_too_large", f"{self.source.name} is larger than {MAX_XML_BYTES} bytes.",
                                  f"{self.source.name} is groter dan {MAX_XML_BYTES} bytes.")
            return self.source.read_bytes()
        self.zip = SafeZip(self.source, IMPORT_LIMITS)
        if XML_NAME not in self.zip:
            raise ExportError("no_leap2a_xml",
                              f"{self.source.name} has no leap2a.xml at its root, so it is not a Leap2A export.",
                              f"{self.source.name} heeft geen leap2a.xml in de hoofdmap en is dus geen Leap2A-export.")
        return self.zip.read(XML_NAME, MAX_XML_BYTES)

    def _enclosure(self, entry: _Entry) -> tuple[str, str] | None:
        for rel, href, media in entry.links:
            if _tail(rel) == "enclosure" and href:
                return href, media
        return None

    def _member(self, href: str) -> str | None:
        """The zip entry an enclosure names, or None when it is not in the archive."""
        if self.zip is None:
            return None
        from urllib.parse import unquote

        from desktop.export.archive import safe_name

        for candidate in (href, unquote(href)):
            try:
                name = safe_name(candidate)
            except ExportError:
                return None
            if name in self.zip:
                return name
        return None

    # ------------------------------------------------------------------ our own export

    def _plan_ours(self, entries: list[_Entry], report: ImportReport) -> list[tuple[_Entry, vocab.Evidence, str]]:
        parsed: list[tuple[_Entry, vocab.Record]] = []
        for entry in entries:
            if entry.record is None:
                _skip(report, entry, "unknown_entry", "Not a Bekwaam record.", "Geen Bekwaam-gegeven.")
                continue
            kind, data = entry.record
            cls = RECORD_CLASSES.get(kind)
            if cls is None:
                _skip(report, entry, "unknown_record", f"Unknown record type {kind!r}.",
                      f"Onbekend soort gegeven {kind!r}.")
                continue
            try:
                parsed.append((entry, cls.from_dict(data).check()))
            except vocab.ValidationError as exc:
                _skip(report, entry, "invalid_record", f"Not valid: {exc.message('en')}",
                      f"Niet geldig: {exc.message('nl')}")
        existing = known_ids(self.portfolio, [str(r.id) for _e, r in parsed])
        by_sha = evidence_ids_by_sha(self.portfolio)
        files: list[tuple[_Entry, vocab.Evidence, str]] = []
        evidence_map: dict[str, str] = {}  # imported evidence id -> id used here
        new_activities: set[str] = set()
        order: dict[str, list[str]] = {}
        for entry, record in parsed:
            rid = str(record.id)
            if isinstance(record, vocab.Profile):
                if profile_is_empty(self.portfolio):
                    self.batch.records.append(record)
                    self.batch.provenance["entries"][rid] = entry.id
                else:
                    _skip(report, entry, "profile_kept",
                          "Your own name and register details were kept.",
                          "Uw eigen naam en registratiegegevens zijn behouden.")
                continue
            if rid in existing:
                _skip(report, entry, "already_present", "Already in this portfolio.", "Staat al in dit portfolio.")
                continue
            if isinstance(record, vocab.Evidence):
                if record.sha256 in by_sha:
                    evidence_map[record.id] = by_sha[record.sha256]
                    report.reused_files += 1
                    continue
                enclosure = self._enclosure(entry)
                member = self._member(enclosure[0]) if enclosure else None
                if member is None:
                    _skip(report, entry, "file_missing",
                          "Its file is not in the archive.", "Het bestand zit niet in het archief.")
                    continue
                evidence_map[record.id] = record.id
                files.append((entry, dataclasses.replace(record, activity_ids=()), member))
                continue
            if isinstance(record, vocab.Activity):
                new_activities.add(record.id)
                order[record.id] = [_record_id(h) for h in entry.rel("has_evidence")]
            self.batch.records.append(record)
            self.batch.provenance["entries"][rid] = entry.id
        for activity_id in sorted(new_activities):
            linked = [evidence_map[e] for e in order.get(activity_id, []) if e in evidence_map]
            if linked:
                self.batch.links[activity_id] = list(dict.fromkeys(linked))
        # reflections whose activity is not coming in (and not here) cannot be kept
        have = new_activities | known_ids(self.portfolio, [r.activity_id for r in self._reflections() if
                                                            r.activity_id])
        cycles = {str(r.id) for r in self.batch.records if isinstance(r, vocab.Cycle)} | known_ids(
            self.portfolio, [r.cycle_id for r in self._reflections() if r.cycle_id])
        for r in list(self._reflections()):
            if (r.activity_id and r.activity_id not in have) or (r.cycle_id and r.cycle_id not in cycles):
                self.batch.records.remove(r)
                report.skipped.append(Skipped(_entry_id(r.id), "", "orphan_reflection",
                                              "The activity this reflection belongs to is not in the file.",
                                              "De activiteit waar deze reflectie bij hoort, zit niet in het bestand."))
        return files

    def _reflections(self) -> list[vocab.Reflection]:
        return [r for r in self.batch.records if isinstance(r, vocab.Reflection)]

    # ------------------------------------------------------------------ another system's export

    def _plan_other(self, entries: list[_Entry], report: ImportReport) -> list[tuple[_Entry, vocab.Evidence, str]]:
        activities: dict[str, vocab.Activity] = {}
        files: list[tuple[_Entry, vocab.Evidence, str]] = []
        evidence_of: dict[str, str] = {}  # entry id -> evidence record id
        pending_links: list[tuple[str, str]] = []  # (activity entry id, resource entry id)
        cycle = self.portfolio.current_cycle()
        by_id = {e.id: e for e in entries}
        reflections: dict[str, list[str]] = {}
        for entry in entries:
            self.steps.check()
            kind = entry.types[0] if entry.types else "entry"
            if kind == "activity":
                activity = self._foreign_activity(entry, report)
                if activity is not None:
                    activities[entry.id] = activity
                    pending_links += [(entry.id, h) for h in entry.rel("has_evidence")]
                continue
            if kind in ("resource", "publication"):
                enclosure = self._enclosure(entry)
                if enclosure is None:
                    _skip(report, entry, "no_file", "A resource without a file (e.g. a web link) is not evidence here.",
                          "Een bron zonder bestand (bijvoorbeeld een weblink) is hier geen bewijsstuk.")
                    continue
                member = self._member(enclosure[0])
                if member is None:
                    _skip(report, entry, "file_missing",
                          f"Its file {enclosure[0]!r} is not in the archive.",
                          f"Het bestand {enclosure[0]!r} zit niet in het archief.")
                    continue
                filename = (entry.title or Path(member).name).strip()[:255] or Path(member).name
                media = enclosure[1] or mimetypes.guess_type(filename)[0] or "application/octet-stream"
                kind_of = vocab.EvidenceKind.FOTO if media.startswith("image/") else vocab.EvidenceKind.OVERIG
                evidence = vocab.Evidence(sha256="0" * 64, filename=filename, size=0, media_type=media,
                                          kind=kind_of, description=(entry.content or entry.summary)[:2000],
                                          issued_on=_date(entry.published))
                evidence_of[entry.id] = evidence.id
                files.append((entry, evidence, member))
                pending_links += [(h, entry.id) for h in entry.rel("is_evidence_of")]
                continue
            if kind == "entry":
                targets = entry.rel("reflects_on")
                if targets:
                    for t in targets:
                        reflections.setdefault(t, []).append(entry.id)
                    continue
                if cycle is not None and entry.content.strip():
                    reflections.setdefault("cycle", []).append(entry.id)
                    continue
                _skip(report, entry, "journal_entry",
                      "A journal entry that reflects on no activity (and there is no cycle to attach it to).",
                      "Een dagboekbericht dat niet bij een activiteit hoort (en er is geen registratieperiode "
                      "om het aan te koppelen).")
                continue
            if kind == "person" and any(t == "Self" for t, _s, _l in entry.categories) or (
                    kind == "person" and not entry.categories):
                self._foreign_person(entry, report)
                continue
            en, nl = _TYPE_NAMES.get(kind, (f"a {kind}", f"een {kind}"))
            _skip(report, entry, "not_supported", f"This is {en}; Bekwaam has no place for it.",
                  f"Dit is {nl}; daar heeft Bekwaam geen plek voor.")
        self.batch.records.extend(activities.values())
        for a in activities.values():
            self.batch.provenance["entries"][a.id] = next(k for k, v in activities.items() if v is a)
        for activity_entry, resource_entry in pending_links:
            activity = activities.get(activity_entry)
            evidence_id = evidence_of.get(resource_entry)
            if activity is not None and evidence_id is not None:
                linked = self.batch.links.setdefault(activity.id, [])
                if evidence_id not in linked:
                    linked.append(evidence_id)
        for target, entry_ids in reflections.items():
            texts = [by_id[i].content.strip() or by_id[i].summary.strip() for i in entry_ids]
            text = "\n\n".join(t for t in texts if t)[: vocab.MAX_TEXT_LENGTH]
            if not text:
                continue
            if target == "cycle" and cycle is not None:
                self.batch.records.append(vocab.Reflection(model=vocab.ReflectionModelId.VRIJ,
                                                           answers={"tekst": text}, cycle_id=cycle.id))
                report.notes.append(("Journal entries without an activity became a reflection on your current cycle.",
                                     "Dagboekberichten zonder activiteit zijn een reflectie op uw huidige "
                                     "registratieperiode geworden."))
            elif target in activities:
                self.batch.records.append(vocab.Reflection(model=vocab.ReflectionModelId.VRIJ,
                                                           answers={"tekst": text},
                                                           activity_id=activities[target].id))
            else:
                for i in entry_ids:
                    _skip(report, by_id[i], "orphan_reflection", "It reflects on something that was not imported.",
                          "Het gaat over iets dat niet is geïmporteerd.")
        return files

    def _foreign_activity(self, entry: _Entry, report: ImportReport) -> vocab.Activity | None:
        start = _date(entry.dates.get("start", "")) or _date(entry.published)
        if start is None:
            _skip(report, entry, "no_date", "An activity without a start date.", "Een activiteit zonder begindatum.")
            return None
        end = _date(entry.dates.get("end", ""))
        if end is not None and end < start:
            end = None
        domains = []
        for term, _scheme, label in entry.categories:
            for d in vocab.Domain:
                if term.lower() in (d.value, d.label("nl").lower(), d.label("en").lower()) or (
                        label and label.lower() in (d.label("nl").lower(), d.label("en").lower())):
                    if d not in domains:
                        domains.append(d)
        if not domains:
            domains = [vocab.Domain.PROFESSIONEEL_HANDELEN]
        title = (entry.title or "").strip()[: vocab.MAX_TITLE_LENGTH] or "—"
        activity = vocab.Activity(
            title=title,
            type=vocab.ActivityType.BUITEN_SCHOOL,
            start=start,
            end=end,
            domains=tuple(domains),
            content=entry.content[: vocab.MAX_TEXT_LENGTH],
            contribution=entry.summary[: vocab.MAX_TEXT_LENGTH],
            status=vocab.ActivityStatus.PLANNED,
            origin=vocab.Origin.IMPORT,
        )
        issues = activity.validate()
        if issues:
            _skip(report, entry, "invalid_record", "; ".join(i.message_en for i in issues),
                  "; ".join(i.message_nl for i in issues))
            return None
        report.notes.append((
            f"{title}: imported as planned; fill in its type, hours and domain to let it count.",
            f"{title}: als gepland geïmporteerd; vul soort, uren en bekwaamheidsdomein in om het mee te laten tellen.",
        ))
        return activity

    def _foreign_person(self, entry: _Entry, report: ImportReport) -> None:
        data = {f: v for f, _label, v in entry.persondata if v}
        name = data.get("full_name") or " ".join(
            x for x in (data.get("legal_given_name") or data.get("preferred_given_name"),
                        data.get("legal_family_name") or data.get("preferred_family_name")) if x
        ) or entry.title
        if not name.strip():
            _skip(report, entry, "not_supported", "A person without a name.", "Een persoon zonder naam.")
            return
        if not profile_is_empty(self.portfolio):
            _skip(report, entry, "profile_kept", "Your own name and details were kept.",
                  "Uw eigen naam en gegevens zijn behouden.")
            return
        current = self.portfolio.profile() or vocab.Profile()
        profile = dataclasses.replace(current, name=name.strip()[:200], email=data.get("email", current.email)[:200])
        issues = profile.validate()
        if issues:
            _skip(report, entry, "invalid_record", "; ".join(i.message_en for i in issues),
                  "; ".join(i.message_nl for i in issues))
            return
        self.batch.records.append(profile)

    # ------------------------------------------------------------------ files

    def _store_files(self, files: list[tuple[_Entry, vocab.Evidence, str]], report: ImportReport) -> None:
        """Store each file streaming; our own records must match their SHA-256."""
        assert self.zip is not None or not files
        self.steps.phase("files", len(files), self.tx.translate("Interchange", "Storing the files"))
        by_sha = evidence_ids_by_sha(self.portfolio)
        seen: dict[str, str] = {}
        remap: dict[str, str] = {}
        for entry, evidence, member in files:
            assert self.zip is not None
            ours = entry.record is not None
            with self.zip.open(member) as stream:
                try:
                    stored = self.services.blobs.put_stream(
                        stream, self.zip.size(member), cancel=lambda: (self.steps.check(), False)[1],
                        expected_sha256=evidence.sha256 if ours else None)
                except EvidenceCorrupted:
                    _skip(report, entry, "hash_mismatch", "Its file does not match the SHA-256 recorded for it.",
                          "Het bestand klopt niet met de SHA-256 die ervoor is vastgelegd.")
                    self._drop_links(evidence.id)
                    self.steps.advance()
                    continue
            if not stored.existed:
                self.new_blobs.append(stored.sha256)
            if stored.sha256 in by_sha or stored.sha256 in seen:
                # the same content is here (or in this import) already: link that record instead
                remap[evidence.id] = by_sha.get(stored.sha256) or seen[stored.sha256]
                report.reused_files += 1
            else:
                seen[stored.sha256] = evidence.id
                if not ours:
                    evidence = dataclasses.replace(evidence, sha256=stored.sha256, size=stored.size)
                self.batch.records.append(evidence)
                self.batch.provenance["entries"][evidence.id] = entry.id
            self.steps.advance()
        for activity_id, ids in self.batch.links.items():
            self.batch.links[activity_id] = list(dict.fromkeys(remap.get(i, i) for i in ids))

    def _drop_links(self, evidence_id: str) -> None:
        for activity_id in list(self.batch.links):
            self.batch.links[activity_id] = [i for i in self.batch.links[activity_id] if i != evidence_id]


def import_leap2a(
    services: Services,
    source: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    lang: str = "nl",
) -> ImportReport:
    """Import a Leap2A zip (or a bare leap2a.xml) into the portfolio; all of it or nothing."""
    importer = _Importer(services, source, progress, cancel, lang)
    try:
        return importer.run()
    finally:
        importer.close()


def leap2a_xml_of(path: Path) -> bytes:
    """The leap2a.xml inside an export (for tests and diagnostics), read safely."""
    with SafeZip(path, IMPORT_LIMITS) as z:
        return z.read(XML_NAME, MAX_XML_BYTES)


__all__ = ["ImportReport", "Leap2aExportResult", "Skipped", "export_leap2a", "import_leap2a", "parse_feed"]
