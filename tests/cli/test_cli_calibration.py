"""``interviewdesk export calibration``."""

from pathlib import Path

import pytest

from interviewdesk import cli
from tests.documents.pdf_support import text_of


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def test_export_calibration_for_every_vacancy_and_one(demo_dir: Path, tmp_path: Path) -> None:
    every, one = tmp_path / "all.pdf", tmp_path / "one.pdf"
    assert cli.main(["export", "calibration", "-o", str(every), "--language", "en"]) == 0
    assert "All vacancies" in text_of(every)
    assert cli.main(["export", "calibration", "--vacancy", "1", "-o", str(one)]) == 0
    assert "Kalibratie van interviewers" in text_of(one)


@pytest.mark.parametrize("arguments, expected", [
    (["--vacancy", "999"], "There is no vacancy with id 999."),
    (["--interview", "1"], "export calibration takes --vacancy ID or nothing"),
])
def test_export_calibration_refuses_with_one_line(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        arguments: list[str], expected: str) -> None:
    output = tmp_path / "out.pdf"
    capsys.readouterr()
    assert cli.main(["export", "calibration", *arguments, "-o", str(output)]) == 2
    err = capsys.readouterr().err.strip()
    assert expected in err and len(err.splitlines()) == 1
    assert not output.exists()
