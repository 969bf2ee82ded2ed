"""An interviewer's PIN: set, change or remove it (the owner, with the current one),
or have a chair reset a forgotten one. The store keeps only a hash and records each
change in the audit trail (``store.pins``).

Wrong current PINs count towards the same growing wait as everywhere else
(:mod:`interviewdesk.ui.assessment.identity`), so these dialogs are no shortcut for
guessing. Problems are said inline, under the fields; nothing closes on an error.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain import pin as pin_rules
from interviewdesk.store import pins
from interviewdesk.store.database import Database
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui.assessment import identity
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading, make_muted


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(pin_rules.MAX_LENGTH)
    return field


def _plain(text: str = "") -> QLabel:
    """A wrapped label that shows names as typed, never as markup."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _problem_label() -> QLabel:
    label = _plain()
    label.hide()
    return label


class PinSettingsDialog(QDialog):
    """Set a PIN for ``name`` (no PIN yet), or change or remove it (the current one
    typed first). :attr:`done_what` says what happened: "set", "changed", "removed"."""

    def __init__(self, db: Database, interviewer_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interviewer_id = interviewer_id
        self.name = name
        self.has_pin = pins.has_pin(db, interviewer_id)
        self.done_what = ""
        self.setWindowTitle(self.tr("PIN of {name}").format(name=name))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.current = _secret()
        self.new = _secret()
        self.repeat = _secret()
        self.problem = _problem_label()
        explanation = _plain(self.tr(
            "With a PIN, the app asks for it before it opens {name}'s assessment form or "
            "shows the panel discussion as {name}. Use at least {count} characters; a "
            "short sentence works well. The PIN is stored only as a salted hash.").format(
                name=name, count=pin_rules.MIN_LENGTH))
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.setSpacing(SPACING)
        if self.has_pin:
            form.addRow(self.tr("&Current PIN:"), self.current)
        form.addRow(self.tr("&New PIN:"), self.new)
        form.addRow(self.tr("&Repeat new PIN:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Change PIN") if self.has_pin else self.tr("Set PIN"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.remove_button: QPushButton = self.buttons.addButton(
            self.tr("Remove PIN"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(self.has_pin)
        self.remove_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(_plain(self.tr("PIN of {name}").format(name=name)), 1.2))
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        if self.has_pin:
            layout.addWidget(make_muted(QLabel(self.tr(
                "Forgot the current PIN? A chair can reset it with Reset PIN…"))))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        (self.current if self.has_pin else self.new).setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _current_ok(self) -> bool:
        """Whether the current PIN may be tried now; a wait after wrong tries is said."""
        left = identity.wait_left(self.db, self.interviewer_id)
        if left > 0:
            self._say(self.tr("Too many wrong tries. Wait %n second(s) before the next one.",
                              "", max(1, round(left + 0.49))))
            return False
        return True

    def _wrong(self) -> None:
        identity.register(self.db, self.interviewer_id, right=False)
        self.current.clear()
        self.current.setFocus()
        self._say(self.tr("That is not the current PIN of {name}.").format(name=self.name))

    def save(self) -> None:
        """Set or change the PIN; problems are said under the fields."""
        if self.new.text() != self.repeat.text():
            self._say(self.tr("The two new PINs differ. Type the same PIN twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        if self.has_pin and not self._current_ok():
            return
        try:
            pins.set_pin(self.db, self.interviewer_id, self.new.text(), self.current.text())
        except pins.WrongPin:
            self._wrong()
            return
        except ValidationError as error:
            self._say(_rule_text(str(error)))
            self.new.setFocus()
            return
        if self.has_pin:
            identity.register(self.db, self.interviewer_id, right=True)
        self.done_what = "changed" if self.has_pin else "set"
        self.accept()

    def remove(self) -> None:
        """Remove the PIN, with the current one."""
        if not self._current_ok():
            return
        try:
            pins.remove_pin(self.db, self.interviewer_id, self.current.text())
        except pins.WrongPin:
            self._wrong()
            return
        identity.register(self.db, self.interviewer_id, right=True)
        self.done_what = "removed"
        self.accept()


def _rule_text(message: str) -> str:
    """The store's rule message in the interface language."""
    from PySide6.QtCore import QCoreApplication

    if message.startswith("A PIN needs at least"):
        return QCoreApplication.translate(
            "PinSettingsDialog", "A PIN needs at least {count} characters.").format(
                count=pin_rules.MIN_LENGTH)
    if message.startswith("A passphrase can be at most"):
        return QCoreApplication.translate(
            "PinSettingsDialog", "A passphrase can be at most {count} characters.").format(
                count=pin_rules.MAX_LENGTH)
    return QCoreApplication.translate("PinSettingsDialog", "Type a PIN or passphrase.")


class ResetPinDialog(QDialog):
    """A chair removes the forgotten PIN of ``name``: who resets (an interviewer who
    chairs a panel), their own PIN if they have one, and why. ``reset`` is ``True``
    once done."""

    def __init__(self, db: Database, interviewer_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interviewer_id = interviewer_id
        self.name = name
        self.reset = False
        self.setWindowTitle(self.tr("Reset the PIN of {name}").format(name=name))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.chairs = [c for c in pins.chairs(db) if c.id != interviewer_id]
        self.with_pin = pins.with_pin(db)
        self.chair = QComboBox()
        for person in self.chairs:
            self.chair.addItem(person.name, person.id)
        self.chair_pin = _secret()
        self.chair_note = make_muted(QLabel())
        self.chair_note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: forgotten after the holidays"))
        self.problem = _problem_label()
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Chair who resets:"), self.chair)
        form.addRow(self.tr("Chair's &PIN:"), self.chair_pin)
        form.addRow("", self.chair_note)
        form.addRow(self.tr("&Reason:"), self.reason)
        explanation = _plain(self.tr(
            "A chair can remove a forgotten PIN so that {name} can set a new one. The reset "
            "is recorded, with the chair's name, in the audit trail of {name}'s "
            "interviews.").format(name=name))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reset_button: QPushButton = self.buttons.addButton(
            self.tr("Reset PIN"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.do_reset)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(_plain(self.windowTitle()), 1.2))
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.chair.currentIndexChanged.connect(self._chair_changed)
        self._chair_changed()
        if not self.chairs:
            self.problem.setText(self.tr(
                "Nobody else chairs a panel yet, so nobody can reset this PIN. Make someone "
                "the chair of an interview's panel first."))
            self.problem.show()
            self.reset_button.setEnabled(False)

    def _chair_id(self) -> int | None:
        data = self.chair.currentData()
        return int(data) if data is not None else None

    def _chair_changed(self) -> None:
        chair = self._chair_id()
        guarded = chair in self.with_pin
        self.chair_pin.setEnabled(guarded)
        self.chair_pin.clear()
        self.chair_note.setText(self.tr("The chair types their own PIN.") if guarded
                                else identity.no_pin_note())
        (self.chair_pin if guarded else self.chair).setFocus()

    def do_reset(self) -> None:
        """Reset the PIN if the chair's own PIN is right; problems said inline."""
        chair = self._chair_id()
        if chair is None:
            return
        left = identity.wait_left(self.db, chair)
        if left > 0:
            self.problem.setText(self.tr(
                "Too many wrong tries. Wait %n second(s) before the next one.", "",
                max(1, round(left + 0.49))))
            self.problem.show()
            return
        try:
            pins.reset_pin(self.db, self.interviewer_id, chair, self.chair_pin.text(),
                           self.reason.text())
        except pins.WrongPin:
            identity.register(self.db, chair, right=False)
            self.chair_pin.clear()
            self.chair_pin.setFocus()
            self.problem.setText(self.tr("That is not the PIN of {name}.").format(
                name=self.chair.currentText()))
            self.problem.show()
            return
        except (ValidationError, LookupError) as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        identity.register(self.db, chair, right=True)
        self.reset = True
        self.accept()
