"""GUI fixtures: the real window over a real portfolio in a temporary folder, operations run inline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from desktop import i18n
from desktop.services import Services
from desktop.tasks import TaskManager
from desktop.views.main_window import MainWindow
from sync import portfolio as vocab


@pytest.fixture
def lang(qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield i18n.install("nl", qapp)
    i18n.install("nl", qapp)


@pytest.fixture
def tasks(qapp) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    manager = TaskManager(inline=True)
    yield manager
    manager.shutdown()


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def set_up(services: Services) -> Services:
    """A teacher who finished the welcome: profile and cycle."""
    services.portfolio.set_profile(name="Anna de Vries", sectors=[vocab.Sector.VO])
    services.portfolio.set_cycle(dt.date(2024, 8, 1), "registerleraar")
    return services


def activity(title: str = "Cursus formatief evalueren", **changes: object) -> vocab.Activity:
    fields: dict[str, object] = dict(
        title=title,
        type=vocab.ActivityType.CURSUS,
        start=dt.date(2025, 2, 3),
        end=dt.date(2025, 3, 17),
        contact_hours=12.0,
        self_study_hours=8.0,
        domains=(vocab.Domain.VAKDIDACTISCH,),
        provider="Hogeschool Utrecht",
    )
    fields.update(changes)
    return vocab.Activity(**fields)  # type: ignore[arg-type]


@pytest.fixture
def make_window(qtbot, set_up, tasks, lang, tmp_path: Path, opened_urls):  # type: ignore[no-untyped-def]
    def make(services: Services | None = None) -> MainWindow:
        window = MainWindow(
            services or set_up, tasks, tmp_path / "open", lang, open_url=lambda url: opened_urls.append(url) or True
        )
        asked: list[str] = []
        window.asked_discard = asked  # type: ignore[attr-defined]
        # A test that leaves unsaveable changes gets them discarded at close instead of a blocking question.
        window.activities.ask_discard = lambda problems: asked.append(problems) or True
        window.ask = lambda title, text: asked.append(text) or True
        qtbot.addWidget(window)
        window.show()
        window.start()
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()
