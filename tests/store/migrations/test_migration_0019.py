"""Migration 0019: the guarded texts' records get ``texts_by`` ({} — nobody known);
the data stays, on SQLite and on PostgreSQL."""

import json
from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import StageRecord

TABLES = ("interview", "stagerecord", "answer", "candidatequestion", "assessment", "rating")


def _rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return {table: [tuple(row) for row in connection.exec_driver_sql(
            f"SELECT * FROM {table} ORDER BY id")] for table in TABLES}


def _empty(value: object) -> bool:
    return (json.loads(value) if isinstance(value, str) else value) == {}


def test_upgrading_from_0018_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0018")
        before = _rows(database)
        assert all(before[table] for table in TABLES), "every table has rows to keep"
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _rows(database)
        for table in TABLES:
            assert [row[:-1] for row in after[table]] == before[table]
            assert all(_empty(row[-1]) for row in after[table])
        with database.session() as session:  # the models read the upgraded rows
            row = session.get(StageRecord, before["stagerecord"][0][0])
            assert row is not None and row.texts_by == {}
    finally:
        database.close()


def test_upgrading_on_postgresql_keeps_every_row(empty_pg_database: str) -> None:
    database = Database.on_server(empty_pg_database)
    try:
        upgrade(database.engine)
        load_example(database)
        with database.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "0018")
        before = _rows(database)
        assert all(before[table] for table in TABLES)
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _rows(database)
        for table in TABLES:
            assert [row[:-1] for row in after[table]] == before[table]
            assert all(_empty(row[-1]) for row in after[table])
    finally:
        database.close()
