"""The panel discussion: the matrix of scores (behind the blind-scoring gate), the
consensus on flagged competencies, the decision, and telling the candidate.

The gate is ``domain.blind``'s rule (:func:`~interviewdesk.domain.blind.matrix_refusal`),
asked by :func:`panel_scores`: the matrix shows every member's assessment, so it is
shown to anyone — panel member or not — once the round is closed (every form is in,
or the chair closed it early with a reason, ``round.close_round``), and to nobody
before. When the round was closed early the view lists who is missing, and their
open forms stay out of it until they are submitted.

``viewer_panel_member_id=None`` is someone outside the panel (HR afterwards, a report).

Application status follows the interview: "invited", then "interviewed" once its
closing is done (``interview_records``), then "decided" — :func:`save_decision` moves
an "applied", "invited" or "interviewed" application there: decided, but the candidate
not yet told. :func:`record_feedback_given` then moves it on as the outcome says:
hire → "offered", next round → "invited", reject → "rejected", hold → stays
"decided" with a new feedback date (the candidate is still waiting for an answer).
A "hired" or "withdrawn" application is never moved back. The rule is
:mod:`interviewdesk.domain.application_status`.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from interviewdesk.domain import application_status
from interviewdesk.domain.blind import matrix_refusal
from interviewdesk.domain.scales import DECISION_OUTCOMES, is_valid_rating
from interviewdesk.domain.scoring import (
    Flag,
    RecommendationSummary,
    Status,
    summarize_recommendations,
)
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments.round import (
    RoundState,
    describe,
    hidden,
    state_of,
)
from interviewdesk.store.database import Database
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Competency,
    ConsensusScore,
    Decision,
    Interview,
    utc_now,
)
from interviewdesk.store.validation import ValidationError


class OpenFlags(ValidationError):
    """A decision while flagged competencies have no consensus score needs an explicit
    override with a reason; ``flags`` lists them as (competency id, name, flag)."""

    def __init__(self, flags: tuple[tuple[int, str, Flag], ...]) -> None:
        names = ", ".join(f"{name} ({flag})" for _id, name, flag in flags)
        super().__init__(
            f"Record a consensus score for {names}, or give a reason to decide anyway.",
            "override_reason",
        )
        self.flags = flags


@dataclass(frozen=True)
class PanelRater:
    """A panel member whose submitted form is in the matrix."""

    panel_member_id: int
    name: str
    role: str
    recommendation: str | None
    strengths: str
    weaknesses: str
    weighted_total: float | None
    submitted_at: datetime | None


@dataclass(frozen=True)
class MissingRater:
    """A panel member whose form is not in (the chair closed the round early)."""

    panel_member_id: int
    name: str
    role: str


@dataclass(frozen=True)
class Consensus:
    """The score the panel agreed on (``None``: agreed it cannot be assessed), and why."""

    score: int | None
    reason: str


@dataclass(frozen=True)
class PanelRow:
    """One competency of the matrix; ``scores`` and ``evidence`` follow the order of
    :attr:`PanelView.raters`. ``result`` is the panel's score (see ``domain.scoring``)."""

    competency_id: int
    name: str
    kind: str
    weight: float
    scores: tuple[int | None, ...]
    evidence: tuple[str, ...]
    assessed: int
    mean: float | None
    spread: int | None
    status: Status
    flag: Flag | None
    consensus: Consensus | None
    result: float | None

    @property
    def open(self) -> bool:
        """Flagged and without a consensus score: the decision needs an override."""
        return self.flag is not None and self.consensus is None


@dataclass(frozen=True)
class DecisionInfo:
    """The panel's decision as stored."""

    outcome: str
    rationale: str
    next_steps: str
    feedback_date: date | None
    override_reason: str
    decided_at: datetime | None


@dataclass(frozen=True)
class DecisionDraft:
    """A decision to save: ``outcome`` a key of ``scales.DECISION_OUTCOMES``;
    ``override_reason`` is needed (and kept) only while a flag is open."""

    outcome: str
    rationale: str
    next_steps: str = ""
    feedback_date: date | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class PanelView:
    """The panel discussion's matrix: competencies × raters with the numbers."""

    interview_id: int
    candidate_name: str
    vacancy_title: str
    scheduled_at: datetime | None
    raters: tuple[PanelRater, ...]
    rows: tuple[PanelRow, ...]
    missing: tuple[MissingRater, ...]
    overall: float | None
    recommendations: RecommendationSummary
    decision: DecisionInfo | None
    interview_next_steps: str
    interview_feedback_date: date | None
    round: RoundState

    @property
    def closed_early(self) -> bool:
        """The chair closed the round before every form was in, and some still are not."""
        return bool(self.missing)

    @property
    def open_flags(self) -> tuple[PanelRow, ...]:
        """The flagged competencies still without a consensus score."""
        return tuple(row for row in self.rows if row.open)


def _decision_info(row: Decision | None) -> DecisionInfo | None:
    if row is None:
        return None
    return DecisionInfo(
        row.outcome,
        row.rationale,
        row.next_steps,
        row.feedback_date,
        row.override_reason,
        reading.as_utc(row.decided_at),
    )


def panel_scores(
    db: Database,
    interview_id: int,
    viewer_panel_member_id: int | None,
) -> PanelView:
    """The panel matrix of ``interview_id`` as ``viewer_panel_member_id`` may see it.

    Raises :class:`ScoresHidden` when the viewer may not see it yet (see the module
    docstring), ``LookupError`` for an unknown interview or a viewer not on its panel.
    """
    with db.session() as session:
        context = interview_context(session, interview_id)
        seats = reading.seats(session, interview_id)
        if viewer_panel_member_id is not None and not any(
            seat.id == viewer_panel_member_id for seat in seats
        ):
            raise LookupError(f"Panel member {viewer_panel_member_id} is not on this panel.")
        round_ = describe(seats, context.interview)
        refused = matrix_refusal(round_, viewer_panel_member_id)
        if refused is not None:
            raise hidden(round_, refused)

        # A form submitted between two reads of a team server may be known as submitted
        # before its row is readable: it joins the matrix at the next refresh.
        submitted = [seat for seat in seats if seat.submitted and seat.assessment is not None]
        ratings = reading.submitted_ratings(session, submitted)
        competencies = reading.competencies(session, context.vacancy.id or 0)
        consensus = reading.consensus(session, interview_id)
        analysis = reading.analysis(session, submitted, competencies, consensus)
        rows = []
        for competency, summary in zip(competencies, analysis.competencies, strict=True):
            cid = int(competency.id or 0)
            given = [ratings[seat.id].get(cid) for seat in submitted]
            agreed = consensus.get(cid)
            rows.append(
                PanelRow(
                    competency_id=cid,
                    name=competency.name,
                    kind=competency.kind,
                    weight=competency.weight,
                    scores=tuple(r.score if r else None for r in given),
                    evidence=tuple(r.evidence if r else "" for r in given),
                    assessed=summary.assessed,
                    mean=summary.mean,
                    spread=summary.spread,
                    status=summary.status,
                    flag=summary.flag,
                    consensus=Consensus(agreed.score, agreed.reason) if agreed else None,
                    result=analysis.result_of(cid),
                )
            )
        raters = tuple(
            PanelRater(
                seat.id,
                seat.interviewer.name,
                seat.member.role,
                seat.assessment.recommendation if seat.assessment else None,
                seat.assessment.strengths if seat.assessment else "",
                seat.assessment.weaknesses if seat.assessment else "",
                analysis.total_of(seat.id),
                reading.as_utc(seat.assessment.submitted_at) if seat.assessment else None,
            )
            for seat in submitted
        )
        return PanelView(
            interview_id=interview_id,
            candidate_name=context.candidate.name,
            vacancy_title=context.vacancy.title,
            scheduled_at=reading.as_utc(context.interview.scheduled_at),
            raters=raters,
            rows=tuple(rows),
            missing=tuple(
                MissingRater(seat.id, seat.interviewer.name, seat.member.role)
                for seat in seats
                if not seat.submitted
            ),
            overall=analysis.overall,
            recommendations=summarize_recommendations(
                {rater.panel_member_id: rater.recommendation for rater in raters}
            ),
            decision=_decision_info(reading.decision(session, interview_id)),
            interview_next_steps=context.interview.next_steps,
            interview_feedback_date=context.interview.feedback_date,
            round=state_of(seats, context.interview),
        )


def _competency_of(session: Session, interview_id: int, competency_id: int) -> Competency:
    context = interview_context(session, interview_id)
    competency = session.get(Competency, competency_id)
    if competency is None or competency.vacancy_id != context.vacancy.id:
        raise LookupError(f"Competency {competency_id} is not one of this interview's.")
    return competency


def record_consensus(
    db: Database, interview_id: int, competency_id: int, score: int | None, reason: str
) -> None:
    """Record (or change) the score the panel agreed on for a competency and why;
    ``score=None`` records that the panel agrees it cannot be assessed.

    Raises ``ValidationError`` without a reason or for a score off the scale.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the panel agreed on this score.", "reason")
    if not is_valid_rating(score):
        raise ValidationError(f"{score!r} is not a score from 1 to 5.", "score")
    with db.session() as session:
        _competency_of(session, interview_id, competency_id)
        row = reading.consensus(session, interview_id).get(competency_id)
        if row is None:
            row = ConsensusScore(interview_id=interview_id, competency_id=competency_id)
        row.score = score
        row.reason = reason
        session.add(row)


def remove_consensus(db: Database, interview_id: int, competency_id: int) -> None:
    """Take back a consensus score (the flag, if any, is open again)."""
    with db.session() as session:
        row = reading.consensus(session, interview_id).get(competency_id)
        if row is not None:
            session.delete(row)


def decision_of(db: Database, interview_id: int) -> DecisionInfo | None:
    """The panel's decision on ``interview_id``, if any (no scores in it)."""
    with db.session() as session:
        interview_context(session, interview_id)
        return _decision_info(reading.decision(session, interview_id))


def save_decision(db: Database, interview_id: int, draft: DecisionDraft) -> DecisionInfo:
    """Save the panel's decision (again), with the moment it was taken.

    Flags are computed over the submitted forms. While one has no consensus score the
    draft needs an ``override_reason``, which is then stored; otherwise it is cleared.
    Also sets the interview's feedback date (when the draft has one) and moves an
    "applied", "invited" or "interviewed" application to "decided" (see the module
    docstring).

    Raises ``ValidationError`` for an unknown outcome or an empty rationale, and
    :class:`OpenFlags` for open flags without an override reason.
    """
    if draft.outcome not in DECISION_OUTCOMES:
        raise ValidationError(f"{draft.outcome!r} is not a decision outcome.", "outcome")
    if not draft.rationale.strip():
        raise ValidationError("Give the rationale for the decision.", "rationale")
    with db.session() as session:
        context = interview_context(session, interview_id)
        seats = reading.seats(session, interview_id)
        competencies = reading.competencies(session, context.vacancy.id or 0)
        consensus = reading.consensus(session, interview_id)
        analysis = reading.analysis(session, seats, competencies, consensus)
        names = {int(c.id or 0): c.name for c in competencies}
        flags = tuple(
            (cid, names[cid], flag)
            for cid in analysis.open_flags
            if (flag := analysis.summary(cid).flag) is not None
        )
        override = draft.override_reason.strip()
        if flags and not override:
            raise OpenFlags(flags)
        row = reading.decision(session, interview_id) or Decision(interview_id=interview_id)
        row.outcome = draft.outcome
        row.rationale = draft.rationale.strip()
        row.next_steps = draft.next_steps.strip()
        row.feedback_date = draft.feedback_date
        row.override_reason = override if flags else ""
        row.decided_at = utc_now()
        session.add(row)
        if draft.feedback_date is not None:
            context.interview.feedback_date = draft.feedback_date
            session.add(context.interview)
        status = application_status.after_decision(context.application.status)
        if status != context.application.status:
            context.application.status = status
            session.add(context.application)
        session.flush()
        info = _decision_info(row)
        assert info is not None
        return info


def record_feedback_given(
    db: Database, interview_id: int, *, next_feedback_date: date | None = None
) -> str:
    """Record that the candidate was told the panel's decision; returns the
    application's status afterwards (see the module docstring).

    For "hold" the candidate is told when they will hear more: ``next_feedback_date``
    is then required and becomes the decision's and the interview's feedback date.
    Raises ``ValidationError`` when there is no decision yet, or no date for "hold".
    """
    with db.session() as session:
        context = interview_context(session, interview_id)
        row = reading.decision(session, interview_id)
        if row is None:
            raise ValidationError("Record the panel's decision first.", "outcome")
        if row.outcome == "hold":
            if next_feedback_date is None:
                raise ValidationError(
                    "On hold: give the date the candidate will hear more.", "next_feedback_date"
                )
            row.feedback_date = next_feedback_date
            interview: Interview = context.interview
            interview.feedback_date = next_feedback_date
            session.add_all([row, interview])
        application = context.application
        status = application_status.after_feedback(application.status, row.outcome)
        if status != application.status:
            application.status = status
            session.add(application)
        return application.status
