"""Editing one library entry: a competency (name, kind, description, keywords, five
anchors) or a question (text, probes, stage, kind, the competency it tests).

Built on :class:`EditorDialog`, so Save, Ctrl+S, "discard changes?" and pointing at
what is missing work as in every other editor — and so does a save that meets
someone else's save of the same entry (both versions, merged or chosen).
"""

from dataclasses import replace

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
from interviewdesk.domain.library import LibraryCompetency, LibraryContents, LibraryQuestion
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS
from interviewdesk.store.database import Database
from interviewdesk.store.library import (
    library_contents,
    save_to_library,
    update_competency,
    update_question,
)
from interviewdesk.ui.editors.anchors import AnchorsEditor
from interviewdesk.ui.editors.base import EditorDialog, Problem
from interviewdesk.ui.editors.save_conflicts import EditMerge
from interviewdesk.ui.editors.widgets import fill_choices, select_data
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.library.entry_merge import find_entry, merge_competency, merge_question
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
        self.show_merged(entry)
        self.remember_base(entry)
        self.mark_clean()
        self.name.setFocus()

    def show_merged(self, draft: object) -> None:
        """Show ``draft`` (the entry, a merge of two versions, or a new entry)."""
        assert isinstance(draft, LibraryCompetency)
        self._entry = draft
        self.name.setText(draft.name)
        select_data(self.kind, draft.kind)
        self.description.setPlainText(draft.description)
        self.keywords.setText(draft.keywords)
        self.anchors.set_anchors(draft.anchors)

    def reload(self) -> LibraryCompetency:
        """The competency as the library holds it now."""
        found = find_entry(library_contents(self.db), self._entry)
        assert isinstance(found, LibraryCompetency)
        return found

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """Both versions of the competency, field by field."""
        assert isinstance(base, LibraryCompetency) and isinstance(theirs, LibraryCompetency)
        assert isinstance(mine, LibraryCompetency)
        return merge_competency(base, theirs, mine)

    def as_new(self, draft: object) -> LibraryCompetency:
        """The competency as typed, as a new library entry."""
        assert isinstance(draft, LibraryCompetency)
        return replace(draft, id=None, version=0, questions=[])

    def collect(self) -> LibraryCompetency:
        """The competency as the fields show it."""
        return LibraryCompetency(
            id=self._entry.id, version=self._entry.version, name=self.name.text(),
            kind=str(self.kind.currentData()),
            description=self.description.toPlainText(), keywords=self.keywords.text(),
            anchors=self.anchors.anchors())

    def check(self, draft: object) -> None:
        """A competency needs a name."""
        assert isinstance(draft, LibraryCompetency)
        if not draft.name.strip():
            raise Problem(self.tr("Give the competency a name."), self.name)

    def store(self, draft: object) -> int:
        """Write the competency to the library."""
        assert isinstance(draft, LibraryCompetency)
        if draft.id is None:  # saved as new: it was deleted meanwhile
            return save_to_library(self.db, LibraryContents([draft], []),
                                   update_duplicates=False).competency_ids[0]
        update_competency(self.db, draft)
        return draft.id


class LibraryQuestionDialog(_EntryDialog):
    """Edit a library question and the library competency it tests."""

    def __init__(self, db: Database, entry: LibraryQuestion, agenda: Agenda,
                 competencies: list[LibraryCompetency], parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Edit library question"))
        self.resize(fitting_size(QSize(760, 480), self))
        self._entry = entry
        self._names: dict[int | None, str] = {c.id: c.name for c in competencies}
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
        self.show_merged(entry)
        self.remember_base(entry)
        self.mark_clean()
        self.text.setFocus()

    def show_merged(self, draft: object) -> None:
        """Show ``draft`` (the entry, a merge of two versions, or a new entry)."""
        assert isinstance(draft, LibraryQuestion)
        self._entry = draft
        self.text.setPlainText(draft.text)
        self.probes.setPlainText(draft.probes)
        select_data(self.stage, draft.stage)
        select_data(self.kind, draft.kind)
        select_data(self.competency, draft.competency_id)

    def reload(self) -> LibraryQuestion:
        """The question as the library holds it now."""
        contents = library_contents(self.db)
        found = find_entry(contents, self._entry)
        assert isinstance(found, LibraryQuestion)
        self._names = {c.id: c.name for c in contents.competencies}
        return found

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """Both versions of the question, field by field."""
        assert isinstance(base, LibraryQuestion) and isinstance(theirs, LibraryQuestion)
        assert isinstance(mine, LibraryQuestion)

        def stage_name(key: str) -> str:
            index = self.stage.findData(key)
            return self.stage.itemText(index) if index >= 0 else key

        def competency_name(value: object) -> str:
            if value is None:
                return self.tr("— none —")
            return self._names.get(value if isinstance(value, int) else None, str(value))

        return merge_question(base, theirs, mine, stage_name, competency_name)

    def as_new(self, draft: object) -> LibraryQuestion:
        """The question as typed, as a new library entry."""
        assert isinstance(draft, LibraryQuestion)
        return replace(draft, id=None, version=0)

    def collect(self) -> LibraryQuestion:
        """The question as the fields show it."""
        return LibraryQuestion(
            id=self._entry.id, version=self._entry.version, text=self.text.toPlainText(),
            probes=self.probes.toPlainText(),
            stage=str(self.stage.currentData()), kind=str(self.kind.currentData()),
            competency_id=self.competency.currentData())

    def check(self, draft: object) -> None:
        """A question needs its text."""
        assert isinstance(draft, LibraryQuestion)
        if not draft.text.strip():
            raise Problem(self.tr("Type the question."), self.text)

    def store(self, draft: object) -> int:
        """Write the question to the library."""
        assert isinstance(draft, LibraryQuestion)
        if draft.id is None:  # saved as new: it was deleted meanwhile
            save_to_library(self.db, LibraryContents([], [draft]), update_duplicates=False)
            return 0
        update_question(self.db, draft)
        return draft.id
