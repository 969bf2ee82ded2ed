"""Where other panel members' forms stand when a team server hides the forms themselves.

On a team server, row-level security (``store/team.py``) keeps another member's form
and its ratings out of an interviewer's reach until the round is closed. The panel's
progress ("2 of 3 submitted"), the close-early rule's "who is still open" and the
follow-up list must still know *whether* each form is submitted or started — the
blind rule lets anyone see who is done, never what they wrote. The server answers
that through one function, ``interviewdesk_form_states``, which returns the state and
nothing else. On SQLite, and for the server's owner, every form is readable and this
module has nothing to add.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import text
from sqlmodel import Session


@dataclass(frozen=True)
class FormFacts:
    """A form this login may not read: submitted (when), or anything filled in."""

    interview_id: int
    panel_member_id: int
    submitted_at: datetime | None
    started: bool


def hidden_form_facts(session: Session, interview_id: int | None) -> dict[int, FormFacts]:
    """Panel member id → the state of their form, for ``interview_id`` (``None``: all
    interviews), as the team server reports it. Empty on SQLite and on a server that
    ``team init`` has not prepared (its owner reads every form anyway)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return {}
    found = session.execute(text(
        "SELECT to_regprocedure('interviewdesk_form_states(integer)') IS NOT NULL")).scalar()
    if not found:
        return {}
    facts: dict[int, FormFacts] = {}
    rows = session.execute(
        text("SELECT interview_id, panel_member_id, submitted_at, started "
             "FROM interviewdesk_form_states(:interview)"),
        {"interview": interview_id})
    for row in rows:
        interview, member, submitted_at, started = cast(
            tuple[int, int, datetime | None, bool], tuple(row))
        # Newest first: the oldest form of a member wins, as everywhere in the store.
        facts[member] = FormFacts(interview, member, submitted_at, bool(started))
    return facts
