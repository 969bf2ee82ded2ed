"""The panel discussion window: who is looking, the blind-scoring gate, the matrix with
consensus, and the decision (issue #4, §2 panel side).

The order of things, and why:

1. **Who is looking?** While the round is open the window asks first (unless the
   caller already knows), and asks for the member's PIN if they set one. The choice
   shows form states, never scores. Once the round is closed (every form in, or the
   chair closed it early) everyone may see, so nobody is asked.
2. **The gate** is ``domain.blind``'s rule, asked by the store
   (:func:`~interviewdesk.store.assessments.panel_scores` raises ``ScoresHidden``);
   this window explains the reason and lets the chair *close the round early* with a
   reason (:mod:`.panel_close`), which is recorded on the interview and in the audit
   trail (Audit trail…, Ctrl+Shift+L).
3. **The discussion**: every save (a consensus, the decision) goes straight to the
   store and the matrix is read again through the same gate, so what is shown is
   always what is stored. ``changed(interview_id)`` tells the main window.

Switching viewer forgets the scores on screen before anything else is shown.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QWidget
from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.domain import blind
from interviewdesk.store import pins
from interviewdesk.store.assessments import (
    CloseRefused,
    DecisionDraft,
    FormStatus,
    OpenFlags,
    PanelRow,
    PanelView,
    RoundState,
    ScoresHidden,
    close_round,
    panel_scores,
    record_consensus,
    remove_consensus,
    round_state,
    save_decision,
    status_of_forms,
)
from interviewdesk.store.database import Database
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.assessment import identity, panel_close, panel_live
from interviewdesk.ui.assessment.audit_view import show_audit_trail
from interviewdesk.ui.assessment.panel_discussion import PanelDiscussion
from interviewdesk.ui.assessment.panel_gate import GatePage, ViewerChooser, role_label
from interviewdesk.ui.assessment.panel_menus import PanelMenus
from interviewdesk.ui.live_updates import user_busy
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.window_size import fitting_size

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DEFAULT_SIZE = QSize(1280, 900)
# How long "Saved" and its kin stay in the status bar, in milliseconds.
STATUS_MS = 5000
STORE_ERRORS = (SQLAlchemyError, OSError)
#: A change by someone else waits this long while a consensus is being written.
LATER_MS = 2000


class PanelWindow(QMainWindow):
    """The panel discussion of interview ``interview_id``.

    Opens on "who is looking?"; :meth:`look_as` skips it. ``changed(interview_id)``
    after a consensus or the decision was saved; ``closed(interview_id)`` when closed.
    Raises ``LookupError`` if the interview does not exist.
    """

    changed = Signal(int)
    closed = Signal(int)

    def __init__(self, db: Database, data_dir: Path, settings: Settings, interview_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.interview_id = interview_id
        self.viewer_id: int | None = None
        self.statuses: list[FormStatus] = status_of_forms(db, interview_id)
        self.round: RoundState = round_state(db, interview_id)
        self.setWindowTitle(self.tr("Panel discussion"))
        self.resize(DEFAULT_SIZE)

        self.chooser = ViewerChooser()
        self.chooser.chosen.connect(self.look_as)
        self.gate = GatePage()
        self.gate.closeEarlyRequested.connect(self._close_early)
        self.gate.retryRequested.connect(self._check_again)
        self.gate.switchRequested.connect(self.choose_viewer)
        self.gate.auditRequested.connect(self.show_audit_trail)
        self.discussion = PanelDiscussion()
        self.discussion.switchRequested.connect(self.choose_viewer)
        self.discussion.auditRequested.connect(self.show_audit_trail)
        self.audit_action = QAction(self.tr("Audit trail…"), self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.audit_action.triggered.connect(self.show_audit_trail)
        self.addAction(self.audit_action)
        self.discussion.recordConsensus.connect(self._record_consensus)
        self.discussion.removeConsensus.connect(self._remove_consensus)
        self.discussion.recordDecision.connect(self._record_decision)
        self.stack = QStackedWidget()
        for page in (self.chooser, self.gate, self.discussion):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.statusBar().setSizeGripEnabled(True)
        self._build_bar_and_menu()
        self.choose_viewer()

    def _build_bar_and_menu(self) -> None:
        """The decision's button bar below the scrolling page (never out of reach, on
        the discussion page only), and the window's menu: print, dossier, close."""
        self.decision_bar = QToolBar(self.tr("Decision"))
        self.decision_bar.setObjectName("decisionToolBar")
        self.decision_bar.setMovable(False)
        self.decision_bar.setFloatable(False)
        self.decision_bar.toggleViewAction().setVisible(False)
        self.decision_bar.addWidget(self.discussion.decision.bar)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.decision_bar)
        self.stack.currentChanged.connect(self._show_decision_bar)
        self._show_decision_bar()
        self.resize(fitting_size(DEFAULT_SIZE, self))
        self.menus = PanelMenus(self)

    def _show_decision_bar(self) -> None:
        self.decision_bar.setVisible(self.stack.currentWidget() is self.discussion)

    # -- who is looking -------------------------------------------------------------

    def choose_viewer(self) -> None:
        """Forget the scores on screen and ask who is looking — unless the round is
        closed: then everyone may see, and the discussion is shown at once."""
        self.discussion.clear()
        self.viewer_id = None
        self._read_statuses()
        if self.round.closed:
            self._show_scores(reload_decision=True)
            return
        try:
            with_pin = pins.with_pin(self.db)
        except STORE_ERRORS:
            with_pin = frozenset()
        self.chooser.load(self.statuses, with_pin)
        self.stack.setCurrentWidget(self.chooser)

    def look_as(self, viewer_panel_member_id: int | None) -> None:
        """Show the discussion to ``viewer_panel_member_id`` (``None``: someone not on
        the panel) if the gate lets them see it, else why not. While the round is
        open, a member with a PIN types it first (cancelled: back to the choice)."""
        status = self._status(viewer_panel_member_id)
        if viewer_panel_member_id is not None and status is None:
            self._read_statuses()
            status = self._status(viewer_panel_member_id)
            if status is None:
                messages.error(self, self.tr("Panel discussion"), self.tr(
                    "That person is not on this interview's panel. Choose who is looking."))
                self.choose_viewer()
                return
        if status is not None and not self.round.closed:
            try:
                checked = identity.confirm_member(
                    self, self.db, status.interviewer_id, status.name,
                    self.tr("Type your PIN to look at the panel discussion as yourself."))
            except LookupError:
                checked = None
            if checked is None:
                return
        self.viewer_id = viewer_panel_member_id
        self._show_scores(reload_decision=True)

    def _check_again(self) -> None:
        """Look again for the same viewer: a form may have come in."""
        self._read_statuses()
        self._show_scores(reload_decision=True)

    def show_audit_trail(self) -> QWidget | None:
        """The interview's audit trail, read-only."""
        return show_audit_trail(self, self.db, self.interview_id)

    def viewer_text(self) -> str:
        """The viewer's name and role, "" for someone not on the panel."""
        status = self._status(self.viewer_id)
        if status is None or self.round.closed:
            return ""
        return self.tr("{name} ({role})").format(name=status.name,
                                                 role=role_label(status.role))

    def _status(self, panel_member_id: int | None) -> FormStatus | None:
        return next((s for s in self.statuses if s.panel_member_id == panel_member_id), None)

    def _read_statuses(self) -> None:
        try:
            self.statuses = status_of_forms(self.db, self.interview_id)
            self.round = round_state(self.db, self.interview_id)
        except LookupError:
            self._gone()
        except STORE_ERRORS as error:
            log.exception("Reading the panel's forms failed")
            self._store_error(self.tr("The panel's assessments could not be read."), error)

    # -- the gate -------------------------------------------------------------------

    def _show_scores(self, *, reload_decision: bool) -> PanelView | None:
        """Read the matrix through the gate and show it, or show why not."""
        try:
            view = panel_scores(self.db, self.interview_id, self.viewer_id)
        except ScoresHidden as hidden:
            self._show_hidden(hidden)
            return None
        except LookupError:
            self._gone()
            return None
        except STORE_ERRORS as error:
            log.exception("Reading the panel's scores failed")
            self.discussion.clear()
            self._store_error(self.tr("The panel's scores could not be read."), error)
            return None
        self.setWindowTitle(self.tr("Panel discussion · {candidate}").format(
            candidate=view.candidate_name))
        self.round = view.round
        self.discussion.show_view(view, self.viewer_text(), reload_decision=reload_decision)
        self.stack.setCurrentWidget(self.discussion)
        return view

    def _show_hidden(self, hidden: ScoresHidden) -> None:
        self.discussion.clear()
        self._read_statuses()
        viewer = self._status(self.viewer_id)
        chair = next((s for s in self.statuses if s.role == "chair"), None)
        self.gate.show_hidden(
            hidden.reason, hidden.missing, self.statuses,
            viewer_name=viewer.name if viewer else self.tr("someone not on the panel"),
            chair_name=chair.name if chair else None,
            can_close_early=self._may_close_round())
        self.stack.setCurrentWidget(self.gate)

    def _may_close_round(self) -> bool:
        """Whether the viewer may close the round early (``domain.blind``)."""
        if self.viewer_id is None:
            return False
        round_ = blind.Round.of(
            (blind.PanelSeat(s.panel_member_id, s.role, s.state == "submitted")
             for s in self.statuses),
            closed_early=self.round.closed_early)
        return blind.close_refusal(round_, self.viewer_id) is None

    def _close_early(self) -> None:
        """The chair closes the round before every form is in, with a reason."""
        if self.viewer_id is None:
            return
        missing = ", ".join(s.name for s in self.statuses if s.state != "submitted")
        reason = panel_close.ask_close_reason(self, missing)
        if reason is None:
            return
        try:
            close_round(self.db, self.interview_id, self.viewer_id, reason)
        except CloseRefused as refused:
            messages.error(self, self.tr("Round not closed"), str(refused))
            self._check_again()
            return
        except LookupError:
            self._gone()
            return
        except STORE_ERRORS as error:
            log.exception("Closing the round failed")
            self._store_error(self.tr("The round could not be closed."), error)
            return
        self.statusBar().showMessage(self.tr("Round closed"), STATUS_MS)
        self._read_statuses()
        self._show_scores(reload_decision=True)
        self.changed.emit(self.interview_id)

    # -- saving ---------------------------------------------------------------------

    def _record_consensus(self, competency_id: int, score: int | None, reason: str) -> None:
        try:
            record_consensus(self.db, self.interview_id, competency_id, score, reason)
        except ValidationError as error:
            messages.error(self, self.tr("Consensus not recorded"), str(error))
            return
        except LookupError:
            self._gone()
            return
        except STORE_ERRORS as error:
            log.exception("Recording a consensus failed")
            self._store_error(self.tr("The consensus could not be recorded."), error)
            return
        self._saved(self.tr("Consensus recorded"))

    def _remove_consensus(self, competency_id: int) -> None:
        row = self._row(competency_id)
        name = row.name if row else ""
        if not messages.confirm(
            self, self.tr("Take back the consensus?"),
            self.tr("Take back the panel's consensus on {name}? The competency is open "
                    "again until the panel records a new one.").format(name=name),
            self.tr("Take back"),
        ):
            return
        try:
            remove_consensus(self.db, self.interview_id, competency_id)
        except STORE_ERRORS as error:
            log.exception("Removing a consensus failed")
            self._store_error(self.tr("The consensus could not be taken back."), error)
            return
        self._saved(self.tr("Consensus taken back"))

    def _record_decision(self, draft: DecisionDraft) -> None:
        try:
            save_decision(self.db, self.interview_id, draft)
        except OpenFlags as refused:
            view = self._show_scores(reload_decision=False)
            if view is not None:
                flagged = {competency_id for competency_id, _name, _flag in refused.flags}
                rows = tuple(row for row in view.rows if row.competency_id in flagged)
                decision = self.discussion.decision
                decision.show_override(rows)
                decision.override_reason.setFocus()
                self.discussion.scroll_to(decision.override_box)
            return
        except ValidationError as error:
            messages.error(self, self.tr("Decision not recorded"), str(error))
            return
        except LookupError:
            self._gone()
            return
        except STORE_ERRORS as error:
            log.exception("Recording the decision failed")
            self._store_error(self.tr("The decision could not be recorded."), error)
            return
        self.statusBar().showMessage(self.tr("Decision recorded"), STATUS_MS)
        self._show_scores(reload_decision=True)
        self.changed.emit(self.interview_id)

    def _saved(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)
        self._show_scores(reload_decision=False)
        self.changed.emit(self.interview_id)

    def _row(self, competency_id: int) -> PanelRow | None:
        view = self.discussion.view
        if view is None:
            return None
        return next((row for row in view.rows if row.competency_id == competency_id), None)

    # -- someone else's change -------------------------------------------------------

    def show_changes_by_others(self) -> None:
        """Someone else changed the data (another member submitted, on another laptop
        or in another window): show what is stored now, read through the same gate —
        the blind rule decides, as when the window opened — without taking what is
        being typed here (:mod:`.panel_live`). A read that fails is left for the next
        change: no dialog for what the user did not ask."""
        try:
            statuses = status_of_forms(self.db, self.interview_id)
            round_ = round_state(self.db, self.interview_id)
        except LookupError:
            self._gone()
            return
        except STORE_ERRORS as error:
            log.warning("Following a change to the panel failed: %s", type(error).__name__)
            return
        page = self.stack.currentWidget()
        if statuses == self.statuses and round_ == self.round and page is not self.discussion:
            return
        self.statuses, self.round = statuses, round_
        if page is self.chooser:
            if round_.closed:
                self.choose_viewer()  # open to everyone now: as if opened now
                return
            try:
                with_pin = pins.with_pin(self.db)
            except STORE_ERRORS:
                with_pin = frozenset()
            panel_live.reload_chooser(self.chooser, statuses, with_pin)
        elif page is self.gate:
            self._show_scores(reload_decision=True)
        else:
            self._follow_discussion()

    def _follow_discussion(self) -> None:
        try:
            view = panel_scores(self.db, self.interview_id, self.viewer_id)
        except ScoresHidden as hidden:  # e.g. a form reopened: hidden again
            self._show_hidden(hidden)
            return
        except LookupError:
            self._gone()
            return
        except STORE_ERRORS as error:
            log.warning("Following a change to the panel failed: %s", type(error).__name__)
            return
        shown = self.discussion.view
        if view == shown:
            return
        if panel_live.consensus_typed(self.discussion.matrix):
            # A consensus half written: show the change once it is recorded or
            # cancelled (recording reloads anyway), not under the user's hands.
            QTimer.singleShot(LATER_MS, self, self._follow_later)
            return
        opened = panel_live.shown_evidence(self.discussion.matrix)
        stored = shown.decision if shown is not None else None
        reload_decision = (shown is None or (view.decision != stored
                           and panel_live.decision_untouched(self.discussion.decision, stored)))
        self.round = view.round
        self.discussion.show_view(view, self.viewer_text(), reload_decision=reload_decision)
        panel_live.show_evidence(self.discussion.matrix, opened)

    def _follow_later(self) -> None:
        if self.stack.currentWidget() is not self.discussion:
            return
        if user_busy():
            QTimer.singleShot(LATER_MS, self, self._follow_later)
            return
        self._follow_discussion()

    # -- trouble --------------------------------------------------------------------

    def _gone(self) -> None:
        self.discussion.clear()
        messages.error(self, self.tr("Interview not found"),
                       self.tr("This interview no longer exists. It may have been deleted."))
        self.close()

    def _store_error(self, text: str, error: Exception) -> None:
        messages.error(self, self.tr("Panel discussion"), text, str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing is unsaved here (every change is saved when made)."""
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit(self.interview_id)


def open_panel_discussion(parent: QWidget | None, db: Database, data_dir: Path,
                          settings: Settings, interview_id: int,
                          viewer_panel_member_id: int | None = None) -> QWidget | None:
    """Open the panel discussion of ``interview_id`` in a window of its own and show it.

    Without ``viewer_panel_member_id`` the window first asks who is looking; with it,
    it goes straight to the gate for that panel member. Returns the window, or
    ``None`` (after telling the user) when the interview no longer exists or cannot be
    read. The window deletes itself when closed.
    """
    title = translate("PanelWindow", "Panel discussion")
    from interviewdesk.ui.exchange.held import refused  # team mode: held on a laptop

    if refused(parent, db, "panel", interview_id=interview_id):
        return None
    try:
        window = PanelWindow(db, data_dir, settings, interview_id, parent)
    except LookupError:
        messages.error(parent, title, translate(
            "PanelWindow", "This interview no longer exists. It may have been deleted."))
        return None
    except STORE_ERRORS as error:
        log.exception("Opening the panel discussion failed")
        messages.error(parent, title, translate(
            "PanelWindow", "The panel's assessments could not be read."), str(error))
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if viewer_panel_member_id is not None:
        window.look_as(viewer_panel_member_id)
    window.show()
    window.activateWindow()
    return window
