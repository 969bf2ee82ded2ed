"""The sidebar's "Due for deletion": candidates whose retention period has passed, and
those due within 7 days, each with the reason (the reminder the candidate dialog
promises).

Only names and dates are shown. The section stays hidden while nothing is due, so it
costs no room on an ordinary day. It announces what the user asked for; the home view
decides (show the candidate, or erase them through the record commands).
"""

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interviewdesk.domain import retention as rule
from interviewdesk.ui.home.delegates import two_line_list
from interviewdesk.ui.home.formatting import format_near_date
from interviewdesk.ui.home.models import Index, RowListModel
from interviewdesk.ui.style import SPACING_SMALL, make_heading

if TYPE_CHECKING:
    from interviewdesk.store.retention import CandidateRetention


class RetentionModel(RowListModel["CandidateRetention"]):
    """Overdue first, then due soon, each by date (as ``due_for_deletion`` orders them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.policy = rule.RetentionPolicy()

    def set_due(self, rows: "list[CandidateRetention]", policy: rule.RetentionPolicy,
                today: date | None = None) -> None:
        """Show ``rows`` with reasons in ``policy``'s periods, as of ``today``."""
        self.today = today or date.today()
        self.policy = policy
        self.set_rows(rows)

    def title(self, row: "CandidateRetention") -> str:
        if row.state == "overdue":
            return self.tr("! {name}").format(name=row.name)
        return row.name

    def subtitle(self, row: "CandidateRetention") -> str:
        when = format_near_date(row.keep.date, self.today) if row.keep.date else ""
        if row.state == "overdue":
            return self.tr("Overdue since {date} · {reason}").format(
                date=when, reason=self.reason(row))
        return self.tr("Due {date} · {reason}").format(date=when, reason=self.reason(row))

    def reason(self, row: "CandidateRetention") -> str:
        """Why the date is what it is, short."""
        if row.keep.reason == rule.WITH_CONSENT:
            return self.tr("consent, %n month(s)", "", self.policy.months_with_consent)
        if row.keep.procedure_end is None:
            return self.tr("entered + %n week(s)", "", self.policy.weeks_without_consent)
        return self.tr("end + %n week(s)", "", self.policy.weeks_without_consent)

    def explanation(self, row: "CandidateRetention") -> str:
        """The whole reason, for the tooltip."""
        vacancies = ", ".join(row.vacancies)
        ended = format_near_date(row.keep.procedure_end, self.today) \
            if row.keep.procedure_end else ""
        if row.keep.reason == rule.WITH_CONSENT:
            text = self.tr("The procedure for {vacancies} ended on {ended}. {name} consented "
                           "to keeping their data longer; that period ends on {date}.")
        elif row.keep.procedure_end is None:
            text = self.tr("{name} has not applied to any vacancy; their data is kept for the "
                           "short period from the day it was entered, until {date}.")
        else:
            text = self.tr("The procedure for {vacancies} ended on {ended}. Without consent "
                           "the data may be kept until {date}.")
        text = text.format(vacancies=vacancies, ended=ended, name=row.name,
                           date=format_near_date(row.keep.date, self.today)
                           if row.keep.date else "")
        return text + " " + self.tr("Erase the candidate, or record their consent.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            if role == Qt.ItemDataRole.FontRole and row.state == "overdue":
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.explanation(row)
        return super().data(index, role)


class RetentionSection(QWidget):
    """Heading with the number overdue, the list, and "Erase…" for the selected row.

    ``candidate_chosen(CandidateRetention)`` when a row is clicked or activated;
    ``erase_requested(CandidateRetention)`` from the button, the context menu or Delete.
    """

    candidate_chosen = Signal(object)
    erase_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RetentionModel(self)
        self.heading = make_heading(QLabel())
        self.overdue = QLabel()
        self.overdue.setFont(self.heading.font())
        self.view = two_line_list(self.model)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self._erase)
        self.erase_action = QAction(self.view)
        self.erase_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.erase_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.erase_action.triggered.connect(self._erase)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addAction(self.erase_action)

        heading_row = QHBoxLayout()
        heading_row.setContentsMargins(0, 0, 0, 0)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.overdue)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.erase_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addLayout(heading_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row)

        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate_ui()
        self.setVisible(False)

    def set_due(self, rows: "list[CandidateRetention]", policy: rule.RetentionPolicy,
                today: date | None = None) -> None:
        """Show ``rows`` (overdue and due soon); hidden when there are none."""
        self.model.set_due(rows, policy, today)
        count = sum(1 for row in rows if row.state == "overdue")
        self.overdue.setText(self.tr("! %n overdue", "", count) if count else "")
        self.overdue.setVisible(bool(count))
        self.setVisible(bool(rows))
        self._update_actions()

    def selected(self) -> "CandidateRetention | None":
        """The selected row, if one is."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.row_at(index.row())

    def _chosen(self, index: QModelIndex) -> None:
        self.candidate_chosen.emit(self.model.row_at(index.row()))

    def _erase(self) -> None:
        row = self.selected()
        if row is not None:
            self.erase_requested.emit(row)

    def _update_actions(self) -> None:
        row = self.selected()
        self.erase_button.setEnabled(row is not None)
        self.erase_action.setEnabled(row is not None)
        self.erase_button.setToolTip(self.model.explanation(row) if row is not None
                                     else self.tr("Choose a candidate above."))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Due for deletion"))
        self.erase_button.setText(self.tr("Delete candidate…"))
        self.erase_action.setText(self.tr("Delete candidate…"))
        self._update_actions()
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
