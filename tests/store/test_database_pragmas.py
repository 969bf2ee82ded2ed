"""The pragmas docs/architecture.md asks for (storage rules) are really set on the
connections a Database hands out."""

import stat
from pathlib import Path

from interviewdesk.store.database import BUSY_TIMEOUT_MS, Database


def test_every_connection_has_the_storage_pragmas(tmp_path: Path) -> None:
    database = Database(tmp_path / "db.sqlite3")
    try:
        with database.engine.connect() as connection:

            def read(name: str) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert read("journal_mode") == "wal"
            assert read("synchronous") == 2  # FULL
            assert read("foreign_keys") == 1
            assert read("busy_timeout") == BUSY_TIMEOUT_MS
            assert read("secure_delete") == 1
    finally:
        database.close()


def test_database_file_is_private_from_the_start(tmp_path: Path) -> None:
    database = Database(tmp_path / "db.sqlite3")
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    finally:
        database.close()
    assert stat.S_IMODE((tmp_path / "db.sqlite3").stat().st_mode) == 0o600
