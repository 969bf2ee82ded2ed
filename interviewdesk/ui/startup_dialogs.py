"""The dialogs of start-up: a damaged database, a second copy of the app on the same
data folder, choosing another data folder. The database is opened once the main
window shows, so its dialogs take that window as ``parent`` and appear over it; a
second copy is refused before any window exists.

Each is one function, so tests replace the function instead of meeting a modal
dialog. The wording is plain and tells the user what was, and was not, done to
their data.
"""

from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.ui import messages
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading, make_muted

if TYPE_CHECKING:  # the store is imported once a team server is opened, not at start
    from interviewdesk.store.server_passwords import Asking, Typed

translate = QCoreApplication.translate


TEXT_WIDTH = 480


class DamagedChoice(Enum):
    """What the user chose to do about a database that cannot be opened."""

    RESTORE = "restore"
    OTHER_FOLDER = "other_folder"
    START_EMPTY = "start_empty"
    QUIT = "quit"


def format_backup_time(moment: datetime | None) -> str:
    """A backup's time for people: local date and time in the interface's locale."""
    if moment is None:
        return translate("startup_dialogs", "unknown date")
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    locale = QLocale()
    return "{date}, {time}".format(
        date=locale.toString(local.date(), "d MMMM yyyy"),
        time=locale.toString(local.time(), QLocale.FormatType.ShortFormat))


class DamagedDatabaseDialog(QDialog):
    """Explains that the database cannot be opened and offers the ways out."""

    def __init__(self, db_path: Path, problems: list[str], backup_time: datetime | None,
                 *, missing: bool = False, has_backup: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = DamagedChoice.QUIT
        self.setWindowTitle(messages.application_title())
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        if missing:
            heading = self.tr("The database is missing")
            text = self.tr(
                "InterviewDesk cannot find its database file, or the file is empty, although "
                "there are backups of it. It may have been moved or deleted by accident. "
                "InterviewDesk has not started a new, empty database in its place.")
        else:
            heading = self.tr("The database is damaged")
            text = self.tr(
                "InterviewDesk cannot open its database because the file is damaged. This can "
                "happen after a power cut or a disk problem. InterviewDesk has not changed, "
                "replaced or deleted the file.")
        if has_backup:
            advice = self.tr(
                "You can restore the newest good backup, from {date}. Changes made after "
                "that moment are not in it. The damaged file is kept beside it, so nothing "
                "is thrown away.").format(date=format_backup_time(backup_time))
        else:
            advice = self.tr("There is no good backup to restore. You can choose another data "
                             "folder, or quit and ask for help; keep the file as it is.")
        heading_label = make_heading(QLabel(heading), 1.3)
        body = QLabel(f"{text}\n\n{advice}")
        body.setWordWrap(True)
        where = QLabel(self.tr("Database file: {path}").format(path=db_path))
        where.setWordWrap(True)

        self.details = QPlainTextEdit("\n".join(problems) or self.tr("No further details."))
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)

        self.restore_button = QPushButton(self.tr("Restore the newest good backup ({date})")
                                          .format(date=format_backup_time(backup_time)))
        self.restore_button.setVisible(has_backup)
        self.folder_button = QPushButton(self.tr("Choose another data folder…"))
        self.empty_button = QPushButton(self.tr("Start with an empty database"))
        self.empty_button.setVisible(missing)
        self.quit_button = QPushButton(self.tr("Quit"))
        for button, choice in ((self.restore_button, DamagedChoice.RESTORE),
                               (self.folder_button, DamagedChoice.OTHER_FOLDER),
                               (self.empty_button, DamagedChoice.START_EMPTY),
                               (self.quit_button, DamagedChoice.QUIT)):
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        (self.restore_button if has_backup else self.quit_button).setDefault(True)

        choices = QVBoxLayout()
        choices.setSpacing(SPACING // 2)
        for button in (self.restore_button, self.folder_button, self.empty_button,
                       self.quit_button):
            choices.addWidget(button)
        text_column = QVBoxLayout()
        text_column.setSpacing(SPACING)
        text_column.addWidget(heading_label)
        text_column.addWidget(body)
        text_column.addWidget(where)
        text_column.addLayout(choices)
        text_column.addWidget(self.details_button)
        text_column.addWidget(self.details)
        for label in (body, where):
            label.setMinimumWidth(TEXT_WIDTH)
        row = QHBoxLayout(self)
        # A window does not ask its word-wrapped labels for their height; a minimum
        # size from the layout keeps every line of the explanation visible.
        row.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        row.setSpacing(SPACING_LARGE)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text_column, 1)

    def _choose(self, choice: DamagedChoice) -> None:
        self.choice = choice
        if choice is DamagedChoice.QUIT:
            self.reject()
        else:
            self.accept()


def ask_damaged_database(db_path: Path, problems: list[str], backup_time: datetime | None,
                         *, missing: bool = False, has_backup: bool = True,
                         parent: QWidget | None = None) -> DamagedChoice:
    """Show the damaged-database dialog and return what the user chose (Quit if they
    closed it)."""
    dialog = DamagedDatabaseDialog(db_path, problems, backup_time, missing=missing,
                                   has_backup=has_backup, parent=parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def confirm_start_empty(db_path: Path, parent: QWidget | None = None) -> bool:
    """Make sure "start with an empty database" is meant."""
    return messages.confirm(
        parent,
        translate("startup_dialogs", "Start with an empty database?"),
        translate("startup_dialogs",
                  "InterviewDesk will create a new, empty database at {path}. The backups "
                  "stay where they are.").format(path=db_path),
        translate("startup_dialogs", "Start empty"),
    )


def choose_data_folder(start: Path, parent: QWidget | None = None) -> Path | None:
    """Ask for another data folder; ``None`` if the user cancelled."""
    title = translate("startup_dialogs", "Choose a data folder")
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(folder) if folder else None


def show_already_running(data_dir: Path) -> None:
    """Tell the user that another copy of the app has this data folder open."""
    messages.error(
        None,
        translate("startup_dialogs", "InterviewDesk is already open"),
        translate("startup_dialogs",
                  "InterviewDesk is already open on this data folder ({folder}). Switch to "
                  "the window that is open, or close it and start InterviewDesk again.")
        .format(folder=data_dir),
    )


def ask_open_anyway(host: str, since: datetime | None) -> bool:
    """The data folder is locked by a copy on another computer: open it anyway?"""
    when = format_backup_time(since)  # a moment for people, whatever it is the time of
    return messages.confirm(
        None,
        translate("startup_dialogs", "Open anyway?"),
        translate("startup_dialogs",
                  "InterviewDesk may be open on another computer ({host}, since {since}). "
                  "Open anyway? Do so only if it is closed there (or that computer was "
                  "switched off without closing it): two copies writing to the same "
                  "data can lose each other's changes.").format(host=host, since=when),
        translate("startup_dialogs", "Open anyway"),
    )


def show_restored(backup_time: datetime | None, set_aside: Path | None,
                  parent: QWidget | None = None) -> None:
    """Confirm that a backup was put back, and where the damaged file went."""
    text = translate("startup_dialogs", "The backup from {date} has been restored.").format(
        date=format_backup_time(backup_time))
    if set_aside is not None:
        kept = translate("startup_dialogs",
                         "The damaged file was kept as {name} in the data folder.")
        text += " " + kept.format(name=set_aside.name)
    messages.inform(parent, translate("startup_dialogs", "Backup restored"), text)


def show_start_failed(title: str, text: str, details: str = "",
                      parent: QWidget | None = None) -> None:
    """Start-up cannot go on (e.g. the database is from a newer version)."""
    messages.error(parent, title, text, details)


#: Where a long server address may wrap: after these, or after this many characters.
_BREAK_AFTER = "/@.?&=:"
_LONGEST_RUN = 30


def breakable(address: str) -> str:
    """``address`` with zero-width spaces where a label may wrap it, so that a long
    URL (a socket folder, many options) wraps instead of widening the dialog past the
    screen or being cut off."""
    pieces: list[str] = []
    run = 0
    for character in address:
        pieces.append(character)
        run += 1
        if character in _BREAK_AFTER or run >= _LONGEST_RUN:
            pieces.append("\u200b")
            run = 0
    return "".join(pieces)


class ServerPasswordDialog(QDialog):
    """Asks for the team server's password when libpq found none and this computer's
    keyring keeps none that works (team mode, :mod:`interviewdesk.store.server_passwords`).
    With a system keyring, "Remember on this computer" (ticked) keeps it there;
    without, it lives in this session's memory only and the dialog says where to keep
    it so that it is not asked again."""

    def __init__(self, asking: "Asking", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team server password"))
        if asking.wrong:
            question = self.tr("The password was not accepted. Type it again for {server}:")
        elif asking.saved_refused:
            question = self.tr("The password saved on this computer was not accepted by "
                               "{server}, so it was removed from the keyring. Type the "
                               "current password:")
        else:
            question = self.tr("Password for the team server {server}:")
        self.question = text = QLabel(question.format(server=breakable(asking.server)))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        text.setBuddy(self.password)
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setChecked(asking.can_remember)
        self.remember.setVisible(asking.can_remember)
        if asking.can_remember:
            hint_text = self.tr("Ticked, it is kept in this computer's system keyring (never "
                                "in InterviewDesk's settings) and not asked again; Settings → "
                                "Team server forgets it. Unticked, InterviewDesk keeps it "
                                "only while it runs.")
        else:
            hint_text = self.tr("InterviewDesk keeps it only while it runs. To be asked no "
                                "more, put it in the .pgpass file of your user folder "
                                "(see the README, Team mode).")
        hint = make_muted(QLabel(hint_text))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_problem = QLabel(self.tr(
            "This computer's system keyring could not be used ({problem}), so the "
            "password is asked instead.").format(problem=asking.keyring_problem))
        self.keyring_problem.setWordWrap(True)
        self.keyring_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_problem.setVisible(bool(asking.keyring_problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(text)
        layout.addWidget(self.keyring_problem)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(TEXT_WIDTH)


def ask_server_password(asking: "Asking", parent: QWidget | None = None) -> "Typed | None":
    """The team server's password as typed and whether to remember it, or ``None`` if
    the user cancelled."""
    from interviewdesk.store.server_passwords import Typed

    dialog = ServerPasswordDialog(asking, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return None
    return Typed(dialog.password.text(),
                 remember=asking.can_remember and dialog.remember.isChecked())


def show_not_remembered(problem: str, parent: QWidget | None = None) -> None:
    """The server took the password, but the keyring could not keep it."""
    messages.inform(parent, translate("startup_dialogs", "Password not remembered"),
                    translate("startup_dialogs",
                              "The team server accepted the password, but this computer's "
                              "system keyring could not keep it ({problem}). It will be "
                              "asked again at the next start.").format(problem=problem))
