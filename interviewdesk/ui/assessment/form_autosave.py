"""Every click and keystroke on the assessment form is saved shortly after it is made,
as in the interview wizard (see :mod:`interviewdesk.ui.wizard.autosave`): the latest
value of each field waits at most :data:`DELAY_MS` after the *first* unsaved change,
then everything waiting goes to :func:`~interviewdesk.store.assessments.save_form`
in one transaction. A failed write keeps the changes and tries again; a form that
was submitted meanwhile (:class:`~interviewdesk.store.assessments.FormLocked`) is
reported through :attr:`FormAutosaver.locked` and its changes dropped, since the
store would refuse them for ever. :class:`~interviewdesk.ui.save_status.SaveStatus`
shows all this, quietly, in the status bar.
"""

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from interviewdesk.store.assessments import (
    EvidenceChange,
    FormChange,
    FormLocked,
    ScoreChange,
    TextChange,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.pending_writes import DELAY_MS, RETRY_MS, PendingWrites

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


class FormAutosaver(PendingWrites):
    """Collects one form's changes and writes them shortly after they are made
    (signals and timing: :class:`~interviewdesk.ui.pending_writes.PendingWrites`);
    ``locked()`` when the form turned out to be submitted (read-only) already."""

    locked = Signal()

    def __init__(self, db: Database, assessment_id: int, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent, delay_ms, retry_ms)
        self.db = db
        self.assessment_id = assessment_id

    def add(self, change: FormChange) -> None:
        """Remember ``change``; it is written within the delay."""
        self._pending.pop(_key(change), None)  # the latest goes last: later wins
        self._pending[_key(change)] = change
        self._schedule()

    def write(self, batch: dict[Any, Any]) -> None:
        save_form(self.db, self.assessment_id, list(batch.values()))

    def refused(self, error: Exception) -> bool:
        if not isinstance(error, FormLocked):
            return False
        log.warning("Assessment %s was submitted elsewhere; changes dropped",
                    self.assessment_id)
        self.locked.emit()
        return True
