"""Opening and closing the store: the order of steps that keeps data from being lost.

:func:`open_store`, in this order:

1. Check the existing file (read-only). A damaged file raises
   :class:`DatabaseDamaged`; nothing is written, and above all no new, empty
   database is made in its place. The UI offers the newest good backup.
2. A missing or empty file while backups exist raises :class:`DatabaseMissing`
   (a :class:`DatabaseDamaged`): a vanished database must not silently become an
   empty one. ``start_empty=True`` is the user's explicit "start afresh".
3. If the schema is older than this build, back up first (``before-upgrade``), then
   migrate (:mod:`interviewdesk.store.migrate`).
4. Back up (``start``), unless the database is brand new (nothing to keep yet), or
   the file has not been written since the newest backup was made (after a clean
   close it has not): an identical copy would only push an older, different one out
   of the rotation of ``keep_backups``.

The window's start-up asks for less, so that the data shows sooner
(docs/architecture.md, start-up): ``quick=True`` runs SQLite's ``quick_check``
rather than the full ``integrity_check`` (the full one runs in the background once the
data is shown, :class:`~interviewdesk.store.integrity.FullCheck`, and is
``interviewdesk check``),
and ``start_backup=False`` leaves step 4 to :func:`make_start_backup`, which the
window runs on a worker thread once the data is shown (its lock on the data folder
keeps every other copy of the app away meanwhile). A database already at this
build's schema is recognised by reading its version with the ``sqlite3`` module, so
neither Alembic nor SQLAlchemy's schema inspection is needed then.

:func:`close_store` closes the engine first, so SQLite folds the WAL into the file,
then makes the ``close`` backup of exactly that file, again only if it changed.

A team server (``database_url``, README "Team mode") is opened by :func:`open_server`
instead: no file to check and no backup to make (the server's administrator backs it
up), and its schema is brought up to date by ``interviewdesk team init``, never by an
interviewer's laptop, whose login may not change it.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from interviewdesk.store import encryption
from interviewdesk.store.backups import (
    backup_time,
    list_backups,
    make_backup,
    newest_good_backup,
)
from interviewdesk.store.database import Database, ServerUnavailable
from interviewdesk.store.integrity import (
    IntegrityReport,
    ValueReport,
    check_integrity,
    check_values,
    read_only_uri,
)
from interviewdesk.store.migrate import (
    HEAD_REVISION,
    VERSION_TABLE,
    MigrationError,
    current_revision,
    head_revision,
    known_revisions,
    upgrade,
)
from interviewdesk.store.paths import backups_dir, database_path, ensure_private_dir

log = logging.getLogger(__name__)

DEFAULT_KEEP_BACKUPS = 10


class DatabaseDamaged(Exception):
    """The database file failed its check at start-up and was left exactly as it was.

    ``problems`` are plain sentences for the dialog's details; ``newest_good_backup``
    is the backup to offer (``None`` if there is no usable one).
    """

    def __init__(self, path: Path, problems: list[str], newest_good_backup: Path | None) -> None:
        self.path = Path(path)
        self.problems = list(problems)
        self.newest_good_backup = newest_good_backup
        super().__init__(self._message())

    def _message(self) -> str:
        lines = [
            f"The database file {self.path} is damaged. InterviewDesk has not opened it, "
            "has not changed it, and has not replaced it."
        ]
        lines += self.problems[:3]
        lines.append(_backup_sentence(self.newest_good_backup))
        return "\n".join(lines)


class DatabaseMissing(DatabaseDamaged):
    """The database file is missing or empty although backups exist: it was probably
    moved, deleted or emptied by accident, so no new database was started."""

    def _message(self) -> str:
        return "\n".join(
            [
                f"The database file {self.path} is missing or empty, but there are backups "
                "of it. InterviewDesk has not started a new, empty database.",
                _backup_sentence(self.newest_good_backup),
            ]
        )


@dataclass(frozen=True)
class StoreStatus:
    """What ``interviewdesk check`` reports; gathering it changes nothing."""

    path: Path
    exists: bool
    integrity: IntegrityReport
    current_revision: str | None
    head_revision: str
    up_to_date: bool
    backups: int
    #: Row sanity (:func:`~interviewdesk.store.integrity.check_values`), when the file
    #: passed the integrity check; ``None`` when it was not run.
    values: ValueReport | None = None


class ServerProblem(Exception):
    """The team server could not be opened; the message is one sentence for the user,
    with no password in it."""


def open_store(
    data_dir: Path, *, keep_backups: int = DEFAULT_KEEP_BACKUPS, start_empty: bool = False,
    quick: bool = False, start_backup: bool = True,
    database_url: str | None = None, checked: bool = False,
) -> Database:
    """Check, migrate and back up the database in ``data_dir``, and open it — or, with
    ``database_url``, open that team server (:func:`open_server`) instead.

    ``quick`` checks with ``PRAGMA quick_check`` instead of the full integrity check;
    ``start_backup=False`` makes no ``start`` backup: the caller then calls
    :func:`make_start_backup` (the window does, after showing the data); ``checked``
    skips step 1 because the caller has just run the quick check on this very file
    and it passed (the window's first look, :mod:`~interviewdesk.store.first_look`;
    the lock on the data folder keeps anyone else from writing meanwhile). Raises
    :class:`DatabaseDamaged` (or :class:`DatabaseMissing`) as described in the module
    docstring, and :class:`~interviewdesk.store.migrate.MigrationError` if the schema
    cannot be brought up to date; the file is unchanged in each case.
    """
    if database_url:
        return open_server(database_url, data_dir=Path(data_dir))
    data_dir = ensure_private_dir(Path(data_dir))
    path = database_path(data_dir)
    backup_dir = backups_dir(data_dir)

    report = IntegrityReport(ok=True) if checked else check_integrity(path, quick=quick)
    if not report.ok:
        log.error("Database failed its integrity check (%d problem(s))", len(report.problems))
        raise DatabaseDamaged(path, report.problems, newest_good_backup(backup_dir))
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not start_empty and list_backups(backup_dir):
        log.error("Database file missing or empty while backups exist")
        raise DatabaseMissing(path, [], newest_good_backup(backup_dir))

    current = not is_new and _at_head(path)
    database = Database(path)
    try:
        if not current:
            if not is_new and _worth_upgrade_backup(database, path, backup_dir):
                make_backup(path, backup_dir, keep=keep_backups, reason="before-upgrade")
            upgrade(database.engine)
        if start_backup and not is_new:
            make_start_backup(data_dir, keep_backups)
        prepare_models()
    except BaseException:
        database.close()
        raise
    log.info("Database opened (new: %s)", is_new)
    return database


def prepare_models() -> None:
    """Configure the models' mappers (their relationships and columns) as part of
    opening the store, rather than inside whichever query comes first: ≈0.1 s once per
    process, which the home view's first build would otherwise wait for. A no-op once
    done."""
    from sqlalchemy.orm import configure_mappers

    import interviewdesk.store.models  # noqa: F401 - the mappers to configure

    configure_mappers()


def make_start_backup(data_dir: Path, keep_backups: int = DEFAULT_KEEP_BACKUPS) -> Path | None:
    """The ``start`` backup of the database in ``data_dir`` (step 4); ``None`` when the
    file has not changed since the newest backup. Safe on a worker thread while the app
    uses the database: the copy goes through SQLite's backup API on a connection of its
    own. Raises :class:`~interviewdesk.store.backups.BackupError` if the copy fails."""
    path = database_path(Path(data_dir))
    if not _changed_since_last_backup(path, backups_dir(Path(data_dir))):
        return None
    return make_backup(path, backups_dir(Path(data_dir)), keep=keep_backups, reason="start")


def open_server(url: str, *, migrate: bool = False, data_dir: Path | None = None) -> Database:
    """Open the team server at ``url`` (``postgresql://…``).

    Its schema must be this build's: ``migrate=True`` (``team init``, run by the
    server's owner) brings it up to date; otherwise an older or newer schema raises
    :class:`~interviewdesk.store.migrate.MigrationError` saying who must act. A server
    that cannot be reached, or refuses the login, raises :class:`ServerProblem`.
    """
    try:
        database = Database.on_server(url, data_dir)
    except (ServerUnavailable, ValueError) as error:
        raise ServerProblem(str(error)) from error
    except SQLAlchemyError as error:
        raise ServerProblem(f"The team server URL could not be read: {error}.") from error
    try:
        if migrate:
            upgrade(database.engine)
        else:
            revision = current_revision(database.engine)
            if revision != HEAD_REVISION:
                raise MigrationError(_server_schema_problem(revision))
        prepare_models()
    except SQLAlchemyError as error:
        database.close()
        label = database.engine.url.render_as_string(hide_password=True).replace(
            "postgresql+psycopg://", "postgresql://")
        raise ServerProblem(server_error_sentence(label, error)) from error
    except BaseException:
        database.close()
        raise
    log.info("Team server opened")
    return database


def _server_schema_problem(revision: str | None) -> str:
    if revision is None:
        return ("The team server has no InterviewDesk tables yet: its administrator runs "
                "'interviewdesk team init --database-url …' once.")
    if revision in known_revisions():
        return (f"The team server's schema is at version {revision}, older than this version "
                "of InterviewDesk: its administrator runs 'interviewdesk team init "
                "--database-url …' with this version to bring it up to date.")
    return (f"The team server's schema is at version {revision}, which this version of "
            "InterviewDesk does not know: install the version the server was set up with.")


def server_error_sentence(label: str | None, error: BaseException) -> str:
    """One sentence for a team server that failed or refused (PostgreSQL's first line;
    ``label`` names the server when it could not be used at all)."""
    original = getattr(error, "orig", None) or error
    first = (str(original).strip().splitlines() or [type(original).__name__])[0]
    if label is None:
        return f"The team server refused or failed: {first}"
    return f"The team server {label} could not be used: {first}"


def close_store(
    database: Database, data_dir: Path, keep_backups: int = DEFAULT_KEEP_BACKUPS
) -> Path | None:
    """Close ``database`` and back it up (``close``); returns the backup holding its state.

    The engine is closed first so that SQLite folds the WAL into the file and the
    backup is a copy of exactly that file. If nothing was written since the newest
    backup, that backup is returned and no identical copy is added. Raises
    :class:`~interviewdesk.store.backups.BackupError` (after closing) if the copy fails.
    A team server is only let go of (``None``): its backups are its administrator's.
    """
    if not database.is_sqlite:
        database.close()
        return None
    _optimize(database.engine)
    database.close()
    backup_dir = backups_dir(Path(data_dir))
    if not _changed_since_last_backup(database.path, backup_dir):
        log.info("Database unchanged since the newest backup; no close backup needed")
        return list_backups(backup_dir)[0]
    return make_backup(database.path, backup_dir, keep=keep_backups, reason="close")


def store_status(data_dir: Path) -> StoreStatus:
    """The database's state for ``interviewdesk check``.

    Creates nothing and writes nothing (opening a WAL database read-only may leave
    empty ``-wal``/``-shm`` files beside it, which SQLite needs to read it).
    """
    path = database_path(Path(data_dir))
    exists = path.is_file()
    report = check_integrity(path)
    revision = _read_revision(path) if exists and report.ok else None
    head = head_revision()
    values = None
    if exists and report.ok and path.stat().st_size > 0:
        try:
            values = check_values(path)
        except encryption.DATABASE_ERRORS as error:
            values = ValueReport(0, 0, 0, [f"The rows could not be read: {error}."])
    return StoreStatus(
        path=path,
        exists=exists,
        integrity=report,
        current_revision=revision,
        head_revision=head,
        up_to_date=exists and revision == head,
        backups=len(list_backups(backups_dir(Path(data_dir)))),
        values=values,
    )


def _backup_sentence(backup: Path | None) -> str:
    if backup is None:
        return "No usable backup was found."
    made = backup_time(backup)
    when = made.astimezone().strftime("%Y-%m-%d %H:%M") if made else backup.name
    return f"The newest usable backup is from {when} ({backup.name})."


def _at_head(path: Path) -> bool:
    """Whether the file at ``path`` is at this build's schema, read with the ``sqlite3``
    module (through :mod:`~interviewdesk.store.encryption`); ``False`` when it cannot be
    read that way, and the careful path through Alembic decides."""
    try:
        connection = encryption.connect(Path(path), mode="ro")
    except encryption.UNOPENABLE:
        return False
    try:  # exactly one row, this build's: anything else takes the careful path
        rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except encryption.UNOPENABLE:  # no version table yet, or not readable
        return False
    finally:
        connection.close()
    return [tuple(row) for row in rows] == [(HEAD_REVISION,)]


def _worth_upgrade_backup(database: Database, path: Path, backup_dir: Path) -> bool:
    """Whether to back up before upgrading: not for a schema this build does not know
    (the upgrade refuses it and changes nothing), and not again when the newest backup
    is the before-upgrade copy of this very file (an upgrade that failed and left it
    unchanged): repeated attempts must not fill the rotation with copies of it."""
    if current_revision(database.engine) not in known_revisions():
        log.warning("Database at a schema revision this version does not know")
        return False
    backups = list_backups(backup_dir)
    if backups and backups[0].name.endswith("-before-upgrade.sqlite3") and (
            not _changed_since_last_backup(path, backup_dir)):
        log.info("Unchanged since its before-upgrade backup; no second copy made")
        return False
    return True


def _changed_since_last_backup(path: Path, backup_dir: Path) -> bool:
    """False only when the newest backup was made after the file's last write and no
    WAL content is waiting, so the backup already holds exactly what the file does.

    Strictly "after": on a file system with coarse time stamps a write and a backup
    in the same tick count as changed, which errs towards one backup too many.
    """
    backups = list_backups(backup_dir)
    if not backups:
        return True
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    return path.stat().st_mtime_ns >= backups[0].stat().st_mtime_ns


def _optimize(engine: Engine) -> None:
    """Let SQLite refresh its planner statistics, as its docs advise before closing."""
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
    except SQLAlchemyError:
        log.warning("PRAGMA optimize failed at close", exc_info=True)


def _read_revision(path: Path) -> str | None:
    """The schema revision of the file at ``path``, read through a read-only connection."""
    engine = create_engine(
        "sqlite://",
        module=encryption.dbapi_for(path),
        creator=lambda: encryption.connect(path, uri=read_only_uri(path)),
        poolclass=NullPool,
    )
    try:
        return current_revision(engine)
    except (SQLAlchemyError, MigrationError):
        return None
    finally:
        engine.dispose()
