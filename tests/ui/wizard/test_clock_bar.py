"""The clock in the interview window, with a time source the test moves by hand."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from interviewdesk.domain.clock import ClockState
from interviewdesk.store.interview_edits import StageEdit
from interviewdesk.ui.wizard.clock_bar import OVERRUN


def stage_time(window: Any) -> str:
    return window.clock_bar.stage.time.text()


def total_time(window: Any) -> str:
    return window.clock_bar.total.time.text()


def colour(label: Any) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_not_started_during_preparation(open_window: Any, fake_time: Any) -> None:
    window = open_window()
    fake_time.advance(600)
    window.tick()
    assert window.clock.state is ClockState.NOT_STARTED
    assert window.clock_bar.state.isVisible()
    assert window.clock_bar.state.text() == "Not started"
    assert window.clock_bar.button.text() == "Start the clock (F8)"
    assert stage_time(window) == "00:00 of 15:00"
    assert total_time(window) == "00:00:00 / 60:00"


def test_starts_when_leaving_preparation_and_marks_an_overrun(
        open_window: Any, fake_time: Any, stored: Any, written: Any) -> None:
    window = open_window()
    window.go_to("opening")
    assert window.clock.running
    assert not window.clock_bar.state.isVisible()
    assert window.clock_bar.button.text() == "Pause (F8)"
    fake_time.advance(6 * 60 + 30)
    window.tick()
    assert stage_time(window) == "06:30 of 07:00"
    assert window.clock_bar.stage.remark.text() == ""
    fake_time.advance(90)
    window.tick()
    assert stage_time(window) == "08:00 of 07:00"
    assert window.clock_bar.stage.remark.text() == "01:00 over"  # in words, not colour alone
    assert colour(window.clock_bar.stage.time) == OVERRUN.name()
    assert window.clock_bar.stage.bar.value() == 1000
    assert total_time(window) == "00:08:00 / 60:00"
    assert window.clock_bar.total.remark.text() == ""
    assert colour(window.clock_bar.total.time) != OVERRUN.name()

    window.go_to("experience")
    written(window)
    assert stored().stage("opening").seconds_spent == 480
    assert stage_time(window) == "00:00 of 13:00"
    assert colour(window.clock_bar.stage.time) != OVERRUN.name()
    fake_time.advance(60)
    window.tick()
    assert total_time(window) == "00:09:00 / 60:00"


def test_pause_and_resume_with_f8(open_window: Any, qtbot: Any, fake_time: Any,
                                  stored: Any) -> None:
    window = open_window()
    window.go_to("opening")
    fake_time.advance(100)
    notes = window.pages["opening"].notes
    qtbot.keyClick(notes, Qt.Key.Key_F8)
    assert window.clock.state is ClockState.PAUSED
    assert window.clock_bar.state.isVisible() and window.clock_bar.state.text() == "Paused"
    assert window.clock_bar.button.text() == "Resume (F8)"
    assert window.menus.clock_action.text().replace("&", "") == "Resume the clock"
    fake_time.advance(1000)
    window.tick()
    assert stage_time(window) == "01:40 of 07:00"
    window.flush()
    assert stored().stage("opening").seconds_spent == 100
    qtbot.mouseClick(window.clock_bar.button, Qt.MouseButton.LeftButton)
    assert window.clock.running
    fake_time.advance(20)
    window.tick()
    assert stage_time(window) == "02:00 of 07:00"


def test_a_running_clock_is_saved_every_few_seconds(open_window: Any, fake_time: Any,
                                                    stored: Any) -> None:
    window = open_window()
    window.go_to("opening")
    window.flush()
    fake_time.advance(3)
    window.tick()
    assert window.autosaver.pending_edit(("stage", "opening")) is None
    fake_time.advance(3)
    window.tick()
    assert window.autosaver.pending_edit(("stage", "opening")) == StageEdit("opening",
                                                                            seconds_spent=6)
    window.autosaver.flush()
    assert stored().stage("opening").seconds_spent == 6


def test_start_during_preparation_counts_outside_the_total(open_window: Any,
                                                          fake_time: Any) -> None:
    window = open_window()
    window.toggle_clock()
    fake_time.advance(5 * 60)
    window.tick()
    assert stage_time(window) == "05:00 of 15:00"
    assert total_time(window) == "00:00:00 / 60:00"


def test_time_is_restored_paused_when_reopened(open_window: Any, fake_time: Any) -> None:
    window = open_window()
    window.go_to("skills")
    fake_time.advance(12 * 60 + 40)
    window.close()
    fake_time.advance(3600)
    again = open_window()
    assert again.current_stage() == "skills"
    assert again.clock.state is ClockState.PAUSED
    assert again.clock_bar.state.text() == "Paused"
    assert stage_time(again) == "12:40 of 14:00"
    assert total_time(again) == "00:12:40 / 60:00"
    again.go_to("behavioural")  # moving on does not start a paused clock by itself
    assert not again.clock.running


def test_only_a_done_closing_finishes_the_interview(open_window: Any, stored: Any,
                                                    written: Any) -> None:
    window = open_window()
    window.go_to("closing")
    window.go_to("assessment")  # looked at, nothing worked on
    written(window)
    assert stored().finished_at is None
    window.go_to("closing")
    window.stage_done()
    assert window.current_stage() == "assessment"
    written(window)
    assert stored().finished_at is not None
