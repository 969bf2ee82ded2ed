"""A table of records with its buttons, and a sentence in its place when it is empty.

Used for each tab of a vacancy (candidates, interviews, competencies): Enter or a
double-click runs the table's primary command (edit the record; for interviews, open
the interview), Delete asks to delete it, and the same commands are in the context
menu and as buttons under the table. A tab adds its own row commands with
:meth:`RecordTable.add_row_action`.
"""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.ui.home.models import RowTableModel
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_muted

# Above this many rows, columns keep their width instead of fitting their contents.
FIT_COLUMNS_UP_TO = 500
# Columns fitted to their contents are at least this wide, so short ones still breathe
# (and wider than Qt's default column, which marks a hidden table's columns as not fitted).
MIN_COLUMN_WIDTH = 110
EMPTY_TEXT_WIDTH = 520


class RecordTable(QWidget):
    """A :class:`RowTableModel` in a table view, with Add / Edit / Delete.

    Signals carry the row position in the model; ``add_requested`` has none.
    ``selection_changed`` follows the selected row (also when the rows are reloaded).
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, model: RowTableModel, *, can_delete: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.activated.connect(lambda index: self.edit_requested.emit(index.row()))

        # The empty state: what to do next, and the button that does it.
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMaximumWidth(EMPTY_TEXT_WIDTH)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self.add_requested)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE * 2, SPACING_LARGE,
                                        SPACING_LARGE)
        empty_layout.setSpacing(SPACING)
        # Centred through stretches, not an alignment flag: a word-wrapped label placed
        # with an alignment gets no height-for-width and is cut off.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.empty_label, 10)
        text_row.addStretch(1)
        empty_layout.addLayout(text_row)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.empty_page = empty_page

        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(self.table)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)

        self.edit_action = QAction(self.table)
        self.edit_action.triggered.connect(self._edit_current)
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_current)
        self.table.addAction(self.edit_action)
        if can_delete:
            self.table.addAction(self.delete_action)

        self._row_actions: list[QAction] = []
        self.row_buttons: dict[QAction, QPushButton] = {}
        # The buttons, and under them a quiet hint on a line of its own: beside the
        # buttons it had a sliver of the width and wrapped into a narrow column.
        self.button_row = QWidget()
        below = QVBoxLayout(self.button_row)
        below.setContentsMargins(0, 0, 0, 0)
        below.setSpacing(SPACING_SMALL)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        below.addLayout(buttons)
        self.hint = make_muted(QLabel())
        self.hint.setWordWrap(True)
        self.hint.hide()
        below.addWidget(self.hint)
        self._buttons = buttons
        # Only once it has a parent: showing a parentless button opens it as a window
        # of its own (which takes the focus from a main window already on screen).
        self.delete_button.setVisible(can_delete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.button_row)

        # The column widths when rows came while the table was hidden (see showEvent).
        self._unfitted: list[int] | None = None
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._after_reset)
        self._after_reset()

    def add_row_action(self, *, button: bool = True, separator: bool = False) -> QAction:
        """A further command on the selected row: in the context menu before Delete
        (after a separator, with ``separator``) and, with ``button``, as a button
        before the Delete button. It is enabled while a row is selected; name it with
        :meth:`set_action_text`, connect its ``triggered`` and read :meth:`current_row`."""
        action = QAction(self.table)
        before = self.delete_action if self.delete_action in self.table.actions() else None
        if separator:
            line = QAction(self.table)
            line.setSeparator(True)
            self.table.insertAction(before, line)  # type: ignore[arg-type]
        self.table.insertAction(before, action)  # type: ignore[arg-type]
        if button:
            push = QPushButton()
            push.clicked.connect(action.trigger)
            self._buttons.insertWidget(self._buttons.indexOf(self.delete_button), push)
            self.row_buttons[action] = push
        self._row_actions.append(action)
        self._update_buttons()
        return action

    def set_action_text(self, action: QAction, text: str) -> None:
        """Name a row command (and its button): Edit, or one from :meth:`add_row_action`."""
        action.setText(text)
        button = self.edit_button if action is self.edit_action else self.row_buttons.get(action)
        if button is not None:
            button.setText(text)

    def set_texts(self, *, empty: str, add: str, edit: str, delete: str,
                  hint: str = "") -> None:
        """The empty-state sentence, the button labels, and a quiet ``hint`` under the
        buttons (none if empty), in the current language."""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.empty_label.setText(empty)
        self.empty_button.setText(add)
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.delete_button.setText(delete)
        self.edit_action.setText(edit)
        self.delete_action.setText(delete)

    def current_row(self) -> int | None:
        """The position of the selected row, if one is selected."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        """Select and show the row at ``row``."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _after_reset(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.pages.setCurrentWidget(self.table if has_rows else self.empty_page)
        self.button_row.setVisible(has_rows)
        self._unfitted = None
        if has_rows and self.model.rowCount() <= FIT_COLUMNS_UP_TO:
            # A tab not in front is fitted when it comes to the front, and a table in
            # a window on screen when it is shown; but a window never shown (as the
            # screenshot renders it) sends no showEvent: fitted now.
            if self.table.isVisible() or not (self.isHidden() or self.window().isVisible()):
                self._fit_columns()
            else:
                self._unfitted = self._unfit()
        self._update_buttons()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShowToParent:  # a tab brought to the front
            self._fit_if_unfitted()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_if_unfitted()

    def _fit_if_unfitted(self) -> None:
        """Fit the columns of rows loaded while the table was hidden, unless their
        widths were set meanwhile: a refresh that keeps the view puts the user's
        widths back after the rows (:mod:`interviewdesk.ui.quiet_refresh`)."""
        if self._unfitted is not None:
            if self._unfitted == self._widths():
                self._fit_columns()
            self._unfitted = None

    def _unfit(self) -> list[int]:
        """Give the columns Qt's default width (narrower than any fitted one, see
        MIN_COLUMN_WIDTH) and return those widths, so that widths put back before the
        table is shown can be told from these."""
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, header.defaultSectionSize())
        return self._widths()

    def _widths(self) -> list[int]:
        """The widths of the columns before the last (which takes what is left)."""
        header = self.table.horizontalHeader()
        return [header.sectionSize(column) for column in range(header.count() - 1)]

    def _fit_columns(self) -> None:
        """Fit each column to its contents, leaving room between columns; the last one
        takes what is left."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            width = max(MIN_COLUMN_WIDTH, header.sectionSize(column) + SPACING_LARGE)
            header.resizeSection(column, width)

    def _update_buttons(self) -> None:
        selected = self.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        for action in self._row_actions:
            action.setEnabled(selected)
            if action in self.row_buttons:
                self.row_buttons[action].setEnabled(selected)
        self.selection_changed.emit()

    def _edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_requested.emit(row)

    def _delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_requested.emit(row)
