"""The full integrity check of the database, in the background once the data is shown.

The window's start runs SQLite's ``quick_check`` only, so that the data shows sooner
(docs/architecture.md, start-up). The quick check reads every page but does not compare
the indexes with their tables; a mismatch there makes searches and lists miss rows
silently. :class:`BackgroundFullCheck` runs the full check a few seconds after the
data is shown, on a worker thread with a read-only connection of its own (the app
keeps working), and closing the app interrupts it rather than waiting for it.

When it finds damage the user is told at once, in a dialog over the main window, with
SQLite's findings as details; the next start then runs the full check before opening
the file (:attr:`~interviewdesk.ui.settings.Settings.full_check_due`), which offers the
newest good backup as for any damaged file. Nothing is changed by the check itself.
"""

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from interviewdesk.store.integrity import FullCheck, IntegrityReport
from interviewdesk.ui import messages
from interviewdesk.ui.settings import Settings

log = logging.getLogger(__name__)

# How long after the data is shown the check starts: the first seconds of work, when
# the user opens what they came for, keep both processor cores of a small laptop.
START_AFTER_MS = 3000


class BackgroundFullCheck(QObject):
    """Runs :class:`~interviewdesk.store.integrity.FullCheck` on the database at
    ``path`` once, on a worker thread; ``finished(report)`` on the GUI thread when it
    is done (not when it was stopped), after a damaged file was reported to the user
    over ``window``."""

    finished = Signal(object)
    _done = Signal(object)  # from the worker thread, delivered on the GUI thread

    def __init__(self, path: Path, settings: Settings, window: QWidget,
                 start_after_ms: int = START_AFTER_MS) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._check = FullCheck(path)
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(start_after_ms)
        self._timer.timeout.connect(self._start_now)
        self._done.connect(self._report)

    def start(self) -> None:
        """Start the check after :data:`START_AFTER_MS` (once)."""
        if self._thread is None:
            self._timer.start()

    def stop(self) -> None:
        """Interrupt a running check and wait for its thread (at once): closing the app
        never waits for the check. A check not yet started never starts."""
        self._timer.stop()
        self._check.cancel()
        if self._thread is not None:
            self._thread.join()

    def _start_now(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="full-check", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        report = self._check.run()
        if report is not None:
            self._done.emit(report)

    def _report(self, report: IntegrityReport) -> None:
        if report.ok:
            log.info("The full integrity check found no problem")
        else:
            # The first sentence sums it up and names no stored value (store/integrity.py).
            log.error("The full integrity check found damage: %s", report.problems[0])
            self.settings.full_check_due = True
            self.settings.sync()
            messages.error(
                self.window, self.tr("The database is damaged"),
                self.tr("The full check of your database found damage (details below): "
                        "some lists and searches may miss records. Nothing was changed. "
                        "Close InterviewDesk and start it again: it then checks the whole "
                        "file first and offers the newest good backup, keeping the damaged "
                        "file aside."),
                "\n".join(report.problems))
        self.finished.emit(report)
