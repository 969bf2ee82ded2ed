"""``interviewdesk letter``: a letter to a candidate printed, or written as PDF or text."""

import stat
from pathlib import Path

import pytest

from interviewdesk import cli
from tests.cli.test_cli import _ids, _one_error_line
from tests.reports.pdf_support import text_of


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    (data_dir / "settings.ini").write_text(
        "[letters]\nfirm_name=Vonk & Van Leeuwen\nfirm_address=Lage Weide 14\\n3542 AB Utrecht"
        "\nsender_name=Sanne de Vries\n", encoding="utf-8")
    return data_dir


def test_a_letter_is_printed_with_the_data_and_the_firm(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    interview = _ids(demo_dir)["Daniëlle Kok"]
    capsys.readouterr()
    assert cli.main(["letter", "--interview", str(interview), "--template",
                     "rejection_interview", "--reasons", "Te weinig ervaring.",
                     "--language", "nl"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Uw sollicitatie: Servicemonteur installatietechniek\n\n"
                                   "Geachte Daniëlle Kok,")
    assert "Te weinig ervaring." in captured.out
    assert captured.out.rstrip().endswith("Sanne de Vries\nVonk & Van Leeuwen")
    assert captured.err == ""


def test_a_missing_value_is_marked_and_listed(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["letter", "--application", "1", "--template", "rejection_cv",
                     "--language", "en"]) == 0
    captured = capsys.readouterr()
    assert "«reasons»" in captured.out
    assert captured.err.strip() == "Not in the data, marked in the text: «reasons»"


def test_a_letter_is_written_as_pdf_and_as_text(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, txt = tmp_path / "brief.pdf", tmp_path / "brief.txt"
    assert cli.main(["letter", "--application", "2", "--template", "thank_you",
                     "-o", str(pdf)]) == 0
    assert cli.main(["letter", "--application", "2", "--template", "thank_you",
                     "--language", "en", "-o", str(txt)]) == 0
    assert capsys.readouterr().out.split() == [str(pdf), str(txt)]
    text = text_of(pdf)
    assert "Vonk & Van Leeuwen" in text and "Mehmet Öztürk" in text
    assert "Betreft Bedankt voor het gesprek" in text
    assert txt.read_text(encoding="utf-8").startswith(
        "Thank you for the interview: Servicemonteur installatietechniek\n\nDear Mehmet")
    for path in (pdf, txt):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(("arguments", "expected"), [
    (["--application", "999", "--template", "invitation"], "There is no application 999."),
    (["--interview", "999", "--template", "invitation"], "There is no interview with id 999."),
    (["--application", "1", "--template", "welcome"], "invalid choice: 'welcome'"),
    (["--application", "1", "--interview", "1", "--template", "invitation"],
     "not allowed with argument"),
    (["--application", "1", "--template", "invitation", "-o", "x.doc"],
     "write a .pdf or a .txt file"),
    (["--application", "99999999999999999999", "--template", "invitation"], "is not an id"),
])
def test_wrong_arguments_exit_2_with_one_line(
        demo_dir: Path, capsys: pytest.CaptureFixture[str], arguments: list[str],
        expected: str) -> None:
    capsys.readouterr()
    assert cli.main(["letter", *arguments]) == 2
    assert expected in _one_error_line(capsys.readouterr().err)


def test_a_broken_firm_template_is_named(demo_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_dir / "letters"
    folder.mkdir()
    (folder / "invitation.nl.toml").write_text('subject = "x"\nbody = "{datum}"\n',
                                               encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["letter", "--application", "1", "--template", "invitation",
                     "--language", "nl"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "invitation.nl.toml" in line and "unknown placeholder {datum}" in line
