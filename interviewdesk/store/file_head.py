"""The first bytes of a database file, read without breaking SQLite's locks.

SQLite knows whether another connection has a file open from POSIX advisory locks
(``fcntl``). Those locks belong to the process and the file, not to a descriptor:
closing *any* descriptor of the file releases all of them, also those SQLite holds
through its own descriptors (SQLite's "How To Corrupt An SQLite Database File", 2.2).
A header check with a plain ``open()`` and ``close()`` while the app has the database
open therefore leaves the app's connections unlocked. The next program that opens and
closes the file (a command, a backup tool) believes it is the last user: it folds the
``-wal`` file into the database and deletes it, and every later save of the app goes
into that deleted file and is lost.

So on POSIX systems a database file's head is read through a descriptor that is never
closed: one per file (device and inode) for the life of the process, as SQLite itself
keeps its descriptors. On Windows, whose locks are not released that way and where an
open descriptor would stop the file from being replaced, it is an ordinary read.
"""

import os
import threading
from pathlib import Path

_kept: dict[tuple[int, int], int] = {}
_lock = threading.Lock()


def read_head(path: Path, size: int) -> bytes:
    """Up to ``size`` bytes from the start of the file at ``path`` (fewer if it is
    shorter). Raises :class:`OSError` (``FileNotFoundError`` for a missing file)."""
    if os.name == "nt":
        with open(path, "rb") as file:
            return file.read(size)
    with _lock:
        descriptor = _descriptor(Path(path))
        return os.pread(descriptor, size, 0)


def _descriptor(path: Path) -> int:
    """The kept descriptor of the file now at ``path``, opened once (under the lock)."""
    status = os.stat(path)
    key = (status.st_dev, status.st_ino)
    descriptor = _kept.get(key)
    if descriptor is not None:
        return descriptor
    descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    opened = os.fstat(descriptor)
    # Kept under the inode it really is, even if the file was replaced between the
    # two calls: closing it could release the locks of a connection to that file.
    _kept[(opened.st_dev, opened.st_ino)] = descriptor
    return descriptor
