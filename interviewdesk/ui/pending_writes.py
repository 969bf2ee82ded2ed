"""Saving what the user types without a Save button, shared by the interview window
and the assessment form.

A :class:`PendingWrites` keeps the latest value per field and writes the whole batch in
one go at most ``delay_ms`` after the *first* unsaved change: the timer is not restarted
by later keystrokes, so someone who types without pause is still saved every
``delay_ms``. A failed write keeps every change, retries every ``retry_ms``, and says so
once through :attr:`failed`; the next successful write emits :attr:`saved` again.
Subclasses say how a batch is written (:meth:`write`) and, if they must, how a failed
batch and newer changes combine (:meth:`keep`) or which errors mean the changes can
never be written (:meth:`refused`).
"""

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

# Longest wait between the first unsaved change and its write.
DELAY_MS = 700
# Wait before trying again after a failed write.
RETRY_MS = 3000


class PendingWrites(QObject):
    """Changes waiting to be written, and the timer that writes them.

    ``pendingChanged(bool)`` tells whether something waits ("Saving…"), ``saved(datetime)``
    when a write succeeded, ``failed(str)`` once when writing starts failing (with the
    technical reason), ``recovered()`` when it works again.
    """

    pendingChanged = Signal(bool)
    saved = Signal(datetime)
    failed = Signal(str)
    recovered = Signal()

    def __init__(self, parent: QObject | None = None, delay_ms: int = DELAY_MS,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[Any, Any] = {}
        self._failing = False
        self.last_saved: datetime | None = None
        self.last_error = ""
        self._delay_ms = delay_ms
        self.retry_ms = retry_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # "within a second" is a promise
        self._timer.timeout.connect(self.flush)

    # -- for subclasses -------------------------------------------------------------

    def write(self, batch: dict[Any, Any]) -> None:
        """Write ``batch`` (field key → latest value) in one transaction."""
        raise NotImplementedError

    def keep(self, failed: dict[Any, Any], newer: dict[Any, Any]) -> dict[Any, Any]:
        """What waits after a failed write: the failed batch, with newer values winning."""
        failed.update(newer)
        return failed

    def refused(self, error: Exception) -> bool:
        """Whether ``error`` means the batch can never be written (it is then dropped)."""
        return False

    # -- collecting -----------------------------------------------------------------

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start(self.retry_ms if self._failing else self._delay_ms)
            self.pendingChanged.emit(True)

    @property
    def pending(self) -> bool:
        """Whether some change has not been written yet."""
        return bool(self._pending)

    def waiting(self) -> list[Any]:
        """The changes not written yet (for an editor that must not show someone
        else's text over what its user is typing)."""
        return list(self._pending.values())

    @property
    def failing(self) -> bool:
        """Whether the last write failed (and a retry is scheduled)."""
        return self._failing

    # -- writing --------------------------------------------------------------------

    def flush(self) -> bool:
        """Write everything pending now; ``True`` if nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        batch = self._pending
        self._pending = {}
        try:
            self.write(batch)
        except Exception as error:  # a write that fails must never lose what was typed
            if self.refused(error):
                self.pendingChanged.emit(False)
                return True
            log.warning("Autosave failed (%s): %s", type(self).__name__, error)
            self._pending = self.keep(batch, self._pending)
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
