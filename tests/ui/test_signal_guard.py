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
