"""Reference checks: a conversation with someone who knows the candidate's work — who
(name, relation, organisation, phone or e-mail), when, by which interviewer, what was
asked and what was said.

A reference may only be asked with the candidate's consent (AVG; NVP
Sollicitatiecode), recorded beforehand with its date, who recorded it and how
(``domain.retention.CONSENT_PURPOSES`` "reference"). Pure rules, no database: what
makes a check complete.
"""

from dataclasses import dataclass
from datetime import date

from interviewdesk.domain.field_limits import LINE_MAX, NAME_MAX

#: Longest "what was asked" and "what was said": a conversation's notes, not a transcript.
TEXT_MAX = 10_000

#: The consent purpose a reference check needs.
CONSENT_PURPOSE = "reference"


@dataclass(frozen=True)
class ReferenceDraft:
    """A reference check as typed in, before it is stored. ``interviewer_id`` is who
    made the call (an interviewer of the firm)."""

    referee_name: str
    called_on: date
    interviewer_id: int | None
    relation: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    asked: str = ""
    said: str = ""


def problems(draft: ReferenceDraft, today: date) -> list[tuple[str, str]]:
    """What keeps ``draft`` from being stored, as ``(field, English message)`` pairs;
    empty when it is complete. A call in the future has not happened yet."""
    found: list[tuple[str, str]] = []
    if not draft.referee_name.strip():
        found.append(("referee_name", "Fill in the referee's name."))
    if not (draft.phone.strip() or draft.email.strip()):
        found.append(("phone", "Fill in how the referee was reached: phone or e-mail."))
    if draft.called_on > today:
        found.append(("called_on", "A reference check cannot be dated in the future."))
    if draft.interviewer_id is None:
        found.append(("interviewer_id", "Choose who called the referee."))
    if not draft.said.strip():
        found.append(("said", "Write down what the referee said."))
    for field, value, limit in (("referee_name", draft.referee_name, NAME_MAX),
                                ("relation", draft.relation, LINE_MAX),
                                ("organisation", draft.organisation, LINE_MAX),
                                ("phone", draft.phone, LINE_MAX),
                                ("email", draft.email, LINE_MAX),
                                ("asked", draft.asked, TEXT_MAX),
                                ("said", draft.said, TEXT_MAX)):
        if len(value) > limit:
            found.append((field, f"This text can be at most {limit} characters long."))
    return found
