"""Creating, editing and deleting vacancies, candidates and interviews from the main
window: opens the editor dialogs, asks before deleting, and announces changes.

The menu, the top bar, the home view's buttons and double-clicks all go through this
one object, so each action behaves the same wherever it is started. The editor
dialogs are imported where they are used: they are not needed to show the window.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from interviewdesk.store.database import Database
from interviewdesk.ui import messages

log = logging.getLogger(__name__)


class RecordCommands(QObject):
    """The record-changing actions of the main window.

    ``changed`` is emitted after anything was saved or deleted; ``vacancy_saved``,
    ``candidate_saved`` and ``interview_saved`` carry the saved row's id (for a
    candidate, also the vacancy it was added to, or 0) so the view can select it.
    """

    changed = Signal()
    vacancy_saved = Signal(int)
    candidate_saved = Signal(int, int)
    interview_saved = Signal(int)

    def __init__(self, db: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self._parent_widget = parent_widget

    # -- vacancies ------------------------------------------------------------------

    def edit_vacancy(self, vacancy_id: int | None = None) -> int | None:
        """Open the vacancy editor (a new vacancy if ``vacancy_id`` is ``None``)."""
        from interviewdesk.ui.editors import VacancyDialog

        saved = VacancyDialog.edit(self._parent_widget, self.db, vacancy_id)
        if saved is not None:
            self.changed.emit()
            self.vacancy_saved.emit(saved)
        return saved

    def delete_vacancy(self, vacancy_id: int, title: str) -> bool:
        """Delete a vacancy after the user confirmed it."""
        if not messages.confirm(
            self._parent_widget,
            self.tr("Delete vacancy"),
            self.tr("Delete the vacancy “{title}” with its competencies, questions, "
                    "applications and interviews? The candidates themselves stay. "
                    "This cannot be undone.").format(title=title),
            self.tr("Delete vacancy"),
        ):
            return False
        from interviewdesk.store.vacancies import delete_vacancy

        return self._delete(delete_vacancy, vacancy_id)

    # -- candidates -----------------------------------------------------------------

    def edit_candidate(self, candidate_id: int | None = None,
                       vacancy_id: int | None = None) -> int | None:
        """Open the candidate editor; a new candidate with ``vacancy_id`` applies to it."""
        from interviewdesk.ui.editors import CandidateDialog

        saved = CandidateDialog.edit(self._parent_widget, self.db, candidate_id, vacancy_id)
        if saved is not None:
            self.changed.emit()
            self.candidate_saved.emit(saved, vacancy_id or 0)
        return saved

    def delete_candidate(self, candidate_id: int, name: str) -> bool:
        """Erase a candidate and all their data after the user confirmed it."""
        if not messages.confirm(
            self._parent_widget,
            self.tr("Delete candidate"),
            self.tr("Delete {name} and everything recorded about them — applications, "
                    "interviews, notes, assessments and documents — for every vacancy? "
                    "This cannot be undone.").format(name=name),
            self.tr("Delete candidate"),
        ):
            return False
        from interviewdesk.store.candidates import delete_candidate

        return self._delete(delete_candidate, candidate_id)

    # -- interviews -----------------------------------------------------------------

    def edit_interview(self, interview_id: int | None = None, vacancy_id: int | None = None,
                       candidate_id: int | None = None) -> int | None:
        """Open the interview editor; a new one starts with the given vacancy and candidate."""
        from interviewdesk.ui.editors import InterviewDialog

        saved = InterviewDialog.edit(self._parent_widget, self.db, interview_id, vacancy_id,
                                     candidate_id)
        if saved is not None:
            self.changed.emit()
            self.interview_saved.emit(saved)
        return saved

    def delete_interview(self, interview_id: int, description: str) -> bool:
        """Delete an interview after the user confirmed it."""
        if not messages.confirm(
            self._parent_widget,
            self.tr("Delete interview"),
            self.tr("Delete the interview {interview} with its notes and assessments? "
                    "The candidate and the vacancy stay. This cannot be undone.")
            .format(interview=description),
            self.tr("Delete interview"),
        ):
            return False
        from interviewdesk.store.interviews import delete_interview

        return self._delete(delete_interview, interview_id)

    # -- interviewers ---------------------------------------------------------------

    def manage_interviewers(self) -> None:
        """Open the list of interviewers (add, edit, delete)."""
        from interviewdesk.ui.editors import InterviewersDialog

        InterviewersDialog.manage(self._parent_widget, self.db)
        self.changed.emit()

    # -- plumbing -------------------------------------------------------------------

    def _delete(self, delete: Callable[[Database, int], None], row_id: int) -> bool:
        try:
            delete(self.db, row_id)
        except LookupError:
            log.info("Row %s was already gone when deleting", row_id)
        self.changed.emit()
        return True
