"""Migration 0009: the library arrives empty, and the data stays."""

from pathlib import Path

from alembic import command

from interviewdesk.domain.library import LibraryContents, load_starter
from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.library import library_contents, save_to_library
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade

TABLES = ("vacancy", "competency", "question", "candidate", "application", "interview",
          "assessment", "rating", "decision", "contactentry")


def test_upgrading_from_0006_keeps_every_row_and_adds_an_empty_library(
        tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")
        with database.engine.connect() as connection:
            tables = {row[0] for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "librarycompetency" not in tables

        def counts() -> dict[str, int]:
            with database.engine.connect() as connection:
                return {table: connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table}").scalar_one() for table in TABLES}

        before = counts()
        assert before["candidate"] == 4 and before["competency"] > 0
        upgrade(database.engine)
        assert counts() == before
        assert current_revision(database.engine) == HEAD_REVISION
        assert library_contents(database).is_empty()
        save_to_library(database, LibraryContents(load_starter("nl").competencies),
                        update_duplicates=False)
        assert len(library_contents(database).competencies) == 10
    finally:
        database.close()
