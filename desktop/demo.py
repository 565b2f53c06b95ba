"""A realistic sample portfolio, for `bekwaam --demo`, the benchmarks and large tests.

Deterministic for a given seed: the same call gives the same records (ids included) and the
same evidence bytes. The people, schools and catalogue codes are invented.
"""

from __future__ import annotations

import datetime as dt
import struct
import tempfile
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from random import Random

from desktop.services import Services
from sync import portfolio as vocab

SUBJECTS = ["wiskunde", "Nederlands", "geschiedenis", "biologie", "Engels", "economie", "muziek", "natuurkunde"]
TOPICS = {
    vocab.Domain.VAKINHOUDELIJK: [
        "Nieuwe inzichten in {s}",
        "Verdieping {s}: actuele ontwikkelingen",
        "Masterclass {s}",
        "Vakinhoudelijke bijscholing {s}",
    ],
    vocab.Domain.VAKDIDACTISCH: [
        "Activerende didactiek in de {s}les",
        "Formatief evalueren bij {s}",
        "Differentiëren in de les {s}",
        "Leesvaardigheid en {s}",
    ],
    vocab.Domain.PEDAGOGISCH: [
        "Klassenmanagement en groepsdynamiek",
        "Omgaan met gedragsproblemen",
        "Mentoraat en loopbaanbegeleiding",
        "Passend onderwijs in de praktijk",
    ],
    vocab.Domain.PROFESSIONEEL_HANDELEN: [
        "Intervisie met collega's",
        "Werkgroep onderwijsvernieuwing",
        "Begeleiden van stagiairs",
        "Schoolontwikkeling: kwaliteitszorg",
    ],
}
PROVIDERS = [
    "Hogeschool Utrecht",
    "Fontys Lerarenopleiding",
    "Universiteit Leiden, ICLON",
    "CPS Onderwijsontwikkeling",
    "APS",
    "NVON",
    "Stichting Leerplanontwikkeling",
    "Eigen school",
    "Onderwijscoöperatie",
]
SCHOOLS = [("Het Baarnsch Lyceum", "Baarn", "12AB"), ("Stedelijk College Eindhoven", "Eindhoven", "34CD")]


@dataclass(frozen=True)
class DemoSize:
    activities: int
    evidence_files: int
    years: int


# About 20 activities a year, most of them short (intervisie, a team meeting, a study day),
# which gives some 60 RU a year: a teacher two years into a cycle is well on the way to the
# 160 RU of herregistratie but not there yet, which is what the overview should show.
DEMO = DemoSize(activities=200, evidence_files=60, years=10)
BENCH = DemoSize(activities=10_000, evidence_files=2_000, years=12)


def _png(rng: Random, width: int, height: int) -> bytes:
    """A valid PNG of coloured noise bands (no imaging library needed)."""
    base = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        shade = (y * 255) // max(1, height - 1)
        row = bytes(((base[0] + shade) % 256, base[1], (base[2] + x) % 256)[i] for x in range(width) for i in range(3))
        rows += row

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(
        b"IEND", b""
    )


def _pdf(title: str, lines: list[str], padding: int = 0) -> bytes:
    """A valid one-page PDF certificate with real text (Helvetica, Latin-1)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = ["BT", "/F1 20 Tf", "72 760 Td", f"({esc(title)}) Tj", "/F1 12 Tf"]
    for line in lines:
        text += ["0 -22 Td", f"({esc(line)}) Tj"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    if padding:
        out += b"%" + b"x" * padding + b"\n"  # a comment: makes larger files that stay valid
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _uuid(rng: Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_activities(size: DemoSize, rng: Random, today: dt.date, teacher_subject: str) -> list[vocab.Activity]:
    first = today.replace(year=today.year - size.years)
    span = (today - first).days + 120
    out = []
    for _ in range(size.activities):
        start = first + dt.timedelta(days=rng.randrange(span))
        a_type = rng.choices(
            list(vocab.ActivityType), weights=[0.4, 6, 12, 4, 45, 10, 24], k=1
        )[0]
        length = {vocab.ActivityType.OPLEIDING: 300, vocab.ActivityType.CURSUS: 60}.get(a_type, 1)
        end = start + dt.timedelta(days=rng.randrange(length)) if length > 1 else None
        main = rng.choice(list(vocab.Domain))
        domains = [main]
        if rng.random() < 0.25:
            other = rng.choice([d for d in vocab.Domain if d is not main])
            domains.append(other)
        title = rng.choice(TOPICS[main]).format(s=teacher_subject)
        # Hours as teachers report them (contact, self-study): a programme of study is rare and
        # large, a course a few evenings, most activities inside the school an hour or two.
        hours = {
            vocab.ActivityType.OPLEIDING: [(40, 80), (24, 56), (30, 90)],
            vocab.ActivityType.CURSUS: [(6, 4), (12, 8), (3, 2), (9, 6)],
            vocab.ActivityType.STUDIEDAG: [(4, 0), (6, 1), (5.5, 0.5)],
            vocab.ActivityType.CONFERENTIE: [(6, 0), (8, 2), (5, 1)],
            vocab.ActivityType.BINNEN_SCHOOL: [(1.5, 0), (2, 0), (1, 0.5), (3, 1)],
            vocab.ActivityType.BUITEN_SCHOOL: [(2, 1), (3, 0), (2.5, 0)],
            vocab.ActivityType.ZELFSTUDIE: [(0, 2), (0, 4), (0, 3)],
        }[a_type]
        contact, self_study = rng.choice(hours)
        planned = start > today
        pre_2017 = start < dt.date(2017, 1, 1)
        sbl: tuple[vocab.SblCompetence, ...] = ()
        if pre_2017 and rng.random() < 0.6:
            sbl = tuple(rng.sample(list(vocab.SblCompetence), k=rng.choice([1, 1, 2])))
        validated = None
        if pre_2017 and contact + self_study > 3 and rng.random() < 0.35:
            validated = f"RL-{start.year}-{rng.randrange(10000, 99999)}"
        out.append(
            vocab.Activity(
                title=title,
                type=a_type,
                start=start,
                end=end,
                contact_hours=float(contact),
                self_study_hours=float(self_study),
                domains=tuple(domains),
                sbl_competences=sbl,
                provider=rng.choice(PROVIDERS),
                content=f"{title}. Bijeenkomsten met opdrachten tussendoor; afgesloten met een eindopdracht.",
                contribution="Ik pas het geleerde toe in mijn lessen en deel het in de sectie.",
                validated_code=validated,
                status=vocab.ActivityStatus.PLANNED if planned else vocab.ActivityStatus.COMPLETED,
                origin=vocab.Origin.TRANSFER if validated else vocab.Origin.LOCAL,
                id=_uuid(rng),
            )
        )
    return out


REFLECTION_TEXTS = {
    "tekst": "Ik heb geleerd mijn instructie korter te maken; leerlingen gaan sneller aan de slag.",
    "handelen": "Ik probeerde in klas 3 een nieuwe werkvorm uit.",
    "terugblikken": "De leerlingen waren actiever dan anders, maar de nabespreking schoot erbij in.",
    "bewustwording": "Ik merk dat ik te veel zelf wil uitleggen.",
    "alternatieven": "Vaker werken met wisbordjes en korte checks.",
    "uitproberen": "Volgende periode plan ik elke les een check in.",
    "situatie": "Een les in havo 4 over een lastig onderwerp.",
    "taak": "De stof begrijpelijk maken voor een gemengde groep.",
    "actie": "Ik gebruikte een uitgewerkt voorbeeld en daarna oefenen in tweetallen.",
    "resultaat": "De toets ging beter dan vorig jaar.",
    "reflectie": "Het uitgewerkte voorbeeld werkte; de tweetallen minder.",
    "transfer": "Ik gebruik uitgewerkte voorbeelden nu ook in de bovenbouw.",
}


def generate_portfolio(
    services: Services,
    activities: int = DEMO.activities,
    evidence_files: int = DEMO.evidence_files,
    years: int = DEMO.years,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    big_file_every: int = 0,
) -> list[vocab.Activity]:
    """Fill an empty portfolio with a teacher's dossier, activities, evidence and reflections.

    `big_file_every`: every n-th evidence file is a few MB (mixed sizes for the benchmarks).
    """
    rng = Random(seed)
    today = today or dt.date.today()
    svc = services.portfolio
    subject = rng.choice(SUBJECTS)
    svc.set_profile(
        name="Anna de Vries-Öztürk",
        register_number="RL-123456",
        register=vocab.Register.VRIJWILLIG,
        sectors=[vocab.Sector.VO],
        email="a.devries@voorbeeld.nl",
    )
    for name, place, brin in SCHOOLS:
        svc.save_record(vocab.School(name=name, place=place, brin=brin, id=_uuid(rng)))
    svc.save_record(
        vocab.Qualification(
            sector=vocab.Sector.VO,
            subject=subject,
            degree="eerstegraads",
            obtained_on=today.replace(year=today.year - years - 2, month=7, day=1),
            id=_uuid(rng),
        )
    )
    cycle_start = dt.date(today.year - 2, 8, 1)
    for y in range(today.year - years, today.year):
        svc.save_record(
            vocab.WorkPeriod(
                school=SCHOOLS[y % 2][0],
                start=dt.date(y, 8, 1),
                end=dt.date(y + 1, 7, 31),
                hours=float(rng.choice([520, 560, 600, 640])),
                id=_uuid(rng),
            )
        )
    svc.set_cycle(cycle_start, "registerleraar")
    acts = make_activities(DemoSize(activities, evidence_files, years), rng, today, subject)
    total_steps = len(acts) + evidence_files
    svc.create_activities(acts)
    if progress:
        progress(len(acts), total_steps)
    models = list(vocab.REFLECTION_MODELS.values())
    reflections = []
    for a in acts:
        if not a.planned and rng.random() < 0.4:
            model = rng.choice(models)
            answers = {p.id: REFLECTION_TEXTS[p.id] for p in model.prompts if rng.random() < 0.9}
            reflections.append((a.id, model.id, answers))
    svc.set_reflections(reflections)
    completed = [a for a in acts if not a.planned] or acts
    with tempfile.TemporaryDirectory(prefix="bekwaam-demo-") as tmp:
        folder = Path(tmp)
        for i in range(evidence_files):
            a = completed[rng.randrange(len(completed))]
            if i % 3 == 2:
                kind = vocab.EvidenceKind.FOTO
                name = f"foto-{i:04d}.png"
                data = _png(rng, rng.choice([64, 96, 160]), rng.choice([48, 72, 120]))
            else:
                kind = rng.choice([vocab.EvidenceKind.CERTIFICAAT, vocab.EvidenceKind.DEELNAME])
                name = f"certificaat-{i:04d}.pdf"
                padding = rng.randrange(1000, 60_000)
                if big_file_every and i % big_file_every == 0:
                    padding = rng.randrange(2_000_000, 6_000_000)
                data = _pdf(
                    "Certificaat" if kind is vocab.EvidenceKind.CERTIFICAAT else "Bewijs van deelname",
                    [
                        "Anna de Vries-Ozturk heeft deelgenomen aan:",
                        a.title.encode("latin-1", "replace").decode("latin-1"),
                        f"Datum: {a.start.isoformat()}   Omvang: {a.ru:g} uur",
                        a.provider.encode("latin-1", "replace").decode("latin-1"),
                    ],
                    padding,
                )
            path = folder / name
            path.write_bytes(data)
            svc.attach_evidence(a.id, path, kind=kind, issued_on=a.effective_end, description=a.provider)
            path.unlink()
            if progress:
                progress(len(acts) + i + 1, total_steps)
    return acts
