"""Fixtures and helpers for the panel discussion and comparison tests: the example
data, a panel window factory, forms filled in through the store, and a walk over
every text a widget tree shows."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    open_form,
    save_form,
    submit_form,
)
from interviewdesk.store.database import Database


@pytest.fixture
def panel_example(db: Database) -> ExampleIds:
    """The example vacancy: a decided interview (every form in, one discrepancy with a
    consensus), one waiting for René Mulder's form, one under way, one planned."""
    return load_example(db)


@pytest.fixture
def panel_window(qtbot: Any, english: None, db: Database, data_dir: Path,
                 settings: Any) -> Iterator[Callable[..., Any]]:
    """``panel_window(interview_id)``: the panel discussion window, shown, asking who
    is looking."""
    from interviewdesk.ui.assessment.panel_window import PanelWindow

    windows: list[Any] = []

    def make(interview_id: int) -> Any:
        window = PanelWindow(db, data_dir, settings, interview_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def submit(db: Database, interview_id: int, panel_member_id: int,
           scores: dict[int, int | None], recommendation: str = "yes") -> None:
    """Fill in and submit a panel member's form through the store."""
    form = open_form(db, interview_id, panel_member_id)
    changes: list[Any] = [RatingEdit(cid, score=score) for cid, score in scores.items()]
    changes.append(AssessmentEdit(recommendation=recommendation))
    save_form(db, form.assessment_id, changes)
    submit_form(db, form.assessment_id)


def visible_texts(root: QWidget) -> list[str]:
    """Every text the widget tree under ``root`` holds: labels, buttons, fields,
    tool tips, combo entries, window titles and the cells of item views."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            description = getattr(widget, "description", None)
            if callable(description):
                texts.append(description())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QDateEdit):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(model.columnCount(QModelIndex())):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if value is not None:
                            texts.append(str(value))
    return [text for text in texts if text]
