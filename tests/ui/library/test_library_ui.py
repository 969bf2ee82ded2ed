"""Copying a vacancy and the library, driven through the real widgets: the home
view's "Copy vacancy…", "Save to library" and "Add from library…" in the vacancy
editor, and File → Library…."""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from interviewdesk.domain.library import LibraryContents, load_starter
from interviewdesk.store.database import Database
from interviewdesk.store.library import library_contents, save_to_library
from interviewdesk.store.vacancies import get_vacancy, load_vacancy_draft, vacancy_choices
from interviewdesk.ui import messages as messages_module
from interviewdesk.ui.editors import VacancyDialog
from interviewdesk.ui.library.entry_dialogs import LibraryCompetencyDialog
from interviewdesk.ui.library.manager import LibraryDialog
from interviewdesk.ui.library.picker import LibraryPicker
from interviewdesk.ui.main_window import MainWindow
from tests.ui.modal import when_modal

FAILURES: list[BaseException] = []


def guarded(act: Callable[[Any], None]) -> Callable[[Any], None]:
    """``act`` on a modal dialog, which is closed if ``act`` fails (the failure is kept
    in :data:`FAILURES` for the test to raise), so a failed check never hangs the test."""
    def run(dialog: Any) -> None:
        try:
            act(dialog)
        except BaseException as error:  # re-raised by check_failures
            FAILURES.append(error)
            dialog.reject()
    return run


def check_failures() -> None:
    if FAILURES:
        raise FAILURES.pop()


@pytest.fixture
def editor(qtbot: Any, english: None, db: Database) -> Callable[[int | None], VacancyDialog]:
    def open_editor(vacancy_id: int | None = None) -> VacancyDialog:
        dialog = VacancyDialog(db, vacancy_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_editor


def _vacancy_with_kit(records: Any, db: Database) -> int:
    job = records.vacancy("Servicemonteur")
    records.competency(job, "Klantgerichtheid", weight=1.5)
    draft = load_vacancy_draft(db, job)
    from interviewdesk.store.vacancies import QuestionDraft, save_vacancy

    key = draft.competencies[0].key
    draft.competencies[0].anchors = [f"Anker {n}" for n in range(1, 6)]
    draft.questions["behavioural"].append(QuestionDraft(
        text="Vertel over een boze klant.", probes="Wat deed je zelf?", kind="behavioural",
        competency_key=key))
    draft.questions["experience"].append(QuestionDraft(text="Waarom wil je weg?"))
    save_vacancy(db, draft)
    return job


def test_copy_vacancy_from_the_context_menu_and_the_file_menu(
        main_window: MainWindow, records: Any, db: Database, monkeypatch: Any) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(VacancyDialog, "edit", classmethod(
        lambda cls, parent, db, vacancy_id=None: opened.append(vacancy_id)))
    job = _vacancy_with_kit(records, db)
    home = main_window.home
    assert home is not None
    home.refresh()
    assert not main_window.copy_vacancy_action.isEnabled()
    home.select_vacancy(job)
    view = home.sidebar.vacancies.view
    menu = {a.text(): a for a in view.actions() if not a.isSeparator()}
    menu["Copy vacancy…"].trigger()

    [copy_id] = opened
    assert copy_id is not None and copy_id != job
    assert get_vacancy(db, copy_id).title == "Copy of Servicemonteur"
    original, copy = load_vacancy_draft(db, job), load_vacancy_draft(db, copy_id)
    assert [(c.name, c.weight, c.anchors) for c in copy.competencies] == [
        (c.name, c.weight, c.anchors) for c in original.competencies]
    assert {s: [q.text for q in qs] for s, qs in copy.questions.items()} == {
        s: [q.text for q in qs] for s, qs in original.questions.items()}

    home.select_vacancy(job)
    assert main_window.copy_vacancy_action.isEnabled()
    assert main_window.copy_vacancy_action in main_window.file_menu.actions()
    main_window.copy_vacancy_action.trigger()
    assert len(opened) == 2
    assert len(vacancy_choices(db)) == 3


def test_save_a_competency_to_the_library_and_choose_on_duplicates(
        editor: Callable[..., VacancyDialog], records: Any, db: Database, messages: Any,
        monkeypatch: Any, qtbot: Any) -> None:
    dialog = editor(_vacancy_with_kit(records, db))
    dialog.tabs.setCurrentWidget(dialog.competencies)
    qtbot.mouseClick(dialog.competencies.to_library, Qt.MouseButton.LeftButton)
    [saved] = library_contents(db).competencies
    assert saved.name == "Klantgerichtheid" and saved.anchors[4] == "Anker 5"
    assert [q.text for q in saved.questions] == ["Vertel over een boze klant."]
    assert "2 entries added to the library, 0 updated" in messages.texts("inform")[-1]

    # Cancel on the duplicate question: nothing changes.
    qtbot.mouseClick(dialog.competencies.to_library, Qt.MouseButton.LeftButton)
    assert "“Klantgerichtheid”" in messages.texts("choose")[-1]
    assert len(library_contents(db).competencies) == 1

    # Update: the library's entry takes the new anchor.
    dialog.competencies.anchors.fields[0].setPlainText("Beter anker 1")
    monkeypatch.setattr(messages_module, "choose", lambda *args: 0)
    qtbot.mouseClick(dialog.competencies.to_library, Qt.MouseButton.LeftButton)
    [updated] = library_contents(db).competencies
    assert updated.anchors[0] == "Beter anker 1"

    # Keep both: a second entry of the same name.
    monkeypatch.setattr(messages_module, "choose", lambda *args: 1)
    qtbot.mouseClick(dialog.competencies.to_library, Qt.MouseButton.LeftButton)
    assert [c.name for c in library_contents(db).competencies] == ["Klantgerichtheid"] * 2

    # The question alone, and the whole kit.
    dialog.tabs.setCurrentWidget(dialog.questions)
    dialog.questions.stages.setCurrentRow(0)
    qtbot.mouseClick(dialog.questions.to_library, Qt.MouseButton.LeftButton)
    assert "Waarom wil je weg?" in [q.text for q in library_contents(db).questions]
    monkeypatch.setattr(messages_module, "choose", lambda *args: 0)
    qtbot.mouseClick(dialog.kit_to_library, Qt.MouseButton.LeftButton)
    assert messages.texts("inform")[-1].endswith(
        "Question kit: 0 entries added to the library, 3 updated.")


def test_the_picker_adds_a_starter_competency_with_its_questions_by_keyboard(
        editor: Callable[..., VacancyDialog], db: Database, qtbot: Any) -> None:
    dialog = editor()
    dialog.title.setText("Planner")
    dialog.tabs.setCurrentWidget(dialog.competencies)

    def pick(picker: LibraryPicker) -> None:
        # An empty firm library: the starter set in the interface's language.
        assert picker.source.currentData() == "starter:en"
        assert len(picker.tree.items()) == 10 + 21
        qtbot.keyClicks(picker.tree.search, "teamwork")
        visible = [i for i in picker.tree.items() if not i.isHidden()]
        assert visible[0].text(0) == "Teamwork"
        assert not picker.add_button.isEnabled()
        qtbot.keyClick(picker.tree.search, Qt.Key.Key_Down)
        assert picker.focusWidget() is picker.tree.view
        assert picker.tree.current().name == "Teamwork"
        qtbot.keyClick(picker.tree.view, Qt.Key.Key_Space)
        assert picker.summary.text() == "Adds 1 competency · 2 questions"
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)

    script = when_modal(LibraryPicker, guarded(pick))
    qtbot.mouseClick(dialog.competencies.from_library, Qt.MouseButton.LeftButton)
    check_failures()
    assert script.seen
    [teamwork] = dialog.competencies.competencies()
    starter = load_starter("en").competencies[1]
    assert (teamwork.name, teamwork.anchors, teamwork.weight) == (
        "Teamwork", starter.anchors, 1.0)
    behavioural = dialog.questions.questions()["behavioural"]
    assert [q.text for q in behavioural] == [q.text for q in starter.questions]
    assert all(q.competency_key == teamwork.key for q in behavioural)

    dialog.accept()
    [(vacancy_id, _title)] = vacancy_choices(db)
    saved = load_vacancy_draft(db, vacancy_id)
    assert [c.name for c in saved.competencies] == ["Teamwork"]
    assert len(saved.questions["behavioural"]) == 2


def test_the_picker_offers_the_firm_library_and_a_question_alone(
        editor: Callable[..., VacancyDialog], db: Database, qtbot: Any) -> None:
    save_to_library(db, LibraryContents(load_starter("nl").competencies[:3]),
                    update_duplicates=False)
    dialog = editor()
    dialog.tabs.setCurrentWidget(dialog.questions)

    def pick(picker: LibraryPicker) -> None:
        assert picker.source.currentData() == "firm"
        assert [i.text(0) for i in picker.tree.items() if picker.tree.entry(i).__class__
                .__name__ == "LibraryCompetency"] == [
            "Klantgerichtheid", "Probleemoplossend vermogen", "Samenwerken"]
        question = picker.tree.items()[1]
        question.setCheckState(0, Qt.CheckState.Checked)
        assert picker.summary.text() == "Adds 0 competencies · 1 question"
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)

    when_modal(LibraryPicker, guarded(pick))
    qtbot.mouseClick(dialog.questions.from_library, Qt.MouseButton.LeftButton)
    check_failures()
    assert dialog.competencies.competencies() == []
    [question] = dialog.questions.questions()["behavioural"]
    assert question.text == load_starter("nl").competencies[0].questions[0].text
    assert question.competency_key is None


def test_file_library_renames_and_deletes_entries(
        main_window: MainWindow, db: Database, qtbot: Any, monkeypatch: Any) -> None:
    save_to_library(db, LibraryContents(load_starter("en").competencies[:2]),
                    update_duplicates=False)
    assert main_window.library_action in main_window.file_menu.actions()

    def rename(entry_dialog: LibraryCompetencyDialog) -> None:
        entry_dialog.name.selectAll()
        qtbot.keyClicks(entry_dialog.name, "Customer focus (sales)")
        save = entry_dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    def manage(library: LibraryDialog) -> None:
        assert library.tree.current().name == "Customer focus"
        when_modal(LibraryCompetencyDialog, guarded(rename))
        qtbot.mouseClick(library.edit_button, Qt.MouseButton.LeftButton)
        assert library.tree.current().name == "Customer focus (sales)"
        teamwork = next(i for i in library.tree.items() if i.text(0) == "Teamwork")
        library.tree.view.setCurrentItem(teamwork)
        monkeypatch.setattr(messages_module, "choose", lambda *args: 1)
        qtbot.mouseClick(library.delete_button, Qt.MouseButton.LeftButton)
        library.reject()

    script = when_modal(LibraryDialog, guarded(manage))
    main_window.library_action.trigger()
    check_failures()
    assert script.seen
    contents = library_contents(db)
    assert [c.name for c in contents.competencies] == ["Customer focus (sales)"]
    assert len(contents.questions) == 2  # Teamwork's questions stayed, testing nothing
