"""Migrations: the schema they build is the models' schema, and no data is lost on the way."""

import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlmodel import Session, SQLModel

from interviewdesk.store import migrate
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import (
    HEAD_REVISION,
    VERSION_TABLE,
    MigrationError,
    current_revision,
    head_revision,
    is_up_to_date,
    upgrade,
)

DatabaseAt = Callable[[Path, str], Database]
FillEveryTable = Callable[[Database], dict[str, dict[str, Any]]]
ReadEveryRow = Callable[[Database, list[str]], dict[str, list[dict[str, Any]]]]


def schema_differences(database: Database) -> list[object]:
    with database.engine.connect() as connection:
        # The full-text index (migration 0006) is SQL of its own, not in the models.
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "include_name": lambda name, kind, _parent: not (
                kind == "table" and str(name).startswith("search_index"))})
        return compare_metadata(context, SQLModel.metadata)


#: (table, kind, name) of every constraint and index; kind is pk, fk, uq, ck or ix.
Names = set[tuple[str, str, str | None]]

KINDS: dict[type, str] = {
    sa.PrimaryKeyConstraint: "pk",
    sa.ForeignKeyConstraint: "fk",
    sa.UniqueConstraint: "uq",
    sa.CheckConstraint: "ck",
    sa.Index: "ix",
}


def names_in_models(dialect: Dialect) -> Names:
    """The names ``SQLModel.metadata`` gives its constraints in DDL for ``dialect``."""
    preparer = dialect.identifier_preparer
    return {
        (table.name, KINDS[type(item)], preparer.format_constraint(item))
        for table in SQLModel.metadata.tables.values()
        for item in [*table.constraints, *table.indexes]
    }


def names_on_disk(engine: sa.Engine) -> Names:
    """The names of the constraints and indexes in the database, as SQLite reports them
    (``None`` for an unnamed one); SQLite's own ``sqlite_autoindex_*`` are left out."""
    inspector = sa.inspect(engine)
    names: Names = set()
    for table in inspector.get_table_names():
        if table == VERSION_TABLE or table.startswith("search_index"):
            continue
        names.add((table, "pk", inspector.get_pk_constraint(table)["name"]))
        for kind, items in (
            ("fk", inspector.get_foreign_keys(table)),
            ("uq", inspector.get_unique_constraints(table)),
            ("ck", inspector.get_check_constraints(table)),
            ("ix", inspector.get_indexes(table)),
        ):
            names |= {(table, kind, item["name"]) for item in items}
    return names


def test_head_constant_matches_the_scripts() -> None:
    assert head_revision() == HEAD_REVISION


def test_migrated_schema_is_exactly_the_models(tmp_path: Path) -> None:
    upgrade(tmp_path / "db.sqlite3")
    database = Database(tmp_path / "db.sqlite3")
    try:
        assert current_revision(database.engine) == HEAD_REVISION
        assert is_up_to_date(database.engine)
        assert schema_differences(database) == []
    finally:
        database.close()


def test_migrated_constraints_have_the_models_names(tmp_path: Path) -> None:
    """``compare_metadata`` does not compare constraint names on SQLite, so compare them
    here: every constraint and index named, and named as the naming convention says."""
    upgrade(tmp_path / "db.sqlite3")
    database = Database(tmp_path / "db.sqlite3")
    try:
        on_disk = names_on_disk(database.engine)
    finally:
        database.close()
    in_models = names_in_models(sqlite.dialect())
    assert all(name for _table, _kind, name in in_models)
    assert on_disk == in_models
    assert {kind for _table, kind, _name in on_disk} == {"pk", "fk", "uq", "ix"}


def test_constraint_names_suit_postgresql() -> None:
    """The same names on PostgreSQL: none cut at its 63-character limit, and none shared,
    as index, primary-key and unique-constraint names must not be within a schema."""
    assert names_in_models(postgresql.dialect()) == names_in_models(sqlite.dialect())
    names = [name for _table, kind, name in names_in_models(sqlite.dialect()) if kind != "fk"]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "kind", "seen_by_compare_metadata"),
    [
        ("fk_decision_interview_id_interview", "fk", False),
        ("pk_decision", "pk", False),
        ("uq_decision_interview_id", "uq", True),
    ],
)
def test_name_comparison_notices_an_unnamed_constraint(
    tmp_path: Path, name: str, kind: str, seen_by_compare_metadata: bool
) -> None:
    """The name check above sees what ``compare_metadata`` does not (on SQLite it
    ignores foreign-key and primary-key names): a constraint without a name, as 0001
    made them before constraints were named."""
    path = tmp_path / "db.sqlite3"
    upgrade(path)
    raw = sqlite3.connect(path)  # foreign keys are off on a plain connection
    (create,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'decision'").fetchone()
    assert f"CONSTRAINT {name} " in create
    raw.executescript(
        "DROP TABLE decision;"
        + create.replace(f"CONSTRAINT {name} ", "")
        + ";CREATE INDEX ix_decision_interview_id ON decision (interview_id);"
    )
    raw.close()
    database = Database(path)
    try:
        assert bool(schema_differences(database)) == seen_by_compare_metadata
        assert names_on_disk(database.engine) ^ names_in_models(sqlite.dialect()) == {
            ("decision", kind, name),
            ("decision", kind, None),
        }
    finally:
        database.close()


def test_schema_comparison_notices_a_missing_index(tmp_path: Path) -> None:
    """The comparison above is not a tautology: it sees what a migration forgot."""
    upgrade(tmp_path / "db.sqlite3")
    database = Database(tmp_path / "db.sqlite3")
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("DROP INDEX ix_application_vacancy_id_status")
        assert [diff[0] for diff in schema_differences(database)] == ["add_index"]
    finally:
        database.close()


def test_data_made_at_0001_survives_the_upgrade_to_head(
    tmp_path: Path,
    database_at: DatabaseAt,
    fill_every_table: FillEveryTable,
    read_every_row: ReadEveryRow,
) -> None:
    database = database_at(tmp_path / "db.sqlite3", "0001")
    assert current_revision(database.engine) == "0001"
    before = fill_every_table(database)
    assert set(before) <= set(SQLModel.metadata.tables)

    upgrade(database.engine)

    assert current_revision(database.engine) == HEAD_REVISION
    after = read_every_row(database, list(before))
    # Rows that travel between laptops gained a stable id (0004), filled by the upgrade.
    for rows in after.values():
        stable = rows[0].get("uuid")
        assert stable is None or uuid.UUID(stable).version == 4
    # Every old value as it was (columns added later are checked in their own tests).
    kept = {name: [{key: row[key] for key in before[name]} for row in rows]
            for name, rows in after.items()}
    assert kept == {name: [row] for name, row in before.items()}


def test_models_read_every_old_row_with_aware_utc_times(
    tmp_path: Path, database_at: DatabaseAt, fill_every_table: FillEveryTable
) -> None:
    database = database_at(tmp_path / "db.sqlite3", "0001")
    before = fill_every_table(database)
    upgrade(database.engine)

    with Session(database.engine) as session:
        for mapper in SQLModel._sa_registry.mappers:
            table = mapper.local_table
            if table.name not in before:
                continue
            record = session.get(mapper.class_, 1)
            assert record is not None, table.name
            for name, stored in before[table.name].items():
                value = getattr(record, name)
                if isinstance(stored, datetime):
                    assert value == stored.replace(tzinfo=UTC), f"{table.name}.{name}"
                else:
                    assert value == stored, f"{table.name}.{name}"


def test_cascades_still_work_after_migration(
    tmp_path: Path,
    database_at: DatabaseAt,
    fill_every_table: FillEveryTable,
    read_every_row: ReadEveryRow,
) -> None:
    database = database_at(tmp_path / "db.sqlite3", "0001")
    fill_every_table(database)
    upgrade(database.engine)

    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM candidate WHERE id = 1")

    counts = read_every_row(database, list(SQLModel.metadata.tables))
    gone = {name for name, rows in counts.items() if not rows}
    kept = {name for name, rows in counts.items() if rows}
    assert kept == {"vacancy", "competency", "interviewer"}
    assert {"application", "interview", "answer", "rating", "decision", "stagerecord"} <= gone


def test_a_dangling_reference_makes_the_upgrade_fail_and_change_nothing(
    tmp_path: Path, database_at: DatabaseAt, fill_every_table: FillEveryTable
) -> None:
    path = tmp_path / "db.sqlite3"
    database = database_at(path, "0001")
    fill_every_table(database)
    database.close()
    raw = sqlite3.connect(path)  # foreign keys are off on a plain connection
    raw.execute("UPDATE answer SET question_id = 999")
    raw.commit()
    raw.close()

    with pytest.raises(MigrationError, match="answer"):
        upgrade(path)

    database = Database(path)
    try:
        assert current_revision(database.engine) == "0001"
        indexes = {index["name"] for index in sa.inspect(database.engine).get_indexes("interview")}
        assert "ix_interview_application_id_scheduled_at" not in indexes
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


REBUILD_CANDIDATE = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("candidate", recreate="always") as batch:
        batch.add_column(sa.Column("pronouns", sa.String(), nullable=True))


def downgrade():
    with op.batch_alter_table("candidate", recreate="always") as batch:
        batch.drop_column("pronouns")
"""


def scripts_with_a_0003(tmp_path: Path, script: str) -> Path:
    """A copy of our migration scripts plus ``script`` as revision 9999, after the head."""
    location = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "9999_later.py").write_text(script.replace("{head}", HEAD_REVISION))
    return location


@pytest.fixture
def scripts_with_a_table_rebuild(tmp_path: Path) -> Path:
    """Our migration scripts plus a 0003 that rebuilds ``candidate`` by copy-and-drop."""
    return scripts_with_a_0003(tmp_path, REBUILD_CANDIDATE)


def count(database: Database, table: str) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


def test_a_table_rebuild_with_foreign_keys_on_deletes_children(
    tmp_path: Path,
    database_at: DatabaseAt,
    scripts_with_a_table_rebuild: Path,
    fill_every_table: FillEveryTable,
) -> None:
    """The hazard docs/architecture.md records (storage rules), shown, so the next test
    means something."""
    database = database_at(tmp_path / "db.sqlite3", "head")
    fill_every_table(database)
    with database.engine.begin() as connection:
        # The search index's triggers would turn the cascade into "table is locked"
        # (writing the index during DROP TABLE); the hazard is the cascade itself.
        for (trigger,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").all():
            connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
        config = migrate.alembic_config(connection, script_location=scripts_with_a_table_rebuild)
        command.upgrade(config, "head")
    assert count(database, "application") == 0


def test_a_table_rebuild_through_upgrade_keeps_the_children(
    tmp_path: Path,
    database_at: DatabaseAt,
    scripts_with_a_table_rebuild: Path,
    fill_every_table: FillEveryTable,
) -> None:
    database = database_at(tmp_path / "db.sqlite3", "head")
    fill_every_table(database)

    migrate._upgrade(database.engine, "head", script_location=scripts_with_a_table_rebuild)

    assert current_revision(database.engine) == "9999"
    for table in ("candidate", "application", "interview", "answer", "candidatedocument"):
        assert count(database, table) == 1, table
    with database.engine.begin() as connection:  # and the rebuilt table still cascades
        connection.exec_driver_sql("DELETE FROM candidate")
    assert count(database, "application") == 0


DROP_A_UNIQUE_CONSTRAINT = """
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("application") as batch:
        batch.drop_constraint("uq_application_candidate_id_vacancy_id", type_="unique")


def downgrade():
    with op.batch_alter_table("application") as batch:
        batch.create_unique_constraint(None, ["candidate_id", "vacancy_id"])
"""


def test_a_batch_migration_drops_a_constraint_by_name_and_keeps_the_other_names(
    tmp_path: Path, database_at: DatabaseAt, fill_every_table: FillEveryTable
) -> None:
    """What the names are for: a later batch migration on SQLite drops a constraint by
    its name; the rebuilt table keeps every other name, and the way back (a constraint
    created without a name) gets its name from the models' convention again."""
    scripts = scripts_with_a_0003(tmp_path, DROP_A_UNIQUE_CONSTRAINT)
    database = database_at(tmp_path / "db.sqlite3", "head")
    fill_every_table(database)
    in_models = names_in_models(sqlite.dialect())

    migrate._upgrade(database.engine, "head", script_location=scripts)

    assert current_revision(database.engine) == "9999"
    assert in_models - names_on_disk(database.engine) == {
        ("application", "uq", "uq_application_candidate_id_vacancy_id")
    }
    assert names_on_disk(database.engine) <= in_models
    assert count(database, "interview") == 1

    with database.engine.connect() as connection, migrate._sqlite_guard(connection):
        config = migrate.alembic_config(connection, script_location=scripts)
        command.downgrade(config, HEAD_REVISION)
    assert names_on_disk(database.engine) == in_models
    assert count(database, "interview") == 1


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade(path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.commit()
    raw.close()
    with pytest.raises(MigrationError, match="newer version"):
        upgrade(path)


def test_tables_without_a_version_record_are_refused(tmp_path: Path) -> None:
    database = Database(tmp_path / "db.sqlite3")
    try:
        SQLModel.metadata.create_all(database.engine)
        with pytest.raises(MigrationError, match="no record of its schema version"):
            upgrade(database.engine)
    finally:
        database.close()


def test_downgrade_to_nothing_and_back(tmp_path: Path) -> None:
    database = Database(tmp_path / "db.sqlite3")
    try:
        upgrade(database.engine)
        with database.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        assert sa.inspect(database.engine).get_table_names() == ["alembic_version"]
        upgrade(database.engine)
        assert schema_differences(database) == []
    finally:
        database.close()


def test_every_search_trigger_survives_the_whole_chain(tmp_path: Path) -> None:
    """A batch rebuild of a table drops its triggers silently (0010 rebuilds
    ``interview``); at the head, every table the search index watches still has its
    insert, update and delete trigger."""
    path = tmp_path / "db.sqlite3"
    upgrade(path, revision="head")
    connection = sqlite3.connect(path)
    try:
        triggers = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        connection.close()
    watched = ("candidate", "stagerecord", "answer", "interview")
    assert triggers >= {f"search_index_{table}_{suffix}"
                        for table in watched for suffix in ("ai", "au", "ad")}
