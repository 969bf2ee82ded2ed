"""The firm's own exercise: written in the editor (competency and anchors copied from
the example vacancy), stored, rated, changed, copied from a shipped one, deleted."""

from typing import Any

import pytest
from PySide6.QtCore import QSize

from interviewdesk.example.database import ExampleIds
from interviewdesk.example.texts import COMPETENCIES
from interviewdesk.store import exercises
from interviewdesk.store.database import Database
from interviewdesk.ui.training.exercise_editor import ExerciseEditor
from interviewdesk.ui.training.exercise_window import ExerciseWindow
from interviewdesk.ui.window_size import FRAME_ALLOWANCE
from tests.ui.modal import when_modal

ACTION = "Ik heb de klant gebeld, de storing uitgelegd en dezelfde middag opgelost."


@pytest.fixture
def window(qtbot: Any, english: None, db: Database, example: ExampleIds) -> ExerciseWindow:
    shown = ExerciseWindow(db)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def fill(editor: ExerciseEditor) -> None:
    editor.language.setCurrentIndex(editor.language.findData("nl"))
    editor.title.setText("De boze huurder")
    index = next(i for i in range(editor.source.count())
                 if "Klantgerichtheid" in editor.source.itemText(i))
    editor.source.setCurrentIndex(index)
    editor.source.activated.emit(index)
    editor.parts["situation"].setPlainText("Een huurder belde boos over een koude woning.")
    editor.parts["action"].setPlainText(ACTION)
    editor.score.setCurrentIndex(editor.score.findData(4))
    editor.reasoning.setPlainText("Anker 4: denkt mee en stelt gerust; geen 5, want niets "
                                  "voor alle klanten.")


def test_write_rate_change_and_delete_a_firms_exercise(
        window: ExerciseWindow, db: Database, example: ExampleIds, messages: Any) -> None:
    problems: list[str] = []

    def first_incomplete_then_complete(editor: ExerciseEditor) -> None:
        editor.title.setText("Zonder antwoord")
        editor.accept()  # nothing else filled in: refused, with what to do
        problems.append(editor.problem.text())
        fill(editor)
        editor.buttons.button(editor.buttons.StandardButton.Save).click()

    when_modal(ExerciseEditor, first_incomplete_then_complete)
    window.new_button.click()
    assert problems == ["Name the competency, or copy one from a vacancy."]
    (saved,) = exercises.firm_exercises(db)
    klant = next(c for c in COMPETENCIES if c.name == "Klantgerichtheid")
    assert (saved.title, saved.competency, saved.anchors) == (
        "De boze huurder", "Klantgerichtheid", klant.anchors)
    assert (saved.action, saved.reference_score, saved.task) == (ACTION, 4, "")
    assert window.language.currentData() == "nl"  # the list shows it
    assert window.current_key() == saved.key
    assert "De boze huurder" in window.list.currentItem().text()
    assert window.delete_button.isEnabled()

    sanne = example.interviewer_ids[0]
    window.set_viewer(sanne, "Sanne de Vries")
    window.view.choice.choose(3)
    window.save_button.click()
    assert exercises.own_rating(db, sanne, saved.key) is not None

    def change(editor: ExerciseEditor) -> None:
        assert editor.title.text() == "De boze huurder"  # loaded as stored
        assert editor.parts["action"].toPlainText() == ACTION
        editor.title.setText("De boze huurder (herzien)")
        editor.accept()

    when_modal(ExerciseEditor, change)
    window.edit_button.click()
    assert exercises.find_exercise(db, saved.key).title == "De boze huurder (herzien)"

    window.delete_button.click()
    assert messages.names()[-1] == "confirm"
    assert exercises.firm_exercises(db) == []
    assert exercises.rated_keys(db, sanne) == set()


def test_a_shipped_exercise_is_copied_not_changed(window: ExerciseWindow,
                                                  db: Database) -> None:
    window.language.setCurrentIndex(window.language.findData("en"))
    window.list.setCurrentRow(0)
    assert window.edit_button.text() == "Cop&y…" and not window.delete_button.isEnabled()

    def save_copy(editor: ExerciseEditor) -> None:
        assert editor.title.text() == "An ordinary service day"
        editor.title.setText("Our own service day")
        editor.accept()

    when_modal(ExerciseEditor, save_copy)
    window.edit_button.click()
    (copy,) = exercises.firm_exercises(db)
    assert copy.title == "Our own service day" and copy.reference_score == 3
    assert exercises.find_exercise(db, "en-01").title == "An ordinary service day"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_window_and_the_editor_fit_a_small_laptop_in_both_languages(
        qtbot: Any, english: None, db: Database, example: ExampleIds, language: str) -> None:
    from interviewdesk.ui.i18n import install_language

    install_language(language)
    room = QSize(1280, 720) - FRAME_ALLOWANCE
    window = ExerciseWindow(db)
    editor = ExerciseEditor(db)
    for widget in (window, editor):
        qtbot.addWidget(widget)
        widget.show()
        needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        assert needed.width() <= room.width() and needed.height() <= room.height(), widget
    window.set_viewer(example.interviewer_ids[0], "Sanne de Vries")
    needed = window.minimumSizeHint()
    assert needed.width() <= room.width() and needed.height() <= room.height()


def test_someone_who_has_not_rated_is_asked_before_the_editor_shows_the_reference(
        window: ExerciseWindow, db: Database, example: ExampleIds, messages: Any) -> None:
    window.set_viewer(example.interviewer_ids[0], "Sanne de Vries")
    window.language.setCurrentIndex(window.language.findData("en"))
    window.list.setCurrentRow(0)
    messages.answer = False
    opened = when_modal(ExerciseEditor, lambda editor: editor.reject(), timeout_ms=300)
    window.edit_button.click()
    assert messages.names() == ["confirm"]
    assert "rate it first" in messages.texts("confirm")[0]
    assert opened.seen == []
