"""The PDF-reading benchmark's CV: five real pages of text that extract_text reads.

Timings are never asserted here; ``python -m benchmarks`` measures on demand.
"""

from pathlib import Path

from pypdf import PdfReader

from benchmarks.pdf_reading import LINES_PER_PAGE, PAGES, make_cv_pdf, measure_pdf_reading
from interviewdesk.readers import extract_text


def test_cv_has_five_pages_of_lines_and_headings(tmp_path: Path) -> None:
    path = make_cv_pdf(tmp_path / "cv.pdf")
    assert len(PdfReader(path).pages) == PAGES
    text = extract_text(path)
    lines = text.splitlines()
    assert len(lines) >= PAGES * LINES_PER_PAGE
    assert lines[0] == "Curriculum vitae – Joël Bakker"
    assert "Werkervaring" in lines
    assert "Pagina 5 van 5" in text


def test_measurement_reports_a_median(tmp_path: Path) -> None:
    result = measure_pdf_reading(tmp_path, runs=3)
    assert len(result["read_ms"]) == 3
    assert min(result["read_ms"]) <= result["median_ms"] <= max(result["read_ms"])
    assert result["text_chars"] > 5000
