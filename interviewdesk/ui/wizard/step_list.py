"""The list of agenda stages on the left of the interview window: number, short name,
planned minutes and a mark — ✓ done, ● current, ○ still to do. Clicking a stage (or
moving to it with the arrow keys) goes there."""

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from interviewdesk.domain.agenda import Agenda
from interviewdesk.ui.style import ACCENT, SPACING_SMALL

DONE, CURRENT, TO_DO = "✓", "●", "○"
NUMBER, NAME, MINUTES, MARK = range(4)
# Extra height per row, so the steps read as a calm list, not a dense table.
ROW_PADDING = 14


class _RoomyDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + SPACING_SMALL, size.height() + ROW_PADDING)


class StepList(QTreeWidget):
    """The stages of ``agenda`` with their planned minutes (``plan``).

    ``stageChosen(key)`` when the user picks a stage; :meth:`set_marks` shows which
    stage is current and which are done (it emits nothing).
    """

    stageChosen = Signal(str)

    def __init__(self, agenda: Agenda, plan: dict[str, int], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Stages of the interview"))
        self.setColumnCount(4)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setItemDelegate(_RoomyDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.keys = list(agenda.keys())
        self.items: dict[str, QTreeWidgetItem] = {}
        for number, stage in enumerate(agenda.stages, start=1):
            minutes = plan.get(stage.key, stage.minutes)
            item = QTreeWidgetItem([str(number), stage.short_name.in_language(language),
                                    self.tr("%n min", "", minutes), TO_DO])
            item.setData(NAME, Qt.ItemDataRole.UserRole, stage.key)
            item.setToolTip(NAME, stage.name.in_language(language))
            item.setTextAlignment(NUMBER, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(MINUTES, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(MARK, Qt.AlignmentFlag.AlignCenter)
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
            item.setForeground(MINUTES, muted)
            self.addTopLevelItem(item)
            self.items[stage.key] = item
        # Columns sized once, for bold text (the current stage is bold): sizing them to
        # their contents on every change would cost more than the whole stage switch.
        self._set_bold(self.items.values(), True)
        header = self.header()
        header.setStretchLastSection(False)
        for column in (NUMBER, MINUTES, MARK):
            self.resizeColumnToContents(column)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._name_width = self.sizeHintForColumn(NAME)
        self._set_bold(self.items.values(), False)
        self._shown: dict[str, tuple[str, bool]] = {}
        self.currentItemChanged.connect(self._current_changed)

    def sizeHint(self) -> QSize:
        """Wide enough for the longest stage name in either language's font."""
        header = self.header()
        width = self._name_width + sum(header.sectionSize(c) for c in (NUMBER, MINUTES, MARK))
        return QSize(width + 2 * SPACING_SMALL + 2 * self.frameWidth(), super().sizeHint().height())

    def _set_bold(self, items: object, bold: bool) -> None:
        font = QFont(self.font())
        font.setBold(bold)
        for item in items:  # type: ignore[attr-defined]
            for column in range(4):
                item.setFont(column, font)

    def set_marks(self, current: str, done: set[str]) -> None:
        """Show ``current`` as the current stage and the stages in ``done`` as done."""
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.blockSignals(True)
        try:
            for key, item in self.items.items():
                is_current = key == current
                mark = CURRENT if is_current else DONE if key in done else TO_DO
                if self._shown.get(key) == (mark, is_current):
                    continue  # touching an unchanged row still costs a relayout
                self._shown[key] = (mark, is_current)
                item.setText(MARK, mark)
                item.setToolTip(MARK, self.tr("Current stage") if is_current
                                else self.tr("Done") if key in done else self.tr("To do"))
                self._set_bold([item], is_current)
                item.setForeground(MARK, ACCENT if mark != TO_DO else muted)
            self.setCurrentItem(self.items[current])
        finally:
            self.blockSignals(False)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.stageChosen.emit(str(item.data(NAME, Qt.ItemDataRole.UserRole)))
