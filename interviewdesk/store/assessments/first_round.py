"""What the first round concluded, for the panel of the second: the decision with its
reasons, the competencies the panel discussed (scores far apart, nobody could assess
it, or a low result), the consensus scores, and what was left open.

Blind scoring holds here as everywhere: the scores come only from
:func:`~interviewdesk.store.assessments.panel.panel_scores`, asked as someone outside
the first round's panel (``viewer None``), so they appear only once that round is
closed (``domain.blind``). Until then :attr:`FirstRound.scores_hidden` says why and the
summary carries the decision and the open points only — which hold no score.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from interviewdesk.domain.agenda import CLOSING
from interviewdesk.domain.scoring import Flag
from interviewdesk.store.assessments._reading import as_utc
from interviewdesk.store.assessments.panel import DecisionInfo, decision_of, panel_scores
from interviewdesk.store.assessments.round import ScoresHidden
from interviewdesk.store.database import Database
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import StageRecord

#: A panel result at or below this is a low score worth a second look.
LOW_RESULT = 2.0


@dataclass(frozen=True)
class DiscussedCompetency:
    """A competency the first round's panel discussed or scored low.

    ``flag`` is the panel discussion's flag ("discrepancy": scores far apart, "gap":
    not assessed) or ``None`` for a low result without one; ``consensus`` the score
    the panel agreed on (``None`` with ``agreed`` true: agreed it cannot be assessed).
    """

    name: str
    flag: Flag | None
    lowest: int | None
    highest: int | None
    result: float | None
    agreed: bool
    consensus: int | None
    reason: str

    @property
    def low(self) -> bool:
        """The panel's result for it is low."""
        return self.result is not None and self.result <= LOW_RESULT


@dataclass(frozen=True)
class Agreed:
    """A consensus score of the first round, with the reason."""

    name: str
    score: int | None
    reason: str


@dataclass(frozen=True)
class FirstRound:
    """The interview a second round follows, as its panel may read it."""

    interview_id: int
    scheduled_at: datetime | None
    decision: DecisionInfo | None
    #: ``None`` once the round is closed; else why the scores are not shown yet.
    scores_hidden: str | None
    missing: tuple[str, ...]
    discussed: tuple[DiscussedCompetency, ...]
    consensus: tuple[Agreed, ...]
    overall: float | None
    interview_next_steps: str
    closing_notes: str
    feedback_date: date | None

    @property
    def open_points(self) -> tuple[str, ...]:
        """What the first round left for later, in the order it was written: the
        decision's next steps ("next round" remarks), why it was decided with a flag
        open, the closing's next steps and notes."""
        points = []
        if self.decision is not None:
            points += [self.decision.next_steps, self.decision.override_reason]
        points += [self.interview_next_steps, self.closing_notes]
        seen: list[str] = []
        for point in (p.strip() for p in points):
            if point and point not in seen:
                seen.append(point)
        return tuple(seen)


def first_round_of(db: Database, interview_id: int) -> FirstRound | None:
    """The first round of ``interview_id`` (the interview it follows), or ``None``
    when it follows none (or that one was deleted). ``LookupError`` if
    ``interview_id`` does not exist."""
    with db.session() as session:
        context = interview_context(session, interview_id)
        first_id = context.interview.follows_interview_id
        if first_id is None:
            return None
        first = interview_context(session, first_id).interview
        scheduled = as_utc(first.scheduled_at)
        next_steps = first.next_steps
        feedback = first.feedback_date
        notes = session.exec(select(StageRecord.notes).where(
            StageRecord.interview_id == first_id, StageRecord.stage == CLOSING)).first() or ""
    return summary_of(db, first_id, scheduled, next_steps, notes, feedback)


def summary_of(db: Database, first_id: int, scheduled: datetime | None, next_steps: str,
               notes: str, feedback: date | None) -> FirstRound:
    """The summary of interview ``first_id`` through the blind-scoring gate."""
    decision = decision_of(db, first_id)
    try:
        view = panel_scores(db, first_id, None)
    except ScoresHidden as hidden:
        return FirstRound(first_id, scheduled, decision, hidden.reason, hidden.missing, (),
                          (), None, next_steps, notes, feedback)
    discussed = []
    agreed = []
    for row in view.rows:
        given = [score for score in row.scores if score is not None]
        item = DiscussedCompetency(
            name=row.name, flag=row.flag, lowest=min(given) if given else None,
            highest=max(given) if given else None, result=row.result,
            agreed=row.consensus is not None,
            consensus=row.consensus.score if row.consensus else None,
            reason=row.consensus.reason if row.consensus else "")
        if row.flag is not None or item.low:
            discussed.append(item)
        if row.consensus is not None:
            agreed.append(Agreed(row.name, row.consensus.score, row.consensus.reason))
    return FirstRound(first_id, scheduled, decision, None, (), tuple(discussed),
                      tuple(agreed), view.overall, next_steps, notes, feedback)
