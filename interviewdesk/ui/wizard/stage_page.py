"""One stage of the interview as a page, built from the agenda's data: its name, the
guidance, the checklist, the stage's own section (if it has one), a note field,
and the question cards for the stages that ask questions.

The same order on every page, so the interviewer's eyes know where to go: what to
do (checklist), the stage's own tools, then notes, then questions.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from interviewdesk.domain.agenda import QUESTION_STAGES, Stage
from interviewdesk.domain.record import DATA_ITEMS, RecordFacts, data_tick, is_data_item
from interviewdesk.store.interview_edits import StageEdit
from interviewdesk.ui.style import SPACING, SPACING_LARGE, SPACING_SMALL
from interviewdesk.ui.wizard.cards_in_view import CardsInView
from interviewdesk.ui.wizard.context import InterviewContext
from interviewdesk.ui.wizard.fields import Checklist, NoteField, heading, quiet
from interviewdesk.ui.wizard.question_list import QuestionList
from interviewdesk.ui.wizard.sections import SECTIONS, Section
from interviewdesk.ui.wizard.sections.candidate_questions import CandidateQuestionsSection

# Widest the page's text runs, in pixels: longer lines are hard to read at a glance.
READABLE_WIDTH = 920


class StagePage(QScrollArea):
    """The page of one stage, scrolled on its own (each page keeps its place).

    ``jumpRequested(stage, question_id)`` and ``panelRequested(name)`` come from the
    stage's section; ``questionsChanged`` after a question was added or removed.
    """

    jumpRequested = Signal(str, int)
    panelRequested = Signal(str)
    questionsChanged = Signal()

    def __init__(self, context: InterviewContext, stage: Stage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stage = stage
        self.setObjectName(f"stagePage_{stage.key}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        record = context.session.stage(stage.key)

        self.title = heading(self.tr("{number} · {name}").format(
            number=context.number(stage.key), name=context.stage_name(stage)), 1.35)
        self.guidance = quiet(stage.guidance.in_language(context.language))

        self.checklist = Checklist(
            ((item.key, item.label.in_language(context.language)) for item in stage.items),
            record.checklist, self._tick)

        section_class = SECTIONS.get(stage.key)
        self.section: Section | None = section_class(context) if section_class else None
        if self.section is not None:
            self.section.jumpRequested.connect(self.jumpRequested)
            self.section.panelRequested.connect(self.panelRequested)
            self.section.recordChanged.connect(self.refresh_data_items)
        if isinstance(self.section, CandidateQuestionsSection):
            self.section.listChanged.connect(self.refresh_data_items)

        self.notes = NoteField(self.tr("Notes on this stage"), min_lines=4, max_lines=20)
        self.notes.setAccessibleName(self.tr("Notes on this stage"))
        self.notes.set_text(record.notes)
        self.notes.edited.connect(self._notes_edited)

        self.questions: QuestionList | None = None
        self.cards_in_view: CardsInView | None = None
        if stage.key in QUESTION_STAGES or context.session.questions_for(stage.key):
            self.questions = QuestionList(context, stage.key)
            self.questions.questionsChanged.connect(self.questionsChanged)
            self.cards_in_view = CardsInView(self, self.questions)

        content = QWidget()
        content.setObjectName("stageContent")
        content.setMaximumWidth(READABLE_WIDTH)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        if stage.items:
            layout.addSpacing(SPACING)
            layout.addWidget(self.checklist)
        if self.section is not None:
            layout.addSpacing(SPACING_LARGE)
            layout.addWidget(self.section)
        layout.addSpacing(SPACING_LARGE)
        layout.addWidget(heading(self.tr("Notes")))
        layout.addWidget(self.notes)
        if self.questions is not None:
            layout.addSpacing(SPACING_LARGE)
            layout.addWidget(self.questions)
        layout.addStretch(1)

        # The page fills the width up to READABLE_WIDTH; beyond that the rest stays empty.
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.setSpacing(0)
        outer_layout.addWidget(content, 1)
        outer_layout.addStretch(0)
        self.setWidget(outer)

    # -- showing --------------------------------------------------------------------

    def refresh(self) -> None:
        """Bring the stage's section and the items the record ticks up to date
        (called each time the page is shown)."""
        if self.section is not None:
            self.section.refresh()
        self.refresh_data_items()
        if self.cards_in_view is not None and QAccessible.isActive():
            self.cards_in_view.show_all()  # a screen reader reads the whole page

    def showEvent(self, event: QShowEvent) -> None:
        """Shown (on every switch to the stage): the cards far out of view are
        parked once the page is laid out, if they have not been yet."""
        super().showEvent(event)
        if self.cards_in_view is not None:
            self.cards_in_view.page_shown()

    def before_tab(self, forward: bool) -> None:
        """Tab or Shift+Tab is about to move the cursor: a question card far out of
        view that holds the next field is shown first (:mod:`cards_in_view`)."""
        if self.cards_in_view is not None:
            self.cards_in_view.before_tab(forward)

    def refresh_data_items(self) -> None:
        """Tick the checklist items that the record answers from the record itself."""
        keys = [item.key for item in self.stage.items if is_data_item(self.stage.key, item.key)]
        if not keys:
            return
        facts = self.context.record_facts()
        for key in keys:
            ticked = data_tick(facts, self.stage.key, key)
            self.checklist.set_from_data(key, ticked, self._source(key, facts))

    def _source(self, key: str, facts: RecordFacts) -> str:
        source = DATA_ITEMS[(self.stage.key, key)].source
        if source == "questions":
            return self.tr("%n question(s) logged below", "", facts.questions_logged)
        if source == "forms":
            return self.tr("{submitted} of {total} forms submitted").format(
                submitted=facts.forms_submitted, total=facts.forms_total)
        return (self.tr("the panel recorded its decision") if facts.decision_recorded
                else self.tr("no decision recorded yet"))

    def show_item(self, question_id: int) -> None:
        """Scroll to a question (or the candidate's question) ``question_id`` and put
        the cursor in its notes; ``0`` scrolls to the top."""
        target: QWidget | None = None
        if self.questions is not None and question_id in self.questions.cards:
            card = self.questions.cards[question_id]
            if self.cards_in_view is not None:
                self.cards_in_view.show_card(card)
            card.focus_notes()
            target = card
        elif isinstance(self.section, CandidateQuestionsSection):
            target = self.section.show_question(question_id)
        if target is None:
            self.verticalScrollBar().setValue(0)
            return
        self.widget().layout().activate()
        self.ensureWidgetVisible(target, 0, SPACING_LARGE)

    # -- editing --------------------------------------------------------------------

    def _tick(self, key: str, ticked: bool) -> None:
        self.context.session.stage(self.stage.key).checklist[key] = ticked
        self.context.autosaver.tick(self.stage.key, key, ticked)

    def _notes_edited(self, text: str) -> None:
        self.context.session.stage(self.stage.key).notes = text
        self.context.autosaver.edit(StageEdit(self.stage.key, notes=text))

