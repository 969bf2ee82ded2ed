"""Turning a data folder's passphrase protection on and off, file by file, in place.

Every database file of the folder — the database, each backup in ``backups/`` and each
set-aside copy ``interviewdesk.sqlite3.<label>-<time>`` — is rewritten with SQLCipher's
``sqlcipher_export`` into a new file beside it (``ATTACH … KEY``), which is fsynced and
then renamed over the old one. A failure or a kill therefore leaves each file either
old or new, never half-written; and because every file is opened by its own header
(:mod:`interviewdesk.store.encryption`), a folder left half-converted still opens, and
running the same command again finishes the job.

The marker is written before the first file is encrypted and removed after the last
one is decrypted, so it is there whenever any file is encrypted.

Call these with the database closed: no engine, and not the app (the CLI refuses
while the app's lock is held).
"""

import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from interviewdesk.store import encryption
from interviewdesk.store.backups import PRIVATE_FILE_MODE, WRITING
from interviewdesk.store.database_files import SIDECARS, database_files
from interviewdesk.store.paths import backups_dir


class ProtectionError(RuntimeError):
    """A file could not be converted; it and every other file are still whole."""


def protect(data_dir: Path, passphrase: str) -> int:
    """Encrypt every database file of ``data_dir`` with ``passphrase``; return how many
    files were converted. A folder already protected must be unlocked with the same
    passphrase (:class:`~interviewdesk.store.encryption.WrongPassphrase` otherwise).
    Waits for a backup being written (``backups.WRITING``), so none is left plain."""
    with WRITING:
        return _protect(data_dir, passphrase)


def _protect(data_dir: Path, passphrase: str) -> int:
    data_dir = Path(data_dir).resolve()
    encryption.check_passphrase(passphrase)
    _remove_leftovers(data_dir)
    if encryption.is_protected(data_dir):
        encryption.unlock(data_dir, passphrase)
    else:
        _write_marker(data_dir)
        encryption.unlock(data_dir, passphrase)
    converted = 0
    for path in database_files(data_dir):
        if encryption.is_plain(path):
            _convert(path, source_key=None, target_key=passphrase)
            converted += 1
    return converted


def unprotect(data_dir: Path, passphrase: str) -> int:
    """Decrypt every database file of ``data_dir``; return how many were converted.
    Raises :class:`~interviewdesk.store.encryption.WrongPassphrase` before touching any
    file if ``passphrase`` does not open the database."""
    with WRITING:
        return _unprotect(data_dir, passphrase)


def _unprotect(data_dir: Path, passphrase: str) -> int:
    data_dir = Path(data_dir).resolve()
    if not encryption.is_protected(data_dir):
        return 0
    encryption.unlock(data_dir, passphrase)
    _remove_leftovers(data_dir)
    converted = 0
    for path in database_files(data_dir):
        if encryption.is_plain(path) is False:
            _convert(path, source_key=passphrase, target_key=None)
            converted += 1
    (data_dir / encryption.MARKER).unlink(missing_ok=True)
    _fsync_folder(data_dir)
    encryption.forget(data_dir)
    return converted


def _remove_leftovers(data_dir: Path) -> None:
    """Delete half-written files of a conversion that was killed: the original each
    was made from is still in place (a half-decrypted one would hold plain text)."""
    for folder in (data_dir, backups_dir(data_dir)):
        if folder.is_dir():
            for path in folder.glob("*.converting"):
                path.unlink(missing_ok=True)


def _convert(path: Path, *, source_key: str | None, target_key: str | None) -> None:
    """Rewrite the database file at ``path`` encrypted with ``target_key`` (``None``:
    plain), reading it with ``source_key``; atomically (write beside, fsync, rename)."""
    staging = path.with_name(path.name + ".converting")
    staging.unlink(missing_ok=True)
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    source = sqlcipher.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None)
    try:
        source.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            source.execute(f"PRAGMA key = {encryption.quote(source_key)}")
        # Fold the WAL into the file first: a WAL left beside the converted file would
        # be replayed into it. Busy means another program has the file open.
        busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise ProtectionError(f"{path.name} is in use by another program; close it first.")
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        key = encryption.quote(target_key or "")
        source.execute(f"ATTACH DATABASE {encryption.quote(str(staging))} AS converted KEY {key}")
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version = {int(user_version)}")
        source.execute("DETACH DATABASE converted")
    except BaseException as error:
        source.close()
        staging.unlink(missing_ok=True)
        if isinstance(error, sqlcipher.Error):
            raise ProtectionError(f"{path.name} could not be converted: {error}.") from error
        raise
    source.close()
    try:
        _check(staging, target_key)
        with open(staging, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(staging, PRIVATE_FILE_MODE)
        os.replace(staging, path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    for suffix in SIDECARS:  # empty after the checkpoint; they belonged to the old file
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _fsync_folder(path.parent)


def _check(path: Path, key: str | None) -> None:
    """Refuse to put a converted file in place unless it opens and passes quick_check."""
    connection = sqlcipher.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            connection.execute(f"PRAGMA key = {encryption.quote(key)}")
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlcipher.Error as error:
        raise ProtectionError(f"The converted {path.name} could not be read: {error}.") from error
    finally:
        connection.close()
    if result != "ok":
        raise ProtectionError(f"The converted {path.name} failed its check; nothing was changed.")


def _write_marker(data_dir: Path) -> None:
    marker = data_dir / encryption.MARKER
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("This InterviewDesk data folder is protected with a passphrase.\n")
        out.flush()
        os.fsync(out.fileno())
    _fsync_folder(data_dir)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
