"""``interviewdesk export ics``: the interview's calendar file from the command line."""

import stat
from pathlib import Path

import pytest
from icalendar import Calendar

from interviewdesk import cli
from tests.cli.test_cli import _ids, _one_error_line


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def test_export_ics_writes_a_private_calendar_file(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    interview = _ids(demo_dir)["Daniëlle Kok"]
    output = tmp_path / "gesprek.ics"
    capsys.readouterr()
    assert cli.main(["export", "ics", "--interview", str(interview), "-o", str(output),
                     "--language", "en"]) == 0
    assert capsys.readouterr().out.strip() == str(output)
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    events = [c for c in Calendar.from_ical(output.read_bytes()).walk() if c.name == "VEVENT"]
    assert str(events[0]["summary"]).startswith("Interview Daniëlle Kok — ")
    assert str(events[0].decoded("dtstart").tzinfo) == "Europe/Amsterdam"
    assert "René Mulder" in str(events[0]["description"])


@pytest.mark.parametrize(("arguments", "expected"), [
    (["--interview", "9999"], "There is no interview with id 9999."),
    (["--vacancy", "1"], "export ics takes --interview ID (only)."),
])
def test_export_ics_with_a_wrong_id_exits_2_with_one_line(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        arguments: list[str], expected: str) -> None:
    output = tmp_path / "out.ics"
    capsys.readouterr()
    assert cli.main(["export", "ics", *arguments, "-o", str(output)]) == 2
    assert expected in _one_error_line(capsys.readouterr().err)
    assert not output.exists()


def test_search_prints_candidate_where_and_snippet(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["search", "Danielle"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(len(line.split("\t")) == 3 for line in lines)
    assert lines[0].split("\t")[:2] == ["Daniëlle Kok", "name/e-mail"]
    assert cli.main(["search", "qqqzzzxx"]) == 1
    assert _one_error_line(capsys.readouterr().err) == "Nothing found for 'qqqzzzxx'."
