"""The vacancy editor: details, core competencies with anchors, and the question kit
per agenda stage, saved together in one transaction."""

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.field_limits import LOCATION_MAX, TITLE_MAX
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import (
    VacancyDraft,
    decided_interviews,
    load_vacancy_draft,
    rated_competencies,
    save_vacancy,
)
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui.editors.base import EditorDialog, Problem, agenda_for, not_found
from interviewdesk.ui.editors.competencies_page import CompetenciesPage
from interviewdesk.ui.editors.questions_page import QuestionsPage
from interviewdesk.ui.editors.save_conflicts import EditMerge
from interviewdesk.ui.editors.store_messages import user_message
from interviewdesk.ui.editors.vacancy_merge import merge_vacancy
from interviewdesk.ui.editors.widgets import hint_label
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_LARGE
from interviewdesk.ui.window_size import fitting_size

# A new procedure ends this far ahead unless the user picks another date.
DEFAULT_PROCEDURE_WEEKS = 8


class VacancyDialog(EditorDialog):
    """Create or edit a vacancy with its competencies and questions."""

    def __init__(self, db: Database, vacancy_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.vacancy_id = vacancy_id
        self.setWindowTitle(self.tr("New vacancy") if vacancy_id is None
                            else self.tr("Edit vacancy"))
        self.resize(fitting_size(QSize(1000, 720), self))
        self.setMinimumSize(820, 600)

        rated = rated_competencies(db, vacancy_id) if vacancy_id is not None else {}
        self.details = self._build_details()
        decided = decided_interviews(db, vacancy_id) if vacancy_id is not None else 0
        self.competencies = CompetenciesPage(rated, decided=decided)
        self.questions_agenda = agenda_for(db)
        self.questions = QuestionsPage(self.questions_agenda, self.competencies.competencies)
        self.competencies.competenciesChanged.connect(self.questions.refresh_competencies)
        self.competencies.competenciesChanged.connect(self._update_tabs)
        self.competencies.competencyRemoved.connect(self.questions.unlink_competency)
        from interviewdesk.ui.library.vacancy_actions import VacancyLibrary

        self.library = VacancyLibrary(db, self.questions_agenda, self.collect,
                                      self.competencies, self.questions, self)
        self.kit_to_library = QPushButton(self.tr("Save &whole kit to library"))
        self.kit_to_library.setToolTip(self.tr("Keep every competency and question of this "
                                               "vacancy in the firm's library"))
        self.kit_to_library.clicked.connect(self.library.save_kit)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (self.details, self.competencies, self.questions):
            page.setContentsMargins(SPACING, SPACING_LARGE, SPACING, SPACING)
            self.tabs.addTab(page, "")
        self._update_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.kit_to_library)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._draft = VacancyDraft()
        self._shown_end: date | None = None
        if vacancy_id is not None:
            self._draft = load_vacancy_draft(db, vacancy_id)
            self.remember_base(self._draft)
        self.load(self._draft)
        self.title.setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, db: Database,
             vacancy_id: int | None = None) -> int | None:
        """Edit the vacancy ``vacancy_id`` (or a new one); its id once saved, else None."""
        try:
            dialog = cls(db, vacancy_id, parent)
        except LookupError:
            not_found(parent)
            return None
        return dialog.run()

    def _build_details(self) -> QWidget:
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Service engineer Utrecht"))
        self.department = QLineEdit()
        self.department.setMaxLength(TITLE_MAX)
        self.location = QLineEdit()
        self.location.setMaxLength(LOCATION_MAX)
        self.procedure_end = QDateEdit()
        self.procedure_end.setCalendarPopup(True)
        self.procedure_end.setMinimumWidth(150)
        self.procedure_end.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Paste the full vacancy text here. It is shown beside the interview, "
                    "so the panel can check what was promised."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Dep&artment:"), self.department)
        form.addRow(self.tr("&Location:"), self.location)
        end_row = QHBoxLayout()
        end_row.setSpacing(SPACING)
        end_row.addWidget(self.procedure_end)
        end_row.addWidget(hint_label(self.tr(
            "Candidates' data may be kept until 4 weeks after the procedure ends, or 1 year "
            "with their consent. Then the home view lists them under “Due for deletion”.")), 1)
        end_label = QLabel(self.tr("&Procedure ends:"))
        end_label.setBuddy(self.procedure_end)
        form.addRow(end_label, end_row)
        form.addRow(self.tr("&Vacancy text:"), self.text)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        return page

    def _update_tabs(self) -> None:
        competencies = len(self.competencies.competencies())
        self.tabs.setTabText(0, self.tr("&Details"))
        self.tabs.setTabText(1, self.tr("Co&mpetencies ({count})").format(count=competencies))
        self.tabs.setTabText(2, self.tr("Q&uestions"))

    # -- load / collect / save --------------------------------------------------------

    def load(self, draft: VacancyDraft) -> None:
        """Show ``draft`` in the widgets; from now on, changes count as unsaved."""
        self.title.setText(draft.title)
        self.department.setText(draft.department)
        self.location.setText(draft.location)
        end = draft.procedure_end or date.today() + timedelta(weeks=DEFAULT_PROCEDURE_WEEKS)
        self._shown_end = end
        self.procedure_end.setDate(QDate(end.year, end.month, end.day))
        self.text.setPlainText(draft.text)
        self.competencies.set_competencies(draft.competencies)
        self.questions.set_questions(draft.questions)
        self._update_tabs()
        self.mark_clean()

    def collect(self) -> VacancyDraft:
        """The vacancy as the widgets show it."""
        end = self.procedure_end.date()
        return VacancyDraft(
            id=self._draft.id,
            version=self._draft.version,
            title=self.title.text(),
            department=self.department.text(),
            location=self.location.text(),
            text=self.text.toPlainText(),
            procedure_end=date(end.year(), end.month(), end.day()),
            competencies=self.competencies.competencies(),
            questions=self.questions.questions(),
        )

    def check(self, draft: object) -> None:
        """Point at the first thing that stops the vacancy being saved."""
        assert isinstance(draft, VacancyDraft)
        if not draft.title.strip():
            raise Problem(self.tr("Give the vacancy a title."), self.title,
                          lambda: self.tabs.setCurrentWidget(self.details))
        seen: set[str] = set()
        for n, competency in enumerate(draft.competencies, start=1):
            name = competency.name.strip()
            message = ""
            if not name:
                message = self.tr("Competency {n} has no name yet.").format(n=n)
            elif name.casefold() in seen:
                message = self.tr("Two competencies are called “{name}”. Give each its own "
                                  "name.").format(name=name)
            if message:
                raise Problem(message, self.competencies.focus_name(),
                              lambda c=competency: self._reveal_competency(c))
            seen.add(name.casefold())
        for stage, questions in draft.questions.items():
            for question in questions:
                if not question.text.strip():
                    raise Problem(
                        self.tr("A question has no text yet. Type the question, or remove "
                                "it."),
                        self.questions.text,
                        lambda s=stage, q=question: self._reveal_question(s, q),
                    )

    def _reveal_competency(self, competency: object) -> None:
        self.tabs.setCurrentWidget(self.competencies)
        self.competencies.show_competency(competency)  # type: ignore[arg-type]

    def _reveal_question(self, stage: str, question: object) -> None:
        self.tabs.setCurrentWidget(self.questions)
        self.questions.show_question(stage, question)  # type: ignore[arg-type]

    def store(self, draft: object) -> int:
        """Write the vacancy with its competencies and questions."""
        assert isinstance(draft, VacancyDraft)
        return save_vacancy(self.db, draft)

    def problem_for(self, error: ValidationError) -> Problem:
        """The store refused the draft (e.g. deleted meanwhile): show its reason."""
        return Problem(user_message(error))

    # -- someone else saved or deleted the vacancy meanwhile ------------------------------

    def reload(self) -> VacancyDraft:
        """The vacancy as stored now."""
        assert self._draft.id is not None
        return load_vacancy_draft(self.db, self._draft.id)

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """Both versions of the vacancy, its competencies and its kit."""
        assert isinstance(base, VacancyDraft) and isinstance(theirs, VacancyDraft)
        assert isinstance(mine, VacancyDraft)
        if base.procedure_end is None:  # what this window showed for "no date yet"
            base = replace(base, procedure_end=self._shown_end)

        def stage_name(key: str) -> str:
            return self.questions_agenda.stage(key).name.in_language(current_language())

        return merge_vacancy(base, theirs, mine, stage_name)

    def show_merged(self, draft: object) -> None:
        """Show the merged (or new) vacancy in every tab."""
        assert isinstance(draft, VacancyDraft)
        self._draft = draft
        self.load(draft)

    def as_new(self, draft: object) -> VacancyDraft:
        """The vacancy as typed, as a new vacancy with new competencies and questions."""
        assert isinstance(draft, VacancyDraft)
        return replace(
            draft, id=None, version=0,
            competencies=[replace(c, id=None) for c in draft.competencies],
            questions={stage: [replace(q, id=None) for q in questions]
                       for stage, questions in draft.questions.items()})
