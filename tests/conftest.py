"""Test set-up shared by every test: headless Qt, and a private data folder.

``QT_QPA_PLATFORM=offscreen`` is set here, once, before anything imports Qt.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real data."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("INTERVIEWDESK_DATA_DIR", str(folder))
    return folder
