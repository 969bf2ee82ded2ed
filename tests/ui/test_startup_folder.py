"""A data folder the app cannot write — read-only, vanished, full, forbidden — gives a
dialog that says which and what to do, never a traceback; the log goes to a temporary
folder then, and ``check`` says the folder is read-only instead of "damaged".

The tests run as any user (root ignores file modes), so the system's refusals are
simulated where they arise: the probe write, or the file system's flags.
"""

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from interviewdesk import app, cli
from interviewdesk.store import paths
from interviewdesk.store.integrity import check_integrity, read_only_uri


@pytest.mark.parametrize(("code", "problem", "words"), [
    (errno.EROFS, "read_only", "is read-only"),
    (errno.ENOENT, "vanished", "USB stick or network drive removed"),
    (errno.ENOSPC, "disk_full", "is full. Free some space"),
    (errno.EACCES, "permission", "may not write in the data folder"),
])
def test_an_unwritable_folder_is_a_dialog_with_what_to_do(
        data_dir: Path, messages: Any, monkeypatch: pytest.MonkeyPatch,
        code: int, problem: str, words: str) -> None:
    def refuse(*_args: Any) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(paths.os, "write", refuse)
    assert paths.writable_folder_problem(data_dir)[0] == problem  # type: ignore[index]
    configured: list[Path] = []
    real = app.__dict__.get("configure_logging")
    assert real is None  # imported inside run_gui: patch the module it comes from
    from interviewdesk import logs

    monkeypatch.setattr(logs, "configure_logging",
                        lambda folder, *a, **k: configured.append(Path(folder)) or folder)
    assert app.main(["--data-dir", str(data_dir)]) == app.EXIT_NOT_STARTED
    assert messages.names() == ["error"]
    assert words in messages.texts("error")[0]
    assert str(data_dir) in messages.texts("error")[0]
    assert configured and data_dir not in configured[0].parents  # the log went elsewhere
    assert not list(data_dir.glob(".interviewdesk-probe-*"))


def test_the_probe_leaves_nothing_behind(data_dir: Path) -> None:
    assert paths.writable_folder_problem(data_dir) is None
    assert not list(data_dir.glob(".interviewdesk-probe-*"))


def test_check_says_read_only_not_damaged(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    monkeypatch.setattr(paths, "folder_is_read_only", lambda _folder: True)
    assert "immutable=1" in read_only_uri(paths.database_path(data_dir))
    assert check_integrity(paths.database_path(data_dir)).ok
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert "read-only" in out
    assert "DAMAGED" not in out
    assert "Integrity:      ok" in out
