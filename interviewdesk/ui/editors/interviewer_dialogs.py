"""Interviewers: the small editor for one, and the list to manage them all — with
whether each has a PIN, and the way to set, change or remove it, or have a chair
reset a forgotten one (:mod:`.pin_dialogs`)."""

import contextlib

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.field_limits import LINE_MAX, NAME_MAX, TITLE_MAX
from interviewdesk.store.calibration_practice import set_sharing
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import (
    InterviewerDraft,
    InterviewerOnPanel,
    PanelSeatInfo,
    delete_interviewer,
    list_interviewers,
    load_interviewer_draft,
    panel_seats,
    save_interviewer,
)
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.assessment.identity import confirm_member
from interviewdesk.ui.editors.base import EditorDialog, Problem, not_found
from interviewdesk.ui.editors.pin_dialogs import PinSettingsDialog, ResetPinDialog
from interviewdesk.ui.editors.planning_merge import merge_interviewer
from interviewdesk.ui.editors.save_conflicts import EditMerge
from interviewdesk.ui.editors.store_messages import user_message
from interviewdesk.ui.editors.widgets import empty_state
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_heading

# How many of an interviewer's interviews a refusal message lists by name.
LISTED_SEATS = 5


class InterviewerDialog(EditorDialog):
    """Create or edit one interviewer: name, email, job title."""

    def __init__(self, db: Database, interviewer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("New interviewer") if interviewer_id is None
                            else self.tr("Edit interviewer"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.email = QLineEdit()
        self.email.setMaxLength(LINE_MAX)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.job_title = QLineEdit()
        self.job_title.setMaxLength(TITLE_MAX)
        self.job_title.setPlaceholderText(self.tr("e.g. Team leader service"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Job title:"), self.job_title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING_LARGE)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._draft = (InterviewerDraft() if interviewer_id is None
                       else load_interviewer_draft(db, interviewer_id))
        if interviewer_id is not None:
            self.remember_base(self._draft)
        self.load(self._draft)
        self.name.setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, db: Database,
             interviewer_id: int | None = None) -> int | None:
        """Edit the interviewer (or a new one); the saved id, or None if cancelled."""
        try:
            dialog = cls(db, interviewer_id, parent)
        except LookupError:
            not_found(parent)
            return None
        return dialog.run()

    def load(self, draft: InterviewerDraft) -> None:
        """Show ``draft`` in the fields."""
        self.name.setText(draft.name)
        self.email.setText(draft.email)
        self.job_title.setText(draft.job_title)
        self.mark_clean()

    def collect(self) -> InterviewerDraft:
        """The interviewer as the fields show it."""
        return InterviewerDraft(id=self._draft.id, name=self.name.text(),
                                email=self.email.text(), job_title=self.job_title.text(),
                                version=self._draft.version)

    def check(self, draft: object) -> None:
        """A name is needed; an email, if given, must look like one."""
        assert isinstance(draft, InterviewerDraft)
        if not draft.name.strip():
            raise Problem(self.tr("Fill in the interviewer's name."), self.name)
        email = draft.email.strip()
        if email and ("@" not in email or " " in email):
            raise Problem(self.tr("“{email}” is not an email address.").format(email=email),
                          self.email)

    def store(self, draft: object) -> int:
        """Write the interviewer."""
        assert isinstance(draft, InterviewerDraft)
        return save_interviewer(self.db, draft)

    def problem_for(self, error: ValidationError) -> Problem:
        """The store refused the draft: show its reason, at the field if known."""
        widget = {"name": self.name, "email": self.email}.get(error.field)
        return Problem(user_message(error), widget)

    # -- someone else saved or deleted the interviewer meanwhile -------------------------

    def reload(self) -> InterviewerDraft:
        """The interviewer as stored now."""
        assert self._draft.id is not None
        return load_interviewer_draft(self.db, self._draft.id)

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """Both versions of the interviewer, field by field."""
        assert isinstance(base, InterviewerDraft) and isinstance(theirs, InterviewerDraft)
        assert isinstance(mine, InterviewerDraft)
        return merge_interviewer(base, theirs, mine)

    def show_merged(self, draft: object) -> None:
        """Show the merged interviewer."""
        assert isinstance(draft, InterviewerDraft)
        self._draft = draft
        self.load(draft)


def describe_seat(seat: PanelSeatInfo) -> str:
    """One interview in a list: candidate, vacancy and date."""
    if seat.scheduled_at is None:
        return QCoreApplication.translate(
            "InterviewersDialog", "{candidate} for {vacancy} (no date yet)").format(
            candidate=seat.candidate_name, vacancy=seat.vacancy_title)
    local = QDateTime.fromSecsSinceEpoch(int(seat.scheduled_at.timestamp()))
    return QCoreApplication.translate(
        "InterviewersDialog", "{candidate} for {vacancy}, {date}").format(
        candidate=seat.candidate_name, vacancy=seat.vacancy_title,
        date=QLocale().toString(local.date(), QLocale.FormatType.ShortFormat))


class InterviewersDialog(QDialog):
    """The firm's interviewers: add, edit and delete them."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Interviewers"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(680, 460)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Job title"), self.tr("Email"), self.tr("PIN"),
             self.tr("Calibration figures")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        add_first = QPushButton(self.tr("Add an interviewer"))
        add_first.clicked.connect(self.add)
        self.empty, _label = empty_state(
            self.tr("No interviewers yet — add the people at your firm who sit on interview "
                    "panels."), add_first, framed=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.pin_button = QPushButton(self.tr("&PIN…"))
        self.pin_button.setToolTip(self.tr("Set, change or remove this interviewer's PIN"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.reset_button = QPushButton(self.tr("&Reset PIN…"))
        self.reset_button.setToolTip(self.tr("A chair removes a forgotten PIN"))
        self.reset_button.clicked.connect(self.reset_selected)
        self.share_button = QPushButton(self.tr("S&hare figures…"))
        self.share_button.setToolTip(self.tr(
            "Share my calibration figures with colleagues: turn on or off, by the "
            "interviewer themselves (their PIN is asked if they have one)"))
        self.share_button.clicked.connect(self.share_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.setSpacing(SPACING_SMALL)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addSpacing(SPACING)
        row.addWidget(self.pin_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.share_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("People who sit on interview panels"))))
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.refresh()

    @classmethod
    def manage(cls, parent: QWidget | None, db: Database) -> None:
        """Show the list until the user closes it."""
        dialog = cls(db, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list from the database, selecting ``select_id`` if given."""
        people = list_interviewers(self.db)
        self.table.setRowCount(0)
        for person in people:
            row = self.table.rowCount()
            self.table.insertRow(row)
            guard = self.tr("set") if person.pin_hash else self.tr("none")
            shared = self.tr("shared") if person.share_calibration else self.tr("not shared")
            for column, text in enumerate((person.name, person.job_title, person.email,
                                           guard, shared)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
            if person.id == select_id or (select_id is None and row == 0):
                self.table.selectRow(row)
        self.stack.setCurrentWidget(self.table if people else self.empty)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected interviewer, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.pin_button.setEnabled(chosen)
        self.share_button.setEnabled(chosen)
        row = self.table.currentRow()
        has_pin = chosen and row >= 0 and self.table.item(row, 3).text() == self.tr("set")
        self.reset_button.setEnabled(bool(has_pin))

    def _selected_name(self) -> str:
        return self.table.item(self.table.currentRow(), 0).text()

    def pin_selected(self) -> None:
        """Set, change or remove the selected interviewer's PIN."""
        chosen = self.selected_id()
        if chosen is None:
            return
        try:
            dialog = PinSettingsDialog(self.db, chosen, self._selected_name(), self)
        except LookupError:
            self.refresh()
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh(chosen)

    def share_selected(self) -> None:
        """Turn the selected interviewer's "share my calibration figures with
        colleagues" on or off: their own choice, so their PIN is asked if they have
        one, and the change is confirmed in words."""
        chosen = self.selected_id()
        if chosen is None:
            return
        name = self._selected_name()
        sharing = self.table.item(self.table.currentRow(), 4).text() == self.tr("shared")
        try:
            if confirm_member(self, self.db, chosen, name, self.tr(
                    "Only {name} decides whether colleagues see their calibration figures "
                    "by name.").format(name=name)) is None:
                return
        except LookupError:
            self.refresh()
            return
        if sharing:
            question = self.tr("Stop sharing the calibration figures of {name}? Colleagues "
                               "then see them as a letter (their own view and the chair of "
                               "their interviews still show the name).").format(name=name)
            button = self.tr("Stop sharing")
        else:
            question = self.tr("Share the calibration figures of {name} with colleagues? "
                               "Everyone who opens View → Calibration, and printed "
                               "calibration overviews, then show them by name.").format(
                name=name)
            button = self.tr("Share")
        if not messages.confirm(self, self.tr("Calibration figures"), question, button):
            return
        with contextlib.suppress(LookupError):  # deleted meanwhile: the list says so
            set_sharing(self.db, chosen, not sharing)
        self.refresh(chosen)

    def reset_selected(self) -> None:
        """Have a chair reset the selected interviewer's forgotten PIN."""
        chosen = self.selected_id()
        if chosen is None:
            return
        dialog = ResetPinDialog(self.db, chosen, self._selected_name(), self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh(chosen)

    def add(self) -> None:
        """Create an interviewer."""
        saved = InterviewerDialog.edit(self, self.db)
        if saved is not None:
            self.refresh(saved)

    def edit_selected(self) -> None:
        """Edit the selected interviewer."""
        chosen = self.selected_id()
        if chosen is not None:
            InterviewerDialog.edit(self, self.db, chosen)
            self.refresh(chosen)

    def delete_selected(self) -> None:
        """Delete the selected interviewer, unless they sit on a panel."""
        chosen = self.selected_id()
        if chosen is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        seats = panel_seats(self.db, chosen)
        if seats:
            self._refuse(name, seats)
            return
        if not messages.confirm(
            self,
            self.tr("Delete interviewer"),
            self.tr("Delete {name} from the list of interviewers?").format(name=name),
            self.tr("Delete"),
        ):
            return
        try:
            delete_interviewer(self.db, chosen)
        except InterviewerOnPanel as refused:
            self._refuse(name, refused.seats)
        except LookupError:
            pass
        self.refresh()

    def _refuse(self, name: str, seats: list[PanelSeatInfo]) -> None:
        listed = "\n".join(f"• {describe_seat(seat)}" for seat in seats[:LISTED_SEATS])
        more = len(seats) - LISTED_SEATS
        if more > 0:
            listed += "\n" + self.tr("…and %n more", "", more)
        messages.error(
            self,
            self.tr("Cannot delete interviewer"),
            self.tr("{name} sits on the panel of %n interview(s). Take them off those panels "
                    "first, or delete the interviews:", "", len(seats)).format(name=name)
            + "\n\n" + listed,
        )
