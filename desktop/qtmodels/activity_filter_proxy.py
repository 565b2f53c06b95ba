"""Filtering and sorting of the activity list, fast enough to run on every keystroke with 10,000 rows.

QSortFilterProxyModel would call a Python `filterAcceptsRow` once per row per keystroke; with
10,000 activities that alone costs tens of milliseconds. Here each row's filter key (folded
text, type, domains, year, flags) is computed once when the list loads, a filter is a few
list comprehensions over those keys, and the result is an index map from view rows to
source rows. Qt then asks only for the rows it paints.

Typing narrows: a filter that can only match a subset of the current one (a word made longer, a
word added) is applied to the rows shown now instead of all of them; and the last few results
are kept, so deleting back to an earlier text finds its rows at once. Both are dropped whenever
the rows or their order change.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.qtmodels.activity_table_model import ActivityTableModel, Column, domain_text
from sync import portfolio as vocab
from sync.rules import domain_shares

Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Coöperatie' matches 'cooperatie'.

    Decomposed accents and any other non-ASCII character are dropped, the same way for the
    texts and for what the teacher types; done by the codec in C, it costs microseconds per row.
    """
    text = text.casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@dataclass(frozen=True)
class ActivityFilter:
    """What the teacher filters on; None or False means 'any'."""

    text: str = ""
    type: vocab.ActivityType | None = None
    domain: vocab.Domain | None = None
    year: int | None = None
    validated: bool | None = None
    missing_evidence: bool = False
    missing_reflection: bool = False

    def with_(self, **changes: Any) -> ActivityFilter:
        return replace(self, **changes)

    @property
    def active(self) -> bool:
        return self != ActivityFilter()


@dataclass
class FilterKeys:
    """Per row, what the filter compares: built once per load, on the loading worker when it can."""

    text: list[str] = field(default_factory=list)
    type: list[vocab.ActivityType] = field(default_factory=list)
    domains: list[frozenset[vocab.Domain]] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    validated: list[bool] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)
    reflected: list[bool] = field(default_factory=list)


def _mapped_domains(a: vocab.Activity) -> frozenset[vocab.Domain]:
    if a.domains:
        return frozenset(a.domains)
    return frozenset(domain_shares(a))


def filter_keys(summaries: Sequence[Any], lang: str) -> FilterKeys:
    """The filter keys of every row; plain Python and no Qt, so the loading worker can build them.

    Labels and domain texts repeat across thousands of rows: each is made once per distinct value.
    """
    keys = FilterKeys()
    type_labels: dict[vocab.ActivityType, str] = {}
    domain_texts: dict[tuple[Any, Any], tuple[str, frozenset[vocab.Domain]]] = {}
    text, types, domains, years = keys.text, keys.type, keys.domains, keys.year
    validated, evidence, reflected = keys.validated, keys.evidence, keys.reflected
    for s in summaries:
        a = s.activity
        kind = a.type
        kind_label = type_labels.get(kind)
        if kind_label is None:
            kind_label = type_labels[kind] = kind.label(lang)
        tags = (a.domains, a.sbl_competences)
        known = domain_texts.get(tags)
        if known is None:
            known = domain_texts[tags] = (domain_text(a, lang), _mapped_domains(a))
        words = (a.title, a.provider, a.content, a.contribution, a.validated_code or "", kind_label, known[0])
        text.append(fold(" ".join(words)))
        types.append(kind)
        domains.append(known[1])
        years.append(a.effective_end.year)
        validated.append(a.validated)
        evidence.append(s.evidence_count)
        reflected.append(s.has_reflection)
    return keys


_RECENT_KEPT = 32  # results kept for deleting back: a few hundred KB at most with 10,000 rows


def _words(text: str) -> list[str]:
    return fold(text).split()


def _narrows(old: ActivityFilter, new: ActivityFilter) -> bool:
    """Whether every row `new` matches is also matched by `old` (so `new` may filter `old`'s rows).

    True when only the text changed and each of the old words lies inside one of the new words:
    a row containing the longer word contains the shorter one too.
    """
    if replace(old, text="") != replace(new, text=""):
        return False
    new_words = _words(new.text)
    return all(any(w in n for n in new_words) for w in _words(old.text))


_COLUMNS = len(Column)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class ActivityFilterProxy(QAbstractProxyModel):
    """Shows the source rows that pass the filter, in the chosen order.

    Signals:
        filter_applied(int, int): rows shown, rows in total, after every change of filter or data.
    """

    filter_applied = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = ActivityFilter()
        self._keys = FilterKeys()
        self._order: list[int] = []  # every source row, in the sort order
        self._map: list[int] = []  # view row -> source row
        self._inverse: list[int] | None = None
        self._sort_column = Column.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._recent: dict[ActivityFilter, list[int]] = {}  # filter -> its rows, for the current order
        self._prepared: tuple[list[Any], FilterKeys] | None = None

    # ------------------------------------------------------------------ source

    def setSourceModel(self, model: ActivityTableModel) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._on_source_reset)
            old.dataChanged.disconnect(self._on_source_data_changed)
        super().setSourceModel(model)
        self._source = model
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_data_changed)
        self._on_source_reset()

    def source(self) -> ActivityTableModel:
        return self._source

    def expect_keys(self, summaries: list[Any], keys: FilterKeys) -> None:
        """Filter keys computed beforehand (on the loading worker) for the summaries about to be set."""
        self._prepared = (summaries, keys)

    def _on_source_reset(self) -> None:
        summaries = self.source().summaries()
        prepared, self._prepared = self._prepared, None
        if (
            prepared is not None
            and len(prepared[0]) == len(summaries)
            and all(a is b for a, b in zip(prepared[0], summaries, strict=True))
        ):
            keys = prepared[1]
        else:
            keys = filter_keys(summaries, self.source().lang)
        self._keys = keys
        self._order = self._sorted_rows()
        self._recent.clear()
        self._apply()

    def _on_source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None) -> None:
        self._on_source_reset()

    # ------------------------------------------------------------------ filter and sort

    def filter(self) -> ActivityFilter:
        return self._filter

    def set_filter(self, activity_filter: ActivityFilter) -> None:
        if activity_filter == self._filter:
            return
        narrower = _narrows(self._filter, activity_filter)
        self._filter = activity_filter
        self._apply(within=self._map if narrower else None)

    def years(self) -> list[int]:
        return sorted(set(self._keys.year), reverse=True)

    def _matching(self, within: list[int] | None = None) -> list[int]:
        f, k = self._filter, self._keys
        rows = self._order if within is None else within
        for word in fold(f.text).split():
            text = k.text
            rows = [i for i in rows if word in text[i]]
        if f.type is not None:
            t, kt = f.type, k.type
            rows = [i for i in rows if kt[i] is t]
        if f.domain is not None:
            d, kd = f.domain, k.domains
            rows = [i for i in rows if d in kd[i]]
        if f.year is not None:
            y, ky = f.year, k.year
            rows = [i for i in rows if ky[i] == y]
        if f.validated is not None:
            v, kv = f.validated, k.validated
            rows = [i for i in rows if kv[i] is v]
        if f.missing_evidence:
            ke = k.evidence
            rows = [i for i in rows if not ke[i]]
        if f.missing_reflection:
            kr = k.reflected
            rows = [i for i in rows if not kr[i]]
        return rows if rows is not self._order and rows is not within else list(rows)

    def _apply(self, within: list[int] | None = None) -> None:
        rows = self._recent.get(self._filter)
        if rows is None:
            rows = self._matching(within)
            if len(self._recent) >= _RECENT_KEPT:
                del self._recent[next(iter(self._recent))]  # the oldest
            self._recent[self._filter] = rows
        self.beginResetModel()
        self._map = rows
        self._inverse = None
        self.endResetModel()
        self.filter_applied.emit(len(self._map), len(self._order))

    def _sort_key(self, column: int):  # type: ignore[no-untyped-def]
        rows = self.source().summaries()
        if column == Column.DATE:
            return lambda i: (rows[i].activity.start, rows[i].activity.title)
        if column == Column.TITLE:
            return lambda i: fold(rows[i].activity.title)
        if column == Column.TYPE:
            return lambda i: self._keys_type_label(rows[i].activity)
        if column == Column.DOMAINS:
            lang = self.source().lang
            return lambda i: domain_text(rows[i].activity, lang)
        if column == Column.RU:
            return lambda i: rows[i].activity.ru
        if column == Column.EVIDENCE:
            return lambda i: rows[i].evidence_count
        if column == Column.REFLECTION:
            return lambda i: rows[i].has_reflection
        return lambda i: (rows[i].activity.planned, rows[i].activity.validated)

    def _keys_type_label(self, a: vocab.Activity) -> str:
        return a.type.label(self.source().lang)

    def _sorted_rows(self) -> list[int]:
        n = len(self.source().summaries())
        # Ties keep the service's order (newest first), so a sort is stable from the teacher's view.
        return sorted(
            range(n), key=self._sort_key(self._sort_column), reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = Column(column)
        self._sort_order = order
        self._order = self._sorted_rows()
        self._recent.clear()
        self._apply()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return int(self._sort_column), self._sort_order

    # ------------------------------------------------------------------ mapping

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._map)) or not (0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._map):
            return QModelIndex()
        return self.source().index(self._map[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self.proxy_row_of_source(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, source_index.column())

    def proxy_row_of_source(self, source_row: int) -> int | None:
        if self._inverse is None:
            inverse = [-1] * len(self._order)
            for view_row, src in enumerate(self._map):
                inverse[src] = view_row
            self._inverse = inverse
        if not 0 <= source_row < len(self._inverse):
            return None
        row = self._inverse[source_row]
        return None if row < 0 else row

    def row_of(self, activity_id: str) -> int | None:
        src = self.source().row_of(activity_id)
        return None if src is None else self.proxy_row_of_source(src)

    def activity_id(self, row: int) -> str:
        return self.source().summary(self._map[row]).activity.id

    def summaries_at(self, rows: Sequence[int]) -> list:
        """The summaries shown at these view rows (a selection), without building the whole visible list."""
        summaries, mapping = self.source().summaries(), self._map
        return [summaries[mapping[r]] for r in rows]

    def source_rows(self, rows: Sequence[int]) -> list[int]:
        """The source rows behind these view rows (to find them again after a filter or a sort)."""
        mapping = self._map
        return [mapping[r] for r in rows]

    def rows_of_source(self, source_rows: set[int]) -> list[int]:
        """The view rows, in order, that show any of these source rows: one pass, no per-row lookups."""
        return [view_row for view_row, src in enumerate(self._map) if src in source_rows]

    def visible_summaries(self) -> list:
        rows = self.source().summaries()
        return [rows[i] for i in self._map]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Straight to the source's cell(): no mapToSource/index round trips through Python per painted cell.
        row = index.row()
        if row < 0 or row >= len(self._map):
            return None
        return self._source.cell(self._map[row], index.column(), role)

    def paint_parts(self, row: int, column: int) -> tuple[str, int, bool]:
        """For the list's delegate: text, alignment and muted for a view row (see ActivityTableModel)."""
        return self._source.paint_parts(self._map[row], column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self.source().headerData(section, orientation, role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS
