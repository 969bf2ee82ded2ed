"""The Settings dialog: interface language, paper size, how many backups to keep, how
long candidates' data is kept, the firm's name and address and who signs letters to
candidates, whether the data folder is protected with a passphrase, and the team server
to work on instead of the folder's database (README, "Team mode")."""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain import retention
from interviewdesk.domain.field_limits import LOCATION_MAX, NAME_MAX
from interviewdesk.ui.settings import MAX_KEEP_BACKUPS, MIN_KEEP_BACKUPS, Settings
from interviewdesk.ui.style import SPACING, make_muted
from interviewdesk.ui.window_size import fitting_size


class SettingsDialog(QDialog):
    """Edits a :class:`Settings`; :meth:`save` writes the choices back."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        #: Set when the passphrase button closed the dialog: the caller then protects
        #: the folder or removes its passphrase (the dialog itself changes no files).
        self.protection_requested = False
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        # Language names are written in their own language, as people look for them.
        self.language.addItem(self.tr("System language"), None)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("US Letter"), "Letter")
        self.keep_backups = QSpinBox()
        self.keep_backups.setRange(MIN_KEEP_BACKUPS, MAX_KEEP_BACKUPS)
        backups_hint = make_muted(QLabel(self.tr(
            "A backup of the database is made each time InterviewDesk starts and closes; "
            "older ones are removed.")))
        backups_hint.setWordWrap(True)

        self.retention_weeks = QSpinBox()
        self.retention_weeks.setRange(0, retention.MAX_WEEKS)
        self.retention_weeks.setSuffix(self.tr(" weeks after the procedure"))
        self.retention_months = QSpinBox()
        self.retention_months.setRange(0, retention.MAX_MONTHS)
        self.retention_months.setSuffix(self.tr(" months with consent"))
        self.retention_weeks.setAccessibleName(self.tr("Weeks to keep data without consent"))
        self.retention_months.setAccessibleName(self.tr("Months to keep data with consent"))
        retention_hint = make_muted(QLabel(self.tr(
            "The NVP Sollicitatiecode: 4 weeks after the procedure ends, or 1 year with the "
            "candidate's consent. Candidates past this date are listed under “Due for "
            "deletion”.")))
        retention_hint.setWordWrap(True)

        self.firm_name = QLineEdit()
        self.firm_name.setMaxLength(NAME_MAX)
        self.firm_address = QPlainTextEdit()
        self.firm_address.setTabChangesFocus(True)
        self.firm_address.setFixedHeight(self.firm_address.fontMetrics().lineSpacing() * 3 + 12)
        self.firm_address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.sender_name = QLineEdit()
        self.sender_name.setMaxLength(NAME_MAX)
        self.sender_name.setPlaceholderText(self.tr("Who signs the letters"))
        for field in (self.firm_name, self.firm_address, self.sender_name):
            field.setToolTip(self.tr("Used in letters and e-mails to candidates: the "
                                     "letterhead, the signature, and who is noted in the "
                                     "contact log."))

        self.team_server = QLineEdit()
        self.team_server.setPlaceholderText("postgresql://user@server/database")
        team_hint = make_muted(QLabel(self.tr(
            "Empty: this computer's data folder. Used from the next start; the password "
            "is not kept here (.pgpass, the system keyring, or asked at start-up).")))
        team_hint.setWordWrap(True)

        # Four pages, so the dialog fits a 1366×768 laptop whatever the hints' length.
        self.pages = QTabWidget()
        general = self._page(self.tr("General"))
        general.addRow(self.tr("&Language:"), self.language)
        general.addRow(self.tr("&Paper size:"), self.page_size)
        general.addRow(self.tr("&Backups to keep:"), self.keep_backups)
        general.addRow("", backups_hint)
        privacy = self._page(self.tr("Privacy"))
        privacy.addRow(self.tr("&Keep candidates' data:"), self.retention_weeks)
        privacy.addRow("", self.retention_months)
        privacy.addRow("", retention_hint)
        if data_dir is not None:
            self._add_protection_rows(privacy, data_dir)
        letters = self._page(self.tr("Letters"))
        letters.addRow(self.tr("&Firm name:"), self.firm_name)
        letters.addRow(self.tr("Firm a&ddress:"), self.firm_address)
        letters.addRow(self.tr("Letters &signed by:"), self.sender_name)
        team = self._page(self.tr("Team server"))
        team.addRow(self.tr("&Team server:"), self.team_server)
        team.addRow("", team_hint)
        self._add_forget_row(team)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.load()
        self._fit_contents(layout)

    def _fit_contents(self, layout: QVBoxLayout) -> None:
        """Open tall enough for every wrapped hint: Qt's own first size stops at two
        thirds of the screen, which cuts the hints off."""
        layout.activate()
        width = max(self.minimumWidth(), self.sizeHint().width())
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else self.sizeHint().height())
        self.resize(fitting_size(QSize(width, max(height, self.sizeHint().height())), self))

    def _page(self, title: str) -> QFormLayout:
        """A new tab titled ``title``, and the form to put its rows in."""
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        form.setSpacing(SPACING)
        column.addLayout(form)
        column.addStretch(1)  # rows at the top, not spread over a taller page
        self.pages.addTab(page, title)
        return form

    def _add_protection_rows(self, form: QFormLayout, data_dir: Path) -> None:
        from interviewdesk.store import encryption
        from interviewdesk.ui.protection_commands import protection_hint, protection_status

        status = QLabel(protection_status(data_dir))
        status.setWordWrap(True)
        protected = encryption.is_protected(data_dir)
        self.protection_button = QPushButton(
            self.tr("Remove the passphrase…") if protected
            else self.tr("Protect with a passphrase…"))
        self.protection_button.setAutoDefault(False)
        self.protection_button.clicked.connect(self._request_protection)
        form.addRow(self.tr("Passphrase:"), status)
        form.addRow("", self.protection_button)
        form.addRow("", protection_hint())

    def _request_protection(self) -> None:
        """Keep the other choices and hand the passphrase over to the main window."""
        self.protection_requested = True
        self.accept()

    def load(self) -> None:
        """Show the current settings."""
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(self.settings.page_size)))
        self.keep_backups.setValue(self.settings.keep_backups)
        self.retention_weeks.setValue(self.settings.retention_weeks)
        self.retention_months.setValue(self.settings.retention_months)
        self.firm_name.setText(self.settings.firm_name)
        self.firm_address.setPlainText(self.settings.firm_address)
        self.sender_name.setText(self.settings.sender_name)
        self.team_server.setText(self.settings.database_url)
        self._update_forget()

    def _add_forget_row(self, team: QFormLayout) -> None:
        """"Forget the saved password", where this computer has a system keyring that
        may keep the team server's password (README, "Team mode")."""
        from interviewdesk.store.server_passwords import keyring_available

        self.forget_password = QPushButton(self.tr("&Forget the saved password"))
        self.forget_password.setToolTip(self.tr(
            "Remove the team server's password from this computer's system keyring: it "
            "is asked again at the next start."))
        self.forget_password.clicked.connect(self.forget_saved_password)
        self.team_server.textChanged.connect(self._update_forget)
        if keyring_available():
            row = QHBoxLayout()
            row.addWidget(self.forget_password)
            row.addStretch(1)
            team.addRow("", row)
        else:
            self.forget_password.setVisible(False)

    def _update_forget(self) -> None:
        from interviewdesk.store.database import is_server_url

        self.forget_password.setEnabled(is_server_url(self.team_server.text()))

    def forget_saved_password(self) -> None:
        """Remove the password the keyring keeps for the server in the field."""
        from interviewdesk.store.database import without_password
        from interviewdesk.store.server_passwords import KeyringProblem, forget
        from interviewdesk.ui import messages

        url = self.team_server.text().strip()
        server = without_password(url)
        try:
            forgotten = forget(url)
        except KeyringProblem as problem:
            messages.error(self, self.tr("Password not forgotten"), self.tr(
                "This computer's system keyring could not be used ({problem}). Nothing "
                "was removed.").format(problem=str(problem)))
            return
        except ValueError:  # not a URL that can be read
            forgotten = False
        messages.inform(
            self, self.tr("Forget the saved password"),
            self.tr("The password for {server} was removed from this computer's keyring; "
                    "it is asked again at the next start.").format(server=server)
            if forgotten else
            self.tr("This computer's keyring keeps no password for {server}.").format(
                server=server))

    def save(self) -> None:
        """Store the choices in the settings file."""
        self.settings.language = self.language.currentData()
        self.settings.page_size = self.page_size.currentData()
        self.settings.keep_backups = self.keep_backups.value()
        self.settings.retention_weeks = self.retention_weeks.value()
        self.settings.retention_months = self.retention_months.value()
        self.settings.firm_name = self.firm_name.text()
        self.settings.firm_address = self.firm_address.toPlainText()[:LOCATION_MAX]
        self.settings.sender_name = self.sender_name.text()
        self.settings.database_url = self.team_server.text()
        self.settings.sync()

    def accept(self) -> None:
        from interviewdesk.store.database import is_server_url
        from interviewdesk.ui import messages

        url = self.team_server.text().strip()
        if url and not is_server_url(url):
            messages.error(self, self.tr("Not a team server"), self.tr(
                "A team server is given as postgresql://user@server/database."))
            self.team_server.setFocus()
            return
        self.save()
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings) -> bool:
        """Show the dialog; ``True`` if the user saved changes."""
        dialog = cls(settings, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
