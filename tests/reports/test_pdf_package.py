"""The document layer as a whole: no reportlab at start-up, clear errors, no half
files, the shipped fonts and their licence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from interviewdesk import reports as pdf
from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import DocumentExportError, fonts
from interviewdesk.store.database import Database

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_package_does_not_load_reportlab() -> None:
    code = ("import sys, interviewdesk.readers, interviewdesk.reports; "
            "print('reportlab' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if k != "INTERVIEWDESK_DATA_DIR"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_fonts_and_licence_are_shipped() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (fonts.FONTS_DIR / name).stat().st_size > 100_000
    assert "Bitstream" in fonts.LICENCE.read_text(encoding="utf-8")


def test_unknown_language_or_page_size(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not 'de'"):
        pdf.write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf",
                                   language="de")
    with pytest.raises(ValueError, match="A5"):
        pdf.write_comparison(db, ids.vacancy_id, tmp_path / "c.pdf", page_size="A5")
    with pytest.raises(ValueError, match="interview or a vacancy"):
        pdf.write_interview_kit(db, None, tmp_path / "k.pdf")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*"))


def test_a_folder_that_does_not_exist(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    target = tmp_path / "gone" / "report.pdf"
    with pytest.raises(DocumentExportError) as error:
        pdf.write_interview_report(db, ids.completed_interview_id, target, language="en")
    assert error.value.reason == "cannot_write"
    assert str(error.value).startswith(f"“{target}” cannot be saved: ")
    assert not target.parent.exists()


def test_a_failed_write_leaves_the_earlier_file_alone(
        db: Database, ids: ExampleIds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kit.pdf"
    target.write_bytes(b"%PDF earlier version")

    def disk_full(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(DocumentExportError) as error:
        pdf.write_interview_kit(db, ids.interview_id, target)
    assert error.value.reason == "cannot_write"
    assert "No space left on device" in str(error.value)
    assert target.read_bytes() == b"%PDF earlier version"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["kit.pdf"]


def test_missing_fonts_are_explained(db: Database, ids: ExampleIds, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "FONTS_DIR", tmp_path / "no-fonts")
    with pytest.raises(DocumentExportError) as error:
        pdf.write_comparison(db, ids.vacancy_id, tmp_path / "c.pdf")
    assert error.value.reason == "fonts"
    assert "DejaVuSans.ttf" in str(error.value)
    assert str(error.value).startswith("Het lettertype voor PDF's ontbreekt")


def test_each_function_returns_the_file_it_wrote(db: Database, ids: ExampleIds,
                                                 tmp_path: Path) -> None:
    written = [
        pdf.write_assessment_form(db, ids.completed_interview_id,
                                  ids.completed_panel_member_ids[1], tmp_path / "f.pdf"),
        pdf.write_interview_report(db, ids.completed_interview_id, tmp_path / "r.pdf"),
        pdf.write_interview_kit(db, ids.interview_id, tmp_path / "k.pdf"),
        pdf.write_comparison(db, ids.vacancy_id, tmp_path / "c.pdf"),
    ]
    for path in written:
        assert path.read_bytes().startswith(b"%PDF-")
