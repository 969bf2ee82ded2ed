"""The interview window's assessment stage: each panel member with how far their
form is and a button to open it, kept up to date, and the way to the panel
discussion."""

import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.form_window import AssessmentFormWindow
from tests.ui.assessment.form_fixtures import WAIT_MS, rene


@pytest.fixture
def assessment_stage(qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
                     example: ExampleIds) -> Iterator[Callable[[int], Any]]:
    """``assessment_stage(interview_id)``: the interview window at its assessment stage."""
    from interviewdesk.ui.wizard import InterviewWindow

    windows: list[Any] = []

    def make(interview_id: int) -> Any:
        window = InterviewWindow(db, data_dir, settings, interview_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.go_to("assessment")
        windows.append(window)
        return window

    yield make
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AssessmentFormWindow) and widget.isVisible():
            widget.close()
    for window in windows:
        if window.isVisible():
            window.close()


def section_of(window: Any) -> Any:
    return window.pages["assessment"].section


def test_each_member_with_their_form_state(assessment_stage: Any,
                                           example: ExampleIds) -> None:
    section = section_of(assessment_stage(example.waiting_interview_id))
    sanne, rene_id, inge = example.waiting_panel_member_ids
    assert section.panel.isVisible() and not section.no_panel.isVisible()
    assert section.panel.state(sanne).startswith("Submitted on ")
    assert section.panel.state(rene_id) == (
        "In progress · No PIN: anyone at this laptop can choose this name.")
    assert section.panel.button(sanne).text() == "View submitted form"
    assert section.panel.button(rene_id).text() == "Fill in assessment form"
    assert section.panel.button(inge).text() == "View submitted form"
    assert "Sanne de Vries" in section.panel.text() and "Chair" in section.panel.text()
    assert section.groups  # the list of what is still open is there as before
    assert section.discussion_button.isEnabled()


def test_a_member_not_started_yet(assessment_stage: Any, example: ExampleIds) -> None:
    section = section_of(assessment_stage(example.interview_id))
    for panel_member_id in example.panel_member_ids:
        assert section.panel.state(panel_member_id).startswith("Not started · No PIN")
        assert section.panel.button(panel_member_id).text() == "Fill in assessment form"


def test_the_button_opens_that_members_form_and_the_state_follows(
        qtbot: Any, assessment_stage: Any, example: ExampleIds, messages: Any) -> None:
    window = assessment_stage(example.waiting_interview_id)
    section = section_of(window)
    _interview, rene_id = rene(example)
    qtbot.mouseClick(section.panel.button(rene_id), Qt.MouseButton.LeftButton)
    (form,) = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AssessmentFormWindow) and w.isVisible()]
    assert form.form.panel_member_id == rene_id
    assert form.parent() is None  # its own window: closing the interview leaves it open

    _vak, klant, probleem, samen, zelf = example.competency_ids
    for cid in (klant, probleem, samen, zelf):
        form.show_row(cid)
        qtbot.keyClick(form.rows[cid].choice, Qt.Key.Key_3)
    form.summary.recommendation.buttons["yes"].click()
    assert form.submit()
    assert section.panel.state(rene_id).startswith("Submitted on ")
    assert section.panel.button(rene_id).text() == "View submitted form"
    form.close()


def test_notes_typed_in_the_interview_can_be_quoted(qtbot: Any, assessment_stage: Any,
                                                    example: ExampleIds) -> None:
    window = assessment_stage(example.interview_id)
    page = window.pages["assessment"]
    from tests.ui.assessment.form_fixtures import send_keys

    send_keys(page.notes, "Kandidaat bleef rustig bij de lastige vraag.")
    assert window.autosaver.pending
    section = section_of(window)
    section.open_form(example.panel_member_ids[1])
    (form,) = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AssessmentFormWindow) and w.isVisible()]
    assert any("Kandidaat bleef rustig" in note.text for note in form.form.notes)
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=WAIT_MS)


def test_the_panel_discussion_button(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                     assessment_stage: Any, db: Database, data_dir: Path,
                                     example: ExampleIds) -> None:
    calls: list[tuple[Any, ...]] = []
    fake = types.ModuleType("interviewdesk.ui.assessment.panel_window")
    fake.open_panel_discussion = lambda *args: calls.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "interviewdesk.ui.assessment.panel_window", fake)
    window = assessment_stage(example.waiting_interview_id)
    section = section_of(window)
    qtbot.mouseClick(section.discussion_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    parent, called_db, called_dir, settings, interview_id, viewer = calls[0]
    assert parent is window and called_db is db and called_dir == data_dir
    assert settings is window.settings
    assert (interview_id, viewer) == (example.waiting_interview_id, None)
