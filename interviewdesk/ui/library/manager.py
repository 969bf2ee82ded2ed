"""File → Library…: the firm's library to look through, edit, rename and delete.

Entries are firm data, not personal data: deleting one changes no vacancy (vacancies
hold copies) and nothing about any candidate.
"""

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.library import LibraryCompetency, LibraryContents, LibraryQuestion
from interviewdesk.store.database import Database
from interviewdesk.store.library import delete_competency, delete_question, library_contents
from interviewdesk.ui import messages
from interviewdesk.ui.library.entry_dialogs import LibraryCompetencyDialog, LibraryQuestionDialog
from interviewdesk.ui.library.tree import LibraryTree, describe
from interviewdesk.ui.style import SPACING, SPACING_LARGE
from interviewdesk.ui.window_size import fitting_size

log = logging.getLogger(__name__)


class LibraryDialog(QDialog):
    """Look through the library; edit, rename or delete an entry.

    It follows what colleagues change in the library while it is open
    (:meth:`show_changes_by_others`, called by the main window's live updates even
    though this dialog is modal: ``follows_changes``)."""

    #: Told of others' changes while it is in front (ui/live_updates.py).
    follows_changes = True

    def __init__(self, db: Database, agenda: Agenda, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(fitting_size(QSize(980, 640), self))
        self._db = db
        self._agenda = agenda
        self._contents = LibraryContents()
        self.tree = LibraryTree(agenda, checkable=False)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Details of the entry"))
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button in (self.edit_button, self.delete_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.tree.view.itemActivated.connect(lambda _item, _column: self.edit_current())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.tree.currentChanged.connect(self._show)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([520, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.reload()
        self.tree.search.setFocus()

    @classmethod
    def manage(cls, parent: QWidget | None, db: Database, agenda: Agenda) -> None:
        """Show the library modally."""
        dialog = cls(db, agenda, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def reload(self, keep: object = None) -> None:
        """Read the library again; put the cursor back on the entry with ``keep``'s id."""
        try:
            self._contents = library_contents(self._db)
        except SQLAlchemyError as error:
            log.exception("The library could not be read")
            messages.error(self, self.tr("Library"),
                           self.tr("The library could not be read."), details=str(error))
            self._contents = LibraryContents()
        self._set_contents()
        self._put_cursor_on(keep)

    def _set_contents(self) -> None:
        self.tree.set_contents(self._contents, self.tr(
            "The library is empty. In the vacancy editor, “Save to library” keeps a "
            "competency with its anchors, or a question with its probes, here to reuse in "
            "other vacancies."))

    def _put_cursor_on(self, keep: object) -> None:
        """The cursor on the entry with ``keep``'s kind and id, if it is there."""
        if keep is None:
            return
        for item in self.tree.items():
            entry = self.tree.entry(item)
            if type(entry) is type(keep) and getattr(entry, "id", None) == getattr(
                    keep, "id", None):
                self.tree.view.setCurrentItem(item)
                break

    def show_changes_by_others(self) -> None:
        """Someone else changed data: show the library as it is now if it changed,
        with the search text, the entry under the cursor (if it still exists), the
        scrolling and the keyboard focus kept. Quiet when the library cannot be read
        (the main window says the server is away)."""
        try:
            contents = library_contents(self._db)
        except SQLAlchemyError as error:
            log.warning("Following the library's changes failed: %s", type(error).__name__)
            return
        if contents == self._contents:
            return
        current = self.tree.current()
        scrolled = self.tree.view.verticalScrollBar().value()
        focused = self.focusWidget()
        self._contents = contents
        self._set_contents()
        self._put_cursor_on(current)
        self.tree.view.verticalScrollBar().setValue(scrolled)
        if focused is not None and self.focusWidget() is not focused:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, entry: object) -> None:
        stage = self.tree.stage_name(entry.stage) if isinstance(entry, LibraryQuestion) else ""
        self.details.setHtml(describe(entry, stage))
        editable = isinstance(entry, LibraryCompetency | LibraryQuestion)
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def edit_current(self) -> None:
        """Edit (or rename) the entry under the cursor."""
        entry = self.tree.current()
        if isinstance(entry, LibraryCompetency):
            saved = LibraryCompetencyDialog(self._db, entry, self).saved()
        elif isinstance(entry, LibraryQuestion):
            saved = LibraryQuestionDialog(self._db, entry, self._agenda,
                                          self._contents.competencies, self).saved()
        else:
            return
        if saved:
            self.reload(entry)

    def delete_current(self) -> None:
        """Delete the entry under the cursor, after asking; a competency's questions
        go with it or stay, as the user chooses."""
        entry = self.tree.current()
        try:
            if isinstance(entry, LibraryCompetency) and entry.id is not None:
                if not self._delete_competency(entry):
                    return
            elif isinstance(entry, LibraryQuestion) and entry.id is not None:
                if not messages.confirm(
                        self, self.tr("Delete from the library"),
                        self.tr("Delete the question “{text}” from the library? Vacancies "
                                "that use it keep their copy.").format(
                            text=entry.text.strip().splitlines()[0]),
                        self.tr("Delete")):
                    return
                delete_question(self._db, entry.id)
            else:
                return
        except LookupError:
            pass  # deleted meanwhile: the reload shows it gone
        except SQLAlchemyError as error:
            log.exception("Deleting a library entry failed")
            messages.error(self, self.tr("Not deleted"),
                           self.tr("The library could not be written. Nothing was changed."),
                           details=str(error))
            return
        self.reload()

    def _delete_competency(self, entry: LibraryCompetency) -> bool:
        assert entry.id is not None
        if not entry.questions:
            if not messages.confirm(
                    self, self.tr("Delete from the library"),
                    self.tr("Delete the competency “{name}” from the library? Vacancies that "
                            "use it keep their copy.").format(name=entry.name),
                    self.tr("Delete")):
                return False
            delete_competency(self._db, entry.id, with_questions=False)
            return True
        choice = messages.choose(
            self, self.tr("Delete from the library"),
            self.tr("Delete the competency “{name}” from the library? %n question(s) in the "
                    "library test it. Vacancies that use them keep their copies.", "",
                    len(entry.questions)).format(name=entry.name),
            self.tr("Delete it and its &questions"), self.tr("Delete it, &keep the questions"))
        if choice is None:
            return False
        delete_competency(self._db, entry.id, with_questions=choice == 0)
        return True
