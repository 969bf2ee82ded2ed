"""Planning an interview: candidate and vacancy, date and time, length, place, and the
panel of interviewers with their roles."""

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.field_limits import LOCATION_MAX
from interviewdesk.domain.rounds import EarlierRound, preselected
from interviewdesk.domain.scales import PANEL_ROLES
from interviewdesk.store.candidates import candidate_choices
from interviewdesk.store.database import Database
from interviewdesk.store.interviewers import list_interviewers
from interviewdesk.store.interviews import (
    CHAIR,
    MAX_MINUTES,
    InterviewDraft,
    PanelSeat,
    assessed_panel_members,
    load_interview_draft,
    save_interview,
)
from interviewdesk.store.rounds import earlier_rounds
from interviewdesk.store.vacancies import vacancy_choices
from interviewdesk.store.validation import ValidationError
from interviewdesk.ui import messages
from interviewdesk.ui.editors.base import EditorDialog, Problem, agenda_for, not_found
from interviewdesk.ui.editors.interviewer_dialogs import InterviewerDialog
from interviewdesk.ui.editors.name_completer import complete_names
from interviewdesk.ui.editors.planning_merge import merge_interview
from interviewdesk.ui.editors.save_conflicts import EditMerge, choice_label, plain
from interviewdesk.ui.editors.store_messages import user_message
from interviewdesk.ui.editors.widgets import (
    chain_tab_order,
    empty_state,
    fill_choices,
    hint_label,
    select_data,
)
from interviewdesk.ui.home.formatting import decision_label, format_date, local
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_heading

DEFAULT_HOUR = 10
ROLE_COLUMN = 1


def next_working_day_at(hour: int, today: date | None = None) -> datetime:
    """Local time ``hour``:00 on the first weekday after ``today``."""
    day = (today or date.today()) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(hour))


def unique_labels(choices: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Make repeated names distinguishable (``Jan Jansen (#12)``)."""
    names = [name for _id, name in choices]
    return [(i, f"{name} (#{i})" if names.count(name) > 1 else name) for i, name in choices]


class InterviewDialog(EditorDialog):
    """Plan (or re-plan) one interview."""

    def __init__(self, db: Database, interview_id: int | None = None,
                 vacancy_id: int | None = None, candidate_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Plan interview") if interview_id is None
                            else self.tr("Edit interview"))
        self.resize(760, 620)
        self.setMinimumSize(600, 520)
        self._interviewers = {p.id: p for p in list_interviewers(db) if p.id is not None}
        self._assessed: set[int] = set()
        self._draft = InterviewDraft()
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("Interview"))))
        layout.addLayout(self._build_form())
        layout.addSpacing(SPACING)
        layout.addWidget(make_heading(QLabel(self.tr("Panel"))))
        layout.addLayout(self._build_panel(), 1)
        layout.addSpacing(SPACING)
        layout.addWidget(self.buttons)

        if interview_id is None:
            self._draft = InterviewDraft(
                candidate_id=candidate_id,
                vacancy_id=vacancy_id,
                scheduled_at=next_working_day_at(DEFAULT_HOUR).astimezone(UTC),
                planned_minutes=agenda_for(db).interview_minutes(),
            )
        else:
            self._draft = load_interview_draft(db, interview_id)
            self._assessed = assessed_panel_members(db, interview_id)
            self.remember_base(self._draft)
        self.load(self._draft)
        (self.candidate if self._draft.candidate_id is None else self.when).setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, db: Database, interview_id: int | None = None,
             vacancy_id: int | None = None, candidate_id: int | None = None) -> int | None:
        """Edit the interview (or plan a new one); the saved id, or None if cancelled."""
        try:
            dialog = cls(db, interview_id, vacancy_id, candidate_id, parent)
        except LookupError:
            not_found(parent)
            return None
        return dialog.run()

    def _build_form(self) -> QFormLayout:
        self.candidate = QComboBox()
        self.candidate.setEditable(True)
        self.candidate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.candidate.lineEdit().setPlaceholderText(self.tr("Type to search candidates"))
        for candidate_id, name in unique_labels(candidate_choices(self.db)):
            self.candidate.addItem(name, candidate_id)
        complete_names(self.candidate)
        self.vacancy = QComboBox()
        for vacancy_id, title in unique_labels(vacancy_choices(self.db)):
            self.vacancy.addItem(title, vacancy_id)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(self.tr("ddd d MMM yyyy  HH:mm",
                                           "date and time format, see QDateTime"))
        self.when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.round = QComboBox()
        self.round.setAccessibleName(self.tr("Which round"))
        self.round.setToolTip(self.tr(
            "A second round opens with what the earlier interview concluded: the decision, "
            "the competencies the panel discussed and the open points."))
        self.candidate.currentTextChanged.connect(lambda _text: self._candidate_or_vacancy())
        self.vacancy.currentIndexChanged.connect(lambda _index: self._candidate_or_vacancy())
        self.location = QLineEdit()
        self.location.setMaxLength(LOCATION_MAX)
        self.location.setPlaceholderText(self.tr("e.g. Meeting room 2, or a video link"))

        when_row = QHBoxLayout()
        when_row.setSpacing(SPACING)
        when_row.addWidget(self.when)
        minutes_label = QLabel(self.tr("&Length:"))
        minutes_label.setBuddy(self.minutes)
        when_row.addSpacing(SPACING)
        when_row.addWidget(minutes_label)
        when_row.addWidget(self.minutes)
        when_row.addStretch(1)
        when_label = QLabel(self.tr("&Date and time:"))
        when_label.setBuddy(self.when)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Candidate:"), self.candidate)
        form.addRow(self.tr("&Vacancy:"), self.vacancy)
        self.round_label = QLabel(self.tr("&Round:"))
        self.round_label.setBuddy(self.round)
        form.addRow(self.round_label, self.round)
        self._form = form
        form.addRow(when_label, when_row)
        form.addRow(self.tr("L&ocation:"), self.location)
        if self.candidate.count() == 0 or self.vacancy.count() == 0:
            form.addRow("", hint_label(self.tr(
                "An interview needs a candidate and a vacancy. Close this window and add "
                "them first.")))
        return form

    def _build_panel(self) -> QVBoxLayout:
        self.panel = QTableWidget(0, 2)
        self.panel.setHorizontalHeaderLabels([self.tr("Interviewer"), self.tr("Role")])
        self.panel.verticalHeader().hide()
        self.panel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.panel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.panel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.panel.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.panel.itemSelectionChanged.connect(self._update_buttons)
        self.panel_stack = QStackedWidget()
        self.panel_stack.addWidget(self.panel)
        self.panel_empty_panel, self.panel_empty = empty_state("", framed=True)
        self.panel_stack.addWidget(self.panel_empty_panel)

        self.add_person = QComboBox()
        self.add_person.setAccessibleName(self.tr("Interviewer to add"))
        self.add_person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_person.setMinimumContentsLength(14)
        self.add_button = QPushButton(self.tr("&Add to panel"))
        self.add_button.clicked.connect(self._add_selected)
        self.new_button = QPushButton(self.tr("&New interviewer…"))
        self.new_button.clicked.connect(self._new_interviewer)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove_selected)

        row = QHBoxLayout()
        row.setSpacing(SPACING_SMALL)
        row.addWidget(self.add_person, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.new_button)
        row.addStretch(0)
        row.addSpacing(SPACING)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout()
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.panel_stack, 1)
        layout.addLayout(row)
        return layout

    # -- the panel ------------------------------------------------------------------

    def _seat_row(self, seat: PanelSeat) -> None:
        person = self._interviewers.get(seat.interviewer_id)
        row = self.panel.rowCount()
        self.panel.insertRow(row)
        label = person.name if person is None or not person.job_title else self.tr(
            "{name} — {job_title}").format(name=person.name, job_title=person.job_title)
        item = QTableWidgetItem(label if person is not None else "?")
        item.setData(Qt.ItemDataRole.UserRole, seat.interviewer_id)
        self.panel.setItem(row, 0, item)
        role = QComboBox()
        role.setAccessibleName(self.tr("Role"))
        fill_choices(role, PANEL_ROLES)
        select_data(role, seat.role)
        role.currentIndexChanged.connect(lambda _i, combo=role: self._role_changed(combo))
        self.panel.setCellWidget(row, ROLE_COLUMN, role)

    def seats(self) -> list[PanelSeat]:
        """The panel as shown, in order."""
        seats = []
        for row in range(self.panel.rowCount()):
            interviewer_id = int(self.panel.item(row, 0).data(Qt.ItemDataRole.UserRole))
            role = self.panel.cellWidget(row, ROLE_COLUMN)
            assert isinstance(role, QComboBox)
            seats.append(PanelSeat(interviewer_id, str(role.currentData())))
        return seats

    def add_to_panel(self, interviewer_id: int) -> None:
        """Seat an interviewer: as chair if the panel has none yet, else as member."""
        seats = self.seats()
        if any(s.interviewer_id == interviewer_id for s in seats):
            return
        role = CHAIR if all(s.role != CHAIR for s in seats) else "member"
        self._seat_row(PanelSeat(interviewer_id, role))
        self._refresh_panel()

    def _add_selected(self) -> None:
        interviewer_id = self.add_person.currentData()
        if interviewer_id is not None:
            self.add_to_panel(int(interviewer_id))

    def _new_interviewer(self) -> None:
        saved = InterviewerDialog.edit(self, self.db)
        if saved is None:
            return
        self._interviewers = {p.id: p for p in list_interviewers(self.db) if p.id is not None}
        self.add_to_panel(saved)

    def _remove_selected(self) -> None:
        rows = self.panel.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        interviewer_id = int(self.panel.item(row, 0).data(Qt.ItemDataRole.UserRole))
        if interviewer_id in self._assessed and not messages.confirm(
            self,
            self.tr("Remove from panel"),
            self.tr("{name} has filled in an assessment form for this interview. Taking them "
                    "off the panel deletes that form when you save.").format(
                name=self._interviewers[interviewer_id].name),
            self.tr("Remove from panel"),
        ):
            return
        self.panel.removeRow(row)
        self._refresh_panel()

    def _role_changed(self, combo: QComboBox) -> None:
        """Only one chair: making someone chair makes the previous chair a member."""
        if combo.currentData() != CHAIR:
            return
        for row in range(self.panel.rowCount()):
            other = self.panel.cellWidget(row, ROLE_COLUMN)
            if isinstance(other, QComboBox) and other is not combo and \
                    other.currentData() == CHAIR:
                select_data(other, "member")

    def _refresh_panel(self) -> None:
        seated = {s.interviewer_id for s in self.seats()}
        self.add_person.clear()
        for interviewer_id, person in sorted(self._interviewers.items(),
                                             key=lambda kv: kv[1].name.casefold()):
            if interviewer_id not in seated:
                self.add_person.addItem(person.name, interviewer_id)
        can_add = self.add_person.count() > 0
        self.add_person.setVisible(can_add)
        self.add_button.setVisible(can_add)
        has_rows = self.panel.rowCount() > 0
        self.panel_stack.setCurrentIndex(0 if has_rows else 1)
        if not self._interviewers:
            text = self.tr("No interviewers yet — create the first one with “New "
                           "interviewer…”.")
        else:
            text = self.tr("No one on the panel yet — add at least one interviewer. The "
                           "first one you add chairs the interview.")
        self.panel_empty.setText(text)
        roles = [self.panel.cellWidget(r, ROLE_COLUMN) for r in range(self.panel.rowCount())]
        chain_tab_order([self.location, self.panel, *roles, self.add_person, self.add_button,
                         self.new_button, self.remove_button])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.panel.selectionModel().selectedRows()))

    # -- which round ----------------------------------------------------------------

    def round_text(self, earlier: EarlierRound) -> str:
        """How an earlier interview is offered: its date, and its decision if any."""
        day = (format_date(local(earlier.scheduled_at).date())
               if earlier.scheduled_at is not None else self.tr("(no date)"))
        if earlier.outcome:
            return self.tr("Second round after the interview of {date} — decided: "
                           "{outcome}").format(date=day, outcome=decision_label(earlier.outcome))
        return self.tr("Second round after the interview of {date}").format(date=day)

    def refresh_rounds(self, chosen: int | None, *, suggest: bool) -> None:
        """Offer the candidate's earlier interviews for this vacancy as the round this
        one follows; choose ``chosen`` (or, with ``suggest``, the one decided "next
        round"). The row is hidden while there is no earlier interview."""
        candidate, vacancy = self.candidate_id(), self.vacancy.currentData()
        earlier = (earlier_rounds(self.db, candidate, int(vacancy), excluding=self._draft.id)
                   if candidate is not None and vacancy is not None else [])
        self.round.blockSignals(True)
        self.round.clear()
        self.round.addItem(self.tr("First interview (follows no earlier one)"), None)
        for option in reversed(earlier):  # newest first
            self.round.addItem(self.round_text(option), option.interview_id)
        wanted = preselected(earlier) if suggest else chosen
        index = self.round.findData(wanted) if wanted is not None else 0
        self.round.setCurrentIndex(max(index, 0))
        self.round.blockSignals(False)
        self._form.setRowVisible(self.round, bool(earlier))

    def _candidate_or_vacancy(self) -> None:
        if not self._loading:
            # While no earlier interview was offered (a name half typed), keep the stored
            # choice rather than forgetting it.
            chosen = (self.round.currentData() if self.round.count() > 1
                      else self._draft.follows_interview_id)
            self.refresh_rounds(chosen, suggest=self._draft.id is None)

    # -- load / collect / save --------------------------------------------------------

    def load(self, draft: InterviewDraft) -> None:
        """Show ``draft`` in the widgets."""
        self._loading = True
        if draft.candidate_id is not None:
            select_data(self.candidate, draft.candidate_id)
        else:
            self.candidate.setCurrentIndex(-1)
            self.candidate.setEditText("")
        select_data(self.vacancy, draft.vacancy_id)
        if draft.scheduled_at is not None:
            self.when.setDateTime(
                QDateTime.fromSecsSinceEpoch(int(draft.scheduled_at.timestamp())))
        else:
            local = next_working_day_at(DEFAULT_HOUR)
            self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, 0)))
        self.minutes.setValue(draft.planned_minutes)
        self.location.setText(draft.location)
        self._loading = False
        self.refresh_rounds(draft.follows_interview_id, suggest=draft.id is None)
        self.panel.setRowCount(0)
        for seat in draft.panel:
            self._seat_row(seat)
        self._refresh_panel()
        self.mark_clean()

    def candidate_id(self) -> int | None:
        """The candidate whose name is in the search field, if it names one exactly."""
        text = self.candidate.currentText().strip()
        index = self.candidate.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return int(self.candidate.itemData(index)) if index >= 0 else None

    def collect(self) -> InterviewDraft:
        """The interview as the widgets show it."""
        vacancy = self.vacancy.currentData()
        return InterviewDraft(
            id=self._draft.id,
            candidate_id=self.candidate_id(),
            vacancy_id=int(vacancy) if vacancy is not None else None,
            scheduled_at=datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC),
            planned_minutes=self.minutes.value(),
            location=self.location.text(),
            panel=self.seats(),
            follows_interview_id=self._follows(),
            version=self._draft.version,
        )

    def _follows(self) -> int | None:
        """The earlier interview chosen as the round this one follows, if any."""
        if not self._form.isRowVisible(self.round):
            return None
        chosen = self.round.currentData()
        return int(chosen) if chosen is not None else None

    def check(self, draft: object) -> None:
        """Point at the first thing that stops the interview being saved."""
        assert isinstance(draft, InterviewDraft)
        if draft.candidate_id is None:
            text = self.candidate.currentText().strip()
            message = (self.tr("There is no candidate called “{name}”. Choose one from the "
                               "list.").format(name=text) if text
                       else self.tr("Choose the candidate."))
            raise Problem(message, self.candidate)
        if draft.vacancy_id is None:
            raise Problem(self.tr("Choose the vacancy."), self.vacancy)
        if not draft.panel:
            target = self.add_person if self.add_person.count() else self.new_button
            raise Problem(self.tr("Add at least one interviewer to the panel."), target)

    def store(self, draft: object) -> int:
        """Write the interview and its panel."""
        assert isinstance(draft, InterviewDraft)
        return save_interview(self.db, draft)

    def problem_for(self, error: ValidationError) -> Problem:
        """The store refused the draft: show its reason, at the field if known."""
        widget = {"candidate_id": self.candidate, "vacancy_id": self.vacancy,
                  "panel": self.panel, "planned_minutes": self.minutes,
                  "follows_interview_id": self.round}.get(error.field)
        return Problem(user_message(error), widget)

    # -- someone else saved or deleted the interview meanwhile ---------------------------

    def reload(self) -> InterviewDraft:
        """The interview as stored now."""
        assert self._draft.id is not None
        return load_interview_draft(self.db, self._draft.id)

    def merge(self, base: object, theirs: object, mine: object) -> EditMerge:
        """Both plans of the interview and both panels, field by field and seat by seat."""
        assert isinstance(base, InterviewDraft) and isinstance(theirs, InterviewDraft)
        assert isinstance(mine, InterviewDraft)
        self._interviewers = {p.id: p for p in list_interviewers(self.db) if p.id is not None}
        people = {i: p.name for i, p in self._interviewers.items()}
        return merge_interview(base, theirs, mine, self.shown, people)

    def shown(self, name: str, value: object) -> str:
        """A planning value as the conflict dialog shows it."""
        if value is None:
            return (self.tr("(not on the panel)") if name.startswith("panel:")
                    else self.tr("(none)") if name != "follows_interview_id"
                    else self.tr("First interview (follows no earlier one)"))
        if name.startswith("panel:"):
            return choice_label(PANEL_ROLES, value)
        if name in ("candidate_id", "vacancy_id"):
            combo = self.candidate if name == "candidate_id" else self.vacancy
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else "?"
        if name == "scheduled_at" and isinstance(value, datetime):
            moment = local(value)
            return self.tr("{date}, {time}").format(
                date=format_date(moment.date()), time=moment.strftime("%H:%M"))
        if name == "planned_minutes":
            return self.tr("{minutes} min").format(minutes=value)
        if name == "follows_interview_id":
            index = self.round.findData(value)
            return self.round.itemText(index) if index >= 0 else self.tr("(an earlier interview)")
        return plain(value)

    def show_merged(self, draft: object) -> None:
        """Show the merged interview and panel."""
        assert isinstance(draft, InterviewDraft)
        self._draft = draft
        if draft.id is not None:
            self._assessed = assessed_panel_members(self.db, draft.id)
        self.load(draft)
