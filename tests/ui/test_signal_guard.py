"""The guard against PySide6 6.12's lost references on ``Signal.emit()``: after it,
an interview's worth of emits cannot bring the interpreter down."""

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

from interviewdesk.ui.signal_guard import RESERVE, emit_drops_references, protect_booleans


class Typist(QObject):
    typed = Signal(str)


def test_many_emits_after_the_guard(qapp: Any) -> None:
    protected = protect_booleans()
    assert protect_booleans() is protected  # checked once per process
    typist = Typist()
    received: list[str] = []
    typist.typed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(5000):  # far more than True's own references without the guard
        typist.typed.emit("x")
    assert len(received) == 5000
    assert sys.getrefcount(True) > 1000
    if protected:
        assert before > RESERVE // 2
        assert emit_drops_references()  # the defect is real here: the guard is needed



def test_the_app_survives_many_emits_from_start(tmp_path: Any) -> None:
    """In a fresh process (no test set-up), the app's own start protects the booleans and
    ``None`` against the emits and calls of a long interview."""
    import os
    import subprocess

    script = (
        "from PySide6.QtCore import QObject, Signal\n"
        "from interviewdesk.app import create_qapplication\n"
        "class T(QObject):\n"
        "    typed = Signal(str)\n"
        "app = create_qapplication([])\n"
        "t = T(); t.typed.connect(lambda text: None)\n"
        "for _ in range(20000):\n"
        "    t.typed.emit('x')\n"
        "    t.setObjectName('typist')\n"
        "print('survived')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "survived"


def test_the_log_says_which_case_applies(monkeypatch: Any) -> None:
    from interviewdesk.ui import signal_guard

    python = ".".join(str(part) for part in sys.version_info[:3])
    monkeypatch.setattr(signal_guard, "immortal_constants", lambda: True)
    assert signal_guard.describe_case([]) == (
        f"not needed, Python {python} keeps True, False and None immortal")
    monkeypatch.setattr(signal_guard, "immortal_constants", lambda: False)
    assert signal_guard.describe_case([True, False, None]) == (
        f"active on Python {python}: this PySide6 loses references, "
        "True, False, None given a reserve")
    assert signal_guard.describe_case([]) == (
        f"not needed on Python {python}: this PySide6 keeps its references")


def test_the_first_check_logs_the_case_once(monkeypatch: Any, caplog: Any) -> None:
    import logging

    from interviewdesk.ui import signal_guard

    monkeypatch.setitem(signal_guard._state, "checked", False)
    monkeypatch.setitem(signal_guard._state, "protected", False)
    monkeypatch.setattr(signal_guard, "immortal_constants", lambda: True)
    with caplog.at_level(logging.INFO, logger=signal_guard.__name__):
        assert signal_guard.protect_booleans() is False  # immortal: nothing to reserve
        signal_guard.protect_booleans()
    assert [record.getMessage() for record in caplog.records] == [
        "Signal guard: " + signal_guard.describe_case([])]
