"""The start-up question for a data folder protected with a passphrase.

The folder's database cannot be opened, checked or backed up without it, so it is asked
before :func:`~interviewdesk.store.startup.open_store`. A wrong passphrase is said in
the dialog itself and asked again; Cancel quits without touching anything.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store import encryption
from interviewdesk.ui.style import SPACING

translate = QCoreApplication.translate

TEXT_WIDTH = 420


class ProblemLine(QLabel):
    """The bold line under a passphrase field that says what is wrong, hidden until
    then; saying it selects the field's text, so typing again replaces it."""

    def __init__(self, width: int = TEXT_WIDTH) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setFixedWidth(width)
        self.setStyleSheet("font-weight: bold;")
        self.hide()

    def say(self, text: str, field: QLineEdit) -> None:
        self.setText(text)
        self.show()
        field.selectAll()
        field.setFocus()


class PassphraseDialog(QDialog):
    """Asks for the passphrase of ``data_dir`` until it opens the folder or Cancel."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(translate("PassphraseDialog", "Passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        # Grows to fit when the "not correct" line appears, instead of squeezing the text.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro = QLabel(translate(
            "PassphraseDialog",
            "This data folder is protected with a passphrase. Type it to open your data."))
        intro.setWordWrap(True)
        intro.setFixedWidth(TEXT_WIDTH)
        layout.addWidget(intro)
        folder = QLabel(str(self.data_dir))
        folder.setWordWrap(True)
        folder.setFixedWidth(TEXT_WIDTH)
        layout.addWidget(folder)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(translate("PassphraseDialog", "Passphrase"))
        layout.addWidget(self.field)
        self.problem = ProblemLine()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def try_passphrase(self) -> None:
        """Unlock the folder with what was typed; say so and ask again if it is wrong."""
        try:
            encryption.unlock(self.data_dir, self.field.text())
        except encryption.WrongPassphrase:
            self._say(translate("PassphraseDialog",
                                "That passphrase is not correct. Try again."))
            return
        except encryption.PassphraseError:
            self._say(translate("PassphraseDialog", "Type the passphrase first."))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.say(text, self.field)


def unlock_data_folder(data_dir: Path, parent: QWidget | None = None) -> bool:
    """Whether the data folder can be opened: not protected, or unlocked now."""
    if not encryption.is_protected(data_dir):
        return True
    return PassphraseDialog(data_dir, parent).exec() == QDialog.DialogCode.Accepted
