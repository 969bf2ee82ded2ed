"""Passphrase protection: every file encrypted, and everything still works on it."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from interviewdesk import cli
from interviewdesk.example import texts as example_texts
from interviewdesk.store import encryption, migrate
from interviewdesk.store.backups import list_backups, make_backup, restore_backup
from interviewdesk.store.erasure import erase_candidate
from interviewdesk.store.models import Candidate
from interviewdesk.store.paths import backups_dir, database_path
from interviewdesk.store.protection import ProtectionError, database_files, protect, unprotect
from interviewdesk.store.startup import close_store, open_store, store_status

PASSPHRASE = "paarse olifant 'op' de \"fiets\""
NAMES = [candidate.name for candidate in example_texts.CANDIDATES]


@pytest.fixture(autouse=True)
def no_remembered_keys() -> Iterator[None]:
    yield
    encryption._keys.clear()


def traces(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for each needle in any file under ``folder``, UTF-8 or UTF-16."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            content = path.read_bytes()
            found += [(str(path.relative_to(folder)), needle) for needle in needles
                      if needle.encode("utf-8") in content
                      or needle.encode("utf-16-le") in content]
    return found


@pytest.fixture
def example_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    make_backup(database_path(data_dir), backups_dir(data_dir), reason="manual")
    aside = data_dir / "interviewdesk.sqlite3.damaged-20261101T000000.000000Z"
    aside.write_bytes(database_path(data_dir).read_bytes())
    return data_dir


def names_in(data_dir: Path) -> list[str]:
    db = open_store(data_dir)
    try:
        with db.session() as session:
            return sorted(session.exec(select(Candidate.name)).all())
    finally:
        close_store(db, data_dir)


def test_after_protecting_no_file_holds_a_candidate_name(example_dir: Path) -> None:
    assert traces(example_dir, NAMES), "the test must first find the names"
    files = database_files(example_dir)
    assert len(files) >= 4  # database, close + manual backup, set-aside copy

    assert protect(example_dir, PASSPHRASE) == len(files)

    assert traces(example_dir, NAMES) == []
    for path in files:
        assert encryption.is_plain(path) is False
        assert (path.stat().st_mode & 0o777) == 0o600
    assert not list(example_dir.glob("*.converting"))
    # Opened, used and closed again: the WAL and the new backups are encrypted too.
    assert names_in(example_dir) == sorted(NAMES)
    db = open_store(example_dir)
    try:
        with db.session() as session:
            session.add(Candidate(name="Zoë Geheimhouder", email="zoe@example.nl"))
        wal = database_path(example_dir).with_name("interviewdesk.sqlite3-wal")
        assert wal.stat().st_size > 0
        assert traces(example_dir, ["Zoë Geheimhouder", *NAMES]) == []
    finally:
        close_store(db, example_dir)
    assert traces(example_dir, ["Zoë Geheimhouder", *NAMES]) == []
    assert all(encryption.is_plain(path) is False for path in database_files(example_dir))


def test_check_backup_and_restore_work_encrypted(example_dir: Path) -> None:
    protect(example_dir, PASSPHRASE)
    status = store_status(example_dir)
    assert status.integrity.ok and status.up_to_date
    assert status.values is not None and not status.values.problems
    assert status.values.rows > 0

    backup = make_backup(database_path(example_dir), backups_dir(example_dir), reason="manual")
    assert encryption.is_plain(backup) is False
    db = open_store(example_dir)
    with db.session() as session:
        session.add(Candidate(name="Later Toegevoegd", email="later@example.nl"))
    close_store(db, example_dir)
    assert "Later Toegevoegd" in names_in(example_dir)

    restore_backup(backup, database_path(example_dir))
    assert names_in(example_dir) == sorted(NAMES)


def test_a_new_folder_protected_before_its_database_starts_encrypted(data_dir: Path) -> None:
    assert protect(data_dir, PASSPHRASE) == 0
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 2  # no passphrase given
    encryption.unlock(data_dir, PASSPHRASE)
    names_in(data_dir)
    assert encryption.is_plain(database_path(data_dir)) is False


def test_erasure_works_encrypted(example_dir: Path) -> None:
    protect(example_dir, PASSPHRASE)
    db = open_store(example_dir)
    danielle = example_texts.CANDIDATES[2].name
    with db.session() as session:
        target = int(session.exec(select(Candidate.id).where(Candidate.name == danielle)).one())
    result = erase_candidate(db, example_dir, target, reason="request", erased_by="Inge")
    close_store(db, example_dir)
    assert result.backups_rewritten >= 3  # the backups and the set-aside copy
    assert danielle not in names_in(example_dir)
    for copy in [*list_backups(backups_dir(example_dir)),
                 example_dir / "interviewdesk.sqlite3.damaged-20261101T000000.000000Z"]:
        assert encryption.is_plain(copy) is False
        connection = encryption.connect(copy, mode="ro")
        try:
            names = [name for (name,) in connection.execute("SELECT name FROM candidate")]
        finally:
            connection.close()
        assert danielle not in names
    assert traces(example_dir, NAMES) == []


def test_migrations_run_on_a_protected_database(data_dir: Path) -> None:
    migrate.upgrade(database_path(data_dir), "0001")
    protect(data_dir, PASSPHRASE)
    db = open_store(data_dir)
    try:
        assert migrate.current_revision(db.engine) == migrate.HEAD_REVISION
    finally:
        close_store(db, data_dir)
    [before_upgrade] = [path for path in list_backups(backups_dir(data_dir))
                        if path.name.endswith("-before-upgrade.sqlite3")]
    assert encryption.is_plain(before_upgrade) is False
    assert migrate.file_revision(before_upgrade) == "0001"


def test_a_wrong_passphrase_is_one_sentence_and_opens_nothing(
        example_dir: Path, capfd: pytest.CaptureFixture[str]) -> None:
    protect(example_dir, PASSPHRASE)
    encryption.forget(example_dir)
    before = {path: path.read_bytes() for path in database_files(example_dir)}
    capfd.readouterr()
    with pytest.raises(encryption.WrongPassphrase,
                       match=r"^The passphrase is not correct; the data folder stays locked\.$"):
        encryption.unlock(example_dir, "olifant")
    with pytest.raises(encryption.WrongPassphrase):
        unprotect(example_dir, "olifant")
    with pytest.raises(encryption.PassphraseNeeded):
        open_store(example_dir)
    assert capfd.readouterr() == ("", "")  # SQLCipher's own log stays silent
    assert {path: path.read_bytes() for path in database_files(example_dir)} == before


def test_unprotect_gives_back_plain_files_with_all_data(example_dir: Path) -> None:
    protect(example_dir, PASSPHRASE)
    db = open_store(example_dir)
    with db.session() as session:
        session.add(Candidate(name="Tijdens Versleuteld", email="tv@example.nl"))
    close_store(db, example_dir)
    encryption.forget(example_dir)

    assert unprotect(example_dir, PASSPHRASE) == len(database_files(example_dir))

    assert not encryption.is_protected(example_dir)
    for path in database_files(example_dir):
        assert encryption.is_plain(path) is True
    connection = sqlite3.connect(database_path(example_dir))
    try:
        names = sorted(name for (name,) in connection.execute("SELECT name FROM candidate"))
    finally:
        connection.close()
    assert names == sorted([*NAMES, "Tijdens Versleuteld"])
    assert store_status(example_dir).integrity.ok


def test_a_conversion_that_fails_half_way_loses_nothing_and_can_be_finished(
        example_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store import protection

    real_check = protection._check
    calls = {"n": 0}

    def fail_on_the_third(path: Path, key: str | None) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise ProtectionError("simulated: the disk went away")
        real_check(path, key)

    monkeypatch.setattr(protection, "_check", fail_on_the_third)
    with pytest.raises(ProtectionError):
        protect(example_dir, PASSPHRASE)
    kinds = [encryption.is_plain(path) for path in database_files(example_dir)]
    assert kinds.count(False) == 2 and kinds.count(True) >= 2  # half done, all whole
    assert not list(example_dir.rglob("*.converting"))
    assert names_in(example_dir) == sorted(NAMES)  # a half-converted folder still opens

    monkeypatch.setattr(protection, "_check", real_check)
    encryption.forget(example_dir)
    with pytest.raises(encryption.WrongPassphrase):  # no second key mixed in
        protect(example_dir, "een andere wachtwoordzin")
    protect(example_dir, PASSPHRASE)
    assert all(encryption.is_plain(path) is False for path in database_files(example_dir))
    assert traces(example_dir, NAMES) == []


def test_a_half_written_file_of_a_killed_conversion_is_removed(example_dir: Path) -> None:
    leftover = backups_dir(example_dir) / "interviewdesk-x.sqlite3.converting"
    leftover.write_bytes(NAMES[0].encode())
    protect(example_dir, PASSPHRASE)
    assert not leftover.exists() and traces(example_dir, NAMES) == []


def test_a_damaged_file_in_an_unprotected_folder_is_still_damaged(data_dir: Path) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"\x8f" * 4096)
    assert not encryption.is_encrypted(path)
    report = store_status(data_dir).integrity
    assert not report.ok and "not a database" in report.problems[0]


def test_unusable_passphrases_are_refused(data_dir: Path) -> None:
    for bad in ("", "met\0nul"):
        with pytest.raises(encryption.PassphraseError):
            protect(data_dir, bad)
    assert not encryption.is_protected(data_dir)
