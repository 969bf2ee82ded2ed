"""Where the data folder is: --data-dir, then the environment, then the platform."""

import os
import stat
from pathlib import Path

import pytest

from interviewdesk import logs
from interviewdesk.store import paths
from interviewdesk.store.database import DATABASE_NAME


@pytest.fixture
def platform_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "platform" / "InterviewDesk"
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(folder))
    return folder


def test_explicit_folder_wins_over_environment_and_platform(
    tmp_path: Path, platform_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    chosen = paths.resolve_data_dir(tmp_path / "explicit")
    assert chosen == (tmp_path / "explicit").resolve()
    assert chosen.is_dir()
    assert not (tmp_path / "from-env").exists()
    assert not platform_dir.exists()


def test_environment_wins_over_platform(
    tmp_path: Path, platform_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert paths.resolve_data_dir() == (tmp_path / "from-env").resolve()
    assert paths.resolve_data_dir("") == (tmp_path / "from-env").resolve()
    assert not platform_dir.exists()


def test_platform_folder_is_the_default(
    platform_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.resolve_data_dir() == platform_dir.resolve()


def test_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.resolve_data_dir("~/desk") == (tmp_path / "home" / "desk").resolve()


def test_new_folder_is_private_even_with_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        folder = paths.resolve_data_dir(tmp_path / "a" / "b")
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    paths.resolve_data_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_file_names_inside_the_data_folder(tmp_path: Path) -> None:
    assert paths.DATABASE_FILE == DATABASE_NAME
    assert logs._LOGS_DIR == paths.LOGS_DIR
    assert paths.database_path(tmp_path) == tmp_path / DATABASE_NAME
    assert paths.backups_dir(tmp_path) == tmp_path / "backups"
    assert paths.logs_dir(tmp_path) == tmp_path / "logs"
    assert paths.lock_path(tmp_path) == tmp_path / "interviewdesk.lock"
    assert paths.settings_path(tmp_path) == tmp_path / "settings.ini"
