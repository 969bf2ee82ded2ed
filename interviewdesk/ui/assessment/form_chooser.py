"""Who fills in the form: on a shared laptop each panel member opens their own. One
big button per member, with their role and how far their form is — a state, never
a score (:func:`~interviewdesk.store.assessments.status_of_forms`) — and whether a
PIN guards the name (asked next, :mod:`.identity`) or anyone can choose it."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store import pins
from interviewdesk.store.assessments import FormStatus, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.form_text import role_label, state_text
from interviewdesk.ui.assessment.identity import no_pin_note
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading
from interviewdesk.ui.wizard.fields import quiet

BUTTON_STYLE = (
    "QCommandLinkButton { border: 1px solid palette(mid); border-radius: 6px; padding: 8px; }"
    " QCommandLinkButton:hover { border-color: palette(highlight); }"
    " QCommandLinkButton:focus { border: 2px solid palette(highlight); }"
)


class RaterChooser(QDialog):
    """One button per panel member in ``statuses``; :attr:`panel_member_id` is the
    member chosen (``None`` until one is)."""

    def __init__(self, statuses: Sequence[FormStatus], parent: QWidget | None = None,
                 with_pin: frozenset[int] = frozenset()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who fills in the assessment form?"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.panel_member_id: int | None = None
        self.buttons: dict[int, QCommandLinkButton] = {}

        title = make_heading(QLabel(self.tr("Who are you?")), 1.3)
        explanation = quiet(self.tr(
            "Each panel member fills in their own form, on their own, before the panel "
            "compares scores. Choose your name; the form shows only your own assessment."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addSpacing(SPACING)
        for status in statuses:
            description = self.tr("{role} · {state}").format(
                role=role_label(status.role), state=state_text(status))
            guard = (self.tr("PIN asked") if status.interviewer_id in with_pin
                     else no_pin_note())
            button = QCommandLinkButton(status.name, f"{description} · {guard}")
            button.setStyleSheet(BUTTON_STYLE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _c=False, pid=status.panel_member_id: self.choose(pid))
            self.buttons[status.panel_member_id] = button
            layout.addWidget(button)
        if not statuses:
            layout.addWidget(quiet(self.tr(
                "Nobody is on this interview's panel yet. Add the interviewers in the "
                "interview's details; then each of them can fill in a form.")))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        layout.addSpacing(SPACING)
        layout.addWidget(close)
        self.setMinimumWidth(460)

    def choose(self, panel_member_id: int) -> None:
        """Choose ``panel_member_id`` and close."""
        self.panel_member_id = panel_member_id
        self.accept()

    @classmethod
    def choose_member(cls, parent: QWidget | None, db: Database,
                      interview_id: int) -> int | None:
        """Ask who fills in a form for ``interview_id``; their panel member id, or
        ``None`` if the user cancels. ``LookupError`` if the interview is gone."""
        dialog = cls(status_of_forms(db, interview_id), parent, pins.with_pin(db))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.panel_member_id
        finally:
            dialog.deleteLater()
