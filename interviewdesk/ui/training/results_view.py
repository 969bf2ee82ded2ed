"""The viewer's own results over time: agreement with the reference per block of five
exercises or per month (``domain.exercises``), with the count behind every figure.
Only ever the results of the interviewer who is looking."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.exercises import (
    BLOCK_SIZE,
    AgreementGroup,
    ExerciseResult,
    agreement,
    per_block,
    per_month,
)
from interviewdesk.ui.style import SPACING_SMALL, make_heading
from interviewdesk.ui.wizard.fields import quiet

translate = QCoreApplication.translate

PER_BLOCK, PER_MONTH = "block", "month"


class ResultsView(QWidget):
    """A heading, an overall line, a period choice and a table of the groups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: list[ExerciseResult] = []
        self.heading = make_heading(QLabel(self.tr("Your results")), 1.05)
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("Per 5 exercises"), PER_BLOCK)
        self.grouping.addItem(self.tr("Per month"), PER_MONTH)
        self.grouping.setAccessibleName(self.tr("Group results"))
        self.grouping.currentIndexChanged.connect(lambda _i: self._fill())
        self.summary = quiet()
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Exercises"), self.tr("Mean difference"), self.tr("Exactly right"),
            self.tr("Within 1")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.grouping)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # holds the summary at the top while the table is hidden
        self.set_results(None)

    def set_results(self, results: list[ExerciseResult] | None) -> None:
        """Show these results (``None``: nobody chosen, nothing to show)."""
        self.results = list(results or [])
        self.grouping.setEnabled(bool(self.results))
        self._fill()
        if results is None:
            self.summary.setText(self.tr("Choose your name to see your results."))

    def _fill(self) -> None:
        overall = agreement(self.results)
        self.table.setRowCount(0)
        self.table.setVisible(overall is not None)
        if overall is None:
            self.summary.setText(self.tr(
                "Your results appear here after your first rating: how close you came to "
                "the reference, over time."))
            return
        locale = QLocale()
        self.summary.setText(self.tr(
            "%n exercise(s) rated. On average {difference} points from the reference; "
            "{exact} exactly right, {within} within one point. {tendency}", "",
            overall.count).format(
            difference=locale.toString(overall.mean_absolute_difference, "f", 1),
            exact=percent(locale, overall.exact_share),
            within=percent(locale, overall.within_one_share),
            tendency=tendency(overall.mean_difference)))
        grouping = self.grouping.currentData()
        groups = per_block(self.results) if grouping == PER_BLOCK else per_month(self.results)
        for group in reversed(groups):  # the latest first
            row = self.table.rowCount()
            self.table.insertRow(row)
            figures = group.agreement
            cells = (self._period(group, grouping, locale),
                     locale.toString(figures.mean_absolute_difference, "f", 1),
                     percent(locale, figures.exact_share),
                     percent(locale, figures.within_one_share))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def _period(self, group: AgreementGroup, grouping: str, locale: QLocale) -> str:
        count = group.agreement.count
        if grouping == PER_MONTH:
            month = locale.toString(group.first, "MMMM yyyy")
            return self.tr("{month} ({count})").format(month=month, count=count)
        first = (group.number - 1) * BLOCK_SIZE + 1
        return self.tr("Exercises {first}–{last}").format(first=first, last=first + count - 1)


def percent(locale: QLocale, share: float) -> str:
    """A share as a whole percentage in the interface's number format."""
    return f"{locale.toString(round(share * 100))} %"


def tendency(mean_difference: float) -> str:
    """Milder or stricter than the reference, in words, when it is half a point or more."""
    if mean_difference >= 0.5:
        return translate("ResultsView", "You tend to score milder than the reference.")
    if mean_difference <= -0.5:
        return translate("ResultsView", "You tend to score stricter than the reference.")
    return translate("ResultsView", "No lean towards milder or stricter.")
