"""Changed on both sides: for each field an interview's offline copy and the team server
both changed, the two versions side by side (and the value when it was taken), and
the user's choice — this laptop's, the server's, or for a text a merged version they
write. Nothing is written until they click Bring back; Cancel leaves everything as it
was (:mod:`interviewdesk.exchange.bring_back`)."""

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.three_way import Choice, FieldConflict
from interviewdesk.ui.home.formatting import format_date, format_moment
from interviewdesk.ui.style import SPACING, make_muted, plain_text

LAPTOP, SERVER, MERGED = 0, 1, 2


class ConflictDialog(QDialog):
    """One box per conflict; :meth:`choices` gives what the user chose, by key."""

    def __init__(self, conflicts: tuple[FieldConflict, ...], parent: QWidget | None = None,
                 stage_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.stage_names = dict(stage_names or {})  # agenda stage key → its name
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.setMinimumWidth(640)
        intro = plain_text(QLabel(self.tr(
            "Since the interview was taken offline, these fields were changed both on this "
            "laptop and on the team server. Choose for each which version to keep, or write "
            "a merged text. Nothing is written until you click Bring back.")))
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setSpacing(SPACING)
        self.groups: list[QButtonGroup] = []
        self.merged: list[QPlainTextEdit | None] = []
        for conflict in conflicts:
            rows.addWidget(self._box(conflict))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.bring_back_button = buttons.addButton(self.tr("Bring back"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _box(self, conflict: FieldConflict) -> QGroupBox:
        box = QGroupBox(self.tr("{record}: {field}").format(
            record=self.record_name(conflict), field=self.field_name(conflict.field)))
        grid = QGridLayout(box)
        group = QButtonGroup(box)
        taken = make_muted(plain_text(QLabel(self.tr("When taken offline: {value}").format(
            value=self.shown(conflict.base, conflict.field)))))
        taken.setWordWrap(True)
        grid.addWidget(taken, 0, 0, 1, 2)
        merged: QPlainTextEdit | None = None
        for row, (choice, label, value) in enumerate(
                ((LAPTOP, self.tr("This &laptop's version"), conflict.local),
                 (SERVER, self.tr("The &server's version"), conflict.server)), start=1):
            button = QRadioButton(label)
            group.addButton(button, choice)
            shown = plain_text(QLabel(self.shown(value, conflict.field)))
            shown.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(shown, row, 1)
        if conflict.is_text:
            button = QRadioButton(self.tr("A &merged text"))
            group.addButton(button, MERGED)
            merged = QPlainTextEdit(f"{conflict.server}\n{conflict.local}".strip())
            merged.setTabChangesFocus(True)
            merged.setFixedHeight(80)
            merged.setEnabled(False)
            button.toggled.connect(merged.setEnabled)
            grid.addWidget(button, 3, 0)
            grid.addWidget(merged, 3, 1)
        grid.setColumnStretch(1, 1)
        group.button(SERVER).setChecked(True)  # keeping the server's loses nothing there
        self.groups.append(group)
        self.merged.append(merged)
        return box

    def choices(self) -> dict[str, Choice]:
        """The user's choice per conflict key."""
        chosen: dict[str, Choice] = {}
        for conflict, group, merged in zip(self.conflicts, self.groups, self.merged,
                                           strict=True):
            which = group.checkedId()
            if which == MERGED and merged is not None:
                chosen[conflict.key] = ("merged", merged.toPlainText())
            else:
                chosen[conflict.key] = "local" if which == LAPTOP else "server"
        return chosen

    def choose_all(self, which: int) -> None:
        """Pick the same side everywhere (keyboard users and tests)."""
        for group in self.groups:
            button = group.button(which)
            if button is not None:
                button.setChecked(True)

    def shown(self, value: Any, field: str = "") -> str:
        """A value as the user reads it (an application's status and a decision's
        outcome by their names)."""
        from interviewdesk.ui.home.formatting import decision_label, status_label

        if value is None or value == "":
            return self.tr("(empty)")
        if field == "status" and isinstance(value, str):
            return status_label(value)
        if field == "outcome" and isinstance(value, str):
            return decision_label(value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, datetime):
            return format_moment(value)
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, dict):
            ticked = [str(key) for key, on in value.items() if on]
            return self.tr("{count} ticked").format(count=len(ticked))
        return str(value)

    def record_name(self, conflict: FieldConflict) -> str:
        """Which record, in the user's language."""
        detail = conflict.detail
        names = {
            "interview": self.tr("The interview"),
            "stagerecord": self.tr("Stage “{detail}”").format(
                detail=self.stage_names.get(detail, detail)),
            "answer": self.tr("Answer to “{detail}”").format(detail=detail),
            "candidatequestion": self.tr("Candidate's question “{detail}”").format(
                detail=detail),
            "question": self.tr("Question “{detail}”").format(detail=detail),
            "assessment": self.tr("Your assessment"),
            "rating": self.tr("Your score for “{detail}”").format(detail=detail),
            "application": self.tr("The application"),
            "decision": self.tr("The panel's decision"),
            "consensusscore": self.tr("The consensus on “{detail}”").format(detail=detail),
            "referencecheck": self.tr("Reference check with {detail}").format(detail=detail),
            "contactentry": self.tr("Contact of {detail}").format(
                detail=self._day(detail)),
            "consent": self.tr("The candidate's consent"),
        }
        return names.get(conflict.table, conflict.record)

    def field_name(self, name: str) -> str:
        """Which field, in the user's language."""
        names = {
            "current_stage": self.tr("stage reached"), "started_at": self.tr("started"),
            "finished_at": self.tr("finished"), "next_steps": self.tr("next steps"),
            "feedback_date": self.tr("feedback date"),
            "candidate_thanked": self.tr("candidate thanked"),
            "candidate_remarks": self.tr("candidate's remarks"),
            "follow_up_notes": self.tr("follow-up notes"), "checklist": self.tr("checklist"),
            "notes": self.tr("notes"), "seconds_spent": self.tr("time spent (seconds)"),
            "done": self.tr("done"), "asked": self.tr("asked"),
            "situation": self.tr("situation"), "task": self.tr("task"),
            "action": self.tr("action"), "result": self.tr("result"),
            "position": self.tr("position"), "question": self.tr("question"),
            "answer": self.tr("answer"), "answered": self.tr("answered"),
            "stage": self.tr("stage"), "text": self.tr("text"), "probes": self.tr("probes"),
            "kind": self.tr("kind"), "competency_id": self.tr("competency"),
            "strengths": self.tr("strengths"), "weaknesses": self.tr("weaknesses"),
            "recommendation": self.tr("recommendation"),
            "submitted_at": self.tr("submitted"), "score": self.tr("score"),
            "evidence": self.tr("evidence"),
            "status": self.tr("status"), "outcome": self.tr("outcome"),
            "rationale": self.tr("rationale"), "override_reason": self.tr("reason to decide "
                                                                         "anyway"),
            "decided_at": self.tr("decided"), "reason": self.tr("reason"),
            "given_on": self.tr("given on"), "recorded_by": self.tr("recorded by"),
            "method": self.tr("how given"), "note": self.tr("note"),
            "referee_name": self.tr("referee"), "relation": self.tr("relation"),
            "organisation": self.tr("organisation"), "phone": self.tr("phone"),
            "email": self.tr("e-mail"), "called_on": self.tr("called on"),
            "interviewer_id": self.tr("called by (interviewer)"),
            "called_by": self.tr("called by"), "said": self.tr("what was said"),
            "contacted_on": self.tr("date"), "by": self.tr("by"),
            "channel": self.tr("channel"), "summary": self.tr("what was told"),
            "rejection": self.tr("rejection"), "reasons": self.tr("reasons given"),
        }
        return names.get(name, name)

    def _day(self, text: str) -> str:
        """An ISO date of a record's detail as the user reads dates."""
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
