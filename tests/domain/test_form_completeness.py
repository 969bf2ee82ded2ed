"""When a form is complete, by example and by property: a recommendation and every
competency dealt with; evidence without a score needs the rater's word."""

from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain.form_completeness import (
    Completeness,
    GivenRating,
    completeness,
    form_state,
    has_content,
    rating_state,
)

COMPETENCIES = ((1, "Analysis"), (2, "Cooperation"), (3, "Integrity"))


def test_a_rating_state_follows_from_the_row() -> None:
    assert rating_state(None) == "untouched"
    assert rating_state(GivenRating(None)) == "not_assessed"
    assert rating_state(GivenRating(None, "said little")) == "not_assessed"
    assert rating_state(GivenRating(4)) == "scored"


def test_an_empty_form_lacks_everything_in_the_form_order() -> None:
    lacking = completeness(COMPETENCIES, {}, None)
    assert lacking == Completeness(True, ("Analysis", "Cooperation", "Integrity"), ())
    assert not lacking.complete(accept_not_assessed=True)
    assert not lacking.needs_confirmation_only


def test_scored_and_not_assessed_with_a_recommendation_is_complete() -> None:
    ratings = {1: GivenRating(3, "clear"), 2: GivenRating(None), 3: GivenRating(5)}
    lacking = completeness(COMPETENCIES, ratings, "hire")
    assert lacking == Completeness()
    assert lacking.complete()


def test_the_recommendation_alone_is_missing() -> None:
    ratings = {1: GivenRating(3), 2: GivenRating(2), 3: GivenRating(5)}
    lacking = completeness(COMPETENCIES, ratings, None)
    assert lacking.missing_recommendation and not lacking.untouched
    assert not lacking.complete(accept_not_assessed=True)
    assert not lacking.needs_confirmation_only


def test_evidence_without_a_score_needs_the_raters_word() -> None:
    ratings = {1: GivenRating(None, "forgot to click"), 2: GivenRating(2), 3: GivenRating(5)}
    lacking = completeness(COMPETENCIES, ratings, "no_hire")
    assert lacking.evidence_without_score == ("Analysis",)
    assert lacking.needs_confirmation_only
    assert not lacking.complete()
    assert lacking.complete(accept_not_assessed=True)


def test_evidence_of_only_spaces_is_no_evidence() -> None:
    ratings = {1: GivenRating(None, "  \n\t"), 2: GivenRating(2), 3: GivenRating(5)}
    assert completeness(COMPETENCIES, ratings, "hire").complete()


def test_ratings_of_other_competencies_do_not_count() -> None:
    lacking = completeness(COMPETENCIES, {9: GivenRating(4)}, "hire")
    assert lacking.untouched == ("Analysis", "Cooperation", "Integrity")


def test_a_vacancy_without_competencies_needs_only_the_recommendation() -> None:
    assert completeness((), {}, "hire").complete()
    assert not completeness((), {}, None).complete()


def test_content_and_form_state() -> None:
    empty = {"recommendation": None, "strengths": " ", "weaknesses": "\n"}
    assert not has_content(**empty, any_rating=False)
    assert has_content(**empty, any_rating=True)
    assert has_content(**{**empty, "strengths": "listens"}, any_rating=False)
    assert has_content(**{**empty, "recommendation": "hire"}, any_rating=False)
    assert form_state(submitted=True, content=False) == "submitted"
    assert form_state(submitted=False, content=True) == "in_progress"
    assert form_state(submitted=False, content=False) == "not_started"


ratings_strategy = st.dictionaries(
    st.sampled_from([1, 2, 3]),
    st.builds(GivenRating, st.one_of(st.none(), st.integers(1, 5)),
              st.sampled_from(["", " ", "evidence"])),
)


@given(ratings_strategy, st.one_of(st.none(), st.just("hire")), st.booleans())
def test_complete_exactly_when_every_competency_is_dealt_with(
    ratings: dict[int, GivenRating], recommendation: str | None, accept: bool
) -> None:
    lacking = completeness(COMPETENCIES, ratings, recommendation)
    dealt_with = all(
        cid in ratings and (ratings[cid].score is not None or accept
                            or not ratings[cid].evidence.strip())
        for cid, _name in COMPETENCIES)
    assert lacking.complete(accept_not_assessed=accept) == (
        recommendation is not None and dealt_with)
    # Confirming never hurts and never helps with anything but evidence without a score.
    if lacking.complete():
        assert lacking.complete(accept_not_assessed=True)
    assert lacking.needs_confirmation_only == (
        recommendation is not None and set(ratings) >= {1, 2, 3})
