"""How an application's status follows interview, decision and feedback: forwards
only, and "hired" or "withdrawn" never move."""

import pytest

from interviewdesk.domain.application_status import (
    FINAL_STATUSES,
    STATUS_AFTER_FEEDBACK,
    after_decision,
    after_feedback,
    after_interview,
)
from interviewdesk.domain.scales import APPLICATION_STATUSES, DECISION_OUTCOMES


def test_the_interview_moves_only_the_early_statuses() -> None:
    assert after_interview("applied") == "interviewed"
    assert after_interview("invited") == "interviewed"
    for later in ("interviewed", "decided", "offered", "hired", "rejected", "withdrawn"):
        assert after_interview(later) == later


def test_the_decision_moves_up_to_interviewed_to_decided() -> None:
    for early in ("applied", "invited", "interviewed"):
        assert after_decision(early) == "decided"
    for later in ("decided", "offered", "hired", "rejected", "withdrawn"):
        assert after_decision(later) == later


def test_feedback_follows_the_outcome_except_for_final_statuses() -> None:
    assert after_feedback("decided", "hire") == "offered"
    assert after_feedback("decided", "next_round") == "invited"
    assert after_feedback("decided", "reject") == "rejected"
    assert after_feedback("decided", "hold") == "decided"
    for final in FINAL_STATUSES:
        assert after_feedback(final, "reject") == final
    with pytest.raises(KeyError):
        after_feedback("decided", "maybe")


def test_every_outcome_and_status_is_a_known_one() -> None:
    assert set(STATUS_AFTER_FEEDBACK) == set(DECISION_OUTCOMES.keys())
    known = set(APPLICATION_STATUSES.keys())
    assert set(STATUS_AFTER_FEEDBACK.values()) <= known
    assert known >= FINAL_STATUSES
