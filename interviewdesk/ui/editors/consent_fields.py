"""The details of one consent in the candidate editor: when it was given, how (verbally,
by e-mail, on a form) and who at the firm recorded it — what the firm must be able to
show (AVG, NVP Sollicitatiecode). Shown under the consent's check box while it is ticked.
"""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.retention import CONSENT_METHODS, Consent
from interviewdesk.ui.editors.widgets import select_data
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING_SMALL


class ConsentFields(QWidget):
    """Date, how and by whom (and, for a reference, whom to ask) of one consent."""

    changed = Signal()

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Whom to ask, e.g. the current employer"))
        self.note.setAccessibleName(self.tr("Whom to ask for a reference"))
        self.note.setVisible(purpose == "reference")
        self.given_on = QDateEdit()
        self.given_on.setCalendarPopup(True)
        self.given_on.setMaximumDate(QDate.currentDate())
        self.given_on.setDate(QDate.currentDate())
        self.given_on.setAccessibleName(self.tr("Consent given on"))
        self.method = QComboBox()
        self.method.addItem(self.tr("How?"), "")
        for choice in CONSENT_METHODS:
            self.method.addItem(choice.label.in_language(current_language()), choice.key)
        self.method.setAccessibleName(self.tr("How the consent was given"))
        self.recorded_by = QLineEdit()
        self.recorded_by.setPlaceholderText(self.tr("Recorded by"))
        self.recorded_by.setAccessibleName(self.tr("Who recorded the consent"))
        on = QLabel(self.tr("on"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.setSpacing(SPACING_SMALL)
        layout.addLayout(row)
        row.addWidget(on)
        row.addWidget(self.given_on)
        row.addWidget(self.method)
        row.addWidget(self.recorded_by, 1)
        for signal in (self.note.textEdited, self.recorded_by.textEdited,
                       self.given_on.dateChanged, self.method.currentIndexChanged):
            signal.connect(self.changed)

    def load(self, consent: Consent | None) -> None:
        """Show ``consent`` (``None``: today, nothing else filled in)."""
        day = consent.given_on if consent is not None else date.today()
        self.given_on.setDate(QDate(day.year, day.month, day.day))
        select_data(self.method, consent.method if consent is not None else "")
        self.recorded_by.setText(consent.recorded_by if consent is not None else "")
        self.note.setText(consent.note if consent is not None else "")

    def consent(self) -> Consent:
        """The consent as the fields show it."""
        day = self.given_on.date()
        return Consent(purpose=self.purpose, given_on=date(day.year(), day.month(), day.day()),
                       recorded_by=self.recorded_by.text().strip(),
                       method=str(self.method.currentData() or ""),
                       note=self.note.text().strip())

    def missing(self) -> QWidget | None:
        """The first field that must still be filled in, if any."""
        if self.purpose == "reference" and not self.note.text().strip():
            return self.note
        if not self.method.currentData():
            return self.method
        if not self.recorded_by.text().strip():
            return self.recorded_by
        return None
