"""Migration 0013: interviewers get an empty team-server login, and the data stays."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import current_revision, upgrade

TABLES = ("vacancy", "candidate", "interviewer", "interview", "panelmember", "assessment",
          "rating", "decision", "contactentry")


def test_upgrading_from_0006_keeps_every_row_and_links_no_login(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")

        def rows() -> dict[str, list[tuple[object, ...]]]:
            with database.engine.connect() as connection:
                # The first columns, but not the version counter of 0014.
                return {table: [tuple(value for name, value in row._mapping.items()
                                      if name != "version")[:6]
                                for row in connection.exec_driver_sql(
                    f"SELECT * FROM {table} ORDER BY id")] for table in TABLES}

        before = rows()
        assert len(before["interviewer"]) >= 3
        upgrade(database.engine, revision="0013")  # its own step: later ones add columns
        assert rows() == before
        assert current_revision(database.engine) == "0013"
        with database.engine.connect() as connection:
            assert {row[0] for row in connection.exec_driver_sql(
                "SELECT login_role FROM interviewer")} == {""}
    finally:
        database.close()
