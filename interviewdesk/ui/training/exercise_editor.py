"""The firm writes its own exercise: e.g. from a real interview after the candidate was
erased — so the answer is retold without names. The competency and its five anchors
can be copied from any vacancy's competency and then adjusted; the reference score
and its reasoning are what interviewers see after rating.

The fields scroll; Save and Cancel stay in reach (1366×768).
"""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.exercises import (
    ANCHOR_COUNT,
    LANGUAGES,
    MAX_NAME,
    MAX_TEXT,
    STAR_PARTS,
    Exercise,
    ExerciseError,
)
from interviewdesk.store import exercises
from interviewdesk.store.database import Database
from interviewdesk.ui import messages
from interviewdesk.ui.assessment.form_text import score_title
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_LARGE
from interviewdesk.ui.training.exercise_view import star_label
from interviewdesk.ui.window_size import fitting_size
from interviewdesk.ui.wizard.fields import quiet

translate = QCoreApplication.translate


def language_name(language: str) -> str:
    """A language's name in the interface."""
    if language == "nl":
        return translate("ExerciseEditor", "Dutch")
    if language == "en":
        return translate("ExerciseEditor", "English")
    return language


def _text_field(lines: int) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 14)
    return field


class ExerciseEditor(QDialog):
    """Edits ``exercise`` (a firm's, or a new one when ``None``). :attr:`saved` is the
    exercise as stored after Save."""

    def __init__(self, db: Database, exercise: Exercise | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.original = exercise
        self.saved: Exercise | None = None
        self.setWindowTitle(self.tr("Edit exercise") if exercise else self.tr("New exercise"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(language_name(language), language)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_NAME)
        self.source = QComboBox()
        self.source.addItem(self.tr("(type the competency and anchors yourself)"), None)
        for choice in exercises.competency_choices(db):
            self.source.addItem(self.tr("{vacancy}: {competency}").format(
                vacancy=choice.vacancy_title, competency=choice.name), choice)
        self.source.activated.connect(self._copy_competency)
        self.competency = QLineEdit()
        self.competency.setMaxLength(MAX_NAME)
        self.anchors = [_text_field(3) for _ in range(ANCHOR_COUNT)]
        self.parts = {part: _text_field(4) for part in STAR_PARTS}
        self.score = QComboBox()
        self.score.addItem(self.tr("Choose…"), 0)
        for score in range(1, ANCHOR_COUNT + 1):
            self.score.addItem(score_title(score), score)
        self.reasoning = _text_field(5)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Co&py from a vacancy:"), self.source)
        form.addRow(self.tr("&Competency:"), self.competency)
        for score, field in enumerate(self.anchors, 1):
            field.setAccessibleName(self.tr("Anchor for {score}").format(score=score))
            form.addRow(self.tr("Anchor {score}:").format(score=score), field)
        form.addRow(quiet(self.tr(
            "The candidate's answer, retold without names or anything that identifies "
            "them. Write at least what they did (Action).")))
        for part, field in self.parts.items():
            field.setAccessibleName(star_label(part))
            form.addRow(star_label(part) + ":", field)
        form.addRow(self.tr("&Reference score:"), self.score)
        self.reasoning.setAccessibleName(self.tr("Reasoning"))
        form.addRow(self.tr("Reasoning:"), self.reasoning)
        form.addRow(quiet(self.tr(
            "Why the reference score is right, tied to the anchors — and why not one point "
            "higher or lower. Interviewers see it after they rated.")))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(SPACING_LARGE, SPACING, SPACING_LARGE, SPACING)
        body_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, SPACING)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        layout.setSpacing(SPACING)
        self.problem.setContentsMargins(SPACING_LARGE, 0, SPACING_LARGE, 0)
        buttons.setContentsMargins(SPACING_LARGE, 0, SPACING_LARGE, 0)
        self.load(exercise)
        self.resize(fitting_size(QSize(820, 900), self))
        self.title.setFocus()

    # -- load and save --------------------------------------------------------------

    def load(self, exercise: Exercise | None) -> None:
        """Show ``exercise`` in the fields (a new one: the interface's language)."""
        language = exercise.language if exercise else current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        if exercise is None:
            return
        self.title.setText(exercise.title)
        self.competency.setText(exercise.competency)
        for field, text in zip(self.anchors, exercise.anchors, strict=False):
            field.setPlainText(text)
        for part, field in self.parts.items():
            field.setPlainText(getattr(exercise, part))
        self.score.setCurrentIndex(max(0, self.score.findData(exercise.reference_score)))
        self.reasoning.setPlainText(exercise.reasoning)

    def exercise(self) -> Exercise:
        """The exercise as the fields now say."""
        base = self.original or exercises.exercise_from_competency("", (), "en")
        return replace(
            base, language=self.language.currentData(), title=self.title.text().strip(),
            competency=self.competency.text().strip(),
            anchors=tuple(field.toPlainText().strip() for field in self.anchors),
            **{part: field.toPlainText().strip() for part, field in self.parts.items()},
            reference_score=int(self.score.currentData()),
            reasoning=self.reasoning.toPlainText().strip())

    def _copy_competency(self, index: int) -> None:
        """Take a vacancy's competency name and anchors (asking before overwriting)."""
        choice = self.source.itemData(index)
        if choice is None:
            return
        typed = any(field.toPlainText().strip() for field in self.anchors)
        if typed and not messages.ask(
                self, self.tr("Replace the anchors?"),
                self.tr("The competency and the five anchors you typed are replaced by "
                        "those of {competency}.").format(competency=choice.name),
                self.tr("Replace"), self.tr("Keep mine")):
            return
        self.competency.setText(choice.name)
        for field, text in zip(self.anchors, choice.anchors, strict=True):
            field.setPlainText(text)

    def problem_with(self, exercise: Exercise) -> tuple[str, QWidget] | None:
        """The first thing that keeps the exercise from being saved, and its field."""
        if not exercise.title:
            return self.tr("Give the exercise a title."), self.title
        if not exercise.competency:
            return self.tr("Name the competency, or copy one from a vacancy."), self.competency
        for score, (text, field) in enumerate(zip(exercise.anchors, self.anchors,
                                                  strict=True), 1):
            if not text:
                return self.tr("Write the anchor for {score}.").format(score=score), field
        if not exercise.action:
            return self.tr("Write what the candidate did (Action)."), self.parts["action"]
        if not exercise.reference_score:
            return self.tr("Choose the reference score."), self.score
        if not exercise.reasoning:
            return self.tr("Explain the reference score in the reasoning."), self.reasoning
        for field in [*self.anchors, *self.parts.values(), self.reasoning]:
            if len(field.toPlainText()) > MAX_TEXT:
                return self.tr("This text is longer than {count} characters.").format(
                    count=MAX_TEXT), field
        return None

    def accept(self) -> None:
        """Save, or say what is missing and put the cursor there."""
        exercise = self.exercise()
        problem = self.problem_with(exercise)
        if problem is not None:
            text, field = problem
            self.problem.setText(text)
            self.problem.show()
            field.setFocus()
            self.scroll.ensureWidgetVisible(field)
            return
        try:
            self.saved = exercises.save_exercise(self.db, exercise)
        except (ExerciseError, LookupError) as error:
            messages.error(self, self.tr("The exercise was not saved"), str(error))
            return
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, db: Database,
             exercise: Exercise | None = None) -> Exercise | None:
        """Edit ``exercise`` (or write a new one); the saved exercise, or ``None``."""
        dialog = cls(db, exercise, parent)
        try:
            return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
