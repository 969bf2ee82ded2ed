"""The printing benchmark's documents: a three-page form and a full report.

Timings are never asserted here; ``python -m benchmarks`` measures on demand.
"""

from pathlib import Path

from benchmarks.pdf_documents import FORM_PAGES, measure_pdf_documents


def test_form_has_three_pages_and_the_report_is_full(tmp_path: Path) -> None:
    result = measure_pdf_documents(tmp_path / "print", runs=2)
    assert result["form"]["pages"] == FORM_PAGES
    assert result["report"]["pages"] >= 5
    for measured in result.values():
        assert len(measured["build_ms"]) == 2
        assert min(measured["build_ms"]) <= measured["median_ms"] <= max(measured["build_ms"])
    assert (tmp_path / "print" / "form.pdf").stat().st_size > 10_000
