"""Is this database file whole? Asked at every start, before anything writes to it.

The check never raises and never changes the file: it opens it read-only and turns
every way a file can be bad (not a database at all, cut short, unreadable, rows
pointing at rows that are gone) into plain sentences the start-up dialog can show.
The sentences name tables and pages, never any stored value: no personal data.
"""

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from interviewdesk.store import encryption
from interviewdesk.store.file_head import read_head

#: How many of SQLite's own complaints to keep; one damaged page can produce hundreds.
MAX_PROBLEMS = 20

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of :func:`check_integrity`; ``problems`` is empty when ``ok``."""

    ok: bool
    problems: list[str] = field(default_factory=list)


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens ``path`` read-only and never creates it.

    In a folder that cannot be written (a read-only disk, a write-protected stick)
    SQLite cannot make the ``-shm`` file a WAL database needs even to be read, and
    would report the file as unopenable; there the file is opened as immutable, which
    reads it as it is on disk (see :func:`unreadable_wal`).
    """
    from interviewdesk.store.paths import folder_is_read_only

    uri = f"{path.resolve().as_uri()}?mode=ro"
    return f"{uri}&immutable=1" if folder_is_read_only(path.resolve().parent) else uri


def unreadable_wal(path: Path) -> bool:
    """Whether changes of ``path`` wait in a ``-wal`` file that a read in a read-only
    folder cannot see (the app folds them in when it next closes on a writable one)."""
    from interviewdesk.store.paths import folder_is_read_only

    wal = path.with_name(path.name + "-wal")
    try:
        return folder_is_read_only(path.resolve().parent) and wal.stat().st_size > 0
    except OSError:
        return False


def check_integrity(path: Path, *, quick: bool = False,
                    on_connect: Callable[[sqlite3.Connection], None] | None = None,
                    ) -> IntegrityReport:
    """Check the database file at ``path`` without changing it.

    A missing or empty file is fine: start-up will create a new database there.
    ``quick`` runs ``PRAGMA quick_check``, which skips comparing indexes with their
    tables and is several times faster on a large file. ``on_connect`` is handed the
    check's connection before it starts (:class:`FullCheck` keeps it to interrupt it).
    """
    path = Path(path)
    try:
        if not path.exists():
            return IntegrityReport(ok=True)
        if path.stat().st_size == 0:
            return IntegrityReport(ok=True)
        header = read_head(path, len(SQLITE_HEADER))  # never close()s the file (see there)
    except OSError as error:
        return IntegrityReport(ok=False, problems=[_unreadable(error)])
    if header != SQLITE_HEADER and not encryption.is_encrypted(path):
        return IntegrityReport(
            ok=False,
            problems=[
                "The file is not a database: its first bytes are not those of a SQLite file. "
                "It may have been overwritten, cut short, or replaced by another file."
            ],
        )
    try:
        return _run_checks(path, quick=quick, on_connect=on_connect)
    except encryption.DATABASE_ERRORS as error:
        return IntegrityReport(ok=False, problems=[_damaged(error)])


class FullCheck:
    """The full ``integrity_check`` of the database at ``path``, for a worker thread
    while the app works on the file: the window's start runs only the quick check
    (docs/architecture.md, start-up), and this one catches what that skips — an
    index that no longer matches its table — without holding anyone up.

    :meth:`cancel` (from any thread) interrupts it at once, so that closing the app
    never waits for it; a cancelled check reports nothing (:meth:`run` gives ``None``).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False

    def run(self) -> IntegrityReport | None:
        """Check now (blocking); the report, or ``None`` if cancelled meanwhile."""
        report = check_integrity(self.path, on_connect=self._connected)
        with self._lock:
            self._connection = None
            return None if self._cancelled else report

    def cancel(self) -> None:
        """Stop the check, if it runs, and make :meth:`run` report nothing."""
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                with contextlib.suppress(*encryption.ERRORS):  # closed just now: done
                    self._connection.interrupt()

    def _connected(self, connection: sqlite3.Connection) -> None:
        with self._lock:
            self._connection = connection
            if self._cancelled:
                connection.interrupt()


def _run_checks(path: Path, *, quick: bool,
                on_connect: Callable[[sqlite3.Connection], None] | None = None,
                ) -> IntegrityReport:
    connection = encryption.connect(path, uri=read_only_uri(path), timeout=5)
    if on_connect is not None:
        on_connect(connection)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
        details = [
            line.strip()
            for (message,) in rows
            for line in str(message).splitlines()
            if line.strip() and line.strip().lower() != "ok" and not line.startswith("***")
        ]
        if details:
            found = f"{len(details)} or more" if len(details) >= MAX_PROBLEMS else len(details)
            problems = [f"The database file is damaged: SQLite's check found {found} problem(s)."]
            problems += [f"Detail: {line}" for line in details[:MAX_PROBLEMS]]
        else:
            problems = _foreign_key_problems(connection)
    finally:
        connection.close()
    return IntegrityReport(ok=not problems, problems=problems)


def _foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    """One sentence per (table, parent) pair with rows pointing at missing rows."""
    counts: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
        counts[(table, parent)] = counts.get((table, parent), 0) + 1
    return [
        f"{count} row(s) in table '{table}' refer to a '{parent}' that no longer exists."
        for (table, parent), count in sorted(counts.items())
    ]


def _unreadable(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "The database file cannot be read: this user account has no permission to open it."
    return f"The database file cannot be read: {error.strerror or error}."


def _damaged(error: Exception) -> str:
    message = str(error)
    if "not a database" in message:
        return "The file is not a usable database (SQLite says: file is not a database)."
    if "malformed" in message or "corrupt" in message:
        return "The database file is damaged (SQLite says: database disk image is malformed)."
    if "unable to open" in message:
        return "The database file cannot be opened (SQLite says: unable to open database file)."
    return f"The database file could not be checked (SQLite says: {message})."


@dataclass(frozen=True)
class ValueReport:
    """The outcome of :func:`check_values`: how much was looked at, and what was wrong."""

    tables: int
    rows: int
    values: int
    problems: list[str] = field(default_factory=list)


def _expected_types(declared: str) -> tuple[str, ...]:
    """The SQLite storage classes a column of the ``declared`` type may hold."""
    kind = declared.upper()
    if "INT" in kind or "BOOL" in kind:
        return ("integer",)
    if any(word in kind for word in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL")):
        return ("integer", "real")
    if "BLOB" in kind or "BINARY" in kind:
        return ("blob",)
    return ("text",)  # VARCHAR, TEXT, DATETIME, DATE, JSON: SQLAlchemy writes text


def check_values(path: Path) -> ValueReport:
    """Row sanity of the database at ``path``, read-only: every value has the storage
    class its column declares, no required column is empty, and every text is valid
    UTF-8 — what a stray overwrite inside a row most often breaks.

    It cannot tell a value that was changed into another valid value (the app keeps
    no checksums). Raises ``sqlite3.DatabaseError`` if the file cannot be read.
    """
    connection = encryption.connect(path, uri=read_only_uri(Path(path)), timeout=5)
    connection.text_factory = bytes
    problems: list[str] = []
    rows = values = 0
    try:
        tables = [str(name, "utf-8") if isinstance(name, bytes) else name for (name,) in
                  connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%' "
                                     # The full-text index (migration 0006) and its
                                     # shadow tables have no declared types to check.
                                     "AND name NOT LIKE 'search_index%'")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            count = connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            rows += count
            columns = connection.execute(f"PRAGMA table_info({quoted})").fetchall()
            for _cid, raw_name, raw_type, notnull, _default, _pk in columns:
                name = raw_name.decode() if isinstance(raw_name, bytes) else raw_name
                declared = raw_type.decode() if isinstance(raw_type, bytes) else raw_type
                column = '"' + name.replace('"', '""') + '"'
                values += count
                allowed = ", ".join(f"'{kind}'" for kind in _expected_types(declared))
                wrong = connection.execute(
                    f"SELECT count(*) FROM {quoted} WHERE {column} IS NOT NULL "
                    f"AND typeof({column}) NOT IN ({allowed})").fetchone()[0]
                if wrong:
                    problems.append(f"{wrong} value(s) in '{table}.{name}' are not of the "
                                    f"column's type ({declared or 'any'}).")
                if notnull:
                    empty = connection.execute(
                        f"SELECT count(*) FROM {quoted} WHERE {column} IS NULL").fetchone()[0]
                    if empty:
                        problems.append(f"{empty} row(s) in '{table}' lack the required "
                                        f"'{name}'.")
                broken = 0
                for (value,) in connection.execute(
                        f"SELECT {column} FROM {quoted} WHERE typeof({column}) = 'text'"):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        broken += 1
                if broken:
                    problems.append(f"{broken} text(s) in '{table}.{name}' are not valid "
                                    "UTF-8: they were damaged on disk.")
    finally:
        connection.close()
    return ValueReport(tables=len(tables), rows=rows, values=values, problems=problems)
