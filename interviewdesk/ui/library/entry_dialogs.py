"""Editing one library entry: a competency (name, kind, description, keywords, five
anchors) or a question (text, probes, stage, kind, the competency it tests).

Built on :class:`EditorDialog`, so Save, Ctrl+S, "discard changes?" and pointing at
what is missing work as in every other editor.
"""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import QUESTION_STAGES, Agenda
from interviewdesk.domain.field_limits import NAME_MAX
from interviewdesk.domain.library import LibraryCompetency, LibraryQuestion
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS
from interviewdesk.store.database import Database
from interviewdesk.store.library import update_competency, update_question
from interviewdesk.ui.editors.anchors import AnchorsEditor
from interviewdesk.ui.editors.base import EditorDialog, Problem
from interviewdesk.ui.editors.widgets import fill_choices, select_data
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_LARGE
from interviewdesk.ui.window_size import fitting_size


class _EntryDialog(EditorDialog):
    """What both entry editors share: a form above Save and Cancel."""

    def __init__(self, db: Database, parent: QWidget | None) -> None:
        super().__init__(db, parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setSpacing(SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.buttons)

    def saved(self) -> bool:
        """Show modally; whether the entry was saved."""
        return self.run() is not None

    @staticmethod
    def text_field(lines: int) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)
        field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 12)
        return field


class LibraryCompetencyDialog(_EntryDialog):
    """Edit or rename a library competency."""

    def __init__(self, db: Database, entry: LibraryCompetency,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Edit library competency"))
        self.resize(fitting_size(QSize(820, 640), self))
        self._entry = entry
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.kind = QComboBox()
        fill_choices(self.kind, COMPETENCY_KINDS)
        self.description = self.text_field(2)
        self.keywords = QLineEdit()
        self.anchors = AnchorsEditor()
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("Descr&iption:"), self.description)
        self.form.addRow(self.tr("Ke&ywords:"), self.keywords)
        self.form.addRow(self.tr("Anchors:"), self.anchors)
        self.name.setText(entry.name)
        select_data(self.kind, entry.kind)
        self.description.setPlainText(entry.description)
        self.keywords.setText(entry.keywords)
        self.anchors.set_anchors(entry.anchors)
        self.mark_clean()
        self.name.setFocus()

    def collect(self) -> LibraryCompetency:
        """The competency as the fields show it."""
        return LibraryCompetency(
            id=self._entry.id, name=self.name.text(), kind=str(self.kind.currentData()),
            description=self.description.toPlainText(), keywords=self.keywords.text(),
            anchors=self.anchors.anchors())

    def check(self, draft: object) -> None:
        """A competency needs a name."""
        assert isinstance(draft, LibraryCompetency)
        if not draft.name.strip():
            raise Problem(self.tr("Give the competency a name."), self.name)

    def store(self, draft: object) -> int:
        """Write the competency to the library."""
        assert isinstance(draft, LibraryCompetency) and draft.id is not None
        try:
            update_competency(self.db, draft)
        except LookupError:
            raise Problem(self.tr("This library entry was deleted meanwhile.")) from None
        return draft.id


class LibraryQuestionDialog(_EntryDialog):
    """Edit a library question and the library competency it tests."""

    def __init__(self, db: Database, entry: LibraryQuestion, agenda: Agenda,
                 competencies: list[LibraryCompetency], parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Edit library question"))
        self.resize(fitting_size(QSize(760, 480), self))
        self._entry = entry
        language = current_language()
        self.text = self.text_field(4)
        self.probes = self.text_field(6)
        self.stage = QComboBox()
        for key in QUESTION_STAGES:
            self.stage.addItem(agenda.stage(key).name.in_language(language), key)
        self.kind = QComboBox()
        fill_choices(self.kind, QUESTION_KINDS)
        self.competency = QComboBox()
        self.competency.addItem(self.tr("— none —"), None)
        for competency in competencies:
            self.competency.addItem(competency.name, competency.id)
        self.form.addRow(self.tr("&Question:"), self.text)
        self.form.addRow(self.tr("&Probes:"), self.probes)
        self.form.addRow(self.tr("S&tage:"), self.stage)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Competency tested:"), self.competency)
        self.text.setPlainText(entry.text)
        self.probes.setPlainText(entry.probes)
        select_data(self.stage, entry.stage)
        select_data(self.kind, entry.kind)
        select_data(self.competency, entry.competency_id)
        self.mark_clean()
        self.text.setFocus()

    def collect(self) -> LibraryQuestion:
        """The question as the fields show it."""
        return LibraryQuestion(
            id=self._entry.id, text=self.text.toPlainText(), probes=self.probes.toPlainText(),
            stage=str(self.stage.currentData()), kind=str(self.kind.currentData()),
            competency_id=self.competency.currentData())

    def check(self, draft: object) -> None:
        """A question needs its text."""
        assert isinstance(draft, LibraryQuestion)
        if not draft.text.strip():
            raise Problem(self.tr("Type the question."), self.text)

    def store(self, draft: object) -> int:
        """Write the question to the library."""
        assert isinstance(draft, LibraryQuestion) and draft.id is not None
        try:
            update_question(self.db, draft)
        except LookupError:
            raise Problem(self.tr("This library entry was deleted meanwhile.")) from None
        return draft.id
