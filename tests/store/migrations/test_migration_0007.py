"""Migration 0007: every candidate is addressed with "u" until someone says otherwise,
and the data (and the full-text index over candidates) stays."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.search import search

TABLES = ("vacancy", "candidate", "application", "interview", "contactentry")


def test_upgrading_from_0006_keeps_every_row_and_addresses_everyone_with_u(
        tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0006")
        with database.engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql(
                "PRAGMA table_info(candidate)")]
        assert "address_form" not in columns

        def counts() -> dict[str, int]:
            with database.engine.connect() as connection:
                return {table: connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table}").scalar_one() for table in TABLES}

        before = counts()
        upgrade(database.engine)
        assert counts() == before
        assert current_revision(database.engine) == HEAD_REVISION
        with database.engine.connect() as connection:
            forms = connection.exec_driver_sql(
                "SELECT DISTINCT address_form FROM candidate").scalars().all()
        assert forms == ["u"]
        # the search triggers on candidate survived both ways
        assert {hit.candidate_name for hit in search(database, "Danielle")} == {"Daniëlle Kok"}
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE candidate SET name = 'Daniëlle Kokkelink' WHERE name = 'Daniëlle Kok'")
        assert {hit.candidate_name for hit in search(database, "Kokkelink")} == {
            "Daniëlle Kokkelink"}
    finally:
        database.close()
