"""The calibration statistics: a published table reproduced, properties, and the
per-interviewer figures worked out by hand."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewdesk.domain.calibration import (
    Rating,
    deviations,
    icc,
    icc_table,
    interviewer_figures,
    reading_of,
)
from interviewdesk.domain.fdist import f_quantile

#: Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]


def test_shrout_fleiss_table_is_reproduced() -> None:
    single = icc(SHROUT_FLEISS, "ICC(2,1)")
    average = icc(SHROUT_FLEISS, "ICC(2,k)")
    assert round(single.value, 2) == 0.29
    assert round(average.value, 2) == 0.62
    assert (single.candidates, single.raters) == (6, 4)
    # The F-based interval (McGraw & Wong 1996), as R's psych::ICC prints it.
    assert (round(single.low, 3), round(single.high, 2)) == (0.019, 0.76)
    assert (round(average.low, 3), round(average.high, 2)) == (0.071, 0.93)
    assert single.reading == "poor" and average.reading == "moderate"


def test_mean_squares_by_hand() -> None:
    """Two raters, three candidates, rater B one point milder on everyone:
    row means 1.5, 2.5, 3.5 around 2.5 → BMS = 2·(1+0+1)/2 = 2; column means 2 and 3
    → JMS = 3·(0.25+0.25)/1 = 1.5; EMS = 0 → ICC(2,1) = 2/(2+0+2·1.5/3) = 2/3 and
    ICC(2,k) = 2/(2+1.5/3) = 0.8."""
    table = [[1, 2], [2, 3], [3, 4]]
    assert icc(table, "ICC(2,1)").value == pytest.approx(2 / 3)
    assert icc(table, "ICC(2,k)").value == pytest.approx(2 / 2.5)


def test_f_quantiles_match_printed_tables() -> None:
    assert f_quantile(0.95, 5, 15) == pytest.approx(2.901, abs=1e-3)
    assert f_quantile(0.975, 5, 15) == pytest.approx(3.576, abs=1e-3)
    assert f_quantile(0.95, 1, 1) == pytest.approx(161.45, abs=1e-2)
    with pytest.raises(ValueError):
        f_quantile(1.0, 2, 3)


def test_too_little_data_gives_no_number() -> None:
    assert icc([[3, 4], [2, 2]]).reading == "not_enough_data"
    assert icc([]).reading == "not_enough_data"
    assert icc([[3], [4], [5]]).reading == "not_enough_data"
    result = icc([[3, None], [4, 4], [5, 5], [None, 2]])
    assert result.reading == "not_enough_data" and result.value is None
    assert result.candidates == 2


def test_no_variance_is_undefined() -> None:
    result = icc([[3, 3], [3, 3], [3, 3]])
    assert result.reading == "undefined" and result.value is None


def test_missing_scores_drop_the_rater_that_costs_most() -> None:
    """Rater C scored only one candidate; keeping A and B keeps 4×2 scores."""
    table = [[1, 2, None], [2, 3, None], [3, 4, None], [4, 5, 5]]
    result = icc(table, "ICC(2,1)")
    assert (result.candidates, result.raters) == (4, 2)
    assert result.value == icc([row[:2] for row in table]).value


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        icc([[1, "x"]])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        icc([[1, 2]], "ICC(3,1)")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        icc([[1, float("nan")]])


def test_reading_bands_after_koo_and_li() -> None:
    assert reading_of(0.75) == "good"
    assert reading_of(0.749) == "moderate"
    assert reading_of(0.5) == "moderate"
    assert reading_of(0.49) == "poor"
    assert reading_of(None) == "undefined"


scores = st.one_of(st.none(), st.integers(1, 5))
tables = st.integers(2, 5).flatmap(
    lambda k: st.lists(st.lists(scores, min_size=k, max_size=k), min_size=0, max_size=9)
)


@settings(max_examples=150, deadline=None)
@given(tables, st.sampled_from(["ICC(2,1)", "ICC(2,k)"]))
def test_icc_lies_in_range_or_is_undefined(table, kind) -> None:
    result = icc(table, kind)
    if result.value is None:
        assert result.reading in ("undefined", "not_enough_data")
        assert result.low is None and result.high is None
    else:
        assert -1.0 <= result.value <= 1.0
        assert result.candidates >= 3 and result.raters >= 2
        if result.low is not None:
            assert -1.0 <= result.low <= result.value + 1e-9
            assert result.value - 1e-9 <= result.high <= 1.0


@settings(max_examples=150, deadline=None)
@given(tables, st.randoms(use_true_random=False), st.sampled_from(["ICC(2,1)", "ICC(2,k)"]))
def test_icc_does_not_depend_on_rater_or_candidate_order(table, random, kind) -> None:
    k = len(table[0]) if table else 0
    order = list(range(k))
    random.shuffle(order)
    shuffled = [[row[j] for j in order] for row in table]
    random.shuffle(shuffled)
    assert icc(shuffled, kind) == icc(table, kind)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(1, 5), min_size=3, max_size=10).filter(lambda c: len(set(c)) > 1),
    st.integers(2, 5),
    st.sampled_from(["ICC(2,1)", "ICC(2,k)"]),
)
def test_identical_raters_agree_perfectly(column, k, kind) -> None:
    result = icc([[score] * k for score in column], kind)
    assert result.value == pytest.approx(1.0)
    assert result.reading == "good"


def test_interviewer_figures_by_hand() -> None:
    ratings = [
        # Interview 1: Ann 4, Bob 2, Cem 3 on competency "x"; Ann leaves "y" open.
        Rating(1, "x", "ann", 4, 100),
        Rating(1, "x", "bob", 2, 10),
        Rating(1, "x", "cem", 3, 40),
        Rating(1, "y", "ann", None, 0),
        Rating(1, "y", "bob", 3, 20),
        # Interview 2: Ann 5, Bob 3.
        Rating(2, "x", "ann", 5, 60),
        Rating(2, "x", "bob", 3, 30),
    ]
    figures = {f.rater: f for f in interviewer_figures(ratings)}
    ann, bob, cem = figures["ann"], figures["bob"], figures["cem"]
    # Ann: 4 − mean(2,3) = 1.5; 5 − 3 = 2 → leniency 1.75 over 2, far off once of 2.
    assert ann.leniency.value == pytest.approx(1.75) and ann.leniency.count == 2
    assert ann.far_off.value == pytest.approx(0.5) and ann.far_off.count == 2
    assert ann.not_assessed.value == pytest.approx(1 / 3) and ann.not_assessed.count == 3
    assert ann.evidence_length.value == pytest.approx(80) and ann.evidence_length.count == 2
    assert (ann.lowest, ann.highest) == (4, 5)
    assert ann.spread.value == pytest.approx(0.5)
    # Bob: 2 − 3.5 = −1.5; "y" has nobody to compare with; 3 − 5 = −2.
    assert bob.leniency.value == pytest.approx(-1.75) and bob.leniency.count == 2
    # Cem: 3 − mean(4, 2) = 0.
    assert cem.leniency.value == pytest.approx(0.0) and cem.leniency.count == 1
    assert cem.far_off.value == 0.0
    assert deviations(ratings) == {"ann": [1.5, 2.0], "bob": [-1.5, -2.0], "cem": [0.0]}


def test_icc_table_rows_per_interview() -> None:
    ratings = [Rating(1, "x", "a", 3), Rating(1, "x", "b", 4), Rating(2, "x", "b", 2)]
    assert icc_table(ratings, "x") == [[3, 4], [None, 2]]
    assert interviewer_figures([]) == []


def test_equally_large_groups_give_the_cautious_reading() -> None:
    """A and B agree on three candidates, A and C disagree on three others: both
    groups keep six scores, and the lower ICC is reported, whatever the order."""
    table = [[1, 1, None], [2, 2, None], [3, 3, None],
             [1, None, 3], [2, None, 1], [3, None, 2]]
    expected = icc([[1, 3], [2, 1], [3, 2]])
    assert icc(table) == expected and expected.value < 0
    assert icc([[row[2], row[1], row[0]] for row in reversed(table)]) == expected


def test_comparisons_are_the_deviations_with_their_sources() -> None:
    from interviewdesk.domain.calibration import Rating, comparisons, deviations

    ratings = [Rating(1, "a", "x", 4), Rating(1, "a", "y", 2), Rating(1, "a", "z", 3),
               Rating(1, "b", "x", 5), Rating(1, "b", "y", None), Rating(2, "a", "x", 1)]
    found = comparisons(ratings)
    assert [(c.competency, c.score, c.others_mean, c.others) for c in found["x"]] == [
        ("a", 4, 2.5, 2)]  # b: y left it open, so x is alone; interview 2: alone
    assert {r: [c.deviation for c in cs] for r, cs in found.items()} == deviations(ratings)


def test_an_interval_that_misses_its_own_estimate_is_left_out() -> None:
    """Found by the range property: raters who disagree more than the candidates
    differ give a negative ICC whose approximate interval lay just beside it."""
    result = icc([[1, 4, 4], [1, 4, 5], [3, 1, 5]], "ICC(2,1)")
    assert result.value is not None and result.value < 0
    assert result.low is None and result.high is None
    assert result.reading == "poor"
