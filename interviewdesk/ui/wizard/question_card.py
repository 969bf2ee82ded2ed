"""One planned question on a stage page: the question in bold, its probes beneath, an
"Asked" mark, the competency it probes with that competency's anchors at hand, a
note field that grows, and for behavioural and situational questions the four STAR
fields.

Cards are kept light, because a stage may hold sixty of them: the anchors are only
built when first opened, and there are no frames — the question number in the
accent colour and whitespace set one card off from the next.
"""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import QUESTION_KINDS, RATING_SCALE
from interviewdesk.store.interview_edits import AnswerEdit
from interviewdesk.store.interview_records import CompetencyInfo, QuestionInfo
from interviewdesk.ui.style import ACCENT, SPACING, SPACING_SMALL, make_muted, scaled_font
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import NoteField, WrappedLabel, quiet

# The question kinds that get Situation, Task, Action and Result fields.
STAR_KINDS = ("behavioural", "situational")
STAR_FIELDS = ("situation", "task", "action", "result")
# Ticks or unticks "Asked" while the cursor is in the question's notes.
ASKED_KEY = "Ctrl+K"
# Width of the column with the question number.
NUMBER_WIDTH = 28


def anchors_html(competency: CompetencyInfo, language: str) -> str:
    """The competency's five anchors as rich text, each with its scale label."""
    rows = "".join(
        f"<p style='margin:0 0 4px 0'><b>{point.score} · "
        f"{html.escape(point.label.in_language(language))}</b> — "
        f"{html.escape(anchor)}</p>"
        for point, anchor in zip(RATING_SCALE, competency.anchors, strict=True)
    )
    return f"<p style='margin:0 0 6px 0'><b>{html.escape(competency.name)}</b></p>{rows}"


class QuestionCard(QWidget):
    """A question of the kit (or added on the spot) with its answer fields.

    ``removeRequested(question_id)`` asks the page to remove a question that was
    added during this interview.
    """

    removeRequested = Signal(int)

    def __init__(self, context: InterviewContext, question: QuestionInfo, number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.question = question
        answer = context.session.answer(question.id)
        language = context.language

        self.number = QLabel(str(number))
        self.number.setFont(scaled_font(self.number, 1.1, bold=True))
        palette = self.number.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ACCENT)
        self.number.setPalette(palette)
        self.number.setFixedWidth(NUMBER_WIDTH)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.text = WrappedLabel(question.text)
        self.text.setFont(scaled_font(self.text, 1.0, bold=True))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.asked = QCheckBox(self.tr("Asked"))
        self.asked.setChecked(answer.asked)
        self.asked.toggled.connect(self._asked_toggled)
        # Tab goes from note to note; the box is reached with Shift+Tab from the note
        # or toggled with ASKED_KEY (typing a note ticks it anyway).
        self.asked.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.asked.setToolTip(self.tr("Asked ({key}, or Shift+Tab from the notes)").format(
            key=QKeySequence(ASKED_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        toggle = QShortcut(QKeySequence(ASKED_KEY), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self.asked.toggle)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(self.text, 1)
        top.addWidget(self.asked, 0, Qt.AlignmentFlag.AlignTop)

        content = QVBoxLayout()
        content.setSpacing(SPACING_SMALL)
        content.addLayout(top)
        if question.probes.strip():
            self.probes = make_muted(WrappedLabel(question.probes.strip()))
            self.probes.setWordWrap(True)
            self.probes.setTextFormat(Qt.TextFormat.PlainText)
            content.addWidget(self.probes)

        self.competency = context.session.competency(question.competency_id)
        self.anchors_button: QToolButton | None = None
        self.anchors: QLabel | None = None
        meta = QHBoxLayout()
        meta.setSpacing(SPACING)
        if self.competency is not None:
            button = QToolButton()
            button.setText(self.tr("Competency: {name} · anchors ▾").format(
                name=self.competency.name))
            button.setToolTip(anchors_html(self.competency, language))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab: note to note
            button.setAccessibleDescription(self.tr("Show the five anchors of the rating scale"))
            button.toggled.connect(self._show_anchors)
            self.anchors_button = button
            meta.addWidget(button)
        kind = question.kind if question.kind in QUESTION_KINDS else "open"
        kind_label = quiet(QUESTION_KINDS.label(kind).in_language(language))
        kind_label.setWordWrap(False)
        meta.addWidget(kind_label)
        meta.addStretch(1)
        if question.added_during_interview:
            remove = QPushButton(self.tr("Remove"))
            remove.setToolTip(self.tr("Remove this question added during the interview"))
            remove.clicked.connect(lambda: self.removeRequested.emit(question.id))
            meta.addWidget(remove)
        content.addLayout(meta)
        self._content = content

        self.notes = NoteField(self.tr("Notes on the answer"), min_lines=3)
        self.notes.set_text(answer.notes)
        self.notes.edited.connect(
            lambda text: self._edited(AnswerEdit(question.id, notes=text)))
        self.notes.setAccessibleName(self.tr("Notes on question {number}").format(number=number))
        self.notes.backtab_to = self.asked  # Shift+Tab in the notes: its "Asked" box
        content.addWidget(self.notes)

        self.star: dict[str, NoteField] = {}
        if question.kind in STAR_KINDS:
            content.addLayout(self._star_fields(answer))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(content, 1)

    def _star_fields(self, answer: object) -> QGridLayout:
        labels = {
            "situation": (self.tr("Situation"), self.tr("What was the situation?")),
            "task": (self.tr("Task"), self.tr("What was their task or goal?")),
            "action": (self.tr("Action"), self.tr("What did they do themselves?")),
            "result": (self.tr("Result"), self.tr("What came of it?")),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(2)
        for index, field in enumerate(STAR_FIELDS):
            title, hint = labels[field]
            label = QLabel(title)
            label.setFont(scaled_font(label, 0.92, bold=True))
            box = NoteField(hint, min_lines=2, max_lines=10)
            box.set_text(str(getattr(answer, field)))
            box.setAccessibleName(title)
            box.edited.connect(lambda text, field=field: self._edited(
                AnswerEdit(self.question.id, **{field: text})))
            label.setBuddy(box)
            row, column = divmod(index, 2)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(box, row * 2 + 1, column)
            self.star[field] = box
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # -- editing --------------------------------------------------------------------

    def _edited(self, edit: AnswerEdit) -> None:
        answer = self.context.session.answer(self.question.id)
        texts = edit.texts()
        for name, text in texts.items():
            setattr(answer, name, text)
        self.context.autosaver.edit(edit)
        if any(text.strip() for text in texts.values()) and not self.asked.isChecked():
            # Notes on a question mean it was asked; saves a click mid-interview.
            self.asked.setChecked(True)

    def _asked_toggled(self, asked: bool) -> None:
        self.context.session.answer(self.question.id).asked = asked
        self.context.autosaver.edit(AnswerEdit(self.question.id, asked=asked))

    def _show_anchors(self, shown: bool) -> None:
        if self.anchors is None and self.competency is not None:
            self.anchors = QLabel(anchors_html(self.competency, self.context.language))
            self.anchors.setTextFormat(Qt.TextFormat.RichText)
            self.anchors.setWordWrap(True)
            self._content.insertWidget(self._content.indexOf(self.notes), self.anchors)
        if self.anchors is not None:
            self.anchors.setVisible(shown)

    def focus_notes(self) -> None:
        """Put the cursor at the end of the question's notes."""
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)
