"""One exercise on screen: the candidate's answer (STAR), the competency's five anchors
as the cards of the assessment form (keys 1–5 choose), a field for the reason, and —
only once the viewer's own rating is saved — the reference with its reasoning and the
colleagues' scores, anonymous (``domain.exercises``; the store refuses earlier).

Nothing of the reference is in a widget before the reveal, hidden or not: the reveal
section is built when it is shown.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.exercises import Exercise
from interviewdesk.store.exercises import Revealed
from interviewdesk.ui.assessment.form_anchors import NOT_ASSESSED, ScoreChoice
from interviewdesk.ui.assessment.form_text import score_title
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_heading
from interviewdesk.ui.wizard.fields import quiet

translate = QCoreApplication.translate


def star_label(part: str) -> str:
    """The STAR part's name on screen."""
    names = {
        "situation": translate("ExerciseView", "Situation"),
        "task": translate("ExerciseView", "Task"),
        "action": translate("ExerciseView", "Action"),
        "result": translate("ExerciseView", "Result"),
    }
    return names[part]


def _text(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ExerciseView(QScrollArea):
    """The exercise pane. :meth:`show_exercise` fills it; :attr:`choice` and
    :attr:`reason` hold what the viewer is about to save; ``save_requested`` when they
    press Ctrl+Enter in the reason field is handled by the window."""

    score_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.exercise: Exercise | None = None
        self.choice: ScoreChoice | None = None
        self.reason: QPlainTextEdit | None = None
        self.reveal_box: QWidget | None = None
        self.show_message(self.tr("Choose your name at the top to start."))

    # -- states ---------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """An empty state: what to do next."""
        self.exercise, self.choice, self.reason, self.reveal_box = None, None, None, None
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.addWidget(quiet(text))
        layout.addStretch(1)
        self._replace(page)

    def show_exercise(self, exercise: Exercise, revealed: Revealed | None,
                      viewer_name: str) -> None:
        """Show ``exercise`` to rate (``revealed`` ``None``) or, after the viewer's own
        rating, with the reference and the colleagues' scores."""
        self.exercise = exercise
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(make_heading(_text(exercise.title), 1.25))
        layout.addWidget(quiet(self.tr("Competency: {name}").format(name=exercise.competency)))
        layout.addSpacing(SPACING_SMALL)
        answer = make_heading(QLabel(self.tr("The candidate's answer")), 1.05)
        layout.addWidget(answer)
        for part, text in exercise.answer_parts():
            layout.addWidget(_text(star_label(part), bold=True))
            layout.addWidget(_text(text))
        layout.addSpacing(SPACING)
        if revealed is None:
            layout.addWidget(make_heading(QLabel(self.tr(
                "Your score — on your own, before you see anyone else's")), 1.05))
        else:
            layout.addWidget(make_heading(QLabel(self.tr("Your score")), 1.05))
        self.choice = ScoreChoice(exercise.anchors, "")
        self.choice.cards.pop(NOT_ASSESSED).hide()  # an exercise is always assessable
        self.choice.setAccessibleName(self.tr("Your score, 1 to 5"))
        self.choice.chosen.connect(self.score_chosen)
        self.choice.keyChosen.connect(self._after_key)
        layout.addWidget(self.choice)
        if revealed is None:
            label = QLabel(self.tr("&Why this score (a sentence or two, for yourself):"))
            self.reason = QPlainTextEdit()
            self.reason.setTabChangesFocus(True)
            self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
            self.reason.setAccessibleName(self.tr("Why this score"))
            label.setBuddy(self.reason)
            layout.addWidget(label)
            layout.addWidget(self.reason)
            self.reveal_box = None
        else:
            self.reason = None
            self.choice.set_choice(revealed.own.score)
            self.choice.set_read_only(True)
            reference = self.choice.cards[revealed.own.reference_score]
            reference.title.setText(self.tr("{score} — reference").format(
                score=score_title(revealed.own.reference_score)))
            if revealed.own.reason:
                layout.addWidget(quiet(self.tr("Your reason: {reason}").format(
                    reason=revealed.own.reason)))
            self.reveal_box = self._reveal(revealed, viewer_name)
            layout.addWidget(self.reveal_box)
        layout.addStretch(1)
        self._replace(page)
        self.verticalScrollBar().setValue(0)

    def _reveal(self, revealed: Revealed, viewer_name: str) -> QWidget:
        """The reference, its reasoning, and everyone's scores side by side."""
        box = QFrame()
        box.setObjectName("revealBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING_SMALL)
        exercise = revealed.exercise
        reference = revealed.own.reference_score
        layout.addWidget(make_heading(_text(self.tr("Reference score: {score}").format(
            score=score_title(reference))), 1.15))
        layout.addWidget(_text(exercise.reasoning))
        difference = revealed.own.score - reference
        if difference == 0:
            verdict = self.tr("You gave the reference score.")
        elif difference > 0:
            verdict = self.tr("You were %n point(s) milder than the reference.", "", difference)
        else:
            verdict = self.tr("You were %n point(s) stricter than the reference.", "",
                              -difference)
        layout.addWidget(_text(verdict, bold=True))
        lines = [self.tr("{name} (you): {score}").format(
            name=viewer_name, score=score_title(revealed.own.score))]
        lines += [self.tr("Colleague {letter}: {score}").format(
            letter=colleague.letter, score=score_title(colleague.score))
            for colleague in revealed.colleagues]
        layout.addWidget(_text(self.tr("Scores given to this answer")))
        for line in lines:
            layout.addWidget(_text(f"•  {line}"))
        if not revealed.colleagues:
            layout.addWidget(quiet(self.tr(
                "No colleague has rated this exercise yet; their scores appear here as "
                "they do, without their names.")))
        return box

    def show_reveal(self) -> None:
        """Scroll the reference into view (just after saving)."""
        if self.reveal_box is not None:
            self.widget().adjustSize()
            self.ensureWidgetVisible(self.reveal_box, 0, SPACING)

    def _after_key(self, value: int) -> None:
        """A score chosen by key: on to the reason, as the form moves on."""
        if value != NOT_ASSESSED and self.reason is not None:
            self.reason.setFocus(Qt.FocusReason.TabFocusReason)

    def _replace(self, page: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)

    # -- what the viewer is about to save --------------------------------------------

    def chosen_score(self) -> int | None:
        """The score chosen and not yet saved (``None``: none yet, or already saved)."""
        if self.choice is None or self.reason is None or not self.choice.choice:
            return None
        return self.choice.choice

    def reason_text(self) -> str:
        """The reason typed, without surrounding space (the store keeps at most
        :data:`~interviewdesk.store.exercises.MAX_REASON` characters; the window says so)."""
        return "" if self.reason is None else self.reason.toPlainText().strip()

    def focus_score(self) -> None:
        """Put the keys 1–5 to work on the cards."""
        if self.choice is not None and self.reason is not None:
            self.choice.setFocus(Qt.FocusReason.OtherFocusReason)
