"""The contact log of one application: what the candidate was told, when, by whom and
how — and for a rejection, the reasons given. Adding an entry dated on or after the
latest interview takes the candidate off the home screen's follow-up list.

Entries are added or removed (one typed in error), never edited: see
``store.contact_log``.
"""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.contact_log import CHANNELS, TEXT_MAX, ContactDraft, problems
from interviewdesk.domain.field_limits import NAME_MAX
from interviewdesk.store.contact_log import Contact, add_contact, contacts_of, delete_contact
from interviewdesk.store.database import Database
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.home.formatting import DATE_FORMAT, format_date
from interviewdesk.ui.style import SPACING, make_heading, make_muted


class ContactLogDialog(QDialog):
    """The log of ``application_id`` (for ``name``) above a form for a new entry.
    :attr:`changed` says whether anything was added or removed."""

    def __init__(self, db: Database, application_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.application_id = application_id
        self.changed = False
        self.setWindowTitle(self.tr("Contact log — {name}").format(name=name))

        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setMinimumHeight(140)
        self.empty = make_muted(QLabel(self.tr(
            "Nothing logged yet. Log each time you tell {name} something about the "
            "application.").format(name=name)))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove entry…"))
        self.remove_button.clicked.connect(self._remove)
        self.history.itemSelectionChanged.connect(self._update_remove)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        today = date.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.by_edit = QLineEdit()
        self.by_edit.setMaxLength(NAME_MAX)
        self.by_edit.setPlaceholderText(self.tr("Who at the firm spoke to the candidate"))
        self.channel = QComboBox()
        for key in CHANNELS:
            self.channel.addItem(self.channel_label(key), key)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said, in a few sentences"))
        self.summary.setTabChangesFocus(True)
        self.rejection = QCheckBox(self.tr("This was a rejection"))
        self.reasons = QPlainTextEdit()
        self.reasons.setPlaceholderText(self.tr("The reasons given to the candidate"))
        self.reasons.setTabChangesFocus(True)
        self.reasons_label = QLabel(self.tr("Reasons given:"))
        # Room for a few lines each, so the log above keeps the height to read it.
        line = self.summary.fontMetrics().lineSpacing()
        self.summary.setFixedHeight(line * 5)
        self.reasons.setFixedHeight(line * 4)
        self.rejection.toggled.connect(self._rejection_toggled)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.add_button = QPushButton(self.tr("Add to log"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._add)

        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("By:"), self.by_edit)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("What was said:"), self.summary)
        form.addRow("", self.rejection)
        form.addRow(self.reasons_label, self.reasons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("Logged contacts"))))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(make_heading(QLabel(self.tr("New entry"))))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.resize(600, 640)
        self._rejection_toggled(False)
        self.reload()

    def channel_label(self, key: str) -> str:
        """The channel as the user reads it."""
        labels = dict(zip(CHANNELS, (self.tr("Phone"), self.tr("E-mail"), self.tr("Letter"),
                                     self.tr("In person")), strict=True))
        return labels.get(key, key)

    # -- the log --------------------------------------------------------------------

    def reload(self) -> None:
        """Show the stored entries, newest first."""
        self.history.clear()
        for contact in contacts_of(self.db, self.application_id):
            item = QListWidgetItem(self.describe(contact))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.history.addItem(item)
        has_rows = self.history.count() > 0
        self.history.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_remove()

    def describe(self, contact: Contact) -> str:
        """One entry in plain text: the heading line, what was said, the reasons."""
        head = self.tr("{date} · {channel} · {by}").format(
            date=format_date(contact.contacted_on), channel=self.channel_label(contact.channel),
            by=contact.by)
        lines = [head, contact.summary]
        if contact.rejection:
            lines.append(self.tr("Rejection. Reasons given: {reasons}").format(
                reasons=contact.reasons))
        return "\n".join(lines)

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(bool(self.history.selectedItems()))
        self.remove_button.setVisible(self.history.count() > 0)

    def _remove(self) -> None:
        items = self.history.selectedItems()
        if not items or not messages.confirm(
                self, self.tr("Remove entry"),
                self.tr("Remove this entry from the contact log? Only do this for an entry "
                        "typed in error."), self.tr("Remove")):
            return
        delete_contact(self.db, int(items[0].data(Qt.ItemDataRole.UserRole)))
        self.changed = True
        self.reload()

    # -- a new entry ----------------------------------------------------------------

    def _rejection_toggled(self, checked: bool) -> None:
        self.reasons.setEnabled(checked)
        self.reasons_label.setEnabled(checked)

    def draft(self) -> ContactDraft:
        """The entry as typed."""
        value = self.date_edit.date()
        return ContactDraft(
            contacted_on=date(value.year(), value.month(), value.day()),
            by=self.by_edit.text(), channel=str(self.channel.currentData()),
            summary=self.summary.toPlainText(), rejection=self.rejection.isChecked(),
            reasons=self.reasons.toPlainText() if self.rejection.isChecked() else "")

    def _messages(self) -> dict[str, tuple[str, QWidget]]:
        return {
            "contacted_on": (self.tr("A contact cannot be dated in the future."),
                             self.date_edit),
            "by": (self.tr("Fill in who spoke to the candidate."), self.by_edit),
            "channel": (self.tr("Choose how the candidate was told."), self.channel),
            "summary": (self.tr("Write down what was said (at most {n} characters).").format(
                n=TEXT_MAX), self.summary),
            "reasons": (self.tr("For a rejection, write down the reasons given — a rejected "
                                "candidate has the right to hear why."), self.reasons),
        }

    def _add(self) -> None:
        draft = self.draft()
        found = problems(draft, date.today())
        if found:
            self._show_problem(found[0][0])
            return
        try:
            add_contact(self.db, self.application_id, draft)
        except ValidationError as error:
            self._show_problem(error.field)
            return
        except LookupError:
            messages.error(self, self.windowTitle(), self.tr(
                "This application no longer exists; nothing was logged."))
            self.reject()
            return
        self.changed = True
        self.problem.hide()
        self.summary.clear()
        self.reasons.clear()
        self.rejection.setChecked(False)
        self.reload()

    def _show_problem(self, field: str) -> None:
        text, widget = self._messages().get(field, self._messages()["summary"])
        self.problem.setText(text)
        self.problem.show()
        widget.setFocus()

    @classmethod
    def show_log(cls, parent: QWidget | None, db: Database, application_id: int,
                 name: str) -> bool:
        """Show the log modally; whether anything was added or removed."""
        dialog = cls(db, application_id, name, parent)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed
