"""Test set-up shared by every test: headless Qt, the PySide6 guard, and a private
data folder.

``QT_QPA_PLATFORM=offscreen`` is set here, once, before anything imports Qt; the
booleans are protected as the app does at start (see ``interviewdesk/ui/signal_guard.py``),
since a test session emits far more signals than one interview.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from interviewdesk.ui.signal_guard import protect_booleans
from tests.postgres import (  # noqa: F401  (fixtures: one PostgreSQL server per session)
    empty_pg_database,
    pg_database,
    pg_server,
    pg_shared,
    store_db,
)

protect_booleans()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real data."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("INTERVIEWDESK_DATA_DIR", str(folder))
    return folder
