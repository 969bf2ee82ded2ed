"""Running a slow job — making a PDF, drawing its pages for the printer — on a worker
thread while the windows keep painting and answering.

:func:`run_in_background` starts ``work`` on a thread and waits for it in a local
event loop, so the caller gets the result (or the exception) in one call, as if it
had run in place. After half a second a small "please wait" dialog appears; it has no
Cancel, because these jobs are short and cannot be stopped halfway without leaving a
half-written file or a half-printed job. ``work`` must not touch widgets.
"""

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")

# How long a job may take before the dialog shows, in milliseconds.
SHOW_AFTER_MS = 500


class _Done(QObject):
    finished = Signal()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """``work()``, run on a worker thread; raises what it raised."""
    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # re-raised on the GUI thread below
            outcome["error"] = error
        finally:
            done.finished.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowTitle(QApplication.translate("background", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        threading.Thread(target=run, name="background-job", daemon=True).start()
        loop.exec()  # the finished signal is queued, so it quits even if sent already
    finally:
        QApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
