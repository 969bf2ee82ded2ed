"""User text is shown as text, never as markup: with example data whose names and
titles are HTML, every label and tooltip of every window is walked and checked.

A label renders rich text when its format is RichText, or AutoText with text that
looks like markup; a tooltip renders rich text whenever its text looks like markup.
User text may appear in a rich label only escaped (``&lt;b&gt;``), never raw.
"""

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QToolTip,
    QWidget,
)

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database

CANDIDATE = "<b>X</b> <i>y</i>"
VACANCY = "<u>V</u> monteur"
INTERVIEWER = "<s>Z</s> Anna"
COMPETENCY = "<h1>C</h1>"
LOCATION = "<i>kamer</i> 2"
MARKERS = ("<b>X</b>", "<i>y</i>", "<u>V</u>", "<s>Z</s>", "<h1>C", "<i>kamer</i>")


@pytest.fixture
def hostile(db: Database) -> ExampleIds:
    ids = load_example(db)
    with db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("UPDATE candidate SET name = ? || ' ' || id", (CANDIDATE,))
        run("UPDATE vacancy SET title = ?, department = ?, location = ?",
            (VACANCY, LOCATION, LOCATION))
        run("UPDATE interviewer SET name = ? || ' ' || id, job_title = ?", (INTERVIEWER, VACANCY))
        run("UPDATE competency SET name = ? || ' ' || id", (COMPETENCY,))
        run("UPDATE interview SET location = ?", (LOCATION,))
    return ids


def renders_rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def problems_in(window: QWidget) -> list[str]:
    """Each label or tooltip of ``window`` that would render user text as markup."""
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and renders_rich(widget):
            shown = QTextDocumentFragment.fromHtml(widget.text()).toPlainText()
            if any(marker in widget.text() for marker in MARKERS) or (
                    "X y" in shown and CANDIDATE not in shown):
                found.append(f"label in {type(widget.window()).__name__}: {widget.text()[:80]}")
        tip = widget.toolTip()
        if any(marker in tip for marker in MARKERS) and GuiQt.mightBeRichText(tip):
            found.append(f"tooltip of {type(widget).__name__}: {tip[:80]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += [f"item tooltip in {type(widget).__name__}: {shown[:80]}"
                      for shown in shown_item_tooltips(widget) if markup_rendered(shown)]
    return found


#: How a hostile value reads once rendered as markup, and how it reads as text.
RENDERED = {"X y": "<b>X</b> <i>y</i>", "Z Anna": "<s>Z</s> Anna", "V monteur": "<u>V</u> monteur",
            "kamer 2": "<i>kamer</i> 2"}


def markup_rendered(shown: str) -> bool:
    """Whether ``shown`` holds a hostile value with its tags gone (rendered)."""
    return any(rendered in shown and raw not in shown for rendered, raw in RENDERED.items())


def shown_item_tooltips(view: QAbstractItemView) -> list[str]:
    """What the tooltips of ``view``'s first rows (or header sections) show, as the
    user reads them: a help event is sent where each one is."""
    model = view.model()
    try:
        rows, columns = model.rowCount(QModelIndex()), model.columnCount(QModelIndex())
    except TypeError:  # a Qt-internal model (a combo box's, say) hides its counts
        return []
    places = []
    if isinstance(view, QHeaderView):
        for section in range(view.count()):
            position = view.sectionViewportPosition(section) + view.sectionSize(section) // 2
            places.append(QPoint(position, view.height() // 2)
                          if view.orientation() == Qt.Orientation.Horizontal
                          else QPoint(view.width() // 2, position))
    else:
        for row in range(min(rows, 20)):
            for column in range(columns):
                rect = view.visualRect(model.index(row, column))
                if rect.isValid() and not rect.isEmpty():
                    places.append(rect.center())
    shown = []
    for place in places:
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, place, view.viewport().mapToGlobal(place))
        QApplication.sendEvent(view.viewport(), event)
        tip = QToolTip.text()
        if tip:
            shown.append(QTextDocumentFragment.fromHtml(tip).toPlainText()
                         if GuiQt.mightBeRichText(tip) else tip)
    QToolTip.hideText()
    return shown


def test_no_window_renders_user_text_as_markup(
        qtbot: Any, main_window: Any, hostile: ExampleIds) -> None:
    main_window.home.refresh()
    main_window.home.select_vacancy(hostile.vacancy_id)
    windows = [main_window]
    for interview in (hostile.in_progress_interview_id, hostile.completed_interview_id,
                      hostile.interview_id):
        opened = main_window.open_interview(interview)
        assert opened is not None
        windows.append(opened)
    windows.append(main_window.open_panel_discussion(hostile.completed_interview_id))
    windows.append(main_window.open_assessment_form(hostile.waiting_interview_id,
                                                    hostile.waiting_panel_member_ids[-1]))
    for window in windows:
        assert window is not None
        window.show()
    QApplication.processEvents()
    problems = [problem for window in QApplication.topLevelWidgets()
                for problem in problems_in(window)]
    assert problems == []
    for window in windows[1:]:
        window.close()
