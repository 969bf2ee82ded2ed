"""The assessment forms and panel discussions opened from the main window.

Both are windows of their own (see :mod:`interviewdesk.ui.assessment`), imported when
the first one is opened. A form is opened once per panel member and a panel
discussion once per interview: asking again brings the open window to the front. The
main window closes them before it closes itself (a form saves what is typed), and
reloads the home view when one reports a change (a form submitted, a decision taken).
"""

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from interviewdesk.store.database import Database
from interviewdesk.ui.settings import Settings

log = logging.getLogger(__name__)


class AssessmentWindows(QObject):
    """Opens, finds and closes the assessment form and panel discussion windows.

    ``changed`` after a form was submitted or reopened, a consensus or decision was
    saved, or one of the windows closed (a form's state may have moved on).
    """

    changed = Signal()

    def __init__(self, db: Database, data_dir: Path, settings: Settings,
                 parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.data_dir = Path(data_dir)
        self.settings = settings
        self._parent_widget = parent_widget
        self._forms: dict[tuple[int, int], QWidget] = {}
        self._panels: dict[int, QWidget] = {}

    def open_form(self, interview_id: int, panel_member_id: int | None = None
                  ) -> QWidget | None:
        """Show the assessment form of ``panel_member_id`` for ``interview_id``; with
        ``None``, first ask who fills it in. ``None`` if cancelled or not opened (the
        user has been told why)."""
        from interviewdesk.ui.assessment.form_window import open_assessment_form

        window = open_assessment_form(self._parent_widget, self.db, self.data_dir,
                                      self.settings, interview_id, panel_member_id)
        if window is None:
            return None
        key = (window.form.interview_id, window.form.panel_member_id)
        if self._forms.get(key) is not window:
            self._forms[key] = window
            window.stateChanged.connect(lambda *_ids: self.changed.emit())
            window.closed.connect(lambda *_ids, key=key: self._closed(self._forms, key))
            window.destroyed.connect(lambda _obj=None, key=key: self._forms.pop(key, None))
        return window

    def open_panel(self, interview_id: int) -> QWidget | None:
        """Show the panel discussion of ``interview_id`` (it asks who is looking);
        ``None`` if it could not be opened (the user has been told why)."""
        window = self._panels.get(interview_id)
        if window is not None and window.isVisible():
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        from interviewdesk.ui.assessment.panel_window import open_panel_discussion

        window = open_panel_discussion(self._parent_widget, self.db, self.data_dir,
                                       self.settings, interview_id)
        if window is None:
            return None
        self._panels[interview_id] = window
        window.changed.connect(lambda _id: self.changed.emit())  # type: ignore[attr-defined]
        window.closed.connect(  # type: ignore[attr-defined]
            lambda _id, key=interview_id: self._closed(self._panels, key))
        window.destroyed.connect(
            lambda _obj=None, key=interview_id: self._panels.pop(key, None))
        return window

    def open_windows(self) -> list[QWidget]:
        """The forms and panel discussions open now."""
        return [*self._forms.values(), *self._panels.values()]

    def close_all(self) -> bool:
        """Close every form and panel discussion (a form saves first); ``False`` if a
        form stays open because it could not save — it is brought to the front."""
        return self._close(self.open_windows())

    def close_where(self, *, interview_id: int | None = None, candidate_id: int | None = None,
                    vacancy_id: int | None = None) -> bool:
        """Close the windows of one interview, or of every interview of a candidate or a
        vacancy (before it is deleted); ``False`` if a form could not save and stays."""
        from interviewdesk.store.interview_records import load_session

        shown = [(key[0], window) for key, window in self._forms.items()]
        shown += list(self._panels.items())
        closing = []
        for shown_id, window in shown:
            if shown_id == interview_id:
                closing.append(window)
                continue
            try:
                session = load_session(self.db, shown_id)
            except LookupError:  # already gone: nothing of it can be saved anyway
                closing.append(window)
                continue
            if session.candidate_id == candidate_id or session.vacancy_id == vacancy_id:
                closing.append(window)
        return self._close(closing)

    def _close(self, windows: list[QWidget]) -> bool:
        for window in windows:
            if not window.close():
                log.info("An assessment window could not close")
                window.raise_()
                window.activateWindow()
                return False
        return True

    def _closed(self, windows: dict[Any, QWidget], key: object) -> None:
        """A window closed (a form saved first): forget it, and say things moved on."""
        windows.pop(key, None)
        self.changed.emit()
