"""Every file the app writes in the data folder is readable by its owner only."""

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.app import acquire_instance_lock
from interviewdesk.ui.settings import Settings


@pytest.fixture
def open_umask() -> Any:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_settings_and_lock_are_private(qapp: Any, tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "fresh"
    folder.mkdir(mode=0o700)
    settings = Settings(folder)
    settings.language = "nl"
    settings.retention_weeks = 6
    settings.sync()
    assert mode(folder / "settings.ini") == 0o600
    assert "weeks_without_consent=6" in (folder / "settings.ini").read_text()
    lock = acquire_instance_lock(folder)
    assert lock is not None
    try:
        assert mode(folder / "interviewdesk.lock") == 0o600
    finally:
        lock.unlock()


def test_an_existing_open_settings_file_is_made_private(qapp: Any, tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=en\n")
    os.chmod(tmp_path / "settings.ini", 0o644)
    assert Settings(tmp_path).language == "en"
    assert mode(tmp_path / "settings.ini") == 0o600
