"""Opening the panel discussion: straight to a viewer or asking who is looking, a
deleted interview, a viewer not on the panel, and panels with nothing to compare."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.panel_window import PanelWindow, open_panel_discussion
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.panel_fixtures import submit

# The shared fixtures, used by name.
panel_example = panel_fixtures.panel_example
panel_window = panel_fixtures.panel_window


def test_open_with_a_viewer_goes_straight_to_the_discussion(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        panel_example: ExampleIds) -> None:
    window = open_panel_discussion(None, db, data_dir, settings,
                                   panel_example.completed_interview_id,
                                   panel_example.completed_panel_member_ids[1])
    assert isinstance(window, PanelWindow)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert window.stack.currentWidget() is window.discussion
    assert window.windowTitle() == "Panel discussion · Daniëlle Kok"
    # Every form is in: the discussion is everyone's, whoever opened it.
    assert window.discussion.viewer_label.text() == "Open to everyone: every form is in"
    with qtbot.waitSignal(window.closed) as closed:
        window.close()
    assert closed.args == [panel_example.completed_interview_id]


def test_open_without_a_viewer_asks_who_is_looking(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        panel_example: ExampleIds) -> None:
    window = open_panel_discussion(None, db, data_dir, settings,
                                   panel_example.waiting_interview_id)
    assert window is not None
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.chooser
    window.close()


def test_a_deleted_interview_is_explained(english: None, db: Database, data_dir: Path,
                                          settings: Any, messages: Any) -> None:
    assert open_panel_discussion(None, db, data_dir, settings, 9999) is None
    assert messages.names() == ["error"]
    assert "no longer exists" in messages.texts("error")[0]


def test_a_viewer_not_on_the_panel_is_asked_again(
        panel_window: Any, panel_example: ExampleIds, messages: Any) -> None:
    window = panel_window(panel_example.waiting_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])  # another interview's seat

    assert messages.names() == ["error"]
    assert window.stack.currentWidget() is window.chooser
    assert window.discussion.matrix is None


def test_a_panel_without_members_says_what_to_do(
        panel_window: Any, db: Database, records: Any) -> None:
    vacancy = records.vacancy("Planner")
    records.competency(vacancy, "Plannen")
    candidate = records.candidate("Eva Smit", vacancy)
    interview = records.interview(candidate, vacancy)
    window = panel_window(interview)  # nobody to wait for: nobody is asked who looks

    assert window.stack.currentWidget() is window.discussion
    assert window.discussion.matrix is None
    assert window.discussion.empty.text().startswith("Nobody is on this interview's panel")
    assert not window.discussion.legend.isVisible()


def test_a_vacancy_without_competencies_says_what_to_do(
        panel_window: Any, db: Database, records: Any) -> None:
    vacancy = records.vacancy("Planner")
    candidate = records.candidate("Eva Smit", vacancy)
    interview = records.interview(candidate, vacancy, panel=("Piet Jansen",))
    window = panel_window(interview)
    piet = next(member for member in window.chooser.buttons if member is not None)
    window.look_as(piet)
    assert window.stack.currentWidget() is window.gate  # his form is not in yet

    submit(db, interview, piet, {}, "yes")
    window.look_as(piet)

    assert window.stack.currentWidget() is window.discussion
    assert window.discussion.matrix is None
    assert window.discussion.empty.text().startswith("No competencies yet")
