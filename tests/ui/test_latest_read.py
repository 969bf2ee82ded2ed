"""Reading on a worker thread where only the newest reading counts
(ui/latest_read.py): a newer request supersedes an older one, whose result is never
shown; one reading at a time; a failure is said, not shown as a result."""

import threading
from typing import Any

from interviewdesk.ui.latest_read import LatestRead


class Gate:
    """A reading that waits until the test lets it go, and counts its runs."""

    def __init__(self) -> None:
        self.runs = 0
        self.running = 0
        self.most_at_once = 0
        self.release = threading.Event()
        self.fail = False
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            self.runs += 1
            number = self.runs
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        self.release.wait(10)
        with self._lock:
            self.running -= 1
        if self.fail:
            raise OSError("the server went away")
        return number


def test_a_newer_request_supersedes_the_reading_under_way(qtbot: Any) -> None:
    gate = Gate()
    reading = LatestRead(gate)
    shown: list[int] = []
    reading.done.connect(shown.append)
    reading.start()
    qtbot.waitUntil(lambda: gate.runs == 1)
    reading.start()  # someone changed something again while the first was read
    reading.start()
    assert reading.busy
    gate.release.set()
    qtbot.waitUntil(lambda: not reading.busy)
    # The first reading's result was dropped; the second, started after both requests,
    # is the one shown: two readings in all, never two at once.
    assert shown == [2]
    assert gate.runs == 2 and gate.most_at_once == 1


def test_a_cancelled_reading_shows_nothing(qtbot: Any) -> None:
    gate = Gate()
    reading = LatestRead(gate)
    shown: list[int] = []
    reading.done.connect(shown.append)
    reading.start()
    qtbot.waitUntil(lambda: gate.runs == 1)
    reading.cancel()  # read on the GUI thread in its place
    assert not reading.busy
    gate.release.set()
    reading.wait()
    qtbot.wait(50)
    assert shown == [] and gate.runs == 1


def test_a_failed_reading_is_said_once_and_nothing_is_shown(qtbot: Any) -> None:
    gate = Gate()
    gate.fail = True
    gate.release.set()
    reading = LatestRead(gate)
    shown: list[int] = []
    failures: list[str] = []
    reading.done.connect(shown.append)
    reading.failed.connect(failures.append)
    reading.start()
    qtbot.waitUntil(lambda: not reading.busy)
    assert shown == [] and failures == ["the server went away"]


def test_deleting_it_waits_for_the_reading_under_way(qtbot: Any) -> None:
    """A window that goes away first lets its reading end: the database may be closed
    right after, and the reading must not outlive its connection."""
    gate = Gate()
    reading = LatestRead(gate)
    reading.start()
    qtbot.waitUntil(lambda: gate.runs == 1)
    threading.Timer(0.2, gate.release.set).start()
    worker = reading._worker
    reading.deleteLater()
    qtbot.waitUntil(lambda: worker.thread is not None and not worker.thread.is_alive())
    assert gate.running == 0
