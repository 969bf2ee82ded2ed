"""Returned changes: a panel member changed their form after returning it, and the
chair accepts or declines the change here. The old and new scores show only when the
store's blind-scoring gate lets the viewer see that member's scores; otherwise the
member's name and reason, and why the scores are hidden."""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import RECOMMENDATIONS
from interviewdesk.exchange import ReturnedChange, decide_change, returned_changes
from interviewdesk.store.database import Database
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, make_heading
from interviewdesk.ui.wizard.fields import quiet


class ReturnedChangesDialog(QDialog):
    """The changes of one interview that wait for the chair; ``decided`` is emitted
    after each accept or decline."""

    decided = Signal()

    def __init__(self, db: Database, interview_id: int, viewer_panel_member_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interview_id = interview_id
        self.viewer = viewer_panel_member_id
        self.changes: list[ReturnedChange] = []
        self.setWindowTitle(self.tr("Returned changes"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Returned changes"))
        self.list.setMinimumWidth(200)
        self.list.setMaximumWidth(280)
        self.heading = make_heading(QLabel())
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.RichText)
        self.hidden_note = quiet(self.tr(
            "The scores stay hidden until you may see this member's scores: once every "
            "panel member has submitted. You can still accept or decline the change."))
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setAccessibleName(self.tr("Scores before and after the change"))
        self.empty = quiet(self.tr(
            "No returned changes wait for you. When a panel member changes a form they "
            "returned and returns it again, the change appears here."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.accept_button: QPushButton = self.buttons.addButton(
            self.tr("&Accept change"), QDialogButtonBox.ButtonRole.ActionRole)
        self.decline_button: QPushButton = self.buttons.addButton(
            self.tr("&Decline change"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        self.list.currentRowChanged.connect(self._show)

        detail = QVBoxLayout()
        detail.setSpacing(SPACING)
        detail.addWidget(self.heading)
        detail.addWidget(self.reason)
        detail.addWidget(self.hidden_note)
        detail.addWidget(self.table, 1)
        detail.addWidget(self.empty)
        body = QHBoxLayout()
        body.setSpacing(SPACING)
        body.addWidget(self.list)
        body.addLayout(detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        self.reload()

    def reload(self) -> None:
        """Read the waiting changes again and show the first."""
        self.changes = returned_changes(self.db, self.interview_id, self.viewer)
        self.list.clear()
        for change in self.changes:
            QListWidgetItem(self.tr("{name}, {when}").format(
                name=change.member_name, when=format_moment(change.received_at)), self.list)
        if self.changes:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        change = self.changes[row] if 0 <= row < len(self.changes) else None
        for widget in (self.heading, self.reason, self.list):
            widget.setVisible(change is not None)
        self.empty.setVisible(change is None)
        self.accept_button.setEnabled(change is not None)
        self.decline_button.setEnabled(change is not None)
        self.hidden_note.setVisible(change is not None and not change.scores_visible)
        self.table.setVisible(change is not None and change.scores_visible)
        if change is None:
            return
        self.heading.setText(self.tr("{name} changed their submitted form").format(
            name=change.member_name))
        reason = html.escape(change.reason) or self.tr("(no reason given)")
        self.reason.setText(self.tr("<b>Their reason:</b> {reason}").format(reason=reason))
        if change.scores_visible:
            self._fill_table(change)

    def _fill_table(self, change: ReturnedChange) -> None:
        language = current_language()

        def score(value: int | None) -> str:
            return str(value) if value is not None else self.tr("not assessed")

        def advice(key: str | None) -> str:
            return RECOMMENDATIONS.label(key).in_language(language) \
                if key in RECOMMENDATIONS else "—"

        rows = [(rating.competency, score(rating.old_score), score(rating.new_score),
                 rating.changed) for rating in change.ratings]
        rows.append((self.tr("Recommendation"), advice(change.old_recommendation),
                     advice(change.new_recommendation),
                     change.old_recommendation != change.new_recommendation))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Competency"), self.tr("Before"), self.tr("After")])
        self.table.setRowCount(len(rows))
        for number, (name, before, after, changed) in enumerate(rows):
            for column, text in enumerate((name, before, after)):
                item = QTableWidgetItem(text)
                if changed:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.Stretch)

    def _decide(self, accept: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.changes):
            return
        try:
            decide_change(self.db, self.changes[row].id, accept=accept)
        except (ValidationError, LookupError) as error:
            messages.error(self, self.tr("The change was not applied"), str(error))
        self.decided.emit()
        self.reload()
