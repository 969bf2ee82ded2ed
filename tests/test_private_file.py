"""A document the app writes is private from the first byte, and all-or-nothing."""

import os
import stat
import sys
from pathlib import Path

import pytest

from interviewdesk.private_file import write_private


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_written_private_and_replacing_the_old_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    assert write_private(target, b"new") == target
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left


def test_a_failure_leaves_the_earlier_file_and_no_temporary(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OSError):
        write_private(tmp_path / "gone" / "report.pdf", b"new")  # folder does not exist
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(OSError):
        write_private(tmp_path / "folder.pdf", b"new")  # a folder in the way
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.pdf", "report.pdf"]
