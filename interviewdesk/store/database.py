"""The one place that opens the database: engine, SQLite pragmas, sessions.

Everything SQLite-specific lives here (and in ``backups``/``integrity``), so that the
same models and migrations run on a shared PostgreSQL server too (team mode, README
"Team mode"): :func:`make_engine_for_url` opens one by its ``postgresql://`` URL, and
:attr:`Database.is_sqlite` tells the SQLite-only steps (backups, integrity check,
encryption, compaction after an erasure) to stand aside.

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


#: :attr:`Database.path`'s name for a team server (no such file is ever made).
SERVER_LABEL = "team-server"
#: The URL schemes of a team server (psycopg 3 is the only PostgreSQL driver used).
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class ServerUnavailable(RuntimeError):
    """A team server URL that cannot be used: wrong form, or psycopg is not installed."""


def is_server_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL server (``postgresql://…``)."""
    scheme, separator, _rest = url.strip().partition("://")
    return bool(separator) and scheme.lower() in SERVER_SCHEMES


def driver_url(url: str) -> str:
    """``url`` with psycopg 3 as SQLAlchemy's driver (``postgresql+psycopg://``).

    Raises :class:`ServerUnavailable` for anything that is not a PostgreSQL URL, or
    when psycopg is missing (the frozen build leaves it out; pyproject's ``team`` extra).
    """
    if not is_server_url(url):
        raise ServerUnavailable(
            "A team server is given as postgresql://user@host/database "
            f"(not '{without_password(url)}').")
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise ServerUnavailable(
            "Team mode needs the psycopg package, which this installation does not have: "
            "install InterviewDesk with its 'team' extra (pip install 'interviewdesk[team]')."
        ) from error
    _scheme, _separator, rest = url.strip().partition("://")
    return f"postgresql+psycopg://{rest}"


def without_password(url: str) -> str:
    """``url`` for a message: a password in it is replaced by ``***``."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "…" if "@" in url else url


def url_with_password(url: str, password: str) -> str:
    """``url`` with ``password`` in it, for this session's engine only (never stored)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def url_without_password(url: str) -> str:
    """``url`` with any password taken out, to be stored in the settings."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url.strip())._replace(password=None).render_as_string(hide_password=False)
    except (ArgumentError, ValueError):
        return url.strip()


def make_engine_for_url(url: str) -> Engine:
    """An engine on the PostgreSQL server at ``url`` (psycopg 3).

    The password, if any, comes from the URL, libpq's ``~/.pgpass`` or service file,
    or ``PGPASSWORD``: libpq looks them up itself. ``pool_pre_ping`` lets a laptop
    that slept or changed networks reconnect instead of failing its next save.
    """
    # Days are cut from UTC moments in SQL (``date(created_at)``), as on SQLite.
    return create_engine(driver_url(url), pool_pre_ping=True,
                         connect_args={"options": "-c TimeZone=UTC"})


class Database:
    """An open database: a SQLite file (the default), or a team server by its URL."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        self.engine = engine if engine is not None else make_engine(self.path)

    @classmethod
    def on_server(cls, url: str, data_dir: Path | None = None) -> "Database":
        """The team server at ``url``. :attr:`path` is then no file but a name in
        ``data_dir`` (this computer's data folder, which still holds the settings, the
        agenda and the logs), so ``path.parent`` is that folder as with a file."""
        engine = make_engine_for_url(url)
        return cls(Path(data_dir or ".") / SERVER_LABEL, engine)

    @property
    def is_sqlite(self) -> bool:
        """Whether this is the local SQLite file (backups, pragmas, encryption apply)."""
        return self.engine.dialect.name == "sqlite"

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
        (encrypted or decrypted): connections pooled before would read the old file.
        A server's engine only lets go of its connections."""
        self.engine.dispose()
        if self.is_sqlite:
            self.engine = make_engine(self.path)


def stored_id(value: int | None) -> int:
    """The id of a row read from the database. SQLModel types every primary key as
    ``int | None`` (``None`` until a new row is flushed); a row that was read has one."""
    if value is None:
        raise LookupError("A row read from the database has no id.")
    return int(value)
