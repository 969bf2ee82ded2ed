"""Every click and keystroke on the assessment form is saved shortly after it is made,
as in the interview wizard (see :mod:`interviewdesk.ui.wizard.autosave`): the latest
value of each field waits at most :data:`DELAY_MS` after the *first* unsaved change,
then everything waiting goes to :func:`~interviewdesk.store.assessments.save_form`
in one transaction. A failed write keeps the changes and tries again; a form that
was submitted meanwhile (:class:`~interviewdesk.store.assessments.FormLocked`) is
reported through :attr:`FormAutosaver.locked` and its changes dropped, since the
store would refuse them for ever. :class:`FormSaveStatus` shows all this, quietly, in
the status bar.
"""

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from interviewdesk.store.assessments import (
    EvidenceChange,
    FormChange,
    FormLocked,
    ScoreChange,
    TextChange,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.wizard.autosave import DELAY_MS, RETRY_MS

log = logging.getLogger(__name__)

ChangeKey = tuple[str, int | str]


def _key(change: FormChange) -> ChangeKey:
    """Changes with the same key replace each other: only the latest is written."""
    if isinstance(change, ScoreChange):
        return ("score", change.competency_id)
    if isinstance(change, EvidenceChange):
        return ("evidence", change.competency_id)
    if isinstance(change, TextChange):
        return ("text", change.field)
    return ("recommendation", 0)


class FormAutosaver(QObject):
    """Collects one form's changes and writes them shortly after they are made.

    ``pendingChanged(bool)``, ``saved(datetime)``, ``failed(str)`` once when writing
    starts failing, ``recovered()`` when it works again, ``locked()`` when the form
    turned out to be submitted (read-only) already.
    """

    pendingChanged = Signal(bool)
    saved = Signal(datetime)
    failed = Signal(str)
    recovered = Signal()
    locked = Signal()

    def __init__(self, db: Database, assessment_id: int, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self._pending: dict[ChangeKey, FormChange] = {}
        self._failing = False
        self.last_saved: datetime | None = None
        self.last_error = ""
        self._delay_ms = delay_ms
        self.retry_ms = retry_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        """Whether some change has not been written yet."""
        return bool(self._pending)

    def add(self, change: FormChange) -> None:
        """Remember ``change``; it is written within the delay."""
        self._pending.pop(_key(change), None)  # the latest goes last: later wins
        self._pending[_key(change)] = change
        if not self._timer.isActive():
            self._timer.start(self.retry_ms if self._failing else self._delay_ms)
            self.pendingChanged.emit(True)

    def flush(self) -> bool:
        """Write everything pending now; ``True`` if nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        batch = self._pending
        self._pending = {}
        try:
            save_form(self.db, self.assessment_id, list(batch.values()))
        except FormLocked:
            log.warning("Assessment %s was submitted elsewhere; changes dropped",
                        self.assessment_id)
            self.pendingChanged.emit(False)
            self.locked.emit()
            return True
        except Exception as error:  # a write that fails must never lose what was typed
            log.warning("Autosave of assessment %s failed: %s", self.assessment_id, error)
            batch.update(self._pending)
            self._pending = batch
            self.last_error = str(error) or type(error).__name__
            self._timer.start(self.retry_ms)
            if not self._failing:
                self._failing = True
                self.failed.emit(self.last_error)
            return False
        self.last_saved = datetime.now()
        if self._failing:
            self._failing = False
            self.recovered.emit()
        self.pendingChanged.emit(False)
        self.saved.emit(self.last_saved)
        return True


class FormSaveStatus(QObject):
    """The autosaver's state as a quiet text for the status bar: "Saving…", "Saved
    10:42:13", or "Not saved yet" while writing fails (with one calm sentence on the
    left, saying that what was typed stays here and saving is retried)."""

    def __init__(self, autosaver: FormAutosaver, state: QLabel, problem: QLabel) -> None:
        super().__init__(state)
        self.state = state
        self.problem = problem
        problem.hide()
        autosaver.pendingChanged.connect(self._pending_changed)
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)
        autosaver.recovered.connect(problem.hide)

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            self.state.setText(self.tr("Saving…"))

    def _saved(self, when: datetime) -> None:
        self.state.setText(self.tr("Saved {time}").format(time=when.strftime("%H:%M:%S")))

    def _failed(self, _reason: str) -> None:
        self.state.setText(self.tr("Not saved yet"))
        self.problem.setText(self.tr(
            "Your latest changes to the form could not be saved yet (the database is busy or "
            "cannot be written). They stay here, and saving is tried again every few seconds."))
        self.problem.show()
