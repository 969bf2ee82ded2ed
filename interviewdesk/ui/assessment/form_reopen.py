"""Asking why a submitted form is opened again: the reason is required (the store
records it with the moment), so the dialog will not accept a blank one."""

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

from interviewdesk.ui.style import SPACING
from interviewdesk.ui.wizard.fields import quiet


class ReopenDialog(QDialog):
    """Asks for the reason to reopen a submitted form; Reopen stays disabled while the
    reason is blank. :attr:`reason` is the text typed, trimmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the submitted form"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr(
            "For example: I scored the wrong competency, or I remembered more evidence."))
        self.text.setAccessibleName(self.tr("Reason for reopening"))
        label = QLabel(self.tr("Why is the form opened again?"))
        label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reopen_button: QPushButton = self.buttons.addButton(
            self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reopen_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(label)
        layout.addWidget(quiet(self.tr(
            "The reason is kept with the form, with the date, so it stays clear why the "
            "form changed after it was submitted. Until you submit again, your form counts "
            "as not submitted.")))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self._changed()

    @property
    def reason(self) -> str:
        """The reason as typed, without surrounding blanks."""
        return self.text.toPlainText().strip()

    def _changed(self) -> None:
        self.reopen_button.setEnabled(bool(self.reason))

    def accept(self) -> None:
        """Accept only with a reason."""
        if self.reason:
            super().accept()


def ask_reason(parent: QWidget | None) -> str | None:
    """The reason the user gives for reopening, or ``None`` if they cancel."""
    dialog = ReopenDialog(parent)
    try:
        return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
