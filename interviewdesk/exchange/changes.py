"""Returned changes: a panel member's form that came back again after their first
return, waiting for the chair to accept or decline it.

The old and new scores are shown only to a viewer who may see that member's scores
at all: :func:`returned_changes` asks the store's panel gate
(:func:`~interviewdesk.store.assessments.panel_scores`), the one place that decides,
and shows the member's name and reason without any score when it says no.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from interviewdesk.exchange.offline_marks import mark_in
from interviewdesk.exchange.records import Tally
from interviewdesk.exchange.returns import apply_content
from interviewdesk.store.assessments import ScoresHidden, panel_scores
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.database import Database
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Assessment,
    Interviewer,
    PanelMember,
    PendingReturn,
    utc_now,
)
from interviewdesk.store.validation import ValidationError


@dataclass(frozen=True)
class ChangedRating:
    """One competency's score before and after the change (``None``: not assessed)."""

    competency: str
    old_score: int | None
    new_score: int | None
    old_evidence: str
    new_evidence: str

    @property
    def changed(self) -> bool:
        """Whether the score or the evidence differs."""
        return (self.old_score, self.old_evidence) != (self.new_score, self.new_evidence)


@dataclass(frozen=True)
class ReturnedChange:
    """A changed form held for the chair. ``scores_visible`` is False when the viewer
    may not see this member's scores yet; ``ratings`` and the recommendations are then
    empty."""

    id: int
    interview_id: int
    member_name: str
    reason: str
    received_at: datetime
    state: str
    scores_visible: bool
    ratings: tuple[ChangedRating, ...] = ()
    old_recommendation: str | None = None
    new_recommendation: str | None = None


def pending_count(db: Database, interview_id: int) -> int:
    """How many returned changes of ``interview_id`` wait for the chair (no scores)."""
    with db.session() as session:
        return len(list(session.exec(
            select(PendingReturn.id).join(Assessment, col(Assessment.id) ==
                                          col(PendingReturn.assessment_id))
            .where(Assessment.interview_id == interview_id, PendingReturn.state == "pending"))))


def returned_changes(db: Database, interview_id: int,
                     viewer_panel_member_id: int | None) -> list[ReturnedChange]:
    """The pending changes of ``interview_id``, oldest first, as the viewer may see
    them (see the module docstring)."""
    try:
        panel_scores(db, interview_id, viewer_panel_member_id)
        visible = True
    except ScoresHidden:
        visible = False
    with db.session() as session:
        context = interview_context(session, interview_id)
        competencies = reading.competencies(session, int(context.vacancy.id or 0))
        found = session.exec(
            select(PendingReturn, Assessment, PanelMember, Interviewer)
            .join(Assessment, col(Assessment.id) == col(PendingReturn.assessment_id))
            .join(PanelMember, col(PanelMember.id) == col(Assessment.panel_member_id))
            .join(Interviewer, col(Interviewer.id) == col(PanelMember.interviewer_id))
            .where(Assessment.interview_id == interview_id, PendingReturn.state == "pending")
            .order_by(col(PendingReturn.received_at), col(PendingReturn.id))).all()
        changes = []
        for pending, assessment, _member, person in found:
            extra: dict[str, Any] = {}
            if visible:
                old = reading.own_ratings(session, int(assessment.id or 0))
                new = pending.content["ratings"]
                extra = {
                    "ratings": tuple(
                        ChangedRating(
                            c.name,
                            old[c.id].score if c.id in old else None,
                            new.get(c.uuid, {}).get("score"),
                            old[c.id].evidence if c.id in old else "",
                            new.get(c.uuid, {}).get("evidence", ""))
                        for c in competencies),
                    "old_recommendation": assessment.recommendation,
                    "new_recommendation": pending.content["recommendation"],
                }
            changes.append(ReturnedChange(
                int(pending.id or 0), interview_id, person.name, pending.reason,
                reading.as_utc(pending.received_at), pending.state, visible, **extra))
        return changes


def _not_held(session: Any, assessment: Assessment) -> None:
    """Team mode: the form a laptop holds offline (its taker's own) is not changed here
    meanwhile; it comes back with the interview (``exchange.offline_marks``)."""
    from interviewdesk.store.models import OfflineCopy, PanelMember

    seat = session.get(PanelMember, assessment.panel_member_id)
    mark = mark_in(session, assessment.interview_id)
    if seat is not None and mark is not None and session.exec(select(OfflineCopy.id).where(
            OfflineCopy.copy_uuid == mark.copy_uuid, OfflineCopy.side == "server",
            OfflineCopy.interview_id == assessment.interview_id,
            OfflineCopy.member_uuid == seat.uuid)).first() is not None:
        raise ValidationError(f"This form's interview is {mark.sentence()}, with this very "
                              "form; decide once it is brought back.", "state")


def decide_change(db: Database, change_id: int, *, accept: bool) -> None:
    """Accept (the returned form replaces the one in) or decline a pending change.

    Raises ``ValidationError`` if it was decided already, ``LookupError`` if it is gone.
    """
    with db.session() as session:
        pending = session.get(PendingReturn, change_id)
        if pending is None:
            raise LookupError(f"There is no returned change {change_id}.")
        if pending.state != "pending":
            raise ValidationError("This returned change was decided already.", "state")
        if accept:
            assessment = session.get(Assessment, pending.assessment_id)
            assert assessment is not None  # the change goes with its form (cascade)
            _not_held(session, assessment)
            context = interview_context(session, assessment.interview_id)
            competencies = {c.uuid: int(c.id or 0) for c in reading.competencies(
                session, int(context.vacancy.id or 0))}
            if set(competencies) != set(pending.content["ratings"]):
                raise ValidationError(
                    "The vacancy's competencies changed since this form came back; it can "
                    "only be declined.", "state")
            apply_content(session, assessment, dict(pending.content), competencies, Tally())
        pending.state = "accepted" if accept else "declined"
        pending.decided_at = utc_now()
        session.add(pending)
        # Older changes of the same form that still wait are answered by this one.
        for older in session.exec(select(PendingReturn).where(
                PendingReturn.assessment_id == pending.assessment_id,
                PendingReturn.state == "pending", PendingReturn.id != pending.id)):
            if older.received_at <= pending.received_at:
                older.state = "declined"
                older.decided_at = utc_now()
                session.add(older)
