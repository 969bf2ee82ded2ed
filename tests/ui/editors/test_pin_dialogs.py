"""PINs from File → Interviewers, through the real dialogs: set one, change and remove
it with the current one, have a chair reset a forgotten one — each in the audit
trail, the PIN itself nowhere."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store import audit, pins
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import list_interviewers
from interviewdesk.ui.assessment import identity
from interviewdesk.ui.editors import InterviewersDialog
from interviewdesk.ui.editors.pin_dialogs import PinSettingsDialog, ResetPinDialog
from tests.ui.modal import when_modal


@pytest.fixture
def example(db: Database) -> Iterator[ExampleIds]:
    identity.forget_tries()
    yield load_example(db)
    identity.forget_tries()


def person(db: Database, name: str) -> int:
    return next(int(p.id or 0) for p in list_interviewers(db) if p.name == name)


def open_list(qtbot: Any, db: Database) -> InterviewersDialog:
    dialog = InterviewersDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def select(dialog: InterviewersDialog, name: str) -> None:
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == name)
    dialog.table.selectRow(row)


def pin_column(dialog: InterviewersDialog, name: str) -> str:
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == name)
    return dialog.table.item(row, 3).text()


def test_set_a_pin_from_the_list_of_interviewers(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    dialog = open_list(qtbot, db)
    select(dialog, "René Mulder")
    assert pin_column(dialog, "René Mulder") == "none"
    assert not dialog.reset_button.isEnabled()  # nothing to reset

    def set_pin(pin_dialog: PinSettingsDialog) -> None:
        assert not pin_dialog.remove_button.isVisible()
        qtbot.keyClicks(pin_dialog.new, "24")
        qtbot.keyClicks(pin_dialog.repeat, "25")
        qtbot.keyClick(pin_dialog.repeat, Qt.Key.Key_Return)
        assert pin_dialog.problem.text() == "The two new PINs differ. Type the same PIN twice."
        qtbot.keyClicks(pin_dialog.repeat, "24")
        qtbot.keyClick(pin_dialog.repeat, Qt.Key.Key_Return)
        assert pin_dialog.problem.text() == "A PIN needs at least 4 characters."
        for field in (pin_dialog.new, pin_dialog.repeat):
            field.clear()
            qtbot.keyClicks(field, "mijn zin")
        qtbot.keyClick(pin_dialog.repeat, Qt.Key.Key_Return)

    script = when_modal(PinSettingsDialog, set_pin)
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)

    assert len(script.seen) == 1
    rene = person(db, "René Mulder")
    assert pins.check_pin(db, rene, "mijn zin")
    assert pin_column(dialog, "René Mulder") == "set"
    assert dialog.reset_button.isEnabled()
    lines = audit.trail(db, example.waiting_interview_id)
    assert (lines[-1].kind, lines[-1].actor) == ("pin_set", "René Mulder")
    assert "mijn zin" not in repr(lines)


def test_change_and_remove_need_the_current_pin(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    rene = person(db, "René Mulder")
    pins.set_pin(db, rene, "1234")
    change = PinSettingsDialog(db, rene, "René Mulder")
    qtbot.addWidget(change)
    change.show()
    assert change.remove_button.isVisible()
    qtbot.keyClicks(change.current, "9999")
    qtbot.keyClicks(change.new, "5678")
    qtbot.keyClicks(change.repeat, "5678")
    change.save_button.click()
    assert change.problem.text() == "That is not the current PIN of René Mulder."
    assert pins.check_pin(db, rene, "1234")

    qtbot.keyClicks(change.current, "1234")
    change.save_button.click()
    assert change.done_what == "changed"
    assert pins.check_pin(db, rene, "5678")

    remove = PinSettingsDialog(db, rene, "René Mulder")
    qtbot.addWidget(remove)
    remove.show()
    qtbot.keyClicks(remove.current, "5678")
    remove.remove_button.click()
    assert remove.done_what == "removed"
    assert not pins.has_pin(db, rene)
    kinds = [line.kind for line in audit.trail(db, example.waiting_interview_id)]
    assert kinds[-3:] == ["pin_set", "pin_changed", "pin_removed"]


def test_a_chair_resets_a_forgotten_pin_with_their_own(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    rene, sanne = person(db, "René Mulder"), person(db, "Sanne de Vries")
    pins.set_pin(db, rene, "vergeten")
    pins.set_pin(db, sanne, "1357")
    reset = ResetPinDialog(db, rene, "René Mulder")
    qtbot.addWidget(reset)
    reset.show()
    assert [reset.chair.itemText(i) for i in range(reset.chair.count())] == ["Sanne de Vries"]
    assert reset.chair_pin.isEnabled()

    qtbot.keyClicks(reset.chair_pin, "0000")
    reset.reset_button.click()
    assert reset.problem.text() == "That is not the PIN of Sanne de Vries."
    assert pins.has_pin(db, rene)

    qtbot.keyClicks(reset.chair_pin, "1357")
    qtbot.keyClicks(reset.reason, "Vergeten na de vakantie")
    qtbot.keyClick(reset.reason, Qt.Key.Key_Return)

    assert reset.reset and not pins.has_pin(db, rene)
    last = audit.trail(db, example.waiting_interview_id)[-1]
    assert (last.kind, last.actor, last.subject, last.detail) == (
        "pin_reset", "Sanne de Vries", "René Mulder", "Vergeten na de vakantie")


def test_nobody_can_reset_a_pin_when_nobody_else_chairs(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    sanne = person(db, "Sanne de Vries")  # the only chair: her own PIN is hers to change
    pins.set_pin(db, sanne, "1357")
    reset = ResetPinDialog(db, sanne, "Sanne de Vries")
    qtbot.addWidget(reset)
    reset.show()
    assert not reset.reset_button.isEnabled()
    assert "Nobody else chairs a panel" in reset.problem.text()
