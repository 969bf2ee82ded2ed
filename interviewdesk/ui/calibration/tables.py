"""Read-only tables for the calibration view: the same figures as the charts, for
reading exactly and for screen readers. Each table is as tall as its rows (the
window scrolls, not the table), and every cell is plain text."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from interviewdesk.ui.style import plain_tooltip


class FigureTable(QTableWidget):
    """A table of text cells with a header; :meth:`fill` replaces its rows."""

    def __init__(self, headers: Sequence[str], stretch: int = 0) -> None:
        super().__init__(0, len(headers))
        self.stretch = stretch
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_headers(self, headers: Sequence[str]) -> None:
        """New header words (after a language change)."""
        self.setHorizontalHeaderLabels(list(headers))

    def fill(self, rows: Sequence[Sequence[str]], tooltips: Sequence[str] | None = None,
             bold_rows: Sequence[int] = ()) -> None:
        """Show ``rows`` (one text per column); ``tooltips`` per row, optional."""
        self.setRowCount(0)
        for r, row in enumerate(rows):
            self.insertRow(r)
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if tooltips is not None and tooltips[r]:
                    item.setToolTip(plain_tooltip(tooltips[r]))
                if r in bold_rows and c == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped cells take their height at the width the table really has."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            # After the columns have taken their new widths.
            QTimer.singleShot(0, self, self._refit)  # dropped if the table is gone

    def _refit(self) -> None:
        self.resizeRowsToContents()
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the header and the rows."""
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2)

    def texts(self) -> list[list[str]]:
        """Every cell's text, row by row (tests, the accessible alternative)."""
        return [[self.item(r, c).text() for c in range(self.columnCount())]
                for r in range(self.rowCount())]
