"""The assessment form: one panel member's assessment of the candidate, filled in
after the interview, on their own.

What shapes it:

- **One rater.** The form belongs to one panel member (chosen first on a shared
  laptop, :mod:`.form_chooser`) and says so at the top. It shows that member's own
  ratings only — it reads the form through ``open_form``/``load_form`` and never
  calls the panel's functions, so another member's score cannot appear here.
- **Saved as it goes.** Every click and keystroke goes through the
  :class:`~.form_autosave.FormAutosaver`; there is no Save button, and closing
  saves what is left.
- **Submit** checks completeness in the store and explains what is missing in plain
  words, pointing at the first competency that needs something. Evidence without a
  score is asked about, not refused. A submitted form is read-only, until it is
  reopened with a reason.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store.assessments import (
    AssessmentEdit,
    AssessmentForm,
    FormIncomplete,
    FormLocked,
    RatingEdit,
    load_form,
    open_own_form,
    reopen_form,
    round_state,
    status_of_forms,
    submit_form,
)
from interviewdesk.store.database import Database
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.assessment import form_reopen, identity
from interviewdesk.ui.assessment.form_anchors import NOT_ASSESSED
from interviewdesk.ui.assessment.form_autosave import FormAutosaver
from interviewdesk.ui.assessment.form_chooser import RaterChooser
from interviewdesk.ui.assessment.form_competency import CompetencyRow
from interviewdesk.ui.assessment.form_conflicts import FormConflictHandler
from interviewdesk.ui.assessment.form_header import FormBanner, FormHeader
from interviewdesk.ui.assessment.form_quote import NotePicker, stage_names
from interviewdesk.ui.assessment.form_summary import FormSummary
from interviewdesk.ui.save_status import SaveStatus
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.window_size import fitting_size
from interviewdesk.ui.wizard.fields import quiet, rule

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 900)
# The form is read best up to this width; a wider window keeps it centred.
READABLE_WIDTH = 1240
# Room kept above and below a competency scrolled into view.
SCROLL_MARGIN = 80


class AssessmentFormWindow(QMainWindow):
    """The form ``form`` of one panel member, editable until it is submitted.

    ``stateChanged(interview_id, panel_member_id)`` after the form was submitted or
    reopened; ``closed(interview_id, panel_member_id)`` once it closed, all saved.
    """

    stateChanged = Signal(int, int)
    closed = Signal(int, int)

    def __init__(self, db: Database, data_dir: Path, settings: Settings, form: AssessmentForm,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentFormWindow")
        self.db = db
        self.settings = settings
        self.form = form
        self.stage_names = stage_names(Path(data_dir))
        self.autosaver = FormAutosaver(db, form.assessment_id, self, seen=form.seen)
        self.autosaver.locked.connect(self._locked_elsewhere)
        self.setWindowTitle(self.tr("Assessment form · {rater} · {candidate}").format(
            rater=form.rater_name, candidate=form.candidate_name))

        self._build()
        self._show_state(form)
        self.conflicts = FormConflictHandler(self)  # a text saved meanwhile elsewhere
        self.resize(fitting_size(QSize(*DEFAULT_SIZE), self))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._last_chance)

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        form = self.form
        self.header = FormHeader(form)
        self.banner = FormBanner()
        self.banner.reopenRequested.connect(self.reopen)
        self.guide = quiet(self.tr(
            "Click the anchor that fits what you saw and heard, or press 1 to 5 while a "
            "competency's anchors have the focus (0: not assessed) — the focus then moves on "
            "to the next competency. Tab reaches the evidence."))

        self.rows: dict[int, CompetencyRow] = {}
        for number, competency in enumerate(form.competencies, start=1):
            row = CompetencyRow(number, competency, form.rating(competency.id), bool(form.notes))
            row.scoreChosen.connect(self._score_chosen)
            row.evidenceEdited.connect(
                lambda cid, text: self.autosaver.add(RatingEdit(cid, evidence=text)))
            row.quoteRequested.connect(self.quote_note)
            row.nextRequested.connect(self._next_row)
            self.rows[competency.id] = row

        self.summary = FormSummary(form)
        self.summary.textEdited.connect(self.autosaver.add)
        self.summary.recommendationChosen.connect(
            lambda key: self.autosaver.add(AssessmentEdit(recommendation=key)))
        self.summary.submitRequested.connect(self.submit)

        content = QWidget()
        content.setObjectName("assessmentFormContent")
        content.setMaximumWidth(READABLE_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        column.setSpacing(SPACING_SMALL)
        column.addWidget(self.header)
        column.addSpacing(SPACING)
        column.addWidget(self.banner)
        column.addSpacing(SPACING)
        column.addWidget(self.guide)
        if not self.rows:
            column.addWidget(quiet(self.tr(
                "This vacancy has no competencies to score. Add them to the vacancy; until "
                "then only the recommendation and your notes below can be filled in.")))
        for row in self.rows.values():
            column.addSpacing(SPACING_LARGE)
            column.addWidget(row)
        column.addSpacing(SPACING_LARGE)
        column.addWidget(rule())
        column.addSpacing(SPACING)
        column.addWidget(self.summary)
        column.addStretch(1)

        centred = QWidget()
        centring = QHBoxLayout(centred)
        centring.setContentsMargins(0, 0, 0, 0)
        centring.addStretch(1)
        centring.addWidget(content, 100)
        centring.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(centred)

        # The button bar stays below the scrolling form: Submit is always in reach.
        self.button_bar = QFrame()
        self.button_bar.setObjectName("formButtonBar")
        self.button_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.button_bar)
        bar.setContentsMargins(SPACING_LARGE, SPACING_SMALL, SPACING_LARGE, SPACING_SMALL)
        bar.setSpacing(SPACING_LARGE)
        bar.addWidget(self.summary.submit_note, 1)
        bar.addWidget(self.summary.submit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.scroll, 1)
        central_layout.addWidget(self.button_bar)
        self.setCentralWidget(central)

        self.save_status = SaveStatus(self.autosaver, self.statusBar(), "form")

        # Printing offers this member's own form only: the window knows no other.
        self.print_action = QAction(self.tr("&Print or save as PDF…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: self.print_form())
        self.compact_action = QAction(self.tr("Print &compact (chosen anchors only)…"), self)
        self.compact_action.triggered.connect(lambda: self.print_form(compact=True))
        self.close_action = QAction(self.tr("&Close"), self)
        keys: list[QKeySequence] = []
        for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close),
                    QKeySequence("Ctrl+W"), QKeySequence("Esc")]:
            if not key.isEmpty() and key not in keys:
                keys.append(key)
        self.close_action.setShortcuts(keys)
        self.close_action.triggered.connect(self.close)
        self.form_menu = self.menuBar().addMenu(self.tr("&Form"))
        self.form_menu.addAction(self.print_action)
        self.form_menu.addAction(self.compact_action)
        self.form_menu.addSeparator()
        self.form_menu.addAction(self.close_action)

    # -- state ----------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether the form is submitted, so nothing can be changed."""
        return self.form.submitted

    def _show_state(self, form: AssessmentForm) -> None:
        """Show ``form`` as stored: editable, or read-only once submitted."""
        self.form = form
        read_only = form.submitted
        try:
            round_ = round_state(self.db, form.interview_id)
        except LookupError:  # the interview went; the form says what it can
            round_ = None
        self.banner.show_form(form, round_)
        for cid, row in self.rows.items():
            if read_only:  # submitted: no score means "not assessed", evidence or not
                row.choice.set_choice(form.rating(cid).score or NOT_ASSESSED)
            row.set_read_only(read_only)
        self.summary.set_read_only(read_only)
        self.button_bar.setVisible(not read_only)
        self.guide.setVisible(not read_only)
        if read_only:
            self.save_status.settle(self.tr("Submitted"))
        elif not self.autosaver.pending:
            self.save_status.show_all_saved()

    def _reload(self) -> None:
        self._show_state(load_form(self.db, self.form.assessment_id))

    # -- editing --------------------------------------------------------------------

    def _score_chosen(self, competency_id: int, value: int) -> None:
        self.autosaver.add(
            RatingEdit(competency_id, score=None if value == NOT_ASSESSED else value))

    def _next_row(self, competency_id: int) -> None:
        ids = list(self.rows)
        index = ids.index(competency_id) + 1
        if index < len(ids):
            self.show_row(ids[index])
        else:
            self.summary.strengths.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(self.summary.strengths, 0, SCROLL_MARGIN)

    def show_row(self, competency_id: int) -> None:
        """Scroll to a competency and put the keyboard on its anchors."""
        row = self.rows[competency_id]
        row.focus_score()
        self.scroll.widget().layout().activate()
        self.scroll.ensureWidgetVisible(row.choice, 0, SCROLL_MARGIN)

    def quote_note(self, competency_id: int) -> None:
        """Let the rater pick one of the interview's notes and quote it as evidence."""
        row = self.rows[competency_id]
        text = NotePicker.pick(self, self.form.notes_for(competency_id), competency_id,
                               row.competency.name, self.stage_names)
        if text:
            row.insert_quote(text)

    # -- submitting -----------------------------------------------------------------

    def submit(self) -> bool:
        """Submit the form; ``True`` if it is now submitted. Explains what is missing
        and points at it; asks before leaving evidence without a score unscored, and
        before submitting a score without evidence (a score nobody can follow up)."""
        if self.read_only:
            return False
        if not self.autosaver.flush():
            messages.error(self, self.tr("Form not submitted"), self.tr(
                "Your latest changes could not be saved, so the form was not submitted. "
                "Nothing is lost; try again in a moment."), self.autosaver.last_error)
            return False
        try:
            accept = False
            try:
                submit_form(self.db, self.form.assessment_id, check_only=True)
            except FormIncomplete as problem:
                if not problem.needs_confirmation_only:
                    raise
                if not (self._chose_not_assessed(problem.evidence_without_score)
                        or self._confirm_not_assessed(problem)):
                    self._point_at(problem)
                    return False
                accept = True
            if not self._confirm_scores_without_evidence():
                return False
            submit_form(self.db, self.form.assessment_id, accept_not_assessed=accept)
        except FormIncomplete as problem:
            messages.error(self, self.tr("The form is not complete yet"),
                           self._explain(problem))
            self._point_at(problem)
            return False
        except FormLocked:
            self._reload()
            return False
        except LookupError as error:
            messages.error(self, self.tr("Form not submitted"), self.tr(
                "This form no longer exists; the interview may have been deleted."), str(error))
            return False
        self._reload()
        self.stateChanged.emit(self.form.interview_id, self.form.panel_member_id)
        return True

    def scores_without_evidence(self) -> list[int]:
        """The competencies (ids, in form order) scored 1–5 with no evidence written."""
        return [cid for cid, row in self.rows.items()
                if row.choice.choice not in (None, NOT_ASSESSED)
                and not row.evidence.toPlainText().strip()]

    def _confirm_scores_without_evidence(self) -> bool:
        """Ask before submitting scores without evidence; "Go back" points at the first."""
        missing = self.scores_without_evidence()
        if not missing:
            return True
        names = ", ".join(self.rows[cid].competency.name for cid in missing)
        if messages.ask(
                self, self.tr("Submit without evidence?"),
                self.tr("You scored {names} without writing the evidence. The panel "
                        "discussion and the report show what each score rests on.\n\n"
                        "Submit without evidence for {names}?").format(names=names),
                self.tr("Submit without evidence"), self.tr("Go back and write it")):
            return True
        for cid in missing:
            self.rows[cid].set_missing(self.tr("A score without evidence: write what you "
                                               "saw or heard."))
        self.show_row(missing[0])
        self.rows[missing[0]].evidence.setFocus()
        return False

    def _chose_not_assessed(self, names: tuple[str, ...]) -> bool:
        """Whether the rater chose "Not assessed" for each of ``names`` on this form
        (the store cannot tell that from a forgotten score; the cards can)."""
        chosen = {row.competency.name for row in self.rows.values()
                  if row.choice.choice == NOT_ASSESSED}
        return set(names) <= chosen

    def _confirm_not_assessed(self, problem: FormIncomplete) -> bool:
        names = ", ".join(problem.evidence_without_score)
        return messages.ask(
            self, self.tr("Mark as not assessed and submit?"),
            self.tr("You wrote evidence but chose no score for: {names}.\n\n"
                    "Mark them as not assessed and submit the form?").format(names=names),
            self.tr("Mark as not assessed and submit"), self.tr("Go back and score"))

    def _explain(self, problem: FormIncomplete) -> str:
        """What is missing, in plain words, one point a line."""
        lines = []
        if problem.untouched:
            lines.append(self.tr("Choose a score, or Not assessed, for: {names}.").format(
                names=", ".join(problem.untouched)))
        if problem.evidence_without_score:
            lines.append(self.tr(
                "You wrote evidence but chose no score for: {names}. Choose a score, or "
                "Not assessed.").format(names=", ".join(problem.evidence_without_score)))
        if problem.missing_recommendation:
            lines.append(self.tr("Choose your overall recommendation."))
        return "\n\n".join(lines)

    def _point_at(self, problem: FormIncomplete) -> None:
        """Mark every competency that needs something, and go to the first."""
        first: int | None = None
        for cid, row in self.rows.items():
            name = row.competency.name
            if name in problem.untouched:
                row.set_missing(self.tr("Choose a score, or Not assessed."))
            elif name in problem.evidence_without_score:
                row.set_missing(self.tr(
                    "There is evidence but no score: choose a score, or Not assessed."))
            else:
                continue
            if first is None:
                first = cid
        self.summary.set_recommendation_missing(problem.missing_recommendation)
        if first is not None:
            self.show_row(first)
        elif problem.missing_recommendation:
            self.summary.recommendation.focus_first()
            self.scroll.ensureWidgetVisible(self.summary.recommendation, 0, SCROLL_MARGIN)

    # -- reopening ------------------------------------------------------------------

    def reopen(self) -> bool:
        """Ask why, and open the submitted form again; ``True`` if it was reopened."""
        if not self.read_only:
            return False
        reason = form_reopen.ask_reason(self)
        if reason is None:
            return False
        try:
            reopen_form(self.db, self.form.assessment_id, reason)
        except (ValidationError, LookupError) as error:
            messages.error(self, self.tr("Form not reopened"), self.tr(
                "The form could not be reopened."), str(error))
            self._reload()
            return False
        self._reload()
        self.stateChanged.emit(self.form.interview_id, self.form.panel_member_id)
        if self.rows:
            self.show_row(next(iter(self.rows)))
        return True

    def _locked_elsewhere(self) -> None:
        """The form was submitted from elsewhere while changes waited to be saved."""
        self._reload()
        messages.inform(self, self.tr("Form already submitted"), self.tr(
            "This form was submitted in the meantime, so it is read-only now; the last "
            "change was not saved. Reopen it to change it."))

    def show_changes_by_others(self) -> None:
        """Someone else saved this form (the same member on another laptop or in
        another process): show what changed, keeping what the rater is typing
        (:mod:`.form_live`); submitted or reopened elsewhere, the form follows."""
        from sqlalchemy.exc import SQLAlchemyError

        from interviewdesk.ui.assessment.form_live import follow_form

        try:
            stored = load_form(self.db, self.form.assessment_id)
        except LookupError:  # deleted elsewhere: the window keeps what it shows
            log.info("An open assessment form was deleted elsewhere")
            return
        except SQLAlchemyError as error:  # the main window says the server is away
            log.warning("Following the form's changes failed: %s", type(error).__name__)
            return
        if stored.submitted and not self.read_only and self.autosaver.pending:
            self.flush()  # refused: the form says it was submitted meanwhile
            return
        follow_form(self, stored)
        if stored.submitted != self.read_only:
            self._show_state(stored)
        else:
            self.form = stored

    # -- printing -------------------------------------------------------------------

    def print_form(self, compact: bool = False) -> QWidget | None:
        """Preview this form as printed (with Print… and Save as PDF…), after saving
        what is pending so the paper shows what the screen shows; ``compact``: only the
        chosen anchor per competency."""
        from interviewdesk.ui import print_documents

        self.flush()
        form = self.form
        return print_documents.assessment_form(
            self, self.db, form.interview_id, form.panel_member_id, form.rater_name,
            form.candidate_name, form.scheduled_at, self.settings.page_size,
            compact=compact)

    # -- closing --------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is pending now; ``True`` if nothing is left unsaved."""
        return self.autosaver.flush()

    def _last_chance(self) -> None:
        if self.isVisible():
            self.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything (asking about any text saved meanwhile elsewhere); stay open
        if saving fails."""
        saved = self.flush()
        while saved and self.autosaver.conflicts:
            self.conflicts.settle()
            saved = self.flush()
        if not saved:
            messages.error(self, self.tr("Form not saved"), self.tr(
                "The latest changes could not be saved, so the form stays open and keeps "
                "them. Try closing it again in a moment."), self.autosaver.last_error)
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit(self.form.interview_id, self.form.panel_member_id)


# The form windows open now, by database, interview and panel member: opening a form
# that is open already brings its window to the front, so two windows never write it.
_open_windows: dict[tuple[int, int, int], AssessmentFormWindow] = {}


def open_assessment_form(parent: QWidget | None, db: Database, data_dir: Path,
                         settings: Settings, interview_id: int,
                         panel_member_id: int | None = None) -> AssessmentFormWindow | None:
    """Show the assessment form of ``panel_member_id`` for ``interview_id`` (the form
    is created on first opening); with ``None``, first ask who fills it in. Returns
    the window, or ``None`` if the user cancelled or the form cannot be opened (the
    user is told why).

    The window is a top-level window of its own, not a child of ``parent``: closing
    the interview window must not take an unsaved form with it. It deletes itself
    when closed.
    """
    title = QCoreApplication.translate("open_assessment_form", "Form not opened")
    try:
        if panel_member_id is None:
            panel_member_id = RaterChooser.choose_member(parent, db, interview_id)
            if panel_member_id is None:
                return None
        from interviewdesk.ui.exchange.held import refused  # team mode: held on a laptop

        if refused(parent, db, "form", interview_id=interview_id,
                   panel_member_id=panel_member_id):
            return None
        # Opening a form is acting as its member: their PIN first, if they have one,
        # also to bring an open window to the front.
        status = next((s for s in status_of_forms(db, interview_id)
                       if s.panel_member_id == panel_member_id), None)
        if status is None:
            raise LookupError(f"Panel member {panel_member_id} is not on interview "
                              f"{interview_id}.")
        checked = identity.confirm_member(
            parent, db, status.interviewer_id, status.name,
            QCoreApplication.translate("open_assessment_form",
                                       "Type your PIN to open your assessment form."))
        if checked is None:
            return None
        key = (id(db), interview_id, panel_member_id)
        window = _open_windows.get(key)
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        form = open_own_form(db, interview_id, panel_member_id, pin_checked=checked)
    except LookupError as error:
        log.info("Assessment form not opened: %s", error)
        messages.error(parent, title, QCoreApplication.translate(
            "open_assessment_form",
            "This interview, or this panel member, no longer exists. It may have been "
            "deleted."), str(error))
        return None
    window = AssessmentFormWindow(db, data_dir, settings, form)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows[key] = window
    window.destroyed.connect(lambda _obj=None, key=key: _open_windows.pop(key, None))
    window.show()
    window.activateWindow()
    if window.rows:  # the keyboard on the first competency still to score
        window.show_row(next((cid for cid, row in window.rows.items()
                              if row.choice.choice is None), next(iter(window.rows))))
    return window
