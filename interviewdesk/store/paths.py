"""Where InterviewDesk keeps its files, and what they are called.

Everything lives in one data folder, so that a portable install, a test, or a second
profile only has to point at another folder (``--data-dir`` or the
``INTERVIEWDESK_DATA_DIR`` environment variable) to be fully separate::

    <data folder>/
        interviewdesk.sqlite3     the database (0600)
        interviewdesk.lock        refuses a second running copy
        settings.ini              the user's settings
        backups/                  rotating copies of the database (0700, files 0600)
        logs/                     interviewdesk.log and its rotations (0700, files 0600)
"""

import errno
import os
from pathlib import Path

import platformdirs

APP_NAME = "InterviewDesk"
DATA_DIR_ENV = "INTERVIEWDESK_DATA_DIR"
#: Team mode: the PostgreSQL server to use instead of the data folder's database.
DATABASE_URL_ENV = "INTERVIEWDESK_DATABASE_URL"
#: Where Settings → "Team server" keeps the URL in ``settings.ini`` (section, key).
DATABASE_URL_SETTING = ("team", "database_url")

#: Equal to ``database.DATABASE_NAME`` (a test holds them together); not imported from
#: there because that module imports SQLModel (≈0.35 s), and the app resolves its
#: folder, lock and settings before it needs the database.
DATABASE_FILE = "interviewdesk.sqlite3"
BACKUPS_DIR = "backups"
LOGS_DIR = "logs"
LOCK_FILE = "interviewdesk.lock"
SETTINGS_FILE = "settings.ini"

PRIVATE_DIR_MODE = 0o700


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, created (mode 0700) if it does not exist yet.

    Precedence: ``explicit`` (the ``--data-dir`` option), then the
    ``INTERVIEWDESK_DATA_DIR`` environment variable, then the platform's per-user
    data folder. An existing folder keeps its mode: the user may have chosen it on
    purpose (a USB stick, a shared drive), and the files inside are private anyway.
    """
    if explicit is not None and str(explicit):
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder = chosen.expanduser().resolve()
    ensure_private_dir(folder)
    return folder


def resolve_database_url(explicit: str | None, data_dir: Path | None) -> str | None:
    """The team server to use instead of the data folder's database, or ``None`` for
    the local SQLite file (the default).

    Precedence: ``explicit`` (the ``--database-url`` option), then
    ``$INTERVIEWDESK_DATABASE_URL``, then Settings → "Team server" in ``data_dir``'s
    ``settings.ini``. A password is never kept there: libpq reads it from
    ``~/.pgpass`` or a service file, else the system keyring or the person is asked
    (``store/server_passwords.py``).
    """
    for given in (explicit, os.environ.get(DATABASE_URL_ENV)):
        if given is not None and given.strip():
            return given.strip()
    if data_dir is None:
        return None
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(settings_path(data_dir), encoding="utf-8")
        value = parser.get(*DATABASE_URL_SETTING, fallback="").strip().strip('"')
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    return value or None


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only, if it does not exist yet."""
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask; candidate data must not be.
        os.chmod(folder, PRIVATE_DIR_MODE)
    return folder


def database_path(data_dir: Path) -> Path:
    """The database file inside ``data_dir``."""
    return data_dir / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    """The folder of rotating database backups inside ``data_dir``."""
    return data_dir / BACKUPS_DIR


def logs_dir(data_dir: Path) -> Path:
    """The folder of log files inside ``data_dir``."""
    return data_dir / LOGS_DIR


def lock_path(data_dir: Path) -> Path:
    """The lock file that keeps a second copy of the app off ``data_dir``."""
    return data_dir / LOCK_FILE


def settings_path(data_dir: Path) -> Path:
    """The settings file inside ``data_dir``."""
    return data_dir / SETTINGS_FILE


#: Why a data folder cannot be used, by the error the system gave.
FOLDER_PROBLEMS = {
    errno.EROFS: "read_only",
    errno.ENOENT: "vanished",
    errno.ENOTDIR: "vanished",
    errno.ENODEV: "vanished",
    errno.EIO: "vanished",
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
}


def folder_problem_of(error: OSError) -> str:
    """``read_only``, ``vanished``, ``disk_full`` or ``permission``: what ``error``
    means for a data folder (``permission`` when the system says nothing clearer)."""
    return FOLDER_PROBLEMS.get(error.errno or 0, "permission")


def writable_folder_problem(folder: Path) -> tuple[str, OSError] | None:
    """Whether the app can work in ``folder``: ``None`` if it can, else what is wrong
    (see :func:`folder_problem_of`) and the system's error.

    Writes and removes a small probe file, so a full disk is noticed too (creating an
    empty file often still works on one). For start-up, not for ``check``.
    """
    probe = Path(folder) / f".interviewdesk-probe-{os.getpid()}"
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, b"\0" * 4096)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
            probe.unlink(missing_ok=True)
    except OSError as error:
        return folder_problem_of(error), error
    return None


def folder_is_read_only(folder: Path) -> bool:
    """Whether ``folder`` cannot be written (a read-only disk or share, or no write
    permission), found out without writing anything (for ``check``)."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return not os.access(folder, os.W_OK)
