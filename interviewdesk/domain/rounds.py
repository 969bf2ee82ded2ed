"""Which earlier interview a new one follows: the rule behind the "Second round after
the interview of …" choice when planning, pure so the dialog and the tests agree.

A candidate can have several interviews for one vacancy (one application). A new
interview may name one of the earlier ones as the round it follows; the choice is
offered, never forced. When the newest earlier interview was decided "next round",
that is what the panel planned, so it is chosen in advance.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

#: The decision outcome that asks for a further round (``scales.DECISION_OUTCOMES``).
NEXT_ROUND = "next_round"


@dataclass(frozen=True)
class EarlierRound:
    """An earlier interview of the same application: when, and the panel's outcome
    ("" while undecided) — never a score."""

    interview_id: int
    scheduled_at: datetime | None
    outcome: str = ""


def preselected(earlier: Sequence[EarlierRound]) -> int | None:
    """The earlier interview to choose in advance: the newest one (by date; one
    without a date counts as newest, it was planned last) when it was decided "next
    round", else none."""
    if not earlier:
        return None
    newest = max(earlier, key=lambda r: (r.scheduled_at is None,
                                        r.scheduled_at.timestamp() if r.scheduled_at else 0,
                                        r.interview_id))
    return newest.interview_id if newest.outcome == NEXT_ROUND else None


def makes_cycle(interview_id: int | None, follows: int | None,
                links: Mapping[int, int | None]) -> bool:
    """Whether letting ``interview_id`` follow ``follows`` would make a round follow
    itself, directly or through others; ``links`` maps each interview to the one it
    follows now. A new interview (``None``) cannot close a cycle."""
    if interview_id is None or follows is None:
        return False
    seen: set[int] = set()
    current: int | None = follows
    while current is not None and current not in seen:
        if current == interview_id:
            return True
        seen.add(current)
        current = links.get(current)
    return False
