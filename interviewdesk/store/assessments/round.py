"""The assessment round of an interview, and the store's gate in front of every
member's assessment: the rule itself is :mod:`interviewdesk.domain.blind`; this
module describes the stored panel to it and refuses what it refuses.

* :func:`round_state` — is the round closed, who is still open, who closed it early
  and why (no scores, safe for anyone);
* :func:`close_round` — the chair closes the round early with a reason, in the
  audit trail;
* :func:`read_form` — one member's form for someone who may see it. Every document
  that prints a member's form reads it here (the report, the form, the dossier), so
  a new document inherits the gate.

A form still open when the round is closed early stays open: its member may still
submit it, and it is then marked *submitted after the round closed*
(:attr:`~interviewdesk.store.assessments.forms.FormStatus.late`).
"""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from interviewdesk.domain import blind
from interviewdesk.store import audit
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.database import Database
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import Interview, utc_now
from interviewdesk.store.validation import ValidationError


class ScoresHidden(Exception):
    """Another member's assessment is not for this asker yet (see ``domain.blind``).

    ``reason`` is ``"viewer_not_submitted"`` (submit your own form first) or
    ``"others_not_submitted"`` (wait until every form is in, or the chair closes the
    round); ``missing`` names the panel members whose form is not in, in panel order,
    and ``missing_ids`` gives their panel member ids.
    """

    def __init__(
        self, reason: blind.Refusal, missing: tuple[str, ...], missing_ids: tuple[int, ...]
    ) -> None:
        if reason == "viewer_not_submitted":
            message = "Submit your own assessment before you see the panel's."
        else:
            message = "Not every panel member has submitted: " + ", ".join(missing) + "."
        super().__init__(message)
        self.reason = reason
        self.missing = missing
        self.missing_ids = missing_ids


class CloseRefused(ValidationError):
    """The round cannot be closed early by this person; ``reason`` is a
    ``domain.blind.CloseRefusal`` or ``"no_reason"``."""

    MESSAGES = {
        "already_closed": "The round is closed already.",
        "not_on_panel": "Only a panel member can close the round.",
        "not_chair": "Only the chair can close the round before everyone has submitted.",
        "closer_not_submitted": "Submit your own assessment before you close the round.",
        "no_reason": "Say why the round is closed before everyone has submitted.",
    }

    def __init__(self, reason: str) -> None:
        super().__init__(self.MESSAGES[reason], "reason" if reason == "no_reason" else "closer")
        self.reason = reason


@dataclass(frozen=True)
class RoundState:
    """Where an interview's assessment round stands; names and dates, never a score."""

    interview_id: int
    closed: bool
    all_in: bool
    missing: tuple[str, ...]
    missing_ids: tuple[int, ...]
    closed_early_at: datetime | None
    closed_by: str
    reason: str

    @property
    def closed_early(self) -> bool:
        """The chair closed the round before every form was in."""
        return self.closed_early_at is not None


def describe(seats: list[reading.Seat], interview: Interview) -> blind.Round:
    """The stored panel as the rule sees it."""
    return blind.Round.of(
        (blind.PanelSeat(seat.id, seat.member.role, seat.submitted, seat.interviewer.name)
         for seat in seats),
        closed_early=interview.round_closed_at is not None,
    )


def state_of(seats: list[reading.Seat], interview: Interview) -> RoundState:
    """The round of ``interview`` with its panel ``seats`` (inside a caller's session)."""
    round_ = describe(seats, interview)
    return RoundState(
        interview_id=int(interview.id or 0),
        closed=round_.closed,
        all_in=round_.all_in,
        missing=tuple(seat.name for seat in round_.missing),
        missing_ids=tuple(seat.panel_member_id for seat in round_.missing),
        closed_early_at=reading.as_utc(interview.round_closed_at),
        closed_by=interview.round_closed_by,
        reason=interview.round_closed_reason,
    )


def round_state(db: Database, interview_id: int) -> RoundState:
    """Where the round of ``interview_id`` stands; ``LookupError`` if it does not exist."""
    with db.session() as session:
        context = interview_context(session, interview_id)
        return state_of(reading.seats(session, interview_id), context.interview)


def hidden(round_: blind.Round, reason: blind.Refusal) -> ScoresHidden:
    """The refusal to raise, naming who is still open."""
    missing = round_.missing
    return ScoresHidden(reason, tuple(s.name for s in missing),
                        tuple(s.panel_member_id for s in missing))


def check_member(session: Session, interview_id: int, asker: int | None, member: int) -> None:
    """Raise :class:`ScoresHidden` unless ``asker`` may see ``member``'s assessment
    (inside a caller's session); ``LookupError`` if ``member`` is not on the panel."""
    context = interview_context(session, interview_id)
    seats = reading.seats(session, interview_id)
    if not any(seat.id == member for seat in seats):
        raise LookupError(f"Panel member {member} is not on interview {interview_id}.")
    round_ = describe(seats, context.interview)
    reason = blind.refusal(round_, asker, member)
    if reason is not None:
        raise hidden(round_, reason)


def close_round(db: Database, interview_id: int, closer: int, reason: str) -> RoundState:
    """Close the round of ``interview_id`` before every form is in: panel member
    ``closer`` (the chair) says ``reason``. Recorded on the interview (when, by whom,
    why) and in the audit trail. From then on everyone may see every submitted
    assessment; open forms may still be submitted (marked late).

    Raises :class:`CloseRefused` (no reason, not the chair, chair not submitted,
    closed already), ``LookupError`` for an unknown interview.
    """
    reason = reason.strip()
    with db.session() as session:
        context = interview_context(session, interview_id)
        seats = reading.seats(session, interview_id)
        refused = blind.close_refusal(describe(seats, context.interview), closer)
        if refused is not None:
            raise CloseRefused(refused)
        if not reason:
            raise CloseRefused("no_reason")
        name = next(seat.interviewer.name for seat in seats if seat.id == closer)
        interview = context.interview
        interview.round_closed_at = utc_now()
        interview.round_closed_by = name
        interview.round_closed_reason = reason
        session.add(interview)
        missing = ", ".join(seat.interviewer.name for seat in seats if not seat.submitted)
        audit.record(session, interview_id, "round_closed", name, reason, subject=missing)
        session.flush()
        return state_of(seats, interview)
