"""Choosing who fills in the form: each panel member with how far their form is
(never a score), the chosen member's form opened, and one window per form."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.form_chooser import RaterChooser
from interviewdesk.ui.assessment.form_window import open_assessment_form
from tests.ui.assessment.form_fixtures import (
    ModalAnswer,
    rene,
)


def test_the_chooser_lists_the_panel_with_form_states(qtbot: Any, english: None, db: Database,
                                                      example: ExampleIds) -> None:
    sanne, rene_id, inge = example.waiting_panel_member_ids
    dialog = RaterChooser(status_of_forms(db, example.waiting_interview_id))
    qtbot.addWidget(dialog)
    assert list(dialog.buttons) == [sanne, rene_id, inge]
    assert [b.text() for b in dialog.buttons.values()] == [
        "Sanne de Vries", "René Mulder", "Inge Meijer"]
    descriptions = [b.description() for b in dialog.buttons.values()]
    assert descriptions[0].startswith("Chair · Submitted on ")
    assert descriptions[1] == ("Panel member · In progress · "
                               "No PIN: anyone at this laptop can choose this name.")
    assert descriptions[2].startswith("HR · Submitted on ")
    dialog.show()
    qtbot.mouseClick(dialog.buttons[rene_id], Qt.MouseButton.LeftButton)
    assert dialog.result() == RaterChooser.DialogCode.Accepted
    assert dialog.panel_member_id == rene_id


def test_a_panel_member_who_has_not_started_says_so(qtbot: Any, english: None, db: Database,
                                                    example: ExampleIds) -> None:
    dialog = RaterChooser(status_of_forms(db, example.interview_id))  # still to come
    qtbot.addWidget(dialog)
    assert all("· Not started · " in b.description() for b in dialog.buttons.values())


def test_an_empty_panel_is_explained(qtbot: Any, english: None) -> None:
    dialog = RaterChooser([])
    qtbot.addWidget(dialog)
    assert dialog.buttons == {}
    assert any("Nobody is on this interview's panel" in label.text()
               for label in dialog.findChildren(QLabel))


def test_without_a_member_the_chooser_comes_first(qtbot: Any, english: None, db: Database,
                                                  data_dir: Path, settings: Any,
                                                  example: ExampleIds) -> None:
    interview_id, rene_id = rene(example)

    def choose_rene(dialog: Any) -> None:
        assert isinstance(dialog, RaterChooser)
        dialog.buttons[rene_id].click()

    with ModalAnswer(qtbot, choose_rene):
        window = open_assessment_form(None, db, data_dir, settings, interview_id)
    try:
        assert window is not None
        assert window.form.panel_member_id == rene_id
        assert window.banner.headline.text() == "Only René Mulder should fill in this form"
        assert window.isVisible()
    finally:
        window.close()


def test_cancelling_the_chooser_opens_nothing(qtbot: Any, english: None, db: Database,
                                              data_dir: Path, settings: Any,
                                              example: ExampleIds) -> None:
    with ModalAnswer(qtbot, lambda dialog: dialog.reject()):
        window = open_assessment_form(None, db, data_dir, settings,
                                      example.waiting_interview_id)
    assert window is None


def test_a_form_has_one_window(open_form_window: Any, db: Database, data_dir: Path, settings: Any,
                               example: ExampleIds) -> None:
    first = open_form_window(*rene(example))
    again = open_assessment_form(None, db, data_dir, settings, *rene(example))
    assert again is first
    other = open_form_window(*rene(example, "completed"))
    assert other is not first


def test_a_member_not_on_the_panel_is_told(english: None, db: Database, data_dir: Path,
                                           settings: Any, example: ExampleIds,
                                           messages: Any) -> None:
    window = open_assessment_form(None, db, data_dir, settings, example.waiting_interview_id,
                                  example.completed_panel_member_ids[0])
    assert window is None
    assert messages.names() == ["error"]
    assert "no longer exists" in messages.texts("error")[0]
