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
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from interviewdesk.domain.concurrent_edits import Conflict, RecordKey, Seen, resolved
from interviewdesk.store.assessments import (
    FormEdit,
    FormLocked,
    form_text_edit,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.pending_writes import DELAY_MS, RETRY_MS, PendingWrites

log = logging.getLogger(__name__)


class FormAutosaver(PendingWrites):
    """Collects one form's changes and writes them shortly after they are made
    (signals and timing: :class:`~interviewdesk.ui.pending_writes.PendingWrites`);
    ``locked()`` when the form turned out to be submitted (read-only) already;
    ``conflicted(Conflict)`` for each text not written because it was saved meanwhile
    elsewhere (another window, another laptop), emitted once the write is over."""

    locked = Signal()
    conflicted = Signal(object)

    def __init__(self, db: Database, assessment_id: int, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, retry_ms: int = RETRY_MS,
                 seen: Mapping[RecordKey, Seen] | None = None) -> None:
        super().__init__(parent, delay_ms, retry_ms)
        self.db = db
        self.assessment_id = assessment_id
        #: What the form on screen is based on, per record (``None``: not tracked, the
        #: latest write wins).
        self.seen: dict[RecordKey, Seen] | None = dict(seen) if seen is not None else None
        #: Conflicts the user has not decided yet, by record and field.
        self.conflicts: dict[tuple[RecordKey, str], Conflict] = {}
        self._announce: list[Conflict] = []

    def add(self, change: FormEdit) -> None:
        """Remember ``change``; it is written within the delay (later values win)."""
        earlier: FormEdit | None = self._pending.get(change.record)
        self._pending[change.record] = change if earlier is None else earlier.then(change)
        self._schedule()

    def resolve(self, conflict: Conflict, text: str) -> None:
        """The user saw both versions of a conflict and chose ``text``: it is written
        over theirs, and over nothing newer."""
        self.conflicts.pop((conflict.record, conflict.field), None)
        if self.seen is not None:
            self.seen[conflict.record] = resolved(
                self.seen.get(conflict.record, Seen()), conflict)
        self.add(form_text_edit(conflict.record, conflict.field, text))

    def write(self, batch: dict[Any, Any]) -> None:
        saved = save_form(self.db, self.assessment_id, list(batch.values()), self.seen)
        if self.seen is not None:
            self.seen.update(saved.seen)
        for conflict in saved.conflicts:
            self.conflicts[(conflict.record, conflict.field)] = conflict
            self._announce.append(conflict)

    def keep(self, failed: dict[Any, Any], newer: dict[Any, Any]) -> dict[Any, Any]:
        for record, change in newer.items():
            earlier: FormEdit | None = failed.get(record)
            failed[record] = change if earlier is None else earlier.then(change)
        return failed

    def refused(self, error: Exception) -> bool:
        if not isinstance(error, FormLocked):
            return False
        log.warning("Assessment %s was submitted elsewhere; changes dropped",
                    self.assessment_id)
        self.locked.emit()
        return True

    def flush(self) -> bool:
        done = super().flush()
        announce, self._announce = self._announce, []
        for conflict in announce:
            self.conflicted.emit(conflict)
        return done

