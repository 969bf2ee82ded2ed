"""Who is at the keyboard, through the real widgets: the PIN asked before a member's
form or the discussion as that member, wrong tries with a growing wait (never a
lock-out), the keyboard, and the plain note for names without a PIN."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interviewdesk.example.database import ExampleIds
from interviewdesk.store import audit, pins
from interviewdesk.store.assessments import status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment import identity
from interviewdesk.ui.assessment.form_chooser import RaterChooser
from interviewdesk.ui.assessment.form_window import AssessmentFormWindow, open_assessment_form
from interviewdesk.ui.assessment.identity import PinDialog
from tests.ui.modal import when_modal

PIN = "2468"


@pytest.fixture(autouse=True)
def fresh_tries(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Wrong tries counted from zero, and waits of a fraction of a second (the rule's
    own numbers are tested in tests/domain/test_pin.py)."""
    identity.forget_tries()
    monkeypatch.setattr(identity, "delay_seconds", lambda wrong: 0.3 * max(0, wrong - 2))
    yield
    identity.forget_tries()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AssessmentFormWindow) and widget.isVisible():
            widget.close()


def seat(db: Database, example: ExampleIds, index: int) -> tuple[int, int, str]:
    """(panel member id, interviewer id, name) of a member of the waiting interview."""
    status = status_of_forms(db, example.waiting_interview_id)[index]
    return status.panel_member_id, status.interviewer_id, status.name


def type_pin(qtbot: Any, dialog: PinDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)


def test_a_wrong_pin_is_refused_and_after_three_the_next_try_waits(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    _member, interviewer, name = seat(db, example, 1)
    pins.set_pin(db, interviewer, PIN)
    dialog = PinDialog(db, interviewer, name, "To open your form.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.field
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password

    for _try in range(2):
        type_pin(qtbot, dialog, "0000")
        assert dialog.isVisible() and dialog.field.isEnabled()
        assert dialog.message.text() == "That is not the PIN of René Mulder. Try again."
    type_pin(qtbot, dialog, "1111")  # the third: now a short wait

    assert not dialog.field.isEnabled() and not dialog.continue_button.isEnabled()
    assert "Wait 1 second" in dialog.message.text()
    dialog.accept()  # Enter while waiting does nothing
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.field.isEnabled, timeout=3000)
    assert dialog.message.text() == "You can try again."

    type_pin(qtbot, dialog, PIN)
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert identity.tries_of(db, interviewer).wrong == 0


def test_the_wait_survives_closing_the_dialog_and_grows(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    _member, interviewer, name = seat(db, example, 1)
    pins.set_pin(db, interviewer, PIN)
    for _try in range(4):
        identity.register(db, interviewer, right=False)
    assert identity.wait_left(db, interviewer) > 0.3  # the fourth waits longer

    again = PinDialog(db, interviewer, name, "To open your form.")
    qtbot.addWidget(again)
    again.show()
    assert not again.field.isEnabled()  # a new dialog is no way round the wait
    qtbot.waitUntil(again.field.isEnabled, timeout=3000)


def test_the_chooser_asks_the_pin_then_opens_the_form_and_records_it(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds) -> None:
    member, interviewer, _name = seat(db, example, 1)
    pins.set_pin(db, interviewer, PIN)

    def choose(dialog: RaterChooser) -> None:
        assert "PIN asked" in dialog.buttons[member].description()
        assert "No PIN: anyone at this laptop" in dialog.buttons[example.waiting_panel_member_ids[0]
                                                                ].description()
        dialog.buttons[member].click()

    chooser = when_modal(RaterChooser, choose)
    pin = when_modal(PinDialog, lambda dialog: type_pin(qtbot, dialog, PIN))
    window = open_assessment_form(None, db, data_dir, settings, example.waiting_interview_id)

    assert len(chooser.seen) == 1 and len(pin.seen) == 1
    assert isinstance(window, AssessmentFormWindow)
    assert window.form.panel_member_id == member
    last = audit.trail(db, example.waiting_interview_id)[-1]
    assert (last.kind, last.actor) == ("form_opened_pin", "René Mulder")


def test_cancelling_the_pin_opens_nothing_and_records_nothing(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds) -> None:
    member, interviewer, _name = seat(db, example, 0)
    pins.set_pin(db, interviewer, PIN)
    before = audit.trail(db, example.waiting_interview_id)

    pin = when_modal(PinDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    window = open_assessment_form(None, db, data_dir, settings, example.waiting_interview_id,
                                  member)

    assert len(pin.seen) == 1 and window is None
    assert audit.trail(db, example.waiting_interview_id) == before


def test_without_a_pin_the_form_opens_at_once_and_the_trail_says_no_pin(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds) -> None:
    member, _interviewer, _name = seat(db, example, 2)
    window = open_assessment_form(None, db, data_dir, settings, example.waiting_interview_id,
                                  member)
    assert isinstance(window, AssessmentFormWindow)
    last = audit.trail(db, example.waiting_interview_id)[-1]
    assert (last.kind, last.actor) == ("form_opened", "Inge Meijer")


def test_looking_at_the_discussion_as_a_member_asks_their_pin(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds) -> None:
    from interviewdesk.ui.assessment.panel_window import PanelWindow

    member, interviewer, _name = seat(db, example, 2)  # Inge: submitted, waits for René
    pins.set_pin(db, interviewer, PIN)
    window = PanelWindow(db, data_dir, settings, example.waiting_interview_id)
    qtbot.addWidget(window)
    window.show()
    assert "PIN asked" in window.chooser.buttons[member].description()

    refused = when_modal(PinDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(window.chooser.buttons[member], Qt.MouseButton.LeftButton)
    assert len(refused.seen) == 1
    assert window.stack.currentWidget() is window.chooser

    accepted = when_modal(PinDialog, lambda dialog: type_pin(qtbot, dialog, PIN))
    qtbot.mouseClick(window.chooser.buttons[member], Qt.MouseButton.LeftButton)
    assert len(accepted.seen) == 1
    assert window.stack.currentWidget() is window.gate
    assert window.gate.reason == "others_not_submitted"
    window.close()
