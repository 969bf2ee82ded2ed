"""Qt item models over the rows of ``store.queries``: the sidebar's lists and the
vacancy's tables.

Models hold plain frozen rows and format them on demand, so a list of 2,000 vacancies
costs one query and no widget per row. Each list item has a title and a subtitle
(:data:`SUBTITLE_ROLE`) that the two-line delegate paints.
"""

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from interviewdesk.domain.agenda import Agenda, default_agenda
from interviewdesk.store.rows import (
    HIT_END,
    HIT_START,
    CandidateRow,
    CompetencyRow,
    InterviewRow,
    PlacedHit,
    SearchResult,
    UpcomingInterview,
    VacancyRow,
)
from interviewdesk.ui.home.formatting import (
    competency_kind_label,
    format_date,
    format_moment,
    format_number,
    format_upcoming,
    local,
    status_label,
)
from interviewdesk.ui.i18n import current_language

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: A full-text hit's snippet, the hit between « and » (a third, quieter line).
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3


def plain_snippet(snippet: str) -> str:
    """A snippet without the marks around the hit (for tooltips and screen readers)."""
    return snippet.replace(HIT_START, "").replace(HIT_END, "")

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel, Generic[Row]):
    """A list of rows, each shown as a title with a subtitle under it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row. The same rows again (a refresh that found nothing new)
        only repaint, as their texts may read differently now ("Today" becomes a
        date): a reset would make the views lay out every row again and lose the
        selection and scrolling for nothing."""
        rows = list(rows)
        if rows == self._rows:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The row shown at position ``row``."""
        return self._rows[row]

    def rows(self) -> list[Row]:
        """All rows, in display order."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(row)
        if role == SUBTITLE_ROLE:
            return self.subtitle(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.title(row)}\n{self.subtitle(row)}"
        if role == ROW_ROLE:
            return row
        return None

    def title(self, row: Row) -> str:
        raise NotImplementedError

    def subtitle(self, row: Row) -> str:
        raise NotImplementedError


class VacanciesModel(RowListModel[VacancyRow]):
    """The vacancies in the sidebar."""

    def title(self, row: VacancyRow) -> str:
        return row.title

    def subtitle(self, row: VacancyRow) -> str:
        count = self.tr("%n candidate(s)", "", row.candidate_count)
        if row.procedure_end is None:
            return count
        return self.tr("ends {date} · {candidates}").format(
            date=format_date(row.procedure_end), candidates=count
        )

    def position_of(self, vacancy_id: int) -> int | None:
        """Where the vacancy ``vacancy_id`` is in the list, if it is there."""
        for position, row in enumerate(self._rows):
            if row.id == vacancy_id:
                return position
        return None


class UpcomingModel(RowListModel[UpcomingInterview]):
    """The interviews of today and the coming two weeks."""

    def title(self, row: UpcomingInterview) -> str:
        return self.tr("{when} · {candidate}").format(
            when=format_upcoming(row.scheduled_at), candidate=row.candidate_name
        )

    def subtitle(self, row: UpcomingInterview) -> str:
        if row.finished:
            return self.tr("{vacancy} · done").format(vacancy=row.vacancy_title)
        if row.started:
            return self.tr("{vacancy} · under way").format(vacancy=row.vacancy_title)
        return row.vacancy_title


class SearchResultsModel(RowListModel["SearchResult | PlacedHit"]):
    """What the search field found: vacancies and candidates by title and name, then
    full-text hits (:class:`PlacedHit`) saying where they are, with a snippet under
    :data:`SNIPPET_ROLE`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: The agenda whose stage names a notes hit shows.
        self.agenda = default_agenda()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SNIPPET_ROLE:
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            row = self.row_at(index.row())
            return row.snippet if isinstance(row, PlacedHit) else None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.row_at(index.row())
            if isinstance(row, PlacedHit):
                return plain_snippet(f"{row.candidate_name}\n{self.subtitle(row)}\n"
                                     f"{row.snippet}")
        return super().data(index, role)

    def title(self, row: "SearchResult | PlacedHit") -> str:
        if isinstance(row, PlacedHit):
            return row.candidate_name
        return row.name

    def where(self, row: PlacedHit) -> str:
        """Where a full-text hit is, in words: "CV", "Notes of the interview on …"."""
        if row.kind == "cv":
            return self.tr("CV")
        if row.kind == "letter":
            return self.tr("Motivation letter")
        if row.kind == "name":
            return self.tr("Name or e-mail")
        day = format_date(local(row.interview_at).date()) if row.interview_at else ""
        place = (self.tr("Interview notes {date}").format(date=day) if day
                 else self.tr("Interview notes"))
        if row.stage in set(self.agenda.keys()):
            stage = self.agenda.stage(row.stage).short_name.in_language(current_language())
            place = self.tr("{place} · {stage}").format(place=place, stage=stage)
        return place

    def subtitle(self, row: "SearchResult | PlacedHit") -> str:
        if isinstance(row, PlacedHit):
            return self.where(row)
        if row.kind == "vacancy":
            return self.tr("Vacancy")
        if row.vacancy_id is None:
            return self.tr("Candidate · no vacancy")
        return self.tr("Candidate · {vacancy}").format(vacancy=row.vacancy_title)


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A table of rows; subclasses name the columns and format the cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._read_as: tuple[Any, ...] = ()
        # The headers in the language they were made in: Qt asks for the number of
        # columns and the headers thousands of times while it lays a table out.
        self._headers: tuple[str, tuple[str, ...]] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row. The same rows again, in the same language (a refresh
        that found nothing new), change nothing: a reset would fit the columns again
        and reselect the row for nothing."""
        rows = list(rows)
        read_as = self.read_as()
        if rows == self._rows and read_as == self._read_as:
            self._rows = rows
            return
        self.beginResetModel()
        self._rows = rows
        self._read_as = read_as
        self.endResetModel()

    def read_as(self) -> tuple[Any, ...]:
        """What the cells' texts depend on besides the rows (the language; subclasses
        add theirs): when it changes, the same rows are shown anew."""
        return (current_language(),)

    def row_at(self, row: int) -> Row:
        """The row shown at position ``row``."""
        return self._rows[row]

    def rows(self) -> list[Row]:
        """All rows, in display order."""
        return list(self._rows)

    def retranslate(self) -> None:
        """Show headers and cells in the language now installed."""
        self._headers = None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header_texts())

    def _header_texts(self) -> tuple[str, ...]:
        """:meth:`headers`, made once per language."""
        language = current_language()
        if self._headers is None or self._headers[0] != language:
            self._headers = (language, self.headers())
        return self._headers[1]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self._header_texts()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric_columns():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric_columns():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def numeric_columns(self) -> tuple[int, ...]:
        return ()


class CandidatesModel(RowTableModel[CandidateRow]):
    """A vacancy's candidates: name, status, interview date, email and phone."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: Team mode: "taken offline by … since …" by candidate id (set before rows):
        #: their status says so, since what is recorded about them waits for it.
        self.offline_labels: dict[int, str] = {}

    def read_as(self) -> tuple[Any, ...]:
        return (*super().read_as(), tuple(sorted(self.offline_labels.items())))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Status"), self.tr("Interview"), self.tr("Email"),
                self.tr("Phone"))

    def cell(self, row: CandidateRow, column: int) -> str:
        status = status_label(row.status)
        if row.candidate_id in self.offline_labels:
            status = self.tr("{status} · {offline}").format(
                status=status, offline=self.offline_labels[row.candidate_id])
        values = (row.name, status, format_moment(row.interview_at), row.email, row.phone)
        return values[column]

    def position_of(self, candidate_id: int) -> int | None:
        """Where the candidate ``candidate_id`` is in the table, if there."""
        for position, row in enumerate(self._rows):
            if row.candidate_id == candidate_id:
                return position
        return None


class InterviewsModel(RowTableModel[InterviewRow]):
    """A vacancy's interviews: when, with whom, how far it got, and who is on the panel.

    The stage is named as the interview window's step list names it ("4 · Skills"),
    from the agenda set with :meth:`set_agenda`.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._agenda: Agenda | None = None
        #: Team mode: "taken offline by … since …" by interview id (set before rows).
        self.offline_labels: dict[int, str] = {}

    def set_agenda(self, agenda: Agenda) -> None:
        """The agenda whose stages the Stage column names."""
        self._agenda = agenda
        self.retranslate()

    def read_as(self) -> tuple[Any, ...]:
        return (*super().read_as(), tuple(sorted(self.offline_labels.items())), self._agenda)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Candidate"), self.tr("Stage"), self.tr("Panel"))

    def cell(self, row: InterviewRow, column: int) -> str:
        when = format_moment(row.scheduled_at) if row.scheduled_at else self.tr("Not planned")
        panel = ", ".join(row.panel) if row.panel else self.tr("No panel yet")
        return (when, row.candidate_name, self.stage_text(row), panel)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and value is not None:
            # Where a desktop shortcut to this interview finds its number.
            row = self._rows[index.row()]
            value = "{}\n{}".format(value, self.tr(
                "Interview {id}: start InterviewDesk with --open-interview {id} to open "
                "it at once").format(id=row.id))
        return value

    def stage_text(self, row: InterviewRow) -> str:
        """"Not started", "4 · Skills" while it runs, or "Done" once it has finished;
        on a team server "Taken offline by … since …" while a laptop holds it."""
        if row.id in self.offline_labels:
            text = self.offline_labels[row.id]
            return text[:1].upper() + text[1:]
        if row.finished:
            return self.tr("Done")
        if not row.started:
            return self.tr("Not started")
        try:
            if self._agenda is None:
                raise KeyError(row.current_stage)
            stage = self._agenda.stage(row.current_stage)
        except KeyError:  # a stage the firm's agenda no longer has
            return row.current_stage
        return self.tr("{number} · {stage}").format(
            number=self._agenda.index(stage.key) + 1,
            stage=stage.short_name.in_language(current_language()))


class CompetenciesModel(RowTableModel[CompetencyRow]):
    """A vacancy's core competencies: name, weight and kind."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Competency"), self.tr("Weight"), self.tr("Kind"))

    def cell(self, row: CompetencyRow, column: int) -> str:
        return (row.name, format_number(row.weight), competency_kind_label(row.kind))[column]

    def numeric_columns(self) -> tuple[int, ...]:
        return (1,)
