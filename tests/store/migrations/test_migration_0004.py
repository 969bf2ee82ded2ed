"""Migration 0004: every existing record gets its own stable id, and the data stays."""

from pathlib import Path
from uuid import UUID

from sqlmodel import select

from interviewdesk.example.database import load_example
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import upgrade
from interviewdesk.store.models import Assessment, Candidate, Interview, Vacancy

STABLE = ("vacancy", "competency", "question", "candidate", "application", "interviewer",
          "interview", "panelmember", "assessment")


def test_existing_rows_get_distinct_uuids_and_keep_their_data(tmp_path: Path) -> None:
    """The example, taken down to 0002 (no uuid columns) and upgraded again."""
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.begin() as connection:
            before = {table: connection.exec_driver_sql(
                f"SELECT count(*) FROM {table}").scalar_one() for table in STABLE}
        from alembic import command

        from interviewdesk.store import migrate

        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0002")
        with database.engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(vacancy)")]
        assert "uuid" not in columns

        upgrade(database.engine)

        with database.engine.connect() as connection:
            for table in STABLE:
                values = [row[0] for row in connection.exec_driver_sql(
                    f"SELECT uuid FROM {table}")]
                assert len(values) == before[table] and len(set(values)) == len(values)
                assert all(UUID(value).version == 4 for value in values)
        with database.session() as session:
            assert session.exec(select(Vacancy)).first() is not None
            assert len(list(session.exec(select(Candidate)))) == 4
            assert len(list(session.exec(select(Interview)))) == 4
            assert any(a.submitted_at for a in session.exec(select(Assessment)))
    finally:
        database.close()
