"""Driving a modal dialog from a test: the dialog's ``exec()`` blocks the test until
it closes, so the test says beforehand what to do once it is up."""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

D = TypeVar("D", bound=QDialog)


class ModalScript:
    """Records the dialogs handled, so a test can check one was shown at all."""

    def __init__(self) -> None:
        self.seen: list[QDialog] = []


def when_modal(kind: type[D], act: Callable[[D], Any], *, times: int = 1,
               timeout_ms: int = 5000) -> ModalScript:
    """Once a modal ``kind`` is up, call ``act(dialog)`` (``times`` dialogs in a row).
    Gives up quietly after ``timeout_ms`` (the test then fails on what it expected)."""
    script = ModalScript()
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in script.seen and dialog.isVisible():
            script.seen.append(dialog)
            try:
                act(dialog)
            except BaseException:
                # A failed check must fail the test, not leave the dialog blocking it.
                if dialog.isVisible():
                    dialog.reject()
                raise
            if len(script.seen) >= times:
                return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return script
