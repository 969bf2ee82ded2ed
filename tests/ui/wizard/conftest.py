"""Fixtures for the interview window: the example interview, a clock source the test
moves by hand, and windows that are closed (and so saved) after each test."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import InterviewSession, load_session


class FakeTime:
    """A monotonic time source that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def example(db: Database) -> ExampleIds:
    """The example vacancy with its one scheduled interview and a panel of three."""
    return load_example(db)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def stored(db: Database, example: ExampleIds) -> Callable[[], InterviewSession]:
    """What the database holds for the example interview now."""
    return lambda: load_session(db, example.interview_id)


@pytest.fixture
def written(qtbot: Any) -> Callable[[Any], None]:
    """Waits until an interview window's autosaver has written everything (a stage
    change is saved with its next write, within a second, not at once)."""
    from interviewdesk.ui.pending_writes import DELAY_MS

    def wait(window: Any) -> None:
        qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=DELAY_MS * 5)

    return wait


@pytest.fixture
def open_window(qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
                example: ExampleIds, fake_time: FakeTime) -> Iterator[Callable[[], Any]]:
    """Opens the example interview's window (shown and active) on each call."""
    from interviewdesk.ui.wizard import InterviewWindow

    windows: list[Any] = []

    def make() -> Any:
        window = InterviewWindow(db, data_dir, settings, example.interview_id,
                                 monotonic=fake_time)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def send_keys(widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a person would: any character
    (QTest's key clicks are ASCII only), "\\n" as the Return key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     "\r" if char == "\n" else char))


@pytest.fixture
def type_into() -> Callable[[Any, str], None]:
    """``type_into(widget, text)``: put the cursor in ``widget`` and type ``text``."""
    return send_keys


def tick(qtbot: Any, box: Any) -> None:
    """Click a check box on its indicator, where a person clicks."""
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def click_box(qtbot: Any) -> Callable[[Any], None]:
    """``click_box(check_box)``: click it as a person would."""
    return lambda box: tick(qtbot, box)
