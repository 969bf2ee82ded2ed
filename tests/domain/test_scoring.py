"""Scoring: the numbers of the panel discussion, by example and by property."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain.scoring import (
    DISCREPANCY_POINTS,
    analyse_panel,
    rater_totals,
    summarize,
    summarize_recommendations,
    weighted_total,
)

WEIGHTS = {"vak": 2.0, "klant": 1.5, "probleem": 1.5, "samen": 1.0}


# --- examples -------------------------------------------------------------------------


def test_summary_of_agreeing_raters() -> None:
    summary = summarize("vak", {"sanne": 4, "rene": 3, "inge": 4})
    assert summary.scores == (("inge", 4), ("rene", 3), ("sanne", 4))
    assert summary.assessed == 3
    assert summary.mean == pytest.approx(11 / 3)
    assert summary.spread == 1
    assert summary.flag is None
    assert summary.status == "agreement"
    assert summary.agreed


def test_two_points_apart_is_a_discrepancy_one_is_not() -> None:
    assert DISCREPANCY_POINTS == 2
    assert summarize("x", {"a": 2, "b": 4}).flag == "discrepancy"
    assert summarize("x", {"a": 3, "b": 4, "c": None}).flag is None
    assert summarize("x", {"a": 1, "b": 5}).spread == 4


def test_not_assessed_is_left_out_of_mean_and_spread() -> None:
    summary = summarize("x", {"a": 2, "b": None, "c": 3})
    assert (summary.assessed, summary.mean, summary.spread) == (2, 2.5, 1)
    assert summary.score_of("b") is None
    assert summary.score_of("c") == 3


def test_nobody_assessed_is_a_gap_without_mean_or_spread() -> None:
    summary = summarize("x", {"a": None, "b": None})
    assert (summary.assessed, summary.mean, summary.spread) == (0, None, None)
    assert summary.flag == "gap"
    assert not summary.agreed
    assert summarize("x", {}).flag == "gap"


def test_one_rater_is_neither_flagged_nor_agreement() -> None:
    summary = summarize("x", {"a": 4, "b": None})
    assert summary.flag is None
    assert summary.status == "single"
    assert not summary.agreed
    assert (summary.mean, summary.spread) == (4.0, 0)


def test_scores_off_the_scale_are_refused() -> None:
    for bad in (0, 6, 3.0, True, "3"):
        with pytest.raises(ValueError, match="not a score"):
            summarize("x", {"a": bad})  # type: ignore[dict-item]


def test_weighted_total_counts_only_assessed_competencies() -> None:
    # (2·4 + 1.5·2) / 3.5; "probleem" not assessed, "samen" missing: neither counts.
    total = weighted_total({"vak": 4, "klant": 2, "probleem": None}, WEIGHTS)
    assert total == pytest.approx(11 / 3.5)
    assert weighted_total({"vak": None}, WEIGHTS) is None
    assert weighted_total({}, WEIGHTS) is None
    assert weighted_total({"vak": 3}, {"vak": 0.0}) is None


def test_weights_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="weight"):
        weighted_total({"vak": 3}, {"vak": -1.0})
    with pytest.raises(ValueError, match="weight"):
        weighted_total({"vak": 3}, {"vak": float("nan")})


def test_rater_totals() -> None:
    totals = rater_totals({"b": {"vak": 5, "samen": 2}, "a": {"vak": None}}, WEIGHTS)
    assert list(totals) == ["a", "b"]
    assert totals["a"] is None
    assert totals["b"] == pytest.approx((2 * 5 + 1 * 2) / 3)


def test_panel_analysis_of_three_raters() -> None:
    ratings = {
        "sanne": {"vak": 4, "klant": 4, "probleem": 3, "samen": None},
        "rene": {"vak": 4, "klant": 2, "probleem": 3, "samen": None},
        "inge": {"vak": None, "klant": 4, "probleem": 4, "samen": None},
    }
    analysis = analyse_panel(ratings, WEIGHTS)
    assert [s.competency for s in analysis.competencies] == list(WEIGHTS)
    assert analysis.summary("klant").flag == "discrepancy"
    assert analysis.summary("samen").flag == "gap"
    assert analysis.open_flags == ("klant", "samen")
    assert analysis.result_of("vak") == 4.0
    assert analysis.result_of("klant") is None  # an open flag has no result
    assert analysis.result_of("probleem") == pytest.approx(10 / 3)
    # overall from vak and probleem only: (2·4 + 1.5·10/3) / 3.5
    assert analysis.overall == pytest.approx((8 + 5) / 3.5)
    assert analysis.total_of("inge") == pytest.approx((1.5 * 4 + 1.5 * 4) / 3)
    assert [rater for rater, _total in analysis.totals] == ["inge", "rene", "sanne"]


def test_consensus_resolves_flags_and_overrides_the_mean() -> None:
    ratings = {"a": {"vak": 2, "klant": 3}, "b": {"vak": 4, "klant": 3}}
    analysis = analyse_panel(ratings, WEIGHTS, {"vak": 3, "klant": 4, "samen": None})
    assert analysis.result_of("vak") == 3
    assert analysis.result_of("klant") == 4  # the panel has the last word
    assert analysis.result_of("samen") is None  # agreed: cannot be assessed
    assert analysis.open_flags == ("probleem",)


def test_analysis_refuses_unknown_competencies_and_bad_consensus() -> None:
    with pytest.raises(ValueError, match="unknown competencies"):
        analyse_panel({"a": {"nope": 3}}, WEIGHTS)
    with pytest.raises(ValueError, match="unknown competencies"):
        analyse_panel({}, WEIGHTS, {"nope": 3})
    with pytest.raises(ValueError, match="Consensus"):
        analyse_panel({}, WEIGHTS, {"vak": 7})


def test_recommendation_summary() -> None:
    summary = summarize_recommendations({"a": "yes", "b": "strong_yes", "c": "yes", "d": None})
    assert summary.counts == (("strong_no", 0), ("no", 0), ("yes", 2), ("strong_yes", 1))
    assert summary.missing == 1
    assert summary.count("yes") == 2
    with pytest.raises(KeyError):
        summary.count("maybe")
    with pytest.raises(ValueError, match="not a recommendation"):
        summarize_recommendations({"a": "maybe"})


# --- properties -----------------------------------------------------------------------

COMPETENCIES = ("c1", "c2", "c3", "c4")
ratings_strategy = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
weights_strategy = st.fixed_dictionaries(
    {c: st.floats(min_value=0.1, max_value=10, allow_nan=False) for c in COMPETENCIES}
)
panel_strategy = st.dictionaries(
    st.text(min_size=1, max_size=4),
    st.fixed_dictionaries({c: ratings_strategy for c in COMPETENCIES}),
    max_size=6,
)
consensus_strategy = st.dictionaries(st.sampled_from(COMPETENCIES), ratings_strategy)


@given(panel_strategy, weights_strategy, consensus_strategy, st.randoms())
def test_the_order_of_raters_never_changes_a_result(
    ratings: dict[str, dict[str, int | None]],
    weights: dict[str, float],
    consensus: dict[str, int | None],
    rnd: random.Random,
) -> None:
    raters = list(ratings)
    rnd.shuffle(raters)
    shuffled = {}
    for rater in raters:
        competencies = list(ratings[rater])
        rnd.shuffle(competencies)  # and not the order of a rater's competencies either
        shuffled[rater] = {c: ratings[rater][c] for c in competencies}
    assert analyse_panel(shuffled, weights, consensus) == analyse_panel(ratings, weights, consensus)


@given(st.dictionaries(st.sampled_from(COMPETENCIES), st.integers(1, 5)), weights_strategy)
def test_a_weighted_total_stays_within_the_scale(
    scores: dict[str, int], weights: dict[str, float]
) -> None:
    total = weighted_total(scores, weights)
    if scores:
        assert total is not None
        assert 1 <= total <= 5
        assert min(scores.values()) <= total <= max(scores.values())
    else:
        assert total is None


@given(panel_strategy, weights_strategy, consensus_strategy)
def test_every_total_and_result_stays_within_the_scale(
    ratings: dict[str, dict[str, int | None]],
    weights: dict[str, float],
    consensus: dict[str, int | None],
) -> None:
    analysis = analyse_panel(ratings, weights, consensus)
    numbers = [t for _r, t in analysis.totals] + [r for _c, r in analysis.results]
    numbers += [analysis.overall] + [s.mean for s in analysis.competencies]
    for number in numbers:
        assert number is None or 1 <= number <= 5


@given(st.dictionaries(st.text(max_size=3), ratings_strategy, max_size=6))
def test_a_gap_is_never_reported_as_agreement(scores: dict[str, int | None]) -> None:
    summary = summarize("c", scores)
    nobody = all(score is None for score in scores.values())
    assert (summary.flag == "gap") == nobody
    if nobody:
        assert not summary.agreed
        assert summary.status == "gap"
        assert summary.mean is None and summary.spread is None
    if summary.agreed:
        assert summary.assessed >= 2


@given(st.dictionaries(st.text(max_size=3), ratings_strategy, max_size=6))
def test_a_spread_of_two_or_more_is_exactly_a_discrepancy(scores: dict[str, int | None]) -> None:
    summary = summarize("c", scores)
    assessed = [s for s in scores.values() if s is not None]
    spread = max(assessed) - min(assessed) if assessed else None
    assert summary.spread == spread
    assert (summary.flag == "discrepancy") == (spread is not None and spread >= 2)


@given(panel_strategy, weights_strategy, consensus_strategy)
def test_a_recorded_consensus_always_overrides_the_mean(
    ratings: dict[str, dict[str, int | None]],
    weights: dict[str, float],
    consensus: dict[str, int | None],
) -> None:
    analysis = analyse_panel(ratings, weights, consensus)
    for summary in analysis.competencies:
        result = analysis.result_of(summary.competency)
        if summary.competency in consensus:
            assert result == consensus[summary.competency]
            assert summary.competency not in analysis.open_flags
        elif summary.flag is None:
            assert result == summary.mean
        else:
            assert result is None
            assert summary.competency in analysis.open_flags
