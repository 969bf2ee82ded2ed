"""The shipped files are found the same way in a checkout, a wheel and a frozen folder."""

import sys
from pathlib import Path

import pytest

from interviewdesk import resource_files

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _forget() -> None:
    resource_files.resources_dir.cache_clear()
    yield
    resource_files.resources_dir.cache_clear()


def test_a_checkout_uses_the_top_level_folder() -> None:
    assert resource_files.resources_dir() == ROOT / "resources"
    assert resource_files.resource("fonts", "DejaVuSans.ttf").is_file()


def test_a_frozen_folder_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "agenda.toml").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_files.resources_dir() == tmp_path / "resources"


def test_an_installed_wheel_has_them_inside_the_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "interviewdesk"
    (package / "resources").mkdir(parents=True)
    (package / "resources" / "agenda.toml").write_text("", encoding="utf-8")
    # Some other project's stray top-level "resources" folder is not ours.
    (tmp_path / "site-packages" / "resources").mkdir()
    monkeypatch.setattr(resource_files, "__file__", str(package / "resource_files.py"))
    assert resource_files.resources_dir() == package / "resources"


def test_a_broken_copy_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resource_files, "__file__", str(tmp_path / "pkg" / "resource_files.py"))
    with pytest.raises(resource_files.ResourcesMissing, match="reinstall"):
        resource_files.resources_dir()
