"""The record says what happened: a stage is done when the interviewer says so or
worked in it, the interview is finished when its closing is done, a typed answer
answers the candidate's question, and the checklist items the record can answer are
ticked from the record."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Interview

CTRL = Qt.KeyboardModifier.ControlModifier


def status(db: Database, example: ExampleIds) -> str:
    with db.session() as session:
        interview = session.get(Interview, example.interview_id)
        assert interview is not None
        application = session.exec(
            select(Application).where(Application.id == interview.application_id)).one()
        return application.status


def test_looking_at_stage_8_and_closing_finishes_nothing(open_window: Any, qtbot: Any,
                                                         stored: Any, db: Database,
                                                         example: ExampleIds) -> None:
    window = open_window()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_8, CTRL)
    assert window.current_stage() == "assessment"
    window.menus.close_action.trigger()  # Ctrl+W
    assert not window.isVisible()
    record = stored()
    assert record.finished_at is None  # the home view does not say "Done"
    assert not any(stage.done for stage in record.stages.values())
    assert status(db, example) == "invited"


def test_ctrl_enter_from_a_note_marks_the_stage_done(open_window: Any, qtbot: Any,
                                                     stored: Any, type_into: Any,
                                                     written: Any) -> None:
    window = open_window()
    window.go_to("opening")
    notes = window.pages["opening"].notes
    type_into(notes, "Koffie")
    qtbot.keyClick(notes, Qt.Key.Key_Return, CTRL)
    assert notes.toPlainText() == "Koffie"  # the key typed nothing
    assert window.current_stage() == "experience"
    written(window)
    assert stored().stage("opening").done
    assert window.steps.items["opening"].text(3) == "✓"


def test_stage_done_button_on_a_stage_without_notes(open_window: Any, qtbot: Any,
                                                    stored: Any, written: Any) -> None:
    window = open_window()
    window.go_to("opening")
    assert window.done_button.isEnabled()
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    written(window)
    assert stored().stage("opening").done
    window.go_to("opening")
    assert not window.done_button.isEnabled()  # already done


def test_working_in_the_closing_and_moving_on_finishes_the_interview(
        open_window: Any, qtbot: Any, stored: Any, type_into: Any, db: Database,
        example: ExampleIds, written: Any) -> None:
    window = open_window()
    window.go_to("closing")
    type_into(window.pages["closing"].section.next_steps, "Meeloopdag plannen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert window.current_stage() == "assessment"
    written(window)
    record = stored()
    assert record.stage("closing").done and record.finished_at is not None
    assert status(db, example) == "interviewed"  # the status follows the interview


def test_a_typed_answer_answers_the_candidates_question(open_window: Any, qtbot: Any,
                                                        stored: Any, type_into: Any) -> None:
    window = open_window()
    window.go_to("candidate_questions")
    page = window.pages["candidate_questions"]
    section = page.section
    box = page.checklist.boxes["invite_questions"]
    assert box.isEnabled() and not box.isChecked()  # nothing logged: the interviewer's tick
    type_into(section.new_question, "Is er een bus van de zaak?")
    qtbot.keyClick(section.new_question, Qt.Key.Key_Return)
    assert box.isChecked() and not box.isEnabled()  # logged: ticked from the record
    assert "1 question logged below" in box.text()
    row = next(iter(section.rows.values()))
    type_into(row.answer, "Ja, vanaf de eerste dag.")
    assert row.answered.isChecked()
    window.flush()
    assert stored().candidate_questions[0].answered
    window.go_to("closing")
    assert not window.pages["closing"].section.unanswered.targets
    assert window.pages["closing"].section.all_answered.text() == (
        "Every question of the candidate is answered.")


def test_assessment_checklist_comes_from_the_forms_and_the_decision(open_window: Any) -> None:
    window = open_window()
    window.go_to("assessment")
    boxes = window.pages["assessment"].checklist.boxes
    for key in ("assessment_form", "strengths_weaknesses", "panel_discussion"):
        assert not boxes[key].isChecked() and not boxes[key].isEnabled()
    assert boxes["assessment_form"].text().endswith("0 of 3 forms submitted")
    assert boxes["panel_discussion"].text().endswith("no decision recorded yet")


def test_a_decision_in_the_panel_discussion_ticks_the_assessment_checklist(
        open_window: Any, db: Database, example: ExampleIds, qtbot: Any) -> None:
    from interviewdesk.store.assessments import DecisionDraft, save_decision

    window = open_window()
    window.go_to("assessment")
    page = window.pages["assessment"]
    panel = page.section.open_panel_discussion()
    assert panel is not None  # deletes itself when closed
    save_decision(db, example.interview_id, DecisionDraft(
        "hold", "Eerst de andere kandidaten spreken.", override_reason="Nog geen formulieren."))
    panel.changed.emit(example.interview_id)  # as the window does after recording it
    box = page.checklist.boxes["panel_discussion"]
    assert box.isChecked() and box.text().endswith("the panel recorded its decision")
    panel.close()
