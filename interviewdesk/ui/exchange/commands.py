"""The exchange actions of the main window: make a panel package for a member, return
a submitted assessment, import a package (menu or drag and drop), move the whole
database, and review returned changes. Every failure is a plain dialog; nothing is
half-written (the store promises that, see :mod:`interviewdesk.exchange`)."""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.home.formatting import format_moment

# The exchange itself, the store's assessments and the printing helpers (which load Qt's
# PDF and print libraries) are imported by the action that needs them: the main window
# makes this object when the data is attached, and start-up should not wait for them.
if TYPE_CHECKING:
    from interviewdesk.exchange import ImportResult

    # Imported when a package is made: the dialog pulls in the interview window's
    # widgets, which the main window's start-up does not need (docs/architecture.md).
    from interviewdesk.ui.exchange.package_dialog import Seat

log = logging.getLogger(__name__)


def package_path(event: QDropEvent) -> Path | None:
    """The one ``.idpkg`` file a drag carries, or ``None``."""
    from interviewdesk.exchange import SUFFIX

    data = event.mimeData()
    if data is None or not data.hasUrls() or len(data.urls()) != 1:
        return None
    url = data.urls()[0]
    if not url.isLocalFile() or not url.toLocalFile().lower().endswith(SUFFIX):
        return None
    return Path(url.toLocalFile())


class ExchangeCommands(QObject):
    """The actions; ``imported(interview_id)`` after a package changed the database
    (0 for a whole database moved in), ``decided`` after a returned change was
    accepted or declined."""

    imported = Signal(int)
    decided = Signal()

    def __init__(self, db: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.db = db
        self.parent_widget = parent_widget
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        """Where the file dialogs start: the last folder used, else the user's
        Documents folder."""
        if self._folder is None:
            from interviewdesk.ui.printing import documents_folder

            self._folder = documents_folder()
        return self._folder

    @folder.setter
    def folder(self, folder: Path) -> None:
        self._folder = folder

    def _seats(self, interview_id: int) -> "list[Seat]":
        from interviewdesk.store.assessments import status_of_forms
        from interviewdesk.ui.exchange.package_dialog import Seat

        return [Seat(s.panel_member_id, s.name, s.state == "submitted")
                for s in status_of_forms(self.db, interview_id)]

    def send_panel_package(self, interview_id: int) -> Path | None:
        """Ask for whom, then write the panel package; the file, or ``None``."""
        return self._send("panel", interview_id)

    def send_return(self, interview_id: int) -> Path | None:
        """Ask whose form, then write the return package; the file, or ``None``."""
        return self._send("return", interview_id)

    def _send(self, kind: str, interview_id: int) -> Path | None:
        from interviewdesk.exchange import (
            FormNotSubmitted,
            PackageError,
            build_panel_package,
            build_return_package,
            scoring_member_of,
            write_package,
        )
        from interviewdesk.store.interview_records import load_session
        from interviewdesk.ui.printing import wait_cursor

        seats = self._seats(interview_id)
        if not seats:
            messages.inform(self.parent_widget, self.tr("No panel"), self.tr(
                "This interview has no panel yet. Add the panel members in its planning "
                "first."))
            return None
        if kind == "return":
            scorer = scoring_member_of(self.db, interview_id)
            seats = [seat for seat in seats if seat.panel_member_id == scorer]
            if not seats:
                messages.inform(self.parent_widget, self.tr("Nothing to return from here"),
                                self.tr(
                    "This interview did not come to this laptop in a panel package, so no "
                    "form can be returned from here. A panel member returns their own form "
                    "from their own laptop, after importing the panel package the chair "
                    "made for them."))
                return None
        from interviewdesk.ui.exchange.package_dialog import PackageDialog

        candidate = load_session(self.db, interview_id).candidate_name
        choice, accepted = PackageDialog.ask(self.parent_widget, kind, seats, self.folder,
                                             candidate)
        if not accepted or choice is None:
            return None
        try:
            with wait_cursor():
                if kind == "panel":
                    package = build_panel_package(self.db, interview_id,
                                                  choice.panel_member_id,
                                                  with_documents=choice.option)
                else:
                    package = build_return_package(self.db, interview_id,
                                                   choice.panel_member_id,
                                                   with_notes=choice.option)
                written = write_package(package, choice.path)
        except FormNotSubmitted:
            name = next(s.name for s in seats if s.panel_member_id == choice.panel_member_id)
            messages.error(self.parent_widget, self.tr("Not submitted yet"), self.tr(
                "{name}'s assessment form is not submitted, so it cannot be returned yet. "
                "Open the form, complete it and submit it first.").format(name=name))
            return None
        except (PackageError, OSError) as error:
            log.warning("A %s package could not be written: %s", kind, type(error).__name__)
            messages.error(self.parent_widget, self.tr("The package was not saved"), self.tr(
                "The package could not be saved as {path}. Check that the folder exists and "
                "that you may write in it.").format(path=choice.path), str(error))
            return None
        self.folder = written.parent
        messages.inform(self.parent_widget, self.tr("Package saved"), self.tr(
            "The package is saved as {path}. Send it by a safe route (a USB stick, or your "
            "firm's secure mail); it holds personal data.").format(path=written))
        return written

    def move_database(self) -> Path | None:
        """Write the whole database as a move package; the file, or ``None``."""
        from interviewdesk.exchange import (
            SUFFIX,
            PackageError,
            build_move_package,
            write_package,
        )
        from interviewdesk.ui.exchange import files
        from interviewdesk.ui.printing import wait_cursor

        suggested = self.folder / f"InterviewDesk move{SUFFIX}"
        path = files.choose_save_path(self.parent_widget, suggested)
        if path is None:
            return None
        try:
            with wait_cursor():
                written = write_package(build_move_package(self.db), path)
        except (PackageError, OSError) as error:
            messages.error(self.parent_widget, self.tr("The package was not saved"), self.tr(
                "The package could not be saved as {path}. Check that the folder exists and "
                "that you may write in it.").format(path=path), str(error))
            return None
        messages.inform(self.parent_widget, self.tr("Database packed"), self.tr(
            "Everything is in {path}. On the new laptop, start InterviewDesk with an empty "
            "data folder and import this file there (File → Import package…). Keep the file "
            "safe, and delete it once the move is done: it holds all your data.").format(
                path=path))
        return written

    def choose_and_import(self) -> "ImportResult | None":
        """Ask for a package file and import it."""
        from interviewdesk.ui.exchange import files

        path = files.choose_open_path(self.parent_widget, self.folder)
        return self.import_file(path) if path is not None else None

    def import_file(self, path: Path) -> "ImportResult | None":
        """Import the package at ``path`` and say what it did (or why it could not)."""
        from interviewdesk.exchange import PackageError, import_package
        from interviewdesk.ui.printing import wait_cursor

        try:
            with wait_cursor():
                result = import_package(self.db, path)
        except PackageError as error:
            log.warning("A package was refused: %s", type(error).__name__)
            messages.error(self.parent_widget, self.tr("The package was not imported"),
                           self.tr("Nothing was imported; your data is as it was."),
                           str(error))
            return None
        self.folder = path.parent
        messages.inform(self.parent_widget, self.tr("Package imported"), self._said(result))
        if not result.changed_nothing:
            self.imported.emit(result.interview_id or 0)
        return result

    def review_changes(self, interview_id: int) -> None:
        """Show the changes returned for ``interview_id``, as the chair sees them."""
        from interviewdesk.store.assessments import status_of_forms
        from interviewdesk.ui.exchange.changes_dialog import ReturnedChangesDialog

        chair = next((s.panel_member_id for s in status_of_forms(self.db, interview_id)
                      if s.role == "chair"), None)
        dialog = ReturnedChangesDialog(self.db, interview_id, chair, self.parent_widget)
        dialog.decided.connect(self.decided)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _said(self, result: "ImportResult") -> str:
        """What an import did, in the user's words."""
        from interviewdesk.store.interview_records import load_session

        if result.outcome == "already_imported":
            when = format_moment(result.imported_before) if result.imported_before else ""
            return self.tr("This package was imported before ({when}). Nothing was "
                           "changed.").format(when=when)
        if result.outcome == "moved":
            return self.tr("The whole database was moved into this data folder.")
        candidate = load_session(self.db, result.interview_id or 0).candidate_name \
            if result.interview_id else ""
        texts = {
            "created": self.tr("The interview with {candidate} is now on this laptop. Open "
                               "it to hold the interview, then fill in your assessment "
                               "form as usual."),
            "updated": self.tr("The interview with {candidate} was brought up to date."),
            "unchanged": self.tr("This package holds nothing new for the interview with "
                                 "{candidate}. Nothing was changed."),
            "submitted": self.tr("{member}'s assessment form for the interview with "
                                 "{candidate} is in, as submitted."),
            "pending_change": self.tr("{member} changed their submitted assessment form for "
                                      "the interview with {candidate}. The change was not "
                                      "applied: review it under Interview → Returned "
                                      "changes…"),
        }
        return texts[result.outcome].format(candidate=candidate, member=result.member_name)
