"""The exercise rules by hand: the reveal, anonymous colleagues, agreement figures."""

from datetime import date

import pytest

from interviewdesk.domain.exercises import (
    ExerciseResult,
    agreement,
    colleague_letters,
    may_see_reference,
    per_block,
    per_month,
)


def test_the_reference_comes_only_after_ones_own_rating() -> None:
    assert may_see_reference(True)
    assert not may_see_reference(False)


def test_colleagues_get_letters_in_rating_order_and_the_viewer_none() -> None:
    assert colleague_letters([7, 3, 9, 3], viewer=3) == {7: "A", 9: "B"}
    assert colleague_letters([], viewer=1) == {}
    many = colleague_letters(list(range(30)), viewer=-1)
    assert (many[0], many[25], many[26], many[29]) == ("A", "Z", "AA", "AD")


def r(day: date, score: int, reference: int) -> ExerciseResult:
    return ExerciseResult(day, score, reference)


def test_agreement_by_hand() -> None:
    # Differences +1, 0, -2, +3: |d| = 1, 0, 2, 3 → mean 1.5; exact 1/4; within one 2/4;
    # signed mean (1 + 0 - 2 + 3) / 4 = 0.5 (a little milder than the reference).
    figures = agreement([r(date(2026, 1, 5), 4, 3), r(date(2026, 1, 6), 2, 2),
                         r(date(2026, 1, 7), 1, 3), r(date(2026, 2, 1), 5, 2)])
    assert figures is not None
    assert figures.count == 4
    assert figures.mean_absolute_difference == pytest.approx(1.5)
    assert figures.exact_share == pytest.approx(0.25)
    assert figures.within_one_share == pytest.approx(0.5)
    assert figures.mean_difference == pytest.approx(0.5)
    assert agreement([]) is None


def test_per_month_groups_calendar_months_oldest_first() -> None:
    results = [r(date(2026, 3, 2), 3, 3), r(date(2026, 1, 31), 5, 3),
               r(date(2026, 1, 1), 4, 3), r(date(2026, 3, 30), 1, 2)]
    groups = per_month(results)
    assert [(g.number, g.first, g.last) for g in groups] == [
        (1, date(2026, 1, 1), date(2026, 1, 31)), (2, date(2026, 3, 1), date(2026, 3, 30))]
    january, march = (g.agreement for g in groups)
    assert (january.count, january.mean_absolute_difference, january.exact_share) == (2, 1.5, 0.0)
    assert january.within_one_share == 0.5 and january.mean_difference == 1.5
    assert (march.count, march.mean_absolute_difference, march.exact_share) == (2, 0.5, 0.5)
    assert march.within_one_share == 1.0 and march.mean_difference == -0.5
    assert per_month([]) == []


def test_per_block_of_five_the_last_block_says_how_many() -> None:
    days = [date(2026, 1, d) for d in range(1, 8)]
    results = [r(day, 3, 3) for day in days[:5]] + [r(days[5], 5, 3), r(days[6], 4, 3)]
    blocks = per_block(results)
    assert [(b.number, b.agreement.count) for b in blocks] == [(1, 5), (2, 2)]
    assert blocks[0].agreement.exact_share == 1.0
    assert blocks[0].agreement.mean_absolute_difference == 0.0
    assert (blocks[1].first, blocks[1].last) == (days[5], days[6])
    assert blocks[1].agreement.mean_absolute_difference == pytest.approx(1.5)
    assert blocks[1].agreement.within_one_share == pytest.approx(0.5)
    assert [b.agreement.count for b in per_block(results, 3)] == [3, 3, 1]
    with pytest.raises(ValueError):
        per_block(results, 0)
