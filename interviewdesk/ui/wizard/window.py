"""The interview window: the agenda's stages on the left, the current stage's page in
the middle, the CV, letter and vacancy on the right, the clock on top.

Decisions that shape how the window behaves:

- **Stages.** Every page is built the first time its stage is shown and kept in a
  stack (:mod:`~interviewdesk.ui.wizard.page_stack`), so going back and forth is
  instant and each page keeps its scroll place; on a page the question cards far
  out of view are parked (:mod:`~interviewdesk.ui.wizard.cards_in_view`), so that a
  switch costs the same with six questions or sixty.
  The interview reopens at the stage where it stopped (saved on every
  change). A stage is done (✓) when the interviewer says so ("Stage done",
  Ctrl+Enter) or moves on from it after working in it (:func:`has_work`); looking at
  a stage and jumping away leaves it open. Going back does not undo it.
- **Clock.** It starts when the interviewer first leaves preparation for a stage held
  during the interview, or when they press Start (F8). Time goes to the current
  stage. The seconds per stage are saved every few seconds while the clock runs and
  on every stage change, pause and close. An interview reopened after it was
  started shows its time so far with the clock paused: reading it back adds no time.
- **Finished.** The interview is finished when its closing (the last stage held with
  the candidate) is done, not when a later stage was looked at.
- **Saving.** Every edit goes through the :class:`Autosaver`, the stage the
  interviewer is at too: a stage change writes nothing before the new page shows (it
  is saved with the autosaver's next write, within a second); closing flushes at
  once. If closing cannot save, the window says so and stays open with everything
  still in it.
"""

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import PREPARATION, load_agenda
from interviewdesk.domain.clock import InterviewClock
from interviewdesk.store import interview_records
from interviewdesk.store.candidates import document_content
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import InterviewEdit, StageEdit
from interviewdesk.ui import messages
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.panels import CandidateDock, VacancyDock
from interviewdesk.ui.save_status import SaveStatus
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.window_size import fitting_size
from interviewdesk.ui.wizard.autosave import Autosaver
from interviewdesk.ui.wizard.clock_bar import ClockBar
from interviewdesk.ui.wizard.conflicts import ConflictHandler
from interviewdesk.ui.wizard.context import InterviewContext, now_utc
from interviewdesk.ui.wizard.menus import CLOCK_KEYS, InterviewMenus
from interviewdesk.ui.wizard.open_items import has_work
from interviewdesk.ui.wizard.page_stack import PageStack
from interviewdesk.ui.wizard.sections.base import PANEL_CV, PANEL_LETTER, PANEL_VACANCY
from interviewdesk.ui.wizard.stage_page import StagePage
from interviewdesk.ui.wizard.step_list import StepList

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1440, 900)
# How often the clock display is updated.
TICK_MS = 1000
# How often a running clock's seconds are handed to the autosaver.
CLOCK_SAVE_SECONDS = 5.0
# The side panels' width when the window opens without saved state.
DOCK_WIDTH = 440


class InterviewWindow(QMainWindow):
    """The interview ``interview_id`` walked through the agenda.

    ``stageChanged(key)`` after the interviewer moved to another stage,
    ``closed(interview_id)`` once the window has closed with everything saved.
    """

    stageChanged = Signal(str)
    closed = Signal(int)

    def __init__(self, db: Database, data_dir: Path, settings: Settings, interview_id: int,
                 parent: QWidget | None = None, *,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("interviewWindow")
        self.db = db
        self.settings = settings
        self._monotonic = monotonic
        session = interview_records.load_session(db, interview_id)
        agenda = load_agenda(data_dir)
        self.autosaver = Autosaver(db, interview_id, self, seen=session.seen)
        self.context = InterviewContext(
            db=db, data_dir=Path(data_dir), session=session, agenda=agenda,
            autosaver=self.autosaver, language=current_language(),
            plan=agenda.planned_minutes(session.planned_minutes))
        self.keys = list(agenda.keys())
        self._current = session.current_stage if session.current_stage in self.keys \
            else self.keys[0]
        self.clock = InterviewClock(
            self._current,
            {key: minutes * 60 for key, minutes in self.context.plan.items()},
            [stage.key for stage in agenda.stages if stage.during_interview],
            spent={key: record.seconds_spent for key, record in session.stages.items()},
            started=session.started_at is not None,
            now=monotonic)
        self._last_clock_save = monotonic()
        self.pages: dict[str, StagePage] = {}

        self.setWindowTitle(self.tr("Interview · {candidate} · {vacancy}").format(
            candidate=session.candidate_name, vacancy=session.vacancy_title))
        self._build_centre()
        self._build_docks()
        self.save_status = SaveStatus(self.autosaver, self.statusBar(), "notes")
        self.conflicts = ConflictHandler(self)  # a note saved meanwhile by someone else
        self.menus = InterviewMenus(self)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        QCoreApplication.instance().aboutToQuit.connect(self._last_chance)  # type: ignore[union-attr]

        self._show_stage(self._current)
        self.pages[self._current].notes.setFocus()  # glance, and type
        self.restore_state()

    # -- building -------------------------------------------------------------------

    def _build_centre(self) -> None:
        context = self.context
        self.steps = StepList(context.agenda, context.plan, context.language)
        self.steps.stageChosen.connect(self.go_to)
        self.steps.setFixedWidth(self.steps.sizeHint().width())
        self.stack = PageStack()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.previous_stage)
        self.next_button = QPushButton()
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(self.next_stage)
        self.done_button = QPushButton(self.tr("✓ Stage done"))
        self.done_button.setDefault(False)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.stage_done)
        navigation = QHBoxLayout()
        navigation.setContentsMargins(SPACING_LARGE, SPACING_SMALL, SPACING_LARGE, SPACING)
        navigation.addWidget(self.back_button)
        navigation.addStretch(1)
        navigation.addWidget(self.done_button)
        navigation.addWidget(self.next_button)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addLayout(navigation)

        self.clock_bar = ClockBar()
        self.clock_bar.toggleRequested.connect(self.toggle_clock)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.steps)
        body.addLayout(column, 1)
        centre = QWidget()
        centre.setObjectName("interviewCentre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.clock_bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(centre)

    def _build_docks(self) -> None:
        session = self.context.session
        keywords = session.keywords()
        self.cv_dock = CandidateDock(self)
        self.cv_dock.set_candidate(session.candidate_name, session.cv_text,
                                   session.letter_text, keywords, self._cv_pdf())
        self.vacancy_dock = VacancyDock(self)
        self.vacancy_dock.set_vacancy(session.vacancy_title, session.vacancy_text, keywords)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.cv_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.vacancy_dock)
        self.tabifyDockWidget(self.cv_dock, self.vacancy_dock)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        self.cv_dock.raise_()
        self.resizeDocks([self.cv_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _cv_pdf(self) -> bytes | None:
        for document in self.context.session.documents:
            if document.kind == "cv" and document.media_type == "application/pdf":
                try:
                    return document_content(self.db, document.id)
                except Exception:
                    log.exception("The original CV could not be read")
                    return None
        return None

    # -- stages ---------------------------------------------------------------------

    def current_stage(self) -> str:
        """The key of the stage shown."""
        return self._current

    def page(self, key: str) -> StagePage:
        """The page of stage ``key``, built on first use."""
        page = self.pages.get(key)
        if page is None:
            page = StagePage(self.context, self.context.agenda.stage(key))
            page.jumpRequested.connect(self.go_to)
            page.panelRequested.connect(self.show_panel)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def go_to(self, key: str, question_id: int = 0) -> None:
        """Show stage ``key`` (and, if given, the question ``question_id`` on it)."""
        if key not in self.keys:
            raise KeyError(key)
        if key != self._current:
            self._leave(self._current, key)
            self._current = key
            self._show_stage(key)
            if not self.steps.hasFocus():
                self.pages[key].notes.setFocus(Qt.FocusReason.OtherFocusReason)
            self._record_stage(key)
            self.stageChanged.emit(key)
        if question_id:
            self.pages[key].show_item(question_id)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab (Qt asks the window): a question card parked out of view
        that holds the next field is shown first, so the cursor goes there as always."""
        page = self.pages.get(self._current)
        if page is not None:
            page.before_tab(next)
        return super().focusNextPrevChild(next)

    def next_stage(self) -> None:
        """Go to the next stage of the agenda (nothing after the last)."""
        index = self.keys.index(self._current)
        if index + 1 < len(self.keys):
            self.go_to(self.keys[index + 1])

    def previous_stage(self) -> None:
        """Go to the previous stage of the agenda (nothing before the first)."""
        index = self.keys.index(self._current)
        if index > 0:
            self.go_to(self.keys[index - 1])

    def _leave(self, old: str, new: str) -> None:
        agenda = self.context.agenda
        session = self.context.session
        forward = self.keys.index(new) > self.keys.index(old)
        if forward and has_work(session, old, self.clock.elapsed(old)):
            self.mark_done(old)
        self._save_clock(old)
        self.clock.switch(new)
        if not self.clock.started and old == PREPARATION and agenda.stage(new).during_interview:
            self.clock.start()
            self._last_clock_save = self._monotonic()

    def _last_stage_held(self) -> str | None:
        """The last stage held with the candidate (the closing): once it is done, the
        interview is finished."""
        held = [stage.key for stage in self.context.agenda.stages if stage.during_interview]
        return held[-1] if held else None

    def mark_done(self, key: str) -> None:
        """Record that stage ``key`` is done; done with the closing, the interview is
        finished (the home view then says so, and the candidate was interviewed)."""
        session = self.context.session
        if not session.stage(key).done:
            session.stage(key).done = True
            self.autosaver.edit(StageEdit(key, done=True))
        if key == self._last_stage_held() and session.finished_at is None:
            session.finished_at = now_utc()
            self.autosaver.edit(InterviewEdit(finished_at=session.finished_at))
        if hasattr(self, "steps"):
            self._show_marks()

    def stage_done(self) -> None:
        """The interviewer says the current stage is done: mark it and go on."""
        self.mark_done(self._current)
        if self.keys.index(self._current) + 1 < len(self.keys):
            self.next_stage()
        else:
            self.autosaver.flush()
            self._show_stage(self._current)

    def _show_marks(self) -> None:
        done = {k for k, record in self.context.session.stages.items() if record.done}
        self.steps.set_marks(self._current, done)
        self.done_button.setEnabled(self._current not in done)

    def _show_stage(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page, focus=page.notes)
        page.refresh()
        self._show_marks()
        index = self.keys.index(key)
        stages = self.context.agenda.stages
        self.back_button.setEnabled(index > 0)
        self.back_button.setText(self.tr("◂ Back") if index == 0 else self.tr(
            "◂ {stage}").format(stage=stages[index - 1].short_name.in_language(
                self.context.language)))
        self.next_button.setEnabled(index + 1 < len(stages))
        self.next_button.setText(self.tr("Next ▸") if index + 1 >= len(stages) else self.tr(
            "{stage} ▸").format(stage=stages[index + 1].short_name.in_language(
                self.context.language)))
        self._update_clock()

    def _record_stage(self, key: str) -> None:
        """Remember the stage (the interview reopens there). Written with the
        autosaver's next write, together with the stage's seconds and what was typed on
        the page just left, so that switching writes nothing before the page shows and
        quick switches are written once. Only the first step past preparation, which
        also marks the interview as started, is written at once."""
        session = self.context.session
        session.current_stage = key
        if session.started_at is not None or key == PREPARATION:
            self.autosaver.edit(InterviewEdit(current_stage=key))
            return
        try:
            interview_records.open_stage(self.db, session.interview_id, key)
            session.started_at = now_utc()
        except Exception:
            log.exception("Recording the stage failed")
            self.autosaver.edit(InterviewEdit(current_stage=key))
        self.autosaver.flush()

    # -- side panels ----------------------------------------------------------------

    def show_panel(self, name: str) -> None:
        """Show and bring forward the CV, the letter or the vacancy panel."""
        dock = self.vacancy_dock if name == PANEL_VACANCY else self.cv_dock
        dock.show()
        dock.raise_()
        if name == PANEL_LETTER:
            self.cv_dock.tabs.setCurrentWidget(self.cv_dock.letter)
        elif name == PANEL_CV:
            self.cv_dock.tabs.setCurrentWidget(self.cv_dock.cv)

    def reading_dock(self) -> CandidateDock | VacancyDock | None:
        """The side panel in view (the CV panel first, when both are); ``None`` if
        both are hidden."""
        for dock in (self.cv_dock, self.vacancy_dock):
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                return dock
        return None

    def zoom_panel(self, steps: int) -> None:
        """Larger (``steps`` > 0), smaller, or normal (0) text in the side panel in
        view: the keys work from a note, whose own text size stays as it is."""
        dock = self.reading_dock()
        if dock is None:
            return
        if steps:
            dock.zoom_by(steps)
        else:
            dock.reset_zoom()

    def find_in_cv(self) -> None:
        """Show the CV panel and put the cursor in its find bar."""
        self.cv_dock.show()
        self.cv_dock.raise_()
        self.cv_dock.start_find()

    # -- clock ----------------------------------------------------------------------

    def toggle_clock(self) -> None:
        """Start, pause or resume the clock."""
        self.clock.toggle()
        self._last_clock_save = self._monotonic()
        self._save_clock(self._current)
        self._update_clock()

    def _save_clock(self, stage: str) -> None:
        seconds = int(self.clock.elapsed(stage))
        record = self.context.session.stage(stage)
        if seconds != record.seconds_spent:
            record.seconds_spent = seconds
            self.autosaver.edit(StageEdit(stage, seconds_spent=seconds))

    def tick(self) -> None:
        """Once a second: show the time, and hand a running clock's seconds to the
        autosaver every few seconds."""
        if self.clock.running and (self._monotonic() - self._last_clock_save
                                   >= CLOCK_SAVE_SECONDS):
            self._last_clock_save = self._monotonic()
            self._save_clock(self._current)
        self._update_clock()

    def _update_clock(self) -> None:
        stage = self.context.agenda.stage(self._current)
        self.clock_bar.show_clock(self.clock, self.context.stage_name(stage),
                                  QKeySequence(CLOCK_KEYS[0]).toString(
                                      QKeySequence.SequenceFormat.NativeText))
        if hasattr(self, "menus"):
            self.menus.show_clock_state(running=self.clock.running, started=self.clock.started)

    # -- saving ---------------------------------------------------------------------

    def flush(self) -> bool:
        """Save everything now (the clock's seconds too); ``True`` if all is saved."""
        self._save_clock(self._current)
        return self.autosaver.flush()

    def _flush_and_settle(self) -> bool:
        """:meth:`flush`, and before the window closes, a decision on every note someone
        else saved meanwhile (saved in turn), so that nothing typed is left behind."""
        saved = self.flush()
        while saved and self.autosaver.conflicts:
            self.conflicts.settle()
            saved = self.flush()
        return saved

    def _last_chance(self) -> None:
        """The application quits while this window is open: save what is pending."""
        if self.isVisible():
            self.clock.pause()
            self.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Pause the clock and save everything; stay open if saving fails."""
        was_running = self.clock.running
        self.clock.pause()
        if not self._flush_and_settle():
            messages.error(
                self, self.tr("Notes not saved"),
                self.tr("The latest notes could not be saved, so the interview window "
                        "stays open and keeps them. Try closing it again in a moment."),
                self.autosaver.last_error)
            if was_running:
                self.clock.start()
            self._update_clock()
            event.ignore()
            return
        self.save_window_state()
        self._ticker.stop()
        QCoreApplication.instance().aboutToQuit.disconnect(self._last_chance)  # type: ignore[union-attr]
        super().closeEvent(event)
        self.closed.emit(self.context.interview_id)

    def show_changes_by_others(self) -> None:
        """Someone else saved notes of this interview: show those the interviewer is
        not typing in (:mod:`interviewdesk.ui.wizard.live`)."""
        from interviewdesk.ui.wizard.live import show_changes_by_others

        show_changes_by_others(self)

    # -- window state ---------------------------------------------------------------

    def restore_state(self) -> None:
        """Size, position and side panels as they were last time."""
        geometry = self.settings.interview_geometry
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(fitting_size(DEFAULT_SIZE, self))
        state = self.settings.interview_state
        if state:
            self.restoreState(state)
        self.cv_dock.zoom = self.settings.cv_panel_zoom
        self.vacancy_dock.zoom = self.settings.vacancy_panel_zoom

    def save_window_state(self) -> None:
        """Remember size, position and side panels for the next interview."""
        self.settings.interview_geometry = self.saveGeometry().data()
        self.settings.interview_state = self.saveState().data()
        self.settings.cv_panel_zoom = self.cv_dock.zoom
        self.settings.vacancy_panel_zoom = self.vacancy_dock.zoom
        self.settings.sync()


def open_interview(parent: QWidget | None, db: Database, data_dir: Path, settings: Settings,
                   interview_id: int) -> InterviewWindow:
    """Build the interview window for ``interview_id`` and show it (a new window comes
    up in front). It deletes itself when closed."""
    window = InterviewWindow(db, data_dir, settings, interview_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.activateWindow()
    return window
