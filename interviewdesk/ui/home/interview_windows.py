"""The interview windows opened from the main window: one per interview.

Opening an interview that already has a window brings that window to the front, so
two windows never write the same notes. Each window is a top-level window of its
own (its own entry in the task bar, free to go on another screen, behind or in front
of the main window); the main window closes them before it closes itself.

The wizard is imported when the first interview is opened: the main window shows
without it.
"""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.settings import Settings

if TYPE_CHECKING:
    from interviewdesk.ui.wizard import InterviewWindow

log = logging.getLogger(__name__)


class InterviewWindows(QObject):
    """Opens, finds and closes the interview windows.

    ``opened(interview_id)`` after a new window was shown; ``closed(interview_id)``
    after a window closed with everything saved.
    """

    opened = Signal(int)
    closed = Signal(int)

    def __init__(self, db: Database, data_dir: Path, settings: Settings,
                 parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.data_dir = Path(data_dir)
        self.settings = settings
        self._parent_widget = parent_widget
        self._windows: dict[int, InterviewWindow] = {}

    def _may_start(self, interview_id: int) -> bool:
        """Team mode: an interview a laptop holds offline is not started here (both
        would then hold it); the user is told who has it since when."""
        if self.db.is_sqlite:
            return self._not_brought_back(interview_id)
        from interviewdesk.exchange.offline_marks import mark_in

        with self.db.session() as session:
            mark = mark_in(session, interview_id)
        if mark is None:
            return True
        messages.error(self._parent_widget, self.tr("Interview not opened"), self.tr(
            "This interview is taken offline by {name} since {moment}, to be held on their "
            "laptop. It can be opened here again once it is brought back, or once an "
            "administrator releases it.").format(name=mark.taken_by,
                                                 moment=format_moment(mark.taken_at)))
        return False

    def _not_brought_back(self, interview_id: int) -> bool:
        """On a laptop: a copy already brought back to the team server is not held
        again here — what was written in it would reach the server no more."""
        from interviewdesk.exchange.bring_back import laptop_copies

        back = next((copy for copy in laptop_copies(self.db)
                     if interview_id in copy.interview_ids and copy.state == "back"), None)
        if back is None:
            return True
        messages.error(self._parent_widget, self.tr("Interview not opened"), self.tr(
            "This interview was taken offline from the team server and brought back on "
            "{moment}. Continue it on the team server: what is written in this copy would "
            "no longer reach it.").format(moment=format_moment(back.closed_at)))
        return False

    def open(self, interview_id: int) -> "InterviewWindow | None":
        """Show the window of interview ``interview_id``, opening it if needed;
        ``None`` (after telling the user why) if it cannot be opened."""
        window = self._windows.get(interview_id)
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        if not self._may_start(interview_id):
            return None
        from interviewdesk.domain.agenda import AgendaError
        from interviewdesk.ui.wizard import open_interview

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            window = open_interview(None, self.db, self.data_dir, self.settings, interview_id)
        except LookupError:
            log.info("Interview %s is gone; not opened", interview_id)
            problem = (self.tr("This interview no longer exists. It may have been deleted."),
                       "")
        except AgendaError as error:
            log.error("The agenda cannot be used: %s", error)
            problem = (self.tr("The interview agenda (agenda.toml in the data folder) cannot "
                               "be used, so the interview cannot be opened. Correct the file "
                               "or remove it to use the standard agenda."), str(error))
        else:
            problem = None
        finally:
            QApplication.restoreOverrideCursor()
        if problem is not None:
            messages.error(self._parent_widget, self.tr("Interview not opened"), *problem)
            return None
        self._windows[interview_id] = window
        window.closed.connect(self._forget)
        self.opened.emit(interview_id)
        return window

    def open_ids(self) -> list[int]:
        """The interviews that have a window open, in the order they were opened."""
        return list(self._windows)

    def close_all(self) -> bool:
        """Close every interview window (each saves first); ``False`` if one stays open
        because its notes could not be saved — that window is brought to the front."""
        return self._close([*self._windows.values()])

    def close_where(self, *, interview_id: int | None = None, candidate_id: int | None = None,
                    vacancy_id: int | None = None) -> bool:
        """Close the windows of one interview, or of every interview of a candidate or
        a vacancy (before it is deleted); ``False`` if one could not save and stays."""
        chosen = []
        for shown_id, window in self._windows.items():
            session = window.context.session
            if (shown_id == interview_id or session.candidate_id == candidate_id
                    or session.vacancy_id == vacancy_id):
                chosen.append(window)
        return self._close(chosen)

    def _close(self, windows: "list[InterviewWindow]") -> bool:
        for window in windows:
            if not window.close():
                window.raise_()
                window.activateWindow()
                return False
        return True

    def _forget(self, interview_id: int) -> None:
        if self._windows.pop(interview_id, None) is not None:
            self.closed.emit(interview_id)
