"""Migration 0006: the contact log arrives empty, and the data stays."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade

TABLES = ("vacancy", "candidate", "application", "interview", "assessment", "rating",
          "decision", "consent")


def test_upgrading_from_0005_keeps_every_row_and_adds_an_empty_log(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0005")

        def counts() -> dict[str, int]:
            with database.engine.connect() as connection:
                return {table: connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table}").scalar_one() for table in TABLES}

        before = counts()
        assert before["candidate"] == 4
        upgrade(database.engine)
        assert counts() == before
        assert current_revision(database.engine) == HEAD_REVISION
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM contactentry").scalar_one() == 0
    finally:
        database.close()
