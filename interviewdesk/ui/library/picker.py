""""Add from library…": tick competencies and questions from the firm's library or
from the starter set, and get copies to add to the vacancy being edited.

The starter set is offered as a source beside the firm's library, in both languages
(see ``interviewdesk.domain.library`` for why it is not copied into the library).
"""

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.library import (
    LibraryCompetency,
    LibraryContents,
    LibraryError,
    LibraryQuestion,
    load_starter,
)
from interviewdesk.store.database import Database
from interviewdesk.store.library import (
    Additions,
    PickedQuestion,
    additions_for,
    library_contents,
)
from interviewdesk.store.vacancies import CompetencyDraft
from interviewdesk.ui import messages
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.library.tree import LibraryTree, describe
from interviewdesk.ui.style import SPACING, SPACING_LARGE
from interviewdesk.ui.window_size import fitting_size

log = logging.getLogger(__name__)

FIRM = "firm"
STARTER = "starter:"


class LibraryPicker(QDialog):
    """Choose library entries to copy into a vacancy."""

    def __init__(self, db: Database, agenda: Agenda, existing: list[CompetencyDraft],
                 parent: QWidget | None = None, *,
                 existing_questions: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add from library"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(fitting_size(QSize(980, 640), self))
        self._db = db
        self._existing = existing
        self._existing_questions = existing_questions
        self.additions: Additions | None = None

        self.source = QComboBox()
        self.source.addItem(self.tr("Your firm's library"), FIRM)
        self.source.addItem(self.tr("Starter set (Nederlands)"), STARTER + "nl")
        self.source.addItem(self.tr("Starter set (English)"), STARTER + "en")
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self.source)
        self.tree = LibraryTree(agenda, checkable=True)
        self.with_questions = QCheckBox(
            self.tr("Also add the &questions that test a ticked competency"))
        self.with_questions.setChecked(True)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Details of the entry"))
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary = QLabel()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("&Add"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(source_label)
        top.addWidget(self.source)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.with_questions)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([520, 440])
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.tree.currentChanged.connect(
            lambda entry: self.details.setHtml(describe(entry, self._stage_of(entry))))
        self.tree.checksChanged.connect(self._update_summary)
        self.with_questions.toggled.connect(self._update_summary)
        self.source.currentIndexChanged.connect(self._load_source)

        firm = self._firm_library()
        if firm.is_empty():
            language = current_language()
            self.source.setCurrentIndex(self.source.findData(STARTER + language))
        self._load_source()
        self.tree.search.setFocus()

    @classmethod
    def pick(cls, parent: QWidget | None, db: Database, agenda: Agenda,
             existing: list[CompetencyDraft],
             existing_questions: tuple[str, ...] = ()) -> Additions | None:
        """Copies of what the user ticked, or None if they cancelled; what the vacancy
        has already (``existing``, ``existing_questions``) is not added twice."""
        dialog = cls(db, agenda, existing, parent, existing_questions=existing_questions)
        try:
            return dialog.additions if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _stage_of(self, entry: object) -> str:
        return self.tree.stage_name(entry.stage) if isinstance(entry, LibraryQuestion) else ""

    def _firm_library(self) -> LibraryContents:
        try:
            return library_contents(self._db)
        except SQLAlchemyError:
            log.exception("The library could not be read")
            return LibraryContents()

    def _load_source(self) -> None:
        source = str(self.source.currentData())
        if source == FIRM:
            contents = self._firm_library()
            empty = self.tr("Your library is empty. In the vacancy editor, “Save to library” "
                            "keeps a competency or question here; or choose the starter set "
                            "as the source.")
        else:
            try:
                contents = load_starter(source.removeprefix(STARTER))
            except (OSError, LibraryError) as error:
                log.warning("The starter set cannot be read: %s", error)
                contents = LibraryContents()
            empty = self.tr("The starter set cannot be read. Reinstalling InterviewDesk "
                            "restores it.")
        self.tree.set_contents(contents, empty)
        self._update_summary()

    def chosen(self) -> tuple[list[LibraryCompetency], list[PickedQuestion]]:
        """The ticked competencies, and the ticked questions with the name of the
        competency each sits under ("" for none)."""
        competencies: list[LibraryCompetency] = []
        questions: list[PickedQuestion] = []
        for entry, item in self.tree.checked():
            if isinstance(entry, LibraryCompetency):
                competencies.append(entry)
            elif isinstance(entry, LibraryQuestion):
                owner = self.tree.entry(item.parent())
                questions.append(PickedQuestion(
                    entry, owner.name if isinstance(owner, LibraryCompetency) else ""))
        return competencies, questions

    def _additions(self) -> Additions:
        competencies, questions = self.chosen()
        return additions_for(self._existing, competencies, questions,
                             with_questions=self.with_questions.isChecked(),
                             existing_questions=self._existing_questions)

    def _update_summary(self) -> None:
        additions = self._additions()
        count = sum(len(q) for q in additions.questions.values())
        parts = [self.tr("Adds %n competency(ies)", "", len(additions.competencies)),
                 self.tr("%n question(s)", "", count)]
        if additions.skipped:
            parts.append(self.tr("%n competency(ies) already in the vacancy", "",
                                 len(additions.skipped)))
        if additions.skipped_questions:
            parts.append(self.tr("%n question(s) already in the vacancy", "",
                                 len(additions.skipped_questions)))
        self.summary.setText(" · ".join(parts))
        self.add_button.setEnabled(additions.count() > 0)

    def accept(self) -> None:
        """Take copies of what is ticked; say which competencies the vacancy already has."""
        additions = self._additions()
        if additions.count() == 0:
            return
        if additions.skipped:
            messages.inform(
                self, self.tr("Already in the vacancy"),
                self.tr("The vacancy already has a competency called {names}; it was not "
                        "added again.").format(names=", ".join(
                            f"“{name}”" for name in additions.skipped)))
        self.additions = additions
        super().accept()
