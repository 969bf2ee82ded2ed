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
from interviewdesk.domain.concurrent_edits import Change, Conflict
from interviewdesk.store.database import Database
from interviewdesk.store.edit_conflicts import ChangedMeanwhile, DeletedMeanwhile
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.conflict_dialog import ConflictDialog
from interviewdesk.ui.editors.save_conflicts import EditMerge
from interviewdesk.ui.editors.store_messages import user_message

log = logging.getLogger(__name__)

#: How many times a save merges with someone else's save before giving up for now.
ATTEMPTS = 3


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
        self._base: object = None
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
        """Check and write the draft; on a problem, say what and where. True if saved.

        Saved by someone else since this dialog read it: both versions are merged
        and what both changed is asked about (:meth:`_merge_with_stored`), then the
        merge is saved; deleted meanwhile: :meth:`_deleted`."""
        draft = self.collect()
        for _attempt in range(ATTEMPTS):
            try:
                return self._write(draft)
            except ChangedMeanwhile as changed:
                try:
                    merged = self._merge_with_stored(draft, changed.change)
                except DeletedMeanwhile:
                    return self._deleted(draft)
                if merged is None:
                    return False
                draft = merged
            except DeletedMeanwhile:
                return self._deleted(draft)
        messages.error(self, QCoreApplication.translate("EditorDialog", "Not saved"),
                       QCoreApplication.translate(
                           "EditorDialog", "Someone else keeps saving this record at the same "
                           "moment. Your changes are still in this window: save again in a "
                           "moment."))
        return False

    def _write(self, draft: object) -> bool:
        """Check and write ``draft`` once; a save someone else's save got in the way of
        is raised (:class:`ChangedMeanwhile`, :class:`DeletedMeanwhile`)."""
        try:
            self.check(draft)
            self.saved_id = self.store(draft)
        except (ChangedMeanwhile, DeletedMeanwhile):
            raise
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

    # -- two people saving the same record (store.edit_conflicts) ------------------------

    def remember_base(self, draft: object) -> None:
        """Remember ``draft`` (as read from the store) as what this dialog is based on:
        a later save by someone else is merged against it."""
        self._base = copy.deepcopy(draft)

    def reload(self) -> object:
        """The record as stored now, as a draft (``LookupError`` if it is gone)."""
        raise NotImplementedError

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """``mine`` (on screen) and ``theirs`` (stored now) merged against ``base``."""
        raise NotImplementedError

    def show_merged(self, draft: object) -> None:
        """Show ``draft`` in the widgets and base the next save on its version."""
        raise NotImplementedError

    def as_new(self, draft: object) -> object | None:
        """``draft`` as a new record, for when the stored one was deleted meanwhile
        (``None``: this dialog cannot save it as new)."""
        return None

    def deleted_warning(self) -> str:
        """What to weigh before saving a record deleted meanwhile as new ("" none)."""
        return ""

    def _merge_with_stored(self, mine: object, change: Change) -> object | None:
        """Merge ``mine`` with the version stored now; ask about each field both
        changed. The merged draft to save, or ``None`` when nothing is to be saved now
        (a question closed without a choice, or a merge the user should look at)."""
        try:
            theirs = self.reload()
        except LookupError:
            raise DeletedMeanwhile("Deleted meanwhile.") from None
        outcome = self.merge(self._base, theirs, mine)
        for clash in outcome.clashes:
            conflict = Conflict(("editor", 0), clash.what, clash.theirs, clash.mine, 0,
                                change.at)
            decided = ConflictDialog.decide(conflict, clash.what, change,
                                            mergeable=clash.mergeable, parent=self)
            if decided is None:
                messages.inform(self, QCoreApplication.translate("EditorDialog",
                                                                 "Not saved yet"),
                                QCoreApplication.translate(
                                    "EditorDialog", "Nothing was saved: your version is still "
                                    "in this window. Save again to choose between the two "
                                    "versions."))
                return None
            clash.apply(*decided)
        clean = self._clean
        self.show_merged(outcome.build())
        self._clean = clean  # the merge is not saved yet: closing still asks first
        self.remember_base(theirs)
        if outcome.notes:
            messages.inform(self, QCoreApplication.translate("EditorDialog", "Not saved yet"),
                            "\n\n".join([QCoreApplication.translate(
                                "EditorDialog", "Someone else saved this record while you "
                                "were editing it. This window now shows both versions "
                                "combined:"), *outcome.notes, QCoreApplication.translate(
                                    "EditorDialog", "Check it, then save again.")]))
            return None
        return self.collect()

    def _deleted(self, draft: object) -> bool:
        """The record was deleted meanwhile: say so, keep the input, and offer to save
        it as a new record where the dialog can."""
        title = QCoreApplication.translate("EditorDialog", "Deleted meanwhile")
        text = QCoreApplication.translate(
            "EditorDialog", "This record was deleted (by someone else, or in another "
            "window) while you were editing it. What you typed is still in this window.")
        new = self.as_new(draft)
        if new is None:
            messages.error(self, title, " ".join((text, QCoreApplication.translate(
                "EditorDialog", "Copy what you need before closing it."))))
            return False
        warning = self.deleted_warning()
        if not messages.ask(self, title, " ".join(p for p in (text, warning) if p),
                            QCoreApplication.translate("EditorDialog", "Save as new"),
                            QCoreApplication.translate("EditorDialog", "Keep editing")):
            return False
        clean = self._clean
        self.show_merged(new)
        self._clean = clean
        self._base = None
        try:
            return self._write(self.collect())
        except (ChangedMeanwhile, DeletedMeanwhile):  # a new record meets neither
            return False

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
