"""The library in the vacancy editor: "Save to library" for the competency or question
shown, or for the whole kit, and "Add from library…".

Saving works on the editor's draft as it is on screen, saved or not: the library gets
copies, and the vacancy itself is only written by the editor's own Save. When an entry
of the same name is in the library already, the user chooses: update it, or keep both.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.library import LibraryContents
from interviewdesk.store.database import Database
from interviewdesk.store.library import (
    SaveResult,
    competency_from_draft,
    duplicates,
    kit_from_draft,
    library_link,
    question_from_draft,
    save_to_library,
)
from interviewdesk.store.vacancies import VacancyDraft
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.editors.competencies_page import CompetenciesPage
from interviewdesk.ui.editors.questions_page import QuestionsPage

log = logging.getLogger(__name__)

#: How many duplicate names a question lists before "and n more".
LISTED = 5


class VacancyLibrary(QObject):
    """Connects the vacancy editor's pages to the firm's library."""

    def __init__(self, db: Database, agenda: Agenda, draft: Callable[[], VacancyDraft],
                 competencies: CompetenciesPage, questions: QuestionsPage,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._agenda = agenda
        self._draft = draft
        self._competencies = competencies
        self._questions = questions
        self._parent = parent
        competencies.libraryAddRequested.connect(self.add_from_library)
        questions.libraryAddRequested.connect(self.add_from_library)
        competencies.librarySaveRequested.connect(self.save_competency)
        questions.librarySaveRequested.connect(self.save_question)

    # -- saving -----------------------------------------------------------------------

    def save_competency(self) -> bool:
        """Keep the competency shown (with the kit's questions that test it)."""
        current = self._competencies.current()
        if current is None:
            return False
        if not current.name.strip():
            messages.error(self._parent, self.tr("Not saved to the library"),
                           self.tr("Give the competency a name first."))
            return False
        draft = self._draft()
        return self._save(LibraryContents([competency_from_draft(draft, current.key)]),
                          current.name.strip())

    def save_question(self) -> bool:
        """Keep the question shown, linked to the library's competency of the same name
        as the one it tests here, if the library has it."""
        current = self._questions.current()
        if current is None:
            return False
        if not current.text.strip():
            messages.error(self._parent, self.tr("Not saved to the library"),
                           self.tr("Type the question first."))
            return False
        item = question_from_draft(current, self._questions.current_stage())
        tested = self._draft().competency(current.competency_key)
        try:
            item.competency_id = library_link(self._db, tested.name) if tested else None
        except SQLAlchemyError:
            log.exception("The library could not be read")
        first_line = current.text.strip().splitlines()[0]
        return self._save(LibraryContents([], [item]), first_line)

    def save_kit(self) -> bool:
        """Keep every competency and question of the vacancy."""
        kit = kit_from_draft(self._draft())
        if kit.is_empty():
            messages.inform(self._parent, self.tr("Save the kit to the library"),
                            self.tr("This vacancy has no competencies or questions yet."))
            return False
        if any(not c.name.strip() for c in kit.competencies) or any(
                not q.text.strip() for c in kit.competencies for q in c.questions) or any(
                not q.text.strip() for q in kit.questions):
            messages.error(self._parent, self.tr("Not saved to the library"),
                           self.tr("A competency has no name or a question has no text yet. "
                                   "Fill it in or remove it, then save the kit again."))
            return False
        return self._save(kit, self.tr("Question kit"))

    def _save(self, contents: LibraryContents, what: str) -> bool:
        try:
            found = duplicates(self._db, contents)
            update = False
            if found:
                choice = messages.choose(
                    self._parent, self.tr("Already in the library"),
                    self.tr("The library already has {names}. Update the library's entries "
                            "with these, or keep both?").format(names=self._listed(found)),
                    self.tr("&Update the library"), self.tr("&Keep both"))
                if choice is None:
                    return False
                update = choice == 0
            result = save_to_library(self._db, contents, update_duplicates=update)
        except ValidationError as error:
            messages.error(self._parent, self.tr("Not saved to the library"), str(error))
            return False
        except SQLAlchemyError as error:
            log.exception("Saving to the library failed")
            messages.error(self._parent, self.tr("Not saved to the library"),
                           self.tr("The library could not be written. Nothing was changed."),
                           details=str(error))
            return False
        messages.inform(self._parent, self.tr("Saved to the library"), self._said(result, what))
        return True

    def _listed(self, names: list[str]) -> str:
        shown = ", ".join(f"“{name.strip().splitlines()[0]}”" for name in names[:LISTED])
        more = len(names) - LISTED
        return shown if more <= 0 else self.tr("{names} and %n more", "", more).format(
            names=shown)

    def _said(self, result: SaveResult, what: str) -> str:
        return self.tr("{what}: %n entry(ies) added to the library, {updated} updated.", "",
                       result.added).format(what=what, updated=result.updated)

    # -- adding -----------------------------------------------------------------------

    def add_from_library(self) -> bool:
        """Pick library entries and append copies to the vacancy being edited."""
        from interviewdesk.ui.library.picker import LibraryPicker

        kit = tuple(q.text for qs in self._questions.questions().values() for q in qs)
        additions = LibraryPicker.pick(self._parent, self._db, self._agenda,
                                       self._competencies.competencies(), kit)
        if additions is None or additions.count() == 0:
            return False
        if additions.competencies and not self._competencies.confirm_adding():
            return False
        self._competencies.add_competencies(additions.competencies)
        self._questions.add_questions(additions.questions)
        return True
