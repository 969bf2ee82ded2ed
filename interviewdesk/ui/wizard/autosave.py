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

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from interviewdesk.store import interview_records
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import Change, Target

log = logging.getLogger(__name__)

# Longest wait between the first unsaved change and its write.
DELAY_MS = 700
# Wait before trying again after a failed write.
RETRY_MS = 3000

FieldKey = tuple[str, str | int | None, str]


class Autosaver(QObject):
    """Collects an interview's edits and writes them shortly after they are made.

    ``pendingChanged(bool)`` tells whether something waits to be written ("Saving…"),
    ``saved(datetime)`` when a write succeeded, ``failed(str)`` once when writing
    starts failing (with the technical reason), ``recovered()`` when it works again.
    """

    pendingChanged = Signal(bool)
    saved = Signal(datetime)
    failed = Signal(str)
    recovered = Signal()

    def __init__(self, db: Database, interview_id: int, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.interview_id = interview_id
        self._pending: dict[FieldKey, Any] = {}
        self._failing = False
        self.last_saved: datetime | None = None
        self.last_error = ""
        self._delay_ms = delay_ms
        # Wait before trying again after a failed write (ms).
        self.retry_ms = retry_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # "within a second" is a promise
        self._timer.timeout.connect(self.flush)

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

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start(self.retry_ms if self._failing else self._delay_ms)
            self.pendingChanged.emit(True)

    # -- writing --------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """Whether some change has not been written yet."""
        return bool(self._pending)

    @property
    def failing(self) -> bool:
        """Whether the last write failed (and a retry is scheduled)."""
        return self._failing

    def pending_value(self, target: Target, key: str | int | None, field: str) -> Any:
        """The unsaved value of a field, or ``None`` (for tests and diagnostics)."""
        return self._pending.get((target, key, field))

    def flush(self) -> bool:
        """Write everything pending now; ``True`` if nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        batch = self._pending
        self._pending = {}
        changes = [Change(target, key, field, value)  # type: ignore[arg-type]
                   for (target, key, field), value in batch.items()]
        try:
            interview_records.apply_changes(self.db, self.interview_id, changes)
        except Exception as error:  # a write that fails must never lose the text
            log.warning("Autosave of interview %s failed: %s", self.interview_id, error)
            # Keep the failed batch; anything newer wins over it, ticks are merged.
            for field_key, value in self._pending.items():
                if field_key[2] == "checklist" and field_key in batch:
                    value = {**batch[field_key], **value}
                batch[field_key] = value
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
