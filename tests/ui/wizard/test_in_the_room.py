"""The interview window in the room: Tab goes from note to note, the "Asked" box is
reached with Shift+Tab or Ctrl+K, the side panel zooms from a note, and the window
fits a 1366×768 laptop."""

from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from interviewdesk.ui.window_size import bounded_size

CTRL = Qt.KeyboardModifier.ControlModifier


def test_tab_goes_from_note_to_note_and_nothing_is_lost(open_window: Any, qtbot: Any,
                                                        type_into: Any, stored: Any) -> None:
    window = open_window()
    window.go_to("experience")
    cards = list(window.pages["experience"].questions.cards.values())
    first, second = cards[0], cards[1]
    type_into(first.notes, "Zes jaar service")
    qtbot.keyClick(first.notes, Qt.Key.Key_Tab)
    assert second.notes.hasFocus()  # not the "Asked" box nor the anchors button
    type_into(second.notes, "Wil meer tijd per klant")
    qtbot.keyClick(second.notes, Qt.Key.Key_Backtab)
    assert second.asked.hasFocus()  # Shift+Tab reaches the box
    assert second.asked.isChecked()  # typing ticked it already
    qtbot.keyClick(second.asked, Qt.Key.Key_Space)
    assert not second.asked.isChecked()
    second.notes.setFocus()
    qtbot.keyClick(second.notes, Qt.Key.Key_K, CTRL)
    assert second.asked.isChecked()
    window.flush()
    record = stored()
    assert record.answer(first.question.id).notes == "Zes jaar service"
    assert record.answer(second.question.id).notes == "Wil meer tijd per klant"


def test_zoom_keys_from_a_note_act_on_the_side_panel(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    notes = window.pages["preparation"].notes
    notes.setFocus()
    font = notes.font().pointSizeF()
    before = window.cv_dock.zoom
    qtbot.keyClick(notes, Qt.Key.Key_Equal, CTRL)
    assert window.cv_dock.zoom > before
    assert notes.font().pointSizeF() == font  # the note keeps its size
    qtbot.keyClick(notes, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(notes, Qt.Key.Key_Minus, CTRL)
    assert window.cv_dock.zoom < before
    qtbot.keyClick(notes, Qt.Key.Key_0, CTRL)
    assert window.cv_dock.zoom == 1.0
    assert window.current_stage() == "preparation"  # Ctrl+0 is no stage


def inside(window: Any, widget: Any) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and top_left.y() >= 0
            and top_left.y() + widget.height() <= window.height()
            and top_left.x() + widget.width() <= window.width())


def test_the_interview_window_fits_a_laptop(open_window: Any) -> None:
    window = open_window()
    window.resize(bounded_size(QSize(1440, 900), QSize(1366, 768)))
    QApplication.processEvents()
    assert window.height() <= 728
    for button in (window.back_button, window.done_button, window.next_button):
        assert inside(window, button)
