"""Migration 0010: the interview table gains the link to the round it follows (rebuilt
without losing a row or a child), and the reference checks arrive empty."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade

TABLES = ("vacancy", "candidate", "application", "interview", "panelmember", "stagerecord",
          "answer", "candidatequestion", "assessment", "rating", "consensusscore",
          "decision", "auditentry", "consent", "question")


def test_upgrading_from_0006_keeps_every_row_and_links_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")
        assert current_revision(database.engine) == "0006"

        def counts() -> dict[str, int]:
            with database.engine.connect() as connection:
                return {table: connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table}").scalar_one() for table in TABLES}

        def interviews() -> list[tuple[object, ...]]:
            with database.engine.connect() as connection:
                return [tuple(row) for row in connection.exec_driver_sql(
                    "SELECT id, uuid, application_id, scheduled_at, next_steps, "
                    "round_closed_reason FROM interview ORDER BY id")]

        before, rows = counts(), interviews()
        assert before["interview"] == 4 and before["stagerecord"] > 0
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        assert counts() == before
        assert interviews() == rows
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM interview WHERE follows_interview_id IS NOT NULL"
            ).scalar_one() == 0
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM referencecheck").scalar_one() == 0
            # The full-text index still follows the notes (its triggers survived).
            connection.exec_driver_sql(
                "UPDATE stagerecord SET notes = 'zeldzaamwoord' WHERE id = "
                "(SELECT min(id) FROM stagerecord)")
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM search_index WHERE search_index MATCH 'zeldzaamwoord'"
            ).scalar_one() == 1
    finally:
        database.close()


def test_the_link_is_set_null_when_the_first_round_goes(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        ids = load_example(database)
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                f"UPDATE interview SET follows_interview_id = {ids.completed_interview_id} "
                f"WHERE id = {ids.interview_id}")
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                f"DELETE FROM interview WHERE id = {ids.completed_interview_id}")
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql(
                f"SELECT follows_interview_id FROM interview WHERE id = {ids.interview_id}"
            ).scalar_one() is None
        # Downgrading takes the column and the table away again, keeping the rows.
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM interview").scalar_one() == 3
    finally:
        database.close()
