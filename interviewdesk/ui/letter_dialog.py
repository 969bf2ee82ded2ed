"""Writing to a candidate: choose a template (``domain.letters``) and a language, read
and edit the filled-in subject and text, then copy it, hand it to the mail program
(``mailto:``; without a network it waits in the outbox) or save it as a PDF letter.

Each way of sending notes the letter in the application's contact log (unless the
user unticks that): today, who sends it, e-mail or letter, the subject and first
lines, and for a rejection the reasons — which is what takes the candidate off the
home screen's follow-up list. A value the data lacks shows as «…» in the text, and
sending such a text asks first.
"""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain import letters
from interviewdesk.domain.contact_log import TEXT_MAX
from interviewdesk.domain.field_limits import NAME_MAX
from interviewdesk.store.database import Database
from interviewdesk.store.letters import (
    Recipient,
    compose,
    firm_from_settings,
    log_letter,
    suggested_template,
)
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages, printing
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_muted, plain_text
from interviewdesk.ui.window_size import fitting_size

#: What the contact log calls each way of sending.
CHANNEL_OF = {"copy": "email", "mail": "email", "pdf": "letter"}


def open_mail_url(url: str) -> bool:
    """Hand a ``mailto:`` link to the system's mail program; whether one took it.
    (One function, so that tests can stand in for the mail program.)"""
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


class LetterDialog(QDialog):
    """The letter about ``application_id`` (and ``interview_id``, if one is chosen),
    in ``language`` at first. :attr:`logged` counts the contact log entries made."""

    def __init__(self, db: Database, application_id: int, interview_id: int | None,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir: Path = db.path.parent
        self.application_id = application_id
        self.interview_id = interview_id
        self.logged = 0
        self._logged_channels: set[tuple[str, str]] = set()
        self._rendered: tuple[str, str] = ("", "")
        self._choice = (0, 0)  # the template and language of the text shown
        self.recipient: Recipient | None = None
        firm = firm_from_settings(self.data_dir)

        self.template = QComboBox()
        for name in letters.TEMPLATES:
            self.template.addItem(self.template_label(name), name)
        # The decision on the interview says what there is to tell.
        self.template.setCurrentIndex(max(0, self.template.findData(
            suggested_template(db, application_id, interview_id))))
        self.language = QComboBox()
        # Language names are written in their own language, as people look for them.
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.to_label = plain_text(QLabel())
        self.to_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_hint = plain_text(make_muted(QLabel()))
        self.form_hint.setWordWrap(True)
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.reasons.setPlaceholderText(self.tr(
            "Why the candidate is not taken further — they have the right to hear why"))
        self.reasons.setFixedHeight(self.reasons.fontMetrics().lineSpacing() * 3 + 12)
        self.reasons_label = QLabel(self.tr("&Reasons given:"))
        self.reasons_label.setBuddy(self.reasons)
        self.problem = plain_text(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold;")
        self.problem.hide()
        self.subject = QLineEdit()
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.log_box = QCheckBox(self.tr("&Note in the contact log when sent, by:"))
        self.log_box.setChecked(True)
        self.by_edit = QLineEdit(firm.sender)
        self.by_edit.setMaxLength(NAME_MAX)
        self.by_edit.setPlaceholderText(self.tr("Your name"))
        self.log_box.toggled.connect(self.by_edit.setEnabled)
        self.status = plain_text(make_muted(QLabel()))
        self.status.setWordWrap(True)
        self.status.hide()  # shown once there is something to say

        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.mail_button = QPushButton(self.tr("Open in &mail program"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF letter…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # No default button: Enter in the subject must not send the letter off.
        for button in (self.copy_button, self.mail_button, self.pdf_button,
                       buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        for button in (self.copy_button, self.mail_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: self.send("copy"))
        self.mail_button.clicked.connect(lambda: self.send("mail"))
        self.pdf_button.clicked.connect(lambda: self.send("pdf"))

        choice = QHBoxLayout()
        choice.setSpacing(SPACING)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        choice.addWidget(template_label)
        choice.addWidget(self.template, 1)
        choice.addSpacing(SPACING)
        choice.addWidget(language_label)
        choice.addWidget(self.language)

        form = QFormLayout()
        form.setSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To:"), self.to_label)
        form.addRow("", self.form_hint)
        form.addRow(self.reasons_label, self.reasons)
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject)
        form.addRow(subject_label, self.subject)

        log_row = QHBoxLayout()
        log_row.setSpacing(SPACING)
        log_row.addWidget(self.log_box)
        log_row.addWidget(self.by_edit, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addLayout(choice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.body, 1)
        layout.addLayout(log_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.template.currentIndexChanged.connect(lambda _i: self.refill(ask=True))
        self.language.currentIndexChanged.connect(lambda _i: self.refill(ask=True))
        self.reasons.textChanged.connect(self._reasons_changed)
        self.setMinimumSize(620, 520)
        self.resize(fitting_size(QSize(820, 760), self))
        self.refill(ask=False)

    # -- texts ----------------------------------------------------------------------

    def template_label(self, name: str) -> str:
        """The template as the user reads it."""
        labels = {
            "invitation": self.tr("Invitation to an interview"),
            "rejection_cv": self.tr("Rejection after the CV"),
            "rejection_interview": self.tr("Rejection after the interview"),
            "next_round": self.tr("Invitation to a next round"),
            "offer_on_hold": self.tr("On hold: no decision yet"),
            "thank_you": self.tr("Thank you for the interview"),
        }
        return labels.get(name, name)

    def template_name(self) -> str:
        return str(self.template.currentData())

    def letter_language(self) -> str:
        return str(self.language.currentData())

    def is_rejection(self) -> bool:
        return self.template_name() in letters.REJECTIONS

    def edited(self) -> bool:
        """Whether the subject or text differ from what the template gave."""
        return (self.subject.text(), self.body.toPlainText()) != self._rendered

    # -- filling in -----------------------------------------------------------------

    def refill(self, *, ask: bool) -> bool:
        """Fill subject and text from the chosen template; with ``ask``, edits are only
        replaced after the user agreed. Whether the text was filled."""
        rejection = self.is_rejection()
        self.reasons.setVisible(rejection)
        self.reasons_label.setVisible(rejection)
        if ask and self.edited() and not messages.confirm(
                self, self.windowTitle(),
                self.tr("Replace the text you edited with the new template?"),
                self.tr("Replace")):
            self._restore_choice()
            return False
        self._choice = (self.template.currentIndex(), self.language.currentIndex())
        try:
            letter, person = compose(self.db, self.data_dir, self.application_id,
                                     self.interview_id, self.template_name(),
                                     self.letter_language(),
                                     reasons=self.reasons.toPlainText() if rejection else "")
        except letters.LetterTemplateError as error:
            self._show_problem(self.tr(
                "The firm's own template cannot be used; fix the file or remove it to use "
                "the standard text:\n{error}").format(error=error))
            self.subject.clear()
            self.body.clear()
            self._rendered = ("", "")
            self._enable_sending(False)
            return False
        except LookupError:
            self._show_problem(self.tr("This application no longer exists."))
            self._enable_sending(False)
            return False
        self.recipient = person
        self.setWindowTitle(self.tr("Write to {name}").format(name=person.name))
        self.to_label.setText(person.email or self.tr(
            "No e-mail address known — add it in the candidate's details, or type it in "
            "the mail program"))
        if self.letter_language() == "nl":
            self.form_hint.setText(
                self.tr("Dutch letters say “u” to this candidate (change it in the "
                        "candidate's details).") if person.address_form == "u"
                else self.tr("Dutch letters say “je” to this candidate (change it in the "
                             "candidate's details)."))
        self.form_hint.setVisible(self.letter_language() == "nl")
        self.subject.setText(letter.subject)
        self.body.setPlainText(letter.body)
        self._rendered = (letter.subject, letter.body)
        self._show_missing(letter.missing)
        self._enable_sending(True)
        return True

    def _restore_choice(self) -> None:
        """Show the template and language of the text that was kept."""
        for combo, index in zip((self.template, self.language), self._choice, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        rejection = self.is_rejection()
        self.reasons.setVisible(rejection)
        self.reasons_label.setVisible(rejection)

    def _reasons_changed(self) -> None:
        """The reasons go into the text while it is the template's own; once edited,
        the user puts them in themselves."""
        if not self.edited():
            self.refill(ask=False)
        else:
            self._say(self.tr(
                "You edited the text, so the reasons are not put in for you: add them to "
                "the text yourself."))

    def _show_missing(self, missing: tuple[str, ...]) -> None:
        if not missing:
            self.problem.hide()
            return
        markers = ", ".join(letters.missing_marker(name, self.letter_language())
                            for name in missing)
        self._show_problem(self.tr(
            "Not known yet, marked in the text: {markers}. Fill them in below, or complete "
            "the data (plan the interview, Settings for the firm) and choose the template "
            "again.").format(markers=markers))

    def _say(self, text: str) -> None:
        """What just happened, under the text."""
        self.status.setText(text.strip())
        self.status.setVisible(bool(text.strip()))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _enable_sending(self, enabled: bool) -> None:
        for button in (self.copy_button, self.mail_button, self.pdf_button):
            button.setEnabled(enabled)

    def gaps(self) -> list[str]:
        """The «…» markers still in the subject or text."""
        text = self.subject.text() + "\n" + self.body.toPlainText()
        found = []
        for name in letters.PLACEHOLDERS:
            for language in letters.LANGUAGES:
                marker = letters.missing_marker(name, language)
                if marker in text and marker not in found:
                    found.append(marker)
        return found

    # -- sending --------------------------------------------------------------------

    def _ready(self) -> bool:
        """Whether the letter may go: a text, the log's sender and (for a rejection)
        reasons, and the user's go-ahead for gaps still marked in the text."""
        if not self.subject.text().strip() or not self.body.toPlainText().strip():
            self._show_problem(self.tr("Write a subject and a text first."))
            return False
        if self.log_box.isChecked() and not self.by_edit.text().strip():
            self._show_problem(self.tr(
                "Fill in who sends it: the contact log notes it. (Settings can fill it in "
                "each time.)"))
            self.by_edit.setFocus()
            return False
        if self.log_box.isChecked() and self.is_rejection() \
                and not self.reasons.toPlainText().strip():
            self._show_problem(self.tr(
                "Fill in the reasons given: a rejected candidate has the right to hear why, "
                "and the contact log keeps them."))
            self.reasons.setFocus()
            return False
        if len(self.reasons.toPlainText()) > TEXT_MAX:
            self._show_problem(self.tr("The reasons can be at most {n} characters long.")
                               .format(n=TEXT_MAX))
            return False
        gaps = self.gaps()
        return not gaps or messages.confirm(
            self, self.windowTitle(),
            self.tr("The text still has gaps: {gaps}. Send it like this?").format(
                gaps=", ".join(gaps)), self.tr("Send anyway"))

    def send(self, how: str) -> bool:
        """Copy (``how`` "copy"), mail ("mail") or save as PDF ("pdf"), then note it in
        the contact log; whether it went out."""
        if not self._ready():
            return False
        self.problem.hide()
        done = {"copy": self._copy, "mail": self._mail, "pdf": self._pdf}[how]()
        if done:
            self._log(CHANNEL_OF[how])
        return done

    def _copy(self) -> bool:
        QGuiApplication.clipboard().setText(
            f"{self.subject.text().strip()}\n\n{self.body.toPlainText()}")
        self._say(self.tr("The subject and text are on the clipboard."))
        return True

    def _mail(self) -> bool:
        to = self.recipient.email if self.recipient is not None else ""
        url = letters.mailto_url(to, self.subject.text().strip(), self.body.toPlainText())
        copied = False
        if not letters.mailto_fits(url):
            if not messages.ask(
                    self, self.windowTitle(),
                    self.tr("This text is too long to hand to a mail program in one piece "
                            "(some would cut it off). Open the mail program with the "
                            "address and subject only, and put the text on the clipboard "
                            "to paste in?"),
                    self.tr("Open and copy"), self.tr("Cancel")):
                return False
            QGuiApplication.clipboard().setText(self.body.toPlainText())
            url = letters.mailto_url(to, self.subject.text().strip(), "")
            copied = True
        if not open_mail_url(url):
            messages.error(self, self.windowTitle(), self.tr(
                "No mail program took the message. Set one up as the default for e-mail, "
                "or use “Copy to clipboard” and paste the text in your mail."))
            return False
        self._say(
            self.tr("Handed to the mail program; paste the text (it is on the clipboard) "
                    "and send it. Without a network it waits in the outbox.") if copied
            else self.tr("Handed to the mail program: check and send it there. Without a "
                         "network it waits in the outbox."))
        return True

    def _pdf(self) -> bool:
        from interviewdesk.reports.letter import write_letter
        from interviewdesk.ui.settings import Settings

        name = self.recipient.name if self.recipient is not None else ""
        suggested = self.tr("Letter {name} - {template}").format(
            name=name, template=self.template_label(self.template_name()))
        output = printing.ask_pdf_path(self, suggested)
        if output is None:
            return False
        firm = firm_from_settings(self.data_dir)
        subject, body = self.subject.text().strip(), self.body.toPlainText()
        language, page_size = self.letter_language(), Settings(self.data_dir).page_size
        written = printing.write_document(
            self, lambda path: write_letter(
                self.db, self.application_id, subject, body, path, firm_name=firm.name,
                firm_address=firm.address, language=language, page_size=page_size), output)
        if written is None:
            return False
        self._say(self.tr("Letter saved as {path}").format(path=written))
        return True

    def _log(self, channel: str) -> None:
        if not self.log_box.isChecked():
            return
        subject = self.subject.text().strip()
        if (channel, subject) in self._logged_channels:
            return  # the same letter, sent the same way again: one entry is enough
        try:
            log_letter(self.db, self.application_id, self.template_name(), channel, subject,
                       self.body.toPlainText(), self.by_edit.text(),
                       reasons=self.reasons.toPlainText())
        except ValidationError:
            self._show_problem(self.tr(
                "Not noted in the contact log: the entry would be incomplete. Note it "
                "yourself with “Contact log…”."))
            return
        except LookupError:
            self._show_problem(self.tr(
                "Not noted in the contact log: this application no longer exists."))
            return
        self._logged_channels.add((channel, subject))
        self.logged += 1
        self._say(self.status.text() + " " + (
            self.tr("Noted in the contact log (e-mail).") if channel == "email"
            else self.tr("Noted in the contact log (letter).")))

    @classmethod
    def write(cls, parent: QWidget | None, db: Database, application_id: int,
              interview_id: int | None, language: str) -> int:
        """Show the dialog modally; how many contact log entries it made."""
        dialog = cls(db, application_id, interview_id, language, parent)
        dialog.exec()
        logged = dialog.logged
        dialog.deleteLater()
        return logged
