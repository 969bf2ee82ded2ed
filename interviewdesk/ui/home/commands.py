"""Creating, editing and deleting vacancies, candidates and interviews from the main
window, and importing a candidate's CV or letter: opens the editor dialogs, asks before
deleting or replacing, and announces changes.

The menu, the top bar, the home view's buttons and double-clicks all go through this
one object, so each action behaves the same wherever it is started. The editor
dialogs are imported where they are used: they are not needed to show the window.
"""

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from interviewdesk.store.database import Database
from interviewdesk.ui import messages

if TYPE_CHECKING:
    from interviewdesk.ui.home.assessment_windows import AssessmentWindows
    from interviewdesk.ui.home.interview_windows import InterviewWindows

log = logging.getLogger(__name__)

DOCUMENT_KINDS = ("cv", "letter")
#: For a candidate on hold, the next feedback date offered first.
FEEDBACK_HOLD_DAYS = timedelta(days=7)


def choose_document_file(parent: QWidget, title: str, folder: str, file_filter: str) -> str:
    """Let the user pick a CV or letter file; its path, or "" if they cancelled.
    (One function, so that tests can stand in for the file dialog.)"""
    path, _chosen_filter = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return path


class RecordCommands(QObject):
    """The record-changing actions of the main window.

    ``changed`` is emitted after anything was saved or deleted; ``vacancy_saved``,
    ``candidate_saved`` and ``interview_saved`` carry the saved row's id (for a
    candidate, also the vacancy it was added to, or 0) so the view can select it;
    ``status(text)`` is a short confirmation for the status bar.

    With :attr:`interview_windows` (and :attr:`assessment_windows`) set, deleting a
    record first closes the interview windows, assessment forms and panel discussions
    that show it (each saves what is typed); if one cannot, nothing is deleted.
    """

    changed = Signal()
    vacancy_saved = Signal(int)
    candidate_saved = Signal(int, int)
    interview_saved = Signal(int)
    status = Signal(str)

    def __init__(self, db: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self._parent_widget = parent_widget
        self.interview_windows: InterviewWindows | None = None
        self.assessment_windows: AssessmentWindows | None = None
        self._document_folder = str(Path.home())
        self._imported_text = ""  # the text of the last document read, for the offer
        #: How many rotating backups to keep (the main window sets the user's choice).
        self.keep_backups = 10

    # -- vacancies ------------------------------------------------------------------

    def edit_vacancy(self, vacancy_id: int | None = None) -> int | None:
        """Open the vacancy editor (a new vacancy if ``vacancy_id`` is ``None``)."""
        from interviewdesk.ui.editors import VacancyDialog

        saved = VacancyDialog.edit(self._parent_widget, self.db, vacancy_id)
        if saved is not None:
            self.changed.emit()
            self.vacancy_saved.emit(saved)
        return saved

    def copy_vacancy(self, vacancy_id: int, title: str) -> int | None:
        """Copy the vacancy's competencies and question kit (not its candidates) into a
        new vacancy called "Copy of …", and open the copy in the vacancy editor."""
        from sqlalchemy.exc import SQLAlchemyError

        from interviewdesk.store.vacancy_copy import copy_vacancy
        from interviewdesk.store.validation import ValidationError
        from interviewdesk.ui.editors.base import not_found

        try:
            new_id = copy_vacancy(self.db, vacancy_id,
                                  self.tr("Copy of {title}").format(title=title))
        except LookupError:
            not_found(self._parent_widget)
            self.changed.emit()
            return None
        except (ValidationError, SQLAlchemyError) as error:
            log.exception("Copying a vacancy failed")
            messages.error(self._parent_widget, self.tr("Not copied"),
                           self.tr("The vacancy could not be copied. Nothing was changed."),
                           details=str(error))
            return None
        self.changed.emit()
        self.vacancy_saved.emit(new_id)
        self.status.emit(self.tr("Copied “{title}”: the copy has its competencies and "
                                 "questions, no candidates.").format(title=title))
        self.edit_vacancy(new_id)
        return new_id

    def delete_vacancy(self, vacancy_id: int, title: str) -> bool:
        """Delete a vacancy after the user confirmed it."""
        if self._held("vacancy", vacancy_id=vacancy_id):
            return False
        if not messages.confirm(
            self._parent_widget,
            self.tr("Delete vacancy"),
            self.tr("Delete the vacancy “{title}” with its competencies, questions, "
                    "applications and interviews? The candidates themselves stay. "
                    "This cannot be undone.").format(title=title),
            self.tr("Delete vacancy"),
        ) or not self._close_windows(vacancy_id=vacancy_id):
            return False
        from interviewdesk.store.vacancies import delete_vacancy

        return self._delete(delete_vacancy, vacancy_id)

    # -- candidates -----------------------------------------------------------------

    def edit_candidate(self, candidate_id: int | None = None,
                       vacancy_id: int | None = None, *, document: str = "",
                       find: str = "") -> int | None:
        """Open the candidate editor; a new candidate with ``vacancy_id`` applies to it.
        ``document`` ("cv" or "letter") puts that text in front with the first
        ``find`` in it selected (a search hit)."""
        from interviewdesk.ui.editors import CandidateDialog

        where = {"document": document, "find": find} if document else {}
        saved = CandidateDialog.edit(self._parent_widget, self.db, candidate_id, vacancy_id,
                                     **where)
        if saved is not None:
            self.changed.emit()
            self.candidate_saved.emit(saved, vacancy_id or 0)
        return saved

    def delete_candidate(self, candidate_id: int, name: str) -> bool:
        """Erase a candidate on the user's (or the candidate's) request."""
        return self.erase_candidate(candidate_id, name, "request")

    def erase_candidate(self, candidate_id: int, name: str, reason: str = "request", *,
                        ask: bool = True) -> bool:
        """Erase a candidate and everything about them from the database and from every
        backup, after the user confirmed that this cannot be undone (``ask=False``: the
        caller asked already); ``reason`` is "request", "retention" or "personnel_file"
        (recorded on the erasure entry)."""
        if self._held("candidate", candidate_id=candidate_id):
            return False
        if ask and not messages.confirm(
            self._parent_widget,
            self.tr("Delete candidate"),
            self.tr("Delete {name} and everything recorded about them — applications, "
                    "interviews, notes, assessments and documents — for every vacancy, also "
                    "from the backups? This cannot be undone: afterwards no backup holds "
                    "them either.").format(name=name),
            self.tr("Delete candidate"),
        ):
            return False
        if not self._close_windows(candidate_id=candidate_id):
            return False
        from interviewdesk.store.erasure import ErasureError, erase_candidate

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            erase_candidate(self.db, self.db.path.parent, candidate_id, reason=reason,
                            keep_backups=self.keep_backups)
        except LookupError:
            log.info("Candidate %s was already gone when erasing", candidate_id)
        except ErasureError as error:
            QApplication.restoreOverrideCursor()
            messages.error(self._parent_widget, self.tr("Not everything cleaned up"),
                           self.tr("The candidate was deleted, but not everything could be "
                                   "cleaned up yet; the details say what is left."),
                           str(error))
            self.changed.emit()
            return True
        finally:
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
        self.changed.emit()
        self.status.emit(self.tr("{name} was deleted, also from the backups.").format(
            name=name))
        return True

    # -- interviews -----------------------------------------------------------------

    def edit_interview(self, interview_id: int | None = None, vacancy_id: int | None = None,
                       candidate_id: int | None = None) -> int | None:
        """Open the interview editor; a new one starts with the given vacancy and candidate."""
        if interview_id is not None and self._held("interview", interview_id=interview_id):
            return None
        from interviewdesk.ui.editors import InterviewDialog

        saved = InterviewDialog.edit(self._parent_widget, self.db, interview_id, vacancy_id,
                                     candidate_id)
        if saved is not None:
            self.changed.emit()
            self.interview_saved.emit(saved)
        return saved

    def delete_interview(self, interview_id: int, description: str) -> bool:
        """Delete an interview after the user confirmed it."""
        if self._held("interview", interview_id=interview_id):
            return False
        if not messages.confirm(
            self._parent_widget,
            self.tr("Delete interview"),
            self.tr("Delete the interview {interview} with its notes and assessments? "
                    "The candidate and the vacancy stay. This cannot be undone.")
            .format(interview=description),
            self.tr("Delete interview"),
        ) or not self._close_windows(interview_id=interview_id):
            return False
        from interviewdesk.store.interviews import delete_interview

        return self._delete(delete_interview, interview_id)

    # -- documents ------------------------------------------------------------------

    def import_document(self, candidate_id: int, name: str, kind: str,
                        path: str = "") -> bool:
        """Import a CV (``kind`` "cv") or motivation letter ("letter") for the candidate
        ``name`` from ``path``, or from a file the user chooses if ``path`` is "".
        Asks before replacing text the candidate already has; ``True`` if imported."""
        if kind not in DOCUMENT_KINDS:
            raise ValueError(f"Unknown document kind {kind!r}.")
        from interviewdesk.store import queries

        if not path:
            path = choose_document_file(
                self._parent_widget,
                (self.tr("Import the CV of {name}") if kind == "cv"
                 else self.tr("Import the motivation letter of {name}")).format(name=name),
                self._document_folder,
                self.tr("PDF, Word or text files (*.pdf *.docx *.txt)"))
            if not path:
                return False
        self._document_folder = str(Path(path).parent)
        filename = Path(path).name
        if queries.has_document_text(self.db, candidate_id, kind) and not self._confirm_replace(
                kind, name, filename):
            return False
        error = self._import(candidate_id, path, kind)
        if error == "":  # the user cancelled reading
            return False
        if error is not None:
            messages.error(
                self._parent_widget,
                self.tr("CV not imported") if kind == "cv" else self.tr("Letter not imported"),
                error)
            return False
        self.changed.emit()
        self.status.emit(
            (self.tr("CV of {name} imported from {file}.") if kind == "cv"
             else self.tr("Motivation letter of {name} imported from {file}."))
            .format(name=name, file=filename))
        if kind == "cv":
            self._offer_contacts(candidate_id, filename, self._imported_text)
        return True

    def _offer_contacts(self, candidate_id: int, filename: str, text: str) -> None:
        """Offer the contact details found in the CV's ``text``; save what is ticked."""
        from interviewdesk.domain.cv_contacts import find_contacts, offers
        from interviewdesk.store.candidate_contacts import set_contact_details
        from interviewdesk.store.candidates import get_candidate
        from interviewdesk.store.validation import ValidationError
        from interviewdesk.ui.editors.contact_offer import offer_contacts

        try:
            candidate = get_candidate(self.db, candidate_id)
        except LookupError:
            return
        current = {"name": candidate.name, "email": candidate.email,
                   "phone": candidate.phone, "city": candidate.city}
        chosen = offer_contacts(
            self._parent_widget, offers(find_contacts(text), current), filename,
            self.tr("Tick what to save with the candidate; what is not ticked stays as it "
                    "is."), self.tr("Save ticked"))
        if not chosen:
            return
        try:
            set_contact_details(self.db, candidate_id, chosen)
        except LookupError:
            messages.error(self._parent_widget, self.tr("Contact details not saved"),
                           self.tr("This candidate no longer exists."))
        except ValidationError as error:
            messages.error(self._parent_widget, self.tr("Contact details not saved"),
                           str(error))
        self.changed.emit()

    def _confirm_replace(self, kind: str, name: str, filename: str) -> bool:
        if kind == "cv":
            return messages.confirm(
                self._parent_widget, self.tr("Replace the CV?"),
                self.tr("{name} already has a CV. Replace it with “{file}”? The CV text "
                        "and the original file kept now are replaced.").format(
                            name=name, file=filename),
                self.tr("Replace CV"))
        return messages.confirm(
            self._parent_widget, self.tr("Replace the motivation letter?"),
            self.tr("{name} already has a motivation letter. Replace it with “{file}”? The "
                    "letter's text and the original file kept now are replaced.").format(
                        name=name, file=filename),
            self.tr("Replace letter"))

    def _import(self, candidate_id: int, path: str, kind: str) -> str | None:
        """Read the file in the background and store it; the message for the user if
        it could not be done, "" if the user cancelled, else ``None``."""
        from interviewdesk.readers import DocumentError
        from interviewdesk.store.candidate_documents import attach_document
        from interviewdesk.ui.document_messages import document_error_text
        from interviewdesk.ui.document_reading import read_in_background

        try:  # reading runs on a worker thread, with a progress dialog and Cancel
            outcome = read_in_background(self._parent_widget, Path(path), kind)
        except DocumentError as error:
            log.info("Import of a %s refused: %s", kind, error.reason)
            return document_error_text(error)
        if outcome is None:
            return ""  # cancelled: nothing to say
        text, document = outcome
        self._imported_text = text
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            attach_document(self.db, candidate_id, document, text)
        except LookupError:
            self.changed.emit()
            return self.tr("This candidate no longer exists.")
        finally:
            QApplication.restoreOverrideCursor()
        return None

    # -- feedback -------------------------------------------------------------------

    def _held(self, kind: str, **where: int) -> bool:
        """Team mode: refused (the user told who holds it) while a laptop holds the
        interview offline (``ui.exchange.held``)."""
        from interviewdesk.ui.exchange.held import refused

        return refused(self._parent_widget, self.db, kind, **where)  # type: ignore[arg-type]

    def contact_log(self, application_id: int, name: str) -> bool:
        """Show the contact log of ``name``'s application; whether it changed (then the
        follow-up is read again: a logged contact can satisfy it)."""
        from interviewdesk.ui.home.contact_log import ContactLogDialog

        changed = ContactLogDialog.show_log(self._parent_widget, self.db, application_id, name)
        if changed:
            self.changed.emit()
        return changed

    def write_letter(self, application_id: int, interview_id: int | None = None) -> int:
        """Write to the candidate of ``application_id`` (about ``interview_id`` if
        given); how many contact log entries it made (then the follow-up is read again)."""
        from interviewdesk.ui.i18n import current_language
        from interviewdesk.ui.letter_dialog import LetterDialog

        logged = LetterDialog.write(self._parent_widget, self.db, application_id, interview_id,
                                    current_language())
        if logged:
            self.changed.emit()
        return logged

    def reference_checks(self, application_id: int, candidate_id: int, name: str) -> bool:
        """Show the reference checks of ``name``'s application; whether anything was
        stored or removed (the consent too: the candidate's row is read again)."""
        from interviewdesk.ui.home.reference_checks import ReferenceChecksDialog

        if self._held("references", application_id=application_id):
            return False
        changed = ReferenceChecksDialog.show_checks(self._parent_widget, self.db,
                                                    application_id, candidate_id, name)
        if changed:
            self.changed.emit()
        return changed

    def give_feedback(self, interview_id: int, name: str) -> str | None:
        """Record that ``name`` was told the panel's decision on ``interview_id``, after
        the user confirmed it (for "on hold": after they gave the date the candidate
        will hear more). The application's status afterwards, or ``None`` if nothing
        was recorded."""
        from interviewdesk.store.assessments import (
            STATUS_AFTER_FEEDBACK,
            decision_of,
            record_feedback_given,
        )
        from interviewdesk.store.validation import ValidationError
        from interviewdesk.ui.home import feedback_date
        from interviewdesk.ui.home.formatting import decision_label, status_label

        title = self.tr("Feedback given")
        if self._held("feedback", interview_id=interview_id):
            return None
        try:
            decision = decision_of(self.db, interview_id)
        except LookupError:
            decision = None
        if decision is None:
            self.changed.emit()
            messages.error(self._parent_widget, title, self.tr(
                "There is no decision on this interview (any more): decide in the panel "
                "discussion first."))
            return None
        next_date = None
        if decision.outcome == "hold":
            next_date = feedback_date.ask_next_feedback_date(
                self._parent_widget, name, date.today() + FEEDBACK_HOLD_DAYS)
            if next_date is None:
                return None
        elif not messages.ask(
            self._parent_widget, title,
            self.tr("Have you told {name} the panel's decision, “{outcome}”? Their status "
                    "then becomes “{status}”.").format(
                        name=name, outcome=decision_label(decision.outcome),
                        status=status_label(STATUS_AFTER_FEEDBACK[decision.outcome])),
            self.tr("Feedback given"), self.tr("Cancel")):
            return None
        try:
            status = record_feedback_given(self.db, interview_id, next_feedback_date=next_date)
        except (ValidationError, LookupError) as error:
            self.changed.emit()
            messages.error(self._parent_widget, title, self.tr(
                "The feedback could not be recorded."), str(error))
            return None
        self.changed.emit()
        self.status.emit(self.tr("Feedback to {name} recorded; their status is now "
                                 "“{status}”.").format(name=name, status=status_label(status)))
        return status

    # -- interviewers ---------------------------------------------------------------

    def manage_interviewers(self) -> None:
        """Open the list of interviewers (add, edit, delete)."""
        from interviewdesk.ui.editors import InterviewersDialog

        InterviewersDialog.manage(self._parent_widget, self.db)
        self.changed.emit()

    # -- plumbing -------------------------------------------------------------------

    def _close_windows(self, **shown: int) -> bool:
        """Close the windows showing the record about to be deleted."""
        return all(windows is None or windows.close_where(**shown)
                   for windows in (self.interview_windows, self.assessment_windows))

    def _delete(self, delete: Callable[[Database, int], None], row_id: int) -> bool:
        try:
            delete(self.db, row_id)
        except LookupError:
            log.info("Row %s was already gone when deleting", row_id)
        self.changed.emit()
        return True
