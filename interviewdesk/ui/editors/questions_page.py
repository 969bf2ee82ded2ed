"""The vacancy editor's Questions tab: pick one of the agenda's question stages,
order its questions, and edit the selected one (text, probes, kind, competency).

Each stage keeps its own :class:`ReorderableList` of :class:`QuestionDraft` objects,
edited in place. The "probes competency" choice lists the competencies of the open
dialog, including ones not saved yet, by their draft key.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import QUESTION_STAGES, Agenda
from interviewdesk.domain.scales import QUESTION_KINDS
from interviewdesk.store.vacancies import CompetencyDraft, QuestionDraft
from interviewdesk.ui.editors.widgets import (
    ReorderableList,
    empty_state,
    fill_choices,
    hint_label,
    select_data,
)
from interviewdesk.ui.forbidden_words import explanations, watch
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL, make_heading

LEFT_WIDTH = 320


class QuestionsPage(QWidget):
    """The question kit: the questions every candidate for the role gets, per stage."""

    # "Add from library…" and "Save to library": the dialog knows the database.
    libraryAddRequested = Signal()
    librarySaveRequested = Signal()

    def __init__(self, agenda: Agenda, competencies: Callable[[], list[CompetencyDraft]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._competencies = competencies
        self._current: QuestionDraft | None = None
        language = current_language()
        self._stage_names = {key: agenda.stage(key).name.in_language(language)
                             for key in QUESTION_STAGES}

        self.stages = QListWidget()
        self.stages.setAccessibleName(self.tr("Stage"))
        self.lists: dict[str, ReorderableList] = {}
        self.list_stack = QStackedWidget()
        for key in QUESTION_STAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.stages.addItem(item)
            questions = ReorderableList(self.tr("&Add question"))
            questions.addRequested.connect(self.add_question)
            questions.removeRequested.connect(self._remove)
            questions.currentChanged.connect(self._show)
            questions.orderChanged.connect(questions.refresh_all)
            questions.view.setAccessibleName(self.tr("Questions"))
            self.lists[key] = questions
            self.list_stack.addWidget(questions)
        rows = len(QUESTION_STAGES)
        self.stages.setSpacing(SPACING_SMALL // 2)
        self.stages.setFixedHeight((self.stages.sizeHintForRow(0) + SPACING_SMALL) * rows
                                   + 2 * self.stages.frameWidth())
        self.stages.currentRowChanged.connect(self._stage_changed)

        stage_label = make_heading(QLabel(self.tr("S&tage")), 1.0)
        stage_label.setBuddy(self.stages)
        questions_label = make_heading(QLabel(self.tr("Questions in this stage")), 1.0)
        questions_label.setBuddy(self.lists[QUESTION_STAGES[0]].view)
        self._questions_label = questions_label
        left = QWidget()
        left.setMinimumWidth(LEFT_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(SPACING_SMALL)
        left_layout.addWidget(stage_label)
        left_layout.addWidget(self.stages)
        left_layout.addSpacing(SPACING)
        left_layout.addWidget(questions_label)
        left_layout.addWidget(self.list_stack, 1)
        self.from_library = QPushButton(self.tr("Add from li&brary…"))
        self.from_library.clicked.connect(self.libraryAddRequested)
        left_layout.addWidget(self.from_library)

        self.form_stack = QStackedWidget()
        first = QPushButton(self.tr("Add a question"))
        first.clicked.connect(self.add_question)
        self.empty, self.empty_text = empty_state("", first)
        self.form = self._build_form()
        self.form_stack.addWidget(self.empty)
        self.form_stack.addWidget(self.form)

        layout = QHBoxLayout(self)
        layout.setSpacing(SPACING_LARGE)
        layout.addWidget(left)
        layout.addWidget(self.form_stack, 1)
        self.stages.setCurrentRow(0)

    def _build_form(self) -> QWidget:
        lines = QFontMetrics(self.font()).lineSpacing()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(lines * 4 + 12)
        self.text.setPlaceholderText(self.tr("The question as you will ask it"))
        self.probes = QPlainTextEdit()
        self.probes.setTabChangesFocus(True)
        self.probes.setFixedHeight(lines * 6 + 12)
        self.probes.setPlaceholderText(
            self.tr("Follow-up questions to dig deeper, e.g. “What did you do yourself?”"))
        # Questions an interviewer may not ask: underlined, and said why under the field.
        watch(self.text)
        watch(self.probes)
        self.forbidden_hint = hint_label()
        self.forbidden_hint.setVisible(False)
        self.text.textChanged.connect(self._show_forbidden)
        self.probes.textChanged.connect(self._show_forbidden)
        self.kind = QComboBox()
        fill_choices(self.kind, QUESTION_KINDS)
        self.competency = QComboBox()
        self.competency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.competency_hint = hint_label(
            self.tr("Add competencies on the Competencies tab to link questions to them."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setSpacing(SPACING)
        form.addRow(self.tr("&Question:"), self.text)
        form.addRow(self.tr("&Probes:"), self.probes)
        form.addRow("", self.forbidden_hint)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Competency probed:"), self.competency)
        form.addRow("", self.competency_hint)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        heading_row = QHBoxLayout()
        heading_row.addWidget(make_heading(QLabel(self.tr("Question"))), 1)
        self.to_library = QPushButton(self.tr("Sa&ve to library"))
        self.to_library.setToolTip(self.tr("Keep this question and its probes in the firm's "
                                           "library, to reuse in other vacancies"))
        self.to_library.clicked.connect(self.librarySaveRequested)
        heading_row.addWidget(self.to_library)
        layout.addLayout(heading_row)
        layout.addLayout(form)
        layout.addStretch(1)

        self.text.textChanged.connect(self._edited)
        self.probes.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.competency.currentIndexChanged.connect(self._edited)
        return page

    # -- contents -------------------------------------------------------------------

    def set_questions(self, per_stage: dict[str, list[QuestionDraft]]) -> None:
        """Show the questions of every stage (edited in place from now on)."""
        self.refresh_competencies()
        for key, questions in self.lists.items():
            questions.set_objects(per_stage.get(key, []), self._label)
        self._update_stage_names()
        self._stage_changed(self.stages.currentRow())

    def questions(self) -> dict[str, list[QuestionDraft]]:
        """The questions per stage, in the order shown."""
        return {key: [q for q in questions.objects() if isinstance(q, QuestionDraft)]
                for key, questions in self.lists.items()}

    def current_stage(self) -> str:
        """The key of the stage shown."""
        return QUESTION_STAGES[max(0, self.stages.currentRow())]

    def show_question(self, stage: str, question: QuestionDraft) -> None:
        """Select ``question`` of ``stage`` (to point the user at a problem)."""
        self.stages.setCurrentRow(QUESTION_STAGES.index(stage))
        self.lists[stage].select(question)

    def add_question(self) -> None:
        """Add an empty question at the end of the current stage."""
        question = QuestionDraft(kind="behavioural" if self.current_stage() == "behavioural"
                                 else "open")
        self.lists[self.current_stage()].append(question)
        self._update_stage_names()
        self.text.setFocus()

    def current(self) -> QuestionDraft | None:
        """The question shown in the form, if any."""
        return self._current

    def add_questions(self, per_stage: dict[str, list[QuestionDraft]]) -> None:
        """Append ``per_stage`` (copies from the library) to their stages, and show
        the first stage that got one."""
        self.refresh_competencies()
        first: tuple[str, QuestionDraft] | None = None
        for stage, questions in per_stage.items():
            for question in questions:
                self.lists[stage].append(question)
                first = first or (stage, question)
        self._update_stage_names()
        if first is not None:
            self.show_question(*first)

    def _remove(self, question: QuestionDraft) -> None:
        self.lists[self.current_stage()].remove(question)
        self._update_stage_names()

    def unlink_competency(self, key: str) -> None:
        """A competency was removed: the questions probing it now probe nothing."""
        for questions in self.questions().values():
            for question in questions:
                if question.competency_key == key:
                    question.competency_key = None
        self.refresh_competencies()

    def refresh_competencies(self) -> None:
        """Rebuild the competency choice from the competencies tab as it is now."""
        self.competency.blockSignals(True)
        self.competency.clear()
        self.competency.addItem(self.tr("— none —"), None)
        for competency in self._competencies():
            self.competency.addItem(competency.name.strip() or self.tr("(new competency)"),
                                    competency.key)
        if self._current is not None:
            select_data(self.competency, self._current.competency_key)
        self.competency.blockSignals(False)
        self.competency_hint.setVisible(self.competency.count() == 1)

    def _label(self, question: object) -> str:
        assert isinstance(question, QuestionDraft)
        first_line = question.text.strip().splitlines()[0] if question.text.strip() else ""
        return first_line or self.tr("(new question)")

    def _update_stage_names(self) -> None:
        for row, key in enumerate(QUESTION_STAGES):
            count = self.lists[key].count()
            self.stages.item(row).setText(
                self.tr("{stage} ({count})").format(stage=self._stage_names[key], count=count))

    # -- switching and editing --------------------------------------------------------

    def _stage_changed(self, row: int) -> None:
        if row < 0:
            return
        key = QUESTION_STAGES[row]
        questions = self.lists[key]
        self.list_stack.setCurrentWidget(questions)
        self._questions_label.setBuddy(questions.view)
        self.empty_text.setText(
            self.tr("No questions for “{stage}” yet — add the questions every candidate for "
                    "this role should be asked in this stage.").format(
                stage=self._stage_names[key]))
        self._show(questions.current())

    def _show(self, question: object) -> None:
        self._current = question if isinstance(question, QuestionDraft) else None
        if self._current is None:
            self.form_stack.setCurrentWidget(self.empty)
            return
        self.form_stack.setCurrentWidget(self.form)
        q = self._current
        for widget in (self.text, self.probes, self.kind, self.competency):
            widget.blockSignals(True)
        self.text.setPlainText(q.text)
        self.probes.setPlainText(q.probes)
        select_data(self.kind, q.kind)
        select_data(self.competency, q.competency_key)
        for widget in (self.text, self.probes, self.kind, self.competency):
            widget.blockSignals(False)
        self._show_forbidden()

    def _show_forbidden(self) -> None:
        """Say under the fields why an underlined question should not be asked."""
        found = explanations(f"{self.text.toPlainText()}\n{self.probes.toPlainText()}")
        self.forbidden_hint.setText(" ".join(found))
        self.forbidden_hint.setVisible(bool(found))

    def _edited(self) -> None:
        q = self._current
        if q is None:
            return
        q.text = self.text.toPlainText()
        q.probes = self.probes.toPlainText()
        q.kind = str(self.kind.currentData())
        q.competency_key = self.competency.currentData()
        self.lists[self.current_stage()].refresh_current()
