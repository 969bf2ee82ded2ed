"""The NVP rule for keeping an applicant's data, as pure functions."""

from datetime import date

import pytest

from interviewdesk.domain import retention
from interviewdesk.domain.retention import KeepUntil, RetentionPolicy, add_months, keep_until


def test_four_weeks_after_the_procedure_ends_without_consent() -> None:
    keep = keep_until(date(2026, 11, 2), consented=False, hired=False)
    assert keep == KeepUntil(date(2026, 11, 30), retention.AFTER_PROCEDURE, date(2026, 11, 2))


def test_one_year_with_consent() -> None:
    keep = keep_until(date(2026, 11, 2), consented=True, hired=False)
    assert (keep.date, keep.reason) == (date(2027, 11, 2), retention.WITH_CONSENT)


def test_hired_is_kept_until_moved_to_the_personnel_file() -> None:
    keep = keep_until(date(2026, 11, 2), consented=False, hired=True)
    assert (keep.date, keep.reason) == (None, retention.HIRED)
    assert retention.state(keep, date(2030, 1, 1)) == "kept"


def test_an_open_procedure_has_no_date_yet() -> None:
    keep = keep_until(None, consented=False, hired=False)
    assert (keep.date, keep.reason) == (None, retention.NO_END_DATE)


def test_the_periods_are_settings() -> None:
    policy = RetentionPolicy(weeks_without_consent=2, months_with_consent=6)
    assert keep_until(date(2026, 1, 1), consented=False, hired=False,
                      policy=policy).date == date(2026, 1, 15)
    assert keep_until(date(2026, 1, 1), consented=True, hired=False,
                      policy=policy).date == date(2026, 7, 1)
    with pytest.raises(ValueError):
        RetentionPolicy(weeks_without_consent=-1)


def test_months_end_on_the_last_day_of_a_short_month() -> None:
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 11, 20), "kept"),
    (date(2026, 11, 23), "soon"),
    (date(2026, 11, 30), "soon"),
    (date(2026, 12, 1), "overdue"),
])
def test_state_on_a_day(today: date, expected: str) -> None:
    keep = KeepUntil(date(2026, 11, 30), retention.AFTER_PROCEDURE)
    assert retention.state(keep, today) == expected


def test_latest_over_applications() -> None:
    early = KeepUntil(date(2026, 1, 1), retention.AFTER_PROCEDURE)
    late = KeepUntil(date(2026, 6, 1), retention.WITH_CONSENT)
    open_ = KeepUntil(None, retention.NO_END_DATE)
    hired = KeepUntil(None, retention.HIRED)
    assert retention.latest([early, late]) == late
    assert retention.latest([early, open_]) == open_
    assert retention.latest([open_, hired, early]) == hired
    assert retention.latest([]) is None


@pytest.mark.parametrize(("weeks", "months", "expected"), [
    (None, None, RetentionPolicy()),
    ("6", "24", RetentionPolicy(6, 24)),
    ("0", "0", RetentionPolicy(0, 0)),
    (str(retention.MAX_WEEKS), str(retention.MAX_MONTHS),
     RetentionPolicy(retention.MAX_WEEKS, retention.MAX_MONTHS)),
    (str(retention.MAX_WEEKS + 1), "-1", RetentionPolicy()),
    ("four", "1.5", RetentionPolicy()),
    ("", " ", RetentionPolicy()),
])
def test_the_settings_texts_give_the_policy_with_defaults_for_nonsense(
    weeks: str | None, months: str | None, expected: RetentionPolicy
) -> None:
    assert retention.policy_from_texts(weeks, months) == expected
