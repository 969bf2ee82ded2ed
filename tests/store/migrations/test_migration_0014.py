"""Migration 0014: edited records get a version counter starting at 1, and the data stays."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import current_revision, upgrade

TABLES = ("vacancy", "competency", "question", "candidate", "interview", "stagerecord",
          "answer", "candidatequestion", "assessment", "rating")


def test_upgrading_from_0013_keeps_every_row_and_starts_versions_at_1(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0013")

        def rows() -> dict[str, list[tuple[object, ...]]]:
            with database.engine.connect() as connection:
                return {table: [tuple(row) for row in connection.exec_driver_sql(
                    f"SELECT * FROM {table} ORDER BY id")] for table in TABLES}

        before = rows()
        assert all(before[table] for table in TABLES), "the example fills every table"
        assert all(len(row) for row in before["answer"])
        upgrade(database.engine, revision="0014")  # its own step: 0018 adds more columns
        assert current_revision(database.engine) == "0014"
        after = rows()
        # Every old column as it was; the new last column is the version, 1 everywhere.
        assert {table: [row[:-1] for row in after[table]] for table in TABLES} == before
        assert {row[-1] for table in TABLES for row in after[table]} == {1}
    finally:
        database.close()
