"""How an application's status follows its interview, decision and feedback.

"invited", then "interviewed" once the interview was held, then "decided" once the
panel took its decision (the candidate not yet told); telling the candidate then moves
it on as the outcome says: hire → "offered", next round → "invited", reject →
"rejected", hold → stays "decided" (the candidate is waiting for an answer, with a new
date). A "hired" or "withdrawn" application is never moved back, and no step moves a
status backwards.

Pure: the store asks these functions and writes what they return.
"""

#: The application status once the candidate has heard the outcome.
STATUS_AFTER_FEEDBACK: dict[str, str] = {
    "hire": "offered",
    "next_round": "invited",
    "reject": "rejected",
    "hold": "decided",
}
#: Statuses a decision or its feedback never changes.
FINAL_STATUSES = frozenset({"hired", "withdrawn"})


def after_interview(status: str) -> str:
    """The status once the interview was held: an "applied" or "invited" application
    is "interviewed"; a later status stays."""
    return "interviewed" if status in ("applied", "invited") else status


def after_decision(status: str) -> str:
    """The status once the panel decided: up to "interviewed" it becomes "decided"."""
    return "decided" if status in ("applied", "invited", "interviewed") else status


def after_feedback(status: str, outcome: str) -> str:
    """The status once the candidate was told ``outcome`` (a key of
    :data:`STATUS_AFTER_FEEDBACK`); ``KeyError`` for an unknown outcome."""
    return status if status in FINAL_STATUSES else STATUS_AFTER_FEEDBACK[outcome]
