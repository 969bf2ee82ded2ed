"""How long the window stalls when its lists follow someone else's change on a large
database: a colleague adds a vacancy, the live check notices, and the home view
reloads — the follow-up and who is due for deletion on a worker thread
(``ui/latest_read.py``), the rest on the GUI thread.

A 5 ms timer notes when it fires (as :mod:`benchmarks.event_loop_stall`); the clock
runs from the check until the follow-up is shown, so the stall covers the reading on
the worker thread and the moment its result is put on screen. Also the time until the
follow-up is current (``follow_up_current_ms``).

``python -m benchmarks.live_refresh FOLDER`` (a folder made by
:mod:`benchmarks.generate`) prints one JSON object. Run offscreen.
"""

import argparse
import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

#: The longest stall allowed, in milliseconds (as the other stall benchmarks).
TARGET_MS = 100.0
TICK_MS = 5


def _run_until(done: Any, seconds: float = 60.0) -> None:
    """Run the event loop until ``done()`` (asked every millisecond). Not a loop of
    ``processEvents()``: PySide 6.12 loses a reference to None at each such call, and
    a few thousand of them crash the interpreter."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    ask = QTimer()
    ask.setInterval(1)
    ask.timeout.connect(lambda: loop.quit() if done() else None)
    ask.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    if not done():
        loop.exec()
    ask.stop()


def _one_change(window: Any, other: Any, number: int) -> tuple[float, float]:
    """A vacancy added through ``other``; the longest stall and the time until the
    follow-up is current, in milliseconds."""
    from PySide6.QtCore import QTimer

    from interviewdesk.store.models import Vacancy

    with other.session() as session:
        session.add(Vacancy(title=f"Vacature van een collega {number}"))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    home = window.home
    started = time.perf_counter()
    ticks.append(started)
    window.live_updates._quiet_until = 0.0
    window.live_updates.check()
    ticks.append(time.perf_counter())
    _run_until(lambda: not home.follow_up_pending())
    ticks.append(time.perf_counter())
    current = (time.perf_counter() - started) * 1000
    settled = time.perf_counter() + 0.05
    _run_until(lambda: time.perf_counter() >= settled)
    timer.stop()
    ticks.sort()
    return max((b - a) * 1000 - TICK_MS for a, b in itertools.pairwise(ticks)), current


def measure(folder: Path, runs: int = 5) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from interviewdesk.store.database import Database
    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.application import create_main_window
    from interviewdesk.ui.settings import Settings

    QApplication.instance() or QApplication(sys.argv[:1])
    db = open_store(folder)
    other = Database(db.path)
    try:
        window = create_main_window(db, folder, Settings(folder))
        window.show()
        live = window.live_updates
        _run_until(lambda: live.watcher is not None and not window.home.follow_up_pending())
        live.timer.stop()
        stalls, currents = [], []
        for number in range(runs):
            stall, current = _one_change(window, other, number)
            stalls.append(stall)
            currents.append(current)
        window.close()
    finally:
        other.close()
        db.close()
    return {
        "runs": runs,
        "stall_max_ms": max(stalls),
        "stall_median_ms": statistics.median(stalls),
        "follow_up_current_median_ms": statistics.median(currents),
        "stall_target_ms": TARGET_MS,
        "stall_ok": max(stalls) <= TARGET_MS,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.live_refresh")
    parser.add_argument("folder", type=Path, help="a data folder made by benchmarks.generate")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.folder, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
