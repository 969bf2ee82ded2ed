"""Who is at the keyboard: before the app acts as a panel member — opening their form,
looking at the panel discussion as them, closing the round as the chair — it asks
for their PIN, if they set one (``store.pins``). Without a PIN anyone at this laptop
can choose the name; the screens that offer a name say so (:func:`no_pin_note`).

Wrong tries are counted per interviewer for as long as the app runs, across dialogs:
after three in a row each further try waits a little longer (``domain.pin``), so
guessing is slow but nobody is locked out of their own form. Everything works from
the keyboard: the field has the focus, Enter continues, Esc cancels.
"""

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain import pin as pin_rules
from interviewdesk.store import pins
from interviewdesk.store.database import Database
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading, make_muted

translate = QCoreApplication.translate


@dataclass
class Tries:
    """Wrong tries in a row for one interviewer, and when the next try may be made
    (``time.monotonic()``)."""

    wrong: int = 0
    next_try_at: float = 0.0


# (database file, interviewer id) → their wrong tries, while the app runs.
_tries: dict[tuple[str, int], Tries] = {}


def delay_seconds(wrong_tries: int) -> float:
    """Seconds to wait after ``wrong_tries`` (``domain.pin``; tests make it shorter)."""
    return float(pin_rules.delay_after(wrong_tries))


def tries_of(db: Database, interviewer_id: int) -> Tries:
    """The wrong-try record of an interviewer in this database."""
    return _tries.setdefault((str(db.path), interviewer_id), Tries())


def wait_left(db: Database, interviewer_id: int) -> float:
    """Seconds before the next try for this interviewer may be made (0: now)."""
    return max(0.0, tries_of(db, interviewer_id).next_try_at - time.monotonic())


def register(db: Database, interviewer_id: int, right: bool) -> float:
    """Count a try; returns the seconds to wait before the next one."""
    tries = tries_of(db, interviewer_id)
    if right:
        tries.wrong, tries.next_try_at = 0, 0.0
        return 0.0
    tries.wrong += 1
    wait = delay_seconds(tries.wrong)
    tries.next_try_at = time.monotonic() + wait
    return wait


def forget_tries() -> None:
    """Start counting afresh (tests)."""
    _tries.clear()


def no_pin_note() -> str:
    """What a screen says next to a name without a PIN."""
    return translate("identity", "No PIN: anyone at this laptop can choose this name.")


class PinDialog(QDialog):
    """Asks ``name`` for their PIN, ``purpose`` saying what for. Accepted only with the
    right PIN; a wrong one says so and, after three, makes the next try wait (the
    field and Continue are disabled with a countdown)."""

    def __init__(self, db: Database, interviewer_id: int, name: str, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interviewer_id = interviewer_id
        self.name = name
        self.setWindowTitle(self.tr("PIN of {name}").format(name=name))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        heading = make_heading(QLabel(self.tr("Is this {name}?").format(name=name)), 1.2)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        explanation = QLabel(purpose)
        explanation.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("PIN or passphrase"))
        self.field.setMaxLength(pin_rules.MAX_LENGTH)
        label = QLabel(self.tr("&PIN or passphrase:"))
        label.setBuddy(self.field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        forgot = make_muted(QLabel(self.tr(
            "Forgot it? A chair can reset it under File → Interviewers.")))
        forgot.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button: QPushButton = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        # Enter always means Continue, wherever the focus is; Esc cancels.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(forgot)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.field.setFocus()
        self._tick()

    def showEvent(self, event: QShowEvent) -> None:
        """The field has the focus when the dialog appears: type, then Enter."""
        super().showEvent(event)
        if self.field.isEnabled():
            self.field.setFocus()

    def accept(self) -> None:
        """Continue only with the right PIN, and not while waiting."""
        if wait_left(self.db, self.interviewer_id) > 0:
            return
        try:
            right = pins.check_pin(self.db, self.interviewer_id, self.field.text())
        except LookupError:
            self.reject()
            return
        register(self.db, self.interviewer_id, right)
        if right:
            super().accept()
            return
        self.field.clear()
        self.message.setText(self.tr("That is not the PIN of {name}. Try again.").format(
            name=self.name))
        self.message.show()
        self._tick()

    def _tick(self) -> None:
        """Disable trying while the wait lasts, with a countdown; then enable again."""
        left = wait_left(self.db, self.interviewer_id)
        waiting = left > 0
        self.field.setEnabled(not waiting)
        self.continue_button.setEnabled(not waiting)
        if waiting:
            self.message.setText(self.tr(
                "Too many wrong tries. Wait %n second(s) before the next one.", "",
                max(1, round(left + 0.49))))
            self.message.show()
            if not self.timer.isActive():
                self.timer.start()
        else:
            if self.timer.isActive():
                self.timer.stop()
                self.message.setText(self.tr("You can try again."))
                self.field.setFocus()


def confirm_member(parent: QWidget | None, db: Database, interviewer_id: int, name: str,
                   purpose: str) -> bool | None:
    """Make sure ``name`` is at the keyboard: ``True`` after their PIN was typed,
    ``False`` if they have no PIN (nothing to check), ``None`` if the user cancelled.
    ``LookupError`` if the interviewer no longer exists."""
    if not pins.has_pin(db, interviewer_id):
        return False
    dialog = PinDialog(db, interviewer_id, name, purpose, parent)
    try:
        return True if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
