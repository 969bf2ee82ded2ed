"""Reading something slow from the database while the window stays free, when only
the newest reading matters (a list that follows other people's changes).

:func:`~interviewdesk.ui.background.run_in_background` waits for its job in a local
event loop and shows "please wait": right for a PDF the user asked for, wrong for a
list that reloads by itself every time a colleague saves. A :class:`LatestRead`
instead runs its reading on a worker thread and hands the result over on the GUI
thread through ``done`` — and only the result of the *latest* request: a request
made while one is running supersedes it (its result is dropped, never shown), and at
most one reading runs at a time, so a busy team server cannot pile up threads on a
two-core laptop. A reading that fails gives ``failed(str)``, once, and nothing is
shown as if it were current.

The reading runs on its own thread and so on its own database connection: the
store's engine hands each thread a pooled connection of its own (SQLite connections
are opened with ``check_same_thread=False`` and never shared between two threads at
once). The reading must not touch widgets.
"""

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


#: How long a window being deleted waits for a reading under way, in seconds.
JOIN_SECONDS = 10.0


class _Worker:
    """The thread of the reading under way; a plain object, so that it can still be
    waited for when its :class:`LatestRead` is being deleted (a window closed, the
    database about to be closed: the reading must not outlive its connection)."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    def join(self, *_args: object) -> None:
        thread = self.thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(JOIN_SECONDS)


class LatestRead(QObject):
    """Runs ``read()`` on a worker thread at each :meth:`start`; ``done(result)`` on
    the GUI thread with the result of the newest request, ``failed(message)`` if that
    one failed."""

    done = Signal(object)
    failed = Signal(str)
    _finished = Signal(int, object, str)  # generation, result, error (from the worker)

    def __init__(self, read: Callable[[], Any], parent: QObject | None = None,
                 name: str = "latest-read") -> None:
        super().__init__(parent)
        self._read = read
        self._name = name
        self._generation = 0
        self._wanted: int | None = None  # the request whose result is to be shown
        self._running: int | None = None  # the request being read now
        self._worker = _Worker()
        self._finished.connect(self._arrived)
        self.destroyed.connect(self._worker.join)

    def start(self, read: Callable[[], Any] | None = None) -> None:
        """Read (again), with ``read`` instead of the reading given so far if one is
        given (the same list for other choices): what is being read now is superseded
        by this request."""
        if read is not None:
            self._read = read
        self._generation += 1
        self._wanted = self._generation
        if self._running is None:
            self._launch()

    def cancel(self) -> None:
        """Drop the result of any reading under way (something newer was read in its
        place, or nobody needs it any more)."""
        self._generation += 1
        self._wanted = None

    @property
    def busy(self) -> bool:
        """Whether a result is still awaited (to be shown when it arrives)."""
        return self._wanted is not None

    def _launch(self) -> None:
        generation = self._running = self._generation
        # Started after the request: the reading sees at least what the request saw.
        thread = threading.Thread(target=self._run, args=(generation, self._read),
                                  daemon=True, name=self._name)
        self._worker.thread = thread
        thread.start()

    def wait(self) -> None:
        """Wait for the reading under way, if any, to end (its result is shown when
        the event loop runs again). For a window about to let go of the database."""
        self._worker.join()

    def _run(self, generation: int, read: Callable[[], Any]) -> None:
        result: object = None
        error = ""
        try:
            result = read()
        except Exception as problem:  # shown as "not up to date", never a traceback
            log.warning("Reading in the background failed (%s): %s", self._name,
                        type(problem).__name__)
            error = str(problem) or type(problem).__name__
        with contextlib.suppress(RuntimeError):  # the window went away: nobody to tell
            self._finished.emit(generation, result, error)

    def _arrived(self, generation: int, result: object, error: str) -> None:
        self._running = None
        if generation != self._wanted:  # superseded: show nothing old, read the newest
            if self._wanted is not None:
                self._launch()
            return
        self._wanted = None
        if error:
            self.failed.emit(error)
        else:
            self.done.emit(result)
