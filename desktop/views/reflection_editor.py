"""The reflection on an activity, along the model the teacher picks (free, ALACT, STARR(T)).

Changing the model never loses text: answers move to the new model's nearest prompt
(`CARRY_OVER`), and text that has no counterpart is added to its closing prompt.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.views.style import muted_color, set_role
from sync import portfolio as vocab

M = vocab.ReflectionModelId

#: Where each prompt's text goes when the teacher switches model.
CARRY_OVER: dict[tuple[M, M], dict[str, str]] = {
    (M.VRIJ, M.ALACT): {"tekst": "terugblikken"},
    (M.VRIJ, M.STARR): {"tekst": "reflectie"},
    (M.ALACT, M.VRIJ): {
        p: "tekst" for p in ("handelen", "terugblikken", "bewustwording", "alternatieven", "uitproberen")
    },
    (M.STARR, M.VRIJ): {p: "tekst" for p in ("situatie", "taak", "actie", "resultaat", "reflectie", "transfer")},
    (M.ALACT, M.STARR): {
        "handelen": "actie",
        "terugblikken": "reflectie",
        "bewustwording": "reflectie",
        "alternatieven": "transfer",
        "uitproberen": "transfer",
    },
    (M.STARR, M.ALACT): {
        "situatie": "handelen",
        "taak": "handelen",
        "actie": "handelen",
        "resultaat": "terugblikken",
        "reflectie": "bewustwording",
        "transfer": "uitproberen",
    },
}
_CLOSING = {M.VRIJ: "tekst", M.ALACT: "uitproberen", M.STARR: "transfer"}


def carry_over(answers: dict[str, str], source: M, target: M, lang: str = "nl") -> dict[str, str]:
    """The answers of `source` rewritten for `target`; no text is dropped."""
    if source == target:
        return dict(answers)
    mapping = CARRY_OVER.get((source, target), {})
    prompts = {p.id: p for p in vocab.REFLECTION_MODELS[source].prompts}
    target_ids = [p.id for p in vocab.REFLECTION_MODELS[target].prompts]
    out: dict[str, list[str]] = {}
    several_into_one: dict[str, int] = {}
    for pid, text in answers.items():
        if not text.strip():
            continue
        dest = mapping.get(pid) or (pid if pid in target_ids else _CLOSING[target])
        several_into_one[dest] = several_into_one.get(dest, 0) + 1
    for pid in [p.id for p in vocab.REFLECTION_MODELS[source].prompts] + [k for k in answers if k not in prompts]:
        text = answers.get(pid, "")
        if not text.strip():
            continue
        dest = mapping.get(pid) or (pid if pid in target_ids else _CLOSING[target])
        if several_into_one[dest] > 1 and pid in prompts:
            text = f"{prompts[pid].label(lang)}: {text}"
        out.setdefault(dest, []).append(text)
    return {k: "\n\n".join(v) for k, v in out.items()}


class ReflectionEditor(QWidget):
    """Signals:
    changed(): the model or any answer changed.
    """

    changed = Signal()

    def __init__(self, lang: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.activity_id: str | None = None
        self._stored: vocab.Reflection | None = None
        self._baseline: tuple[M, dict[str, str]] = (M.VRIJ, {})
        self._model = M.VRIJ
        self._loading = False
        self.edits: dict[str, QPlainTextEdit] = {}
        lay = QVBoxLayout(self)
        top = QFormLayout()
        self.model_combo = QComboBox(self)
        self.model_combo.setObjectName("reflection_model")
        for m in M:
            self.model_combo.addItem(m.label(self.lang), m.value)
        self.model_combo.setAccessibleName(self.tr("Reflection model"))
        model_label = QLabel(self.tr("&Model"), self)
        model_label.setBuddy(self.model_combo)
        top.addRow(model_label, self.model_combo)
        lay.addLayout(top)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        set_role(self.description, "muted")
        lay.addWidget(self.description)
        self.prompts_box = QWidget(self)
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        self.prompts_layout.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.prompts_box)
        lay.addStretch(1)
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self._show_model(M.VRIJ, {})
        self.setEnabled(False)

    # ------------------------------------------------------------------ state

    def load(self, activity_id: str | None, reflection: vocab.Reflection | None) -> None:
        self.activity_id = activity_id
        self._stored = reflection
        model = reflection.model if reflection else M.VRIJ
        answers = dict(reflection.answers) if reflection else {}
        self._baseline = (model, answers)
        self._loading = True
        try:
            self.model_combo.setCurrentIndex(self.model_combo.findData(model.value))
        finally:
            self._loading = False
        self._show_model(model, answers)
        self.setEnabled(activity_id is not None)

    @property
    def stored(self) -> vocab.Reflection | None:
        return self._stored

    def model(self) -> M:
        return self._model

    def answers(self) -> dict[str, str]:
        return {pid: edit.toPlainText() for pid, edit in self.edits.items() if edit.toPlainText().strip()}

    def is_dirty(self) -> bool:
        if self.activity_id is None:
            return False
        base_model, base_answers = self._baseline
        clean = {k: v for k, v in base_answers.items() if v.strip()}
        return (self._model, self.answers()) != (base_model, clean) and not (
            self._stored is None and not self.answers()
        )

    def mark_saved(self) -> None:
        self._baseline = (self._model, self.answers())
        self._stored = vocab.Reflection(
            model=self._model,
            answers=self.answers(),
            activity_id=self.activity_id,
            id=self._stored.id if self._stored else vocab.new_id(),
        )

    # ------------------------------------------------------------------ model switch

    def _on_model_chosen(self, _index: int) -> None:
        if self._loading:
            return
        target = M(self.model_combo.currentData())
        moved = carry_over(self.answers(), self._model, target, self.lang)
        self._show_model(target, moved)
        self.changed.emit()

    def _show_model(self, model: M, answers: dict[str, str]) -> None:
        self._model = model
        spec = vocab.REFLECTION_MODELS[model]
        self.description.setText(spec.description(self.lang))
        while self.prompts_layout.count():
            item = self.prompts_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # deleted later; it must not linger on screen until then
                item.widget().deleteLater()
        self.edits = {}
        for prompt in spec.prompts:
            edit = QPlainTextEdit(self.prompts_box)
            edit.setObjectName(f"prompt_{prompt.id}")
            edit.setPlaceholderText(prompt.help(self.lang))
            edit.setAccessibleName(prompt.label(self.lang))
            edit.setAccessibleDescription(prompt.help(self.lang))
            edit.setTabChangesFocus(True)
            if len(spec.prompts) > 1:
                edit.setMinimumHeight(70)
                edit.setMaximumHeight(140)
            else:
                edit.setMinimumHeight(260)
            edit.setPlainText(answers.get(prompt.id, ""))
            edit.textChanged.connect(self.changed)
            label = QLabel(
                f"<b>{html.escape(prompt.label(self.lang))}</b> &nbsp;"
                f"<span style='color:{muted_color().name()}'>{html.escape(prompt.help(self.lang))}</span>",
                self.prompts_box,
            )
            label.setWordWrap(True)
            label.setBuddy(edit)
            self.prompts_layout.addWidget(label)
            self.prompts_layout.addWidget(edit)
            self.prompts_layout.addSpacing(6)
            self.edits[prompt.id] = edit
