"""The assessment form and the panel discussion on a 1366×768 laptop (and 1920×1080
at 150 %): Submit and Record decision stay in reach in a bar that does not scroll
away; Ctrl+W and Esc close both windows; the panel discussion prints the report."""

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from interviewdesk.example.database import ExampleIds
from interviewdesk.ui.window_size import bounded_size
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.form_fixtures import rene

panel_example = panel_fixtures.panel_example
panel_window = panel_fixtures.panel_window

LAPTOPS = [QSize(1366, 768), QSize(1280, 720)]  # 1920×1080 at 150 % is 1280×720 for Qt


def inside(window: Any, widget: Any) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (widget.isVisible() and top_left.y() >= 0 and top_left.x() >= 0
            and top_left.y() + widget.height() <= window.height()
            and top_left.x() + widget.width() <= window.width())


@pytest.mark.parametrize("screen", LAPTOPS)
def test_submit_stays_in_reach_on_a_laptop(open_form_window: Any, example: ExampleIds,
                                          screen: QSize) -> None:
    window = open_form_window(*rene(example))
    window.resize(bounded_size(QSize(1280, 900), screen))
    QApplication.processEvents()
    assert window.height() <= screen.height()
    button = window.summary.submit_button
    assert inside(window, button)
    for value in (0, window.scroll.verticalScrollBar().maximum()):
        window.scroll.verticalScrollBar().setValue(value)
        QApplication.processEvents()
        assert inside(window, button)  # the bar does not scroll away


@pytest.mark.parametrize("key", ["Ctrl+W", "Esc"])
def test_ctrl_w_and_esc_close_the_form(open_form_window: Any, example: ExampleIds,
                                       key: str) -> None:
    window = open_form_window(*rene(example))
    action = window.close_action
    assert key in [k.toString() for k in action.shortcuts()]
    action.trigger()
    assert not window.isVisible()


@pytest.mark.parametrize("screen", LAPTOPS)
def test_record_decision_stays_in_reach_on_a_laptop(panel_window: Any,
                                                    panel_example: ExampleIds,
                                                    screen: QSize) -> None:
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    window.resize(bounded_size(QSize(1280, 900), screen))
    QApplication.processEvents()
    button = window.discussion.decision.record_button
    for value in (0, window.discussion.verticalScrollBar().maximum()):
        window.discussion.verticalScrollBar().setValue(value)
        QApplication.processEvents()
        assert inside(window, button)


def test_the_decision_bar_shows_with_the_discussion_only(panel_window: Any,
                                                          panel_example: ExampleIds) -> None:
    waiting = panel_window(panel_example.waiting_interview_id)
    assert waiting.stack.currentWidget() is not waiting.discussion
    assert not waiting.decision_bar.isVisible()
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    assert window.stack.currentWidget() is window.discussion
    assert window.decision_bar.isVisible()


def test_panel_window_closes_with_ctrl_w_and_esc_and_prints_the_report(
        panel_window: Any, panel_example: ExampleIds, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import print_documents

    printed: list[int] = []
    monkeypatch.setattr(print_documents, "interview_report",
                        lambda _parent, _db, interview_id, _size: printed.append(interview_id))
    filed: list[int] = []
    monkeypatch.setattr(print_documents, "dossier",
                        lambda _parent, _db, interview_id, _size: filed.append(interview_id))
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    menus = window.menus
    assert menus.report_action.shortcut().toString() == "Ctrl+P"
    menus.report_action.trigger()
    assert printed == [panel_example.completed_interview_id]
    menus.dossier_action.trigger()
    assert filed == [panel_example.completed_interview_id]
    assert {k.toString() for k in menus.close_action.shortcuts()} == {"Ctrl+W", "Esc"}
    with qtbot.waitActive(window):
        window.activateWindow()
    field = window.discussion.decision.rationale
    field.setFocus()
    assert QApplication.focusWidget() is field, QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.isVisible()
