"""The audit trail of one interview, read-only: when, who, what (``store.audit``).

It shows that the scores came first — forms opened and submitted before the round
closed, reopenings with their reasons, a round closed early with the chair's reason,
PINs set or reset. There is no score in it, so anyone may read it.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store import audit
from interviewdesk.store.audit import AuditLine
from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.assessment.form_text import format_moment
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading
from interviewdesk.ui.wizard.fields import quiet

translate = QCoreApplication.translate


def describe(line: AuditLine) -> str:
    """What an entry says happened, in the interface language."""
    subject = line.subject
    texts = {
        "form_opened": translate("audit", "Opened their assessment form (no PIN set)"),
        "form_opened_pin": translate("audit", "Opened their assessment form with their PIN"),
        "form_submitted": translate("audit", "Submitted their assessment form"),
        "form_reopened": translate("audit", "Reopened their submitted form"),
        "round_closed": (translate("audit", "Closed the round early; not submitted: {names}")
                         .format(names=subject) if subject else
                         translate("audit", "Closed the round early")),
        "pin_set": translate("audit", "Set a PIN"),
        "pin_changed": translate("audit", "Changed their PIN"),
        "pin_removed": translate("audit", "Removed their PIN"),
        "pin_reset": translate("audit", "Reset the PIN of {name}").format(name=subject),
        "package_imported": (translate("audit", "Imported the assessment {name} returned "
                                       "from their own laptop").format(name=subject)
                             if subject else
                             translate("audit", "Imported a panel package")),
    }
    text = texts.get(line.kind, line.kind)
    if line.detail:
        return translate("audit", "{what} — reason: {reason}").format(
            what=text, reason=line.detail)
    return text


class AuditDialog(QDialog):
    """The trail of ``interview_id``, oldest first, in a plain table."""

    def __init__(self, lines: list[AuditLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.table = QTableWidget(len(lines), 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(lines):
            for column, text in enumerate((format_moment(line.at), line.actor, describe(line))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty = quiet(self.tr(
            "Nothing recorded yet. Opening and submitting forms, reopening one, closing the "
            "round early and PIN changes are recorded here."))
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("Audit trail")), 1.2))
        layout.addWidget(quiet(self.tr(
            "Who did what with the assessments of this interview, and when. No scores are "
            "recorded here.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self.table.setFocus()


def show_audit_trail(parent: QWidget | None, db: Database, interview_id: int) -> AuditDialog | None:
    """Show the trail of ``interview_id`` (modeless, deleted when closed); ``None``
    after telling the user if the interview is gone."""
    try:
        lines = audit.trail(db, interview_id)
    except LookupError:
        messages.error(parent, translate("audit", "Audit trail"), translate(
            "audit", "This interview no longer exists. It may have been deleted."))
        return None
    dialog = AuditDialog(lines, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
