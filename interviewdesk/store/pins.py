"""Interviewers' PINs in the database: set, change, remove, check, and a chair's reset
of a forgotten one — each recorded in the audit trail (``store.audit``).

Only the salted hash is stored (``domain.pin``). Who may change a PIN: its owner,
who types the current one (none needed when there is none yet). Who may reset it
without the current one: an interviewer who chairs a panel (the firm's chairs are
the people a panel turns to), typing their own PIN if they have one.
"""

from sqlmodel import Session, col, select

from interviewdesk.domain import pin as pin_rules
from interviewdesk.store import audit
from interviewdesk.store.database import Database
from interviewdesk.store.models import Interviewer, PanelMember
from interviewdesk.store.validation import ValidationError


class WrongPin(ValidationError):
    """The PIN typed is not the one stored (for ``whose`` name)."""

    def __init__(self, whose: str) -> None:
        super().__init__(f"That is not {whose}'s PIN.", "pin")
        self.whose = whose


def _interviewer(session: Session, interviewer_id: int) -> Interviewer:
    person = session.get(Interviewer, interviewer_id)
    if person is None:
        raise LookupError(f"There is no interviewer {interviewer_id}.")
    return person


def has_pin(db: Database, interviewer_id: int) -> bool:
    """Whether the interviewer has set a PIN; ``LookupError`` if they do not exist."""
    with db.session() as session:
        return bool(_interviewer(session, interviewer_id).pin_hash)


def with_pin(db: Database) -> frozenset[int]:
    """The ids of the interviewers who have a PIN (for lists that say who has one)."""
    with db.session() as session:
        return frozenset(
            int(i) for i in session.exec(select(Interviewer.id).where(Interviewer.pin_hash != ""))
            if i is not None
        )


def check_pin(db: Database, interviewer_id: int, typed: str) -> bool:
    """Whether ``typed`` is the interviewer's PIN. ``True`` for anyone without a PIN
    (nothing to check); ``LookupError`` if they do not exist. Waiting after wrong
    tries is the caller's (``domain.pin.delay_after``): the data is never locked."""
    with db.session() as session:
        stored = _interviewer(session, interviewer_id).pin_hash
    return not stored or pin_rules.verify_pin(typed, stored)


def set_pin(db: Database, interviewer_id: int, new_pin: str, current_pin: str = "") -> None:
    """Set or change the interviewer's PIN. With a PIN already set, ``current_pin``
    must be it. Raises :class:`WrongPin`, ``ValidationError`` for a PIN the rules
    refuse (``domain.pin.check_rules``), ``LookupError`` for an unknown interviewer."""
    try:
        stored = pin_rules.hash_pin(new_pin)
    except pin_rules.PinRuleError as error:
        raise ValidationError(str(error), "pin") from error
    with db.session() as session:
        person = _interviewer(session, interviewer_id)
        changing = bool(person.pin_hash)
        if changing and not pin_rules.verify_pin(current_pin, person.pin_hash):
            raise WrongPin(person.name)
        person.pin_hash = stored
        session.add(person)
        audit.record(session, None, "pin_changed" if changing else "pin_set", person.name,
                     interviewer_id=interviewer_id)


def remove_pin(db: Database, interviewer_id: int, current_pin: str) -> None:
    """Remove the interviewer's PIN (they type it first). Raises :class:`WrongPin`."""
    with db.session() as session:
        person = _interviewer(session, interviewer_id)
        if not person.pin_hash:
            return
        if not pin_rules.verify_pin(current_pin, person.pin_hash):
            raise WrongPin(person.name)
        person.pin_hash = ""
        session.add(person)
        audit.record(session, None, "pin_removed", person.name, interviewer_id=interviewer_id)


def chairs(db: Database) -> list[Interviewer]:
    """The interviewers who chair at least one panel, by name: who may reset a PIN."""
    with db.session() as session:
        chairing = select(PanelMember.interviewer_id).where(PanelMember.role == "chair")
        return list(session.exec(
            select(Interviewer).where(col(Interviewer.id).in_(chairing)).order_by(Interviewer.name)
        ))


def reset_pin(db: Database, interviewer_id: int, chair_id: int, chair_pin: str,
              reason: str = "") -> None:
    """A chair removes the forgotten PIN of interviewer ``interviewer_id``; they may
    then set a new one. ``chair_id`` must chair a panel and, if they have a PIN, type
    it (``chair_pin``). Recorded in the audit trail with the chair's name.

    Raises ``ValidationError`` when ``chair_id`` chairs no panel or resets their own
    PIN (they can change it themselves), :class:`WrongPin` for the chair's PIN.
    """
    with db.session() as session:
        person = _interviewer(session, interviewer_id)
        chair = _interviewer(session, chair_id)
        if chair_id == interviewer_id:
            raise ValidationError("Change your own PIN with your current one, or ask "
                                  "another chair to reset it.", "chair")
        chairs_a_panel = session.exec(
            select(PanelMember.id).where(PanelMember.interviewer_id == chair_id,
                                         PanelMember.role == "chair").limit(1)
        ).first()
        if chairs_a_panel is None:
            raise ValidationError(f"{chair.name} chairs no panel, so cannot reset a PIN.",
                                  "chair")
        if chair.pin_hash and not pin_rules.verify_pin(chair_pin, chair.pin_hash):
            raise WrongPin(chair.name)
        person.pin_hash = ""
        session.add(person)
        audit.record(session, None, "pin_reset", chair.name, reason, subject=person.name,
                     interviewer_id=interviewer_id)
