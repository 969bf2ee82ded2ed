"""The first round, on the preparation page of a second-round interview: what the
earlier interview concluded — the decision with its reasons, the competencies the
panel discussed (scores far apart, not assessed, or low), the consensus scores and the
open points — so the panel starts where the first one stopped.

Read through ``store.assessments.first_round``, which asks the blind-scoring rule:
while the first round's assessments are not all in (and its chair did not close it),
this shows the decision and the open points only, and says why the scores are not
shown.
"""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from interviewdesk.domain.scales import DECISION_OUTCOMES
from interviewdesk.store.assessments.first_round import (
    DiscussedCompetency,
    FirstRound,
    first_round_of,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.home.formatting import format_date, format_number, local
from interviewdesk.ui.style import SPACING_SMALL
from interviewdesk.ui.wizard.fields import heading, quiet

_PARAGRAPH = "<p style='margin:0 0 4px 0'>{}</p>"


def _p(text: str) -> str:
    """One paragraph of rich text, ``text`` already escaped."""
    return _PARAGRAPH.format(text)


def _lines(text: str) -> str:
    """User text, escaped, with its line breaks kept."""
    return html.escape(text.strip()).replace("\n", "<br>")


class FirstRoundBox(QWidget):
    """What the first round concluded, for interview ``interview_id`` (hidden when it
    follows no earlier interview)."""

    def __init__(self, db: Database, interview_id: int, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interview_id = interview_id
        self.language = language
        self.first: FirstRound | None = None
        self.title = heading("")
        self.decision = self._rich()
        self.hidden_note = quiet()
        self.discussed_heading = heading(self.tr("Discussed in the panel"), 1.0)
        self.discussed = self._rich()
        self.consensus_heading = heading(self.tr("Panel scores"), 1.0)
        self.consensus = self._rich()
        self.open_heading = heading(self.tr("Open points"), 1.0)
        self.open_points = self._rich()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        for widget in (self.title, self.decision, self.hidden_note, self.discussed_heading,
                       self.discussed, self.consensus_heading, self.consensus,
                       self.open_heading, self.open_points):
            if widget in (self.discussed_heading, self.consensus_heading, self.open_heading):
                widget.setContentsMargins(0, SPACING_SMALL, 0, 0)  # none while hidden
            layout.addWidget(widget)
        self.refresh()

    @staticmethod
    def _rich() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def refresh(self) -> None:
        """Read the first round again: its round may have closed meanwhile."""
        try:
            self.first = first_round_of(self.db, self.interview_id)
        except LookupError:  # this interview was deleted under the window
            self.first = None
        self.setVisible(self.first is not None)
        if self.first is not None:
            self._show(self.first)

    def _show(self, first: FirstRound) -> None:
        day = (format_date(local(first.scheduled_at).date()) if first.scheduled_at
               else self.tr("(no date)"))
        self.title.setText(self.tr("Second round — what the first round concluded "
                                   "(interview of {date})")
                           .format(date=day))
        self.decision.setText(self._decision_html(first))
        hidden = first.scores_hidden is not None
        if hidden:
            missing = ", ".join(first.missing)
            text = (self.tr("The first round's scores are not shown: not every panel member "
                            "has submitted their assessment (still open: {names}). They "
                            "appear once that round is closed.").format(names=missing)
                    if missing else self.tr("The first round's scores are not shown until "
                                            "its round is closed."))
            self.hidden_note.setText(text)
        self.hidden_note.setVisible(hidden)
        discussed = "".join(_p(self._discussed_line(item)) for item in first.discussed)
        self.discussed.setText(discussed)
        for widget in (self.discussed_heading, self.discussed):
            widget.setVisible(bool(discussed))
        agreed = "".join(
            _p(self.tr("<b>{name}</b>: {score} — {reason}").format(
                name=html.escape(a.name), score=self._score(a.score),
                reason=_lines(a.reason))) for a in first.consensus)
        self.consensus.setText(agreed)
        for widget in (self.consensus_heading, self.consensus):
            widget.setVisible(bool(agreed))
        points = "".join(_p("• " + _lines(point)) for point in first.open_points)
        self.open_points.setText(points or _p(html.escape(self.tr(
            "The first round left no open points."))))

    def _score(self, score: int | None) -> str:
        return str(score) if score is not None else self.tr("cannot be assessed")

    def _decision_html(self, first: FirstRound) -> str:
        decision = first.decision
        if decision is None:
            parts = [_p(html.escape(self.tr("The first round's panel has not decided yet.")))]
        else:
            outcome = (DECISION_OUTCOMES.label(decision.outcome).in_language(self.language)
                       if decision.outcome in DECISION_OUTCOMES else decision.outcome)
            parts = [_p(self.tr("<b>Decision:</b> {outcome}").format(
                outcome=html.escape(outcome))), _p(_lines(decision.rationale))]
        if first.overall is not None:
            parts.append(_p(html.escape(self.tr("Weighted total: {score} of 5").format(
                score=format_number(round(first.overall, 1))))))
        return "".join(parts)

    def _discussed_line(self, item: DiscussedCompetency) -> str:
        if item.flag == "discrepancy":
            why = self.tr("scores far apart ({low} to {high})").format(
                low=item.lowest, high=item.highest)
        elif item.flag == "gap":
            why = self.tr("nobody could assess it")
        else:
            why = self.tr("low result ({score})").format(
                score=format_number(round(item.result or 0, 1)))
        if item.agreed:
            outcome = self.tr("panel score: {score}").format(score=self._score(item.consensus))
        elif item.flag is not None:
            outcome = self.tr("no panel score recorded")
        else:
            outcome = ""
        text = f"<b>{html.escape(item.name)}</b> — {html.escape(why)}"
        return f"{text}; {html.escape(outcome)}" if outcome else text
