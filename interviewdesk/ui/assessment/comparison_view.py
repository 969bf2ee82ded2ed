"""Comparing a vacancy's candidates (issue #4, §3): candidates × competencies with the
panel's results as heat colours and numbers, the weighted total as a small bar, and
the outcome; sorted by clicking a column's header.

A candidate whose panel has not every form in shows what it is waiting for instead
of numbers: the store never hands out scores for such an interview, so the
comparison cannot break blind scoring. The home view places this widget as a tab of
a vacancy.
"""

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from interviewdesk.store.assessments import VacancyComparison, vacancy_comparison
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.comparison_delegate import ComparisonDelegate
from interviewdesk.ui.assessment.comparison_model import (
    INTERVIEW_ROLE,
    ComparisonModel,
    ComparisonSortProxy,
)
from interviewdesk.ui.assessment.panel_cells import HeatLegend
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_muted

log = logging.getLogger(__name__)

# A competency's column, in average characters, at least and at most: its header wraps
# between words, so the longest word sets the width within these bounds.
COMPETENCY_COLUMN_CHARS = (10, 22)
TOTAL_COLUMN_CHARS = 16
# Room for the header's sort arrow, in pixels.
SORT_ARROW = 18


class ComparisonView(QWidget):
    """The comparison of one vacancy's candidates; :meth:`load` fills it.

    ``interviewActivated(interview_id)`` when a candidate's row is double-clicked or
    Enter is pressed on it (the lead may open the panel discussion from there).
    """

    interviewActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: VacancyComparison | None = None
        self.vacancy_id: int | None = None
        self.model = ComparisonModel(self)
        self.proxy = ComparisonSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ComparisonDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        # Double-click or Enter, as the platform activates items; once per activation.
        self.table.activated.connect(self._activated)
        self.proxy.layoutChanged.connect(self._apply_spans)
        self.proxy.modelReset.connect(self._apply_spans)

        self.empty = make_muted(QLabel())
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.legend = HeatLegend()
        self.explanation = make_muted(QLabel(self.tr(
            "Each cell is the panel's score on that competency: the consensus where the "
            "panel recorded one, else the mean of the raters. “open”: the raters differ "
            "and the panel has not agreed yet. Click a column's title to sort by it.")))
        self.explanation.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.stack, 1)
        layout.addSpacing(SPACING_SMALL)
        layout.addWidget(self.legend)
        layout.addWidget(self.explanation)
        self._show_empty(self.tr("Choose a vacancy to compare its candidates."))

    def load(self, db: Database, vacancy_id: int) -> None:
        """Show the comparison of ``vacancy_id``'s candidates as stored now; loading
        the same vacancy again keeps the order chosen, another starts by name."""
        try:
            comparison = vacancy_comparison(db, vacancy_id)
        except LookupError:
            self._set(None)
            self._show_empty(self.tr("This vacancy no longer exists."))
            return
        except (SQLAlchemyError, OSError):
            log.exception("Reading the comparison of vacancy %s failed", vacancy_id)
            self._set(None)
            self._show_empty(self.tr("The comparison could not be read from the database."))
            return
        if vacancy_id != self.vacancy_id:
            self.vacancy_id = vacancy_id
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._set(comparison)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        if not comparison.competencies:
            self._show_empty(self.tr(
                "No competencies yet — add the 3 to 6 that matter most for this role, and "
                "the candidates' scores can be compared here."))
        elif not comparison.rows:
            self._show_empty(self.tr(
                "No interviews yet — once a candidate's interview is planned and the panel "
                "has submitted its assessments, the scores are compared here."))
        else:
            self.stack.setCurrentWidget(self.table)
            self.legend.setVisible(True)
            self.explanation.setVisible(True)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort as a click on the header of ``column`` does."""
        self.table.sortByColumn(column, order)

    def candidate_order(self) -> list[str]:
        """The candidates' names in the order shown."""
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    # -- inside ---------------------------------------------------------------------

    def _set(self, comparison: VacancyComparison | None) -> None:
        self.comparison = comparison
        self.model.set_comparison(comparison)
        self._size_columns()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self.legend.setVisible(False)
        self.explanation.setVisible(False)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        if self.model.columnCount() == 0:
            return
        chars = self.fontMetrics().averageCharWidth()
        words = header.fontMetrics()
        # Names are what the reader scans first: they keep their full width, and the
        # score columns share what is left (never narrower than their longest word).
        header.setMinimumSectionSize(chars * 6)
        low, high = (chars * n for n in COMPETENCY_COLUMN_CHARS)
        assert self.comparison is not None
        names = self.table.fontMetrics()
        widest = max((names.horizontalAdvance(row.candidate_name)
                      for row in self.comparison.rows), default=0)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, max(chars * 12, widest + 2 * SPACING + SORT_ARROW))
        for offset, competency in enumerate(self.comparison.competencies):
            column = self.model.first_competency_column + offset
            longest = max((words.horizontalAdvance(word) for word in competency.name.split()),
                          default=0)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            header.resizeSection(column, max(low, min(high, longest + 2 * SPACING
                                                      + SORT_ARROW)))
        header.setSectionResizeMode(self.model.total_column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.model.total_column, chars * TOTAL_COLUMN_CHARS)
        header.setSectionResizeMode(self.model.outcome_column,
                                    QHeaderView.ResizeMode.ResizeToContents)
        lines = 3 if self.model.competency_count else 1
        header.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 2 * SPACING_SMALL)
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() * 2 + 2 * SPACING_SMALL + 4)

    def _apply_spans(self) -> None:
        """A row waiting for forms says so once, across its competencies and total."""
        self.table.clearSpans()
        model = self.model
        if model.comparison is None or model.competency_count == 0:
            return
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if model.row_at(source).state != "complete":
                self.table.setSpan(row, model.first_competency_column, 1,
                                   model.competency_count + 1)

    def _activated(self, index: QModelIndex) -> None:
        interview_id = index.data(INTERVIEW_ROLE)
        if interview_id is not None:
            self.interviewActivated.emit(int(interview_id))
