"""Fixtures for the store infrastructure tests: databases made by older schemas."""

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from interviewdesk.store.database import Database
from interviewdesk.store.migrate import upgrade

#: Text with the characters a Dutch firm's data has, and ones our PDFs must print.
TEXT = "Sanne de Vries — é ë € ł ✓"


def sample_value(table: sa.Table, column: sa.Column) -> Any:
    """A distinctive value for ``column``, by its reflected SQL type.

    Every primary and foreign key is 1, so one row per table links to the others.
    """
    if column.primary_key or column.foreign_keys:
        return 1
    kind = column.type
    if isinstance(kind, sa.JSON):
        return {"review_vacancy": True, "compose_panel": False}
    if isinstance(kind, sa.Boolean):
        return True
    if isinstance(kind, sa.DateTime):
        # What SQLModel's UTCDateTime writes on SQLite: UTC without an offset.
        return datetime(2026, 11, 25, 17, 40, 12, 345678)
    if isinstance(kind, sa.Date):
        return date(2026, 12, 31)
    if isinstance(kind, sa.Float):
        return 1.5
    if isinstance(kind, sa.Integer):
        return 4
    if isinstance(kind, sa.LargeBinary):
        return b"%PDF-1.4\x00\xff original file"
    if isinstance(kind, sa.String):
        value = f"{table.name}.{column.name}: {TEXT}"
        return value[: kind.length] if kind.length else value  # PostgreSQL checks lengths
    raise AssertionError(f"no sample value for {table.name}.{column.name} ({kind!r})")


def _fill_every_table(database: Database) -> dict[str, dict[str, Any]]:
    """Insert one row in every table as the schema on disk has them; returns the rows."""
    metadata = sa.MetaData()
    metadata.reflect(database.engine)
    rows: dict[str, dict[str, Any]] = {}
    with database.engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version" or table.name.startswith("search_index"):
                continue  # the full-text index is filled by triggers
            row = {column.name: sample_value(table, column) for column in table.columns}
            connection.execute(table.insert().values(**row))
            rows[table.name] = row
    return rows


def _read_every_row(database: Database, names: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the named tables, read through freshly reflected tables."""
    metadata = sa.MetaData()
    metadata.reflect(database.engine, only=names)
    with database.engine.connect() as connection:
        return {
            name: [dict(row._mapping) for row in connection.execute(sa.select(table))]
            for name, table in metadata.tables.items()
        }


FillEveryTable = Callable[[Database], dict[str, dict[str, Any]]]
ReadEveryRow = Callable[[Database, list[str]], dict[str, list[dict[str, Any]]]]


@pytest.fixture
def fill_every_table() -> FillEveryTable:
    """Insert one linked row in every table of the schema on disk; returns the rows."""
    return _fill_every_table


@pytest.fixture
def read_every_row() -> ReadEveryRow:
    """Every row of the named tables, as dicts."""
    return _read_every_row


@pytest.fixture
def database_at() -> Iterator[Callable[[Path, str], Database]]:
    """Build a database at an older ``revision``; closed again after the test."""
    opened: list[Database] = []

    def build(path: Path, revision: str) -> Database:
        upgrade(path, revision=revision)
        database = Database(path)
        opened.append(database)
        return database

    yield build
    for database in opened:
        database.close()
