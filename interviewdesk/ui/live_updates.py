"""Lists that follow what someone else changed: another laptop on the team server,
or another process on the same SQLite file (the command line, a second window).

:class:`LiveUpdates` asks the store's :mod:`~interviewdesk.store.change_watch` every
:data:`POLL_MS` whether someone else committed (a number read from shared memory on
SQLite; on a server, a flag that a listening thread sets), so the GUI thread never
waits on the disk or the network for it. When the answer is yes it emits
``changed`` — but not while the user is in the middle of something: a dialog is
open, a menu or list pops up, or a mouse button is down (a drag, a selection being
made). Then it waits for the next tick; nothing is lost, the change is only shown a
moment later. A dialog that follows changes itself (the library, with
``follows_changes``) is told at once; the windows behind it wait until it closes.
Nor right after a reload that took long (a large database): the next waits at
least :data:`QUIET_FACTOR` times as long, so that a busy team server cannot keep the
window reloading.

A server that goes away is said once, through ``reachable_changed(False)``, and
``reachable_changed(True)`` when it is back (with a ``changed``: what happened
meanwhile was not heard). Never a dialog: the main window shows a quiet line in its
status bar.
"""

import logging
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from interviewdesk.store.change_watch import ChangeWatch, watch
from interviewdesk.store.database import Database

log = logging.getLogger(__name__)

#: How often the store is asked, in milliseconds ("within a few seconds").
POLL_MS = 2000
#: After a reload that took t seconds, the next waits at least this many times t.
QUIET_FACTOR = 10


class _Watch:
    """The store's watch, made on a worker thread: on a folder protected with a
    passphrase the first read of a new connection derives the key (a tenth of a
    second or more), which the window's start must not wait for. A plain object, so
    that it can still be closed when its :class:`LiveUpdates` is deleted."""

    def __init__(self, db: Database | None, made: ChangeWatch | None) -> None:
        self._lock = threading.Lock()
        self.closed = False
        self.made = made
        if made is None and db is not None:
            threading.Thread(target=self._make, args=(db,), daemon=True,
                             name="interviewdesk-watch-start").start()

    def _make(self, db: Database) -> None:
        try:
            made = watch(db)
        except Exception:
            log.exception("Watching the database for changes could not start")
            return
        with self._lock:
            if not self.closed:
                self.made = made
                return
        made.close()

    def close(self, *_args: object) -> None:
        with self._lock:
            self.closed = True
            made, self.made = self.made, None
        if made is not None:
            try:
                made.close()
            except Exception:
                log.exception("Closing the change watch failed")


class LiveUpdates(QObject):
    """Asks ``watcher`` (default: the store's watch for ``db``) on a timer.

    ``changed`` when someone else changed the database and the user is not busy;
    ``reachable_changed(bool)`` when the database stops or starts answering.
    """

    changed = Signal()
    reachable_changed = Signal(bool)

    def __init__(self, db: Database | None, parent: QObject | None = None, *,
                 watcher: ChangeWatch | None = None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._watch = _Watch(db, watcher)
        self.reachable = True
        self._pending = False
        self._quiet_until = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # Deleted without stop() (a window deleted unclosed): let go all the same.
        self.destroyed.connect(self._watch.close)

    @property
    def watcher(self) -> ChangeWatch | None:
        """The store's watch; ``None`` while it is being made, or once stopped."""
        return self._watch.made

    def check(self) -> None:
        """Ask the store once; emit what it found (see the class)."""
        watcher = self._watch.made
        dialog = following_dialog()
        if watcher is None or (user_busy() and dialog is None):
            return  # still being made; or the user is busy (a dialog may be converting
            # or moving the database): the change waits, nothing is lost
        try:
            found = watcher.poll()
        except Exception:  # a watch that fails must never become a dialog storm
            log.exception("Asking the database for changes failed")
            return
        if found.reachable != self.reachable:
            self.reachable = found.reachable
            self.reachable_changed.emit(found.reachable)
        self._pending = self._pending or found.changed
        if dialog is not None:  # it follows by itself; the windows behind it wait
            if found.changed:
                try:
                    dialog.show_changes_by_others()  # type: ignore[attr-defined]
                except Exception:  # never a dialog storm from a background change
                    log.exception("A dialog could not follow the changes")
            return
        if self._pending and not user_busy() and time.monotonic() >= self._quiet_until:
            self._pending = False
            started = time.monotonic()
            self.changed.emit()  # the reloads run now, in the slots
            took = time.monotonic() - started
            # On a large database a reload takes long (the follow-up is read on this
            # thread): then changes coming in quick succession are shown together,
            # and the window stays free at least QUIET_FACTOR times as long.
            self._quiet_until = time.monotonic() + took * QUIET_FACTOR

    def pending(self) -> bool:
        """Whether a change is waiting until the user is no longer busy."""
        return self._pending

    def stop(self) -> None:
        """Stop asking and let go of the watch (its connection, its thread)."""
        self.timer.stop()
        self._watch.close()


def following_dialog() -> QWidget | None:
    """The dialog in front if it follows others' changes itself (it says so with a
    ``follows_changes`` attribute and has ``show_changes_by_others``, as the library
    does) and the user is not in the middle of something in it (a menu, a drag)."""
    dialog = QApplication.activeModalWidget()
    if (dialog is None or not getattr(dialog, "follows_changes", False)
            or QApplication.activePopupWidget() is not None
            or QApplication.mouseButtons() != Qt.MouseButton.NoButton):
        return None
    return dialog


def user_busy() -> bool:
    """Whether a refresh now would get in the user's way: a dialog (an editor, a
    question) is open, a menu or drop-down is shown, or a mouse button is held."""
    return (QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
            or QApplication.mouseButtons() != Qt.MouseButton.NoButton)
