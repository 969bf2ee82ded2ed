"""Printing: the assessment form of one panel member (three pages) and the report of a
full interview, each written to a file with :mod:`interviewdesk.reports`.

The data is the example's: René Mulder's form in Thijs van Dijk's interview, every
competency scored with evidence long enough to fill three pages; and the report of
Daniëlle Kok's interview — every stage with notes, STAR answers, the candidate's
questions (three are added here), the panel's matrix with a resolved discrepancy, the
decision. What is timed is what the user waits for after choosing "Save as PDF": the
store reads, the layout and the file. The first run of each, which pays for importing
reportlab and registering the fonts, is reported apart and left out of the median.

``python -m benchmarks.pdf_documents [--runs N]`` prints one JSON object.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Targets for the medians, in milliseconds.
TARGET_FORM_MS = 100.0
TARGET_REPORT_MS = 300.0
FORM_PAGES = 3

_EVIDENCE = (
    "Noemde uit zichzelf de controle van de ionisatiestroom en het rookgas na het "
    "vervangen van de elektrode, en legde uit waarom dat bij dit type ketel nodig is. "
    "Bij doorvragen: werkt met de checklist van de fabrikant, maar wist niet wat te doen "
    "als de meetwaarde net buiten de marge valt; belt dan de teamleider. "
)


def measure(build: Callable[[], Path], runs: int) -> dict[str, Any]:
    """Run ``build`` once untimed-in-the-median (imports, fonts), then ``runs`` times."""
    started = time.perf_counter()
    path = build()
    first_ms = (time.perf_counter() - started) * 1000
    timings: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        build()
        timings.append((time.perf_counter() - started) * 1000)
    from pypdf import PdfReader

    return {
        "pages": len(PdfReader(path).pages),
        "file_bytes": path.stat().st_size,
        "first_ms": first_ms,
        "build_ms": timings,
        "median_ms": statistics.median(timings),
    }


def prepare(folder: Path) -> tuple[Any, Any]:
    """The example in ``folder``, with René's form filled in and the candidate's
    questions of the decided interview noted. Returns the open database and the ids."""
    from interviewdesk.example.database import load_example
    from interviewdesk.store.assessments import (
        AssessmentEdit,
        RatingEdit,
        open_form,
        save_form,
    )
    from interviewdesk.store.interview_edits import CandidateQuestionEdit
    from interviewdesk.store.interview_records import (
        add_candidate_question,
        apply_changes,
    )
    from interviewdesk.store.startup import open_store

    db = open_store(folder)
    ids = load_example(db)
    form = open_form(db, ids.waiting_interview_id, ids.waiting_panel_member_ids[1])
    changes: list[Any] = []
    for n, competency in enumerate(form.competencies):
        changes += [RatingEdit(competency.id, score=2 + n % 3,
                               evidence=_EVIDENCE * (2 if n % 2 else 1))]
    changes += [AssessmentEdit(
        strengths="Systematische storingszoeker; rustig bij klanten.",
        weaknesses="Twijfelt als een meetwaarde net buiten de marge valt.",
        recommendation="yes")]
    save_form(db, form.assessment_id, changes)
    questions = [
        ("Hoe ziet de storingsdienst eruit?", "Eens per vijf weken, met telefonische "
         "ondersteuning van een ervaren collega; € 40 toeslag per dienst."),
        ("Krijg ik een bus met gereedschap?", "Ja, een ingerichte bus, ook voor privé "
         "woon-werkverkeer."),
        ("Welke cursussen zijn er?", "F-gassen, warmtepompen en VIAG; we plannen ze samen."),
    ]
    for question, answer in questions:
        row = add_candidate_question(db, ids.completed_interview_id, question)
        apply_changes(db, ids.completed_interview_id, [
            CandidateQuestionEdit(row.id, answer=answer, answered=True),
        ])
    return db, ids


def measure_pdf_documents(folder: Path, runs: int = 20) -> dict[str, Any]:
    """Prepare the example in ``folder`` and time the form and the report."""
    from interviewdesk.reports import write_assessment_form, write_interview_report

    folder.mkdir(parents=True, exist_ok=True)
    db, ids = prepare(folder / "data")
    try:
        rene = ids.waiting_panel_member_ids[1]  # his own draft, as he prints it from his form
        form = measure(lambda: write_assessment_form(
            db, ids.waiting_interview_id, rene, folder / "form.pdf", asker=rene), runs)
        report = measure(lambda: write_interview_report(
            db, ids.completed_interview_id, folder / "report.pdf"), runs)
    finally:
        db.close()
    return {"form": form, "report": report}


def main(argv: list[str] | None = None) -> int:
    """Measure, print the result as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pdf_documents")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="interviewdesk-print-") as folder:
        print(json.dumps(measure_pdf_documents(Path(folder), args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
