"""Migration 0008: the closing's own notes arrive empty, the data stays, and the
full-text index takes the new notes in and keeps them in step."""

from pathlib import Path

from alembic import command
from sqlmodel import select

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate, search
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import Interview

TABLES = ("vacancy", "candidate", "application", "interview", "stagerecord", "answer",
          "assessment", "rating", "decision", "contactentry", "search_index")


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {table: connection.exec_driver_sql(
            f"SELECT count(*) FROM {table}").scalar_one() for table in TABLES}


def test_upgrading_from_0006_keeps_every_row_and_indexes_the_closing_notes(
        tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")
        with database.engine.connect() as connection:
            columns = {row[1] for row in connection.exec_driver_sql(
                "PRAGMA table_info(interview)")}
            assert "candidate_remarks" not in columns
        before = _counts(database)
        assert before["interview"] >= 2 and before["search_index"] > 0
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _counts(database)
        assert after == before  # every row kept; no closing notes were there to index

        with database.session() as session:
            interviews = session.exec(select(Interview)).all()
            assert {(i.candidate_remarks, i.follow_up_notes) for i in interviews} == {("", "")}
            first = interviews[0]
            first.candidate_remarks = "De receptie was onvriendelijk."
            first.follow_up_notes = "Salariswens boven schaal: overleggen met directie."
            session.add(first)
            first_id = first.id
        [hit] = search.search(database, "receptie onvriendelijk")
        assert (hit.kind, hit.interview_id) == ("closing_notes", first_id)
        assert "«onvriendelijk»" in hit.snippet
        assert search.search(database, "schaal directie")[0].interview_id == first_id
        # The triggers of 0006 are still in place: stage notes are found as before.
        with database.engine.connect() as connection:
            triggers = {row[0] for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {f"search_index_{table}_{suffix}" for table in (
            "candidate", "stagerecord", "answer", "interview")
            for suffix in ("ai", "au", "ad")} <= triggers

        with database.session() as session:
            row = session.get(Interview, first_id)
            row.candidate_remarks = ""
            session.add(row)
        assert search.search(database, "onvriendelijk") == []
        with database.session() as session:
            session.delete(session.get(Interview, first_id))
        assert search.search(database, "directie schaal") == []
    finally:
        database.close()

