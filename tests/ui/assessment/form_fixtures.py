"""Fixtures and helpers for the assessment form tests: a factory that opens a panel
member's form the way the app does, a way to answer a modal dialog the form opens,
and a walk over every text a widget tree holds."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database

# How long a test waits for the autosave or a dialog before it fails (ms).
WAIT_MS = 3000
POLL_MS = 20


@pytest.fixture
def open_form_window(qtbot: Any, english: None, db: Database, data_dir: Path,
                settings: Any) -> Iterator[Callable[..., Any]]:
    """``open_form_window(interview_id, panel_member_id)``: the form window as the app
    opens it, shown and active; closed (and so saved) after the test."""
    from interviewdesk.ui.assessment.form_window import open_assessment_form

    windows: list[Any] = []

    def make(interview_id: int, panel_member_id: int | None) -> Any:
        window = open_assessment_form(None, db, data_dir, settings, interview_id,
                                      panel_member_id)
        assert window is not None  # deletes itself on close: not for qtbot.addWidget
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        windows.append(window)
        return window

    yield make
    for window in windows:
        try:
            if window.isVisible():
                window.close()
        except RuntimeError:  # deleted on close already
            pass


def rene(example: ExampleIds, interview: str = "waiting") -> tuple[int, int]:
    """René Mulder's (interview id, panel member id): second on both past panels."""
    if interview == "waiting":
        return example.waiting_interview_id, example.waiting_panel_member_ids[1]
    return example.completed_interview_id, example.completed_panel_member_ids[1]


class ModalAnswer:
    """Answers the next modal dialog with ``handle(dialog)`` once it is shown.

    Use as ``with ModalAnswer(qtbot, handle): <action that opens the dialog>``. If
    ``handle`` fails, the dialog is rejected (so the test does not hang) and the
    failure is raised when the block ends; a dialog that never came fails too.
    """

    def __init__(self, qtbot: Any, handle: Callable[[QDialog], None]) -> None:
        self.qtbot = qtbot
        self.handle = handle
        self.dialog: QDialog | None = None
        self.error: BaseException | None = None
        self._polls_left = WAIT_MS // POLL_MS

    def __enter__(self) -> "ModalAnswer":
        QTimer.singleShot(0, self._poll)
        return self

    def _poll(self) -> None:
        if self._polls_left <= 0 or self.dialog is not None:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            self._polls_left -= 1
            if self._polls_left > 0:
                QTimer.singleShot(POLL_MS, self._poll)
            return
        self.dialog = dialog
        try:
            self.handle(dialog)
        except BaseException as error:
            self.error = error
            dialog.reject()

    def __exit__(self, *exc: object) -> None:
        self._polls_left = 0
        if exc[0] is None:
            if self.error is not None:
                raise self.error
            assert self.dialog is not None, "no dialog was shown"


def texts_in(root: QWidget) -> list[str]:
    """Every text the widget tree under ``root`` holds, shown or not: titles, labels,
    buttons, fields, lists, tool tips and accessible names."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [text for text in texts if text]


def send_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a person would: any character
    (QTest's key clicks are ASCII only), "\\n" as the Return key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     "\r" if char == "\n" else char))
