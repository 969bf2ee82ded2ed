"""The start-up check: every way a file can be bad becomes a sentence, never an exception."""

import sqlite3
from pathlib import Path

import pytest

from interviewdesk.store.integrity import FullCheck, check_integrity
from interviewdesk.store.migrate import upgrade


@pytest.fixture
def real_database(tmp_path: Path) -> Path:
    """A migrated database with enough rows to span many pages, closed."""
    path = tmp_path / "db.sqlite3"
    upgrade(path)
    raw = sqlite3.connect(path)
    raw.executemany(
        "INSERT INTO interviewer (uuid, name, email, job_title) "
        "VALUES (lower(hex(randomblob(16))), ?, '', ?)",
        [(f"Interviewer {i}", "x" * 2000) for i in range(200)],
    )
    raw.commit()
    raw.close()
    return path


def test_missing_and_empty_files_are_fine(tmp_path: Path) -> None:
    assert check_integrity(tmp_path / "missing.sqlite3").ok
    (tmp_path / "empty.sqlite3").touch()
    assert check_integrity(tmp_path / "empty.sqlite3").ok
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_whole_database_is_fine_and_unchanged(real_database: Path) -> None:
    before = real_database.read_bytes()
    report = check_integrity(real_database)
    assert report.ok and report.problems == []
    assert real_database.read_bytes() == before


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(bytes(range(256)) * 64)
    report = check_integrity(path)
    assert not report.ok
    assert "not a database" in report.problems[0]


def test_overwritten_header(real_database: Path) -> None:
    data = bytearray(real_database.read_bytes())
    data[:100] = b"\x00" * 100
    real_database.write_bytes(bytes(data))
    report = check_integrity(real_database)
    assert not report.ok and "not a database" in report.problems[0]


@pytest.mark.parametrize("fraction", [0.02, 0.5, 0.97])
def test_a_file_cut_short_mid_page(real_database: Path, fraction: float) -> None:
    data = real_database.read_bytes()
    real_database.write_bytes(data[: int(len(data) * fraction) + 123])
    report = check_integrity(real_database)
    assert not report.ok
    assert "damaged" in report.problems[0]


def test_garbage_in_a_page_is_found(real_database: Path) -> None:
    data = bytearray(real_database.read_bytes())
    data[4096 * 20 : 4096 * 20 + 300] = b"\xa5" * 300
    real_database.write_bytes(bytes(data))
    report = check_integrity(real_database)
    assert not report.ok
    assert report.problems[0].startswith("The database file is damaged")


def test_a_silently_changed_row_is_found_with_details(real_database: Path) -> None:
    """A table row that no longer matches its index: only the full check sees it."""
    data = bytearray(real_database.read_bytes())
    at = data.find(b"Interviewer 150x")
    data[at + len("Interviewer ") : at + len("Interviewer 150")] = b"999"
    real_database.write_bytes(bytes(data))
    assert check_integrity(real_database, quick=True).ok
    report = check_integrity(real_database)
    assert report.problems == [
        "The database file is damaged: SQLite's check found 1 problem(s).",
        "Detail: row 151 missing from index ix_interviewer_name",
    ]


def test_rows_pointing_at_missing_rows(real_database: Path) -> None:
    raw = sqlite3.connect(real_database)
    raw.execute(
        "INSERT INTO panelmember (uuid, interview_id, interviewer_id, role, position) "
        "VALUES ('dangling', 41, 1, 'chair', 0)"
    )
    raw.commit()
    raw.close()
    report = check_integrity(real_database)
    assert not report.ok
    assert report.problems == [
        "1 row(s) in table 'panelmember' refer to a 'interview' that no longer exists."
    ]


def test_an_unreadable_file(real_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("interviewdesk.store.integrity.read_head", refuse)
    report = check_integrity(real_database)
    assert not report.ok and "no permission" in report.problems[0]


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    (tmp_path / "db.sqlite3").mkdir()
    report = check_integrity(tmp_path / "db.sqlite3")
    assert not report.ok and "cannot be read" in report.problems[0]


def damage_an_index(path: Path) -> None:
    """Make an index disagree with its table (as a torn write of an index page can):
    the quick check at start does not compare them, the full check does."""
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE probe (a INTEGER, b INTEGER)")
    raw.execute("CREATE INDEX probe_a ON probe (a)")
    raw.executemany("INSERT INTO probe VALUES (?, ?)", [(n, -n) for n in range(50)])
    raw.commit()
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX probe_a ON probe (b)' "
                "WHERE name = 'probe_a'")
    raw.commit()
    raw.close()


def test_the_full_check_finds_an_index_the_quick_check_misses(real_database: Path) -> None:
    damage_an_index(real_database)
    before = real_database.read_bytes()

    assert check_integrity(real_database, quick=True).ok  # why the full one must run too
    report = FullCheck(real_database).run()

    assert report is not None and not report.ok
    assert any("probe_a" in problem for problem in report.problems)
    assert real_database.read_bytes() == before


def test_the_full_check_of_a_whole_file_is_fine(real_database: Path) -> None:
    report = FullCheck(real_database).run()
    assert report is not None and report.ok


def test_a_cancelled_full_check_reports_nothing(real_database: Path) -> None:
    damage_an_index(real_database)
    check = FullCheck(real_database)
    check.cancel()  # e.g. the app closed before the worker thread got to it
    assert check.run() is None  # not a false "damaged": the interruption is no finding


def test_a_full_check_cancelled_while_it_runs_reports_nothing(real_database: Path) -> None:
    import threading

    check = FullCheck(real_database)
    connected = threading.Event()
    release = threading.Event()
    original = check._connected

    def connected_then_wait(connection: sqlite3.Connection) -> None:
        original(connection)
        connected.set()
        release.wait(10)  # the check is "running" until cancelled

    check._connected = connected_then_wait  # type: ignore[method-assign]
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(check.run()))
    worker.start()
    assert connected.wait(10)
    check.cancel()
    release.set()
    worker.join(10)

    assert not worker.is_alive()
    assert outcome == [None]
