"""Settings → "Protect with a passphrase…" and "Remove the passphrase…", in the running app.

Converting the data folder rewrites the database file itself, so nothing may hold it
open or write to it meanwhile: the interview windows and assessment forms are closed
first (each saves what is typed; one that cannot save stays open and nothing happens),
the database's pooled connections are released, the files are converted on a worker
thread behind a modal "please wait" (the windows keep painting, nobody can type), and
then the same :class:`~interviewdesk.store.database.Database` gets a fresh engine on the
converted file, so every page keeps working without a restart.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.store import encryption
from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.background import run_in_background
from interviewdesk.ui.passphrase_dialog import ProblemLine
from interviewdesk.ui.style import SPACING, make_muted

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

TEXT_WIDTH = 440


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice, so that a typo does not lock the data away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewPassphraseDialog", "Protect with a passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro = QLabel(translate(
            "NewPassphraseDialog",
            "The database and every backup are encrypted with this passphrase. InterviewDesk "
            "asks for it each time it starts. A long sentence you remember works well."))
        warning = QLabel(translate(
            "NewPassphraseDialog",
            "Keep it safe: without the passphrase nobody can read the data, not even "
            "InterviewDesk's makers."))
        warning.setStyleSheet("font-weight: bold;")
        for label in (intro, warning):
            label.setWordWrap(True)
            label.setFixedWidth(TEXT_WIDTH)
            layout.addWidget(label)
        self.first = QLineEdit()
        self.again = QLineEdit()
        fields = QFormLayout()
        fields.setSpacing(SPACING)
        for field, label, name in (
                (self.first, translate("NewPassphraseDialog", "&Passphrase:"),
                 translate("NewPassphraseDialog", "Passphrase")),
                (self.again, translate("NewPassphraseDialog", "&Again:"),
                 translate("NewPassphraseDialog", "The same passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            fields.addRow(label, field)
        layout.addLayout(fields)
        self.problem = ProblemLine(TEXT_WIDTH)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.protect_button = buttons.addButton(
            translate("NewPassphraseDialog", "&Protect"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        """Only two equal, usable passphrases close the dialog; otherwise say why."""
        if not self.first.text():
            self._say(translate("NewPassphraseDialog", "Type a passphrase first."),
                      self.first)
            return
        if "\0" in self.first.text():
            self._say(translate("NewPassphraseDialog",
                                "The passphrase contains a character that cannot be used."),
                      self.first)
            return
        if self.first.text() != self.again.text():
            self._say(translate("NewPassphraseDialog",
                                "The two passphrases differ. Type the same one twice."),
                      self.again)
            return
        super().accept()

    def _say(self, text: str, field: QLineEdit) -> None:
        self.problem.say(text, field)


class CurrentPassphraseDialog(QDialog):
    """Asks for the folder's passphrase before it is removed, and checks it here."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(translate("CurrentPassphraseDialog", "Remove the passphrase"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro = QLabel(translate(
            "CurrentPassphraseDialog",
            "The database and every backup will be decrypted: anyone who can open this "
            "data folder can then read the candidates' data. Type the passphrase to "
            "confirm."))
        intro.setWordWrap(True)
        intro.setFixedWidth(TEXT_WIDTH)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(translate("CurrentPassphraseDialog", "Passphrase"))
        layout.addWidget(self.field)
        self.problem = ProblemLine(TEXT_WIDTH)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button: QPushButton = buttons.addButton(
            translate("CurrentPassphraseDialog", "&Remove the passphrase"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def accept(self) -> None:
        """Close only on the right passphrase; a wrong one is said and asked again."""
        try:
            encryption.unlock(self.data_dir, self.field.text())
        except encryption.WrongPassphrase:
            self._say(translate("CurrentPassphraseDialog",
                                "That passphrase is not correct. Try again."))
            return
        except encryption.PassphraseError:
            self._say(translate("CurrentPassphraseDialog", "Type the passphrase first."))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.problem.say(text, self.field)


def protection_status(data_dir: Path) -> str:
    """One line for the Settings dialog: whether the folder is protected."""
    if encryption.is_protected(data_dir):
        return translate("protection", "Protected with a passphrase: the database and its "
                         "backups are encrypted.")
    return translate("protection", "Not protected: anyone who can open the data folder can "
                     "read the database.")


def protection_hint() -> QLabel:
    """The muted line under the status, saying what protection does and does not cover."""
    label = make_muted(QLabel(translate(
        "protection",
        "Protection covers the database and its backups. Exported PDFs and packages are "
        "separate files: keep them in a safe place.")))
    label.setWordWrap(True)
    return label


def protect_data_folder(parent: QWidget, db: Database, data_dir: Path,
                        close_windows: Callable[[], bool]) -> bool:
    """Ask a new passphrase and encrypt the folder's database files; ``True`` when done.

    ``close_windows`` closes every window that writes to the database and returns
    ``False`` if one must stay open (nothing is converted then)."""
    if encryption.is_protected(data_dir):
        messages.inform(parent, translate("protection", "Protect with a passphrase"),
                        translate("protection", "This data folder is already protected."))
        return False
    dialog = NewPassphraseDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    passphrase = dialog.passphrase()
    if not close_windows():
        return False
    from interviewdesk.store.protection import protect

    done = _convert(parent, db, translate("protection", "Encrypting the database and its "
                                          "backups…"),
                    lambda: protect(data_dir, passphrase))
    if done:
        log.info("The data folder was protected with a passphrase (%d files)", done)
        messages.inform(parent, translate("protection", "Protected"), translate(
            "protection",
            "Your data is now encrypted ({count} database files). InterviewDesk will ask "
            "for the passphrase each time it starts.").format(count=done))
    return done is not None


def remove_protection(parent: QWidget, db: Database, data_dir: Path,
                      close_windows: Callable[[], bool]) -> bool:
    """Ask the passphrase and decrypt the folder's database files; ``True`` when done."""
    if not encryption.is_protected(data_dir):
        messages.inform(parent, translate("protection", "Remove the passphrase"),
                        translate("protection", "This data folder is not protected."))
        return False
    dialog = CurrentPassphraseDialog(data_dir, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    passphrase = dialog.passphrase()
    if not close_windows():
        return False
    from interviewdesk.store.protection import unprotect

    done = _convert(parent, db, translate("protection", "Decrypting the database and its "
                                          "backups…"),
                    lambda: unprotect(data_dir, passphrase))
    if done is not None:
        log.info("The passphrase was removed from the data folder (%d files)", done)
        messages.inform(parent, translate("protection", "Passphrase removed"), translate(
            "protection",
            "The database and its backups are no longer encrypted ({count} files).")
            .format(count=done))
    return done is not None


def _convert(parent: QWidget, db: Database, label: str,
             work: Callable[[], int]) -> int | None:
    """Run ``work`` with the database released, then reopen it on the converted file.

    Returns how many files were converted, or ``None`` after saying what went wrong —
    every file is then either as it was or converted whole, and the app goes on with
    whatever is on disk."""
    from interviewdesk.store.protection import ProtectionError

    db.close()
    try:
        return run_in_background(parent, label, work)
    except (ProtectionError, encryption.PassphraseError, OSError) as error:
        log.error("Converting the data folder failed: %s", error)
        messages.error(parent, translate("protection", "Not converted"), translate(
            "protection",
            "The data folder could not be converted completely. Every file is either as "
            "it was or converted whole, and your data is safe; you can try again."),
            str(error))
        return None
    finally:
        db.reopen()
