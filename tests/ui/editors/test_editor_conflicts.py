"""Two people edit the same candidate, vacancy or library entry: the second save shows
both versions of what both changed, merges the rest, and overwrites nothing silently
(``ui/editors/base.py``, ``save_conflicts``). "Someone else" is a second connection to
the same data folder: another window or process."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from interviewdesk.store.candidates import (
    CandidateDraft,
    delete_candidate,
    load_candidate_draft,
    save_candidate,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.conflict_dialog import ConflictDialog
from interviewdesk.ui.editors import CandidateDialog
from tests.ui.modal import when_modal


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """Someone else: a second connection to the same database file."""
    second = Database(db.path)
    yield second
    second.close()


def click_save(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def open_candidate(qtbot: Any, db: Database, candidate_id: int) -> CandidateDialog:
    dialog = CandidateDialog(db, candidate_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_fields_only_one_side_changed_merge_without_asking(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit", city="Gouda"))
    dialog = open_candidate(qtbot, db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    theirs.city = "Delft"
    save_candidate(other, theirs)
    dialog.phone.setText("06 12345678")
    asked = when_modal(ConflictDialog, lambda d: d.keep_mine.click(), timeout_ms=300)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not asked.seen, "nothing both changed: nothing to ask"
    stored = load_candidate_draft(db, candidate_id)
    assert (stored.city, stored.phone) == ("Delft", "06 12345678")


def test_a_text_both_changed_is_asked_about_with_who_and_merged(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit", notes="Sterk."))
    dialog = open_candidate(qtbot, db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    theirs.notes = "Sterk. Belt terug."
    save_candidate(other, theirs)
    dialog.notes.setPlainText("Sterk. Wil parttime.")
    shown: list[tuple[str, str, str, bool]] = []

    def merge(conflict_dialog: ConflictDialog) -> None:
        shown.append((conflict_dialog.intro.text(), conflict_dialog.theirs.toPlainText(),
                      conflict_dialog.mine.toPlainText(),
                      conflict_dialog.merged.isVisibleTo(conflict_dialog)))
        conflict_dialog.merged.setPlainText("Sterk. Belt terug. Wil parttime.")
        conflict_dialog.save_merged.click()

    script = when_modal(ConflictDialog, merge)
    click_save(qtbot, dialog)
    assert script.seen and dialog.result() == dialog.DialogCode.Accepted
    intro, their_text, my_text, mergeable = shown[0]
    # A laptop knows no names: another window, never a guessed person.
    assert intro.startswith("Another window saved the notes on the candidate")
    assert (their_text, my_text, mergeable) == ("Sterk. Belt terug.", "Sterk. Wil parttime.",
                                                True)
    assert load_candidate_draft(db, candidate_id).notes == "Sterk. Belt terug. Wil parttime."


def test_a_value_both_changed_offers_the_two_versions_only(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit", city="Gouda"))
    dialog = open_candidate(qtbot, db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    theirs.city = "Delft"
    save_candidate(other, theirs)
    dialog.city.setText("Leiden")
    seen: list[bool] = []

    def keep_theirs(conflict_dialog: ConflictDialog) -> None:
        seen.append(conflict_dialog.merged.isVisibleTo(conflict_dialog))
        conflict_dialog.keep_theirs.click()

    when_modal(ConflictDialog, keep_theirs)
    click_save(qtbot, dialog)
    assert seen == [False]
    assert load_candidate_draft(db, candidate_id).city == "Delft"


def test_closing_the_question_saves_nothing_and_keeps_the_input(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit", notes="a"))
    dialog = open_candidate(qtbot, db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    theirs.notes = "theirs"
    save_candidate(other, theirs)
    dialog.notes.setPlainText("mine")
    when_modal(ConflictDialog, lambda d: d.reject())
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.notes.toPlainText() == "mine"
    assert load_candidate_draft(db, candidate_id).notes == "theirs"
    assert "Not saved yet" in messages.texts("inform")[-1]
    # Saving again asks again: the other version is still not seen.
    script = when_modal(ConflictDialog, lambda d: d.keep_mine.click())
    click_save(qtbot, dialog)
    assert script.seen and load_candidate_draft(db, candidate_id).notes == "mine"


def test_a_candidate_deleted_meanwhile_can_be_saved_as_new(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit"))
    dialog = open_candidate(qtbot, db, candidate_id)
    delete_candidate(other, candidate_id)
    dialog.notes.setPlainText("Belangrijk")
    messages.answer = False  # "Keep editing"
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Belangrijk"
    asked = messages.texts("ask")[-1]
    assert "deleted" in asked and "erased at their own request" in asked
    messages.answer = True  # "Save as new"
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_id is not None  # SQLite may give the freed id again
    again = load_candidate_draft(db, dialog.saved_id)
    assert (again.name, again.notes) == ("Eva Smit", "Belangrijk")


# -- library entries -------------------------------------------------------------------


def _library(db: Database) -> Any:
    from interviewdesk.domain.library import LibraryCompetency, LibraryContents, LibraryQuestion
    from interviewdesk.store.library import library_contents, save_to_library

    save_to_library(db, LibraryContents(
        [LibraryCompetency(name="Samenwerken", description="In een team.",
                           questions=[LibraryQuestion(text="Vertel over een team.",
                                                      stage="experience")])], []),
        update_duplicates=False)
    return library_contents(db)


def test_a_library_competency_both_changed_is_merged_field_by_field(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    from interviewdesk.store.library import library_contents, update_competency
    from interviewdesk.ui.library.entry_dialogs import LibraryCompetencyDialog

    entry = _library(db).competencies[0]
    dialog = LibraryCompetencyDialog(db, entry)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = library_contents(other).competencies[0]
    theirs.description = "In een team, ook op afstand."
    theirs.keywords = "team"
    update_competency(other, theirs)
    dialog.description.setPlainText("In een team en met klanten.")
    dialog.name.setText("Samenwerken en afstemmen")
    asked: list[str] = []

    def keep_mine(conflict_dialog: ConflictDialog) -> None:
        asked.append(conflict_dialog.intro.text())
        conflict_dialog.keep_mine.click()

    when_modal(ConflictDialog, keep_mine)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(asked) == 1 and "description" in asked[0]
    stored = library_contents(db).competencies[0]
    assert (stored.name, stored.description, stored.keywords) == (
        "Samenwerken en afstemmen", "In een team en met klanten.", "team")


def test_a_library_question_deleted_meanwhile_is_saved_as_new(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    from interviewdesk.domain.agenda import default_agenda
    from interviewdesk.store.library import delete_question, library_contents
    from interviewdesk.ui.library.entry_dialogs import LibraryQuestionDialog

    contents = _library(db)
    entry = contents.competencies[0].questions[0]
    dialog = LibraryQuestionDialog(db, entry, default_agenda(), contents.competencies)
    qtbot.addWidget(dialog)
    dialog.show()
    delete_question(other, entry.id or 0)
    dialog.probes.setPlainText("Wat was jouw rol?")
    click_save(qtbot, dialog)  # messages.ask answers "Save as new"
    assert dialog.result() == dialog.DialogCode.Accepted
    questions = library_contents(db).competencies[0].questions
    assert [(q.text, q.probes) for q in questions] == [("Vertel over een team.",
                                                         "Wat was jouw rol?")]


# -- vacancies -------------------------------------------------------------------------


def _vacancy(db: Database) -> int:
    from interviewdesk.store.vacancies import (
        CompetencyDraft,
        QuestionDraft,
        VacancyDraft,
        competency_key,
        load_vacancy_draft,
        save_vacancy,
    )

    vacancy_id = save_vacancy(db, VacancyDraft(title="Monteur", text="Wij zoeken.", competencies=[
        CompetencyDraft(name="Vakkennis", description="Kent het vak."),
        CompetencyDraft(name="Klantgericht")]))
    draft = load_vacancy_draft(db, vacancy_id)
    draft.questions["experience"].append(QuestionDraft(
        text="Vertel over je werk.", competency_key=competency_key(
            draft.competencies[0].id or 0)))
    save_vacancy(db, draft)
    return vacancy_id


def open_vacancy(qtbot: Any, db: Database, vacancy_id: int) -> Any:
    from interviewdesk.ui.editors import VacancyDialog

    dialog = VacancyDialog(db, vacancy_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_vacancy_kit_both_changed_merges_and_asks_per_field(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    from interviewdesk.store.vacancies import load_vacancy_draft, save_vacancy

    vacancy_id = _vacancy(db)
    dialog = open_vacancy(qtbot, db, vacancy_id)
    theirs = load_vacancy_draft(other, vacancy_id)
    theirs.location = "Utrecht"
    theirs.competencies[0].description = "Kent het vak en de storingen."
    theirs.questions["experience"][0].probes = "Wat ging mis?"
    save_vacancy(other, theirs)
    dialog.text.setPlainText("Wij zoeken een monteur.")
    dialog.competencies.competencies()[0].description = "Kent het vak door en door."
    dialog.competencies.competencies()[1].weight = 2.0
    asked: list[str] = []

    def keep_theirs(conflict_dialog: ConflictDialog) -> None:
        asked.append(conflict_dialog.intro.text())
        conflict_dialog.keep_theirs.click()

    when_modal(ConflictDialog, keep_theirs)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(asked) == 1 and "the description of the competency “Vakkennis”" in asked[0]
    stored = load_vacancy_draft(db, vacancy_id)
    assert (stored.location, stored.text) == ("Utrecht", "Wij zoeken een monteur.")
    assert [(c.description, c.weight) for c in stored.competencies] == [
        ("Kent het vak en de storingen.", 1.0), ("", 2.0)]
    question = stored.questions["experience"][0]
    assert (question.probes, question.competency_key) == (
        "Wat ging mis?", f"id-{stored.competencies[0].id}")


def test_a_competency_removed_here_but_changed_elsewhere_is_kept_and_shown(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    from interviewdesk.store.vacancies import load_vacancy_draft, save_vacancy

    vacancy_id = _vacancy(db)
    dialog = open_vacancy(qtbot, db, vacancy_id)
    theirs = load_vacancy_draft(other, vacancy_id)
    theirs.competencies[1].description = "Luistert naar de klant."
    save_vacancy(other, theirs)
    kept = dialog.competencies.competencies()[0]
    dialog.competencies.set_competencies([kept])  # Klantgericht removed here
    click_save(qtbot, dialog)
    # Not saved yet: the merge is shown, with why, for the user to check.
    assert dialog.isVisible()
    assert "Klantgericht" in messages.texts("inform")[-1]
    assert [c.name for c in dialog.competencies.competencies()] == ["Vakkennis",
                                                                     "Klantgericht"]
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = load_vacancy_draft(db, vacancy_id)
    assert [c.description for c in stored.competencies] == ["Kent het vak.",
                                                            "Luistert naar de klant."]


def test_the_dialog_names_who_saved_and_never_renders_a_name_as_markup(
        qtbot: Any, english: None) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt as QtCore

    from interviewdesk.domain.concurrent_edits import Change, Conflict

    at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    conflict = Conflict(("editor", 0), "notes", "a", "b", 0, at)
    named = ConflictDialog(conflict, "the notes", change=Change("<b>Anna</b>", at))
    qtbot.addWidget(named)
    assert named.intro.text().startswith("<b>Anna</b> saved the notes while you were editing.")
    headings = [label for label in named.findChildren(type(named.intro))
                if label.text().startswith("Saved by")]
    assert headings and headings[0].textFormat() == QtCore.TextFormat.PlainText
    mine = ConflictDialog(conflict, "the notes", change=Change("Anna", at, by_me=True))
    qtbot.addWidget(mine)
    assert mine.intro.text().startswith("You saved the notes in another window")
    assert "Anna" not in mine.intro.text()
