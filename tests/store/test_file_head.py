"""Checking the database file's head while the app has it open must not release
SQLite's locks: otherwise the next program that opens and closes the file deletes the
app's WAL, and every later save goes into a deleted file and is lost."""

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from interviewdesk.store import encryption
from interviewdesk.store.file_head import read_head
from interviewdesk.store.integrity import SQLITE_HEADER, check_integrity

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX locks only")


def another_program_opens_and_closes(path: Path) -> None:
    """What any command does (``interviewdesk search``, a backup tool)."""
    subprocess.run([sys.executable, "-c",
                    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('SELECT count(*) FROM note').fetchone(); c.close()", str(path)],
                   check=True, timeout=60)


def rows_seen_by_another_program(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c",
                           "import sqlite3, sys; print(sqlite3.connect(sys.argv[1])"
                           ".execute('SELECT count(*) FROM note').fetchone()[0])", str(path)],
                          check=True, timeout=60, capture_output=True, text=True)
    return int(done.stdout)


@pytest.fixture
def app_connection(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    path = tmp_path / "interviewdesk.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE note (text TEXT)")
    connection.execute("INSERT INTO note VALUES ('voor')")
    yield path, connection
    connection.close()


@pytest.mark.parametrize("peek", [
    lambda path: check_integrity(path, quick=True),
    encryption.is_plain,
    lambda path: read_head(path, 16),
], ids=["integrity check", "is it plain", "read the head"])
def test_a_save_after_a_header_check_is_not_lost(
        app_connection: tuple[Path, sqlite3.Connection],
        peek: Callable[[Path], object]) -> None:
    path, connection = app_connection
    peek(path)
    peek(path)  # the second read reuses the kept descriptor
    another_program_opens_and_closes(path)
    assert path.with_name(path.name + "-wal").exists()  # the app's WAL is still there
    connection.execute("INSERT INTO note VALUES ('na')")
    assert rows_seen_by_another_program(path) == 2


def test_the_head_is_read(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    assert read_head(path, len(SQLITE_HEADER)) == SQLITE_HEADER
    short = tmp_path / "short"
    short.write_bytes(b"abc")
    assert read_head(short, 16) == b"abc"
    with pytest.raises(FileNotFoundError):
        read_head(tmp_path / "missing", 16)


def test_a_replaced_file_is_read_anew(tmp_path: Path) -> None:
    path = tmp_path / "db"
    path.write_bytes(b"first version")
    assert read_head(path, 5) == b"first"
    staging = tmp_path / "staging"
    staging.write_bytes(b"second")
    os.replace(staging, path)
    assert read_head(path, 6) == b"second"
