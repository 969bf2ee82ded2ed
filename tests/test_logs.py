"""The log file: private, rotating, set up once."""

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk import logs
from interviewdesk.store import paths


@pytest.fixture(autouse=True)
def detach_log_file() -> Iterator[None]:
    yield
    logs.stop_logging()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def our_handlers() -> list[logs.PrivateRotatingFileHandler]:
    return [
        h for h in logging.getLogger().handlers if isinstance(h, logs.PrivateRotatingFileHandler)
    ]


def test_the_log_file_is_private_and_written(data_dir: Path) -> None:
    path = logs.configure_logging(data_dir)
    assert path == paths.logs_dir(data_dir) / "interviewdesk.log"
    logging.getLogger("interviewdesk.store.test").info("backup made: %s", "x.sqlite3")
    for handler in our_handlers():
        handler.flush()
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert line.endswith("INFO    interviewdesk.store.test: backup made: x.sqlite3")
    assert line[:20].endswith("Z") and line[10] == "T"


def test_configuring_twice_adds_no_second_handler(data_dir: Path, tmp_path: Path) -> None:
    logs.configure_logging(data_dir)
    logs.configure_logging(data_dir)
    assert len(our_handlers()) == 1
    elsewhere = logs.configure_logging(tmp_path / "other")
    assert [h.baseFilename for h in our_handlers()] == [str(elsewhere)]


def test_rotation_is_set_up_and_rotated_files_stay_private(data_dir: Path) -> None:
    path = logs.configure_logging(data_dir)
    (handler,) = our_handlers()
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    logging.getLogger("interviewdesk").warning("before rotation")
    handler.doRollover()
    logging.getLogger("interviewdesk").warning("after rotation")
    handler.flush()
    rotated = path.with_name("interviewdesk.log.1")
    assert "before rotation" in rotated.read_text(encoding="utf-8")
    assert "after rotation" in path.read_text(encoding="utf-8")
    assert mode(rotated) == 0o600
    assert mode(path) == 0o600


def test_a_hard_crash_leaves_its_stack_in_the_log_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import ctypes, sys\n"
        "from pathlib import Path\n"
        "from interviewdesk.logs import record_fatal_errors\n"
        "record_fatal_errors(Path(sys.argv[1]))\n"
        "ctypes.string_at(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          timeout=60)
    assert done.returncode != 0
    crash = tmp_path / "logs" / "crash.log"
    assert "Fatal Python error" in crash.read_text(encoding="utf-8")
    assert crash.stat().st_mode & 0o777 == 0o600
