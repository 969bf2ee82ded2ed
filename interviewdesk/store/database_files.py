"""Which files of a data folder are databases: the database itself, each backup in
``backups/`` and each copy set aside beside it (``interviewdesk.sqlite3.<label>-<time>``).

Read by backups (which copies to list and prune), by passphrase protection (which files
to convert) and by unlocking (which encrypted files the passphrase must open). It sits
below all three and imports only :mod:`.paths`, so that none of them needs another
just for the list.
"""

import re
from pathlib import Path

from interviewdesk.store.paths import backups_dir, database_path

#: A backup's name: when it was made (UTC, sortable) and why.
BACKUP_NAME = re.compile(r"^interviewdesk-(\d{8}T\d{6}\.\d{6}Z)-([a-z0-9-]+)\.sqlite3$")
#: SQLite's files beside a database while it is open; not databases of their own.
SIDECARS = ("-wal", "-shm", "-journal")


def list_backups(backup_dir: Path) -> list[Path]:
    """The backups in ``backup_dir``, newest first; other files there are ignored."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = BACKUP_NAME.match(path.name)
        if match and path.is_file():
            found.append((match.group(1), path))
    return [path for _stamp, path in sorted(found, reverse=True)]


def database_files(data_dir: Path) -> list[Path]:
    """Every database file of the data folder that holds candidate data."""
    data_dir = Path(data_dir)
    db_path = database_path(data_dir)
    found = [db_path] if db_path.is_file() else []
    found += list_backups(backups_dir(data_dir))
    for path in sorted(data_dir.glob(db_path.name + ".*")):
        if path.is_file() and not path.name.endswith((*SIDECARS, ".converting")):
            found.append(path)
    return found
