"""What following other people's changes costs (``ui/live_updates.py``) on a large
SQLite database: the check asked every two seconds, the extra work on each of our own
commits, and the event-loop stall of the check and of the refresh it sets off.

``python -m benchmarks.live_updates [FOLDER]`` (a folder made by
:mod:`benchmarks.generate`; without one a database of 10,000 candidates is generated
in a temporary folder) prints one JSON object. Run offscreen.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.autosave_write import percentile
from benchmarks.event_loop_stall import longest_stall

#: The check must not be felt: well under one frame (16 ms) at 60 Hz.
TARGET_CHECK_MS = 1.0
POLLS = 2000


def _flush_ms(db: Any, interview_id: int, runs: int) -> list[float]:
    from interviewdesk.ui.wizard.autosave import Autosaver

    saver = Autosaver(db, interview_id)
    timings = []
    for run in range(runs):
        saver.set("stage", "skills", "notes", f"Notities {run} " * 40)
        saver.set("interview", None, "next_steps", f"Stap {run}")
        started = time.perf_counter()
        if not saver.flush():
            raise RuntimeError(f"The flush failed: {saver.last_error}")
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(folder: Path, runs: int = 200) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlmodel import col, select

    from interviewdesk.store.change_watch import watch
    from interviewdesk.store.database import Database
    from interviewdesk.store.models import Interview, Vacancy
    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.application import create_main_window
    from interviewdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_store(folder)
    other = Database(db.path)
    try:
        with db.session() as session:
            interview_id = session.exec(
                select(Interview.id).order_by(col(Interview.id).desc())).first()
        without = _flush_ms(db, interview_id, runs)
        watching = watch(db)
        with_watch = _flush_ms(db, interview_id, runs)
        polls = []
        for _ in range(POLLS):
            started = time.perf_counter()
            watching.poll()
            polls.append((time.perf_counter() - started) * 1000)
        watching.close()

        window = create_main_window(db, folder, Settings(folder))
        window.show()
        live = window.live_updates
        while live.watcher is None:
            app.processEvents()
        live.timer.stop()
        window.home.load_follow_up()  # what the window reads just after it shows
        for _ in range(20):
            app.processEvents()
        check_stall, check_ms = longest_stall(live.check)

        def someone_else_adds_a_vacancy() -> None:
            with other.session() as session:
                session.add(Vacancy(title="Vacature van een collega"))

        someone_else_adds_a_vacancy()
        refreshes: list[Any] = []
        live.changed.connect(lambda: refreshes.append(1))
        refresh_stall, refresh_ms = longest_stall(live.check)
        plain_ms = _timed(lambda: (window.home.refresh(), window.home.load_follow_up()))
        if refreshes != [1]:
            raise RuntimeError("The change made elsewhere was not noticed.")
        window.close()
    finally:
        other.close()
        db.close()
    return {
        "polls": POLLS,
        "check_median_ms": statistics.median(polls),
        "check_p99_ms": percentile(polls, 0.99),
        "check_max_ms": max(polls),
        "check_target_ms": TARGET_CHECK_MS,
        "check_ok": percentile(polls, 0.99) <= TARGET_CHECK_MS,
        "flush_p95_ms_without_watch": percentile(without, 0.95),
        "flush_p95_ms_with_watch": percentile(with_watch, 0.95),
        "flush_median_ms_without_watch": statistics.median(without),
        "flush_median_ms_with_watch": statistics.median(with_watch),
        "stall_ms_check_nothing_changed": check_stall,
        "check_nothing_changed_ms": check_ms,
        "stall_ms_refresh_after_a_change": refresh_stall,
        "refresh_after_a_change_ms": refresh_ms,
        "home_refresh_and_follow_up_alone_ms": plain_ms,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.live_updates")
    parser.add_argument("folder", type=Path, nargs="?",
                        help="a data folder made by benchmarks.generate")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    if args.folder is not None:
        print(json.dumps(measure(args.folder, args.runs)))
        return 0
    from benchmarks.generate import generate_database

    with tempfile.TemporaryDirectory(prefix="interviewdesk-live-") as folder:
        generate_database(Path(folder))
        print(json.dumps(measure(Path(folder), args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
