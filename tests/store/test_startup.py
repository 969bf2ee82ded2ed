"""The start-up and close sequence: check, refuse, back up, migrate, open; never lose data."""

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.store.backups import list_backups, make_backup
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, MigrationError, current_revision
from interviewdesk.store.paths import backups_dir, database_path
from interviewdesk.store.startup import (
    DatabaseDamaged,
    DatabaseMissing,
    close_store,
    make_start_backup,
    open_store,
    store_status,
)

DatabaseAt = Callable[[Path, str], Database]
FillEveryTable = Callable[[Database], dict[str, dict[str, Any]]]


def add_interviewer(database: Database, name: str) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO interviewer (uuid, name, email, job_title) "
            "VALUES (lower(hex(randomblob(16))), ?, '', '')", (name,)
        )


def interviewer_names(path: Path) -> list[str]:
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in raw.execute("SELECT name FROM interviewer ORDER BY id")]
    finally:
        raw.close()


def reasons(data_dir: Path) -> list[str]:
    """The reasons of the backups, oldest first."""
    return [
        path.name.split("Z-", 1)[1].removesuffix(".sqlite3")
        for path in reversed(list_backups(backups_dir(data_dir)))
    ]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_first_start_creates_a_private_current_database_and_no_backup(data_dir: Path) -> None:
    database = open_store(data_dir)
    try:
        assert database.path == database_path(data_dir)
        assert current_revision(database.engine) == HEAD_REVISION
        add_interviewer(database, "Anna")
    finally:
        made = close_store(database, data_dir)
    assert stat.S_IMODE(database.path.stat().st_mode) == 0o600
    assert reasons(data_dir) == ["close"]
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert interviewer_names(made) == ["Anna"]


def test_no_identical_copies_push_older_backups_out(data_dir: Path) -> None:
    close_store(open_store(data_dir), data_dir)
    for _ in range(3):  # start and close without changing anything
        close_store(open_store(data_dir), data_dir)
    assert reasons(data_dir) == ["close"]

    database = open_store(data_dir)
    add_interviewer(database, "Anna")
    close_store(database, data_dir)
    assert reasons(data_dir) == ["close", "close"]


def test_a_start_after_an_unclean_end_is_backed_up(data_dir: Path) -> None:
    close_store(open_store(data_dir), data_dir)
    database = open_store(data_dir)
    add_interviewer(database, "Anna")
    database.close()  # the app ended without close_store (a crash, a kill)

    close_store(open_store(data_dir), data_dir)

    assert reasons(data_dir) == ["close", "start"]
    assert interviewer_names(list_backups(backups_dir(data_dir))[0]) == ["Anna"]


def test_the_window_makes_the_start_backup_later_of_the_same_changes(data_dir: Path) -> None:
    close_store(open_store(data_dir), data_dir)
    database = open_store(data_dir)
    add_interviewer(database, "Anna")
    database.close()  # an unclean end: the next start owes a backup

    database = open_store(data_dir, quick=True, start_backup=False)
    try:
        assert reasons(data_dir) == ["close"]  # none yet: the data shows first
        made = make_start_backup(data_dir)
        assert made is not None and reasons(data_dir) == ["close", "start"]
        assert interviewer_names(made) == ["Anna"]
        assert make_start_backup(data_dir) is None  # nothing changed since
    finally:
        close_store(database, data_dir)
    assert reasons(data_dir) == ["close", "start"]


def test_a_current_schema_is_opened_without_alembic(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store import startup

    close_store(open_store(data_dir), data_dir)
    monkeypatch.setattr(startup, "upgrade", lambda *_a, **_k: pytest.fail("not needed"))
    close_store(open_store(data_dir, quick=True), data_dir)


def test_two_recorded_versions_still_take_the_careful_path(data_dir: Path) -> None:
    close_store(open_store(data_dir), data_dir)
    raw = sqlite3.connect(database_path(data_dir))
    with raw:
        raw.execute("INSERT INTO alembic_version VALUES ('0001')")
    raw.close()
    with pytest.raises(MigrationError):
        open_store(data_dir, quick=True)


def test_rotation_follows_keep_backups(data_dir: Path) -> None:
    for index in range(4):
        database = open_store(data_dir, keep_backups=2)
        add_interviewer(database, f"Person {index}")
        close_store(database, data_dir, keep_backups=2)
    assert len(list_backups(backups_dir(data_dir))) == 2


def damage_header(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(os.urandom(100))


def cut_mid_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 777])


@pytest.mark.parametrize("quick", [False, True], ids=["full check", "quick check"])
@pytest.mark.parametrize("damage", [damage_header, cut_mid_page])
def test_a_damaged_database_is_refused_untouched_and_a_backup_offered(
    data_dir: Path, damage: Callable[[Path], None], quick: bool
) -> None:
    database = open_store(data_dir)
    for index in range(100):
        add_interviewer(database, f"Person {index} " + "x" * 500)
    good = close_store(database, data_dir)
    path = database_path(data_dir)
    damage(path)
    before = snapshot(data_dir)
    backups_before = list_backups(backups_dir(data_dir))

    with pytest.raises(DatabaseDamaged) as caught:
        open_store(data_dir, quick=quick)

    assert not isinstance(caught.value, DatabaseMissing)
    assert caught.value.path == path
    assert caught.value.problems
    assert caught.value.newest_good_backup == good
    assert str(path) in str(caught.value) and good.name in str(caught.value)
    after = snapshot(data_dir)
    # The read-only check may leave an empty WAL and SQLite's shared-memory index.
    assert not after.pop(path.name + "-wal", b"")
    after.pop(path.name + "-shm", None)
    assert after == before  # the damaged file is exactly as it was, not an empty new one
    assert list_backups(backups_dir(data_dir)) == backups_before


def test_a_vanished_database_is_not_silently_replaced(data_dir: Path) -> None:
    database = open_store(data_dir)
    add_interviewer(database, "Anna")
    made = close_store(database, data_dir)
    database_path(data_dir).unlink()

    with pytest.raises(DatabaseMissing) as caught:
        open_store(data_dir)
    assert caught.value.newest_good_backup == made
    assert not database_path(data_dir).exists()

    database_path(data_dir).touch()  # emptied, e.g. by a full disk
    with pytest.raises(DatabaseMissing):
        open_store(data_dir)

    database = open_store(data_dir, start_empty=True)  # the user's explicit choice
    try:
        assert current_revision(database.engine) == HEAD_REVISION
    finally:
        database.close()


def test_an_old_schema_is_backed_up_before_it_is_migrated(
    data_dir: Path, database_at: DatabaseAt, fill_every_table: FillEveryTable
) -> None:
    old = database_at(database_path(data_dir), "0001")
    fill_every_table(old)
    old.close()

    database = open_store(data_dir)
    try:
        assert current_revision(database.engine) == HEAD_REVISION
    finally:
        database.close()

    assert reasons(data_dir) == ["before-upgrade", "start"]
    before_upgrade = list_backups(backups_dir(data_dir))[-1]
    raw = sqlite3.connect(before_upgrade)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT count(*) FROM answer").fetchone() == (1,)
    finally:
        raw.close()


def test_a_failed_migration_leaves_the_store_closed_and_the_file_as_it_was(
    data_dir: Path,
) -> None:
    path = database_path(data_dir)
    database = open_store(data_dir)
    database.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.commit()
    raw.close()

    with pytest.raises(MigrationError, match="newer version"):
        open_store(data_dir)
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)
    finally:
        raw.close()


def test_status_of_a_missing_database_creates_nothing(data_dir: Path) -> None:
    status = store_status(data_dir)
    assert status.exists is False
    assert status.integrity.ok
    assert status.current_revision is None
    assert status.head_revision == HEAD_REVISION
    assert status.up_to_date is False
    assert status.backups == 0
    assert list(data_dir.iterdir()) == []


def test_status_of_a_current_database_changes_nothing(data_dir: Path) -> None:
    database = open_store(data_dir)
    add_interviewer(database, "Anna")
    close_store(database, data_dir)
    make_backup(database_path(data_dir), backups_dir(data_dir), reason="manual")
    before = database_path(data_dir).read_bytes()

    status = store_status(data_dir)

    assert status.exists and status.integrity.ok
    assert status.current_revision == HEAD_REVISION and status.up_to_date
    assert status.backups == 2
    assert database_path(data_dir).read_bytes() == before


def test_status_of_a_damaged_database(data_dir: Path) -> None:
    close_store(open_store(data_dir), data_dir)
    damage_header(database_path(data_dir))
    status = store_status(data_dir)
    assert status.exists and not status.integrity.ok
    assert status.current_revision is None and not status.up_to_date


def _set_revision(path: Path, revision: str) -> None:
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    raw.commit()
    raw.close()


def test_repeated_starts_on_a_future_schema_keep_every_usable_backup(data_dir: Path) -> None:
    for index in range(3):  # three usable backups, of three different states
        database = open_store(data_dir, keep_backups=3)
        add_interviewer(database, f"Person {index}")
        close_store(database, data_dir, keep_backups=3)
    usable = list_backups(backups_dir(data_dir))
    assert len(usable) == 3
    _set_revision(database_path(data_dir), "9999")  # as if a newer version wrote it

    for _ in range(11):
        with pytest.raises(MigrationError, match="newer version"):
            open_store(data_dir, keep_backups=3)

    assert list_backups(backups_dir(data_dir)) == usable  # no copies of the unusable file


def test_pruning_never_drops_the_last_backups_this_version_can_open(data_dir: Path) -> None:
    folder = backups_dir(data_dir)
    for index in range(3):
        database = open_store(data_dir, keep_backups=3)
        add_interviewer(database, f"Person {index}")
        close_store(database, data_dir, keep_backups=3)
    usable = set(list_backups(folder))
    _set_revision(database_path(data_dir), "9999")
    for _ in range(6):  # copies of an unusable file, made by hand
        make_backup(database_path(data_dir), folder, keep=3, reason="manual")
    kept = list_backups(folder)
    assert usable <= set(kept)  # all three usable ones survive
    assert len(kept) == 4  # and only the newest copy of the unusable file


def test_a_failed_upgrade_is_backed_up_once(
    data_dir: Path, database_at: DatabaseAt, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = database_at(database_path(data_dir), "0001")
    old.close()

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise MigrationError("The database could not be migrated: test")

    monkeypatch.setattr("interviewdesk.store.startup.upgrade", fail)
    for _ in range(4):
        with pytest.raises(MigrationError):
            open_store(data_dir)
    assert reasons(data_dir) == ["before-upgrade"]
