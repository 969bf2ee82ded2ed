"""Quoting a note from the interview as evidence: a small dialog lists the notes
taken during this interview — those on questions about the competency first — and
the chosen one is inserted in quotation marks, with where it was noted."""

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import AgendaError, default_agenda, load_agenda
from interviewdesk.store.assessments import InterviewNote
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, scaled_font
from interviewdesk.ui.wizard.fields import quiet

# Longest question text shown as a note's source before it is cut short.
SOURCE_LENGTH = 70
# Longest first line of a note shown in the list.
PREVIEW_LENGTH = 110
NOTE_ROLE = Qt.ItemDataRole.UserRole


def _shorten(text: str, length: int) -> str:
    """``text`` on one line, cut at the last whole word that fits with "…" after it
    (a single word longer than ``length`` is kept whole rather than broken)."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    if cut <= 0:
        cut = text.find(" ")
        if cut < 0:
            return text
    return text[:cut].rstrip(" ,;:.-–—") + "…"


def stage_names(data_dir: Path) -> dict[str, str]:
    """The agenda's short stage names in the interface language, to say where a
    quoted note was taken (the standard agenda if the data folder's cannot be read)."""
    try:
        agenda = load_agenda(data_dir)
    except AgendaError:
        agenda = default_agenda()
    language = current_language()
    return {stage.key: stage.short_name.in_language(language) for stage in agenda.stages}


def note_source(note: InterviewNote, stage_names: Mapping[str, str]) -> str:
    """Where a note was taken: the stage, and the question if it is about one."""
    stage = stage_names.get(note.stage, note.stage)
    if not note.question.strip():
        return stage
    return f"{stage} · {_shorten(note.question, SOURCE_LENGTH)}"


class NotePicker(QDialog):
    """Lists ``notes`` for quoting as evidence of ``competency`` (the notes about
    ``competency_id`` first, then the others); :attr:`note` is the one chosen."""

    def __init__(self, notes: Sequence[InterviewNote], competency_id: int, competency: str,
                 stage_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quote from interview notes"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.notes = list(notes)
        self.note: InterviewNote | None = None

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(2)
        linked = [n for n in self.notes if n.competency_id == competency_id]
        others = [n for n in self.notes if n.competency_id != competency_id]
        for title, group in ((self.tr("About {name}").format(name=competency), linked),
                             (self.tr("Other notes from this interview"), others)):
            if not group:
                continue
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not to be chosen
            header.setFont(scaled_font(self.list, 1.0, bold=True))
            self.list.addItem(header)
            for note in group:
                first = note.text.splitlines()[0] if note.text else ""
                item = QListWidgetItem(f"{note_source(note, stage_names)}\n"
                                       f"    {_shorten(first, PREVIEW_LENGTH)}")
                item.setData(NOTE_ROLE, self.notes.index(note))
                self.list.addItem(item)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The whole note"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.quote_button = self.buttons.addButton(self.tr("Quote"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.quote_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.activated.connect(lambda _index: self.accept())  # Enter quotes it

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(quiet(self.tr(
            "Choose a note taken during this interview; it is added to the evidence in "
            "quotation marks, with where it was noted.")))
        layout.addWidget(self.list, 3)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        first = next((i for i in range(self.list.count())
                      if self.list.item(i).data(NOTE_ROLE) is not None), None)
        if first is not None:
            self.list.setCurrentRow(first)
        self._show(self.list.currentItem())

    def select(self, index: int) -> None:
        """Make note ``index`` (of the notes as given) the current one."""
        for row in range(self.list.count()):
            if self.list.item(row).data(NOTE_ROLE) == index:
                self.list.setCurrentRow(row)
                return
        raise IndexError(index)

    def _current(self) -> InterviewNote | None:
        item = self.list.currentItem()
        index = item.data(NOTE_ROLE) if item is not None else None
        return self.notes[index] if index is not None else None

    def _show(self, _item: object) -> None:
        note = self._current()
        self.preview.setPlainText(note.text if note is not None else "")
        self.quote_button.setEnabled(note is not None)

    def accept(self) -> None:
        """Quote the current note (nothing happens while a heading is current)."""
        self.note = self._current()
        if self.note is not None:
            super().accept()

    def quotation(self, stage_names: Mapping[str, str]) -> str:
        """The chosen note as it goes into the evidence."""
        if self.note is None:
            return ""
        return self.tr("“{note}” ({source})").format(
            note=self.note.text.strip(), source=note_source(self.note, stage_names))

    @classmethod
    def pick(cls, parent: QWidget | None, notes: Sequence[InterviewNote], competency_id: int,
             competency: str, stage_names: Mapping[str, str]) -> str | None:
        """Let the user choose a note; the quotation to insert, or ``None``."""
        dialog = cls(notes, competency_id, competency, stage_names, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.quotation(stage_names)
        finally:
            dialog.deleteLater()
