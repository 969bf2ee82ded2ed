"""Walking the agenda: the step list, Back and Next, keyboard shortcuts, jumping, and
reopening where the interview stopped."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.ui.wizard import open_interview
from interviewdesk.ui.wizard.step_list import CURRENT, DONE, MARK, MINUTES, NAME, NUMBER, TO_DO

STAGES = list(default_agenda().keys())
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def marks(window: Any) -> list[str]:
    return [window.steps.items[key].text(MARK) for key in STAGES]


def test_opens_at_preparation_with_every_stage_listed(open_window: Any) -> None:
    window = open_window()
    assert window.windowTitle() == "Interview · Joël Bakker · Servicemonteur installatietechniek"
    assert window.current_stage() == "preparation"
    rows = [(window.steps.items[k].text(NUMBER), window.steps.items[k].text(NAME),
             window.steps.items[k].text(MINUTES)) for k in STAGES]
    assert rows[0] == ("1", "Preparation", "15 min")
    assert rows[1] == ("2", "Opening", "7 min")
    assert [number for number, _, _ in rows] == [str(n) for n in range(1, 9)]
    assert marks(window) == [CURRENT] + [TO_DO] * 7
    assert window.stack.currentWidget() is window.pages["preparation"]
    assert not window.back_button.isEnabled()
    assert window.next_button.text() == "Opening ▸"


def test_walk_every_stage_with_next(open_window: Any, qtbot: Any, stored: Any,
                                    type_into: Any, written: Any) -> None:
    window = open_window()
    for index, key in enumerate(STAGES[1:], start=1):
        type_into(window.pages[STAGES[index - 1]].notes, "gedaan")
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert window.current_stage() == key
        assert window.stack.currentWidget() is window.pages[key]
        assert marks(window) == [DONE] * index + [CURRENT] + [TO_DO] * (7 - index)
    assert not window.next_button.isEnabled()
    written(window)
    assert stored().current_stage == "assessment"
    assert all(stored().stage(key).done for key in STAGES[:-1])
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_stage() == "closing"
    assert marks(window)[-1] == TO_DO  # visited, but not left forward


def test_next_without_working_in_a_stage_leaves_it_to_do(open_window: Any, qtbot: Any,
                                                         stored: Any) -> None:
    window = open_window()
    for _key in STAGES[1:]:
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert marks(window) == [TO_DO] * 7 + [CURRENT]
    assert not any(stored().stage(key).done for key in STAGES)


def test_jump_with_ctrl_digit_from_a_note_field(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    for number in (8, 3, 1, 6, 2, 7, 4, 5):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.current_stage() == STAGES[number - 1]
        assert window.pages[STAGES[number - 1]].notes.hasFocus()


def test_next_and_previous_keys_work_while_typing(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    notes = window.pages["preparation"].notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Koffie klaarzetten")
    qtbot.keyClick(notes, Qt.Key.Key_PageDown, CTRL)
    assert window.current_stage() == "opening"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    assert window.current_stage() == "experience"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, ALT)
    assert window.current_stage() == "opening"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert window.current_stage() == "preparation"
    assert notes.toPlainText() == "Koffie klaarzetten"  # the keys moved, they typed nothing


def test_clicking_a_stage_in_the_list_goes_there(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    item = window.steps.items["closing"]
    rect = window.steps.visualItemRect(item)
    qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_stage() == "closing"
    assert marks(window)[STAGES.index("closing")] == CURRENT
    assert marks(window)[0] == TO_DO  # left forward, but nothing was done in it
    assert marks(window)[1:6] == [TO_DO] * 5  # skipped, still to do


def test_pages_are_built_once_on_first_visit(open_window: Any) -> None:
    window = open_window()
    assert set(window.pages) == {"preparation"}
    window.go_to("skills")
    skills = window.pages["skills"]
    window.go_to("opening")
    window.go_to("skills")
    assert window.pages["skills"] is skills
    assert set(window.pages) == {"preparation", "skills", "opening"}


def test_a_stage_change_is_written_with_the_next_save_not_before_the_page_shows(
        open_window: Any, stored: Any, written: Any) -> None:
    window = open_window()
    window.go_to("opening")  # the first step past preparation starts the interview: at once
    assert stored().current_stage == "opening" and stored().started_at is not None
    window.go_to("experience")
    window.go_to("skills")
    assert stored().current_stage == "opening"  # nothing written while switching
    assert window.autosaver.pending
    written(window)  # by the autosaver, without anything else happening
    assert stored().current_stage == "skills"
    window.go_to("behavioural")
    window.close()
    assert stored().current_stage == "behavioural"  # closing writes it at once


def test_reopens_at_the_stage_where_it_stopped(open_window: Any, stored: Any,
                                               click_box: Any) -> None:
    window = open_window()
    click_box(window.pages["preparation"].checklist.boxes["review_vacancy"])
    window.go_to("behavioural")
    assert stored().current_stage == "behavioural"
    assert stored().started_at is not None
    window.close()
    again = open_window()
    assert again.current_stage() == "behavioural"
    assert again.stack.currentWidget() is again.pages["behavioural"]
    assert marks(again)[STAGES.index("behavioural")] == CURRENT
    assert marks(again)[0] == DONE


def test_menus_list_every_action_with_its_shortcut(open_window: Any) -> None:
    window = open_window()
    menus = {menu.title().replace("&", ""): menu for menu in
             (window.menus.interview_menu, window.menus.stage_menu,
              window.menus.view_menu)}
    assert set(menus) == {"Interview", "Stage", "View"}

    def shortcuts(menu: Any) -> dict[str, list[str]]:
        return {a.text().replace("&", ""): [s.toString() for s in a.shortcuts()]
                for a in menu.actions() if not a.isSeparator()}

    stage = shortcuts(menus["Stage"])
    assert stage["Next stage"] == ["Ctrl+PgDown", "Alt+Right"]
    assert stage["Previous stage"] == ["Ctrl+PgUp", "Alt+Left"]
    assert stage["1  Preparation"] == ["Ctrl+1"]
    assert stage["8  Assessment after the interview"] == ["Ctrl+8"]
    view = shortcuts(menus["View"])
    assert view["Candidate panel (CV and letter)"] == ["Ctrl+Shift+C"]
    assert view["Vacancy panel"] == ["Ctrl+Shift+V"]
    assert view["Find in the CV"] == [QKeySequence(QKeySequence.StandardKey.Find).toString()]
    interview = shortcuts(menus["Interview"])
    assert interview["Start the clock"] == ["F8", "Ctrl+Shift+Space"]


def test_panel_shortcuts_and_find(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    assert window.cv_dock.isVisible()
    notes = window.pages["preparation"].notes
    notes.setFocus()
    shift_ctrl = CTRL | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(notes, Qt.Key.Key_C, shift_ctrl)
    assert not window.cv_dock.isVisible()
    qtbot.keyClick(notes, Qt.Key.Key_F, CTRL)  # finds in the CV: shows it again
    assert window.cv_dock.isVisible()
    assert window.cv_dock.isAncestorOf(QApplication.focusWidget())
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_V, shift_ctrl)
    qtbot.keyClick(notes, Qt.Key.Key_V, shift_ctrl)
    assert window.vacancy_dock.isVisible()


def test_preparation_buttons_bring_the_panels_forward(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    section = window.pages["preparation"].section
    window.cv_dock.hide()
    qtbot.mouseClick(section.letter_button, Qt.MouseButton.LeftButton)
    assert window.cv_dock.isVisible()
    assert window.cv_dock.tabs.currentWidget() is window.cv_dock.letter
    qtbot.mouseClick(section.vacancy_button, Qt.MouseButton.LeftButton)
    assert window.vacancy_dock.isVisible()
    assert not window.vacancy_dock.visibleRegion().isEmpty()
    qtbot.mouseClick(section.cv_button, Qt.MouseButton.LeftButton)
    assert window.cv_dock.tabs.currentWidget() is window.cv_dock.cv
    assert not window.cv_dock.visibleRegion().isEmpty()


def test_panel_layout_and_zoom_are_remembered(open_window: Any, settings: Any) -> None:
    window = open_window()
    window.cv_dock.hide()
    window.vacancy_dock.zoom_by(2)
    zoom = window.vacancy_dock.zoom
    assert zoom > 1
    window.close()
    assert settings.interview_state and settings.interview_geometry
    again = open_window()
    assert not again.cv_dock.isVisible()
    assert again.vacancy_dock.isVisible()
    assert again.vacancy_dock.zoom == zoom
    assert again.cv_dock.zoom == 1.0


def test_open_interview_shows_a_window_that_goes_away_when_closed(
        qtbot: Any, english: None, db: Any, data_dir: Any, settings: Any, example: Any) -> None:
    window = open_interview(None, db, data_dir, settings, example.interview_id)
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(window.destroyed):
        window.close()
