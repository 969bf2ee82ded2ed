"""Migration 0018: library entries get a version, edited records a ``changed_by``;
the data stays, on SQLite and on PostgreSQL."""

from pathlib import Path

from alembic import command

from interviewdesk.example.database import load_example
from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.library import library_contents, save_to_library
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade
from interviewdesk.store.models import Candidate, LibraryCompetency, Vacancy

TABLES = ("vacancy", "candidate", "librarycompetency", "libraryquestion")


def _rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return {table: [tuple(row) for row in connection.exec_driver_sql(
            f"SELECT * FROM {table} ORDER BY id")] for table in TABLES}


def test_upgrading_from_0017_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    database = Database(path)
    try:
        load_example(database)
        save_to_library(database, _library_kit(database), update_duplicates=False)
        with database.engine.connect() as connection, migrate._sqlite_guard(connection):
            command.downgrade(migrate.alembic_config(connection), "0017")
        before = _rows(database)
        assert all(before[table] for table in TABLES), "every table has rows to keep"
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _rows(database)
        # Old columns as they were; the library gains version (1) then changed_by,
        # the others changed_by ("" — nobody is named who is not known).
        for table in ("vacancy", "candidate"):
            assert [row[:-1] for row in after[table]] == before[table]
            assert {row[-1] for row in after[table]} == {""}
        for table in ("librarycompetency", "libraryquestion"):
            assert [row[:-2] for row in after[table]] == before[table]
            assert {row[-2:] for row in after[table]} == {(1, "")}
        with database.session() as session:  # the models read the upgraded rows
            assert session.get(Vacancy, 1) is not None
            assert session.get(Candidate, 1) is not None
            entry = session.get(LibraryCompetency, 1)
            assert entry is not None and entry.version == 1
    finally:
        database.close()


def test_upgrading_on_postgresql_keeps_every_row(empty_pg_database: str) -> None:
    database = Database.on_server(empty_pg_database)
    try:
        upgrade(database.engine, revision="0017")
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO vacancy (uuid, title, department, location, text, created_at, "
                "updated_at, version) VALUES ('v-1', 'Monteur', '', '', 'tekst', now(), now(), 4)")
            connection.exec_driver_sql(
                "INSERT INTO librarycompetency (uuid, name, kind, description, keywords, "
                "anchor_1, anchor_2, anchor_3, anchor_4, anchor_5, created_at, updated_at) "
                "VALUES ('c-1', 'Samenwerken', 'core', 'd', '', 'a', 'b', 'c', 'd', 'e', "
                "now(), now())")
        before = _rows(database)
        upgrade(database.engine)
        assert current_revision(database.engine) == HEAD_REVISION
        after = _rows(database)
        assert [row[:-1] for row in after["vacancy"]] == before["vacancy"]
        assert after["vacancy"][0][-1] == "" and after["vacancy"][0][-2] == 4
        assert [row[:-2] for row in after["librarycompetency"]] == before["librarycompetency"]
        assert after["librarycompetency"][0][-2:] == (1, "")
    finally:
        database.close()


def _library_kit(database: Database):  # type: ignore[no-untyped-def]
    """The example vacancy's kit as library entries (so the library tables have rows)."""
    from interviewdesk.store.library import kit_from_draft
    from interviewdesk.store.vacancies import load_vacancy_draft, vacancy_choices

    contents = library_contents(database)
    if contents.competencies:
        return contents
    vacancy_id = vacancy_choices(database)[0][0]
    return kit_from_draft(load_vacancy_draft(database, vacancy_id))
