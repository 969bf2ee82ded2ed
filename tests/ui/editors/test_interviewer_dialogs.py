"""The interviewers list and editor: add, edit, and deleting only those on no panel."""

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from interviewdesk.store.candidates import CandidateDraft, save_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import (
    InterviewerDraft,
    get_interviewer,
    list_interviewers,
    save_interviewer,
)
from interviewdesk.store.interviews import InterviewDraft, PanelSeat, save_interview
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from interviewdesk.ui.editors import InterviewerDialog, InterviewersDialog


def open_list(qtbot: Any, db: Database) -> InterviewersDialog:
    dlg = InterviewersDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def select(dlg: InterviewersDialog, name: str) -> None:
    row = next(r for r in range(dlg.table.rowCount()) if dlg.table.item(r, 0).text() == name)
    dlg.table.selectRow(row)


def test_empty_list_explains_what_to_do(qtbot: Any, english: None, db: Database) -> None:
    dlg = open_list(qtbot, db)
    assert dlg.stack.currentWidget() is dlg.empty
    assert not dlg.edit_button.isEnabled()


def test_add_through_the_modal_editor(qtbot: Any, english: None, db: Database,
                                      messages: Any) -> None:
    dlg = open_list(qtbot, db)
    seen: list[str] = []

    def fill_and_save() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, InterviewerDialog)
        seen.append(editor.windowTitle())
        qtbot.keyClicks(editor.name, "Piet Pieters")
        qtbot.keyClicks(editor.job_title, "Teamleider")
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)

    assert seen == ["New interviewer"]
    assert [(p.name, p.job_title) for p in list_interviewers(db)] == [
        ("Piet Pieters", "Teamleider")]
    assert dlg.table.rowCount() == 1
    assert dlg.selected_id() == list_interviewers(db)[0].id
    assert messages.calls == []


def test_editor_requires_a_name_and_keeps_edits(
        qtbot: Any, english: None, db: Database, messages: Any) -> None:
    piet = save_interviewer(db, InterviewerDraft(name="Piet"))
    editor = InterviewerDialog(db, piet)
    qtbot.addWidget(editor)
    editor.name.clear()
    editor.accept()
    assert "name" in messages.texts("error")[0]
    qtbot.keyClicks(editor.name, "Piet P.")
    qtbot.keyClicks(editor.email, "piet@firma.nl")
    editor.accept()
    assert get_interviewer(db, piet).email == "piet@firma.nl"
    assert editor.saved_id == piet


def test_delete_refused_while_on_a_panel(
        qtbot: Any, english: None, db: Database, messages: Any) -> None:
    piet = save_interviewer(db, InterviewerDraft(name="Piet"))
    vacancy = save_vacancy(db, VacancyDraft(title="Servicemonteur"))
    sanne = save_candidate(db, CandidateDraft(name="Sanne"))
    save_interview(db, InterviewDraft(candidate_id=sanne, vacancy_id=vacancy,
                                      panel=[PanelSeat(piet, "chair")]))
    dlg = open_list(qtbot, db)
    select(dlg, "Piet")
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)

    assert messages.names() == ["error"]
    text = messages.texts("error")[0]
    assert "Piet sits on the panel of 1 interview" in text
    assert "Sanne for Servicemonteur" in text
    assert [p.name for p in list_interviewers(db)] == ["Piet"]


@pytest.mark.parametrize("confirmed", [True, False])
def test_delete_asks_first(qtbot: Any, english: None, db: Database, messages: Any,
                           confirmed: bool) -> None:
    save_interviewer(db, InterviewerDraft(name="Anna"))
    dlg = open_list(qtbot, db)
    select(dlg, "Anna")
    messages.answer = confirmed
    qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert messages.names() == ["confirm"]
    assert len(list_interviewers(db)) == (0 if confirmed else 1)
    assert dlg.table.rowCount() == (0 if confirmed else 1)


def test_enter_in_a_field_saves(qtbot: Any, english: None, db: Database) -> None:
    editor = InterviewerDialog(db)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.name, "Anna")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert [p.name for p in list_interviewers(db)] == ["Anna"]
    assert not editor.isVisible()
