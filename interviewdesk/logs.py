"""The app's log file: ``<data folder>/logs/interviewdesk.log``, 1 MB × 5 rotations.

The log is for finding faults after the fact, on a laptop without network access,
so it lives next to the data and rotates by itself. It is private (folder 0700,
files 0600, the rotated ones too) because a traceback can quote a value.

What the app logs, by rule: ids, counts, file names it made itself, revisions,
timings. Never a candidate's name, contact details, CV text or interview notes.
Times are UTC, like the backup names, so the two can be matched.
"""

import logging
import os
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

LOG_FILE = "interviewdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_LOGS_DIR = "logs"  # interviewdesk.store.paths.LOGS_DIR; not imported, to keep this light


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose every file, new or rotated in, is mode 0600."""

    def _open(self) -> TextIO:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send log records to the log file in ``data_dir``; returns the file's path.

    Calling it again for the same folder changes nothing; for another folder it
    moves the log there (tests and ``--data-dir`` switch folders).
    """
    folder = Path(data_dir) / _LOGS_DIR
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in _our_handlers():
        if handler.baseFilename == os.path.abspath(path):
            return path
        root.removeHandler(handler)
        handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    formatter = logging.Formatter(FORMAT, DATE_FORMAT)
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    root.addHandler(handler)
    # Our own records from INFO up; other libraries keep the root's level (WARNING).
    logging.getLogger("interviewdesk").setLevel(level)
    return path


def stop_logging() -> None:
    """Detach and close the log file (at exit, and between tests)."""
    root = logging.getLogger()
    for handler in _our_handlers():
        root.removeHandler(handler)
        handler.close()


def _our_handlers() -> list[PrivateRotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)]


CRASH_FILE = "crash.log"


def record_fatal_errors(data_dir: Path) -> Path:
    """Have Python write the stack of a hard crash (a segfault in Qt, an abort) to
    ``logs/crash.log`` in ``data_dir``, which the exception hook cannot catch.

    The file stays open for the life of the process, as faulthandler requires; it holds
    only code locations, never data.
    """
    import faulthandler

    folder = Path(data_dir) / _LOGS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / CRASH_FILE
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    handle = os.fdopen(descriptor, "a", encoding="utf-8")
    _crash_files.append(handle)
    faulthandler.enable(file=handle, all_threads=True)
    return path


_crash_files: list[object] = []

