"""The audit trail as the panel sees it, and a form still open when the chair closed
the round: it says so, may still be submitted, and is then marked late everywhere."""

from typing import Any

from PySide6.QtCore import Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import close_round, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.audit_view import AuditDialog
from interviewdesk.ui.assessment.form_text import state_text
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.panel_fixtures import submit

panel_window = panel_fixtures.panel_window


def test_a_form_open_when_the_round_closed_says_so_and_is_marked_late(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds) -> None:
    interview = example.waiting_interview_id
    sanne, rene, _inge = example.waiting_panel_member_ids
    close_round(db, interview, sanne, "René is met verlof tot maart")

    window = open_form_window(interview, rene)

    banner = window.banner
    assert banner.headline.text().startswith("The round was closed on ")
    assert banner.headline.text().endswith("by Sanne de Vries")
    assert "René is met verlof tot maart" in banner.explanation.text()
    assert "You can still submit this form" in banner.explanation.text()
    assert window.rows  # still editable
    window.close()
    qtbot.wait(50)  # the closed window is deleted before the form opens again

    submit(db, interview, rene, dict.fromkeys(example.competency_ids, 3))
    status = next(s for s in status_of_forms(db, interview) if s.panel_member_id == rene)
    assert status.late
    assert state_text(status).endswith(", after the round was closed")
    again = open_form_window(interview, rene)
    assert again.banner.headline.text().endswith(", after the round was closed")


def test_the_audit_trail_is_a_plain_list_of_when_who_what(
        qtbot: Any, panel_window: Any, db: Database, example: ExampleIds) -> None:
    interview = example.waiting_interview_id
    sanne = example.waiting_panel_member_ids[0]
    close_round(db, interview, sanne, "René is met verlof tot maart")
    window = panel_window(interview)

    assert window.discussion.audit_button.isVisible()
    qtbot.mouseClick(window.discussion.audit_button, Qt.MouseButton.LeftButton)

    dialog = next(w for w in window.findChildren(AuditDialog))
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["When", "Who", "What"]
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows[-1][1:] == [
        "Sanne de Vries",
        "Closed the round early; not submitted: René Mulder — reason: René is met verlof "
        "tot maart"]
    assert ["Inge Meijer", "Submitted their assessment form"] in [row[1:] for row in rows]
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    dialog.close()


def test_the_interview_window_offers_the_audit_trail_at_stage_8(
        qtbot: Any, english: None, db: Database, data_dir: Any, settings: Any,
        example: ExampleIds) -> None:
    from interviewdesk.ui.wizard import InterviewWindow

    window = InterviewWindow(db, data_dir, settings, example.completed_interview_id)
    qtbot.addWidget(window)
    window.show()
    window.go_to("assessment")
    section = window.pages["assessment"].section
    dialog = section.show_audit_trail()
    assert isinstance(dialog, AuditDialog)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 6  # three forms opened, three submitted
    assert not dialog.empty.isVisible()
    dialog.close()
    window.close()


def test_an_empty_trail_says_what_will_be_recorded(qtbot: Any, english: None) -> None:
    dialog = AuditDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert "Nothing recorded yet" in dialog.empty.text()


def test_a_hostile_or_huge_reason_is_shown_as_typed_and_kept_whole(
        qtbot: Any, panel_window: Any, db: Database, example: ExampleIds) -> None:
    from interviewdesk.store import audit

    interview = example.waiting_interview_id
    reason = "<b>Ziek</b> & <a href='x'>weg</a> " + "lang " * 2000
    close_round(db, interview, example.waiting_panel_member_ids[0], reason)
    window = panel_window(interview)

    banner = window.discussion.banner
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Ziek</b> & <a href='x'>weg</a>" in banner.text()
    assert audit.trail(db, interview)[-1].detail == reason.strip()
