"""Planning an interview through the dialog: defaults, the panel, validation."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.store.candidates import CandidateDraft, applications_of, save_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import InterviewerDraft, save_interviewer
from interviewdesk.store.interviews import load_interview_draft
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from interviewdesk.ui.editors import InterviewDialog
from interviewdesk.ui.editors.interview_dialog import next_working_day_at


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    return {
        "vacancy": save_vacancy(db, VacancyDraft(title="Servicemonteur")),
        "sanne": save_candidate(db, CandidateDraft(name="Sanne de Vries")),
        "jan": save_candidate(db, CandidateDraft(name="Jan Jansen")),
        "piet": save_interviewer(db, InterviewerDraft(name="Piet", job_title="Teamleider")),
        "anna": save_interviewer(db, InterviewerDraft(name="Anna")),
    }


#: Typing into the candidate search opens the completer's popup, which Qt's offscreen
#: platform cannot raise or give the keyboard to; it says so, harmlessly.
popup_noise = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard)")


def open_dialog(qtbot: Any, db: Database, **kwargs: Any) -> InterviewDialog:
    dlg = InterviewDialog(db, **kwargs)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def click_save(qtbot: Any, dlg: InterviewDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def add_person(qtbot: Any, dlg: InterviewDialog, name: str) -> None:
    dlg.add_person.setCurrentIndex(dlg.add_person.findText(name))
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)


def role_combo(dlg: InterviewDialog, row: int) -> QComboBox:
    combo = dlg.panel.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo


def test_defaults_next_working_day_at_ten_and_agenda_minutes(
        qtbot: Any, english: None, db: Database, people: dict[str, int]) -> None:
    dlg = open_dialog(qtbot, db, vacancy_id=people["vacancy"])
    shown = dlg.when.dateTime()
    assert (shown.time().hour(), shown.time().minute()) == (10, 0)
    assert shown.date().dayOfWeek() <= 5
    assert shown.date().toPython() > date.today()
    assert dlg.minutes.value() == default_agenda().interview_minutes()
    assert dlg.vacancy.currentData() == people["vacancy"]
    assert dlg.candidate.currentText() == ""
    assert dlg.panel_stack.currentIndex() == 1
    assert "at least one interviewer" in dlg.panel_empty.text()


def test_next_working_day_skips_the_weekend() -> None:
    friday = date(2030, 1, 11)
    assert next_working_day_at(10, friday) == datetime(2030, 1, 14, 10, 0)
    assert next_working_day_at(9, date(2030, 1, 7)) == datetime(2030, 1, 8, 9, 0)


def test_a_panel_member_is_required(
        qtbot: Any, english: None, db: Database, people: dict[str, int], messages: Any) -> None:
    dlg = open_dialog(qtbot, db, vacancy_id=people["vacancy"], candidate_id=people["sanne"])
    click_save(qtbot, dlg)
    assert messages.names() == ["error"]
    assert "at least one interviewer" in messages.texts("error")[0]
    assert dlg.isVisible()
    assert applications_of(db, people["sanne"]) == []


@popup_noise
def test_candidate_search_matches_part_of_a_name(
        qtbot: Any, english: None, db: Database, people: dict[str, int]) -> None:
    dlg = open_dialog(qtbot, db)
    qtbot.keyClicks(dlg.candidate.lineEdit(), "VRIES")
    completer = dlg.candidate.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Sanne de Vries"


@popup_noise
def test_candidate_search_ignores_accents(
        qtbot: Any, english: None, db: Database, people: dict[str, int]) -> None:
    from PySide6.QtCore import Qt

    dlg = open_dialog(qtbot, db)
    dlg.candidate.addItem("Joël Bakker", people["sanne"])  # a name as it is written
    qtbot.keyClicks(dlg.candidate.lineEdit(), "joel")
    completer = dlg.candidate.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Joël Bakker"
    # Choosing it makes it the candidate.
    popup = completer.popup()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dlg.candidate.currentText() == "Joël Bakker"


@popup_noise
def test_plan_with_panel_and_roles_then_reopen(
        qtbot: Any, english: None, db: Database, people: dict[str, int], messages: Any) -> None:
    dlg = open_dialog(qtbot, db, vacancy_id=people["vacancy"])
    qtbot.keyClicks(dlg.candidate.lineEdit(), "sanne de vries")
    qtbot.keyClicks(dlg.location, "Room 2")
    dlg.minutes.setValue(45)
    add_person(qtbot, dlg, "Piet")
    add_person(qtbot, dlg, "Anna")
    assert dlg.add_person.isHidden()
    assert [dlg.panel.item(r, 0).text() for r in range(2)] == ["Piet — Teamleider", "Anna"]
    assert [role_combo(dlg, r).currentData() for r in range(2)] == ["chair", "member"]
    # Making Anna chair makes Piet a member: a panel has one chair.
    role_combo(dlg, 1).setCurrentIndex(role_combo(dlg, 1).findData("chair"))
    assert [role_combo(dlg, r).currentData() for r in range(2)] == ["member", "chair"]
    planned = dlg.when.dateTime()

    click_save(qtbot, dlg)

    assert messages.calls == []
    assert dlg.result() == QDialog.DialogCode.Accepted
    draft = load_interview_draft(db, dlg.saved_id)
    assert (draft.candidate_id, draft.vacancy_id) == (people["sanne"], people["vacancy"])
    assert draft.scheduled_at == datetime.fromtimestamp(planned.toSecsSinceEpoch(), UTC)
    assert (draft.planned_minutes, draft.location) == (45, "Room 2")
    assert [(s.interviewer_id, s.role) for s in draft.panel] == [
        (people["piet"], "member"), (people["anna"], "chair")]
    assert applications_of(db, people["sanne"])[0].status == "invited"

    again = open_dialog(qtbot, db, interview_id=dlg.saved_id)
    assert again.candidate.currentText() == "Sanne de Vries"
    assert again.when.dateTime() == planned
    assert again.panel.rowCount() == 2
    assert not again.is_dirty()
    again.panel.selectRow(0)
    qtbot.mouseClick(again.remove_button, Qt.MouseButton.LeftButton)
    assert again.panel.rowCount() == 1
    assert again.add_person.findText("Piet") >= 0
    assert again.is_dirty()


@popup_noise
def test_an_unknown_candidate_name_is_refused(
        qtbot: Any, english: None, db: Database, people: dict[str, int], messages: Any) -> None:
    dlg = open_dialog(qtbot, db, vacancy_id=people["vacancy"])
    qtbot.keyClicks(dlg.candidate.lineEdit(), "Nobody")
    add_person(qtbot, dlg, "Anna")
    click_save(qtbot, dlg)
    assert "no candidate called “Nobody”" in messages.texts("error")[0]


def test_scheduled_time_is_stored_in_utc(
        qtbot: Any, english: None, db: Database, people: dict[str, int]) -> None:
    dlg = open_dialog(qtbot, db, vacancy_id=people["vacancy"], candidate_id=people["jan"])
    add_person(qtbot, dlg, "Piet")
    click_save(qtbot, dlg)
    stored = load_interview_draft(db, dlg.saved_id).scheduled_at
    assert stored is not None and stored.utcoffset() == timedelta(0)
    assert stored.astimezone().hour == 10
