"""Two people edit the same interview plan or interviewer: the second save merges what
only one side changed, asks about what both changed, and overwrites nothing silently
(``ui/editors/planning_merge.py``). "Someone else" is a second connection to the same
data folder: another window or process."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from interviewdesk.store.candidates import CandidateDraft, save_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import (
    InterviewerDraft,
    delete_interviewer,
    load_interviewer_draft,
    save_interviewer,
)
from interviewdesk.store.interviews import (
    InterviewDraft,
    PanelSeat,
    delete_interview,
    load_interview_draft,
    save_interview,
)
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy
from interviewdesk.ui.conflict_dialog import ConflictDialog
from interviewdesk.ui.editors.interview_dialog import InterviewDialog
from interviewdesk.ui.editors.interviewer_dialogs import InterviewerDialog
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


def shown(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def planned(db: Database) -> tuple[int, int, int]:
    """An interview chaired by Ans, and Bram who is not on its panel."""
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit"))
    vacancy_id = save_vacancy(db, VacancyDraft(title="Monteur"))
    ans = save_interviewer(db, InterviewerDraft(name="Ans de Wit"))
    bram = save_interviewer(db, InterviewerDraft(name="Bram Kok"))
    interview_id = save_interview(db, InterviewDraft(
        candidate_id=candidate_id, vacancy_id=vacancy_id, location="Kamer 1",
        planned_minutes=60, panel=[PanelSeat(ans, "chair")]))
    return interview_id, ans, bram


def test_an_interview_change_of_each_side_is_merged_without_asking(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interview_id, ans, bram = planned(db)
    dialog = shown(qtbot, InterviewDialog(db, interview_id))
    theirs = load_interview_draft(other, interview_id)
    theirs.panel.append(PanelSeat(bram, "note_taker"))
    theirs.planned_minutes = 90
    save_interview(other, theirs)
    dialog.location.setText("Kamer 7")
    asked = when_modal(ConflictDialog, lambda d: d.keep_mine.click(), timeout_ms=300)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not asked.seen, "nothing both changed: nothing to ask"
    stored = load_interview_draft(db, interview_id)
    assert (stored.location, stored.planned_minutes) == ("Kamer 7", 90)
    assert stored.panel == [PanelSeat(ans, "chair"), PanelSeat(bram, "note_taker")]


def test_a_place_both_changed_is_asked_and_the_choice_is_saved(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interview_id, _ans, _bram = planned(db)
    dialog = shown(qtbot, InterviewDialog(db, interview_id))
    theirs = load_interview_draft(other, interview_id)
    theirs.location = "Kamer 2"
    save_interview(other, theirs)
    dialog.location.setText("Kamer 3")
    seen: list[tuple[str, str, str, bool]] = []

    def keep_theirs(conflict_dialog: ConflictDialog) -> None:
        seen.append((conflict_dialog.intro.text(), conflict_dialog.theirs.toPlainText(),
                     conflict_dialog.mine.toPlainText(),
                     conflict_dialog.merged.isVisibleTo(conflict_dialog)))
        conflict_dialog.keep_theirs.click()

    when_modal(ConflictDialog, keep_theirs)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    intro, their_text, my_text, mergeable = seen[0]
    assert "the location" in intro
    assert (their_text, my_text, mergeable) == ("Kamer 2", "Kamer 3", False)
    assert load_interview_draft(db, interview_id).location == "Kamer 2"


def test_a_panel_seat_both_changed_is_asked_with_the_roles(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interview_id, ans, bram = planned(db)
    dialog = shown(qtbot, InterviewDialog(db, interview_id))
    theirs = load_interview_draft(other, interview_id)
    theirs.panel.append(PanelSeat(bram, "hr"))
    save_interview(other, theirs)
    dialog.add_to_panel(bram)  # a member here, HR there
    seen: list[tuple[str, str, str]] = []

    def keep_mine(conflict_dialog: ConflictDialog) -> None:
        seen.append((conflict_dialog.intro.text(), conflict_dialog.theirs.toPlainText(),
                     conflict_dialog.mine.toPlainText()))
        conflict_dialog.keep_mine.click()

    when_modal(ConflictDialog, keep_mine)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Bram Kok" in seen[0][0] and seen[0][1:] == ("HR", "Panel member")
    assert load_interview_draft(db, interview_id).panel == [
        PanelSeat(ans, "chair"), PanelSeat(bram, "member")]


def test_closing_the_question_saves_nothing_and_keeps_the_plan(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interview_id, _ans, _bram = planned(db)
    dialog = shown(qtbot, InterviewDialog(db, interview_id))
    theirs = load_interview_draft(other, interview_id)
    theirs.location = "Kamer 2"
    save_interview(other, theirs)
    dialog.location.setText("Kamer 3")
    when_modal(ConflictDialog, lambda d: d.reject())
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.location.text() == "Kamer 3"
    assert load_interview_draft(db, interview_id).location == "Kamer 2"
    assert "Not saved yet" in messages.texts("inform")[-1]


def test_an_interview_deleted_meanwhile_keeps_the_input_and_says_so(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interview_id, _ans, _bram = planned(db)
    dialog = shown(qtbot, InterviewDialog(db, interview_id))
    delete_interview(other, interview_id)
    dialog.location.setText("Kamer 9")
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.location.text() == "Kamer 9"
    assert "deleted" in messages.texts("error")[-1]


def test_an_interviewer_both_changed_is_merged_field_by_field(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interviewer_id = save_interviewer(db, InterviewerDraft(name="Ans de Wit"))
    dialog = shown(qtbot, InterviewerDialog(db, interviewer_id))
    theirs = load_interviewer_draft(other, interviewer_id)
    theirs.email = "ans@example.nl"
    theirs.job_title = "Teamleider"
    save_interviewer(other, theirs)
    dialog.job_title.setText("Adviseur")
    asked: list[str] = []

    def keep_mine(conflict_dialog: ConflictDialog) -> None:
        asked.append(conflict_dialog.intro.text())
        conflict_dialog.keep_mine.click()

    when_modal(ConflictDialog, keep_mine)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(asked) == 1 and "the job title" in asked[0]
    stored = load_interviewer_draft(db, interviewer_id)
    assert (stored.email, stored.job_title) == ("ans@example.nl", "Adviseur")


def test_an_interviewer_deleted_meanwhile_keeps_the_input_and_says_so(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interviewer_id = save_interviewer(db, InterviewerDraft(name="Ans de Wit"))
    dialog = shown(qtbot, InterviewerDialog(db, interviewer_id))
    delete_interviewer(other, interviewer_id)
    dialog.job_title.setText("Adviseur")
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.job_title.text() == "Adviseur"
    assert "deleted" in messages.texts("error")[-1]


def test_two_chairs_after_a_merge_leave_one_and_wait_for_save(
        qtbot: Any, english: None, db: Database, other: Database, messages: Any) -> None:
    interview_id, ans, bram = planned(db)
    carla = save_interviewer(db, InterviewerDraft(name="Carla Bos"))
    dialog = shown(qtbot, InterviewDialog(db, interview_id))
    theirs = load_interview_draft(other, interview_id)
    theirs.panel = [PanelSeat(ans, "member"), PanelSeat(bram, "chair")]
    save_interview(other, theirs)
    dialog.add_to_panel(carla)
    role = dialog.panel.cellWidget(1, 1)
    role.setCurrentIndex(role.findData("chair"))  # Carla chairs here, Bram there
    assert dialog.seats() == [PanelSeat(ans, "member"), PanelSeat(carla, "chair")]
    asked = when_modal(ConflictDialog, lambda d: d.keep_mine.click(), timeout_ms=300)
    click_save(qtbot, dialog)
    assert not asked.seen and dialog.isVisible(), "shown first, saved on the next Save"
    note = messages.texts("inform")[-1]
    assert "Carla Bos stays chair" in note and "Bram Kok is a panel member" in note
    assert dialog.seats() == [PanelSeat(ans, "member"), PanelSeat(carla, "chair"),
                              PanelSeat(bram, "member")]
    assert load_interview_draft(db, interview_id).panel == theirs.panel
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_interview_draft(db, interview_id).panel == [
        PanelSeat(ans, "member"), PanelSeat(carla, "chair"), PanelSeat(bram, "member")]
