"""The reference checks of one application: the consent they rest on, the checks made
(referee, call, what was asked and said) with Add, Edit and Delete.

A reference may only be asked with the candidate's recorded consent. Adding a check
without it is refused with the reason, and the dialog offers to record the consent
first (when, how, by whom, whom to ask).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.retention import CONSENT_METHODS
from interviewdesk.store.database import Database
from interviewdesk.store.reference_checks import (
    Reference,
    delete_reference,
    references_of,
)
from interviewdesk.store.retention import consents_of
from interviewdesk.ui import messages
from interviewdesk.ui.home.formatting import format_date
from interviewdesk.ui.home.reference_editor import ReferenceConsentDialog, ReferenceEditor
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, make_heading, make_muted

#: How much of what the referee said the list shows; the editor shows it all.
PREVIEW_CHARACTERS = 240


class ReferenceChecksDialog(QDialog):
    """The reference checks of ``application_id`` (of ``name``, candidate
    ``candidate_id``). :attr:`changed` says whether anything was stored or removed."""

    def __init__(self, db: Database, application_id: int, candidate_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.application_id = application_id
        self.candidate_id = candidate_id
        self.name = name
        self.changed = False
        self.setWindowTitle(self.tr("Reference checks — {name}").format(name=name))

        self.consent = QLabel()
        self.consent.setTextFormat(Qt.TextFormat.PlainText)
        self.consent.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Record consent…"))
        self.consent_button.clicked.connect(self.record_consent)
        self.checks = QListWidget()
        self.checks.setWordWrap(True)
        self.checks.setAlternatingRowColors(True)
        self.checks.setSpacing(2)
        self.checks.itemSelectionChanged.connect(self._update_buttons)
        self.checks.itemActivated.connect(lambda _item: self.edit_selected())
        self.empty = make_muted(QLabel())
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.checks)
        self.stack.addWidget(self.empty)
        self.consent.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.add_button = QPushButton(self.tr("&Add reference check…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)

        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.edit_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("Consent"))))
        layout.addLayout(consent_row)
        layout.addWidget(make_heading(QLabel(self.tr("Reference checks"))))
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        self.resize(680, 560)
        self.reload()
        self.add_button.setFocus()

    # -- what is shown ------------------------------------------------------------

    def reload(self) -> None:
        """Show the consent and the stored checks."""
        consent = consents_of(self.db, self.candidate_id).get("reference")
        self.has_consent = consent is not None
        if consent is None:
            self.consent.setText(self.tr(
                "No consent for references is recorded for {name}. A referee may only be "
                "called with the candidate's consent.").format(name=self.name))
            self.consent_button.setText(self.tr("Record consent…"))
        else:
            method = (CONSENT_METHODS.label(consent.method).in_language(current_language())
                      if consent.method in CONSENT_METHODS else "")
            day = format_date(consent.given_on)
            if method:
                day = self.tr("{date} ({how})").format(date=day, how=method[:1].lower()
                                                       + method[1:])
            text = self.tr("{name} consented to references on {date}, recorded by {by}.").format(
                name=self.name, date=day, by=consent.recorded_by or "?")
            if consent.note:
                text += " " + self.tr("Whom to ask: {note}.").format(note=consent.note)
            self.consent.setText(text)
            self.consent_button.setText(self.tr("Change consent…"))
        self.checks.clear()
        for reference in references_of(self.db, self.application_id):
            item = QListWidgetItem(self.describe(reference))
            item.setData(Qt.ItemDataRole.UserRole, reference.id)
            self.checks.addItem(item)
        has_rows = self.checks.count() > 0
        self.stack.setCurrentWidget(self.checks if has_rows else self.empty)
        self.empty.setText(self.tr("No reference checks yet.") if self.has_consent else self.tr(
            "No reference checks yet. Record the candidate's consent before you call a "
            "referee."))
        self._update_buttons()

    def describe(self, reference: Reference) -> str:
        """One check in plain text: who, when and by whom, then the start of what was
        said."""
        about = ", ".join(p for p in (reference.relation, reference.organisation) if p)
        head = self.tr("{referee} ({about})").format(referee=reference.referee_name,
                                                     about=about) if about \
            else reference.referee_name
        when = self.tr("Called on {date} by {by}").format(
            date=format_date(reference.called_on), by=reference.called_by or "?")
        said = " ".join(reference.said.split())
        if len(said) > PREVIEW_CHARACTERS:
            said = said[:PREVIEW_CHARACTERS].rstrip() + "…"
        return "\n".join([head, when, said])

    def _selected(self) -> Reference | None:
        items = self.checks.selectedItems()
        if not items:
            return None
        wanted = int(items[0].data(Qt.ItemDataRole.UserRole))
        return next((r for r in references_of(self.db, self.application_id)
                     if r.id == wanted), None)

    def _update_buttons(self) -> None:
        selected = bool(self.checks.selectedItems())
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # -- commands -----------------------------------------------------------------

    def record_consent(self) -> bool:
        """Record (or change) the candidate's consent; whether it was recorded."""
        dialog = ReferenceConsentDialog(self.db, self.application_id, self.name, self)
        consent = consents_of(self.db, self.candidate_id).get("reference")
        if consent is not None:
            dialog.fields.load(consent)
        recorded = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if recorded:
            self.changed = True
            self.reload()
        return recorded

    def add(self) -> None:
        """A new check — refused, with the offer to record it, without consent."""
        self.reload()  # the consent may have changed in another window
        if not self.has_consent:
            if not messages.ask(
                    self, self.tr("No consent for references"),
                    self.tr("{name} has no recorded consent for references, so you may not "
                            "call a referee yet. Record the consent first: when it was "
                            "given, how, and who at the firm recorded it.").format(
                        name=self.name),
                    self.tr("Record consent…"), self.tr("Cancel")):
                return
            if not self.record_consent():
                return
        self._edit(None)

    def edit_selected(self) -> None:
        """Open the selected check to change it."""
        reference = self._selected()
        if reference is not None:
            self._edit(reference)

    def _edit(self, reference: Reference | None) -> None:
        editor = ReferenceEditor(self.db, self.application_id, self.name, reference, self)
        saved = editor.exec() == QDialog.DialogCode.Accepted
        editor.deleteLater()
        if saved:
            self.changed = True
            self.reload()

    def delete_selected(self) -> None:
        """Remove the selected check, after the user confirmed it."""
        reference = self._selected()
        if reference is None or not messages.confirm(
                self, self.tr("Delete reference check"),
                self.tr("Delete the reference check with {referee}? What was asked and said "
                        "is then gone.").format(referee=reference.referee_name),
                self.tr("Delete")):
            return
        delete_reference(self.db, reference.id)
        self.changed = True
        self.reload()

    @classmethod
    def show_checks(cls, parent: QWidget | None, db: Database, application_id: int,
                    candidate_id: int, name: str) -> bool:
        """Show the checks modally; whether anything was stored or removed."""
        dialog = cls(db, application_id, candidate_id, name, parent)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed
