"""``interviewdesk export calibration``."""

from pathlib import Path

import pytest

from interviewdesk import cli
from tests.reports.pdf_support import text_of


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


def test_export_calibration_for_a_period(demo_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "p.pdf"
    assert cli.main(["export", "calibration", "--since", "2020-01-01", "--until", "2020-12-31",
                     "-o", str(output), "--language", "en"]) == 0
    text = text_of(output)
    assert "1 January 2020 – 31 December 2020" in text
    assert "0 interviews" in text and "No closed assessment rounds" in text


@pytest.mark.parametrize("arguments, expected", [
    (["--since", "2026-02-30"], "is not a day"),
    (["--since", "2026-03-02", "--until", "2026-03-01"], "--until is before --since."),
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


def test_a_period_only_goes_with_calibration(demo_dir: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "c.pdf"
    assert cli.main(["export", "comparison", "--vacancy", "1", "--since", "2026-01-01",
                     "-o", str(output)]) == 2
    assert "go with export calibration" in capsys.readouterr().err


def test_export_calibration_names_only_who_shares_and_says_so(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from interviewdesk.store.calibration_practice import set_sharing
    from interviewdesk.store.startup import open_store
    from tests.calibration_support import fill

    db = open_store(demo_dir)
    try:
        filled = fill(db, "Monteur", ["Anna Jansen", "Bram Visser", "Cem Yilmaz"],
                      [[[2, 3, 2], [4, 4, 3]], [[3, 4, 3], [2, 5, 2]], [[4, 5, 4], [5, 5, 4]]])
        set_sharing(db, filled.interviewer_ids[1], True)
    finally:
        db.close()
    output = tmp_path / "named.pdf"
    assert cli.main(["export", "calibration", "--vacancy", str(filled.vacancy_id), "-o",
                     str(output), "--language", "en"]) == 0
    text = " ".join(text_of(output).split())
    assert "Bram Visser" in text and "Anna" not in text and "Cem" not in text
    assert "Interviewer A" in text and "Interviewer B" in text
    assert "shown as letters" in capsys.readouterr().err


def test_a_broken_agenda_is_one_line(demo_dir: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    (demo_dir / "agenda.toml").write_text("stage = 3\n", encoding="utf-8")
    assert cli.main(["export", "calibration", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "agenda" in err[0] and "Traceback" not in err[0]
