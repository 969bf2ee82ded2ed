"""Nothing typed during an interview is lost: every edit is saved within a second.

The :class:`Autosaver` keeps one typed edit per record (:mod:`~interviewdesk.store.
interview_edits`: the latest value of each field, checklist ticks merged) and writes
them all in one transaction (:func:`~interviewdesk.store.interview_records.apply_changes`)
at most :data:`DELAY_MS` after the *first* unsaved change. The timer is not restarted
by later keystrokes, so someone who types without pause is still saved every
:data:`DELAY_MS`. The window also flushes at once on a stage change and on close.

A failed write (the database locked by a backup, a full disk) keeps every pending
change, retries every :data:`RETRY_MS`, and says so once through :attr:`failed`; the
next successful write emits :attr:`saved` again.

Every write carries what the screen is based on (:attr:`Autosaver.seen`). A note that
someone else changed meanwhile (another panel member on a team server, another window)
is not written: :attr:`Autosaver.conflicted` hands over both texts, after the write,
and the rest of the batch is saved as usual. The window lets the user choose, and
:meth:`Autosaver.resolve` saves the choice.
"""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from interviewdesk.domain.concurrent_edits import Conflict, RecordKey, Seen, resolved
from interviewdesk.store import interview_records
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import StageEdit, WizardEdit, text_edit
from interviewdesk.ui.pending_writes import DELAY_MS, RETRY_MS, PendingWrites

__all__ = ["DELAY_MS", "RETRY_MS", "Autosaver"]


class Autosaver(PendingWrites):
    """Collects an interview's edits and writes them shortly after they are made
    (signals and timing: :class:`~interviewdesk.ui.pending_writes.PendingWrites`);
    ``conflicted(Conflict)`` for each text that was not written because someone else
    changed it meanwhile (emitted once the write is over, never from inside it)."""

    conflicted = Signal(object)

    def __init__(self, db: Database, interview_id: int, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, retry_ms: int = RETRY_MS,
                 seen: Mapping[RecordKey, Seen] | None = None) -> None:
        super().__init__(parent, delay_ms, retry_ms)
        self.db = db
        self.interview_id = interview_id
        #: What the screen is based on, per record (read now unless the caller loaded it).
        self.seen: dict[RecordKey, Seen] = dict(
            seen if seen is not None else interview_records.load_seen(db, interview_id))
        #: Conflicts the user has not decided yet, by record and field.
        self.conflicts: dict[tuple[RecordKey, str], Conflict] = {}
        self._announce: list[Conflict] = []

    # -- collecting -----------------------------------------------------------------

    def edit(self, edit: WizardEdit) -> None:
        """Remember ``edit``; it is written within the delay (later values win)."""
        earlier: WizardEdit | None = self._pending.get(edit.record)
        self._pending[edit.record] = edit if earlier is None else earlier.then(edit)
        self._schedule()

    def tick(self, stage: str, item: str, ticked: bool) -> None:
        """Remember one checklist tick of ``stage`` (merged with the other ticks)."""
        self.edit(StageEdit(stage, checklist={item: bool(ticked)}))

    def created(self, record: RecordKey, seen: Seen) -> None:
        """A record this window just created (a question of the candidate): its texts
        are on screen as created, so they are the base of its later saves."""
        self.seen[record] = seen

    def discard(self, record: RecordKey) -> None:
        """Forget pending changes of a record that is being deleted."""
        self._pending.pop(record, None)
        if not self._pending:
            self._timer.stop()
            self.pendingChanged.emit(False)

    def pending_edit(self, record: RecordKey) -> WizardEdit | None:
        """The unsaved edit of a record, or ``None`` (for tests and diagnostics)."""
        return self._pending.get(record)

    def resolve(self, conflict: Conflict, text: str) -> None:
        """The user saw both versions of a conflict and chose ``text`` (theirs, mine,
        or a merge): it is written over theirs, and over nothing newer."""
        self.conflicts.pop((conflict.record, conflict.field), None)
        self.seen[conflict.record] = resolved(self.seen.get(conflict.record, Seen()), conflict)
        self.edit(text_edit(conflict.record, conflict.field, text))

    # -- writing --------------------------------------------------------------------

    def write(self, batch: dict[Any, Any]) -> None:
        saved = interview_records.apply_changes(
            self.db, self.interview_id, list(batch.values()), self.seen)
        self.seen.update(saved.seen)
        for conflict in saved.conflicts:
            self.conflicts[(conflict.record, conflict.field)] = conflict
            self._announce.append(conflict)

    def keep(self, failed: dict[Any, Any], newer: dict[Any, Any]) -> dict[Any, Any]:
        # Anything newer wins over the failed batch; checklist ticks are merged.
        for record, edit in newer.items():
            earlier: WizardEdit | None = failed.get(record)
            failed[record] = edit if earlier is None else earlier.then(edit)
        return failed

    def flush(self) -> bool:
        done = super().flush()
        announce, self._announce = self._announce, []
        for conflict in announce:
            self.conflicted.emit(conflict)
        return done
