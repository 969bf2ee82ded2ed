"""Two small dialogs of the reference checks: recording the candidate's consent for
references (when, how, by whom, whom to ask — the fields of the candidate editor), and
one reference check with the referee, the call and the conversation."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.field_limits import LINE_MAX, NAME_MAX
from interviewdesk.domain.reference_checks import TEXT_MAX, ReferenceDraft, problems
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import list_interviewers
from interviewdesk.store.reference_checks import (
    NoReferenceConsent,
    Reference,
    add_reference,
    record_reference_consent,
    update_reference,
)
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.editors.consent_fields import ConsentFields
from interviewdesk.ui.editors.widgets import chain_tab_order
from interviewdesk.ui.home.formatting import DATE_FORMAT
from interviewdesk.ui.style import SPACING, make_muted


def _problem_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


class ReferenceConsentDialog(QDialog):
    """Record that ``name`` consented to references: on which day, how, recorded by
    whom, and whom the firm may ask."""

    def __init__(self, db: Database, application_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.application_id = application_id
        self.setWindowTitle(self.tr("Consent for references — {name}").format(name=name))
        intro = make_muted(QLabel(self.tr(
            "A referee may only be called with the candidate's consent. Record when "
            "{name} gave it, how, who at the firm recorded it, and whom you may ask.").format(
            name=name)))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.fields = ConsentFields("reference")
        self.fields.given_on.setDisplayFormat(DATE_FORMAT)
        self.fields.load(None)
        self.problem = _problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Record consent"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.fields.note.setFocus()

    def _save(self) -> None:
        missing = self.fields.missing()
        if missing is not None:
            if missing is self.fields.note:
                text = self.tr("Fill in whom you may ask for a reference.")
            elif missing is self.fields.method:
                text = self.tr("Choose how the consent was given.")
            else:
                text = self.tr("Fill in who recorded the consent.")
            self._show(text, missing)
            return
        try:
            record_reference_consent(self.db, self.application_id, self.fields.consent())
        except ValidationError:
            self._show(self.tr("A consent cannot be given in the future."),
                       self.fields.given_on)
            return
        except LookupError:
            messages.error(self, self.windowTitle(), self.tr(
                "This application no longer exists; no consent was recorded."))
            self.reject()
            return
        self.accept()

    def _show(self, text: str, widget: QWidget) -> None:
        self.problem.setText(text)
        self.problem.show()
        widget.setFocus()


class ReferenceEditor(QDialog):
    """One reference check of ``application_id``: new (``reference`` ``None``) or a
    stored one to change. :attr:`saved` is the stored check after Save."""

    def __init__(self, db: Database, application_id: int, name: str,
                 reference: Reference | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.application_id = application_id
        self.reference = reference
        self.saved: Reference | None = None
        self.setWindowTitle(
            self.tr("New reference check — {name}").format(name=name) if reference is None
            else self.tr("Reference check — {name}").format(name=name))
        self.referee = self._line(NAME_MAX, self.tr("Full name of the referee"))
        self.relation = self._line(LINE_MAX, self.tr("e.g. her manager at the time"))
        self.organisation = self._line(LINE_MAX, self.tr("Company or organisation"))
        self.phone = self._line(LINE_MAX, self.tr("Phone number"))
        self.email = self._line(LINE_MAX, self.tr("E-mail address"))
        self.called_on = QDateEdit()
        self.called_on.setCalendarPopup(True)
        self.called_on.setDisplayFormat(DATE_FORMAT)
        today = date.today()
        self.called_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.called_on.setDate(QDate(today.year, today.month, today.day))
        self.caller = QComboBox()
        self.caller.addItem(self.tr("Choose who called"), None)
        for person in list_interviewers(db):
            self.caller.addItem(person.name, person.id)
        self.asked = self._text(self.tr("The questions you asked, one per line"))
        self.said = self._text(self.tr("What the referee said, per question if you like"))
        line = self.said.fontMetrics().lineSpacing()
        self.asked.setFixedHeight(line * 5)
        self.said.setMinimumHeight(line * 8)
        self.problem = _problem_label()

        form = QFormLayout()
        form.setSpacing(SPACING // 2)
        form.addRow(self.tr("&Referee:"), self.referee)
        form.addRow(self.tr("Re&lation:"), self.relation)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Called on:"), self.called_on)
        form.addRow(self.tr("Called &by:"), self.caller)
        form.addRow(self.tr("&Asked:"), self.asked)
        form.addRow(self.tr("&Said:"), self.said)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(640, 640)
        chain_tab_order([self.referee, self.relation, self.organisation, self.phone, self.email,
                         self.called_on, self.caller, self.asked, self.said,
                         *buttons.buttons()])
        if reference is not None:
            self._load(reference)
        self.referee.setFocus()

    @staticmethod
    def _line(limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def _text(placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        return edit

    def _load(self, reference: Reference) -> None:
        self.referee.setText(reference.referee_name)
        self.relation.setText(reference.relation)
        self.organisation.setText(reference.organisation)
        self.phone.setText(reference.phone)
        self.email.setText(reference.email)
        day = reference.called_on
        self.called_on.setDate(QDate(day.year, day.month, day.day))
        index = self.caller.findData(reference.interviewer_id)
        if index < 0 and reference.called_by:  # the interviewer was deleted since
            self.caller.addItem(reference.called_by, None)
        self.caller.setCurrentIndex(max(index, 0))
        self.asked.setPlainText(reference.asked)
        self.said.setPlainText(reference.said)

    def draft(self) -> ReferenceDraft:
        """The check as typed."""
        day = self.called_on.date()
        caller = self.caller.currentData()
        return ReferenceDraft(
            referee_name=self.referee.text(), called_on=date(day.year(), day.month(), day.day()),
            interviewer_id=int(caller) if caller is not None else None,
            relation=self.relation.text(), organisation=self.organisation.text(),
            phone=self.phone.text(), email=self.email.text(),
            asked=self.asked.toPlainText(), said=self.said.toPlainText())

    def _messages(self) -> dict[str, tuple[str, QWidget]]:
        return {
            "referee_name": (self.tr("Fill in the referee's name."), self.referee),
            "relation": (self.tr("The relation is too long."), self.relation),
            "organisation": (self.tr("The organisation is too long."), self.organisation),
            "phone": (self.tr("Fill in how the referee was reached: a phone number or an "
                              "e-mail address."), self.phone),
            "email": (self.tr("The e-mail address is too long."), self.email),
            "called_on": (self.tr("A reference check cannot be dated in the future."),
                          self.called_on),
            "interviewer_id": (self.tr("Choose who called the referee. Add them as an "
                                       "interviewer first if they are not in the list."),
                               self.caller),
            "asked": (self.tr("What was asked can be at most {n} characters long.").format(
                n=TEXT_MAX), self.asked),
            "said": (self.tr("Write down what the referee said (at most {n} characters).")
                     .format(n=TEXT_MAX), self.said),
        }

    def _save(self) -> None:
        draft = self.draft()
        found = problems(draft, date.today())
        if found:
            self._show_problem(found[0][0])
            return
        try:
            if self.reference is None:
                self.saved = add_reference(self.db, self.application_id, draft)
            else:
                self.saved = update_reference(self.db, self.reference.id, draft)
        except NoReferenceConsent:
            messages.error(self, self.windowTitle(), self.tr(
                "The candidate's consent for references is no longer recorded, so this "
                "reference check cannot be saved. Record the consent first."))
            return
        except ValidationError as error:
            self._show_problem(error.field)
            return
        except LookupError:
            messages.error(self, self.windowTitle(), self.tr(
                "This reference check or its application no longer exists; nothing was "
                "saved."))
            self.reject()
            return
        self.accept()

    def _show_problem(self, field: str) -> None:
        text, widget = self._messages().get(field, self._messages()["said"])
        self.problem.setText(text)
        self.problem.show()
        widget.setFocus()
