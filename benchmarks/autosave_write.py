"""One autosave flush during an interview, on a large database.

Run by the benchmark runner on a folder made by :mod:`benchmarks.generate` (10,000
candidates), or on its own (``python -m benchmarks.autosave_write [FOLDER]``; without a
folder it generates one). Picks an interview of the generated data and times
:meth:`Autosaver.flush` with a few pending changes — what the interviewer's typing
produces in 0.7 s: the stage notes, a checklist tick, the stage's seconds, the
candidate's question and its answer, the next steps. The 95th percentile is judged,
because one slow write among many is what a user would notice. Prints one JSON object.
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

#: Target for the 95th percentile of one flush, in milliseconds.
TARGET_MS = 5.0


def percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` percentile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure_autosave(data_dir: Path, runs: int = 200) -> dict[str, Any]:
    """Time ``runs`` flushes of a few changes to one interview in ``data_dir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from sqlmodel import col, func, select

    from interviewdesk.store.interview_edits import (
        CandidateQuestionEdit,
        InterviewEdit,
        StageEdit,
    )
    from interviewdesk.store.interview_records import add_candidate_question
    from interviewdesk.store.models import Candidate, Interview
    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.signal_guard import protect_booleans
    from interviewdesk.ui.wizard.autosave import Autosaver

    protect_booleans()  # as the app does at start: see interviewdesk/ui/signal_guard.py
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    db = open_store(data_dir)
    try:
        with db.session() as session:
            candidates = session.exec(select(func.count()).select_from(Candidate)).one()
            interview_id = session.exec(
                select(Interview.id).order_by(col(Interview.id).desc())).first()
        if interview_id is None:
            raise RuntimeError(f"{data_dir} holds no interview to write to.")
        question = add_candidate_question(db, interview_id, "Hoe ziet een werkdag eruit?")
        saver = Autosaver(db, interview_id)
        flush_ms: list[float] = []
        for run in range(runs):
            saver.edit(StageEdit("skills", notes=f"Notities {run} " * 40))
            saver.tick("skills", "technical_skills", run % 2 == 0)
            saver.edit(StageEdit("skills", seconds_spent=60 + run))
            saver.edit(CandidateQuestionEdit(question.id, answer=f"Antwoord {run}"))
            saver.edit(InterviewEdit(next_steps=f"Stap {run}"))
            started = time.perf_counter()
            saved = saver.flush()
            flush_ms.append((time.perf_counter() - started) * 1000)
            if not saved:
                raise RuntimeError(f"The flush failed: {saver.last_error}")
        app.processEvents()
    finally:
        db.close()
    return {
        "candidates": candidates,
        "changes_per_flush": 5,
        "flush_ms": flush_ms,
        "flush_median_ms": statistics.median(flush_ms),
        "flush_p95_ms": percentile(flush_ms, 0.95),
        "flush_max_ms": max(flush_ms),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure (generating a database if no folder is given), print JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.autosave_write")
    parser.add_argument("folder", type=Path, nargs="?",
                        help="a data folder made by benchmarks.generate")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    if args.folder is not None:
        print(json.dumps(measure_autosave(args.folder, args.runs)))
        return 0
    from benchmarks.generate import generate_database

    with tempfile.TemporaryDirectory(prefix="interviewdesk-autosave-") as folder:
        generate_database(Path(folder))
        print(json.dumps(measure_autosave(Path(folder), args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
