"""The contact log: each time the firm told a candidate something about their
application — when, who at the firm, how, what was said, and for a rejection the
reasons given (the NVP Sollicitatiecode asks that a rejected applicant hears why).

Pure rules, no database: which channels exist and what makes an entry complete.
"""

from dataclasses import dataclass
from datetime import date

#: How the candidate was told, in the order the dialog offers them.
CHANNELS = ("phone", "email", "letter", "in_person")

#: Longest "what was said" and "reasons" texts: a conversation's gist, not a transcript.
TEXT_MAX = 5000


@dataclass(frozen=True)
class ContactDraft:
    """A contact as typed in, before it is stored."""

    contacted_on: date
    by: str
    channel: str
    summary: str
    rejection: bool = False
    reasons: str = ""


def problems(draft: ContactDraft, today: date) -> list[tuple[str, str]]:
    """What keeps ``draft`` from being stored, as ``(field, English message)`` pairs;
    empty when it is complete. A contact in the future has not happened yet."""
    found: list[tuple[str, str]] = []
    if draft.channel not in CHANNELS:
        found.append(("channel", f"Unknown channel {draft.channel!r}."))
    if draft.contacted_on > today:
        found.append(("contacted_on", "A contact cannot be dated in the future."))
    if not draft.by.strip():
        found.append(("by", "Say who spoke to the candidate."))
    if not draft.summary.strip():
        found.append(("summary", "Say what was told."))
    if draft.rejection and not draft.reasons.strip():
        found.append(("reasons", "For a rejection, note the reasons given to the candidate."))
    if not draft.rejection and draft.reasons.strip():
        found.append(("reasons", "Reasons are only recorded with a rejection."))
    if len(draft.summary) > TEXT_MAX or len(draft.reasons) > TEXT_MAX:
        found.append(("summary", f"A text can be at most {TEXT_MAX} characters long."))
    return found
