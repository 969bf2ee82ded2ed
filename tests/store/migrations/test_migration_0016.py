"""Migration 0016: change notices on a team server; a SQLite file is left as it was."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import current_revision, upgrade

TABLES = ("vacancy", "candidate", "interviewer", "interview", "panelmember", "assessment",
          "rating", "decision", "contactentry")


def _schema(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master ORDER BY name")]


def test_sqlite_gets_nothing_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0015")
        assert current_revision(database.engine) == "0015"

        def rows() -> dict[str, list[tuple[object, ...]]]:
            with database.engine.connect() as connection:
                return {table: [tuple(row) for row in connection.exec_driver_sql(
                    f"SELECT * FROM {table} ORDER BY id")] for table in TABLES}

        before, schema = rows(), _schema(database)
        assert len(before["assessment"]) >= 6
        upgrade(database.engine, revision="0016")
        assert current_revision(database.engine) == "0016"
        assert rows() == before
        assert _schema(database) == schema  # no trigger, no table: data_version suffices
    finally:
        database.close()
