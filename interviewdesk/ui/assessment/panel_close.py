"""The chair closes the assessment round early: a dialog that names who has not
submitted, says what closing means for them, and will not close without a reason
(the store keeps it on the interview and in the audit trail)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading
from interviewdesk.ui.wizard.fields import quiet


class CloseRoundDialog(QDialog):
    """Asks the chair why the round is closed before ``names`` submitted; Close the
    round stays disabled while the reason is blank. :attr:`reason` is the text typed,
    trimmed."""

    def __init__(self, names: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the round early"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        heading = make_heading(QLabel(self.tr("Not submitted yet: {names}").format(
            names=names)), 1.15)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        consequences = QLabel(self.tr(
            "Closing the round opens every submitted assessment to everyone, now. The forms "
            "still open can be submitted later, but they are then marked as submitted after "
            "the round was closed: whoever fills them in may have seen the others' scores."))
        consequences.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr(
            "For example: René is on leave until March and the candidate needs an answer."))
        self.text.setAccessibleName(self.tr("Reason for closing the round"))
        label = QLabel(self.tr("&Why is the round closed before everyone has submitted?"))
        label.setWordWrap(True)
        label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button: QPushButton = self.buttons.addButton(
            self.tr("Close the round"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(consequences)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(quiet(self.tr(
            "The reason, your name and the moment are kept with the interview and shown in "
            "its audit trail.")))
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.text.setFocus()
        self._changed()

    @property
    def reason(self) -> str:
        """The reason as typed, without surrounding blanks."""
        return self.text.toPlainText().strip()

    def _changed(self) -> None:
        self.close_button.setEnabled(bool(self.reason))

    def accept(self) -> None:
        """Accept only with a reason."""
        if self.reason:
            super().accept()


def ask_close_reason(parent: QWidget | None, names: str) -> str | None:
    """The chair's reason for closing the round before ``names`` submitted, or
    ``None`` if they cancel."""
    dialog = CloseRoundDialog(names, parent)
    try:
        return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
