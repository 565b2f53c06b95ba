"""The portfolio's vocabulary: records, enumerations with Dutch and English labels, validation.

Shared by the desktop app and the register server. Nothing here imports Qt or desktop/.
Labels are data (Dutch first, English second); the app maps stable ids to labels, never the
other way round, so an id written today still reads in ten years.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Self

# Bounds that catch typing errors without refusing real activities: a whole master's
# programme (opleiding) is about 1680 study hours (60 EC x 28 h).
MAX_ACTIVITY_HOURS = 2000.0
MAX_WORK_PERIOD_HOURS = 10000.0
MAX_TITLE_LENGTH = 300
MAX_TEXT_LENGTH = 20000
EARLIEST_DATE = dt.date(1990, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


#: Dutch and English labels per enumeration and stable id (kept outside the enums so that
#: they are not mistaken for members).
_LABELS: dict[type[enum.Enum], dict[str, tuple[str, str]]] = {}


class LabelledEnum(enum.StrEnum):
    """A str enum whose members carry a Dutch and an English label."""

    def label(self, lang: str = "nl") -> str:
        nl, en = _LABELS[type(self)][self.value]
        return en if lang == "en" else nl

    @classmethod
    def ids(cls) -> list[str]:
        return [m.value for m in cls]

    @classmethod
    def parse(cls, value: str) -> Self:
        """Accept the stable id (case-insensitive, '-' or '_'); raise ValueError naming the choices."""
        key = value.strip().lower().replace("-", "_")
        try:
            return cls(key)
        except ValueError:
            raise ValueError(
                f"unknown {cls.__name__} {value!r}; choose one of: {', '.join(cls.ids())}"
            ) from None


class ActivityType(LabelledEnum):
    """Registerleraar's seven kinds of professionalisation activity."""

    OPLEIDING = "opleiding"
    CURSUS = "cursus"
    STUDIEDAG = "studiedag"
    CONFERENTIE = "conferentie"
    BINNEN_SCHOOL = "binnen_school"
    BUITEN_SCHOOL = "buiten_school"
    ZELFSTUDIE = "zelfstudie"


_LABELS[ActivityType] = {
    "opleiding": ("Opleiding", "Programme of study"),
    "cursus": ("Cursus", "Course"),
    "studiedag": ("Studiedag", "Study day"),
    "conferentie": ("Conferentie", "Conference"),
    "binnen_school": ("Overige activiteit binnen de school", "Other activity within the school"),
    "buiten_school": ("Overige activiteit buiten de school", "Other activity outside the school"),
    "zelfstudie": ("Professionele zelfstudie", "Professional self-study"),
}


class Domain(LabelledEnum):
    """Bekwaamheidsdomeinen (competence domains) of 2017, plus professioneel handelen."""

    VAKINHOUDELIJK = "vakinhoudelijk"
    VAKDIDACTISCH = "vakdidactisch"
    PEDAGOGISCH = "pedagogisch"
    PROFESSIONEEL_HANDELEN = "professioneel_handelen"


_LABELS[Domain] = {
    "vakinhoudelijk": ("Vakinhoudelijk", "Subject knowledge"),
    "vakdidactisch": ("Vakdidactisch", "Subject pedagogy"),
    "pedagogisch": ("Pedagogisch", "Pedagogy"),
    "professioneel_handelen": ("Professioneel handelen", "Professional practice"),
}

#: The primary process (primair proces): teaching itself, as opposed to school development.
PRIMARY_DOMAINS: frozenset[Domain] = frozenset(
    {Domain.VAKINHOUDELIJK, Domain.VAKDIDACTISCH, Domain.PEDAGOGISCH}
)


class SblCompetence(LabelledEnum):
    """The seven SBL competences of 2006, carried by entries from before 2017."""

    INTERPERSOONLIJK = "sbl1_interpersoonlijk"
    PEDAGOGISCH = "sbl2_pedagogisch"
    VAKINHOUDELIJK_DIDACTISCH = "sbl3_vakinhoudelijk_didactisch"
    ORGANISATORISCH = "sbl4_organisatorisch"
    COLLEGAS = "sbl5_samenwerken_collegas"
    OMGEVING = "sbl6_samenwerken_omgeving"
    REFLECTIE = "sbl7_reflectie_ontwikkeling"

    @property
    def number(self) -> int:
        return int(self.value[3])


_LABELS[SblCompetence] = {
    "sbl1_interpersoonlijk": ("1. Interpersoonlijk competent", "1. Interpersonal competence"),
    "sbl2_pedagogisch": ("2. Pedagogisch competent", "2. Pedagogical competence"),
    "sbl3_vakinhoudelijk_didactisch": (
        "3. Vakinhoudelijk en didactisch competent",
        "3. Subject-matter and didactic competence",
    ),
    "sbl4_organisatorisch": ("4. Organisatorisch competent", "4. Organisational competence"),
    "sbl5_samenwerken_collegas": (
        "5. Competent in samenwerken met collega's",
        "5. Competence in working with colleagues",
    ),
    "sbl6_samenwerken_omgeving": (
        "6. Competent in samenwerken met de omgeving",
        "6. Competence in working with the environment",
    ),
    "sbl7_reflectie_ontwikkeling": (
        "7. Competent in reflectie en ontwikkeling",
        "7. Competence in reflection and development",
    ),
}


class Sector(LabelledEnum):
    PO = "po"
    SO = "so"
    VO = "vo"
    MBO = "mbo"


_LABELS[Sector] = {
    "po": ("Primair onderwijs (PO)", "Primary education (PO)"),
    "so": ("Speciaal onderwijs (SO)", "Special education (SO)"),
    "vo": ("Voortgezet onderwijs (VO)", "Secondary education (VO)"),
    "mbo": ("Middelbaar beroepsonderwijs (MBO)", "Vocational education (MBO)"),
}


class EvidenceKind(LabelledEnum):
    CERTIFICAAT = "certificaat"
    DEELNAME = "deelnamebewijs"
    DIPLOMA = "diploma"
    PROGRAMMA = "programma"
    LESMATERIAAL = "lesmateriaal"
    FEEDBACK = "feedback"
    FOTO = "foto"
    OVERIG = "overig"


_LABELS[EvidenceKind] = {
    "certificaat": ("Certificaat", "Certificate"),
    "deelnamebewijs": ("Bewijs van deelname", "Proof of attendance"),
    "diploma": ("Diploma", "Diploma"),
    "programma": ("Programma", "Programme"),
    "lesmateriaal": ("Lesmateriaal", "Lesson material"),
    "feedback": ("Feedback", "Feedback"),
    "foto": ("Foto", "Photo"),
    "overig": ("Overig", "Other"),
}


class ActivityStatus(LabelledEnum):
    PLANNED = "gepland"
    COMPLETED = "afgerond"


_LABELS[ActivityStatus] = {
    "gepland": ("Gepland", "Planned"),
    "afgerond": ("Afgerond", "Completed"),
}


class Origin(LabelledEnum):
    """Where an activity came from; kept as provenance, never rewritten."""

    LOCAL = "lokaal"
    CATALOGUE = "catalogus"
    TRANSFER = "overgedragen"
    IMPORT = "geimporteerd"


_LABELS[Origin] = {
    "lokaal": ("Hier ingevoerd", "Entered here"),
    "catalogus": ("Uit de catalogus", "From the catalogue"),
    "overgedragen": ("Overgedragen uit het vrijwillig register", "Transferred from the voluntary register"),
    "geimporteerd": ("Geïmporteerd", "Imported"),
}


class Register(LabelledEnum):
    VRIJWILLIG = "vrijwillig"
    LERARENREGISTER = "lerarenregister"


_LABELS[Register] = {
    "vrijwillig": ("Registerleraar (vrijwillig register)", "Registerleraar (voluntary register)"),
    "lerarenregister": ("Lerarenregister", "Teacher register"),
}


class ReflectionModelId(LabelledEnum):
    VRIJ = "vrij"
    ALACT = "alact"
    STARR = "starr"


_LABELS[ReflectionModelId] = {
    "vrij": ("Vrij", "Free"),
    "alact": ("ALACT (Korthagen)", "ALACT (Korthagen)"),
    "starr": ("STARR(T)", "STARR(T)"),
}


# --------------------------------------------------------------------------- reflection models


@dataclass(frozen=True)
class Prompt:
    id: str
    label_nl: str
    label_en: str
    help_nl: str
    help_en: str

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" else self.label_nl

    def help(self, lang: str = "nl") -> str:
        return self.help_en if lang == "en" else self.help_nl


@dataclass(frozen=True)
class ReflectionModel:
    id: ReflectionModelId
    prompts: tuple[Prompt, ...]
    description_nl: str
    description_en: str

    def description(self, lang: str = "nl") -> str:
        return self.description_en if lang == "en" else self.description_nl


def _load_reflection_models() -> dict[ReflectionModelId, ReflectionModel]:
    raw = json.loads(
        resources.files("sync").joinpath("data/reflection_models.json").read_text("utf-8")
    )
    models = {}
    for item in raw["models"]:
        mid = ReflectionModelId(item["id"])
        models[mid] = ReflectionModel(
            id=mid,
            description_nl=item["description"]["nl"],
            description_en=item["description"]["en"],
            prompts=tuple(
                Prompt(
                    id=p["id"],
                    label_nl=p["label"]["nl"],
                    label_en=p["label"]["en"],
                    help_nl=p["help"]["nl"],
                    help_en=p["help"]["en"],
                )
                for p in item["prompts"]
            ),
        )
    return models


REFLECTION_MODELS: dict[ReflectionModelId, ReflectionModel] = _load_reflection_models()


# --------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class ValidationIssue:
    """One problem with a record: the field, a stable code, and a message in both languages."""

    field: str
    code: str
    message_nl: str
    message_en: str

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class ValidationError(ValueError):
    """Raised when a record is not valid; carries every issue, not only the first."""

    def __init__(self, issues: Iterable[ValidationIssue]):
        self.issues = list(issues)
        super().__init__("; ".join(f"{i.field}: {i.message_en}" for i in self.issues))

    def message(self, lang: str = "nl") -> str:
        return "; ".join(i.message(lang) for i in self.issues)


def _hours_issues(name: str, value: float, maximum: float, nl: str, en: str) -> list[ValidationIssue]:
    if value != value or value in (float("inf"), float("-inf")):  # NaN or infinite
        return [ValidationIssue(name, "hours_invalid", f"{nl} is geen getal.", f"{en} is not a number.")]
    if value < 0:
        return [
            ValidationIssue(
                name,
                "hours_negative",
                f"{nl} kan niet negatief zijn.",
                f"{en} cannot be negative.",
            )
        ]
    if value > maximum:
        return [
            ValidationIssue(
                name,
                "hours_too_large",
                f"{nl} ({value:g}) is meer dan {maximum:g}; klopt dat?",
                f"{en} ({value:g}) is more than {maximum:g}; is that right?",
            )
        ]
    if round(value * 100) != value * 100:
        return [
            ValidationIssue(
                name,
                "hours_precision",
                f"{nl}: gebruik hoogstens twee decimalen.",
                f"{en}: use at most two decimals.",
            )
        ]
    return []


def _date_issues(name: str, value: dt.date | None, nl: str, en: str) -> list[ValidationIssue]:
    if value is None:
        return []
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return [
            ValidationIssue(
                name,
                "date_out_of_range",
                f"{nl} ({value.isoformat()}) ligt niet tussen {EARLIEST_DATE.year} en {LATEST_DATE.year}.",
                f"{en} ({value.isoformat()}) is not between {EARLIEST_DATE.year} and {LATEST_DATE.year}.",
            )
        ]
    return []


def _period_issues(start: dt.date | None, end: dt.date | None) -> list[ValidationIssue]:
    if start is not None and end is not None and end < start:
        return [
            ValidationIssue(
                "end",
                "end_before_start",
                "De einddatum ligt vóór de begindatum.",
                "The end date is before the start date.",
            )
        ]
    return []


def _required_text(name: str, value: str, nl: str, en: str, limit: int) -> list[ValidationIssue]:
    if not value or not value.strip():
        return [ValidationIssue(name, "required", f"{nl} is verplicht.", f"{en} is required.")]
    if len(value) > limit:
        return [
            ValidationIssue(
                name,
                "too_long",
                f"{nl} is langer dan {limit} tekens.",
                f"{en} is longer than {limit} characters.",
            )
        ]
    return []


def new_id() -> str:
    """A client-made record id (DESIGN.md §4: every record has a client-made UUID)."""
    return str(uuid.uuid4())


def parse_date(value: str, field_name: str = "date") -> dt.date:
    """Parse YYYY-MM-DD strictly; raise ValidationError with a bilingual message otherwise."""
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except (ValueError, TypeError):
        raise ValidationError(
            [
                ValidationIssue(
                    field_name,
                    "date_invalid",
                    f"'{value}' is geen geldige datum; gebruik JJJJ-MM-DD.",
                    f"'{value}' is not a valid date; use YYYY-MM-DD.",
                )
            ]
        ) from None


# --------------------------------------------------------------------------- records


class Record:
    """Base for records: conversion to and from plain JSON-able dicts (the wire and the history)."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            out[f.name] = _to_plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build a record from plain data (JSON); wrong or missing values raise ValidationError.

        Unknown keys are ignored, so a newer peer's extra fields do not break an older one.
        """
        if not isinstance(data, Mapping):
            raise ValidationError([ValidationIssue("", "not_object", "Geen object.", "Not an object.")])
        kwargs: dict[str, Any] = {}
        issues: list[ValidationIssue] = []
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    issues.append(
                        ValidationIssue(f.name, "required", f"'{f.name}' ontbreekt.", f"'{f.name}' is missing.")
                    )
                continue
            try:
                kwargs[f.name] = _from_plain(str(f.type), data[f.name])
            except (ValueError, TypeError, AttributeError, OverflowError):
                issues.append(
                    ValidationIssue(
                        f.name,
                        "invalid_value",
                        f"'{f.name}' heeft een ongeldige waarde.",
                        f"'{f.name}' has an invalid value.",
                    )
                )
        if issues:
            raise ValidationError(issues)
        return cls(**kwargs)

    def validate(self) -> list[ValidationIssue]:
        return []

    def check(self) -> Self:
        issues = self.validate()
        if issues:
            raise ValidationError(issues)
        return self


def _to_plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


_ENUMS: dict[str, type[LabelledEnum]] = {
    "ActivityType": ActivityType,
    "Domain": Domain,
    "SblCompetence": SblCompetence,
    "Sector": Sector,
    "EvidenceKind": EvidenceKind,
    "ActivityStatus": ActivityStatus,
    "Origin": Origin,
    "Register": Register,
    "ReflectionModelId": ReflectionModelId,
}


def _from_plain(type_name: str, value: Any) -> Any:
    """Convert one plain value to the field's type, strictly: raise ValueError/TypeError."""
    if value is None:
        if type_name.endswith("| None"):
            return None
        raise TypeError("null not allowed")
    if "dt.date" in type_name:
        if isinstance(value, dt.date):
            return value
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError("not a date")
        return dt.date.fromisoformat(value)
    for name, enum_cls in _ENUMS.items():
        if type_name.startswith(("tuple[" + name, "list[" + name)):
            if not isinstance(value, (list, tuple)):
                raise TypeError("not a list")
            return tuple(enum_cls(v) for v in value)
        if type_name == name or type_name.startswith(name + " "):
            return enum_cls(value)
    if type_name.startswith("tuple[str"):
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise TypeError("not a list of text")
        return tuple(value)
    if type_name.startswith("dict[str, str]"):
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise TypeError("not an object of text")
        return dict(value)
    if type_name == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError("not a number")
        return float(value)
    if type_name == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("not an integer")
        return value
    if type_name.startswith("str") and not isinstance(value, str):
        raise TypeError("not text")
    return value


@dataclass(frozen=True)
class Activity(Record):
    """A professionalisation activity (professionaliseringsactiviteit)."""

    title: str
    type: ActivityType
    start: dt.date
    end: dt.date | None = None
    contact_hours: float = 0.0
    self_study_hours: float = 0.0
    domains: tuple[Domain, ...] = ()
    sbl_competences: tuple[SblCompetence, ...] = ()
    provider: str = ""
    content: str = ""  # inhoud en opzet
    contribution: str = ""  # bijdrage aan de professionele ontwikkeling
    validated_code: str | None = None  # catalogue code of a validated activity
    status: ActivityStatus = ActivityStatus.COMPLETED
    origin: Origin = Origin.LOCAL
    id: str = field(default_factory=new_id)

    @property
    def ru(self) -> float:
        """Registeruren: contact hours plus self-study hours."""
        return round(self.contact_hours + self.self_study_hours, 2)

    @property
    def validated(self) -> bool:
        return bool(self.validated_code)

    @property
    def planned(self) -> bool:
        return self.status is ActivityStatus.PLANNED

    @property
    def effective_end(self) -> dt.date:
        """The day the activity counts for: its end, or its start for a one-day activity."""
        return self.end or self.start

    def validate(self) -> list[ValidationIssue]:
        issues = _required_text("title", self.title, "De titel", "The title", MAX_TITLE_LENGTH)
        issues += _date_issues("start", self.start, "De begindatum", "The start date")
        issues += _date_issues("end", self.end, "De einddatum", "The end date")
        issues += _period_issues(self.start, self.end)
        issues += _hours_issues(
            "contact_hours", self.contact_hours, MAX_ACTIVITY_HOURS, "Contacturen", "Contact hours"
        )
        issues += _hours_issues(
            "self_study_hours",
            self.self_study_hours,
            MAX_ACTIVITY_HOURS,
            "Zelfstudie-uren",
            "Self-study hours",
        )
        if not issues and self.ru > MAX_ACTIVITY_HOURS:
            issues.append(
                ValidationIssue(
                    "self_study_hours",
                    "hours_too_large",
                    f"Samen {self.ru:g} registeruren; meer dan {MAX_ACTIVITY_HOURS:g} kan niet.",
                    f"Together {self.ru:g} register hours; more than {MAX_ACTIVITY_HOURS:g} is not possible.",
                )
            )
        if not self.planned and self.ru == 0 and not any(
            i.field in ("contact_hours", "self_study_hours") for i in issues
        ):
            issues.append(
                ValidationIssue(
                    "contact_hours",
                    "no_hours",
                    "Vul contacturen of zelfstudie-uren in.",
                    "Enter contact hours or self-study hours.",
                )
            )
        if not self.domains and not self.sbl_competences:
            issues.append(
                ValidationIssue(
                    "domains",
                    "required",
                    "Kies minstens één bekwaamheidsdomein.",
                    "Choose at least one competence domain.",
                )
            )
        if len(set(self.domains)) != len(self.domains):
            issues.append(
                ValidationIssue(
                    "domains",
                    "duplicate",
                    "Een bekwaamheidsdomein staat er twee keer in.",
                    "A competence domain is listed twice.",
                )
            )
        if len(self.provider) > MAX_TITLE_LENGTH:
            issues.append(
                ValidationIssue(
                    "provider",
                    "too_long",
                    f"De aanbieder is langer dan {MAX_TITLE_LENGTH} tekens.",
                    f"The provider is longer than {MAX_TITLE_LENGTH} characters.",
                )
            )
        for name in ("content", "contribution"):
            if len(getattr(self, name)) > MAX_TEXT_LENGTH:
                issues.append(
                    ValidationIssue(
                        name,
                        "too_long",
                        f"De tekst is langer dan {MAX_TEXT_LENGTH} tekens.",
                        f"The text is longer than {MAX_TEXT_LENGTH} characters.",
                    )
                )
        if self.validated_code is not None and not self.validated_code.strip():
            issues.append(
                ValidationIssue(
                    "validated_code",
                    "required",
                    "De code van de gevalideerde activiteit is leeg.",
                    "The validated activity's code is empty.",
                )
            )
        return issues


@dataclass(frozen=True)
class Evidence(Record):
    """A bewijsstuk (piece of evidence): a file identified by its SHA-256."""

    sha256: str
    filename: str
    size: int
    media_type: str
    kind: EvidenceKind = EvidenceKind.OVERIG
    description: str = ""
    issued_on: dt.date | None = None
    activity_ids: tuple[str, ...] = ()  # the activities this file supports (one file, many)
    id: str = field(default_factory=new_id)

    def validate(self) -> list[ValidationIssue]:
        issues = []
        if len(self.sha256) != 64 or any(c not in "0123456789abcdef" for c in self.sha256):
            issues.append(
                ValidationIssue(
                    "sha256", "hash_invalid", "De bestandscontrole (SHA-256) is ongeldig.", "The SHA-256 is invalid."
                )
            )
        issues += _required_text("filename", self.filename, "De bestandsnaam", "The file name", 255)
        if self.size < 0:
            issues.append(
                ValidationIssue("size", "size_negative", "De grootte is negatief.", "The size is negative.")
            )
        issues += _date_issues("issued_on", self.issued_on, "De datum van afgifte", "The issue date")
        return issues


@dataclass(frozen=True)
class Reflection(Record):
    """A reflection on an activity (or, with activity_id None, on a whole cycle)."""

    model: ReflectionModelId
    answers: dict[str, str]
    activity_id: str | None = None
    cycle_id: str | None = None
    id: str = field(default_factory=new_id)

    def validate(self) -> list[ValidationIssue]:
        issues: list[ValidationIssue] = []
        allowed = {p.id for p in REFLECTION_MODELS[self.model].prompts}
        for key, text in self.answers.items():
            if key not in allowed:
                issues.append(
                    ValidationIssue(
                        "answers",
                        "unknown_prompt",
                        f"'{key}' hoort niet bij het model {self.model.label('nl')}; "
                        f"kies uit: {', '.join(sorted(allowed))}.",
                        f"'{key}' is not a prompt of the {self.model.label('en')} model; "
                        f"choose from: {', '.join(sorted(allowed))}.",
                    )
                )
            elif not isinstance(text, str):
                issues.append(
                    ValidationIssue("answers", "not_text", f"'{key}' moet tekst zijn.", f"'{key}' must be text.")
                )
            elif len(text) > MAX_TEXT_LENGTH:
                issues.append(
                    ValidationIssue(
                        "answers",
                        "too_long",
                        f"'{key}' is langer dan {MAX_TEXT_LENGTH} tekens.",
                        f"'{key}' is longer than {MAX_TEXT_LENGTH} characters.",
                    )
                )
        if self.activity_id is None and self.cycle_id is None:
            issues.append(
                ValidationIssue(
                    "activity_id",
                    "required",
                    "Een reflectie hoort bij een activiteit of een cyclus.",
                    "A reflection belongs to an activity or a cycle.",
                )
            )
        return issues

    def text(self) -> str:
        return "\n\n".join(v for v in self.answers.values() if v)


@dataclass(frozen=True)
class School(Record):
    name: str
    place: str = ""
    brin: str = ""  # the school's four-character BRIN code
    id: str = field(default_factory=new_id)

    def validate(self) -> list[ValidationIssue]:
        issues = _required_text("name", self.name, "De naam van de school", "The school's name", 200)
        if self.brin and not (len(self.brin) == 4 and self.brin[:2].isdigit() and self.brin[2:].isalnum()):
            issues.append(
                ValidationIssue(
                    "brin",
                    "brin_invalid",
                    "Een BRIN-nummer is vier tekens: twee cijfers en twee letters of cijfers (bv. 12AB).",
                    "A BRIN code is four characters: two digits then two letters or digits (e.g. 12AB).",
                )
            )
        return issues


@dataclass(frozen=True)
class Qualification(Record):
    """A bevoegdheid (teaching qualification): sector, subject, degree; the diploma as evidence."""

    sector: Sector
    subject: str
    degree: str = ""  # e.g. "eerstegraads", "tweedegraads", "pabo"
    obtained_on: dt.date | None = None
    diploma_evidence_id: str | None = None
    id: str = field(default_factory=new_id)

    def validate(self) -> list[ValidationIssue]:
        issues = _required_text("subject", self.subject, "Het vak", "The subject", 200)
        issues += _date_issues("obtained_on", self.obtained_on, "De datum", "The date")
        return issues


@dataclass(frozen=True)
class WorkPeriod(Record):
    """Work experience: a period at a school with the teaching hours in it."""

    school: str
    start: dt.date
    end: dt.date | None = None
    hours: float = 0.0  # teaching hours in the whole period
    id: str = field(default_factory=new_id)

    def validate(self) -> list[ValidationIssue]:
        issues = _required_text("school", self.school, "De school", "The school", 200)
        issues += _date_issues("start", self.start, "De begindatum", "The start date")
        issues += _date_issues("end", self.end, "De einddatum", "The end date")
        issues += _period_issues(self.start, self.end)
        issues += _hours_issues("hours", self.hours, MAX_WORK_PERIOD_HOURS, "Lesuren", "Teaching hours")
        return issues


@dataclass(frozen=True)
class Profile(Record):
    """The teacher's registration dossier header."""

    name: str = ""
    register_number: str = ""
    register: Register = Register.VRIJWILLIG
    sectors: tuple[Sector, ...] = ()
    email: str = ""
    id: str = "profile"

    def validate(self) -> list[ValidationIssue]:
        issues = _required_text("name", self.name, "Uw naam", "Your name", 200)
        if self.register_number and not self.register_number.replace("-", "").isalnum():
            issues.append(
                ValidationIssue(
                    "register_number",
                    "register_number_invalid",
                    "Het registratienummer bevat alleen letters, cijfers en streepjes.",
                    "The register number holds only letters, digits and dashes.",
                )
            )
        return issues


@dataclass(frozen=True)
class Cycle(Record):
    """A registration cycle: its start and the ruleset it is measured against."""

    start: dt.date
    ruleset: str = "registerleraar"
    years: int = 4
    id: str = field(default_factory=new_id)

    @property
    def end(self) -> dt.date:
        """The last day of the cycle (inclusive)."""
        try:
            anniversary = self.start.replace(year=self.start.year + self.years)
        except ValueError:  # 29 February
            anniversary = dt.date(self.start.year + self.years, 3, 1)
        return anniversary - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def validate(self) -> list[ValidationIssue]:
        issues = _date_issues("start", self.start, "De begindatum", "The start date")
        if not 1 <= self.years <= 10:
            issues.append(
                ValidationIssue(
                    "years", "years_invalid", "Een cyclus duurt 1 tot 10 jaar.", "A cycle lasts 1 to 10 years."
                )
            )
        return issues


#: Every kind of record by its stable type name: the names the store, the change log, the wire
#: protocol and the exports use, and the class that validates each.
RECORD_CLASSES: dict[str, type[Record]] = {
    "profile": Profile,
    "school": School,
    "qualification": Qualification,
    "work_period": WorkPeriod,
    "cycle": Cycle,
    "activity": Activity,
    "evidence": Evidence,
    "reflection": Reflection,
}


def record_type_of(record: Record) -> str:
    """The stable type name of a record (`activity`, `evidence`, ...)."""
    for name, cls in RECORD_CLASSES.items():
        if isinstance(record, cls):
            return name
    raise TypeError(f"not a portfolio record: {record!r}")
