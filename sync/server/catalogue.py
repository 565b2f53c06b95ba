"""The catalogue of validated activities: import (all or nothing), the feed, a synthetic sample.

The voluntary register stopped validating new activities when it froze (2017-08-01 by
default), so an import refuses items validated on or after `catalogue_frozen_from` and items
validated after the calendar's today. Each added or changed item takes the next catalogue
version (a database counter), so the app can keep an offline copy by asking for the items
since the last version it saw. Items are never deleted: one is withdrawn with "withdrawn": true.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator
from sqlalchemy import select

from sync import portfolio as vocab
from sync.protocol import CatalogueItemPublic, CataloguePublic, SafeStr
from sync.server import models
from sync.server.accounts import insert_ignore
from sync.server.config import Settings
from sync.server.db import Database, utcnow

#: Validated activities were only offered for activities of more than 3 hours (DESIGN.md §2).
MIN_VALIDATED_RU = 3.0


class CatalogueError(ValueError):
    """A catalogue file that cannot be imported; the message names the item and field."""


class CatalogueItemImport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,64}$")]
    title: Annotated[SafeStr, StringConstraints(min_length=1, max_length=vocab.MAX_TITLE_LENGTH)]
    provider: Annotated[SafeStr, StringConstraints(max_length=vocab.MAX_TITLE_LENGTH)] = ""
    type: vocab.ActivityType
    contact_hours: float = Field(ge=0, le=vocab.MAX_ACTIVITY_HOURS, allow_inf_nan=False)
    self_study_hours: float = Field(default=0.0, ge=0, le=vocab.MAX_ACTIVITY_HOURS, allow_inf_nan=False)
    domains: list[vocab.Domain] = Field(default_factory=list, max_length=4)
    sbl_competences: list[vocab.SblCompetence] = Field(default_factory=list, max_length=7)
    sectors: list[vocab.Sector] = Field(default_factory=list, max_length=4)
    description: Annotated[SafeStr, StringConstraints(max_length=vocab.MAX_TEXT_LENGTH)] = ""
    validated_on: dt.date
    withdrawn: bool = False

    @model_validator(mode="after")
    def _check(self) -> CatalogueItemImport:
        if not self.domains and not self.sbl_competences:
            raise ValueError("give at least one domain or SBL competence")
        if self.contact_hours + self.self_study_hours <= MIN_VALIDATED_RU:
            raise ValueError(f"a validated activity has more than {MIN_VALIDATED_RU:g} hours")
        return self

    def columns(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        data["validated_on"] = self.validated_on
        return data


def parse_file(path: Path) -> list[CatalogueItemImport]:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise CatalogueError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"{path} is not a JSON file: {exc}") from None
    items = raw.get("items") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise CatalogueError(f"{path}: expected a list of items or an object with 'items'")
    parsed = []
    codes: set[str] = set()
    for index, item in enumerate(items):
        try:
            one = CatalogueItemImport.model_validate(item)
        except ValidationError as exc:
            e = exc.errors()[0]
            where = ".".join(str(p) for p in e["loc"]) or "item"
            code = item.get("code") if isinstance(item, dict) else None
            raise CatalogueError(f"{path}: item {index} ({code or 'no code'}): {where}: {e['msg']}") from None
        if one.code in codes:
            raise CatalogueError(f"{path}: item {index}: code {one.code} appears twice")
        codes.add(one.code)
        parsed.append(one)
    return parsed


def import_items(db: Database, settings: Settings, items: list[CatalogueItemImport]) -> dict[str, int]:
    """Add or update items in one transaction; return counts of added, updated and unchanged."""
    today = settings.calendar_today()
    for item in items:
        if item.validated_on >= settings.catalogue_frozen_from:
            raise CatalogueError(
                f"item {item.code}: validated on {item.validated_on}, but the catalogue is frozen from "
                f"{settings.catalogue_frozen_from}: no new validated activities after that"
            )
        if item.validated_on > today:
            raise CatalogueError(f"item {item.code}: validated on {item.validated_on}, after today ({today})")
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    now = utcnow()
    with db.write() as s:
        insert_ignore(s, models.Counter, name="catalogue", value=0)
        counter = s.scalars(select(models.Counter).where(models.Counter.name == "catalogue").with_for_update()).one()
        for item in items:
            values = item.columns()
            row = s.get(models.CatalogueItem, item.code)
            if row is not None and all(getattr(row, k) == v for k, v in values.items()):
                counts["unchanged"] += 1
                continue
            counter.value += 1
            if row is None:
                s.add(models.CatalogueItem(**values, version=counter.value, imported_at=now))
                counts["added"] += 1
            else:
                for k, v in values.items():
                    setattr(row, k, v)
                row.version = counter.value
                row.imported_at = now
                counts["updated"] += 1
            s.flush()  # keep the unique version index satisfied item by item
    return counts


def item_public(row: models.CatalogueItem) -> CatalogueItemPublic:
    return CatalogueItemPublic(
        code=row.code,
        version=row.version,
        title=row.title,
        provider=row.provider,
        type=vocab.ActivityType(row.type),
        contact_hours=row.contact_hours,
        self_study_hours=row.self_study_hours,
        domains=[vocab.Domain(d) for d in row.domains],
        sbl_competences=[vocab.SblCompetence(c) for c in row.sbl_competences],
        sectors=[vocab.Sector(x) for x in row.sectors],
        description=row.description,
        validated_on=row.validated_on,
        withdrawn=row.withdrawn,
    )


def feed(db: Database, since: int, limit: int) -> CataloguePublic:
    with db.read() as s:
        latest = s.scalar(select(models.Counter.value).where(models.Counter.name == "catalogue")) or 0
        rows = list(
            s.scalars(
                select(models.CatalogueItem)
                .where(models.CatalogueItem.version > since)
                .order_by(models.CatalogueItem.version)
                .limit(limit + 1)
            )
        )
    has_more = len(rows) > limit
    rows = rows[:limit]
    return CataloguePublic(
        items=[item_public(r) for r in rows],
        cursor=rows[-1].version if rows else since,
        has_more=has_more,
        latest_version=latest,
    )


_TOPICS = [
    ("Formatief evalueren in de praktijk", [vocab.SblCompetence.VAKINHOUDELIJK_DIDACTISCH]),
    ("Klassenmanagement en groepsdynamiek", [vocab.SblCompetence.PEDAGOGISCH]),
    ("Gesprekstechnieken met ouders", [vocab.SblCompetence.OMGEVING]),
    ("Intervisie en collegiale consultatie", [vocab.SblCompetence.COLLEGAS]),
    ("Taalgericht vakonderwijs", [vocab.SblCompetence.VAKINHOUDELIJK_DIDACTISCH]),
    ("Omgaan met gedragsproblemen", [vocab.SblCompetence.INTERPERSOONLIJK, vocab.SblCompetence.PEDAGOGISCH]),
    ("Lesplanning en organisatie van het leren", [vocab.SblCompetence.ORGANISATORISCH]),
    ("Reflecteren op eigen handelen", [vocab.SblCompetence.REFLECTIE]),
    ("Differentiëren in heterogene groepen", [vocab.SblCompetence.VAKINHOUDELIJK_DIDACTISCH]),
    ("ICT en digitale didactiek", [vocab.SblCompetence.VAKINHOUDELIJK_DIDACTISCH, vocab.SblCompetence.ORGANISATORISCH]),
]


def sample(count: int = 100, seed: int = 2017, frozen_from: dt.date = dt.date(2017, 8, 1)) -> dict[str, Any]:
    """A clearly synthetic catalogue: every code, title and provider says it is an example."""
    rng = random.Random(seed)
    types = [vocab.ActivityType.CURSUS, vocab.ActivityType.STUDIEDAG, vocab.ActivityType.CONFERENTIE,
             vocab.ActivityType.OPLEIDING]
    first = dt.date(2012, 1, 1).toordinal()
    last = (frozen_from - dt.timedelta(days=1)).toordinal()
    items = []
    for n in range(1, count + 1):
        topic, competences = _TOPICS[rng.randrange(len(_TOPICS))]
        kind = types[rng.randrange(len(types))]
        contact = float(rng.choice([4, 6, 8, 12, 16, 24, 40]))
        items.append(
            {
                "code": f"VOORBEELD-{n:05d}",
                "title": f"[Voorbeeld] {kind.label('nl')}: {topic}",
                "provider": f"Voorbeeldaanbieder {rng.randrange(1, 21)} (synthetisch)",
                "type": kind.value,
                "contact_hours": contact,
                "self_study_hours": float(rng.choice([0, 2, 4, 8])),
                "domains": [],
                "sbl_competences": [c.value for c in competences],
                "sectors": sorted(rng.sample([s.value for s in vocab.Sector], rng.randrange(1, 4))),
                "description": "Synthetisch voorbeeld voor demonstraties en tests; geen echte activiteit.",
                "validated_on": dt.date.fromordinal(rng.randrange(first, last + 1)).isoformat(),
                "withdrawn": False,
            }
        )
    return {"synthetic": True, "note": "Generated sample catalogue; not real validated activities.", "items": items}
