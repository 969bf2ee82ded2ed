"""The move package: a whole database to a new laptop, every table, ids and documents
as they are.

Written generically over ``SQLModel.metadata``, so a table any feature adds travels
without a change here. It can only be read into an empty database of the same schema
version: merging two firms' databases is not what "move" means, and a package from
another schema would put values in columns that mean something else.
"""

from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, func, select
from sqlmodel import Session, SQLModel

import interviewdesk.store.models  # noqa: F401  (every table on the metadata)
from interviewdesk.exchange.archive import Package, new_package
from interviewdesk.exchange.codec import decode_row, encode_row
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.records import Tally
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import current_revision


def tables() -> list[sa.Table]:
    """Every table of the models, parents before children."""
    return list(SQLModel.metadata.sorted_tables)


def build_move_package(db: Database) -> Package:
    """Every row of every table, read in one transaction (a consistent picture)."""
    package = new_package("move", {"schema_revision": current_revision(db.engine)})
    with db.engine.connect() as connection, connection.begin():
        for table in tables():
            rows = connection.execute(select(table).order_by(*table.primary_key.columns))
            package.tables[table.name] = [encode_row(package, table, row._mapping)
                                          for row in rows]
    return package


def is_empty(connection: Connection) -> bool:
    """Whether no table of the models holds a single row."""
    return all(connection.execute(select(func.count()).select_from(table)).scalar_one() == 0
               for table in tables())


def import_move(session: Session, package: Package) -> Tally:
    """Insert every row of ``package`` into this (empty) database, ids kept, in the
    caller's transaction. Everything is decoded and checked before the first insert."""
    connection = session.connection()
    ours = current_revision(connection.engine)
    theirs = package.header.get("schema_revision")
    if theirs != ours:
        raise PackageError(
            f"This move package holds a database of schema version {theirs}, and this "
            f"InterviewDesk uses version {ours}; move with the same version of the app on "
            "both laptops."
        )
    known = {table.name: table for table in tables()}
    unknown = sorted(set(package.tables) - set(known))
    if unknown:
        raise PackageError(f"This move package holds a table this version does not know "
                           f"({unknown[0]}).")
    decoded: list[tuple[sa.Table, list[dict[str, Any]]]] = []
    for table in tables():
        required = tuple(column.name for column in table.columns
                         if not column.nullable and column.server_default is None)
        rows = [decode_row(package, table, row, f"tables/{table.name}.json, record {number}",
                           required=required)
                for number, row in enumerate(package.table(table.name), start=1)]
        decoded.append((table, rows))
    if not is_empty(connection):
        raise PackageError(
            "This data folder already holds data; a move package only goes into an empty "
            "one (start InterviewDesk with a new data folder on the new laptop). Nothing "
            "was imported."
        )
    tally = Tally()
    for table, rows in decoded:
        if rows:
            connection.execute(table.insert(), rows)
            tally.created[table.name] += len(rows)
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all() \
        if connection.dialect.name == "sqlite" else []
    if problems:
        raise PackageError(f"The move package's records point at records it does not hold "
                           f"(in {problems[0][0]}); nothing was imported.")
    return tally
