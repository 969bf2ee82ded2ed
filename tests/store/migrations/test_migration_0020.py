"""Migration 0020: interviewers get a version starting at 1; the data stays, on SQLite
and on PostgreSQL."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import Interviewer


def _rows(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(
            "SELECT * FROM interviewer ORDER BY id")]


def test_upgrading_from_0019_keeps_every_interviewer(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0019")
        before = _rows(database)
        assert before, "the example has interviewers to keep"
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _rows(database)
        assert [row[:-1] for row in after] == before
        assert {row[-1] for row in after} == {1}
        with database.session() as session:  # the model reads the upgraded rows
            first = session.get(Interviewer, after[0][0])
            assert first is not None and first.version == 1
    finally:
        database.close()


def test_upgrading_on_postgresql_keeps_every_interviewer(empty_pg_database: str) -> None:
    database = Database.on_server(empty_pg_database)
    try:
        upgrade(database.engine, revision="0019")
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO interviewer (uuid, name, email, job_title, pin_hash, "
                "share_calibration, login_role) VALUES ('i-1', 'Ans de Wit', "
                "'ans@example.nl', 'Teamleider', '', false, '')")
        before = _rows(database)
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _rows(database)
        assert [row[:-1] for row in after] == before
        assert after[0][-1] == 1
    finally:
        database.close()
