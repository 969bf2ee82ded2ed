"""The kill test (issue #3 §4): every keystroke in an interview is saved within a
second, so killing the application a second after typing loses nothing.

The application runs as a separate process, started the way a user starts it
(``interviewdesk.app.main`` with ``--open-interview``); ``crash_driver.py`` types into
the interview window inside that process. The test kills it with SIGKILL — no
clean-up, no closing, no flush — one second after the last keystroke, then reads the
database and starts the application again on the same folder.
"""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from interviewdesk import app, cli
from interviewdesk.store import queries
from interviewdesk.store.interview_records import load_session
from interviewdesk.store.startup import open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")

DRIVER = Path(__file__).with_name("crash_driver.py")
# Longest wait for the child to start and type, and for a restart to finish.
START_TIMEOUT_S = 30.0
# The promise under test: typed text is on disk this long after the last key.
SAVED_WITHIN_S = 1.0
STAGE_TEXT = " Kill test: stage note 4711."
ANSWER_TEXT = " Kill test: answer note 0815."


def _environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("INTERVIEWDESK_DATA_DIR", app.QUIT_WHEN_READY_ENV,
                          app.QUIT_WHEN_SHOWN_ENV)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _stderr(path: Path) -> str:
    text = path.read_text(errors="replace") if path.exists() else ""
    return text[-4000:] or "(nothing)"


def _read_lines(stream: object, lines: "queue.Queue[str]") -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line.rstrip("\n"))


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    """A data folder with the example, loaded as ``interviewdesk demo`` does."""
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def _interview_under_way(data_dir: Path) -> int:
    db = open_store(data_dir)
    try:
        interview_id = queries.interview_under_way(db)
    finally:
        db.close()
    assert interview_id is not None, "the example has no interview under way"
    return interview_id


def test_the_interview_window_can_be_opened_from_the_command_line() -> None:
    options = app.parse_arguments(["--data-dir", "/tmp/x", "--open-interview", "7"])
    assert options.open_interview == 7
    assert not app.is_command(["--open-interview", "7"])


def test_typed_notes_survive_a_kill_one_second_later(demo_dir: Path, tmp_path: Path) -> None:
    interview_id = _interview_under_way(demo_dir)
    stderr_path = tmp_path / "child-stderr.txt"
    with stderr_path.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(DRIVER), str(demo_dir), str(interview_id), STAGE_TEXT,
             ANSWER_TEXT],
            stdout=subprocess.PIPE, stderr=stderr, text=True, env=_environment())
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    try:
        target, typed_at = _wait_for_typing(child, lines, stderr_path)
        time.sleep(max(0.0, typed_at + SAVED_WITHIN_S - time.monotonic()))
        assert child.poll() is None, (
            f"the app ended by itself (exit {child.returncode}) before it was killed; "
            f"stderr:\n{_stderr(stderr_path)}")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        reader.join(timeout=10)  # the pipe ends with the process
        child.stdout.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL

    stage, question_id = target
    db = open_store(demo_dir)  # the integrity check runs here; it raises if damaged
    try:
        session = load_session(db, interview_id)
    finally:
        db.close()
    assert STAGE_TEXT in session.stage(stage).notes, (
        f"the stage notes typed a second before the kill were lost: "
        f"{session.stage(stage).notes!r}")
    answer = session.answer(question_id)
    assert ANSWER_TEXT in answer.notes, (
        f"the answer notes typed a second before the kill were lost: {answer.notes!r}")
    assert answer.asked

    _assert_app_restarts(demo_dir, tmp_path)


def _wait_for_typing(child: subprocess.Popen[str], lines: "queue.Queue[str]",
                     stderr_path: Path) -> tuple[tuple[str, int], float]:
    """The stage and question typed into, and when the last key was typed."""
    deadline = time.monotonic() + START_TIMEOUT_S
    target: tuple[str, int] | None = None
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or child.poll() is not None:
            state = (f"it exited with {child.returncode}" if child.poll() is not None
                     else f"nothing typed within {START_TIMEOUT_S:.0f} s")
            raise AssertionError(f"The app did not get to typing: {state}; stderr:\n"
                                 f"{_stderr(stderr_path)}")
        try:
            line = lines.get(timeout=min(left, 0.5))
        except queue.Empty:
            continue
        if line.startswith("TARGET "):
            _word, stage, question = line.split()
            target = (stage, int(question))
        elif line.startswith("TYPED "):
            assert target is not None, "the driver typed without saying where"
            return target, float(line.split()[1])


def _assert_app_restarts(data_dir: Path, tmp_path: Path) -> None:
    """The app starts again on the folder: the killed process's lock is stale."""
    env = _environment()
    env[app.QUIT_WHEN_READY_ENV] = "1"
    try:
        restarted = subprocess.run(
            [sys.executable, "-m", "interviewdesk", "--data-dir", str(data_dir)],
            capture_output=True, text=True, env=env, timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired as late:
        raise AssertionError(
            f"The app did not start again within {START_TIMEOUT_S:.0f} s: the lock of the "
            f"killed process may not have been taken over; stderr:\n{late.stderr}") from None
    assert restarted.returncode == 0, (
        f"The app did not start again after the kill (exit {restarted.returncode}); "
        f"stderr:\n{restarted.stderr}")
