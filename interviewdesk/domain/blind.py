"""Blind scoring: the one rule that says who may see a panel member's assessment.

A structured interview is fair because every panel member scores what they saw
before they know what the others thought. So a member's scores, evidence,
strengths, weaknesses and recommendation stay with that member until the *round is
closed*:

* the round closes by itself once every panel member has submitted their form;
* the chair may close it earlier, with a recorded reason (a member is ill, has left
  the firm). A panel without a chair lets any member who has submitted do so.

Until then nobody sees another member's assessment — not another member, not the
chair, not someone outside the panel (the command line, a printed report). After
that everyone does. A member always sees their own form.

A form still open when the round is closed early may still be submitted; it then
counts as *submitted after the round closed* (its author may have seen the others'
scores by then), and the screens and documents say so.

Everything here is pure: the store and the screens describe the panel as a
:class:`Round` and ask :func:`refusal`, so that there is one rule and not one per
screen. The store's gate and every route that shows another member's assessment
call it (the route table in ``tests/ui/assessment/test_blind_routes.py`` lists them).

On a team server (PostgreSQL) the same rule is also written once as row-level
security, in ``store/team.py`` (``POLICIES`` and ``interviewdesk_may_see``): an
interviewer's login reads another member's assessment and ratings only when
:func:`may_see` would allow it — own form, or the round closed (early by the chair,
or every form in) — even with raw SQL; so do the reopenings, the audit trail's entries
about a form and a returned form, and the consensus scores wait for the round to close
(:func:`matrix_refusal`). ``tests/store/test_team.py`` and ``test_team_trails.py``
check, step by step, that what each login reads equals :func:`may_see`. Change both
together.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

#: Why an assessment is not shown to the asker:
#: ``viewer_not_submitted`` — a panel member who has not submitted asks for another's;
#: ``others_not_submitted`` — someone who has (or someone outside the panel) asks
#: before the round is closed.
Refusal = Literal["viewer_not_submitted", "others_not_submitted"]

#: Why the round cannot be closed early by this person.
CloseRefusal = Literal["already_closed", "not_on_panel", "not_chair", "closer_not_submitted"]

#: The role that may close the round early (see ``scales.PANEL_ROLES``).
CHAIR = "chair"


@dataclass(frozen=True)
class PanelSeat:
    """One panel member as the rule needs them: who, in which role, submitted or not.
    ``name`` is only for messages ("still open: René Mulder")."""

    panel_member_id: int
    role: str
    submitted: bool
    name: str = ""


@dataclass(frozen=True)
class Round:
    """The panel of one interview and whether the chair closed the round early."""

    seats: tuple[PanelSeat, ...]
    closed_early: bool = False

    @classmethod
    def of(cls, seats: Iterable[PanelSeat], *, closed_early: bool = False) -> "Round":
        """A round from any iterable of seats."""
        return cls(tuple(seats), closed_early)

    @property
    def all_in(self) -> bool:
        """Every panel member has submitted (an empty panel has nothing to hide)."""
        return all(seat.submitted for seat in self.seats)

    @property
    def closed(self) -> bool:
        """Everyone may see every assessment: all forms are in, or the chair closed
        the round early."""
        return self.closed_early or self.all_in

    @property
    def missing(self) -> tuple[PanelSeat, ...]:
        """The members whose form is not in, in panel order."""
        return tuple(seat for seat in self.seats if not seat.submitted)

    def seat(self, panel_member_id: int | None) -> PanelSeat | None:
        """The seat of ``panel_member_id`` (``None`` for someone not on the panel)."""
        return next((s for s in self.seats if s.panel_member_id == panel_member_id), None)


def refusal(round_: Round, asker: int | None, member: int) -> Refusal | None:
    """Why ``asker`` may not see ``member``'s assessment, or ``None`` if they may.

    ``asker`` is a panel member id, or ``None`` for someone with no identity on this
    panel (the command line, a report, HR afterwards); an id that is not on the panel
    counts as such an outsider. A member always sees their own form; anyone sees
    everyone's once the round is closed; before that nobody sees another's.
    """
    seat = round_.seat(asker)
    if seat is not None and asker == member:
        return None
    if round_.closed:
        return None
    if seat is not None and not seat.submitted:
        return "viewer_not_submitted"
    return "others_not_submitted"


def may_see(round_: Round, asker: int | None, member: int) -> bool:
    """Whether ``asker`` may see ``member``'s assessment (see :func:`refusal`)."""
    return refusal(round_, asker, member) is None


def matrix_refusal(round_: Round, asker: int | None) -> Refusal | None:
    """Why ``asker`` may not see the panel's matrix, or ``None``. The matrix is the
    panel comparing every member's assessment, so it opens only with the round —
    also for a panel of one, whose discussion waits for its single form — and is
    refused for the same reason as any other member's assessment would be."""
    if round_.closed:
        return None
    seat = round_.seat(asker)
    return "viewer_not_submitted" if seat is not None and not seat.submitted \
        else "others_not_submitted"


def close_refusal(round_: Round, closer: int) -> CloseRefusal | None:
    """Why panel member ``closer`` may not close the round early, or ``None``.

    Only the chair closes a round early — or, on a panel without a chair, any member
    — and only after submitting their own form (their scores are then their own).
    A round that is closed already needs no closing.
    """
    if round_.closed:
        return "already_closed"
    seat = round_.seat(closer)
    if seat is None:
        return "not_on_panel"
    has_chair = any(s.role == CHAIR for s in round_.seats)
    if has_chair and seat.role != CHAIR:
        return "not_chair"
    if not seat.submitted:
        return "closer_not_submitted"
    return None


def submitted_after_close(submitted_at: datetime | None, closed_at: datetime | None) -> bool:
    """Whether a form was submitted after the chair closed the round early: its
    author could have seen the others' scores before submitting."""
    return submitted_at is not None and closed_at is not None and submitted_at > closed_at
