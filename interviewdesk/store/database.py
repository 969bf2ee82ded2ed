"""The one place that opens the database: engine, SQLite pragmas, sessions.

Everything SQLite-specific lives here (and in ``backups``/``integrity``), so that the
same models and migrations can later run on a shared PostgreSQL server.

Each store call opens its own short ``Session`` through :meth:`Database.session`
and gets detached objects back (``expire_on_commit=False``): no widget ever holds a
live session.
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine

from interviewdesk.store import encryption

DATABASE_NAME = "interviewdesk.sqlite3"
BUSY_TIMEOUT_MS = 5000

#: Pragmas set on every new connection (docs/architecture.md, the storage rules).
PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("secure_delete", "ON"),
)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, if it does not exist.

    SQLite would create the file with the umask's mode; candidate data is personal
    data, so the file must exist with mode 0600 before SQLite first opens it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    os.chmod(path, 0o600)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    for name, value in PRAGMAS:
        cursor.execute(f"PRAGMA {name}={value}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` with the pragmas on every connection."""
    create_private_file(path)
    if encryption.is_encrypted(path):
        # A protected folder: SQLCipher connections, and its module for SQLAlchemy's
        # error classes (the URL keeps the sqlite dialect and its QueuePool).
        engine = create_engine(
            f"sqlite:///{path}",
            module=encryption.dbapi_for(path),
            creator=lambda: encryption.connect(
                path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            ),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """An open database file: the engine plus short-lived sessions on it."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self.engine = engine if engine is not None else make_engine(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        Objects stay usable after the block (``expire_on_commit=False``).
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Release every pooled connection (the WAL is checkpointed by SQLite)."""
        self.engine.dispose()

    def reopen(self) -> None:
        """A new engine on the same file, for after the file was rewritten in place
        (encrypted or decrypted): connections pooled before would read the old file."""
        self.engine.dispose()
        self.engine = make_engine(self.path)


def stored_id(value: int | None) -> int:
    """The id of a row read from the database. SQLModel types every primary key as
    ``int | None`` (``None`` until a new row is flushed); a row that was read has one."""
    if value is None:
        raise LookupError("A row read from the database has no id.")
    return int(value)
