"""The activity list's fast paths give what the plain ones give: the same pixels, the same rows.

The list's delegate draws text laid out once instead of Qt's delegate laying it out on every
paint; typing filters the rows already shown, and deleting back finds earlier results kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from random import Random

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from desktop.qtmodels.activity_filter_proxy import ActivityFilter, ActivityFilterProxy
from desktop.qtmodels.activity_table_model import ActivityTableModel
from desktop.services.portfolio import ActivitySummary
from desktop.views.activity_list_delegate import ActivityItemDelegate
from sync import portfolio as vocab
from tests.gui.conftest import activity

WORDS = ["formatief", "evalueren", "wiskunde", "didactiek", "coöperatief", "leren", "rekenen", "passend"]


def summaries(n: int = 400, seed: int = 3) -> list[ActivitySummary]:
    rng = Random(seed)
    out = []
    for i in range(n):
        title = " ".join(rng.sample(WORDS, 3)) + f" {i}"
        a = activity(
            title,
            provider=rng.choice(["Fontys", "Hogeschool Utrecht", "Coöperatie"]),
            start=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000)),
            end=None,
            type=rng.choice(list(vocab.ActivityType)),
            domains=(rng.choice(list(vocab.Domain)),),
            status=vocab.ActivityStatus.PLANNED if i % 4 == 0 else vocab.ActivityStatus.COMPLETED,
            validated_code=f"RL-{i}" if i % 5 == 0 else None,
        )
        out.append(ActivitySummary(a, rng.randrange(3), rng.random() < 0.5))
    return out


def shown(proxy: ActivityFilterProxy) -> list[str]:
    return [proxy.activity_id(r) for r in range(proxy.rowCount())]


def render(qtbot, proxy: ActivityFilterProxy, ours: bool, width: int = 900) -> QImage:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setItemDelegate(ActivityItemDelegate(view, proxy) if ours else QStyledItemDelegate(view))
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # as the activity list
    view.resize(width, 700)
    view.show()
    qtbot.waitExposed(view)
    view.selectRow(2)
    image = view.grab().toImage()
    if ours and proxy.rowCount():  # it drew from its own laid-out texts, not by handing cells back to Qt
        assert view.itemDelegate()._laid_out
    return image


def test_the_list_paints_what_qts_delegate_paints(qtbot, lang):  # type: ignore[no-untyped-def]
    model = ActivityTableModel(lang)
    model.set_summaries(summaries())
    proxy = ActivityFilterProxy()
    proxy.setSourceModel(model)
    for width in (900, 520):  # roomy, and narrow enough to elide titles
        qts, ours = render(qtbot, proxy, ours=False, width=width), render(qtbot, proxy, ours=True, width=width)
        # every pixel agrees: planned rows in muted italics, hours aligned right, ticks centred, elided
        # titles, the selection, the alternating rows
        assert qts == ours, width
    proxy.set_filter(ActivityFilter(text="zzz"))  # and an empty list
    assert render(qtbot, proxy, ours=False) == render(qtbot, proxy, ours=True)


def test_typing_and_deleting_give_the_rows_a_fresh_filter_gives(qtbot, lang):  # type: ignore[no-untyped-def]
    model = ActivityTableModel(lang)
    model.set_summaries(summaries())
    proxy = ActivityFilterProxy()
    proxy.setSourceModel(model)
    text = "formatief coop wisk"
    typed = [text[:i] for i in range(1, len(text) + 1)]
    steps = typed + typed[::-1][1:] + ["  Formatief ", "FORMATIEF  WISKUNDE", "wiskunde", ""]
    for step in steps:
        for extra in ({}, {"type": vocab.ActivityType.CURSUS}, {"missing_reflection": True}):
            wanted = ActivityFilter(text=step, **extra)
            proxy.set_filter(wanted)
            fresh = ActivityFilterProxy()
            fresh.setSourceModel(model)
            fresh.set_filter(wanted)
            assert shown(proxy) == shown(fresh), (step, extra)


def test_kept_results_are_dropped_when_the_rows_change(qtbot, lang):  # type: ignore[no-untyped-def]
    rows = summaries()
    model = ActivityTableModel(lang)
    model.set_summaries(rows)
    proxy = ActivityFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ActivityFilter(text="wiskunde"))
    before = shown(proxy)
    proxy.set_filter(ActivityFilter(text="wiskunde rekenen"))
    gone = rows[[s.activity.id for s in rows].index(before[0])]
    renamed = dataclasses.replace(gone.activity, title="iets anders")
    model.set_summaries([s if s is not gone else ActivitySummary(renamed, 0, False) for s in rows])
    proxy.set_filter(ActivityFilter(text="wiskunde"))  # back to a filter whose result was kept
    assert shown(proxy) == [i for i in before if i != gone.activity.id]
    proxy.sort(1)
    proxy.set_filter(ActivityFilter(text="wiskunde rekenen"))
    titles = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
