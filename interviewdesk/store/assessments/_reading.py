"""Reads shared by the assessment modules, inside a caller's session.

Blind scoring: the rule is ``domain.blind``; this module keeps to it by being the only
reader of *other* panel members' scores — :func:`submitted_ratings` (and
:func:`analysis`, built on it) — called from just three places: ``panel.panel_scores``
(behind the rule), ``comparison.vacancy_comparison`` (only for interviews whose round
is closed) and ``panel.save_decision`` (which checks the flags and returns no score).
A form only ever reads its own ratings (:func:`own_ratings`); another member's form
is read through ``forms.read_form``, behind the rule. ``tests/ui/assessment/test_blind_routes.py``
checks that nothing else calls them.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import overload

from sqlmodel import Session, col, select

from interviewdesk.domain.scoring import PanelAnalysis, analyse_panel
from interviewdesk.store.assessments.form_facts import FormFacts, hidden_form_facts
from interviewdesk.store.models import (
    Application,
    Assessment,
    Competency,
    ConsensusScore,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Rating,
)


@dataclass(frozen=True)
class Seat:
    """A panel member with the interviewer's name, and their form if they have one."""

    member: PanelMember
    interviewer: Interviewer
    assessment: Assessment | None
    #: On a team server, the state of a form this login may not read yet
    #: (:mod:`~interviewdesk.store.assessments.form_facts`); ``None`` elsewhere.
    hidden: FormFacts | None = None

    @property
    def id(self) -> int:
        """The panel member's id."""
        return int(self.member.id or 0)

    @property
    def submitted_at(self) -> datetime | None:
        """When this member submitted their form (``None``: not submitted)."""
        if self.assessment is not None:
            return self.assessment.submitted_at
        return self.hidden.submitted_at if self.hidden is not None else None

    @property
    def submitted(self) -> bool:
        """Whether this member's form is submitted."""
        return self.submitted_at is not None


@overload
def as_utc(value: datetime) -> datetime: ...
@overload
def as_utc(value: None) -> None: ...
def as_utc(value: datetime | None) -> datetime | None:
    """Timestamps leave the store aware, whatever the column type handed back."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def local_day(value: datetime | None) -> date | None:
    """The calendar day of a stored moment on this machine's clock."""
    moment = as_utc(value)
    return moment.astimezone().date() if moment is not None else None


def competencies(session: Session, vacancy_id: int) -> list[Competency]:
    """The vacancy's competencies in their order: the rows of every form and matrix."""
    return list(
        session.exec(
            select(Competency)
            .where(Competency.vacancy_id == vacancy_id)
            .order_by(col(Competency.position), col(Competency.id))
        )
    )


def competency_ids_of_interview(session: Session, interview_id: int) -> set[int]:
    """The ids of the competencies of the interview's vacancy, in one query: what an
    autosave checks its scores against, without loading the interview, application,
    candidate (with the CV's text) and vacancy as :func:`competencies` callers do."""
    return {int(competency_id) for competency_id in session.exec(
        select(Competency.id)
        .join(Application, col(Application.vacancy_id) == Competency.vacancy_id)
        .join(Interview, col(Interview.application_id) == Application.id)
        .where(Interview.id == interview_id)
    ) if competency_id is not None}


def form_of(session: Session, interview_id: int, panel_member_id: int) -> Assessment | None:
    """A panel member's form (the oldest, should a double ever exist)."""
    return session.exec(
        select(Assessment)
        .where(Assessment.interview_id == interview_id)
        .where(Assessment.panel_member_id == panel_member_id)
        .order_by(col(Assessment.id))
    ).first()


def seats(session: Session, interview_id: int) -> list[Seat]:
    """The panel in its order, each member with their form (no ratings are read)."""
    forms: dict[int, Assessment] = {}
    for form in session.exec(
        select(Assessment)
        .where(Assessment.interview_id == interview_id)
        .order_by(col(Assessment.id).desc())
    ):
        forms[form.panel_member_id] = form  # the oldest wins, as in form_of
    panel = list(session.exec(
        select(PanelMember, Interviewer)
        .join(Interviewer, col(Interviewer.id) == PanelMember.interviewer_id)
        .where(PanelMember.interview_id == interview_id)
        .order_by(col(PanelMember.position), col(PanelMember.id))
    ))
    hidden: dict[int, FormFacts] = {}
    if any(int(member.id or 0) not in forms for member, _person in panel):
        hidden = hidden_form_facts(session, interview_id)  # a team server's hidden forms
    return [
        Seat(member, person, forms.get(int(member.id or 0)),
             None if int(member.id or 0) in forms else hidden.get(int(member.id or 0)))
        for member, person in panel
    ]


def own_ratings(session: Session, assessment_id: int) -> dict[int, Rating]:
    """The ratings of one form, by competency id."""
    return {
        rating.competency_id: rating
        for rating in session.exec(select(Rating).where(Rating.assessment_id == assessment_id))
    }


def submitted_ratings(session: Session, seats_: Iterable[Seat]) -> dict[int, dict[int, Rating]]:
    """Panel member id → competency id → rating, for the *submitted* forms among
    ``seats_`` only: drafts never leave their owner's form. See the module docstring
    for who may call this."""
    by_form = {
        int(seat.assessment.id or 0): seat.id
        for seat in seats_
        if seat.submitted and seat.assessment is not None
    }
    ratings: dict[int, dict[int, Rating]] = {member: {} for member in by_form.values()}
    if by_form:
        for rating in session.exec(
            select(Rating).where(col(Rating.assessment_id).in_(list(by_form)))
        ):
            ratings[by_form[rating.assessment_id]][rating.competency_id] = rating
    return ratings


def consensus(session: Session, interview_id: int) -> dict[int, ConsensusScore]:
    """The consensus scores recorded for an interview, by competency id."""
    return {
        row.competency_id: row
        for row in session.exec(
            select(ConsensusScore).where(ConsensusScore.interview_id == interview_id)
        )
    }


def decision(session: Session, interview_id: int) -> Decision | None:
    """The panel's decision on an interview, if it made one."""
    return session.exec(select(Decision).where(Decision.interview_id == interview_id)).first()


def analysis(
    session: Session,
    seats_: list[Seat],
    competencies_: list[Competency],
    consensus_: dict[int, ConsensusScore],
) -> PanelAnalysis[int, int]:
    """The panel's numbers over the *submitted* forms among ``seats_``, keyed by panel
    member id and competency id (see the module docstring for who may call this)."""
    ratings = submitted_ratings(session, seats_)
    weights = {int(c.id or 0): c.weight for c in competencies_}
    return analyse_panel(
        {
            member: {cid: r.score for cid, r in by_competency.items() if cid in weights}
            for member, by_competency in ratings.items()
        },
        weights,
        {cid: row.score for cid, row in consensus_.items() if cid in weights},
    )
