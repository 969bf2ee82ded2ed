"""Reading a CV or letter file off the GUI thread, with a progress dialog and Cancel.

A long PDF takes seconds to read (20,000 pages: ten or more). :func:`read_in_background`
reads it elsewhere and waits in a local event loop, so the windows keep painting and
answering; after half a second a progress dialog appears with Cancel. The caller still
gets the result in one call.

Where it is read depends on the file's size. A file up to :data:`THREAD_MAX_BYTES` (an
ordinary CV) is read on a worker thread: quick to start, and it makes few enough
objects that the garbage collector's pauses stay short. A larger one is read in a
child process (:mod:`interviewdesk.readers.reading_process`): there, pypdf's millions
of objects cannot pause the window, a file that exhausts memory takes only the child
down, and Cancel ends the child at once. A cancelled thread stops at the next page (a
DOCX, bounded by the limits in :mod:`interviewdesk.readers.extract`, runs to its end
and its result is thrown away).
"""

import logging
import multiprocessing
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from interviewdesk.readers.errors import DocumentError, ReadingCancelled
from interviewdesk.readers.extract import too_complex
from interviewdesk.readers.reading_process import read_in_child
from interviewdesk.store.candidate_documents import original_file, read_candidate_file
from interviewdesk.store.candidates import DocumentFile

log = logging.getLogger(__name__)

# How long reading may take before the progress dialog shows, in milliseconds.
SHOW_PROGRESS_AFTER_MS = 500
# Files up to this size are read on a thread, larger ones in a child process.
THREAD_MAX_BYTES = 256 * 1024
# How often the thread that waits for a child looks whether the user cancelled, in s.
_POLL_SECONDS = 0.05


class _Relay(QObject):
    """Carries the worker thread's news to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    finished = Signal()


class _Reading:
    """One file being read on a worker thread: its outcome, and a flag to cancel it."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self.cancelled = threading.Event()
        self.result: tuple[str, DocumentFile] | None = None
        self.error: BaseException | None = None
        self.relay = _Relay()
        self._percent = -1

    def run(self) -> None:
        try:
            try:
                size = self.path.stat().st_size
            except OSError:
                size = 0  # extract_text says what is wrong with it
            if size > THREAD_MAX_BYTES:
                self.result = self._read_in_child()
            else:
                self.result = read_candidate_file(self.path, self.kind, self._progress)
        except BaseException as error:  # handed to the GUI thread, which re-raises it
            self.error = error
        finally:
            self.relay.finished.emit()

    def _read_in_child(self) -> tuple[str, DocumentFile] | None:
        """Read in a child process, relaying its progress; ``None`` if cancelled."""
        context = multiprocessing.get_context("spawn")
        receiving, sending = context.Pipe(duplex=False)
        child = context.Process(target=read_in_child, name="interviewdesk-read-document",
                                args=(str(self.path), self.path.name, sending), daemon=True)
        child.start()
        sending.close()  # the child holds its own copy; ours would hide the child's end
        try:
            while True:
                if self.cancelled.is_set():
                    return None
                if not receiving.poll(_POLL_SECONDS):
                    if not child.is_alive() and not receiving.poll(0):
                        raise too_complex(self.path.name)  # died without a word
                    continue
                try:
                    message = receiving.recv()
                except EOFError as error:
                    raise too_complex(self.path.name) from error
                if message[0] == "progress":
                    self.relay.progressed.emit(message[1], message[2])
                elif message[0] == "text":
                    return message[1], original_file(self.path, self.kind)
                else:
                    _kind, text, reason, details = message
                    raise DocumentError(text, reason, **details)
        finally:
            receiving.close()
            if child.is_alive():
                child.terminate()
            child.join(timeout=5)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise ReadingCancelled
        percent = done * 100 // max(total, 1)
        if percent != self._percent:  # a hundred signals at most, not one per page
            self._percent = percent
            self.relay.progressed.emit(done, total)


def read_in_background(parent: QWidget | None, path: Path,
                       kind: str) -> tuple[str, DocumentFile] | None:
    """The text and original of the file at ``path``, read on a worker thread while the
    interface stays responsive; ``None`` if the user cancelled.

    Raises :class:`DocumentError` (with the user's message) when the file gives no text.
    """
    reading = _Reading(Path(path), kind)
    loop = QEventLoop()
    reading.relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(
        QApplication.translate("DocumentReading", "Reading “{name}”…").format(
            name=Path(path).name),
        QApplication.translate("DocumentReading", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QApplication.translate("DocumentReading", "Importing a file"))
    dialog.setMinimumWidth(480)  # room for a file name and "page 120 of 3000"
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    waiting = [True]  # news that arrives after the wait ended (a cancel) is ignored

    def progressed(done: int, total: int) -> None:
        if not waiting[0]:
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(QApplication.translate(
            "DocumentReading", "Reading “{name}”: page {done} of {total}…").format(
                name=Path(path).name, done=done, total=total))

    def cancel() -> None:
        reading.cancelled.set()
        loop.quit()

    reading.relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel)
    worker = threading.Thread(target=reading.run, name="read-document", daemon=True)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        worker.start()
        loop.exec()  # the finished signal is queued, so it quits even if sent already
    finally:
        waiting[0] = False
        QApplication.restoreOverrideCursor()
        dialog.canceled.disconnect(cancel)
        dialog.close()
        dialog.deleteLater()
    if reading.cancelled.is_set():
        log.info("Reading a %s file cancelled", kind)
        return None
    if isinstance(reading.error, ReadingCancelled):
        return None
    if reading.error is not None:
        raise reading.error
    return reading.result
