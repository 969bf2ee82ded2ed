"""The home view: vacancies, upcoming interviews and the follow-up on the left, the
selected vacancy on the right, and search over both.

Two parts are read lazily, so the view appears without waiting for them: the
follow-up and who is due for deletion (together ≈0.7 s on ten thousand candidates)
are read on a worker thread after each refresh (:class:`~interviewdesk.ui.latest_read.
LatestRead`: a newer refresh supersedes an older reading, whose result is never
shown), so the window stays free also when the lists follow a colleague's changes
every few seconds; the Comparison tab only when it is in front.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from interviewdesk.domain.agenda import Agenda, default_agenda
from interviewdesk.domain.retention import RetentionPolicy
from interviewdesk.store import queries
from interviewdesk.store.database import Database
from interviewdesk.store.queries import CandidateRow, InterviewRow, SearchResult, UpcomingInterview
from interviewdesk.store.search_places import HIT_END, HIT_START, PlacedHit, search_places
from interviewdesk.ui.home.commands import RecordCommands
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.home.sidebar import Sidebar, beside_the_sidebar
from interviewdesk.ui.home.vacancy_detail import COMPARISON_TAB, INTERVIEWS_TAB, VacancyDetail
from interviewdesk.ui.latest_read import LatestRead
from interviewdesk.ui.quiet_refresh import keeping_view

if TYPE_CHECKING:
    from interviewdesk.store.assessments import AwaitingFeedback, FollowUp
    from interviewdesk.store.retention import CandidateRetention

SEARCH_DELAY_MS = 150


class HomeView(QWidget):
    """Everything the interviewer looks at between interviews.

    It reads through ``store.queries`` only, and changes data only through
    :class:`RecordCommands`, whose ``changed`` signal makes it reload.
    ``vacancy_changed`` carries the selected vacancy's id (0 for none);
    ``open_interview_requested(interview_id)`` asks for the interview window (the main
    window keeps those); ``interview_selection_changed`` follows
    :meth:`selected_interview`. ``agenda`` names the stages interviews stand at.
    ``assessment_form_requested(interview_id, panel_member_id)`` (0: ask who) and
    ``panel_discussion_requested(interview_id)`` ask for those windows; "Feedback
    given" goes through :meth:`RecordCommands.give_feedback`.
    """

    vacancy_changed = Signal(int)
    open_interview_requested = Signal(int)
    #: (interview_id, stage, question_id or 0): open the interview there (a notes hit).
    open_interview_at_requested = Signal(int, str, int)
    interview_selection_changed = Signal()
    assessment_form_requested = Signal(int, int)
    panel_discussion_requested = Signal(int)
    follow_up_loaded = Signal()
    #: The number of candidates past their retention date, after each reading.
    retention_loaded = Signal(int)

    def __init__(self, db: Database, commands: RecordCommands, agenda: Agenda | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.commands = commands
        self.sidebar = Sidebar()
        self.detail = VacancyDetail()
        self.detail.interviews.model.set_agenda(  # type: ignore[attr-defined]
            agenda or default_agenda())
        self._vacancy_id: int | None = None
        self._search_text = ""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._follow_up_timer = QTimer(self)
        self._follow_up_timer.setSingleShot(True)
        self._follow_up_timer.setInterval(0)
        self._follow_up_timer.timeout.connect(self.read_follow_up)
        self._follow_up_reading = LatestRead(self._read_follow_up_and_retention, self,
                                             "interviewdesk-follow-up")
        self._follow_up_reading.done.connect(self._show_follow_up_read)
        self._follow_up_reading.failed.connect(self._follow_up_not_read)
        # The vacancy whose comparison is shown, None when it must be read again.
        self._comparison_of: int | None = None
        #: The retention periods from the settings (the main window keeps it current).
        self.retention_policy = RetentionPolicy()

        self.splitter = beside_the_sidebar(self.sidebar, self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._connect()

    def _connect(self) -> None:
        sidebar, detail, commands = self.sidebar, self.detail, self.commands
        sidebar.vacancy_selected.connect(lambda vid: self.select_vacancy(vid or None))
        sidebar.edit_vacancy_requested.connect(commands.edit_vacancy)
        sidebar.delete_vacancy_requested.connect(self._delete_vacancy)
        sidebar.copy_vacancy_requested.connect(self.copy_vacancy)
        sidebar.upcoming_chosen.connect(self._show_upcoming)
        sidebar.upcoming_activated.connect(
            lambda row: self.open_interview_requested.emit(row.id))
        sidebar.result_chosen.connect(self.open_search_result)
        follow = sidebar.follow_up
        follow.feedback_chosen.connect(self._show_awaiting)
        follow.feedback_given_requested.connect(
            lambda row: commands.give_feedback(row.interview_id, row.candidate_name))
        follow.panel_requested.connect(self.panel_discussion_requested)
        sidebar.retention.candidate_chosen.connect(self._show_due)
        sidebar.retention.erase_requested.connect(
            lambda row: commands.erase_candidate(row.candidate_id, row.name, "retention"))
        follow.assessment_requested.connect(
            lambda row: self.assessment_form_requested.emit(row.interview_id,
                                                            row.panel_member_id))
        detail.edit_vacancy_requested.connect(self._edit_selected_vacancy)
        detail.delete_vacancy_requested.connect(
            lambda: self._delete_vacancy(self._vacancy_id or 0))
        detail.add_candidate_requested.connect(self.new_candidate)
        detail.edit_candidate_requested.connect(
            lambda row: commands.edit_candidate(row.candidate_id))
        detail.delete_candidate_requested.connect(self._delete_candidate)
        detail.document_requested.connect(
            lambda row, kind, path: commands.import_document(
                row.candidate_id, row.name, kind, path))
        detail.contact_log_requested.connect(
            lambda row: commands.contact_log(row.application_id, row.name))
        detail.letter_requested.connect(lambda row: commands.write_letter(row.application_id))
        follow.contact_log_requested.connect(
            lambda row: commands.contact_log(row.application_id, row.candidate_name))
        follow.letter_requested.connect(
            lambda row: commands.write_letter(row.application_id, row.interview_id))
        detail.reference_checks_requested.connect(
            lambda row: commands.reference_checks(row.application_id, row.candidate_id,
                                                  row.name))
        detail.add_interview_requested.connect(self.new_interview)
        detail.open_interview_requested.connect(
            lambda row: self.open_interview_requested.emit(row.id))
        detail.edit_interview_requested.connect(lambda row: commands.edit_interview(row.id))
        detail.delete_interview_requested.connect(self._delete_interview)
        detail.interview_selection_changed.connect(self.interview_selection_changed)
        detail.tabs.currentChanged.connect(self._tab_changed)
        detail.assessment_form_requested.connect(
            lambda row: self.assessment_form_requested.emit(row.id, 0))
        detail.panel_discussion_requested.connect(
            lambda row: self.panel_discussion_requested.emit(row.id))
        detail.comparison_interview_activated.connect(self.panel_discussion_requested)
        commands.changed.connect(self.refresh)
        commands.vacancy_saved.connect(self.select_vacancy)
        commands.candidate_saved.connect(self._after_candidate_saved)
        commands.interview_saved.connect(self._after_interview_saved)

    # -- what is shown --------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the database, keeping the selection where possible."""
        rows = queries.list_vacancies(self.db)
        self.sidebar.set_vacancies(rows, self._vacancy_id)
        self.sidebar.set_upcoming(queries.upcoming_interviews(self.db))
        selected = self.sidebar.selected_vacancy()
        self._load_vacancy(selected.id if selected else None)
        if self._search_text:
            self._run_search()
        self._follow_up_timer.start()

    def load_follow_up(self) -> None:
        """Read the follow-up now, on this thread (:meth:`refresh` has it read on a
        worker thread instead); a reading under way is superseded by this one."""
        from interviewdesk.store.assessments import follow_up

        self._follow_up_timer.stop()
        self._follow_up_reading.cancel()
        self.sidebar.set_follow_up(follow_up(self.db))
        self.sidebar.follow_up.set_up_to_date(True)
        self.load_retention()
        self.follow_up_loaded.emit()

    def read_follow_up(self) -> None:
        """Have the follow-up and who is due for deletion read on a worker thread."""
        self._follow_up_timer.stop()
        self._follow_up_reading.start()

    def _read_follow_up_and_retention(
            self) -> "tuple[FollowUp, list[CandidateRetention], RetentionPolicy]":
        """On the worker thread: both readings (no widget is touched here)."""
        from interviewdesk.store.assessments import follow_up
        from interviewdesk.store.retention import due_for_deletion

        policy = self.retention_policy
        return follow_up(self.db), due_for_deletion(self.db, policy), policy

    def _show_follow_up_read(
            self, read: "tuple[FollowUp, list[CandidateRetention], RetentionPolicy]") -> None:
        """The newest reading arrived: show it, with the lists' selection, scrolling
        and the keyboard focus kept (it may arrive while the user works in them)."""
        found, due, policy = read
        follow, retention = self.sidebar.follow_up, self.sidebar.retention
        with keeping_view(follow), keeping_view(retention):
            follow.set_follow_up(found)
            follow.set_up_to_date(True)
            if policy is self.retention_policy:  # else the settings changed meanwhile,
                # and load_retention has shown the new policy's list already
                retention.set_due(due, policy)
        if policy is self.retention_policy:
            self.retention_loaded.emit(sum(1 for row in due if row.state == "overdue"))
        self.follow_up_loaded.emit()

    def _follow_up_not_read(self, _error: str) -> None:
        """The reading failed (the server went away): the list stays, marked as not up
        to date, so that it is not taken for the current state."""
        self.sidebar.follow_up.set_up_to_date(False)
        self.follow_up_loaded.emit()

    def load_retention(self) -> None:
        """Read who is due for deletion (with the follow-up, after each refresh)."""
        from interviewdesk.store.retention import due_for_deletion

        due = due_for_deletion(self.db, self.retention_policy)
        self.sidebar.retention.set_due(due, self.retention_policy)
        self.retention_loaded.emit(sum(1 for row in due if row.state == "overdue"))

    def follow_up_pending(self) -> bool:
        """Whether the follow-up is still to be read after the latest refresh."""
        return self._follow_up_timer.isActive() or self._follow_up_reading.busy

    def select_vacancy(self, vacancy_id: int | None) -> bool:
        """Show the vacancy ``vacancy_id`` (``None``: none); ``False`` if it does not exist."""
        if (vacancy_id is not None and vacancy_id != self._vacancy_id
                and not self.sidebar.select_vacancy(vacancy_id)):
            self.refresh()
            if not self.sidebar.select_vacancy(vacancy_id):
                return False
        if vacancy_id != self._vacancy_id:
            self._load_vacancy(vacancy_id)
        return vacancy_id is None or self._vacancy_id == vacancy_id

    def selected_vacancy_id(self) -> int | None:
        return self._vacancy_id

    def selected_candidate_id(self) -> int | None:
        candidate = self.detail.selected_candidate()
        return candidate.candidate_id if candidate else None

    def selected_interview(self) -> InterviewRow | None:
        """The interview selected on the Interviews tab, while that tab is shown."""
        if self.detail.tabs.currentIndex() != INTERVIEWS_TAB or self._vacancy_id is None:
            return None
        return self.detail.selected_interview()

    def open_selected_interview(self) -> None:
        """Ask for the window of the selected interview (see :meth:`selected_interview`)."""
        interview = self.selected_interview()
        if interview is not None:
            self.open_interview_requested.emit(interview.id)

    def edit_selected_planning(self) -> None:
        """Open the planning (date, panel, questions) of the selected interview."""
        interview = self.selected_interview()
        if interview is not None:
            self.commands.edit_interview(interview.id)

    def select_candidate(self, vacancy_id: int | None, candidate_id: int) -> bool:
        """Show the candidate in the vacancy's Candidates tab."""
        if vacancy_id is None or not self.select_vacancy(vacancy_id):
            return False
        return self.detail.select_candidate(candidate_id)

    def _load_vacancy(self, vacancy_id: int | None) -> None:
        header = queries.vacancy_header(self.db, vacancy_id) if vacancy_id else None
        self._comparison_of = None
        if header is None:
            self._vacancy_id = None
            self.detail.show_vacancy(None, [], [], [])
        else:
            self._vacancy_id = header.id
            # Team mode: who holds which interview offline (before the rows show).
            labels = getattr(self, "offline_labels", None)
            held = labels() if labels else {}
            self.detail.interviews.model.offline_labels = held
            interviews = queries.list_interviews(self.db, header.id)
            self.detail.candidates.model.offline_labels = {  # type: ignore[attr-defined]
                row.candidate_id: held[row.id] for row in interviews if row.id in held}
            self.detail.show_vacancy(
                header,
                queries.list_candidates(self.db, header.id),
                interviews,
                queries.list_competencies(self.db, header.id),
            )
        self._load_comparison_if_shown()
        self.vacancy_changed.emit(self._vacancy_id or 0)

    def _tab_changed(self, _index: int) -> None:
        self._load_comparison_if_shown()
        self.interview_selection_changed.emit()

    def _load_comparison_if_shown(self) -> None:
        """Read the comparison only while its tab is in front, and only once per
        vacancy and change of data."""
        if (self._vacancy_id is None or self._comparison_of == self._vacancy_id
                or not self.detail.comparison_shown()):
            return
        self.detail.comparison_view().load(self.db, self._vacancy_id)
        self._comparison_of = self._vacancy_id

    def show_comparison(self) -> None:
        """Bring the selected vacancy's Comparison tab to the front."""
        self.detail.tabs.setCurrentIndex(COMPARISON_TAB)

    # -- search ---------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Search vacancies and candidates for ``text`` (after a short pause in typing);
        empty text goes back to the vacancies."""
        self._search_text = text.strip()
        if not self._search_text:
            self._search_timer.stop()
            self.sidebar.set_results(None)
        else:
            self._search_timer.start()

    def search_now(self, text: str) -> None:
        """Search at once, without waiting for the typing pause."""
        self._search_text = text.strip()
        self._search_timer.stop()
        self._run_search()

    def _run_search(self) -> None:
        if not self._search_text:
            self.sidebar.set_results(None)
            return
        by_name = queries.search(self.db, self._search_text)
        named = {row.candidate_id for row in by_name if row.kind == "candidate"}
        # Then the words in CVs, letters and interview notes; a name already listed
        # above is not listed again as a "name" hit.
        hits = [hit for hit in search_places(self.db, self._search_text)
                if not (hit.kind == "name" and hit.candidate_id in named)]
        self.sidebar.set_results([*by_name, *hits])

    def open_search_result(self, result: "SearchResult | PlacedHit") -> None:
        """Go to what a search result points at: a vacancy, a candidate (for a CV or
        letter hit with that document in front in their editor), or an interview at
        the stage (and question) of a notes hit."""
        if isinstance(result, PlacedHit):
            self._open_hit(result)
        elif result.kind == "candidate" and result.candidate_id is not None:
            if not self.select_candidate(result.vacancy_id, result.candidate_id):
                self.commands.edit_candidate(result.candidate_id)
        elif result.vacancy_id is not None:
            self.select_vacancy(result.vacancy_id)

    def _open_hit(self, hit: "PlacedHit") -> None:
        shown = self.select_candidate(hit.vacancy_id, hit.candidate_id)
        if hit.interview_id is not None and hit.stage:
            self.open_interview_at_requested.emit(hit.interview_id, hit.stage,
                                                  hit.question_id or 0)
        elif hit.kind in ("cv", "letter"):
            self.commands.edit_candidate(hit.candidate_id, document=hit.kind,
                                         find=_first_hit_word(hit.snippet))
        elif not shown:
            self.commands.edit_candidate(hit.candidate_id)

    # -- actions --------------------------------------------------------------------

    def new_candidate(self) -> None:
        """A new candidate, applying to the selected vacancy if there is one."""
        self.commands.edit_candidate(None, self._vacancy_id)

    def new_interview(self) -> None:
        """A new interview for the selected vacancy and candidate, if any."""
        self.commands.edit_interview(None, self._vacancy_id, self.selected_candidate_id())

    def _edit_selected_vacancy(self) -> None:
        if self._vacancy_id is not None:
            self.commands.edit_vacancy(self._vacancy_id)

    def copy_vacancy(self, vacancy_id: int | None = None) -> None:
        """Copy the vacancy ``vacancy_id`` (default: the selected one) and edit the copy."""
        vacancy_id = vacancy_id or self._vacancy_id
        header = queries.vacancy_header(self.db, vacancy_id) if vacancy_id else None
        if header is not None:
            self.commands.copy_vacancy(header.id, header.title)

    def _delete_vacancy(self, vacancy_id: int) -> None:
        header = queries.vacancy_header(self.db, vacancy_id) if vacancy_id else None
        if header is not None:
            self.commands.delete_vacancy(header.id, header.title)

    def _delete_candidate(self, row: CandidateRow) -> None:
        self.commands.delete_candidate(row.candidate_id, row.name)

    def _delete_interview(self, row: InterviewRow) -> None:
        when = format_moment(row.scheduled_at)
        description = (self.tr("with {name} on {date}").format(name=row.candidate_name, date=when)
                       if when else self.tr("with {name}").format(name=row.candidate_name))
        self.commands.delete_interview(row.id, description)

    def _show_awaiting(self, row: "AwaitingFeedback") -> None:
        self.select_candidate(row.vacancy_id, row.candidate_id)

    def _show_due(self, row: "CandidateRetention") -> None:
        for vacancy_id in row.vacancy_ids:
            if self.select_candidate(vacancy_id, row.candidate_id):
                return
        self.commands.edit_candidate(row.candidate_id)

    def _show_upcoming(self, row: UpcomingInterview) -> None:
        if self.select_vacancy(row.vacancy_id):
            self.detail.select_interview(row.id)

    def _after_candidate_saved(self, candidate_id: int, vacancy_id: int) -> None:
        self.select_candidate(vacancy_id or self._vacancy_id, candidate_id)

    def _after_interview_saved(self, interview_id: int) -> None:
        self.detail.select_interview(interview_id)

    def retranslate_ui(self) -> None:
        """Dates and labels follow the language: reload what is shown."""
        self.sidebar.retranslate_ui()
        self.detail.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _first_hit_word(snippet: str) -> str:
    """The first matched word in a snippet (what the editor looks for in the text)."""
    start = snippet.find(HIT_START)
    end = snippet.find(HIT_END, start + 1)
    return snippet[start + 1:end] if 0 <= start < end else ""
