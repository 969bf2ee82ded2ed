"""Schema changes, run from code at start-up: Alembic with the scripts shipped inside
the package (``store/migrations``), so a frozen build carries them and no
``alembic.ini`` is needed.

Why the SQLite dance in :func:`upgrade`: Alembic's batch mode changes a table by
copying it and dropping the original, and with ``foreign_keys=ON`` that ``DROP``
cascades and deletes every child row (docs/architecture.md, the storage rules). So the
migration runs on one connection with foreign keys off, inside one transaction, and before that
transaction commits ``PRAGMA foreign_key_check`` must come back empty; otherwise it
is rolled back and :class:`MigrationError` is raised, leaving the file as it was.

Alembic is imported inside the functions that need it (≈0.3 s): a start-up on a
database that is already current only reads one row and never imports it. SQLAlchemy
too, so that the window's first look (:mod:`interviewdesk.store.first_look`) can
compare a file's version with :data:`HEAD_REVISION` before the store is imported.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

#: The folder with ``env.py`` and ``versions/``.
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"

#: The newest revision this build knows. Start-up compares the database against it
#: without importing Alembic; a test keeps it equal to the scripts' real head.
HEAD_REVISION = "0019"

VERSION_TABLE = "alembic_version"


class MigrationError(RuntimeError):
    """The database could not be brought to this version's schema; it was left as it was."""


def alembic_config(
    connection: Connection | None = None, *, script_location: Path | None = None
) -> Config:
    """An Alembic configuration built in code, optionally bound to an open connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(*, script_location: Path | None = None) -> str:
    """The newest revision among the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(
        alembic_config(script_location=script_location)
    ).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise MigrationError("No migration scripts were found.")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or ``None`` for a database never migrated.

    Reads the version table with plain SQL, so it needs no Alembic import.
    """
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    if not rows:
        return None
    if len(rows) > 1:
        raise MigrationError("The database records more than one schema version.")
    return str(rows[0][0])


_REVISION_LINE = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.MULTILINE)


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this build has a migration script for — the versions of a
    database it can open. Read from the scripts' text, without importing Alembic."""
    found: set[str] = set()
    for script in (SCRIPT_LOCATION / "versions").glob("*.py"):
        match = _REVISION_LINE.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return frozenset(found)


def file_revision(path: Path) -> str | None:
    """The schema revision recorded in the SQLite file at ``path`` (``None`` if it
    records none), read through a read-only connection that changes nothing.

    Raises ``sqlite3.Error`` if the file is not a readable SQLite database.
    """
    from interviewdesk.store import encryption

    connection = encryption.connect(Path(path), mode="ro")
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


def can_open(path: Path) -> bool:
    """Whether this build can open the database file at ``path``: a SQLite file at a
    schema revision it knows (not one made by a newer version, not damaged)."""
    from interviewdesk.store import encryption

    try:
        return file_revision(path) in known_revisions()
    except encryption.UNOPENABLE:
        return False


def is_up_to_date(engine: Engine) -> bool:
    """Whether the database is at this build's newest revision."""
    return current_revision(engine) == HEAD_REVISION


def upgrade(target: Engine | str | os.PathLike[str], revision: str = "head") -> None:
    """Bring the database (an engine, or the path of a SQLite file) to ``revision``.

    Does nothing, and imports nothing, when the database is already current. Raises
    :class:`MigrationError` when the database cannot be migrated; nothing is changed
    then.
    """
    from sqlalchemy import Engine

    from interviewdesk.store.database import make_engine

    engine = target if isinstance(target, Engine) else make_engine(Path(target))
    try:
        if revision == "head" and is_up_to_date(engine):
            return
        _upgrade(engine, revision)
    finally:
        if engine is not target:
            engine.dispose()


def _upgrade(engine: Engine, revision: str, *, script_location: Path | None = None) -> None:
    """Run the migration scripts up to ``revision`` on ``engine`` (see module docstring)."""
    from alembic import command
    from alembic.util import CommandError

    before = current_revision(engine)
    _refuse_unknown_database(engine, before, script_location)
    with engine.connect() as connection:
        guard = _sqlite_guard if engine.dialect.name == "sqlite" else _one_transaction
        with guard(connection):
            try:
                command.upgrade(
                    alembic_config(connection, script_location=script_location), revision
                )
            except CommandError as error:
                raise MigrationError(f"The database could not be migrated: {error}") from error
    log.info("Database schema migrated from %s to %s", before, revision)


@contextmanager
def _one_transaction(connection: Connection) -> Iterator[None]:
    """Commit what the block did, or roll all of it back."""
    try:
        yield
        connection.commit()
    except BaseException:
        connection.rollback()
        raise


@contextmanager
def _sqlite_guard(connection: Connection) -> Iterator[None]:
    """Run the block in one real SQLite transaction with foreign keys off, and commit
    only if ``PRAGMA foreign_key_check`` then finds no row pointing at a missing row.

    ``PRAGMA foreign_keys`` is a no-op inside a transaction, so it goes first. The
    driver's implicit transactions are switched off (``isolation_level=None``) so
    that the explicit ``BEGIN`` covers the DDL too, which pysqlite would otherwise
    run outside any transaction. The connection goes back to the pool as it came.
    """
    dbapi_connection = connection.connection.driver_connection
    if dbapi_connection is None:  # pragma: no cover - an open connection always has one
        raise MigrationError("The database connection was closed before the migration.")
    saved_isolation = dbapi_connection.isolation_level
    dbapi_connection.isolation_level = None
    try:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        with _one_transaction(connection):
            yield
            _require_foreign_keys_intact(connection)
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
        dbapi_connection.isolation_level = saved_isolation


def _refuse_unknown_database(
    engine: Engine, before: str | None, script_location: Path | None
) -> None:
    """Refuse files this build must not touch: made by a newer version, or by hand."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError
    from sqlalchemy import inspect

    if before is None:
        tables = set(inspect(engine).get_table_names()) - {VERSION_TABLE}
        if tables:
            raise MigrationError(
                "The database has tables but no record of its schema version, so it was "
                "not made by InterviewDesk's start-up; it was left untouched."
            )
        return
    scripts = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    try:
        scripts.get_revision(before)
    except CommandError as error:
        raise MigrationError(
            f"The database is at schema version {before}, which this version of InterviewDesk "
            "does not know: it was probably made by a newer version. It was left untouched."
        ) from error


def _require_foreign_keys_intact(connection: Connection) -> None:
    """Raise :class:`MigrationError` if any row points at a row that does not exist."""
    violations = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if violations:
        tables = sorted({str(row[0]) for row in violations})
        raise MigrationError(
            f"The migration would leave {len(violations)} row(s) pointing at rows that do "
            f"not exist (in {', '.join(tables)}); it was undone and the database left as it was."
        )
