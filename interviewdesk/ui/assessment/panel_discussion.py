"""The panel discussion page: who is being discussed and by whom, a banner when the
chair closed the round early (when, by whom, why, and who is still open), the
matrix, and the decision at the bottom — one calm page that scrolls.

A view only: it shows a :class:`~interviewdesk.store.assessments.PanelView` and asks
for consensus and decisions through signals; :mod:`.panel_window` does the saving.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.wording import in_sentence
from interviewdesk.store.assessments import PanelView
from interviewdesk.ui.assessment.panel_cells import HeatLegend
from interviewdesk.ui.assessment.panel_decision import (
    FEEDBACK_WORKING_DAYS,
    DecisionForm,
    working_days_ahead,
)
from interviewdesk.ui.assessment.panel_heat import INK, NOTICE
from interviewdesk.ui.assessment.panel_matrix import PanelMatrix
from interviewdesk.ui.home.formatting import format_moment
from interviewdesk.ui.style import (
    SPACING,
    SPACING_LARGE,
    SPACING_SMALL,
    make_heading,
    make_muted,
    plain_text,
)

# The page's width at most: wider, the eye loses the row.
PAGE_WIDTH = 1180


class PanelDiscussion(QScrollArea):
    """The discussion of one interview as one viewer sees it.

    ``recordConsensus(competency_id, score, reason)``, ``removeConsensus(competency_id)``
    and ``recordDecision(draft)`` ask for saving; ``switchRequested`` when someone else
    wants to look.
    """

    recordConsensus = Signal(int, object, str)
    removeConsensus = Signal(int)
    recordDecision = Signal(object)
    switchRequested = Signal()
    auditRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.view: PanelView | None = None
        self.matrix: PanelMatrix | None = None

        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(SPACING_LARGE, SPACING_LARGE, SPACING_LARGE, SPACING_LARGE)
        content = QWidget()
        content.setMaximumWidth(PAGE_WIDTH)
        outer.addWidget(content)
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(SPACING)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(SPACING_SMALL // 2)
        self.title = plain_text(make_heading(QLabel(), 1.35))
        self.title.setWordWrap(True)
        self.subtitle = plain_text(make_muted(QLabel()))
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.viewer_label = plain_text(make_muted(QLabel()))
        self.switch_button = QPushButton(self.tr("Someone else…"))
        self.switch_button.clicked.connect(self.switchRequested)
        self.audit_button = QPushButton(self.tr("Audit trail…"))
        self.audit_button.setToolTip(self.tr(
            "Who opened, submitted and reopened forms, and when (no scores)"))
        self.audit_button.clicked.connect(self.auditRequested)
        top.addWidget(self.viewer_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.audit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(top)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the chair's reason
        self.banner.setAutoFillBackground(True)
        self.banner.setContentsMargins(SPACING, SPACING_SMALL, SPACING, SPACING_SMALL)
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.Window, NOTICE)
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        self.banner.setPalette(palette)
        self.banner.setVisible(False)
        self.layout_.addWidget(self.banner)

        self.matrix_slot = QVBoxLayout()
        self.matrix_slot.setContentsMargins(0, SPACING_SMALL, 0, 0)
        self.layout_.addLayout(self.matrix_slot)
        self.empty = make_muted(QLabel())
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        self.layout_.addWidget(self.empty)
        self.legend = HeatLegend()
        self.layout_.addSpacing(SPACING_SMALL)
        self.layout_.addWidget(self.legend)
        self.legend_text = make_muted(QLabel(self.tr(
            "The band shows how far apart the scores lie on the scale from 1 to 5; the dot "
            "is the mean. Hover over a score to read the evidence, or expand a competency "
            "with its arrow.")))
        self.legend_text.setWordWrap(True)
        self.layout_.addWidget(self.legend_text)

        self.layout_.addSpacing(SPACING_LARGE)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.layout_.addWidget(line)
        self.layout_.addSpacing(SPACING_SMALL)
        self.decision = DecisionForm()
        self.decision.recordRequested.connect(self.recordDecision)
        self.layout_.addWidget(self.decision)
        self.layout_.addStretch(1)
        self.setWidget(page)

    def show_view(self, view: PanelView, viewer: str, *, reload_decision: bool = True) -> None:
        """Show ``view`` as seen by ``viewer`` (a name and role, or "" for someone not
        on the panel). ``reload_decision=False`` keeps what is typed in the decision."""
        scroll = self.verticalScrollBar().value()
        self.view = view
        self.title.setText(self.tr("Panel discussion · {candidate}").format(
            candidate=view.candidate_name))
        submitted = len(view.raters)
        total = submitted + len(view.missing)
        moment = format_moment(view.scheduled_at)
        details = self.tr("{vacancy} · {count} of {total} assessments in").format(
            vacancy=view.vacancy_title, count=submitted, total=total)
        self.subtitle.setText(self.tr("{details} · interview {moment}").format(
            details=details, moment=moment) if moment else details)
        if view.round.closed:
            self.viewer_label.setText(self.tr("Open to everyone: every form is in")
                                      if view.round.all_in else
                                      self.tr("Open to everyone: the round was closed"))
        else:
            self.viewer_label.setText(self.tr("Viewed by: {viewer}").format(viewer=viewer)
                                      if viewer else self.tr("Viewed by: someone not on the panel"))
        self.switch_button.setVisible(not view.round.closed)
        names = ", ".join(member.name for member in view.missing)
        self.banner.setText(self.tr(
            "Round closed early on {moment} by {chair}: “{reason}”. %n panel member(s) not "
            "submitted yet: {names}. Their scores are not in this view; a form submitted "
            "now is marked as submitted after the round was closed.", "",
            len(view.missing)).format(
                moment=format_moment(view.round.closed_early_at) if view.round.closed_early_at
                else "", chair=view.round.closed_by, reason=in_sentence(view.round.reason),
                names=names))
        self.banner.setVisible(view.closed_early)
        if not view.rows:
            empty = self.tr("No competencies yet — add the 3 to 6 that matter most for this "
                            "role to the vacancy; the panel's scores are compared on them.")
        elif not view.raters:
            empty = self.tr("Nobody is on this interview's panel, so there are no scores "
                            "to discuss. Add the interviewers in the interview's details.")
        else:
            empty = ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        self.legend.setVisible(not empty)
        self.legend_text.setVisible(not empty)
        self._replace_matrix(None if empty else PanelMatrix(view))
        open_rows = view.open_flags
        if reload_decision:
            default = (view.interview_feedback_date
                       or working_days_ahead(date.today(), FEEDBACK_WORKING_DAYS))
            self.decision.load(view.decision, default, open_rows, view.interview_next_steps)
        else:
            self.decision.set_open_flags(
                open_rows, show_override=self.decision.override_box.isVisibleTo(self.decision))
        _settle()
        self.verticalScrollBar().setValue(scroll)

    def scroll_to(self, widget: QWidget) -> None:
        """Bring ``widget`` (and a little around it) into view."""
        _settle()
        self.ensureWidgetVisible(widget, SPACING_LARGE, SPACING_LARGE * 2)

    def clear(self) -> None:
        """Forget the scores shown (someone else is about to look)."""
        self.view = None
        self._replace_matrix(None)
        self.banner.setVisible(False)
        self.empty.setVisible(False)
        self.decision.load(None, date.today(), ())

    def _replace_matrix(self, matrix: PanelMatrix | None) -> None:
        if self.matrix is not None:
            self.matrix_slot.removeWidget(self.matrix)
            self.matrix.setParent(None)  # out of the widget tree at once
            self.matrix.deleteLater()
        self.matrix = matrix
        if matrix is not None:
            matrix.recordRequested.connect(self.recordConsensus)
            matrix.removeRequested.connect(self.removeConsensus)
            self.matrix_slot.addWidget(matrix)
            matrix.show()  # now, not when the event loop gets to it: the page is measured


def _settle() -> None:
    """Do the pending layouts now: a widget just added or shown has no place (and the
    page no height) until they are done, so scrolling would land short."""
    for _nesting in range(3):  # a layout done can ask its parent's for another
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
