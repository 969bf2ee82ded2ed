"""The candidate editor: contact details, notes, consents (keeping the data a year,
asking a reference: when, how, recorded by whom) with the resulting "keep until" date,
the vacancies applied to with their status, and the CV and motivation letter side by
side."""

from dataclasses import replace

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.cv_contacts import find_contacts, offers
from interviewdesk.domain.field_limits import LINE_MAX, LOCATION_MAX, NAME_MAX
from interviewdesk.domain.retention import Consent
from interviewdesk.domain.scales import APPLICATION_STATUSES
from interviewdesk.store.candidates import (
    ApplicationDraft,
    CandidateDraft,
    documents_of,
    load_candidate_draft,
    save_candidate,
)
from interviewdesk.store.database import Database
from interviewdesk.store.vacancies import vacancy_choices
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui.editors.base import EditorDialog, Problem, not_found
from interviewdesk.ui.editors.candidate_merge import merge_candidate
from interviewdesk.ui.editors.consent_fields import ConsentFields
from interviewdesk.ui.editors.contact_offer import offer_contacts
from interviewdesk.ui.editors.document_field import DocumentField
from interviewdesk.ui.editors.save_conflicts import EditMerge
from interviewdesk.ui.editors.widgets import (
    chain_tab_order,
    empty_state,
    fill_choices,
    hint_label,
    select_data,
)
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_heading
from interviewdesk.ui.window_size import fitting_size

FORM_WIDTH = 400


class CandidateDialog(EditorDialog):
    """Create or edit a candidate and the vacancies they applied to."""

    def __init__(self, db: Database, candidate_id: int | None = None,
                 vacancy_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("New candidate") if candidate_id is None
                            else self.tr("Edit candidate"))
        self.resize(fitting_size(QSize(1000, 700), self))
        self.setMinimumSize(820, 560)
        self._vacancies = dict(vacancy_choices(db))
        self._draft = CandidateDraft()

        left = QWidget()
        left.setMinimumWidth(FORM_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(SPACING)
        left_layout.addWidget(make_heading(QLabel(self.tr("Candidate"))))
        left_layout.addLayout(self._build_form())
        left_layout.addSpacing(SPACING)
        left_layout.addWidget(make_heading(QLabel(self.tr("Applications"))))
        left_layout.addLayout(self._build_applications(), 1)

        self.cv = DocumentField("cv", self.tr("The candidate's CV. Its text is shown beside "
                                              "the interview, with competency keywords "
                                              "highlighted."))
        self.cv.textImported.connect(self._offer_contacts)
        self.letter = DocumentField("letter", self.tr("The candidate's motivation letter."))
        self.documents = QTabWidget()
        self.documents.addTab(self.cv, self.tr("C&V"))
        self.documents.addTab(self.letter, self.tr("Motivation &letter"))

        body = QHBoxLayout()
        body.setSpacing(SPACING_LARGE)
        body.addWidget(left)
        body.addWidget(self.documents, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING_LARGE)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        if candidate_id is None:
            if vacancy_id is not None and vacancy_id in self._vacancies:
                self._draft.applications.append(ApplicationDraft(vacancy_id=vacancy_id))
            originals: dict[str, str] = {}
        else:
            self._draft = load_candidate_draft(db, candidate_id)
            originals = {d.kind: d.filename for d in documents_of(db, candidate_id)}
            self.remember_base(self._draft)
        self.load(self._draft, originals)
        self.name.setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, db: Database, candidate_id: int | None = None,
             vacancy_id: int | None = None, *, document: str = "", find: str = "") -> int | None:
        """Edit the candidate (or a new one, applying to ``vacancy_id``); the saved id.
        ``document`` and ``find``: see :meth:`show_document`."""
        try:
            dialog = cls(db, candidate_id, vacancy_id, parent)
        except LookupError:
            not_found(parent)
            return None
        if document:
            dialog.show_document(document, find)
        return dialog.run()

    def show_document(self, kind: str, find: str = "") -> bool:
        """Put the CV (``kind`` "cv") or letter in front and select the first ``find``
        in it (ignoring case), scrolled into view; whether it was found. A search hit
        passes the word as the text has it, so no folding is needed here."""
        field = self.letter if kind == "letter" else self.cv
        self.documents.setCurrentWidget(field)
        field.text.setFocus()
        if not find:
            return False
        field.text.moveCursor(field.text.textCursor().MoveOperation.Start)
        found = field.text.find(find)
        field.text.ensureCursorVisible()
        return bool(found)

    def _build_form(self) -> QFormLayout:
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.email = QLineEdit()
        self.email.setMaxLength(LINE_MAX)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(LINE_MAX)
        self.city = QLineEdit()
        self.city.setMaxLength(LOCATION_MAX)
        # Dutch letters say "u" or "je" (domain.letters); the example shows the difference.
        self.address_form = QComboBox()
        self.address_form.addItem(self.tr("“u” (Geachte …, uw sollicitatie)"), "u")
        self.address_form.addItem(self.tr("“je” (Beste …, je sollicitatie)"), "je")
        self.address_form.setToolTip(self.tr(
            "How Dutch letters and e-mails address this candidate."))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setPlaceholderText(self.tr("How they applied, availability, salary "
                                              "expectations…"))
        self.consent = QCheckBox(self.tr("&Keep data 1 year (candidate consented)"))
        self.consent_hint = hint_label()
        self.consent.toggled.connect(self._show_consent)
        self.consent_fields = ConsentFields("retention")
        self.reference = QCheckBox(self.tr("May ask for a &reference (candidate consented)"))
        self.reference_fields = ConsentFields("reference")
        self.reference.toggled.connect(self.reference_fields.setVisible)
        self.consent.toggled.connect(self.consent_fields.setVisible)
        self.keep_until = hint_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Ci&ty:"), self.city)
        form.addRow(self.tr("Address a&s:"), self.address_form)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.tr("Retention:"), self.consent)
        form.addRow("", self.consent_fields)
        form.addRow("", self.consent_hint)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow("", self.reference_fields)
        form.addRow("", self.keep_until)
        return form

    def _build_applications(self) -> QVBoxLayout:
        self.applications = QTableWidget(0, 2)
        self.applications.setHorizontalHeaderLabels([self.tr("Vacancy"), self.tr("Status")])
        self.applications.verticalHeader().hide()
        self.applications.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.applications.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header = self.applications.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.applications_stack = QStackedWidget()
        self.applications_stack.addWidget(self.applications)
        self.applications_empty_panel, self.applications_empty = empty_state("", framed=True)
        self.applications_stack.addWidget(self.applications_empty_panel)
        self.apply_to = QComboBox()
        self.apply_to.setAccessibleName(self.tr("Vacancy to apply to"))
        self.apply_to.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.apply_to.setMinimumContentsLength(16)
        self.apply_button = QPushButton(self.tr("&Apply to vacancy"))
        self.apply_button.clicked.connect(self._add_application)

        self.apply_row = QWidget()
        row = QHBoxLayout(self.apply_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING_SMALL)
        row.addWidget(self.apply_to, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout()
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.applications_stack, 1)
        layout.addWidget(self.apply_row)
        return layout

    # -- applications ---------------------------------------------------------------

    def _application_row(self, application: ApplicationDraft) -> None:
        row = self.applications.rowCount()
        self.applications.insertRow(row)
        item = QTableWidgetItem(self._vacancies.get(application.vacancy_id, "?"))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(Qt.ItemDataRole.UserRole, application)
        self.applications.setItem(row, 0, item)
        status = QComboBox()
        status.setAccessibleName(self.tr("Status"))
        fill_choices(status, APPLICATION_STATUSES)
        select_data(status, application.status)
        self.applications.setCellWidget(row, 1, status)

    def _applied_to(self) -> set[int]:
        return {a.vacancy_id for a in self._application_drafts()}

    def _application_drafts(self) -> list[ApplicationDraft]:
        drafts = []
        for row in range(self.applications.rowCount()):
            application = self.applications.item(row, 0).data(Qt.ItemDataRole.UserRole)
            status = self.applications.cellWidget(row, 1)
            assert isinstance(status, QComboBox)
            drafts.append(ApplicationDraft(vacancy_id=application.vacancy_id,
                                           status=str(status.currentData()), id=application.id))
        return drafts

    def _refresh_apply_to(self) -> None:
        applied = self._applied_to()
        self.apply_to.clear()
        for vacancy_id, title in self._vacancies.items():
            if vacancy_id not in applied:
                self.apply_to.addItem(title, vacancy_id)
        self.apply_row.setVisible(self.apply_to.count() > 0)
        has_rows = self.applications.rowCount() > 0
        self.applications_stack.setCurrentIndex(0 if has_rows else 1)
        if not self._vacancies:
            text = self.tr("There are no vacancies yet. Create one to link this candidate to it.")
        else:
            text = self.tr("Not applied to a vacancy yet — choose one below.")
        self.applications_empty.setText(text)
        statuses = [self.applications.cellWidget(r, 1)
                    for r in range(self.applications.rowCount())]
        consent_fields = [self.consent_fields.given_on, self.consent_fields.method,
                          self.consent_fields.recorded_by]
        reference_fields = [self.reference_fields.note, self.reference_fields.given_on,
                            self.reference_fields.method, self.reference_fields.recorded_by]
        chain_tab_order([self.consent, *consent_fields, self.reference, *reference_fields,
                         self.applications, *statuses, self.apply_to, self.apply_button,
                         self.documents])

    def _add_application(self) -> None:
        vacancy_id = self.apply_to.currentData()
        if vacancy_id is None:
            return
        self._application_row(ApplicationDraft(vacancy_id=int(vacancy_id)))
        self._refresh_apply_to()

    def _show_consent(self, checked: bool) -> None:
        recorded = self._draft.consent_recorded_at
        if checked and recorded is not None:
            local = QDateTime.fromSecsSinceEpoch(int(recorded.timestamp()))
            when = QLocale().toString(local.date(), QLocale.FormatType.LongFormat)
            self.consent_hint.setText(self.tr("Consent recorded on {date}.").format(date=when))
        elif checked:
            self.consent_hint.setText(self.tr("Fill in when and how the candidate consented, "
                                              "and who recorded it."))
        else:
            self.consent_hint.setText(self.tr("Without consent, the data is due for deletion "
                                              "4 weeks after the procedure ends."))

    def _offer_contacts(self, text: str, filename: str) -> None:
        """Offer the name, e-mail, phone and city found in an imported CV; the ticked
        ones are filled in on the form (saved only with the candidate)."""
        fields = {"name": self.name, "email": self.email, "phone": self.phone,
                  "city": self.city}
        found = offers(find_contacts(text), {key: edit.text() for key, edit in fields.items()})
        chosen = offer_contacts(
            self, found, filename,
            self.tr("Tick what to fill in on the form. Nothing is saved until you save the "
                    "candidate."), self.tr("Fill in ticked"))
        for key, value in chosen.items():
            fields[key].setText(value[:fields[key].maxLength()])

    # -- load / collect / save --------------------------------------------------------

    def load(self, draft: CandidateDraft, originals: dict[str, str]) -> None:
        """Show ``draft``; ``originals`` maps "cv"/"letter" to stored file names."""
        self.name.setText(draft.name)
        self.email.setText(draft.email)
        self.phone.setText(draft.phone)
        self.city.setText(draft.city)
        self.address_form.setCurrentIndex(max(0, self.address_form.findData(draft.address_form)))
        self.notes.setPlainText(draft.notes)
        self.consent.setChecked(draft.retention_consent)
        self._show_consent(draft.retention_consent)
        self.consent_fields.load(draft.consents.get("retention"))
        self.consent_fields.setVisible(draft.retention_consent)
        self.reference.setChecked("reference" in draft.consents)
        self.reference_fields.load(draft.consents.get("reference"))
        self.reference_fields.setVisible("reference" in draft.consents)
        self._show_keep_until(draft.id)
        self.cv.set_text(draft.cv_text, originals.get("cv", ""))
        self.letter.set_text(draft.letter_text, originals.get("letter", ""))
        self.applications.setRowCount(0)
        for application in draft.applications:
            self._application_row(application)
        self._refresh_apply_to()
        self.mark_clean()

    def collect(self) -> CandidateDraft:
        """The candidate as the widgets show it."""
        return CandidateDraft(
            id=self._draft.id,
            version=self._draft.version,
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            city=self.city.text(),
            address_form=str(self.address_form.currentData()),
            notes=self.notes.toPlainText(),
            cv_text=self.cv.text.toPlainText(),
            letter_text=self.letter.text.toPlainText(),
            retention_consent=self.consent.isChecked(),
            consent_recorded_at=self._draft.consent_recorded_at,
            consents=self._consents(),
            applications=self._application_drafts(),
            new_documents=[f.imported for f in (self.cv, self.letter) if f.imported],
        )

    def _consents(self) -> dict[str, Consent]:
        consents = {}
        if self.consent.isChecked():
            consents["retention"] = self.consent_fields.consent()
        if self.reference.isChecked():
            consents["reference"] = self.reference_fields.consent()
        return consents

    def _show_keep_until(self, candidate_id: int | None) -> None:
        """The stored candidate's "keep until", with the periods from the settings."""
        if candidate_id is None:
            self.keep_until.setText(self.tr("The data may be kept until 4 weeks after the "
                                            "procedure ends (1 year with consent)."))
            return
        from interviewdesk.domain import retention as rule
        from interviewdesk.store.retention import policy_from_settings, retention_of

        try:
            keep = retention_of(self.db, candidate_id, policy_from_settings(self.db.path.parent))
        except LookupError:
            return
        if keep.keep.date is not None:
            when = QLocale().toString(QDate(keep.keep.date.year, keep.keep.date.month,
                                            keep.keep.date.day), QLocale.FormatType.LongFormat)
            text = self.tr("Keep until {date} (as saved).").format(date=when)
        elif keep.keep.reason == rule.HIRED:
            text = self.tr("Hired: keep until moved to the personnel file.")
        else:
            text = self.tr("Kept while the procedure is open (no end date yet).")
        self.keep_until.setText(text)

    def check(self, draft: object) -> None:
        """Point at the first thing that stops the candidate being saved."""
        assert isinstance(draft, CandidateDraft)
        if not draft.name.strip():
            raise Problem(self.tr("Fill in the candidate's name."), self.name)
        for box, fields in ((self.consent, self.consent_fields),
                            (self.reference, self.reference_fields)):
            missing = fields.missing() if box.isChecked() else None
            if missing is not None:
                raise Problem(self.tr("Fill in how the consent was given, who recorded it and "
                                      "(for a reference) whom to ask: the firm must be able to "
                                      "show it."), missing)
        email = draft.email.strip()
        if email and ("@" not in email or " " in email):
            raise Problem(self.tr("“{email}” is not an email address.").format(email=email),
                          self.email)

    def store(self, draft: object) -> int:
        """Write the candidate, their applications and any imported originals."""
        assert isinstance(draft, CandidateDraft)
        return save_candidate(self.db, draft)

    def problem_for(self, error: ValidationError) -> Problem:
        """The store refused the draft: show its reason, at the field if known."""
        widget = {"name": self.name, "email": self.email}.get(error.field)
        return Problem(str(error), widget)

    # -- someone else saved or deleted the candidate meanwhile ----------------------------

    def reload(self) -> CandidateDraft:
        """The candidate as stored now."""
        assert self._draft.id is not None
        return load_candidate_draft(self.db, self._draft.id)

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """Both versions of the candidate, field by field."""
        assert isinstance(base, CandidateDraft) and isinstance(theirs, CandidateDraft)
        assert isinstance(mine, CandidateDraft)
        self._vacancies = dict(vacancy_choices(self.db))  # theirs may name a new one
        forms = {str(self.address_form.itemData(i)): self.address_form.itemText(i)
                 for i in range(self.address_form.count())}
        return merge_candidate(base, theirs, mine, self._vacancies, forms)

    def show_merged(self, draft: object) -> None:
        """Show the merged (or new) candidate; originals imported here stay here."""
        assert isinstance(draft, CandidateDraft)
        imported = (self.cv.imported, self.letter.imported)
        originals = ({d.kind: d.filename for d in documents_of(self.db, draft.id)}
                     if draft.id is not None else {})
        self._draft = draft
        self.load(draft, originals)
        self.cv.imported, self.letter.imported = imported

    def as_new(self, draft: object) -> CandidateDraft:
        """The candidate as typed, as a new candidate."""
        assert isinstance(draft, CandidateDraft)
        return replace(draft, id=None, version=0, consent_recorded_at=None,
                       applications=[replace(a, id=None) for a in draft.applications
                                     if a.vacancy_id in self._vacancies])

    def deleted_warning(self) -> str:
        """A candidate erased on request or at the end of retention stays erased."""
        return self.tr("If the candidate was erased at their own request or because the "
                       "retention period ended, do not save them again: choose “Keep "
                       "editing”, then close this window and discard the changes.")
