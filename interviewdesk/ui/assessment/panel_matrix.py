"""The panel matrix: competencies × raters, each score on its heat colour, the mean, the
spread as a band, and the panel's score; flagged competencies on top with the
consensus field right under them; each rater's weighted total and recommendation at
the bottom. Evidence shows on hovering a score, or for a whole competency by
expanding it.

The matrix only ever gets a :class:`~interviewdesk.store.assessments.PanelView`, which
the store hands out behind the blind-scoring gate: this widget cannot show a score
the viewer may not see.
"""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.scales import COMPETENCY_KINDS, PANEL_ROLES
from interviewdesk.store.assessments import PanelRater, PanelRow, PanelView
from interviewdesk.ui.assessment.panel_cells import ScoreCell, SpreadCell
from interviewdesk.ui.assessment.panel_consensus import ConsensusEditor
from interviewdesk.ui.assessment.panel_heat import (
    SPREAD_WIDE,
    recommendation_label,
    scale_label,
)
from interviewdesk.ui.home.formatting import format_number
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import (
    SPACING,
    SPACING_LARGE,
    SPACING_SMALL,
    make_heading,
    make_muted,
    plain_text,
)

# Width of a rater's column, in average characters.
RATER_COLUMN_CHARS = 13


def _muted(text: str) -> QLabel:
    label = plain_text(make_muted(QLabel(text)))
    label.setWordWrap(True)
    return label


class PanelMatrix(QWidget):
    """The matrix of ``view``; forwards the consensus editors' requests."""

    recordRequested = Signal(int, object, str)
    removeRequested = Signal(int)

    def __init__(self, view: PanelView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.raters = view.raters
        self.score_cells: dict[tuple[int, int], ScoreCell] = {}
        self.mean_cells: dict[int, ScoreCell] = {}
        self.spread_cells: dict[int, SpreadCell] = {}
        self.result_cells: dict[int, ScoreCell] = {}
        self.flag_labels: dict[int, QLabel] = {}
        self.editors: dict[int, ConsensusEditor] = {}
        self.evidence: dict[int, QLabel] = {}
        self.toggles: dict[int, QToolButton] = {}
        self.total_cells: dict[int, ScoreCell] = {}
        self.recommendation_labels: dict[int, QLabel] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(SPACING_SMALL)
        self._row = 0
        self._build()

    # -- columns --------------------------------------------------------------------

    @property
    def mean_column(self) -> int:
        return 1 + len(self.raters)

    @property
    def spread_column(self) -> int:
        return self.mean_column + 1

    @property
    def result_column(self) -> int:
        return self.mean_column + 2

    @property
    def columns(self) -> int:
        return self.result_column + 1

    def _next_row(self) -> int:
        self._row += 1
        return self._row - 1

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.grid.setColumnStretch(0, 1)
        width = self.fontMetrics().averageCharWidth() * RATER_COLUMN_CHARS
        for column in range(1, self.mean_column):
            self.grid.setColumnMinimumWidth(column, width)
        self._header()
        flagged = [row for row in self.view.rows if row.flag is not None]
        others = [row for row in self.view.rows if row.flag is None]
        if flagged:
            self._section(self.tr("To discuss"), self.tr(
                "The panel differs on these, or nobody assessed them. Agree on a score and "
                "say why."))
            for row in flagged:
                self._competency(row)
        if others:
            self._section(self.tr("No large difference") if flagged
                          else self.tr("Competencies"), "")
            for row in others:
                self._competency(row)
        self._totals()

    def _header(self) -> None:
        row = self._next_row()
        self.grid.addWidget(make_muted(QLabel(self.tr("Competency"))), row, 0,
                            Qt.AlignmentFlag.AlignBottom)
        for index, rater in enumerate(self.raters):
            name = plain_text(make_heading(QLabel(rater.name), 1.0))
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setToolTip(self._rater_tip(rater))
            role = _muted(PANEL_ROLES.label(rater.role).in_language(current_language()))
            role.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(name)
            box.addWidget(role)
            self.grid.addLayout(box, row, 1 + index, Qt.AlignmentFlag.AlignBottom)
        for column, text in ((self.mean_column, self.tr("Mean")),
                             (self.spread_column, self.tr("Spread")),
                             (self.result_column, self.tr("Panel score"))):
            label = make_muted(QLabel(text))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter if column != self.spread_column
                               else Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignBottom)

    def _section(self, title: str, explanation: str) -> None:
        self.grid.setRowMinimumHeight(self._next_row(), SPACING)
        heading = plain_text(make_heading(QLabel(title), 1.05))
        self.grid.addWidget(heading, self._next_row(), 0, 1, self.columns)
        if explanation:
            self.grid.addWidget(_muted(explanation), self._next_row(), 0, 1, self.columns)

    def _competency(self, panel_row: PanelRow) -> None:
        cid = panel_row.competency_id
        row = self._next_row()
        self.grid.addWidget(self._name_cell(panel_row), row, 0)
        for index, rater in enumerate(self.raters):
            score = panel_row.scores[index]
            cell = ScoreCell(score)
            cell.setToolTip(self._evidence_tip(rater, score, panel_row.evidence[index]))
            self.score_cells[(cid, rater.panel_member_id)] = cell
            self.grid.addWidget(cell, row, 1 + index, Qt.AlignmentFlag.AlignTop)
        self.mean_cells[cid] = ScoreCell(panel_row.mean)
        self.grid.addWidget(self.mean_cells[cid], row, self.mean_column,
                            Qt.AlignmentFlag.AlignTop)
        spread = SpreadCell(panel_row.scores, panel_row.mean, panel_row.spread)
        spread.setFixedHeight(self.mean_cells[cid].height())
        self.spread_cells[cid] = spread
        self.grid.addWidget(spread, row, self.spread_column, Qt.AlignmentFlag.AlignTop)
        self.result_cells[cid] = self._result_cell(panel_row)
        self.grid.addWidget(self.result_cells[cid], row, self.result_column,
                            Qt.AlignmentFlag.AlignTop)

        evidence = QLabel(self._evidence_html(panel_row))
        evidence.setTextFormat(Qt.TextFormat.RichText)
        evidence.setWordWrap(True)
        evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        evidence.setVisible(False)
        evidence.setContentsMargins(SPACING_LARGE, 0, 0, SPACING_SMALL)
        self.evidence[cid] = evidence
        self.grid.addWidget(evidence, self._next_row(), 0, 1, self.columns)

        if panel_row.flag is not None:
            editor = ConsensusEditor(panel_row)
            editor.setContentsMargins(SPACING_LARGE, 0, 0, SPACING)
            editor.recordRequested.connect(self.recordRequested)
            editor.removeRequested.connect(self.removeRequested)
            self.editors[cid] = editor
            self.grid.addWidget(editor, self._next_row(), 0, 1, self.columns)

    def _name_cell(self, panel_row: PanelRow) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        toggle = QToolButton()
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setText(panel_row.name)
        toggle.setAutoRaise(True)
        toggle.setToolTip(self.tr("Show or hide each rater's evidence"))
        toggle.setAccessibleName(self.tr("Evidence for {competency}").format(
            competency=panel_row.name))
        toggle.clicked.connect(lambda _=False, cid=panel_row.competency_id:
                               self.show_evidence(cid, not self.evidence[cid].isVisibleTo(self)))
        self.toggles[panel_row.competency_id] = toggle
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        indent = toggle.iconSize().width() + SPACING_SMALL  # under the name, past the arrow
        kind = COMPETENCY_KINDS.label(panel_row.kind).in_language(current_language())
        details = _muted(self.tr("{kind} · weight {weight}").format(
            kind=kind, weight=format_number(panel_row.weight)))
        details.setContentsMargins(indent, 0, 0, 0)
        layout.addWidget(details)
        if panel_row.flag is not None:
            flag = QLabel(self._flag_text(panel_row))
            flag.setWordWrap(True)
            flag.setContentsMargins(indent, 0, 0, 0)
            if panel_row.consensus is None:
                palette = flag.palette()
                palette.setColor(QPalette.ColorRole.WindowText, SPREAD_WIDE.darker(130))
                flag.setPalette(palette)
            else:
                make_muted(flag)
            self.flag_labels[panel_row.competency_id] = flag
            layout.addWidget(flag)
        layout.addStretch(1)
        return cell

    def _flag_text(self, panel_row: PanelRow) -> str:
        if panel_row.flag == "gap":
            text = self.tr("⚑ Nobody assessed this")
        else:
            text = self.tr("⚑ Raters differ by %n point(s)", "", panel_row.spread or 0)
        if panel_row.consensus is not None:
            return self.tr("{flag} — resolved").format(flag=text)
        return text

    def _result_cell(self, panel_row: PanelRow) -> ScoreCell:
        if panel_row.result is not None:
            cell = ScoreCell(panel_row.result, bold=True)
            if panel_row.consensus is not None:
                cell.setToolTip(self.tr("The panel's consensus"))
            else:
                cell.setToolTip(self.tr("The mean of the scores given"))
            return cell
        if panel_row.consensus is not None:
            cell = ScoreCell(None, self.tr("n/a"))
            cell.setToolTip(self.tr("The panel agrees this was not assessed"))
        elif panel_row.flag is not None:
            cell = ScoreCell(None, self.tr("open"))
            cell.setToolTip(self.tr("No panel score until the panel records a consensus"))
        else:
            cell = ScoreCell(None)
        return cell

    def _totals(self) -> None:
        self.grid.setRowMinimumHeight(self._next_row(), SPACING)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(line, self._next_row(), 0, 1, self.columns)
        row = self._next_row()
        label = make_heading(QLabel(self.tr("Weighted total")), 1.0)
        label.setToolTip(self.tr(
            "Each rater's total over the competencies they assessed, by weight. A "
            "competency not assessed neither counts as a low score nor lowers the total."))
        self.grid.addWidget(label, row, 0)
        for index, rater in enumerate(self.raters):
            cell = ScoreCell(rater.weighted_total, bold=True)
            self.total_cells[rater.panel_member_id] = cell
            self.grid.addWidget(cell, row, 1 + index)
        self.overall_cell = ScoreCell(self.view.overall, bold=True)
        self.overall_cell.setToolTip(self.tr("The candidate's weighted score from the panel "
                                             "scores"))
        self.grid.addWidget(self.overall_cell, row, self.result_column)

        row = self._next_row()
        self.grid.addWidget(make_heading(QLabel(self.tr("Recommendation")), 1.0), row, 0)
        for index, rater in enumerate(self.raters):
            text = (recommendation_label(rater.recommendation) if rater.recommendation
                    else self.tr("none"))
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setToolTip(self._rater_tip(rater))
            self.recommendation_labels[rater.panel_member_id] = label
            self.grid.addWidget(label, row, 1 + index)

    # -- texts ----------------------------------------------------------------------

    def _evidence_tip(self, rater: PanelRater, score: int | None, evidence: str) -> str:
        if score is None:
            head = self.tr("{name}: not assessed").format(name=rater.name)
        else:
            head = self.tr("{name}: {score} · {label}").format(
                name=rater.name, score=score, label=scale_label(score))
        body = evidence.strip() or self.tr("No evidence written.")
        return f"<p><b>{escape(head)}</b></p><p>{escape(body)}</p>"

    def _evidence_html(self, panel_row: PanelRow) -> str:
        items = []
        for rater, score, evidence in zip(self.raters, panel_row.scores, panel_row.evidence,
                                          strict=True):
            given = (scale_label(None) if score is None
                     else self.tr("{score} · {label}").format(score=score,
                                                              label=scale_label(score)))
            body = evidence.strip() or self.tr("No evidence written.")
            items.append(f"<p><b>{escape(rater.name)}</b> ({escape(given)}) — "
                         f"{escape(body)}</p>")
        return "".join(items)

    def _rater_tip(self, rater: PanelRater) -> str:
        parts = [f"<p><b>{escape(rater.name)}</b></p>"]
        strengths_label = self.tr("Strengths:")
        weaknesses_label = self.tr("Weaknesses:")
        if rater.strengths.strip():
            parts.append(f"<p><b>{escape(strengths_label)}</b> "
                         f"{escape(rater.strengths.strip())}</p>")
        if rater.weaknesses.strip():
            parts.append(f"<p><b>{escape(weaknesses_label)}</b> "
                         f"{escape(rater.weaknesses.strip())}</p>")
        return "".join(parts)

    # -- interaction ----------------------------------------------------------------

    def show_evidence(self, competency_id: int, shown: bool) -> None:
        """Show or hide every rater's evidence under a competency."""
        self.toggles[competency_id].setArrowType(Qt.ArrowType.DownArrow if shown
                                                 else Qt.ArrowType.RightArrow)
        self.evidence[competency_id].setVisible(shown)
