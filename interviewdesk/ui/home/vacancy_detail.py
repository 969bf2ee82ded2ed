"""The right side of the home view: one vacancy's heading and its Candidates,
Interviews, Competencies and Comparison tabs.

On the Interviews tab the primary command (Enter, double-click, the default button)
opens the interview window; planning it is "Edit planning…", and its context menu
also opens the assessment form and the panel discussion. On the Candidates tab a CV
or letter file can be dropped on a candidate, or chosen from its context menu. The
Comparison tab's view (:class:`~interviewdesk.ui.assessment.comparison_view.ComparisonView`)
is made the first time it is needed; the home view fills it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store.rows import (
    CandidateRow,
    CompetencyRow,
    InterviewRow,
    VacancyHeader,
)
from interviewdesk.ui.home.file_drop import RowFileDrop
from interviewdesk.ui.home.formatting import format_date
from interviewdesk.ui.home.models import CandidatesModel, CompetenciesModel, InterviewsModel
from interviewdesk.ui.home.record_table import RecordTable
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_muted, plain_text, scaled_font

if TYPE_CHECKING:
    from interviewdesk.ui.assessment.comparison_view import ComparisonView

CANDIDATES_TAB, INTERVIEWS_TAB, COMPETENCIES_TAB, COMPARISON_TAB = range(4)


class VacancyDetail(QWidget):
    """The selected vacancy, or a sentence saying how to choose or create one.

    The buttons and tables only announce what the user asked for (``*_requested``
    signals carrying row objects); the home view decides what happens.
    ``document_requested(row, kind, path)`` asks to import a CV (``kind`` "cv") or
    letter ("letter") for a candidate, from ``path`` ("": let the user choose a file).
    ``interview_selection_changed`` follows the selected interview;
    ``assessment_form_requested`` and ``panel_discussion_requested`` carry an interview
    row (from the Interviews tab) and ``comparison_interview_activated`` an interview id
    (a candidate chosen in the comparison).
    """

    edit_vacancy_requested = Signal()
    delete_vacancy_requested = Signal()
    add_candidate_requested = Signal()
    edit_candidate_requested = Signal(object)  # CandidateRow
    delete_candidate_requested = Signal(object)  # CandidateRow
    document_requested = Signal(object, str, str)  # CandidateRow, kind, path
    contact_log_requested = Signal(object)  # CandidateRow
    letter_requested = Signal(object)  # CandidateRow
    reference_checks_requested = Signal(object)  # CandidateRow
    add_interview_requested = Signal()
    open_interview_requested = Signal(object)  # InterviewRow
    edit_interview_requested = Signal(object)  # InterviewRow
    delete_interview_requested = Signal(object)  # InterviewRow
    interview_selection_changed = Signal()
    assessment_form_requested = Signal(object)  # InterviewRow
    panel_discussion_requested = Signal(object)  # InterviewRow
    comparison_interview_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header: VacancyHeader | None = None

        self.title = plain_text(QLabel())  # the title as typed, never as markup
        self.title.setFont(scaled_font(self.title, 1.5, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.facts = plain_text(make_muted(QLabel()))
        self.facts.setWordWrap(True)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_vacancy_requested)
        self.delete_button.clicked.connect(self.delete_vacancy_requested)

        self.candidates = RecordTable(CandidatesModel(self))
        self.interviews = RecordTable(InterviewsModel(self))
        self.competencies = RecordTable(CompetenciesModel(self), can_delete=False)
        self.import_cv_action = self.candidates.add_row_action(button=False, separator=True)
        self.import_letter_action = self.candidates.add_row_action(button=False)
        self.contact_log_action = self.candidates.add_row_action()
        self.letter_action = self.candidates.add_row_action()
        self.reference_checks_action = self.candidates.add_row_action()
        self.cv_drop = RowFileDrop(self.candidates.table)
        # Open (or continue) is the interview tab's primary command, planning comes second.
        self.interviews.edit_button.setDefault(True)
        self.edit_planning_action = self.interviews.add_row_action()
        self.assessment_form_action = self.interviews.add_row_action(button=False,
                                                                     separator=True)
        self.panel_discussion_action = self.interviews.add_row_action(button=False)
        # The comparison view is built on first use (see comparison_view()).
        self.comparison: ComparisonView | None = None
        self.comparison_page = QWidget()
        comparison_layout = QVBoxLayout(self.comparison_page)
        comparison_layout.setContentsMargins(0, SPACING, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.candidates, "")
        self.tabs.addTab(self.interviews, "")
        self.tabs.addTab(self.competencies, "")
        self.tabs.addTab(self.comparison_page, "")

        self._connect_tables()

        title_row = QHBoxLayout()
        title_row.setSpacing(SPACING)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(SPACING // 2)
        page_layout.addLayout(title_row)
        page_layout.addWidget(self.facts)
        page_layout.addSpacing(SPACING)
        page_layout.addWidget(self.tabs, 1)

        self.nothing_selected = make_muted(QLabel())
        self.nothing_selected.setWordWrap(True)
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.nothing_selected)
        self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING, SPACING_LARGE, SPACING)
        layout.addWidget(self.pages)
        self.retranslate_ui()

    def _connect_tables(self) -> None:
        candidates, interviews = self.candidates, self.interviews
        candidates.add_requested.connect(self.add_candidate_requested)
        candidates.edit_requested.connect(
            lambda row: self.edit_candidate_requested.emit(candidates.model.row_at(row)))
        candidates.delete_requested.connect(
            lambda row: self.delete_candidate_requested.emit(candidates.model.row_at(row)))
        self.import_cv_action.triggered.connect(lambda: self._import_document("cv"))
        self.import_letter_action.triggered.connect(lambda: self._import_document("letter"))
        self.contact_log_action.triggered.connect(self._contact_log)
        self.letter_action.triggered.connect(self._write_letter)
        self.reference_checks_action.triggered.connect(self._reference_checks)
        self.cv_drop.dropped.connect(
            lambda row, path: self.document_requested.emit(
                candidates.model.row_at(row), "cv", path))
        interviews.add_requested.connect(self.add_interview_requested)
        interviews.edit_requested.connect(
            lambda row: self.open_interview_requested.emit(interviews.model.row_at(row)))
        self.edit_planning_action.triggered.connect(self._edit_planning)
        self.assessment_form_action.triggered.connect(
            lambda: self._on_interview(self.assessment_form_requested))
        self.panel_discussion_action.triggered.connect(
            lambda: self._on_interview(self.panel_discussion_requested))
        interviews.delete_requested.connect(
            lambda row: self.delete_interview_requested.emit(interviews.model.row_at(row)))
        interviews.selection_changed.connect(self._interview_selection_changed)
        # Competencies are edited with their vacancy (anchors, question kit).
        self.competencies.add_requested.connect(self.edit_vacancy_requested)
        self.competencies.edit_requested.connect(lambda _row: self.edit_vacancy_requested.emit())

    # -- contents -------------------------------------------------------------------

    def show_vacancy(self, header: VacancyHeader | None, candidates: list[CandidateRow],
                     interviews: list[InterviewRow], competencies: list[CompetencyRow]) -> None:
        """Show one vacancy with its lists, or (``header`` ``None``) the hint to pick one.
        The same vacancy shown again keeps its selected candidate and interview."""
        same = header is not None and self.header is not None and header.id == self.header.id
        candidate = self.selected_candidate() if same else None
        interview = self.selected_interview() if same else None
        self.header = header
        self.candidates.model.set_rows(candidates)
        self.interviews.model.set_rows(interviews)
        self.competencies.model.set_rows(competencies)
        if candidate is not None:
            self._reselect(self.candidates, self._candidate_position(candidate.candidate_id))
        if interview is not None:
            self._reselect(self.interviews, self._interview_position(interview.id))
        self.pages.setCurrentIndex(0 if header is None else 1)
        self._update_texts()

    def selected_candidate(self) -> CandidateRow | None:
        row = self.candidates.current_row()
        return self.candidates.model.row_at(row) if row is not None else None

    def selected_interview(self) -> InterviewRow | None:
        row = self.interviews.current_row()
        return self.interviews.model.row_at(row) if row is not None else None

    def select_candidate(self, candidate_id: int) -> bool:
        """Show the Candidates tab with the candidate ``candidate_id`` selected."""
        position = self._candidate_position(candidate_id)
        if position is None:
            return False
        self.tabs.setCurrentIndex(CANDIDATES_TAB)
        self.candidates.select_row(position)
        return True

    def select_interview(self, interview_id: int) -> bool:
        """Show the Interviews tab with the interview ``interview_id`` selected."""
        position = self._interview_position(interview_id)
        if position is None:
            return False
        self.tabs.setCurrentIndex(INTERVIEWS_TAB)
        self.interviews.select_row(position)
        return True

    def _candidate_position(self, candidate_id: int) -> int | None:
        return self.candidates.model.position_of(candidate_id)  # type: ignore[attr-defined]

    def _interview_position(self, interview_id: int) -> int | None:
        for position, row in enumerate(self.interviews.model.rows()):
            if row.id == interview_id:
                return position
        return None

    @staticmethod
    def _reselect(table: RecordTable, position: int | None) -> None:
        if position is not None:
            table.select_row(position)

    # -- commands on rows -----------------------------------------------------------

    def _import_document(self, kind: str) -> None:
        candidate = self.selected_candidate()
        if candidate is not None:
            self.document_requested.emit(candidate, kind, "")

    def _contact_log(self) -> None:
        row = self.selected_candidate()
        if row is not None:
            self.contact_log_requested.emit(row)

    def _write_letter(self) -> None:
        row = self.selected_candidate()
        if row is not None:
            self.letter_requested.emit(row)

    def _reference_checks(self) -> None:
        row = self.selected_candidate()
        if row is not None:
            self.reference_checks_requested.emit(row)

    def _edit_planning(self) -> None:
        interview = self.selected_interview()
        if interview is not None:
            self.edit_interview_requested.emit(interview)

    def _on_interview(self, signal: SignalInstance) -> None:
        interview = self.selected_interview()
        if interview is not None:
            signal.emit(interview)

    def comparison_view(self) -> "ComparisonView":
        """The Comparison tab's view, made now if it was not yet."""
        if self.comparison is None:
            from interviewdesk.ui.assessment.comparison_view import ComparisonView

            self.comparison = ComparisonView()
            self.comparison.interviewActivated.connect(self.comparison_interview_activated)
            layout = self.comparison_page.layout()
            assert layout is not None
            layout.addWidget(self.comparison)
            self.comparison.setVisible(True)  # at once, not when the event loop gets to it
        return self.comparison

    def comparison_shown(self) -> bool:
        """Whether the Comparison tab is the one in front."""
        return self.pages.currentIndex() == 1 and self.tabs.currentIndex() == COMPARISON_TAB

    def _interview_selection_changed(self) -> None:
        self._update_open_text()
        self.interview_selection_changed.emit()

    def open_text(self, interview: InterviewRow | None) -> str:
        """What opening ``interview`` is called: "Continue interview" once it has
        started, else "Open interview"."""
        if interview is not None and interview.started:
            return self.tr("Continue interview")
        return self.tr("Open interview")

    def _update_open_text(self) -> None:
        text = self.open_text(self.selected_interview())
        self.interviews.set_action_text(self.interviews.edit_action, text)

    # -- language -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit vacancy…"))
        self.delete_button.setText(self.tr("Delete vacancy…"))
        self.nothing_selected.setText(
            self.tr("Choose a vacancy on the left, or create one with + Vacancy."))
        self.candidates.set_texts(
            empty=self.tr("No candidates yet — add one with + Candidate, with their CV and "
                          "motivation letter."),
            add=self.tr("+ Candidate"), edit=self.tr("Edit candidate…"),
            delete=self.tr("Delete candidate…"),
            hint=self.tr("Drop a CV file on a candidate to import it."))
        self.candidates.hint.setToolTip(
            self.tr("Drag a PDF, DOCX or TXT file from your file manager onto a candidate "
                    "to import it as their CV."))
        self.import_cv_action.setText(self.tr("Import CV…"))
        self.import_letter_action.setText(self.tr("Import motivation letter…"))
        self.candidates.set_action_text(self.contact_log_action, self.tr("Contact log…"))
        self.candidates.set_action_text(self.letter_action,
                                        self.tr("Write to the candidate…"))
        self.candidates.set_action_text(self.reference_checks_action,
                                        self.tr("Reference checks…"))
        self.interviews.set_texts(
            empty=self.tr("No interviews planned yet — plan one with + Interview: choose the "
                          "candidate, the date and the panel. When the candidate arrives, "
                          "open it here to hold the interview."),
            add=self.tr("+ Interview"), edit=self.tr("Open interview"),
            delete=self.tr("Delete interview…"))
        self.interviews.set_action_text(self.edit_planning_action, self.tr("Edit planning…"))
        self.interviews.set_action_text(self.assessment_form_action,
                                        self.tr("Assessment form…"))
        self.interviews.set_action_text(self.panel_discussion_action,
                                        self.tr("Panel discussion…"))
        self._update_open_text()
        self.competencies.set_texts(
            empty=self.tr("No competencies yet. Add the 3 to 6 that matter most for this "
                          "role; the interview questions and the assessment form are built "
                          "on them."),
            add=self.tr("Edit competencies…"), edit=self.tr("Edit competencies…"),
            delete="")
        self.competencies.edit_button.hide()
        for table in (self.candidates, self.interviews, self.competencies):
            table.model.retranslate()
        self._update_texts()

    def _update_texts(self) -> None:
        header = self.header
        counts = (self.candidates.model.rowCount(), self.interviews.model.rowCount(),
                  self.competencies.model.rowCount())
        self.tabs.setTabText(CANDIDATES_TAB, self.tr("Candidates ({n})").format(n=counts[0]))
        self.tabs.setTabText(INTERVIEWS_TAB, self.tr("Interviews ({n})").format(n=counts[1]))
        self.tabs.setTabText(COMPETENCIES_TAB,
                             self.tr("Competencies ({n})").format(n=counts[2]))
        self.tabs.setTabText(COMPARISON_TAB, self.tr("Comparison"))
        if header is None:
            self.title.clear()
            self.facts.clear()
            return
        self.title.setText(header.title)
        facts = [part for part in (header.department, header.location) if part]
        if header.procedure_end is not None:
            facts.insert(0, self.tr("Procedure ends {date}").format(
                date=format_date(header.procedure_end)))
        else:
            facts.insert(0, self.tr("No end date set for the procedure"))
        self.facts.setText(" · ".join(facts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
