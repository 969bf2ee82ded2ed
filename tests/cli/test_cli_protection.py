"""``protect``, ``unprotect`` and the passphrase of every other command."""

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk import cli, cli_common, cli_protection
from interviewdesk.example import texts as example_texts
from interviewdesk.store import encryption
from interviewdesk.store.paths import database_path, lock_path
from interviewdesk.store.protection import database_files

PASSPHRASE = "zeven zonnige zaterdagen"
ENV = cli_protection.PASSPHRASE_ENV


@pytest.fixture(autouse=True)
def no_remembered_keys() -> Iterator[None]:
    yield
    encryption._keys.clear()


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    assert cli.main(["--data-dir", str(data_dir), "backup"]) == 0
    return data_dir


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a new process: what a user sees on stdout and stderr."""
    import os

    full = {key: value for key, value in os.environ.items() if key != ENV}
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "interviewdesk", *args], env=full,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120, check=False)


def test_protect_then_every_command_needs_the_passphrase(
        demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV, PASSPHRASE)
    assert cli.main(["protect"]) == 0
    assert "Protected: 3 database file(s) encrypted" in capsys.readouterr().out
    names = [c.name.encode() for c in example_texts.CANDIDATES]
    for path in demo_dir.rglob("*"):
        if path.is_file():
            assert not any(name in path.read_bytes() for name in names), path

    encryption._keys.clear()
    assert cli.main(["protect"]) == 0
    assert "is already protected; nothing to do." in capsys.readouterr().out
    encryption._keys.clear()
    assert cli.main(["check"]) == 0
    assert cli.main(["retention"]) == 0
    assert cli.main(["backup"]) == 0

    encryption._keys.clear()
    monkeypatch.setenv(ENV, "verkeerd")
    capsys.readouterr()
    assert cli.main(["check"]) == 2
    assert capsys.readouterr().err == (
        "interviewdesk: The passphrase is not correct; the data folder stays locked.\n")


def test_a_wrong_passphrase_exits_2_with_one_line_and_no_traceback(demo_dir: Path) -> None:
    assert run("protect", env={ENV: PASSPHRASE}).returncode == 0
    for command in (["check"], ["backup"], ["retention"], ["unprotect"],
                    ["export", "report", "--interview", "1", "-o", str(demo_dir / "r.pdf")]):
        done = run(*command, env={ENV: "niet het goede"})
        assert done.returncode == 2, command
        assert done.stderr == ("interviewdesk: The passphrase is not correct; the data folder "
                               "stays locked.\n"), command
    missing = run("check")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "INTERVIEWDESK_PASSPHRASE" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert not (demo_dir / "r.pdf").exists()


def test_unprotect_gives_back_the_plain_folder(demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV, PASSPHRASE)
    assert cli.main(["protect"]) == 0
    encryption._keys.clear()
    assert cli.main(["unprotect"]) == 0
    assert "Passphrase removed: 3 database file(s) decrypted" in capsys.readouterr().out
    assert not encryption.is_protected(demo_dir)
    assert all(encryption.is_plain(path) for path in database_files(demo_dir))
    monkeypatch.delenv(ENV)
    assert cli.main(["check"]) == 0
    assert example_texts.CANDIDATES[0].name.encode() in database_path(demo_dir).read_bytes()
    assert cli.main(["unprotect"]) == 0  # nothing to do


def test_protect_asks_twice_on_a_terminal(demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter(["een", "twee"])
    monkeypatch.setattr(cli_common.getpass, "getpass", lambda _prompt: next(answers))
    assert cli.main(["protect"]) == 2
    assert "The two passphrases differ; nothing was changed." in capsys.readouterr().err
    assert not encryption.is_protected(demo_dir)

    answers = iter([PASSPHRASE, PASSPHRASE])
    assert cli.main(["protect"]) == 0
    encryption._keys.clear()
    answers = iter([PASSPHRASE])
    assert cli.main(["check"]) == 0


def test_protect_is_refused_while_the_app_has_the_folder_open(
        demo_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import socket

    lock_path(demo_dir).write_text(f"{os.getpid()}\ninterviewdesk\n{socket.gethostname()}\n",
                                   encoding="utf-8")
    monkeypatch.setenv(ENV, PASSPHRASE)
    before = {path: path.read_bytes() for path in database_files(demo_dir)}
    assert cli.main(["protect"]) == 2
    assert capsys.readouterr().err == (
        "interviewdesk: InterviewDesk is open on this data folder; close it first.\n")
    assert not encryption.is_protected(demo_dir)
    assert {path: path.read_bytes() for path in database_files(demo_dir)} == before


@pytest.mark.parametrize("delay", [0.5, 1.2, 2.0])
def test_a_kill_during_protect_loses_nothing_and_protect_finishes(
        demo_dir: Path, delay: float, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    names = sorted(c.name for c in example_texts.CANDIDATES)
    env = {**os.environ, ENV: PASSPHRASE}
    process = subprocess.Popen([sys.executable, "-m", "interviewdesk", "protect"], env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.kill()
    process.wait()
    monkeypatch.setenv(ENV, PASSPHRASE)
    assert cli.main(["check"]) == 0  # whatever the moment, every file is whole
    assert cli.main(["protect"]) == 0
    assert all(encryption.is_plain(path) is False for path in database_files(demo_dir))
    assert not list(demo_dir.rglob("*.converting"))
    from interviewdesk.store.models import Candidate
    from interviewdesk.store.startup import close_store, open_store

    db = open_store(demo_dir)
    try:
        with db.session() as session:
            from sqlmodel import select

            assert sorted(session.exec(select(Candidate.name)).all()) == names
    finally:
        close_store(db, demo_dir)
