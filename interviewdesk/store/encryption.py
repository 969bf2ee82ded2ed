"""Passphrase protection of a data folder: every SQLite connection is opened here.

A data folder is *protected* when it holds the marker file :data:`MARKER`. The marker
says only that; it holds no key and nothing derived from the passphrase. Each database
file (the database itself, every backup, every set-aside copy) is then opened by what
its first 16 bytes say:

* ``SQLite format 3\\0`` — a plain file, opened with the standard ``sqlite3`` module;
* anything else, in a protected folder — a SQLCipher file, opened with ``sqlcipher3``
  and the folder's passphrase (``PRAGMA cipher_log_level = NONE`` first, so a wrong
  passphrase never prints SQLCipher's own messages on stderr, then ``PRAGMA key``);
* anything else, in a folder without the marker — a damaged file, opened plainly so
  that the usual "damaged" messages appear.

Why a marker and not the header alone: an encrypted file starts with 16 random bytes,
which cannot be told apart from a damaged file. With the marker, a damaged database in
an unprotected folder is still reported as damaged, not as "asks for a passphrase".
And because each file is judged by its own header, a conversion interrupted half-way
(some files encrypted, some not) still opens: :mod:`interviewdesk.store.protection`
writes the marker before the first file is encrypted and removes it after the last
file is decrypted.

The passphrase is kept in memory only, per data folder (:func:`unlock`), for as long
as the process runs; it is never written to disk or logged.
"""

import sqlite3
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from interviewdesk.store.database_files import database_files
from interviewdesk.store.file_head import read_head

MARKER = "interviewdesk.protected"
PLAIN_HEADER = b"SQLite format 3\x00"
DATABASE_NAME = "interviewdesk.sqlite3"
#: Catch these where ``sqlite3.Error`` was caught: a SQLCipher connection raises its own.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
#: :data:`ERRORS` and ``OSError``: a database file that cannot be read or written.
FILE_ERRORS: tuple[type[Exception], ...] = (*ERRORS, OSError)

_keys: dict[Path, str] = {}


class PassphraseError(Exception):
    """The data folder is protected and the passphrase is missing or wrong."""


#: What opening a database file may raise: :data:`FILE_ERRORS`, or a locked folder.
UNOPENABLE: tuple[type[Exception], ...] = (*FILE_ERRORS, PassphraseError)


class WrongPassphrase(PassphraseError):
    """The passphrase given does not open the protected data folder."""

    def __init__(self) -> None:
        super().__init__("The passphrase is not correct; the data folder stays locked.")


class PassphraseNeeded(PassphraseError):
    """A protected data folder was opened before its passphrase was given."""

    def __init__(self) -> None:
        super().__init__(
            "This data folder is protected with a passphrase; give it on the terminal or "
            "in INTERVIEWDESK_PASSPHRASE."
        )


def is_protected(folder: Path) -> bool:
    """Whether the data folder at ``folder`` is protected with a passphrase."""
    return (Path(folder) / MARKER).is_file()


def data_folder_of(path: Path) -> Path | None:
    """The protected data folder that the database file at ``path`` belongs to (its
    own folder, or the one above for ``backups/``), or ``None`` if it is not in one."""
    path = Path(path).resolve()
    for folder in (path.parent, path.parent.parent):
        if is_protected(folder):
            return folder
    return None


def is_plain(path: Path) -> bool | None:
    """``True`` for a plain SQLite file, ``False`` for one that is not (encrypted or
    damaged), ``None`` for a missing or empty file (SQLite will write the header)."""
    try:
        head = read_head(path, len(PLAIN_HEADER))  # never close()s the file (see there)
    except FileNotFoundError:
        return None
    if not head:
        return None
    return head == PLAIN_HEADER


def is_encrypted(path: Path) -> bool:
    """Whether connections to ``path`` go through SQLCipher (see the module docstring):
    a non-plain file, or a new or empty one, in a protected data folder."""
    if data_folder_of(path) is None:
        return False
    return not is_plain(path)


def unlock(folder: Path, passphrase: str) -> None:
    """Remember ``passphrase`` for the protected data folder ``folder`` after checking
    that it opens the folder's database. Raises :class:`WrongPassphrase` otherwise."""
    folder = Path(folder).resolve()
    check_passphrase(passphrase)
    database = folder / DATABASE_NAME
    if is_plain(database) is False:
        if not _opens(database, passphrase):
            raise WrongPassphrase()
    else:
        # The database is plain or new (a conversion interrupted early): check against
        # the encrypted copies, so that a second passphrase never mixes in.
        encrypted = [path for path in database_files(folder) if is_plain(path) is False]
        if encrypted and not any(_opens(path, passphrase) for path in encrypted):
            raise WrongPassphrase()
    _keys[folder] = passphrase


def _opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` reads the encrypted file at ``path``."""
    connection = _open_encrypted(f"{path.as_uri()}?mode=ro", passphrase, uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def forget(folder: Path) -> None:
    """Drop the remembered passphrase of ``folder`` (after unprotecting, or in tests)."""
    _keys.pop(Path(folder).resolve(), None)


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase SQLite cannot take (empty, or with a NUL character)."""
    if not passphrase:
        raise PassphraseError("The passphrase is empty.")
    if "\0" in passphrase:
        raise PassphraseError("The passphrase contains a NUL character.")


def connect(
    path: Path,
    *,
    mode: str | None = None,
    uri: str | None = None,
    encrypted: bool | None = None,
    **kwargs: Any,
) -> Any:
    """A DB-API connection to the SQLite file at ``path``: ``sqlite3`` or ``sqlcipher3``.

    ``mode`` is SQLite's URI mode (``ro``, ``rw``, ``rwc``) or ``None`` for a plain
    path; ``uri`` a complete ``file:`` URI of ``path`` instead (e.g. with
    ``immutable=1``). ``encrypted`` overrides the decision by header, for a new file that must
    match another (a backup of a plain database in a protected folder stays plain).
    Raises :class:`PassphraseNeeded` if the file is encrypted and no passphrase was
    given for its folder. Catch :data:`ERRORS`, not ``sqlite3.Error`` alone.
    """
    path = Path(path)
    target: str = f"{path.resolve().as_uri()}?mode={mode}" if mode else str(path)
    if uri is not None:
        target = uri
    kwargs["uri"] = uri is not None or bool(mode)
    if encrypted is None:
        encrypted = is_encrypted(path)
    if not encrypted:
        return sqlite3.connect(target, **kwargs)
    return _open_encrypted(target, passphrase_for(path), **kwargs)


def passphrase_for(path: Path) -> str:
    """The passphrase given for the protected folder of ``path``."""
    folder = data_folder_of(path)
    passphrase = _keys.get(folder) if folder is not None else None
    if passphrase is None:
        raise PassphraseNeeded()
    return passphrase


def dbapi_for(path: Path) -> Any:
    """The DB-API module SQLAlchemy must use for ``path`` (for its error classes)."""
    return sqlcipher if is_encrypted(path) else sqlite3


def _open_encrypted(target: str, passphrase: str, **kwargs: Any) -> Any:
    connection = sqlcipher.connect(target, **kwargs)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {quote(passphrase)}")
    except BaseException:
        connection.close()
        raise
    return connection


def quote(text: str) -> str:
    """``text`` as an SQL string literal (for PRAGMA and ATTACH … KEY, which take no
    bound parameters)."""
    return "'" + text.replace("'", "''") + "'"
