"""What every editor dialog shares: Save and Cancel, Ctrl+S, asking before
unsaved changes are thrown away, and showing why something cannot be saved.

A dialog subclass maps its widgets to a draft with ``load()`` and ``collect()`` and
writes the draft with ``store()``; "unsaved changes" is simply "the collected draft
differs from the one loaded", so no widget signal has to be wired for it.
"""

import copy
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.domain.agenda import Agenda, AgendaError, default_agenda, load_agenda
from interviewdesk.store.database import Database
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.editors.store_messages import user_message

log = logging.getLogger(__name__)


class Problem(Exception):
    """Something the user must fix before saving: ``message`` (translated) and the
    widget to put the cursor in, after ``reveal`` has made it visible."""

    def __init__(
        self, message: str, widget: QWidget | None = None,
        reveal: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.widget = widget
        self.reveal = reveal


class EditorDialog(QDialog):
    """A dialog that edits one draft and saves it with the store.

    Subclasses implement ``collect()`` (the draft as the widgets show it),
    ``check(draft)`` (raise :class:`Problem`) and ``store(draft) -> int``.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved_id: int | None = None
        self._clean: object = None
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(QCoreApplication.translate("EditorDialog", "Save (Ctrl+S)"))
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.accept)

    # -- for subclasses ------------------------------------------------------------

    def collect(self) -> object:
        """The draft as the widgets show it now."""
        raise NotImplementedError

    def check(self, draft: object) -> None:
        """Raise :class:`Problem` for the first thing the user must fix."""

    def store(self, draft: object) -> int:
        """Write ``draft`` and return the saved row's id."""
        raise NotImplementedError

    def problem_for(self, error: ValidationError) -> Problem:
        """The store refused the draft: where to send the user (default: nowhere)."""
        return Problem(user_message(error))

    # -- dirty tracking -------------------------------------------------------------

    def mark_clean(self) -> None:
        """Remember the current state as the saved one."""
        self._clean = copy.deepcopy(self.collect())

    def is_dirty(self) -> bool:
        """Whether the widgets show something not yet saved."""
        return self.collect() != self._clean

    # -- saving and closing ----------------------------------------------------------

    def save(self) -> bool:
        """Check and write the draft; on a problem, say what and where. True if saved."""
        draft = self.collect()
        try:
            self.check(draft)
            self.saved_id = self.store(draft)
        except Problem as problem:
            self.show_problem(problem)
            return False
        except ValidationError as error:
            self.show_problem(self.problem_for(error))
            return False
        except (SQLAlchemyError, OSError) as error:
            log.exception("Saving failed")
            messages.error(
                self,
                QCoreApplication.translate("EditorDialog", "Not saved"),
                QCoreApplication.translate(
                    "EditorDialog",
                    "Your changes could not be saved. They are still in this window: "
                    "try again, or copy what you typed before closing it.",
                ),
                details=str(error),
            )
            return False
        self._clean = copy.deepcopy(draft)
        return True

    def show_problem(self, problem: Problem) -> None:
        """Tell the user what to fix, then put the cursor there."""
        messages.error(
            self, QCoreApplication.translate("EditorDialog", "Not saved yet"), problem.message
        )
        if problem.reveal is not None:
            problem.reveal()
        if problem.widget is not None:
            problem.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save, and close only if that worked."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Close without saving, asking first if that throws changes away."""
        if self.is_dirty() and not messages.confirm(
            self,
            QCoreApplication.translate("EditorDialog", "Discard changes?"),
            QCoreApplication.translate(
                "EditorDialog", "You changed things in this window. Close it without saving them?"
            ),
            QCoreApplication.translate("EditorDialog", "Discard changes"),
        ):
            return
        self._clean = copy.deepcopy(self.collect())
        super().reject()

    def run(self) -> int | None:
        """Show the dialog modally; the saved id, or ``None`` if cancelled."""
        try:
            accepted = self.exec() == QDialog.DialogCode.Accepted
            return self.saved_id if accepted else None
        finally:
            self.deleteLater()


def not_found(parent: QWidget | None) -> None:
    """The record to edit is gone (deleted in another window, or by retention)."""
    messages.error(
        parent,
        QCoreApplication.translate("EditorDialog", "Not found"),
        QCoreApplication.translate(
            "EditorDialog", "This record no longer exists. It may have been deleted meanwhile."
        ),
    )


def agenda_for(db: Database) -> Agenda:
    """The firm's agenda from the database's data folder, or the shipped one if the
    firm's file is broken (the main window reports that; an editor just needs names)."""
    try:
        return load_agenda(db.path.parent)
    except AgendaError:
        log.warning("The firm's agenda cannot be read; using the shipped one.", exc_info=True)
        return default_agenda()
