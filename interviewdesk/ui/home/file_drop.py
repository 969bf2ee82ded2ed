"""Dropping a file from the file manager onto a row of a list, e.g. a CV onto a
candidate.

The view only takes a drag that carries exactly one local file and hovers over a
row; that row is selected while the file hovers over it, so the user sees whom it
will go to. Whether the file can be read is for whoever handles :attr:`dropped`: it
explains an unsuitable file (a ``.doc``, a scan) better than a refused drag could.
"""

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView

# The drag events the view's viewport receives for a drag from outside.
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class RowFileDrop(QObject):
    """Makes ``view`` take one file dropped on one of its rows.

    ``dropped(row, path)`` carries the row position and the file's local path. It is
    emitted once the drop is over, not inside it: a dialog opened while the drop is
    still being delivered would keep the file manager waiting.
    """

    dropped = Signal(int, str)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _DRAG_EVENTS or not isinstance(event, QDropEvent):
            return super().eventFilter(watched, event)
        from interviewdesk.exchange.archive import SUFFIX  # on the first drag, not at start

        path = single_local_file(event)
        if path.lower().endswith(SUFFIX):
            event.ignore()  # an exchange package is for the main window, not a row
            return False
        row = self.view.indexAt(event.position().toPoint()).row()
        # Always a copy: a "move" would let the file manager delete the original.
        copy = bool(event.possibleActions() & Qt.DropAction.CopyAction)
        if not path or row < 0 or not copy:
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self._select(row)
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, self, lambda: self.dropped.emit(row, path))
        return True

    def _select(self, row: int) -> None:
        index = self.view.model().index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def single_local_file(event: QDropEvent) -> str:
    """The local path of the one file a drag carries, or "" (no file, several files,
    or something that is not a local file, such as a web link)."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return ""
    urls = data.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return ""
    return urls[0].toLocalFile()
