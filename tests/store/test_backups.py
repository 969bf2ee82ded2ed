"""Backups: consistent, private, rotated; restoring one never throws the old file away."""

import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from interviewdesk.store import backups
from interviewdesk.store.backups import (
    BackupError,
    backup_time,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import upgrade


def names(path: Path) -> list[str]:
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in raw.execute("SELECT name FROM interviewer ORDER BY id")]
    finally:
        raw.close()


def add_interviewer(path: Path, name: str) -> None:
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO interviewer (uuid, name, email, job_title) "
                "VALUES (lower(hex(randomblob(16))), ?, '', '')", (name,))
    raw.commit()
    raw.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "interviewdesk.sqlite3"
    upgrade(path)
    add_interviewer(path, "Anna")
    return path


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_private_self_contained_and_named_by_time(
    db_path: Path, backup_dir: Path
) -> None:
    made = make_backup(db_path, backup_dir, reason="start")
    assert made.parent == backup_dir
    assert mode(backup_dir) == 0o700
    assert mode(made) == 0o600
    assert made.name.startswith("interviewdesk-") and made.name.endswith("Z-start.sqlite3")
    made_at = backup_time(made)
    assert made_at is not None and abs((datetime.now(UTC) - made_at).total_seconds()) < 60
    header = made.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file is the backup
    assert sorted(p.name for p in backup_dir.iterdir()) == [made.name]
    assert names(made) == ["Anna"]


def test_a_backup_sees_committed_work_still_in_the_wal(db_path: Path, backup_dir: Path) -> None:
    database = Database(db_path)
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
            connection.exec_driver_sql(
                "INSERT INTO interviewer (uuid, name, email, job_title) "
                "VALUES (lower(hex(randomblob(16))), 'Bram', '', '')"
            )
        assert (db_path.parent / (db_path.name + "-wal")).stat().st_size > 0
        made = make_backup(db_path, backup_dir)
    finally:
        database.close()
    assert names(made) == ["Anna", "Bram"]


def test_rotation_keeps_the_newest(db_path: Path, backup_dir: Path) -> None:
    backup_dir.mkdir(mode=0o700)
    stranger = backup_dir / "my-own-copy.sqlite3"
    stranger.write_bytes(b"mine")
    made = [make_backup(db_path, backup_dir, keep=3, reason=f"r{i}") for i in range(5)]
    assert list_backups(backup_dir) == made[:-4:-1]
    assert stranger.read_bytes() == b"mine"


def test_names_are_unique_and_ordered_within_one_instant(
    db_path: Path, backup_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    instant = datetime(2026, 11, 25, 17, 40, tzinfo=UTC)

    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return instant

    monkeypatch.setattr(backups, "datetime", FrozenClock)
    made = [make_backup(db_path, backup_dir, reason=reason) for reason in ("start", "close", "a")]
    assert len({path.name for path in made}) == 3
    assert made[0].name == "interviewdesk-20261125T174000.000000Z-start.sqlite3"
    assert list_backups(backup_dir) == made[::-1]


def test_a_just_made_backup_survives_a_clock_set_back(
    db_path: Path, backup_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = [make_backup(db_path, backup_dir, keep=2) for _ in range(2)]

    class PastClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return datetime(2001, 1, 1, tzinfo=UTC)

    monkeypatch.setattr(backups, "datetime", PastClock)
    old_looking = make_backup(db_path, backup_dir, keep=2)
    assert set(list_backups(backup_dir)) == {made[1], old_looking}


def test_bad_arguments_and_a_missing_database(tmp_path: Path, db_path: Path) -> None:
    with pytest.raises(ValueError):
        make_backup(db_path, tmp_path / "b", keep=0)
    with pytest.raises(ValueError):
        make_backup(db_path, tmp_path / "b", reason="../escape")
    with pytest.raises(BackupError):
        make_backup(tmp_path / "nothing.sqlite3", tmp_path / "b")
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_newest_good_backup_skips_a_damaged_one(db_path: Path, backup_dir: Path) -> None:
    good = make_backup(db_path, backup_dir)
    damaged = make_backup(db_path, backup_dir)
    damaged.write_bytes(b"\x00" * 4096)
    assert list_backups(backup_dir)[0] == damaged
    assert newest_good_backup(backup_dir) == good
    assert newest_good_backup(backup_dir.parent / "no-such-folder") is None


CRASH_WITH_WAL = """
import os, sqlite3, sys
raw = sqlite3.connect(sys.argv[1])
raw.execute("PRAGMA journal_mode=WAL")
raw.execute("PRAGMA wal_autocheckpoint=0")
raw.execute("INSERT INTO interviewer (uuid, name, email, job_title) "
            "VALUES (lower(hex(randomblob(16))), 'Wally', '', '')")
raw.commit()
os._exit(0)  # a crash: the WAL is never folded into the file
"""


def test_restore_puts_the_backup_back_and_keeps_the_old_file_aside(
    db_path: Path, backup_dir: Path
) -> None:
    made = make_backup(db_path, backup_dir)
    add_interviewer(db_path, "Bram")
    subprocess.run([sys.executable, "-c", CRASH_WITH_WAL, str(db_path)], check=True)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0

    aside = restore_backup(made, db_path)

    assert names(db_path) == ["Anna"]  # the old WAL was not replayed into the restored file
    assert mode(db_path) == 0o600
    assert aside is not None and aside.name.startswith("interviewdesk.sqlite3.damaged-")
    assert not wal.exists()
    assert aside.with_name(aside.name + "-wal").stat().st_size > 0
    assert names(aside) == ["Anna", "Bram", "Wally"]  # nothing of the old file was lost
    assert made.exists()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    db_path: Path, backup_dir: Path
) -> None:
    made = make_backup(db_path, backup_dir)
    made.write_bytes(b"not a database at all" * 10)
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(made, db_path)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == [db_path.name]


def test_restore_when_the_database_file_is_gone(db_path: Path, backup_dir: Path) -> None:
    made = make_backup(db_path, backup_dir)
    db_path.unlink()
    assert restore_backup(made, db_path) is None
    assert names(db_path) == ["Anna"]
