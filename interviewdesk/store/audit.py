"""The audit trail: what happened to the blindness of an interview's scoring, so that
a panel (or anyone checking its work later) can see that the scores came first.

An entry says *when*, *who* (the name as it was then), *what* (one of :data:`KINDS`)
and, where one was given, *why*. It never holds a score, and nothing about the
candidate: the reasons are the panel's own words about the process.

:func:`record` is the one way in, and takes a live session (to write in the same
transaction as the change it records) or a :class:`Database`. Entries about an
interviewer rather than an interview (a PIN set or reset) have no interview; they
appear in the trail of every interview that interviewer sits on.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, or_, select

from interviewdesk.store.database import Database
from interviewdesk.store.models import AuditEntry, Interview, PanelMember

#: What an entry can record.
KINDS = frozenset({
    "form_opened",  # a member opened their own form; no PIN set
    "form_opened_pin",  # a member opened their own form after typing their PIN
    "form_submitted",
    "form_reopened",  # with the member's reason
    "round_closed",  # the chair closed the round early, with the reason
    "pin_set",
    "pin_changed",
    "pin_removed",
    "pin_reset",  # by a chair, for someone who forgot theirs
    "package_imported",  # an exchange package from another laptop
})

#: The kinds about one member's own form: they name its panel seat, and on a team
#: server only those who may see that form read them (``store/team.py``).
FORM_KINDS = frozenset({"form_opened", "form_opened_pin", "form_submitted", "form_reopened"})


@dataclass(frozen=True)
class AuditLine:
    """One entry as the trail shows it."""

    at: datetime
    kind: str
    actor: str
    subject: str
    detail: str


def record(
    where: Session | Database,
    interview_id: int | None,
    kind: str,
    actor: str,
    detail: str = "",
    *,
    subject: str = "",
    interviewer_id: int | None = None,
    panel_member_id: int | None = None,
) -> None:
    """Add an entry: ``kind`` (one of :data:`KINDS`) done by ``actor`` to
    ``interview_id`` (``None`` for an entry about interviewer ``interviewer_id``),
    with the reason ``detail`` if there was one and ``subject`` when it concerns
    someone other than the actor. An entry of :data:`FORM_KINDS` names the
    ``panel_member_id`` whose form it is about (without it, a team server shows the
    entry only once the round is closed). ``ValueError`` for an unknown kind.

    With a ``Session`` the entry is written in that transaction (it stands or falls
    with the change it records); with a ``Database`` in a transaction of its own.
    """
    if kind not in KINDS:
        raise ValueError(f"{kind!r} is not a kind of audit entry.")
    entry = AuditEntry(interview_id=interview_id, interviewer_id=interviewer_id, kind=kind,
                       actor=actor.strip(), subject=subject.strip(), detail=detail.strip(),
                       panel_member_id=panel_member_id)
    if isinstance(where, Session):
        where.add(entry)
    else:
        with where.session() as session:
            session.add(entry)


def trail(db: Database, interview_id: int) -> list[AuditLine]:
    """The trail of ``interview_id``, oldest first: its own entries, and those about
    the PINs of the interviewers on its panel. ``LookupError`` for an unknown interview."""
    with db.session() as session:
        if session.get(Interview, interview_id) is None:
            raise LookupError(f"There is no interview {interview_id}.")
        panel = select(PanelMember.interviewer_id).where(PanelMember.interview_id == interview_id)
        rows = session.exec(
            select(AuditEntry)
            .where(or_(
                AuditEntry.interview_id == interview_id,
                col(AuditEntry.interview_id).is_(None)
                & col(AuditEntry.interviewer_id).in_(panel),
            ))
            .order_by(col(AuditEntry.at), col(AuditEntry.id))
        )
        return [_line(row) for row in rows]


def _line(row: AuditEntry) -> AuditLine:
    at = row.at if row.at.tzinfo is not None else row.at.replace(tzinfo=UTC)
    return AuditLine(at, row.kind, row.actor, row.subject, row.detail)
