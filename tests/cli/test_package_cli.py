"""``interviewdesk package``: panel, return, move and import from the command line,
with one-line errors and exit code 2."""

from pathlib import Path
from typing import Any

import pytest

from interviewdesk import cli
from interviewdesk.store.assessments import status_of_forms
from interviewdesk.store.startup import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def chair_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "chair"
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def test_panel_import_and_import_again(chair_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    package = tmp_path / "rene.idpkg"
    code, out, err = run(capsys, "--data-dir", str(chair_dir), "package", "panel",
                         "--interview", "4", "--member", "rene", "-o", str(package))
    assert (code, out, err) == (0, str(package), "")
    member = tmp_path / "member"

    code, out, _ = run(capsys, "package", "import", str(package), "--data-dir", str(member))
    assert code == 0 and "ready to be held and scored" in out
    code, out, _ = run(capsys, "package", "import", str(package), "--data-dir", str(member))
    assert code == 0 and "imported before" in out and "nothing was changed" in out


def test_return_of_an_unsubmitted_form_exits_2(chair_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    member = tmp_path / "member"
    panel = tmp_path / "p.idpkg"
    assert cli.main(["--data-dir", str(chair_dir), "package", "panel", "--interview", "4",
                     "--member", "René", "-o", str(panel)]) == 0
    assert cli.main(["--data-dir", str(member), "package", "import", str(panel)]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "--data-dir", str(member), "package", "return",
                         "--interview", "1", "--member", "René", "-o",
                         str(tmp_path / "r.idpkg"))
    assert code == 2 and out == ""
    assert err == ("interviewdesk: René Mulder's assessment of interview 1 is not submitted; "
                   "submit it first (only a submitted form can be returned to the chair).")
    assert not (tmp_path / "r.idpkg").exists()


def test_a_return_is_only_made_on_the_members_own_laptop(
        chair_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On the chair's laptop, a "return" of Inge's submitted form would hand her scores
    to whoever asks: refused."""
    capsys.readouterr()
    package = tmp_path / "r.idpkg"
    code, _out, err = run(capsys, "--data-dir", str(chair_dir), "package", "return",
                          "--interview", "3", "--member", "Inge", "--with-notes", "-o",
                          str(package))
    assert code == 2 and not package.exists()
    assert "a return is made on the panel member's own laptop" in err
    assert len(err.splitlines()) == 1


def test_move_to_an_empty_folder_and_not_to_a_full_one(
        chair_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    package = tmp_path / "all.idpkg"
    assert run(capsys, "--data-dir", str(chair_dir), "package", "move", "-o", str(package))[0] == 0
    new = tmp_path / "new-laptop"
    code, out, _ = run(capsys, "--data-dir", str(new), "package", "import", str(package))
    assert code == 0 and out.startswith("Moved the whole database")
    db = open_store(new)
    try:
        assert {s.state for s in status_of_forms(db, 3)} == {"submitted"}
    finally:
        db.close()
    other = tmp_path / "other"
    assert cli.main(["--data-dir", str(other), "demo"]) == 0
    capsys.readouterr()
    code, _out, err = run(capsys, "--data-dir", str(other), "package", "import", str(package))
    assert code == 2 and "already holds data" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["package", "panel", "--interview", "4", "--member", "Rene", "-o", "x.zip"],
     "ending in .idpkg"),
    (["package", "panel", "--interview", "4", "-o", "x.idpkg"], "needs --interview ID and "
     "--member NAME"),
    (["package", "panel", "--interview", "99", "--member", "Rene", "-o", "x.idpkg"],
     "no interview with id 99"),
    (["package", "panel", "--interview", "4", "--member", "Piet", "-o", "x.idpkg"],
     "is not on the panel"),
    (["package", "import", "nothing-here.idpkg"], "There is no file"),
])
def test_wrong_arguments_are_one_line(chair_dir: Path, tmp_path: Path, monkeypatch: Any,
                                      capsys: pytest.CaptureFixture[str], argv: list[str],
                                      message: str) -> None:
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    code, _out, err = run(capsys, "--data-dir", str(chair_dir), *argv)
    assert code == 2 and message in err and len(err.splitlines()) == 1


def test_a_damaged_package_is_one_line(chair_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.idpkg").write_bytes(b"PK\x03\x04 cut off")
    capsys.readouterr()
    code, _, err = run(capsys, "--data-dir", str(chair_dir), "package", "import",
                       str(tmp_path / "bad.idpkg"))
    assert code == 2 and err.startswith("interviewdesk: bad.idpkg is not an InterviewDesk "
                                         "package, or it is damaged")
