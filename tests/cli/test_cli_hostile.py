"""The command line under hostile input and faults: one English line, exit 2, and a
``check`` that names the real cause and says what it verified."""

import errno
import sqlite3
from pathlib import Path

import pytest

from interviewdesk import cli
from interviewdesk.store.paths import database_path


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


@pytest.mark.parametrize("option", ["--interview", "--vacancy"])
def test_a_huge_id_is_one_line_and_exit_2(demo_dir: Path, tmp_path: Path, option: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    kind = "report" if option == "--interview" else "comparison"
    capsys.readouterr()
    code = cli.main(["--data-dir", str(demo_dir), "export", kind, option,
                     "99999999999999999999999", "-o", str(tmp_path / "x.pdf")])
    assert code == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "is not an id" in line
    assert "Overflow" not in line


@pytest.mark.parametrize("command", [
    ["erase", "--candidate", "99999999999999999999999", "--yes"],
    ["access-export", "--candidate", "99999999999999999999999", "-o", "{tmp}/out"],
    ["personnel-file", "--candidate", "99999999999999999999999", "-o", "{tmp}/out", "--yes"],
    ["package", "panel", "--interview", "99999999999999999999999", "--member", "Sanne",
     "-o", "{tmp}/p.idpkg"],
    ["package", "return", "--interview", "99999999999999999999999", "--member", "Sanne",
     "-o", "{tmp}/r.idpkg"],
], ids=["erase", "access-export", "personnel-file", "package-panel", "package-return"])
def test_every_command_that_takes_an_id_refuses_a_huge_one_in_one_line(
        demo_dir: Path, tmp_path: Path, command: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    arguments = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert cli.main(["--data-dir", str(demo_dir), *arguments]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "is not an id" in line
    assert "Overflow" not in line


def test_output_pointing_at_a_folder_is_refused_in_english(
        demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(demo_dir), "export", "report", "--interview", "1",
                     "-o", str(tmp_path), "--language", "nl"])
    assert code == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "is a folder" in line
    assert "kan niet" not in line


def test_disk_full_during_demo_says_the_disk_is_full(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0  # a database to back up
    from interviewdesk.store import backups

    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy_with_backup_api", full)
    database_path(data_dir).touch()  # changed since the last backup: one is made
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "The disk is full" in line


def test_disk_full_as_an_os_error_is_named_too() -> None:
    error = OSError(errno.ENOSPC, "No space left on device", "/media/stick/backups/x")
    try:
        raise RuntimeError("The backup could not be made") from error
    except RuntimeError as wrapped:
        assert cli._explain(wrapped) is not None
        assert "The disk is full (/media/stick/backups)" in str(cli._explain(wrapped))


def test_check_names_a_zero_byte_database(demo_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    database_path(demo_dir).write_bytes(b"")
    for sidecar in ("-wal", "-shm"):
        database_path(demo_dir).with_name(database_path(demo_dir).name + sidecar).unlink(
            missing_ok=True)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(demo_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "empty (0 bytes)" in out
    assert "no schema version" not in out


def test_check_names_a_future_schema(demo_dir: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    raw = sqlite3.connect(database_path(demo_dir))
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(demo_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "made by a newer version" in out
    assert "upgrades it" not in out


def test_check_says_what_it_verified_and_what_it_cannot(
        demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["--data-dir", str(demo_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "PRAGMA integrity_check" in out
    assert "PRAGMA foreign_key_check" in out
    assert "text encoding" in out
    assert "Not verifiable:" in out


def test_check_finds_a_text_damaged_on_disk(demo_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = database_path(demo_dir)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode=DELETE")  # everything in the one file
    cv = raw.execute("SELECT cv_text FROM candidate WHERE length(cv_text) > 400").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    # Inside a CV: a text no SQL index holds (the full-text index keeps a copy too, so
    # every copy is damaged; the check reads the candidate's).
    at = data.find(cv[200:240].encode())
    assert at > 0
    while at > 0:
        data[at + 3] = 0xFF  # a byte no UTF-8 text holds, inside a stored text
        at = data.find(cv[200:240].encode(), at + 1)
    path.write_bytes(bytes(data))
    capsys.readouterr()
    assert cli.main(["--data-dir", str(demo_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "not valid UTF-8" in out
    assert "All is well" not in out
