"""Test set-up shared by every test: headless Qt, the PySide6 guard, and a private
data folder.

``QT_QPA_PLATFORM=offscreen`` is set here, once, before anything imports Qt; the
booleans are protected as the app does at start (see ``interviewdesk/ui/signal_guard.py``),
since a test session emits far more signals than one interview.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the developer's own keyring: keyring's "fail" backend (no
# keyring) unless a test sets its own (tests/keyrings.py).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.store import migrate
from interviewdesk.ui.signal_guard import protect_booleans
from tests.keyrings import locked_keyring, memory_keyring  # noqa: F401  (fixtures)
from tests.postgres import (  # noqa: F401  (fixtures: one PostgreSQL server per session)
    _pg_emptying,
    empty_pg_database,
    password_login,
    pg_database,
    pg_server,
    pg_shared,
    store_db,
)

protect_booleans()

#: A test that must run the migration scripts on a new database carries this mark
#: (``tests/store/migrations`` turns the template off for all of its tests); every
#: other test's new SQLite database is copied from a template.
REAL_MIGRATIONS = "real_migrations"
_REAL_UPGRADE = migrate._upgrade


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{REAL_MIGRATIONS}: run Alembic's scripts on new databases (no template)")


_template: list[Path] = []  # the file, once made (per test process: an xdist worker)


def _head_template() -> Path:
    """A SQLite file brought to the newest schema by the real migration scripts, made
    on first use in this test process and removed when it ends."""
    if not _template:
        import atexit
        import shutil

        from interviewdesk.store.database import Database

        folder = Path(tempfile.mkdtemp(prefix="interviewdesk-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        database = Database(folder / "template.db")
        try:
            _REAL_UPGRADE(database.engine, "head")
        finally:
            database.close()
        _template.append(folder / "template.db")
    return _template[0]


@pytest.fixture(autouse=True)
def _new_databases_from_template(request: pytest.FixtureRequest,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Bring a NEW plain SQLite database to the newest schema by copying the template
    (SQLite's backup API, ≈10 ms) instead of running every migration script (≈0.4 s,
    and far more on a busy machine). The template is the scripts' own result, so the
    schema is the same to the byte; the scripts themselves are tested in
    ``tests/store/migrations`` and by tests marked :data:`REAL_MIGRATIONS`. Anything else (a
    revision other than head, an existing schema, an encrypted file, PostgreSQL) runs
    the scripts as the app does."""
    if request.node.get_closest_marker(REAL_MIGRATIONS):
        return

    def upgrade_from_template(engine: Any, revision: str, **options: Any) -> None:
        if revision == "head" and not options and engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                raw = connection.connection.driver_connection
                if type(raw) is sqlite3.Connection and not connection.exec_driver_sql(
                        "SELECT count(*) FROM sqlite_master").scalar():
                    template = sqlite3.connect(_head_template())
                    try:
                        template.backup(raw)
                    finally:
                        template.close()
                    return
        _REAL_UPGRADE(engine, revision, **options)

    monkeypatch.setattr(migrate, "_upgrade", upgrade_from_template)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real data."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("INTERVIEWDESK_DATA_DIR", str(folder))
    return folder
