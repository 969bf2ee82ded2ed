"""How long the event loop stalls — the window cannot paint or answer — while the app
works: importing a 20,000-page PDF CV, and printing the interview report.

A 5 ms timer notes when it fires; the longest gap between two firings, less the
interval, is the stall. Importing goes through
:func:`interviewdesk.ui.document_reading.read_in_background` exactly as the candidate
editor does; printing is what "Print…" does after the print dialog: the report
written to PDF (:func:`interviewdesk.ui.printing.write_document`) and its pages drawn
on a printer (here a PDF-file printer, :func:`interviewdesk.ui.printing.print_pdf`).

``python -m benchmarks.event_loop_stall`` prints one JSON object (run offscreen).
"""

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The longest stall allowed, in milliseconds.
TARGET_MS = 100.0
PAGES = 20_000
TICK_MS = 5


def longest_stall(action: Callable[[], object]) -> tuple[float, float]:
    """Run ``action`` from the event loop while a timer ticks; the longest stall and
    the time ``action`` took, both in milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    took: list[float] = []

    def run() -> None:
        started = time.perf_counter()
        ticks.append(started)
        action()
        took.append((time.perf_counter() - started) * 1000)
        ticks.append(time.perf_counter())
        loop.quit()

    timer.start()
    QTimer.singleShot(50, run)
    loop.exec()
    timer.stop()
    ticks.sort()
    gaps = [(b - a) * 1000 - TICK_MS for a, b in itertools.pairwise(ticks)]
    return max(gaps), took[0]


def measure(folder: Path) -> dict[str, Any]:
    """Both stalls, with the example data in ``folder``."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from benchmarks.hostile_files import make_many_pages_pdf
    from benchmarks.pdf_documents import prepare
    from interviewdesk.reports import write_interview_report
    from interviewdesk.ui.document_reading import read_in_background
    from interviewdesk.ui.printing import print_pdf, write_document

    app = QApplication.instance() or QApplication(sys.argv[:1])
    pdf = make_many_pages_pdf(folder / "cv-20000.pdf", PAGES)
    import_stall, import_ms = longest_stall(lambda: read_in_background(None, pdf, "cv"))

    db, ids = prepare(folder / "data")
    report = folder / "report.pdf"
    write_interview_report(db, ids.completed_interview_id, report)  # imports, fonts

    def print_report() -> None:
        written = write_document(None, lambda out: write_interview_report(
            db, ids.completed_interview_id, out), report)
        assert written is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "printed.pdf"))
        print_pdf(None, written, printer=printer)

    try:
        print_stall, print_ms = longest_stall(print_report)
    finally:
        db.close()
    del app
    return {"import_pages": PAGES, "import_stall_ms": import_stall, "import_ms": import_ms,
            "print_stall_ms": print_stall, "print_ms": print_ms}


def main(argv: list[str] | None = None) -> int:
    """Measure, print the result as JSON."""
    argparse.ArgumentParser(prog="python -m benchmarks.event_loop_stall").parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="interviewdesk-stall-") as folder:
        print(json.dumps(measure(Path(folder))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
