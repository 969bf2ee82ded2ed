"""The candidate comparison as a table model: a row per candidate, a column per
competency with the panel's result, the weighted total and the outcome — and the
proxy that sorts it when a header is clicked.

Rows whose panel has not every form in carry no numbers at all (the store gives
none): their competency cells say what they are waiting for instead.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from interviewdesk.domain.scales import DECISION_OUTCOMES
from interviewdesk.store.assessments import ComparisonRow, VacancyComparison
from interviewdesk.ui.assessment.panel_heat import format_score, outcome_label
from interviewdesk.ui.home.formatting import format_date, format_number, status_label

Index = QModelIndex | QPersistentModelIndex

#: The value a column sorts by (``None``: empty, sorted last either way).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: A cell's number for the heat colour or the bar (``None``: no number).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Whether a competency's result is the panel's consensus.
CONSENSUS_ROLE = Qt.ItemDataRole.UserRole + 3
#: What the cell is: "name", "score", "total", "outcome" or "waiting".
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
#: The interview a row shows.
INTERVIEW_ROLE = Qt.ItemDataRole.UserRole + 5
#: The quieter line under a candidate's name: the application status and the date.
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 6

translate = QCoreApplication.translate


def format_day(day: date) -> str:
    """A day in the same procedure, such as "18 Nov" (the year goes without saying)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def waiting_text(row: ComparisonRow) -> str:
    """What a row without numbers waits for, in words."""
    if row.state == "not_held":
        if row.interview_date is None:
            return translate("ComparisonModel", "Interview not held yet")
        return translate("ComparisonModel", "Interview not held yet (planned {day})").format(
            day=format_date(row.interview_date.astimezone().date()))
    if row.missing:
        return translate("ComparisonModel", "Awaiting forms (missing: {names})").format(
            names=", ".join(row.missing))
    return translate("ComparisonModel", "Awaiting forms")


class ComparisonModel(QAbstractTableModel):
    """A :class:`~interviewdesk.store.assessments.VacancyComparison` as a table."""

    NAME_COLUMN = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: VacancyComparison | None = None

    def set_comparison(self, comparison: VacancyComparison | None) -> None:
        """Show ``comparison`` (``None``: nothing)."""
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    # -- shape ----------------------------------------------------------------------

    @property
    def first_competency_column(self) -> int:
        return 1

    @property
    def competency_count(self) -> int:
        return len(self.comparison.competencies) if self.comparison else 0

    @property
    def total_column(self) -> int:
        return 1 + self.competency_count

    @property
    def outcome_column(self) -> int:
        return self.total_column + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return self.outcome_column + 1

    def row_at(self, row: int) -> ComparisonRow:
        """The candidate row shown in model row ``row``."""
        assert self.comparison is not None
        return self.comparison.rows[row]

    def column_of(self, competency_id: int) -> int:
        """The column of a competency; ``KeyError`` if the vacancy does not have it."""
        assert self.comparison is not None
        for offset, competency in enumerate(self.comparison.competencies):
            if competency.id == competency_id:
                return self.first_competency_column + offset
        raise KeyError(competency_id)

    # -- headers --------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.comparison is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME_COLUMN:
                return self.tr("Candidate")
            if section == self.total_column:
                return self.tr("Total")
            if section == self.outcome_column:
                return self.tr("Outcome")
            return self.comparison.competencies[section - 1].name
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # Names A to Z; numbers and outcomes best first.
            return (Qt.SortOrder.AscendingOrder if section == self.NAME_COLUMN
                    else Qt.SortOrder.DescendingOrder)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.total_column:
                return self.tr("The panel's weighted score over all competencies")
            if self.first_competency_column <= section < self.total_column:
                competency = self.comparison.competencies[section - 1]
                return self.tr("{name} · weight {weight}").format(
                    name=competency.name, weight=format_number(competency.weight))
        return None

    # -- cells ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == INTERVIEW_ROLE:
            return row.interview_id
        if column == self.NAME_COLUMN:
            return self._name(row, role)
        if column == self.total_column:
            return self._number(row, row.overall, "total", role)
        if column == self.outcome_column:
            return self._outcome(row, role)
        offset = column - self.first_competency_column
        return self._competency(row, offset, role)

    def _name(self, row: ComparisonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.candidate_name
        if role == SORT_ROLE:
            return row.candidate_name.casefold()
        if role == KIND_ROLE:
            return "name"
        if role in (SUBTITLE_ROLE, Qt.ItemDataRole.ToolTipRole):
            day = (format_day(row.interview_date.astimezone().date())
                   if row.interview_date else "")
            return self.tr("{status} · {day}").format(
                status=status_label(row.status), day=day) if day else status_label(row.status)
        return None

    def _competency(self, row: ComparisonRow, offset: int, role: int) -> Any:
        if row.state != "complete":
            if role == KIND_ROLE:
                return "waiting"
            if offset == 0 and role in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole):
                return waiting_text(row)
            return None
        result = row.results[offset]
        consensus = row.from_consensus[offset]
        if role == CONSENSUS_ROLE:
            return consensus
        if role == Qt.ItemDataRole.ToolTipRole:
            assert self.comparison is not None
            name = self.comparison.competencies[offset].name
            if result is None:
                if consensus:
                    return self.tr("{name}: the panel agreed it was not assessed").format(
                        name=name)
                return self.tr("{name}: raters differ and no consensus is recorded yet"
                               ).format(name=name)
            if consensus:
                return self.tr("{name}: {score} (the panel's consensus)").format(
                    name=name, score=format_score(result))
            return self.tr("{name}: {score} (the mean of the scores)").format(
                name=name, score=format_score(result))
        if role == Qt.ItemDataRole.DisplayRole and result is None:
            return self.tr("n/a") if consensus else self.tr("open")
        return self._number(row, result, "score", role)

    def _number(self, row: ComparisonRow, value: float | None, kind: str, role: int) -> Any:
        if row.state != "complete" and role == KIND_ROLE:
            return "waiting"
        if role == KIND_ROLE:
            return kind
        if role in (VALUE_ROLE, SORT_ROLE):
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return format_score(value) if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _outcome(self, row: ComparisonRow, role: int) -> Any:
        if role == KIND_ROLE:
            return "outcome"
        if role == Qt.ItemDataRole.DisplayRole:
            if row.outcome:
                return outcome_label(row.outcome)
            return self.tr("not decided") if row.state == "complete" else ""
        if role == SORT_ROLE:
            return DECISION_OUTCOMES.rank(row.outcome) if row.outcome else None
        return None


class ComparisonSortProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`: empty cells last in either direction, equal cells by
    candidate name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        a, b = model.data(left, SORT_ROLE), model.data(right, SORT_ROLE)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if a is None or b is None:
            if a is None and b is None:
                return self._by_name(left, right, descending)
            # Empty last: "greater" when ascending, "smaller" when descending.
            return (b is None) != descending
        if a == b:
            return self._by_name(left, right, descending)
        return bool(a < b)

    def _by_name(self, left: Index, right: Index, descending: bool) -> bool:
        """Ties in name order, whichever way the column is sorted."""
        model = self.sourceModel()
        a = model.index(left.row(), 0).data(SORT_ROLE)
        b = model.index(right.row(), 0).data(SORT_ROLE)
        return bool(a > b) if descending else bool(a < b)
