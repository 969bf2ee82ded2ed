"""Finding in a panel: every hit marked, "3 of 12", next and previous wrapping round,
Enter / Shift+Enter / F3, Esc closing and handing the focus back, "No matches"."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from interviewdesk.ui.panels import CandidateDock, VacancyDock
from interviewdesk.ui.panels.highlight import current_hit_colour, hit_colour, keyword_colour

Window = Callable[[], tuple[QMainWindow, CandidateDock, VacancyDock]]
#: "storing" four times (once as part of a longer word, once with a capital).
TEXT = ("Storingen verhelpen.\nDe storingsdienst.\n" + "Onderhoud.\n" * 80
        + "Een storing in de nacht.\nOpstoring.")


def selected(dock: CandidateDock) -> list[tuple[str, bool]]:
    """Each marked hit's text, and whether it is the current (stronger) one."""
    view = dock.cv.view
    strong = current_hit_colour(view)
    return [(s.cursor.selectedText(), s.format.background().color() == strong)
            for s in view.extraSelections()]


def test_every_hit_marked_and_the_counter_follows(window: Window, qtbot: Any) -> None:
    _main, dock, _vacancy = window()
    dock.set_candidate("Joël", TEXT, "", ["onderhoud"], None)
    dock.cv.view.setFocus()
    qtbot.keyClick(dock.cv.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = dock.cv.find_bar
    assert bar.isVisible()
    assert bar.field.hasFocus()
    assert bar.field.placeholderText() == "Find…"

    qtbot.keyClicks(bar.field, "storing")
    assert bar.counter.text() == "1 of 4"
    assert selected(dock) == [("Storing", True), ("storing", False), ("storing", False),
                              ("storing", False)]
    colours = {s.format.background().color().name() for s in dock.cv.view.extraSelections()}
    assert colours == {hit_colour(dock.cv.view).name(), current_hit_colour(dock.cv.view).name()}
    assert keyword_colour(dock.cv.view).name() not in colours

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.counter.text() == "3 of 4"
    assert selected(dock)[2] == ("storing", True)
    # The third hit is far down: it was scrolled into view.
    assert dock.cv.view.verticalScrollBar().value() > 0

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.counter.text() == "1 of 4"  # wrapped round to the first

    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.counter.text() == "4 of 4"  # and back to the last
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.counter.text() == "3 of 4"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.counter.text() == "4 of 4"
    bar.previous_button.click()
    assert bar.counter.text() == "3 of 4"


def test_no_matches_is_said_calmly(window: Window, qtbot: Any, messages: Any) -> None:
    _main, dock, _vacancy = window()
    dock.set_candidate("Joël", TEXT, "", [], None)
    dock.start_find("warmtepomp")
    bar = dock.cv.find_bar
    assert bar.counter.text() == "No matches"
    assert dock.cv.view.extraSelections() == []
    assert not bar.next_button.isEnabled()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert messages.calls == []

    bar.field.clear()
    assert bar.counter.text() == ""


def test_escape_closes_and_gives_the_focus_back(window: Window, qtbot: Any) -> None:
    main, dock, _vacancy = window()
    notes = QLineEdit()
    main.setCentralWidget(notes)
    dock.set_candidate("Joël", TEXT, "", [], None)
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)

    dock.start_find("storing")  # as the window's own Find command would
    bar = dock.cv.find_bar
    assert bar.field.hasFocus()
    assert bar.field.text() == "storing"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert dock.cv.view.extraSelections() == []
    assert QApplication.focusWidget() is notes

    # From the text itself: Esc there closes the bar too, and the text keeps the focus.
    dock.cv.view.setFocus()
    qtbot.keyClick(dock.cv.view, Qt.Key.Key_F3)  # F3 opens the bar with the last query
    assert bar.isVisible() and bar.counter.text() == "1 of 4"
    dock.cv.view.setFocus()
    qtbot.keyClick(dock.cv.view, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert dock.cv.view.hasFocus()


def test_find_follows_the_tab_and_new_text(window: Window, qtbot: Any) -> None:
    _main, dock, vacancy = window()
    dock.set_candidate("Joël", TEXT, "Geachte mevrouw, storing en storing.", [], None)
    dock.tabs.setCurrentWidget(dock.letter)
    dock.start_find("storing")
    assert dock.letter.find_bar.counter.text() == "1 of 2"
    assert dock.cv.find_bar.isHidden()

    dock.set_candidate("Sanne", "", "Één storing.", [], None)
    assert dock.tabs.currentWidget() is dock.cv
    dock.tabs.setCurrentWidget(dock.letter)
    assert dock.letter.find_bar.counter.text() == "1 of 1"

    vacancy.set_vacancy("Servicemonteur", "Storingen oplossen. Storingsdienst.", [])
    vacancy.start_find("storing")
    assert vacancy.text.find_bar.counter.text() == "1 of 2"
