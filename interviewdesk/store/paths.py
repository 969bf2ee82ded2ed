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

import os
from pathlib import Path

import platformdirs

APP_NAME = "InterviewDesk"
DATA_DIR_ENV = "INTERVIEWDESK_DATA_DIR"

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
