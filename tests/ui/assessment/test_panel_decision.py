"""The decision at the bottom of the panel view: recorded, revised, and refused while
a flag is open until the panel gives its reason to decide anyway."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import (
    close_round,
    decision_of,
    panel_scores,
    remove_consensus,
)
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Interview
from interviewdesk.ui.assessment.panel_decision import working_days_ahead
from tests.ui.assessment import panel_fixtures

# The shared fixtures, used by name.
panel_example = panel_fixtures.panel_example
panel_window = panel_fixtures.panel_window


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_working_days_skip_the_weekend() -> None:
    friday = date(2026, 11, 20)
    assert working_days_ahead(friday, 1) == date(2026, 11, 23)
    assert working_days_ahead(friday, 3) == date(2026, 11, 25)


def test_the_existing_decision_is_shown_and_can_be_revised(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database) -> None:
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    form = window.discussion.decision
    stored = decision_of(db, panel_example.completed_interview_id)
    assert stored is not None

    assert form.outcome() == "next_round"
    assert form.outcome_buttons["next_round"].text().startswith("✓")
    assert form.rationale.toPlainText() == stored.rationale
    assert form.next_steps.toPlainText() == stored.next_steps
    assert form.feedback_date.date() == QDate(stored.feedback_date.year,
                                              stored.feedback_date.month,
                                              stored.feedback_date.day)
    assert form.status.text().startswith("Recorded")
    assert not form.open_note.isVisible()

    click(qtbot, form.outcome_buttons["hire"])
    assert form.outcome() == "hire"
    assert not form.outcome_buttons["next_round"].text().startswith("✓")
    form.feedback_date.setDate(QDate(2026, 12, 4))
    with qtbot.waitSignal(window.changed):
        click(qtbot, form.record_button)

    revised = decision_of(db, panel_example.completed_interview_id)
    assert revised is not None
    assert (revised.outcome, revised.rationale, revised.feedback_date) == (
        "hire", stored.rationale, date(2026, 12, 4))
    assert revised.override_reason == ""
    assert "Decision recorded" in window.statusBar().currentMessage()


def test_an_open_flag_needs_a_reason_to_decide_anyway(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database,
        messages: Any) -> None:
    interview = panel_example.completed_interview_id
    klant = next(row.competency_id for row in panel_scores(db, interview, None).rows
                 if row.flag is not None)
    remove_consensus(db, interview, klant)
    before = decision_of(db, interview)
    window = panel_window(interview)
    window.look_as(panel_example.completed_panel_member_ids[0])
    form = window.discussion.decision
    assert form.open_note.isVisible()
    assert "Klantgerichtheid" in form.open_note.text()
    assert not form.override_box.isVisible()

    click(qtbot, form.outcome_buttons["hold"])
    click(qtbot, form.record_button)

    assert decision_of(db, interview) == before  # refused: nothing changed
    assert form.override_box.isVisible()
    assert "Klantgerichtheid" in form.override_text.text()
    assert "raters differ by 2" in form.override_text.text()
    assert not form.record_button.isEnabled()  # the reason is required
    assert form.outcome() == "hold"  # what was chosen is kept

    qtbot.keyClicks(form.override_reason, "Meeloopdag beslist over klachtafhandeling.")
    assert form.record_button.isEnabled()
    click(qtbot, form.record_button)

    decided = decision_of(db, interview)
    assert decided is not None
    assert decided.outcome == "hold"
    assert decided.override_reason == "Meeloopdag beslist over klachtafhandeling."
    assert messages.names() == []
    # Shown again as stored: the override and its reason stay in view.
    assert form.override_box.isVisible()
    assert form.override_reason.toPlainText() == decided.override_reason


def test_a_first_decision_needs_an_outcome_and_a_rationale(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database,
        messages: Any) -> None:
    interview = panel_example.waiting_interview_id
    window = panel_window(interview)
    window.look_as(panel_example.waiting_panel_member_ids[0])
    close_round(db, interview, panel_example.waiting_panel_member_ids[0], "René is ziek")
    click(qtbot, window.gate.retry_button)
    form = window.discussion.decision
    assert decision_of(db, interview) is None
    assert form.outcome() is None
    assert form.status.text() == "Not decided yet"
    assert not form.record_button.isEnabled()

    click(qtbot, form.outcome_buttons["reject"])
    assert not form.record_button.isEnabled()
    qtbot.keyClicks(form.rationale, "Te weinig ervaring met warmtepompen.")
    assert form.record_button.isEnabled()
    click(qtbot, form.record_button)

    decided = decision_of(db, interview)
    assert decided is not None
    assert (decided.outcome, decided.rationale) == ("reject",
                                                    "Te weinig ervaring met warmtepompen.")
    day = form.feedback_date.date()
    assert decided.feedback_date == date(day.year(), day.month(), day.day())
    assert form.record_button.text() == "Record revised decision"


def test_the_feedback_date_has_a_calendar(panel_window: Any,
                                          panel_example: ExampleIds) -> None:
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    assert window.discussion.decision.feedback_date.calendarPopup()


def test_next_steps_from_the_closing_carry_into_a_first_decision(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database) -> None:
    from interviewdesk.store.interview_edits import InterviewEdit
    from interviewdesk.store.interview_records import apply_changes

    interview = panel_example.waiting_interview_id
    apply_changes(db, interview, [InterviewEdit(
        next_steps="Referentie opvragen bij de vorige werkgever.")])
    from interviewdesk.store.assessments import close_round

    close_round(db, interview, panel_example.waiting_panel_member_ids[0],
                "René is met verlof tot maart")  # the chair closes the round early
    window = panel_window(interview)
    assert window.stack.currentWidget() is window.discussion
    form = window.discussion.decision
    assert form.next_steps.toPlainText() == "Referentie opvragen bij de vorige werkgever."
    form.next_steps.selectAll()
    qtbot.keyClicks(form.next_steps, "Meeloopdag plannen.")  # editable here
    click(qtbot, form.outcome_buttons["next_round"])
    qtbot.keyClicks(form.rationale, "Sterk in storingen.")
    click(qtbot, form.record_button)
    decided = decision_of(db, interview)
    assert decided is not None and decided.next_steps == "Meeloopdag plannen."
    with db.session() as session:  # the candidate's status follows: decided, not yet told
        interview_row = session.get(Interview, interview)
        application = session.get(Application, interview_row.application_id)
        assert application.status == "decided"
