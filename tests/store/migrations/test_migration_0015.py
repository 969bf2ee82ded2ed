"""Migration 0015: an empty table of offline copies is added, and the data stays."""

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.exc import OperationalError

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import current_revision, upgrade

TABLES = ("vacancy", "candidate", "interviewer", "interview", "panelmember", "assessment",
          "rating", "stagerecord", "answer", "candidatequestion", "decision")


def test_upgrading_from_0013_keeps_every_row_and_adds_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0014")
        with database.engine.connect() as connection, pytest.raises(OperationalError):
            connection.exec_driver_sql("SELECT * FROM offlinecopy")

        def rows() -> dict[str, list[tuple[object, ...]]]:
            with database.engine.connect() as connection:
                return {table: [tuple(row) for row in connection.exec_driver_sql(
                    f"SELECT * FROM {table} ORDER BY id")] for table in TABLES}

        before = rows()
        assert before["interview"] and before["rating"]
        upgrade(database.engine, revision="0015")
        assert rows() == before
        assert current_revision(database.engine) == "0015"
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM offlinecopy").scalar_one() == 0
    finally:
        database.close()
