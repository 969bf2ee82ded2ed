"""A slow job on a worker thread: the event loop keeps running, and the caller gets
the result or the exception as if the job had run in place."""

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interviewdesk.ui.background import run_in_background


def test_the_result_comes_back_and_the_loop_ran_meanwhile(qapp: Any) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    threads: list[bool] = []

    def work() -> str:
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.3)
        return "done"

    assert run_in_background(None, "Working…", work) == "done"
    timer.stop()
    assert threads == [False]
    assert len(ticks) >= 5
    assert QApplication.overrideCursor() is None


def test_an_exception_is_raised_in_the_caller(qapp: Any) -> None:
    def work() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        run_in_background(None, "Working…", work)
    assert QApplication.overrideCursor() is None
