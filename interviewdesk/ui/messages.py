"""Every message box the application shows, in one module.

Widgets never construct a ``QMessageBox`` themselves: they call these functions, so
wording stays consistent and tests can replace this one module (see
``tests/conftest.py``) instead of hunting for modal dialogs that would block.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something destructive; ``action`` labels the confirming button
    (e.g. "Delete"), and Cancel is the default so Enter does no harm."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A plain two-way question that is not destructive; ``yes`` is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose(parent: QWidget | None, title: str, text: str, first: str,
           second: str) -> int | None:
    """Two ways forward and Cancel: 0 for ``first`` (the default), 1 for ``second``,
    ``None`` for Cancel or Esc."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = [box.addButton(first, QMessageBox.ButtonRole.AcceptRole),
               box.addButton(second, QMessageBox.ButtonRole.AcceptRole)]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something failed, in plain words; technical ``details`` folded away."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A short notice that needs no decision."""
    QMessageBox.information(parent, title, text)


def application_title() -> str:
    """The window-title prefix, translated like every other visible string."""
    return QCoreApplication.translate("messages", "InterviewDesk")
