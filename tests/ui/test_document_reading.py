"""Reading a file in the background: the event loop keeps running, a long read shows
a progress dialog whose Cancel stops it, and errors come back to the caller."""

import multiprocessing
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from benchmarks.hostile_files import make_docx_bomb, make_many_pages_pdf
from interviewdesk.readers import DocumentError
from interviewdesk.ui import document_reading
from interviewdesk.ui.document_reading import read_in_background


def test_a_short_file_is_read_and_returned(qapp: Any, tmp_path: Path) -> None:
    path = make_many_pages_pdf(tmp_path / "cv.pdf", pages=3)
    outcome = read_in_background(None, path, "cv")
    assert outcome is not None
    text, original = outcome
    assert "Page 3 of 3" in text
    assert original.filename == "cv.pdf"
    assert QApplication.overrideCursor() is None


def test_a_refused_file_raises_its_document_error(qapp: Any, tmp_path: Path) -> None:
    bomb = make_docx_bomb(tmp_path / "cv.docx", unpacked_mb=120, level=1)
    with pytest.raises(DocumentError) as caught:
        read_in_background(None, bomb, "cv")
    assert caught.value.reason == "too_complex"


def test_the_event_loop_runs_while_reading_and_cancel_stops_it(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_many_pages_pdf(tmp_path / "long.pdf", pages=3000)
    monkeypatch.setattr(document_reading, "SHOW_PROGRESS_AFTER_MS", 0)
    ticks: list[float] = []
    shown: list[str] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs or dialogs[0].value() < 5:
            QTimer.singleShot(50, press_cancel)  # wait until some pages are read
            return
        shown.append(dialogs[0].labelText())
        dialogs[0].findChild(QPushButton).click()  # what the user does

    QTimer.singleShot(100, press_cancel)
    started = time.perf_counter()
    assert read_in_background(None, path, "cv") is None
    timer.stop()
    assert time.perf_counter() - started < 10
    assert len(ticks) >= 3  # the timer fired while the file was read
    assert shown and "long.pdf" in shown[0] and "of 3000" in shown[0]
    assert path.stat().st_size > document_reading.THREAD_MAX_BYTES  # read in a child
    for worker in threading.enumerate():
        if worker.name == "read-document":
            worker.join(timeout=5)
            assert not worker.is_alive()
    assert not multiprocessing.active_children()  # the child was ended
