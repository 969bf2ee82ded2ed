"""Before the panel's scores: who is looking, and — when the scores are not for them
yet — why, calmly, with what they can do about it.

Both pages show form states and names only, never a score (blind scoring: a panel
member who has not submitted must not see the others' numbers, not even in passing).
"Who is looking?" also says, per name, whether a PIN guards it or anyone at this
laptop can choose it (:mod:`.identity`).
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import PANEL_ROLES
from interviewdesk.store.assessments import FormStatus
from interviewdesk.ui.assessment.identity import no_pin_note
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_LARGE, make_heading, make_muted

translate = QCoreApplication.translate

# The pages' text column: wide enough to read, narrow enough to take in at a glance.
TEXT_WIDTH = 640


def role_label(key: str) -> str:
    """A panel role in the interface language."""
    return PANEL_ROLES.label(key).in_language(current_language())


def _paragraph(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return make_muted(label) if muted else label


def _column(widget: QWidget) -> QVBoxLayout:
    """A centred column of text for a page."""
    outer = QHBoxLayout(widget)
    outer.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
    inner = QWidget()
    inner.setMaximumWidth(TEXT_WIDTH)
    outer.addStretch(1)
    outer.addWidget(inner, 3)
    outer.addStretch(1)
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(SPACING)
    return column


class FormStates(QLabel):
    """Each panel member's form state, one per line."""

    def show_states(self, statuses: list[FormStatus]) -> None:
        lines = [self._line(status) for status in statuses]
        self.setText("\n".join(lines))

    def _line(self, status: FormStatus) -> str:
        return self.tr("{name} ({role}) — {state}").format(
            name=status.name, role=role_label(status.role), state=state_text(status))


def state_text(status: FormStatus) -> str:
    """A form's state in words: not started, in progress, submitted (with when)."""
    if status.state == "submitted":
        when: datetime | None = status.submitted_at
        if when is None:
            return translate("FormStates", "assessment submitted")
        if status.late:
            return translate("FormStates",
                             "assessment submitted {moment}, after the round was closed"
                             ).format(moment=format_moment(when))
        return translate("FormStates", "assessment submitted {moment}").format(
            moment=format_moment(when))
    if status.state == "in_progress":
        return translate("FormStates", "assessment in progress")
    return translate("FormStates", "assessment not started")


class ViewerChooser(QWidget):
    """"Who is looking?": one button per panel member with the state of their form,
    and one for someone not on the panel. ``chosen(panel_member_id or None)``."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = _column(self)
        self.column.addStretch(1)
        self.column.addWidget(make_heading(QLabel(self.tr("Who is looking?")), 1.3))
        self.column.addWidget(_paragraph(self.tr(
            "Each panel member sees the others' scores only after submitting their own "
            "assessment, so that everyone scores what they saw themselves.")))
        self.column.addSpacing(SPACING)
        self.buttons: dict[int | None, QCommandLinkButton] = {}
        self._first_button = self.column.count()
        self.column.addStretch(2)

    def load(self, statuses: list[FormStatus], with_pin: frozenset[int] = frozenset()) -> None:
        """One button per panel member in ``statuses``; ``with_pin`` are the
        interviewer ids whose name a PIN guards."""
        for button in self.buttons.values():
            self.column.removeWidget(button)
            button.setParent(None)  # out of the widget tree at once
            button.deleteLater()
        self.buttons = {}
        position = self._first_button
        for status in statuses:
            guard = (self.tr("PIN asked") if status.interviewer_id in with_pin
                     else no_pin_note())
            button = QCommandLinkButton(status.name, self.tr("{role} · {state}").format(
                role=role_label(status.role), state=state_text(status)) + " · " + guard)
            button.clicked.connect(lambda _=False, member=status.panel_member_id:
                                   self.chosen.emit(member))
            self.buttons[status.panel_member_id] = button
            self.column.insertWidget(position, button)
            position += 1
        outsider = QCommandLinkButton(
            self.tr("Someone not on this panel"),
            self.tr("Sees the scores once every form is in, or once the chair closes the "
                    "round early."))
        outsider.clicked.connect(lambda: self.chosen.emit(None))
        self.buttons[None] = outsider
        self.column.insertWidget(position, outsider)
        if statuses:
            self.buttons[statuses[0].panel_member_id].setFocus()


class GatePage(QWidget):
    """Why the scores are not shown yet, who is missing, and what can be done.

    ``closeEarlyRequested`` (the chair closes the round before everyone is in),
    ``retryRequested`` (look again: a form may have come in), ``switchRequested``
    (someone else is looking), ``auditRequested`` (show the audit trail).
    """

    closeEarlyRequested = Signal()
    retryRequested = Signal()
    switchRequested = Signal()
    auditRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = _column(self)
        column.addStretch(1)
        self.heading = make_heading(QLabel(), 1.3)
        self.heading.setWordWrap(True)
        self.text = _paragraph()
        self.states = FormStates()
        self.states.setWordWrap(True)
        make_muted(self.states)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addWidget(self.states)
        column.addSpacing(SPACING)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        self.close_early_button = QPushButton(self.tr("Close the round early…"))
        self.close_early_button.setToolTip(self.tr(
            "Open the submitted assessments to everyone before every form is in; you "
            "will be asked why"))
        self.close_early_button.clicked.connect(self.closeEarlyRequested)
        self.retry_button = QPushButton(self.tr("Check again"))
        self.retry_button.clicked.connect(self.retryRequested)
        self.switch_button = QPushButton(self.tr("Someone else…"))
        self.switch_button.clicked.connect(self.switchRequested)
        self.audit_button = QPushButton(self.tr("Audit trail…"))
        self.audit_button.clicked.connect(self.auditRequested)
        for button in (self.close_early_button, self.retry_button, self.switch_button,
                       self.audit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(2)
        self.reason = ""

    def show_hidden(self, reason: str, missing: tuple[str, ...], statuses: list[FormStatus],
                    *, viewer_name: str, chair_name: str | None, can_close_early: bool) -> None:
        """Explain ``reason`` (a ``ScoresHidden.reason``) to ``viewer_name``."""
        self.reason = reason
        names = ", ".join(missing)
        if reason == "viewer_not_submitted":
            self.heading.setText(self.tr("The panel's scores are hidden for now"))
            self.text.setText(self.tr(
                "Submit your own assessment first — until then the other members' scores "
                "stay hidden. That way your scores are your own, whatever the others "
                "saw."))
        else:
            self.heading.setText(self.tr("Waiting for %n assessment(s)", "", len(missing)))
            if can_close_early:
                text = self.tr(
                    "Not everyone has submitted yet: {names}. Nobody sees the scores until "
                    "they have. As the chair, you can close the round early and say why; "
                    "the scores are then open to everyone, without theirs.")
            elif chair_name:
                text = self.tr(
                    "Not everyone has submitted yet: {names}. Nobody sees the scores until "
                    "they have, or until the chair ({chair}) closes the round early.")
            else:
                text = self.tr(
                    "Not everyone has submitted yet: {names}. Nobody sees the scores until "
                    "they have.")
            self.text.setText(text.format(names=names, chair=chair_name or ""))
        self.states.show_states(statuses)
        self.close_early_button.setVisible(reason == "others_not_submitted" and can_close_early)
        self.switch_button.setToolTip(self.tr("Viewed by: {name}").format(name=viewer_name))
