"""Asking for the next feedback date when a candidate on hold has been told so.

A decision "on hold" leaves the candidate waiting: recording the feedback needs the
date they were promised to hear more, which becomes their new follow-up date.
"""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from interviewdesk.ui.home.formatting import DATE_FORMAT
from interviewdesk.ui.style import SPACING


class FeedbackDateDialog(QDialog):
    """"When will {name} hear more?" with a date no earlier than today."""

    def __init__(self, name: str, suggested: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback given"))
        text = QLabel(self.tr(
            "The panel put {name} on hold. When did you promise they will hear more? "
            "They appear in the follow-up again on that date.").format(name=name))
        text.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        today = date.today()
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Feedback given"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(text)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> date:
        """The date in the field."""
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, suggested: date) -> tuple[date, bool]:
        """Show the dialog; the date, and whether the user confirmed it."""
        dialog = cls(name, suggested, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.chosen()
        dialog.deleteLater()
        return value, accepted


def ask_next_feedback_date(parent: QWidget | None, name: str, suggested: date) -> date | None:
    """The date ``name`` was promised to hear more, or ``None`` if the user cancelled.
    (One function, so that tests can stand in for the dialog.)"""
    value, accepted = FeedbackDateDialog.ask(parent, name, suggested)
    return value if accepted else None
