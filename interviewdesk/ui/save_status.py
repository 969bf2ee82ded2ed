"""Whether what the user typed is saved, in a window's status bar — the interview
window's notes and the assessment form alike (both save through
:class:`~interviewdesk.ui.pending_writes.PendingWrites`, without a Save button).

A quiet text on the right: "All notes saved" (everything on screen came from the
database), "Saving…", "Saved 10:42:13" (naming the texts that wait for the user's
choice after someone else changed them meanwhile); while writing fails, "Not saved yet" and, on
the left, one calm sentence in red saying that what was typed stays here and saving is
tried again. When the store refuses the changes for good (a form submitted
elsewhere), the window says why in a message and the status shows the final state it
gives (:meth:`SaveStatus.settle`, "Submitted").
"""

from datetime import datetime
from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar

from interviewdesk.ui.pending_writes import PendingWrites
from interviewdesk.ui.style import PROBLEM, SPACING

# What the window saves: the interview's notes, or an assessment form.
Subject = Literal["notes", "form"]


class SaveStatus(QObject):
    """Shows ``autosaver``'s state in ``bar``: :attr:`state` on the right,
    :attr:`problem` (hidden unless writing fails) on the left."""

    def __init__(self, autosaver: PendingWrites, bar: QStatusBar, subject: Subject) -> None:
        super().__init__(bar)
        self.subject = subject
        self._autosaver = autosaver
        self.problem = QLabel()
        self.problem.setObjectName("saveProblem")
        # The form window is narrow: its sentence wraps. The interview window is wide, and
        # a wrapping label would make its status bar taller than one line.
        self.problem.setWordWrap(subject == "form")
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, PROBLEM)
        self.problem.setPalette(palette)
        self.problem.hide()
        self.state = QLabel()
        self.state.setObjectName("saveState")
        self.state.setContentsMargins(0, 0, SPACING, 0)
        self.show_all_saved()
        bar.addWidget(self.problem, 1)
        bar.addPermanentWidget(self.state)
        autosaver.pendingChanged.connect(self._pending_changed)
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)
        autosaver.recovered.connect(self.problem.hide)

    def show_all_saved(self) -> None:
        """Everything on screen came from the database (as at opening, or reloaded)."""
        if self.subject == "notes":
            self.state.setText(self.tr("All notes saved"))
        else:
            self.state.setText(self.tr("All changes saved"))

    def settle(self, text: str) -> None:
        """A state no write changes any more, e.g. "Submitted" for a read-only form:
        shows ``text`` (translated by the caller) and no problem."""
        self.state.setText(text)
        self.problem.hide()

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            self.state.setText(self.tr("Saving…"))

    def _saved(self, when: datetime) -> None:
        time = when.strftime("%H:%M:%S")
        # A text someone else changed meanwhile is not written until the user chooses:
        # "Saved" alone would contradict the dialog that says "Yours, not saved yet".
        waiting = len(getattr(self._autosaver, "conflicts", None) or ())
        if waiting == 1:
            self.state.setText(self.tr("Saved {time}, except one text that waits for your "
                                       "choice").format(time=time))
        elif waiting:
            self.state.setText(self.tr("Saved {time}, except {count} texts that wait for "
                                       "your choice").format(time=time, count=waiting))
        else:
            self.state.setText(self.tr("Saved {time}").format(time=time))

    def _failed(self, _reason: str) -> None:
        self.state.setText(self.tr("Not saved yet"))
        if self.subject == "notes":
            self.problem.setText(self.tr(
                "Your latest notes could not be saved yet (the database is busy or cannot be "
                "written). They stay here, and saving is tried again every few seconds."))
        else:
            self.problem.setText(self.tr(
                "Your latest changes to the form could not be saved yet (the database is busy "
                "or cannot be written). They stay here, and saving is tried again every few "
                "seconds."))
        self.problem.show()
