"""Reload a page without disturbing the person looking at it.

A refresh that comes from someone else's change (:mod:`.live_updates`) arrives
unasked, in the middle of whatever the user is doing. :func:`keeping_view` wraps it
so that afterwards every list and table of the page is as it was: the same row
selected (found again by its ids, also when rows moved), scrolled to the same place,
columns as wide as the user left them, and the keyboard focus where it was. The
search text and open editors are not touched by a refresh in the first place.
"""

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

#: The fields that say which record a row is (its other fields may change).
_KEY_FIELDS = ("kind", "stage")


def row_key(row: object) -> tuple[Any, ...] | None:
    """What identifies ``row`` across reloads: its ids (``id`` and every ``…_id``)
    and its kind, for the frozen row classes the models hold; ``None`` otherwise."""
    if not dataclasses.is_dataclass(row) or isinstance(row, type):
        return None
    key = tuple((field.name, getattr(row, field.name)) for field in dataclasses.fields(row)
                if field.name == "id" or field.name.endswith("_id")
                or field.name in _KEY_FIELDS)
    return (type(row).__name__, *key) if key else None


def _columns(view: QAbstractItemView) -> int:
    """A table's number of columns (0 for a list: its widths are not kept)."""
    return view.horizontalHeader().count() if isinstance(view, QTableView) else 0


def _row_at(view: QAbstractItemView, row: int) -> object:
    row_at = getattr(view.model(), "row_at", None)
    if row_at is None:
        return None
    try:
        return row_at(row)
    except (IndexError, LookupError):
        return None


def _selected_row(view: QAbstractItemView) -> int | None:
    selection = view.selectionModel()
    if selection is None:
        return None
    index = selection.currentIndex()
    if not index.isValid() or not selection.isRowSelected(index.row(), QModelIndex()):
        return None
    return index.row()


@dataclass
class _ViewState:
    view: QAbstractItemView
    vertical: int
    horizontal: int
    key: tuple[Any, ...] | None
    header: QByteArray | None
    columns: int


def _capture(view: QAbstractItemView) -> _ViewState:
    row = _selected_row(view)
    header = None
    model = view.model()
    if isinstance(view, QTableView) and model is not None and model.rowCount(QModelIndex()):
        header = view.horizontalHeader().saveState()
    return _ViewState(view, view.verticalScrollBar().value(),
                      view.horizontalScrollBar().value(),
                      row_key(_row_at(view, row)) if row is not None else None, header,
                      _columns(view))


def _restore(state: _ViewState) -> None:
    view = state.view
    model = view.model()
    if model is None:
        return
    if (state.header is not None and isinstance(view, QTableView)
            and model.rowCount(QModelIndex()) > 0
            and _columns(view) == state.columns):  # the same columns: keep their widths
        view.horizontalHeader().restoreState(state.header)
    if state.key is not None:
        _reselect(view, state.key)
    view.doItemsLayout()  # the scroll range of the new rows, now rather than at paint
    view.verticalScrollBar().setValue(state.vertical)
    view.horizontalScrollBar().setValue(state.horizontal)


def _reselect(view: QAbstractItemView, key: tuple[Any, ...]) -> None:
    """Select the row with ``key`` again, unless the page already did."""
    current = _selected_row(view)
    if current is not None and row_key(_row_at(view, current)) == key:
        return
    model = view.model()
    for position in range(model.rowCount(QModelIndex())):
        if row_key(_row_at(view, position)) == key:
            view.selectionModel().setCurrentIndex(
                model.index(position, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return


@contextmanager
def keeping_view(page: QWidget) -> Iterator[None]:
    """Run the block (a reload of ``page``), then put every item view of ``page``
    back as it was, and the keyboard focus of its window."""
    states = [_capture(view) for view in page.findChildren(QAbstractItemView)]
    window = page.window()
    focused = window.focusWidget()
    yield
    for state in states:
        _restore(state)
    if (focused is not None and window.focusWidget() is not focused
            and focused.isVisible() and focused.isEnabled()):
        focused.setFocus(Qt.FocusReason.OtherFocusReason)


def refresh_keeping_view(page: QWidget, refresh: Callable[[], object]) -> None:
    """``refresh()`` inside :func:`keeping_view`."""
    with keeping_view(page):
        refresh()
