"""Nothing typed during an interview is lost: every edit is saved within a second.

The :class:`Autosaver` keeps the latest value of each (target, key, field) and writes
them all in one transaction (:func:`~interviewdesk.store.interview_records.apply_changes`)
at most :data:`DELAY_MS` after the *first* unsaved change. The timer is not restarted
by later keystrokes, so someone who types without pause is still saved every
:data:`DELAY_MS`. The window also flushes at once on a stage change and on close.

A failed write (the database locked by a backup, a full disk) keeps every pending
change, retries every :data:`RETRY_MS`, and says so once through :attr:`failed`; the
next successful write emits :attr:`saved` again.
"""

from typing import Any

from PySide6.QtCore import QObject

from interviewdesk.store import interview_records
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import Change, Target
from interviewdesk.ui.pending_writes import DELAY_MS, RETRY_MS, PendingWrites

__all__ = ["DELAY_MS", "RETRY_MS", "Autosaver"]

FieldKey = tuple[str, str | int | None, str]


class Autosaver(PendingWrites):
    """Collects an interview's edits and writes them shortly after they are made
    (signals and timing: :class:`~interviewdesk.ui.pending_writes.PendingWrites`)."""

    def __init__(self, db: Database, interview_id: int, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent, delay_ms, retry_ms)
        self.db = db
        self.interview_id = interview_id

    # -- collecting -----------------------------------------------------------------

    def set(self, target: Target, key: str | int | None, field: str, value: Any) -> None:
        """Remember the latest ``value`` of a field; it is written within the delay."""
        self._pending[(target, key, field)] = value
        self._schedule()

    def tick(self, stage: str, item: str, ticked: bool) -> None:
        """Remember one checklist tick of ``stage`` (merged with the other ticks)."""
        ticks = self._pending.setdefault(("stage", stage, "checklist"), {})
        ticks[item] = bool(ticked)
        self._schedule()

    def discard(self, target: Target, key: str | int | None) -> None:
        """Forget pending changes of a record that is being deleted."""
        for field_key in [k for k in self._pending if k[0] == target and k[1] == key]:
            del self._pending[field_key]
        if not self._pending:
            self._timer.stop()
            self.pendingChanged.emit(False)

    def pending_value(self, target: Target, key: str | int | None, field: str) -> Any:
        """The unsaved value of a field, or ``None`` (for tests and diagnostics)."""
        return self._pending.get((target, key, field))

    # -- writing --------------------------------------------------------------------

    def write(self, batch: dict[Any, Any]) -> None:
        changes = [Change(target, key, field, value)  # type: ignore[arg-type]
                   for (target, key, field), value in batch.items()]
        interview_records.apply_changes(self.db, self.interview_id, changes)

    def keep(self, failed: dict[Any, Any], newer: dict[Any, Any]) -> dict[Any, Any]:
        # Anything newer wins over the failed batch; checklist ticks are merged.
        for field_key, value in newer.items():
            if field_key[2] == "checklist" and field_key in failed:
                value = {**failed[field_key], **value}
            failed[field_key] = value
        return failed
