"""Migration 0017: audit entries about a form name its panel seat; the data stays."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import current_revision, upgrade

TABLES = ("interviewer", "interview", "panelmember", "assessment", "rating")


def test_upgrading_from_0013_links_the_form_entries_to_their_seats(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)

        def read(sql: str) -> list[tuple[object, ...]]:
            with database.engine.connect() as connection:
                return [tuple(row) for row in connection.exec_driver_sql(sql)]

        written = read("SELECT id, kind, actor, panel_member_id FROM auditentry ORDER BY id")
        assert written and all(row[3] is not None for row in written)  # the example's forms
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0016")
        # An entry the backfill cannot place: an actor who is not on the panel.
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO auditentry (interview_id, at, kind, actor, subject, detail) "
                "SELECT interview_id, at, 'form_reopened', 'Niemand', '', 'x' "
                "FROM auditentry LIMIT 1")
        before = {table: read(f"SELECT * FROM {table} ORDER BY id") for table in TABLES}
        upgrade(database.engine, revision="0017")  # its own step: 0020 adds a column
        assert current_revision(database.engine) == "0017"
        assert {table: read(f"SELECT * FROM {table} ORDER BY id") for table in TABLES} == before
        after = read("SELECT id, kind, actor, panel_member_id FROM auditentry ORDER BY id")
        assert after[:-1] == written  # every example entry found its seat by name
        assert after[-1][2:] == ("Niemand", None)
    finally:
        database.close()
