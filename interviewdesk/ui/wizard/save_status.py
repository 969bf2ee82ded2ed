"""Whether the interview is saved, in the status bar: a quiet "Saving…" / "Saved
10:42:13" on the right — never a Save button — and, only while writing fails, one calm
sentence on the left saying that the notes are safe here and saving is retried."""

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar

from interviewdesk.ui.wizard.autosave import Autosaver
from interviewdesk.ui.wizard.clock_bar import OVERRUN


class SaveStatus(QObject):
    """Shows ``autosaver``'s state in ``bar``."""

    def __init__(self, autosaver: Autosaver, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.problem = QLabel()
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVERRUN)
        self.problem.setPalette(palette)
        self.problem.hide()
        # Everything on screen came from the database: say so until the first change.
        self.state = QLabel(self.tr("All notes saved"))
        self.state.setObjectName("saveState")
        bar.addWidget(self.problem, 1)
        bar.addPermanentWidget(self.state)
        autosaver.pendingChanged.connect(self._pending_changed)
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)
        autosaver.recovered.connect(self.problem.hide)

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            self.state.setText(self.tr("Saving…"))

    def _saved(self, when: datetime) -> None:
        self.state.setText(self.tr("Saved {time}").format(time=when.strftime("%H:%M:%S")))

    def _failed(self, _reason: str) -> None:
        self.state.setText(self.tr("Not saved yet"))
        self.problem.setText(self.tr(
            "Your latest notes could not be saved yet (the database is busy or cannot be "
            "written). They stay here, and saving is tried again every few seconds."))
        self.problem.show()
