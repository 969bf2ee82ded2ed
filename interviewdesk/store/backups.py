"""Rotating copies of the database, and putting one back.

Copies are made with SQLite's online backup API, which gives a consistent snapshot
even while the app has the file open in WAL mode (a plain file copy could catch it
half-written). Each copy is one self-contained file (journal mode DELETE, no -wal
beside it), readable by its owner only, named so that sorting by name sorts by time::

    backups/interviewdesk-20261125T174000.123456Z-start.sqlite3

Nothing here ever deletes a database that might be the user's only copy: pruning
touches only files in the backups folder that carry this naming pattern, and
:func:`restore_backup` sets the file it replaces aside instead of removing it.
"""

import logging
import os
import re
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from interviewdesk.store import encryption
from interviewdesk.store.database_files import (
    BACKUP_NAME,
    SIDECARS,
    list_backups,
)
from interviewdesk.store.integrity import check_integrity
from interviewdesk.store.paths import ensure_private_dir

log = logging.getLogger(__name__)

PREFIX = "interviewdesk-"
SUFFIX = ".sqlite3"
PRIVATE_FILE_MODE = 0o600
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_REASON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Pruning never leaves fewer than this many backups that this version can open.
KEEP_OPENABLE = 3
#: Held while a backup is written, and by whatever must not run beside one (converting
#: the folder's files for a passphrase): the window makes its start backup on a worker
#: thread (``app.StartBackup``).
WRITING = threading.RLock()


class BackupError(RuntimeError):
    """A backup could not be made or restored; the database itself was not changed."""


def make_backup(db_path: Path, backup_dir: Path, *, keep: int = 10, reason: str = "start") -> Path:
    """Copy the database at ``db_path`` into ``backup_dir``; keep the newest ``keep`` copies.

    ``reason`` (lowercase letters, digits and dashes, e.g. ``start``, ``close``,
    ``before-upgrade``) goes into the name so the user can tell copies apart.
    Raises :class:`BackupError` if the copy fails; no half-written copy is left.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1: a backup that is pruned at once is no backup")
    if not _REASON.match(reason):
        raise ValueError(f"reason must be lowercase letters, digits and dashes, not {reason!r}")
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"There is no database at {db_path} to back up.")
    with WRITING:
        ensure_private_dir(Path(backup_dir))
        target = _create_private_target(Path(backup_dir), reason)
        try:
            _copy_with_backup_api(db_path, target)
            os.chmod(target, PRIVATE_FILE_MODE)
        except encryption.FILE_ERRORS as error:
            _remove_quietly(target)
            raise BackupError(f"The backup could not be made: {error}") from error
        pruned = _prune(Path(backup_dir), keep=keep, spare=target)
    log.info("Backup made: %s (%d older removed)", target.name, pruned)
    return target


def backup_time(path: Path) -> datetime | None:
    """When the backup at ``path`` was made (from its name), or ``None`` if not a backup."""
    match = BACKUP_NAME.match(Path(path).name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes the integrity check, or ``None``."""
    for path in list_backups(backup_dir):
        if path.stat().st_size > 0 and check_integrity(path).ok:
            return path
    return None


def restore_backup(backup_path: Path, db_path: Path) -> Path | None:
    """Put the backup at ``backup_path`` in place of the database at ``db_path``.

    The current file and its ``-wal``/``-shm`` are moved aside to
    ``<name>.damaged-<time>`` (and ``…-wal``, ``…-shm``) in the same folder, never
    deleted: it may still hold the only copy of recent work. Moving the ``-wal``
    aside matters too: left in place, SQLite would replay it into the restored file.
    Returns the set-aside file, or ``None`` if there was no database file.

    Call this with the database closed (no engine on it). Raises
    :class:`BackupError`, without touching the database, if the backup is itself
    damaged or cannot be copied.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    report = check_integrity(backup_path)
    if not backup_path.is_file() or backup_path.stat().st_size == 0 or not report.ok:
        raise BackupError(
            f"The backup {backup_path.name} is missing or damaged; nothing was changed."
        )
    staging = db_path.with_name(f"{db_path.name}.restoring")
    try:
        _remove_quietly(staging)
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as out, backup_path.open("rb") as source:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(staging, PRIVATE_FILE_MODE)
    except OSError as error:
        _remove_quietly(staging)
        raise BackupError(f"The backup could not be copied: {error}") from error
    try:
        aside = set_aside(db_path)
        os.replace(staging, db_path)
    except OSError as error:
        raise BackupError(
            f"The backup could not be put in place: {error}. A complete copy of it is at "
            f"{staging}; the previous database file was not deleted."
        ) from error
    log.info("Backup restored: %s", backup_path.name)
    return aside


def set_aside(db_path: Path, label: str = "damaged") -> Path | None:
    """Move the database at ``db_path`` and its sidecar files out of the way, keeping them.

    The new names are ``<name>.<label>-<time>`` plus the same ``-wal``/``-shm``
    suffixes, so SQLite still pairs the set-aside file with its own WAL if someone
    opens it later. Returns the new path of the database file, or ``None`` if there
    was none.
    """
    db_path = Path(db_path)
    stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
    aside = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    moved = None
    if db_path.exists():
        os.replace(db_path, aside)
        moved = aside
    for suffix in SIDECARS:
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, aside.with_name(aside.name + suffix))
    if moved is not None:
        log.warning("Database file set aside as %s", aside.name)
    return moved


def _create_private_target(backup_dir: Path, reason: str) -> Path:
    """A new, empty 0600 file whose time stamp no other backup has.

    Two backups within the same microsecond (a coarse clock) get stamps one
    microsecond apart instead of a counter, so the name alone still gives the order.
    """
    moment = datetime.now(UTC)
    taken = {match.group(1) for match in map(BACKUP_NAME.match, os.listdir(backup_dir)) if match}
    for _attempt in range(1000):
        stamp = moment.strftime(_STAMP_FORMAT)
        if stamp not in taken:
            target = backup_dir / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            except FileExistsError:
                pass
            else:
                os.close(fd)
                return target
        moment += timedelta(microseconds=1)
    raise BackupError("Could not find a free name for the backup file.")  # pragma: no cover


def _copy_with_backup_api(db_path: Path, target: Path) -> None:
    """Snapshot ``db_path`` into ``target`` and make the copy one self-contained file."""
    # mode=rw never creates a missing file; unlike mode=ro it lets the last connection
    # to close tidy the -wal/-shm files away.
    source = encryption.connect(db_path, mode="rw", timeout=5)
    try:
        # A protected folder's copy is encrypted with the same key, like its source.
        destination = encryption.connect(target, encrypted=encryption.is_encrypted(db_path))
        try:
            source.backup(destination)
            # The copy inherits WAL mode from the header; a backup should be one file.
            destination.execute("PRAGMA journal_mode=DELETE")
            destination.commit()
        finally:
            destination.close()
    finally:
        source.close()


def _prune(backup_dir: Path, *, keep: int, spare: Path) -> int:
    """Delete all but the newest ``keep`` backups; never ``spare`` (the one just made),
    even if a clock set back makes it sort as the oldest, and never the newest
    backups this build can open (see :func:`_choose_doomed`)."""
    others = [path for path in list_backups(backup_dir) if path != spare]
    doomed = _choose_doomed(spare, others, keep) if len(others) >= keep else []
    for path in doomed:
        _remove_quietly(path)
        for suffix in SIDECARS:
            _remove_quietly(path.with_name(path.name + suffix))
    return len(doomed)


def _choose_doomed(spare: Path, others: list[Path], keep: int) -> list[Path]:
    """Of ``others`` (newest first), those to delete so that ``keep`` backups stay —
    among them always the newest backups this build can open, :data:`KEEP_OPENABLE`
    of them (at most ``keep``), even if that keeps one or two more than ``keep``.

    Without this, a file this build cannot use — made by a newer version, or damaged —
    backed up again and again would push every usable backup out of the rotation.
    """
    from interviewdesk.store.migrate import can_open

    wanted = min(KEEP_OPENABLE, keep) - (1 if can_open(spare) else 0)
    openable = [path for path in others if can_open(path)][: max(wanted, 0)]
    rest = [path for path in others if path not in openable]
    keepers = set(openable) | set(rest[: max(keep - 1 - len(openable), 0)])
    return [path for path in others if path not in keepers]


def _remove_quietly(path: Path) -> None:
    path.unlink(missing_ok=True)
