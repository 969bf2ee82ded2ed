"""The plain-text tooltips of item views (``ui/plain_tooltips.py``): every view gets
them, also one made after the application was set up, and no other widget's events
pass through the filter (it once sat on the whole application and slowed every event).
"""

import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QToolTip

from interviewdesk.ui import plain_tooltips
from interviewdesk.ui.style import plain_tooltip

NAME = "<b>X</b> de Vries"


@pytest.fixture
def filtered(qapp: Any) -> Iterator[list[str]]:
    """The plain tooltips installed as the app does; the class names of the views
    whose viewport's events reach the filter's Python code, as they come."""
    plain_tooltips.install_plain_item_tooltips()
    seen: list[str] = []

    def watch(frame: FrameType, what: str, _arg: Any) -> None:
        if what == "call" and frame.f_code.co_filename == plain_tooltips.__file__ \
                and frame.f_code.co_name == "eventFilter":
            watched = frame.f_locals["watched"]
            seen.append(type(watched.parent()).__name__ if watched.parent() else "")

    sys.setprofile(watch)
    try:
        yield seen
    finally:
        sys.setprofile(None)
        QToolTip.hideText()


def table() -> QTableView:
    model = QStandardItemModel(1, 1)
    item = QStandardItem(NAME)
    item.setToolTip(NAME)
    model.setItem(0, 0, item)
    model.setHorizontalHeaderItem(0, QStandardItem("Naam"))
    model.setHeaderData(0, Qt.Orientation.Horizontal, NAME, Qt.ItemDataRole.ToolTipRole)
    view = QTableView()
    view.setModel(model)
    view._model = model  # type: ignore[attr-defined]  # kept alive with the view
    return view


def tooltip_at(widget: Any, place: QPoint) -> str:
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, place,
                                              widget.mapToGlobal(place)))
    return QToolTip.text()


def test_a_view_made_later_shows_its_tooltips_as_text(qtbot: Any, filtered: list[str]) -> None:
    view = table()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    row = view.visualRect(view.model().index(0, 0)).center()
    assert tooltip_at(view.viewport(), row) == plain_tooltip(NAME)
    header = view.horizontalHeader()
    section = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    assert tooltip_at(header.viewport(), section) == plain_tooltip(NAME)


def test_other_widgets_events_do_not_pass_through_the_filter(
        qtbot: Any, filtered: list[str]) -> None:
    label = QLabel(NAME)
    label.setTextFormat(Qt.TextFormat.PlainText)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    label.resize(300, 40)
    label.update()
    QApplication.processEvents()
    assert filtered == []
    view = table()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert filtered and set(filtered) <= {"QTableView", "QHeaderView"}
