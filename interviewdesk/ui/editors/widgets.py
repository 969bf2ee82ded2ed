"""Small widgets the editors share: a reorderable list of draft objects with its
buttons, a muted hint label, and helpers for combo boxes of keyed choices."""

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import Choices
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_muted

ITEM_ROLE = Qt.ItemDataRole.UserRole
# Empty-state explanations wrap at this width, so they read as a short paragraph.
EMPTY_STATE_WIDTH = 460


class ReorderableList(QWidget):
    """An ordered list of objects the user can add, remove and reorder by dragging
    or with Alt+Up / Alt+Down.

    Each row carries its object; ``label_of`` turns an object into the row's text.
    ``orderChanged`` fires after a move, ``currentChanged`` with the new current
    object (or ``None``), ``addRequested``/``removeRequested`` when the buttons are used
    (the owner decides what a new object is, and whether removing needs a question).
    """

    orderChanged = Signal()
    currentChanged = Signal(object)
    addRequested = Signal()
    removeRequested = Signal(object)

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QListWidget()
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.model().rowsMoved.connect(self._rows_moved)
        self.view.currentItemChanged.connect(self._current_changed)

        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_clicked)
        self.up_button = self._arrow(Qt.ArrowType.UpArrow, self.tr("Move up (Alt+Up)"),
                                     QKeySequence("Alt+Up"), -1)
        self.down_button = self._arrow(Qt.ArrowType.DownArrow, self.tr("Move down (Alt+Down)"),
                                       QKeySequence("Alt+Down"), 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING_SMALL)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _arrow(self, arrow: Qt.ArrowType, tip: str, keys: QKeySequence, step: int) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setShortcut(keys)
        button.setAutoRaise(False)
        button.setIconSize(QSize(12, 12))
        button.clicked.connect(lambda: self.move_current(step))
        return button

    # -- contents -------------------------------------------------------------------

    def set_objects(self, objects: Iterable[object], label_of) -> None:
        """Show ``objects`` in order; ``label_of(obj)`` gives each row's text."""
        self._label_of = label_of
        self.view.blockSignals(True)
        self.view.clear()
        for obj in objects:
            self.view.addItem(self._item(obj))
        self.view.blockSignals(False)
        if self.view.count():
            self.view.setCurrentRow(0)
        else:
            self.currentChanged.emit(None)
        self._update_buttons()

    def _item(self, obj: object) -> QListWidgetItem:
        item = QListWidgetItem(self._label_of(obj))
        item.setToolTip(item.text())
        item.setData(ITEM_ROLE, obj)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        return item

    def objects(self) -> list[object]:
        """The objects in the order shown."""
        return [self.view.item(row).data(ITEM_ROLE) for row in range(self.view.count())]

    def append(self, obj: object) -> None:
        """Add ``obj`` at the end and make it current."""
        self.view.addItem(self._item(obj))
        self.view.setCurrentRow(self.view.count() - 1)
        self._update_buttons()

    def remove(self, obj: object) -> None:
        """Take ``obj`` out of the list."""
        for row in range(self.view.count()):
            if self.view.item(row).data(ITEM_ROLE) is obj:
                self.view.takeItem(row)
                break
        if self.view.count() == 0:
            self.currentChanged.emit(None)
        self._update_buttons()

    def current(self) -> object | None:
        """The object of the current row, if any."""
        item = self.view.currentItem()
        return item.data(ITEM_ROLE) if item is not None else None

    def select(self, obj: object) -> None:
        """Make ``obj``'s row current."""
        for row in range(self.view.count()):
            if self.view.item(row).data(ITEM_ROLE) is obj:
                self.view.setCurrentRow(row)
                return

    def refresh_current(self) -> None:
        """Re-read the current row's text from its object (after an edit)."""
        item = self.view.currentItem()
        if item is not None:
            item.setText(self._label_of(item.data(ITEM_ROLE)))
            item.setToolTip(item.text())

    def refresh_all(self) -> None:
        """Re-read every row's text."""
        for row in range(self.view.count()):
            item = self.view.item(row)
            item.setText(self._label_of(item.data(ITEM_ROLE)))
            item.setToolTip(item.text())

    def count(self) -> int:
        """How many rows there are."""
        return self.view.count()

    # -- moving ---------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Move the current row ``step`` places (−1 up, +1 down), keeping it current."""
        row = self.view.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.view.count():
            return
        self.view.blockSignals(True)
        item = self.view.takeItem(row)
        self.view.insertItem(target, item)
        self.view.setCurrentRow(target)
        self.view.blockSignals(False)
        self._update_buttons()
        self.orderChanged.emit()

    def _rows_moved(self, *_args: object) -> None:
        self._update_buttons()
        self.orderChanged.emit()

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        self.currentChanged.emit(current.data(ITEM_ROLE) if current is not None else None)

    def _remove_clicked(self) -> None:
        current = self.current()
        if current is not None:
            self.removeRequested.emit(current)

    def _update_buttons(self) -> None:
        row = self.view.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.view.count() - 1)


def hint_label(text: str = "") -> QLabel:
    """A muted, wrapping label for explanations and empty states."""
    label = QLabel(text)
    label.setWordWrap(True)
    make_muted(label)
    return label


def empty_state(text: str, button: QPushButton | None = None, *,
                framed: bool = False) -> tuple[QWidget, QLabel]:
    """A calm panel that says what to do when there is nothing yet, and its label.

    ``framed`` draws the frame of the list or table it stands in for."""
    panel = QFrame()
    if framed:
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setFrameShadow(QFrame.Shadow.Sunken)
    layout = QVBoxLayout(panel)
    layout.addStretch(1)
    label = hint_label(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMaximumWidth(EMPTY_STATE_WIDTH)
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addWidget(label, 100)
    centred.addStretch(1)
    layout.addLayout(centred)
    if button is not None:
        layout.addSpacing(SPACING)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addStretch(2)
    return panel, label


def fill_choices(combo: QComboBox, choices: Choices) -> None:
    """Fill ``combo`` with the labels of ``choices`` in the interface language,
    each row keyed by its stored key."""
    language = current_language()
    combo.clear()
    for choice in choices:
        combo.addItem(choice.label.in_language(language), choice.key)


def select_data(combo: QComboBox, data: object) -> None:
    """Make the row whose data is ``data`` current (the first row if none is)."""
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Make Tab visit ``widgets`` in the given order (e.g. combo boxes placed in table
    cells, which otherwise come last, after the dialog's buttons)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
