"""Switching stage in the interview window, with 60 questions on a page.

Run in its own process by the benchmark runner (``python -m benchmarks.stage_switch``):
makes a data folder with the example interview, gives the example vacancy 60 questions
in the "skills" stage (every other one behavioural, so with STAR fields), opens the
interview window and visits every stage once (each page is built on its first visit).
What is timed is what the interviewer waits for after Ctrl+PgDown: ``go_to`` up to the
new page being shown and painted (``processEvents`` delivers the posted update request
that paints the window), alternating between the page with 60 questions and its
neighbour; nothing of the harness is inside the clock. Also reported: the GUI thread's
CPU time per switch (``switch_cpu_median_ms``), which a busy machine does not inflate,
and how many question cards the page shows (``cards_shown``; the others, far out of
view, are parked and not walked by a switch). Prints one JSON object.
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

#: Target for the median switch, in milliseconds (half a frame at 60 Hz, so that the
#: switch stays within one frame on a slower laptop).
TARGET_MS = 8.0
QUESTIONS = 60
STAGE = "skills"
NEIGHBOUR = "experience"


def add_questions(db: Any, vacancy_id: int, competency_ids: tuple[int, ...],
                  count: int = QUESTIONS, stage: str = STAGE) -> None:
    """Give the vacancy ``count`` more questions in ``stage`` (every other behavioural)."""
    from interviewdesk.store.models import Question

    with db.session() as session:
        for number in range(count):
            session.add(Question(
                vacancy_id=vacancy_id, stage=stage, position=100 + number,
                text=f"Vraag {number + 1}: vertel over een situatie waarin je een storing "
                     "onder tijdsdruk moest oplossen. Wat deed je zelf?",
                probes="Wat was het resultaat? Wat zou je nu anders doen?",
                kind="behavioural" if number % 2 else "open",
                competency_id=competency_ids[number % len(competency_ids)]))


def measure_stage_switch(runs: int = 41) -> dict[str, Any]:
    """Open the example interview with 60 questions on one page; time ``runs`` switches."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from interviewdesk.example.database import load_example
    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.application import create_qapplication
    from interviewdesk.ui.i18n import install_language
    from interviewdesk.ui.plain_tooltips import install_plain_item_tooltips
    from interviewdesk.ui.settings import Settings
    from interviewdesk.ui.wizard import InterviewWindow

    app = create_qapplication(sys.argv[:1])  # as the app makes it, with its guard
    # As in the app, where the main window installs it before any interview window
    # opens (the application's style wrapped, a filter on each item view).
    install_plain_item_tooltips()
    install_language("en")
    with tempfile.TemporaryDirectory(prefix="interviewdesk-stage-switch-") as folder:
        data_dir = Path(folder)
        db = open_store(data_dir)
        try:
            ids = load_example(db)
            add_questions(db, ids.vacancy_id, ids.competency_ids)
            window = InterviewWindow(db, data_dir, Settings(data_dir), ids.interview_id)
            window.resize(1440, 900)
            window.show()
            app.processEvents()
            built: dict[str, float] = {}
            for key in window.keys:
                started = time.perf_counter()
                window.go_to(key)
                app.processEvents()
                built[key] = (time.perf_counter() - started) * 1000
            cards = window.pages[STAGE].questions.cards  # type: ignore[union-attr]
            questions = len(cards)
            shown = sum(not card.isHidden() for card in cards.values())
            to_page: list[float] = []
            away: list[float] = []
            cpu: list[float] = []
            for run in range(runs):
                target = STAGE if run % 2 == 0 else NEIGHBOUR
                started, started_cpu = time.perf_counter(), time.thread_time()
                window.go_to(target)
                app.processEvents()
                ended, ended_cpu = time.perf_counter(), time.thread_time()
                (to_page if target == STAGE else away).append((ended - started) * 1000)
                cpu.append((ended_cpu - started_cpu) * 1000)
            window.close()
            app.processEvents()
        finally:
            db.close()
    every = to_page + away
    return {
        "questions_on_page": questions,
        "cards_shown": shown,
        "first_build_ms": built[STAGE],
        "switch_ms": every,
        "switch_median_ms": statistics.median(every),
        "to_page_median_ms": statistics.median(to_page),
        "away_median_ms": statistics.median(away),
        # The GUI thread's own CPU time per switch: on a busy machine the wall time
        # also counts the waits for a free core, which this leaves out.
        "switch_cpu_median_ms": statistics.median(cpu),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print the result as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stage_switch")
    parser.add_argument("--runs", type=int, default=41)
    args = parser.parse_args(argv)
    print(json.dumps(measure_stage_switch(args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
