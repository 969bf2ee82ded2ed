"""The vacancy editor, driven through its widgets: details, competencies with
anchors, the question kit per stage, saving, reopening, validation and cancelling."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from interviewdesk.domain.scales import default_anchors
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import load_vacancy_draft, vacancy_choices
from interviewdesk.ui.editors import VacancyDialog


@pytest.fixture
def dialog(qtbot: Any, english: None, db: Database) -> VacancyDialog:
    dlg = VacancyDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    return dlg


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def add_competency(qtbot: Any, dlg: VacancyDialog, name: str, anchor_prefix: str) -> None:
    page = dlg.competencies
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.name, name)
    for score, field in enumerate(page.anchors.fields, start=1):
        type_into(qtbot, field, f"{anchor_prefix} {score}")


def add_question(qtbot: Any, dlg: VacancyDialog, stage_row: int, text: str,
                 competency: str | None = None) -> None:
    page = dlg.questions
    page.stages.setCurrentRow(stage_row)
    qtbot.mouseClick(page.lists[page.current_stage()].add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.text, text)
    if competency is not None:
        page.competency.setCurrentIndex(page.competency.findText(competency))


def click_save(qtbot: Any, dlg: VacancyDialog) -> None:
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_create_save_and_reopen_keeps_everything_in_order(
        qtbot: Any, dialog: VacancyDialog, db: Database, messages: Any) -> None:
    dlg = dialog
    type_into(qtbot, dlg.title, "Servicemonteur")
    type_into(qtbot, dlg.department, "Service")
    type_into(qtbot, dlg.text, "Wij zoeken een monteur.")

    dlg.tabs.setCurrentWidget(dlg.competencies)
    add_competency(qtbot, dlg, "Klantgericht", "K")
    add_competency(qtbot, dlg, "Technisch inzicht", "T")
    assert dlg.tabs.tabText(1) == "Co&mpetencies (2)"

    dlg.tabs.setCurrentWidget(dlg.questions)
    add_question(qtbot, dlg, 0, "Vertel over je huidige baan.")
    add_question(qtbot, dlg, 0, "Waarom wil je weg?")
    # The new, unsaved competencies are offered live, in their current order.
    assert [dlg.questions.competency.itemText(i) for i in range(3)] == [
        "— none —", "Klantgericht", "Technisch inzicht"]
    add_question(qtbot, dlg, 2, "Een boze klant...", competency="Klantgericht")
    add_question(qtbot, dlg, 2, "Een lastige storing...", competency="Technisch inzicht")
    # Reorder: the last behavioural question moves up with its button.
    qtbot.mouseClick(dlg.questions.lists["behavioural"].up_button, Qt.MouseButton.LeftButton)
    assert dlg.questions.stages.item(2).text().endswith("(2)")

    click_save(qtbot, dlg)

    assert messages.calls == []
    assert dlg.result() == QDialog.DialogCode.Accepted
    vacancy_id = dlg.saved_id
    assert vacancy_choices(db) == [(vacancy_id, "Servicemonteur")]

    again = VacancyDialog(db, vacancy_id)
    qtbot.addWidget(again)
    assert again.title.text() == "Servicemonteur"
    assert again.department.text() == "Service"
    assert again.text.toPlainText() == "Wij zoeken een monteur."
    competencies = again.competencies.competencies()
    assert [c.name for c in competencies] == ["Klantgericht", "Technisch inzicht"]
    assert competencies[1].anchors == [f"T {n}" for n in range(1, 6)]
    again.competencies.show_competency(competencies[1])
    assert again.competencies.anchors.anchors() == [f"T {n}" for n in range(1, 6)]
    questions = again.questions.questions()
    assert [q.text for q in questions["experience"]] == [
        "Vertel over je huidige baan.", "Waarom wil je weg?"]
    assert questions["skills"] == []
    assert [q.text for q in questions["behavioural"]] == [
        "Een lastige storing...", "Een boze klant..."]
    again.questions.show_question("behavioural", questions["behavioural"][0])
    assert again.questions.competency.currentText() == "Technisch inzicht"
    assert not again.is_dirty()


def test_new_competency_starts_from_the_default_anchors(
        qtbot: Any, dialog: VacancyDialog) -> None:
    qtbot.mouseClick(dialog.competencies.list.add_button, Qt.MouseButton.LeftButton)
    assert dialog.competencies.anchors.anchors() == [t.en for t in default_anchors()]
    assert dialog.competencies.stack.currentWidget() is dialog.competencies.form


def test_empty_state_explains_what_to_do(dialog: VacancyDialog) -> None:
    page = dialog.competencies
    assert page.stack.currentWidget() is page.empty
    assert "add the 3 to 6 that matter most" in page.empty.findChild(type(page.missing)).text()
    assert dialog.questions.form_stack.currentWidget() is dialog.questions.empty
    assert "Work experience" in dialog.questions.empty_text.text()


def test_missing_anchors_are_flagged_but_allowed(
        qtbot: Any, dialog: VacancyDialog, db: Database, messages: Any) -> None:
    type_into(qtbot, dialog.title, "Planner")
    add_competency(qtbot, dialog, "Plannen", "P")
    dialog.competencies.anchors.fields[1].clear()
    dialog.competencies.anchors.fields[3].clear()
    assert not dialog.competencies.missing.isHidden()
    assert "still empty (2, 4)" in dialog.competencies.missing.text()
    click_save(qtbot, dialog)
    assert messages.calls == []
    saved = load_vacancy_draft(db, dialog.saved_id)
    assert saved.competencies[0].missing_anchors() == [2, 4]


def test_empty_title_is_refused_with_a_message_and_focus(
        qtbot: Any, dialog: VacancyDialog, db: Database, messages: Any) -> None:
    dialog.tabs.setCurrentWidget(dialog.competencies)
    click_save(qtbot, dialog)

    assert messages.names() == ["error"]
    assert "title" in messages.texts("error")[0]
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.details
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title)
    assert vacancy_choices(db) == []


def test_unnamed_competency_and_empty_question_point_at_themselves(
        qtbot: Any, dialog: VacancyDialog, messages: Any) -> None:
    type_into(qtbot, dialog.title, "Planner")
    qtbot.mouseClick(dialog.competencies.list.add_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert "Competency 1 has no name" in messages.texts("error")[-1]
    assert dialog.tabs.currentWidget() is dialog.competencies

    type_into(qtbot, dialog.competencies.name, "Plannen")
    dialog.tabs.setCurrentWidget(dialog.questions)
    dialog.questions.stages.setCurrentRow(1)
    qtbot.mouseClick(dialog.questions.lists["skills"].add_button, Qt.MouseButton.LeftButton)
    dialog.questions.stages.setCurrentRow(0)
    click_save(qtbot, dialog)
    assert "question has no text" in messages.texts("error")[-1]
    assert dialog.questions.current_stage() == "skills"
    assert dialog.isVisible()


def test_removing_a_competency_unlinks_its_questions(
        qtbot: Any, dialog: VacancyDialog) -> None:
    add_competency(qtbot, dialog, "Klantgericht", "K")
    add_question(qtbot, dialog, 2, "Een boze klant...", competency="Klantgericht")
    dialog.tabs.setCurrentWidget(dialog.competencies)
    qtbot.mouseClick(dialog.competencies.list.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.questions.questions()["behavioural"][0].competency_key is None
    assert dialog.questions.competency.count() == 1
    assert dialog.competencies.stack.currentWidget() is dialog.competencies.empty


def test_competencies_reorder_with_keys_and_by_dragging(
        qtbot: Any, dialog: VacancyDialog) -> None:
    dialog.tabs.setCurrentWidget(dialog.competencies)
    for name in ("A", "B", "C"):
        add_competency(qtbot, dialog, name, name)
    page = dialog.competencies
    view = page.list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # C above B
    # A button's shortcut "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: [c.name for c in page.competencies()] == ["A", "C", "B"])
    assert page.list.current().name == "C"
    # A drop in the list moves the row in the model, objects and all.
    view.model().moveRow(view.rootIndex(), 0, view.rootIndex(), 3)
    assert [c.name for c in page.competencies()] == ["C", "B", "A"]
    assert [dialog.questions.competency.itemText(i) for i in range(1, 4)] == ["C", "B", "A"]


def test_cancel_asks_only_when_something_changed(
        qtbot: Any, dialog: VacancyDialog, messages: Any) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert messages.calls == []
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_cancel_when_dirty_asks_and_can_stay(
        qtbot: Any, dialog: VacancyDialog, db: Database, messages: Any) -> None:
    type_into(qtbot, dialog.title, "Half typed")
    messages.answer = False
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert messages.names() == ["confirm"]
    assert dialog.isVisible()

    messages.answer = True
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert messages.names() == ["confirm", "confirm"]
    assert not dialog.isVisible()
    assert vacancy_choices(db) == []


def test_closing_the_window_when_dirty_asks_too(
        qtbot: Any, dialog: VacancyDialog, messages: Any) -> None:
    type_into(qtbot, dialog.department, "Service")
    messages.answer = False
    dialog.close()
    assert messages.names() == ["confirm"]
    assert dialog.isVisible()


def test_ctrl_s_saves(qtbot: Any, dialog: VacancyDialog, db: Database) -> None:
    type_into(qtbot, dialog.title, "Planner")
    qtbot.keyClick(dialog.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [title for _id, title in vacancy_choices(db)] == ["Planner"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_edit_of_a_deleted_vacancy_says_so(qapp: Any, db: Database, messages: Any) -> None:
    assert VacancyDialog.edit(None, db, 12345) is None
    assert messages.names() == ["error"]


def test_title_and_place_fields_stop_at_their_limits(dialog: VacancyDialog) -> None:
    from interviewdesk.domain.field_limits import LOCATION_MAX, TITLE_MAX

    assert (dialog.title.maxLength(), dialog.department.maxLength(),
            dialog.location.maxLength()) == (TITLE_MAX, TITLE_MAX, LOCATION_MAX)


def test_adding_a_competency_after_a_decision_asks_first(
        qtbot: Any, english: None, db: Database, messages: Any) -> None:
    from interviewdesk.example.database import load_example

    example = load_example(db)  # one interview of the vacancy is decided
    dlg = VacancyDialog(db, example.vacancy_id)
    qtbot.addWidget(dlg)
    dlg.show()
    page = dlg.competencies
    before = len(page.competencies())
    messages.answer = False
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    assert messages.names() == ["confirm"]
    assert "the decided interview keeps its scores" in " ".join(messages.texts("confirm"))
    assert len(page.competencies()) == before  # not added
    messages.answer = True
    qtbot.mouseClick(page.list.add_button, Qt.MouseButton.LeftButton)
    assert len(page.competencies()) == before + 1
    dlg.reject()


@pytest.mark.parametrize("typed", ["1,5", "1.5"])
def test_a_weight_takes_either_decimal_mark(qtbot: Any, dialog: VacancyDialog,
                                            typed: str) -> None:
    from PySide6.QtCore import QLocale

    weight = dialog.competencies.weight
    weight.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qtbot.mouseClick(dialog.competencies.list.add_button, Qt.MouseButton.LeftButton)
    weight.setFocus()
    weight.lineEdit().selectAll()
    qtbot.keyClicks(weight.lineEdit(), typed)
    qtbot.keyClick(weight.lineEdit(), Qt.Key.Key_Tab)
    assert weight.value() == 1.5
    assert weight.text() == "1,5"  # shown in the Dutch notation
