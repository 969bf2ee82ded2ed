"""The rating scale and the closed lists whose keys the store keeps as strings."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain import scales
from interviewdesk.domain.agenda import Text
from interviewdesk.domain.scales import (
    APPLICATION_STATUSES,
    COMPETENCY_KINDS,
    DECISION_OUTCOMES,
    MAX_SCORE,
    MIN_SCORE,
    NOT_ASSESSED,
    NOT_ASSESSED_LABEL,
    PANEL_ROLES,
    QUESTION_KINDS,
    RATING_SCALE,
    RECOMMENDATIONS,
    Choice,
    Choices,
    default_anchors,
    is_valid_rating,
    is_valid_score,
    scale_point,
    score_label,
)

#: The keys the models' comments promise, in the order the product shows them.
EXPECTED_KEYS = {
    "RECOMMENDATIONS": ("strong_no", "no", "yes", "strong_yes"),
    "DECISION_OUTCOMES": ("hire", "next_round", "reject", "hold"),
    "COMPETENCY_KINDS": ("core", "technical", "soft"),
    "QUESTION_KINDS": ("open", "behavioural", "situational", "technical"),
    "PANEL_ROLES": ("chair", "member", "note_taker", "hr"),
    "APPLICATION_STATUSES": (
        "applied",
        "invited",
        "interviewed",
        "decided",
        "offered",
        "hired",
        "rejected",
        "withdrawn",
    ),
}
ALL_CHOICES = {name: getattr(scales, name) for name in EXPECTED_KEYS}


def _assert_bilingual(text: Text) -> None:
    assert text.nl.strip() and text.en.strip(), text


# --- the rating scale -----------------------------------------------------------------


def test_scale_runs_from_one_to_five() -> None:
    assert (MIN_SCORE, MAX_SCORE, NOT_ASSESSED) == (1, 5, None)
    assert [point.score for point in RATING_SCALE] == [1, 2, 3, 4, 5]


def test_every_point_has_a_label_and_a_distinct_anchor_in_both_languages() -> None:
    for point in RATING_SCALE:
        _assert_bilingual(point.label)
        _assert_bilingual(point.anchor)
        # An anchor describes behaviour; a one-word anchor would just repeat the label.
        assert len(point.anchor.nl) > 60 and len(point.anchor.en) > 60
    for language in ("nl", "en"):
        labels = [point.label.in_language(language) for point in RATING_SCALE]
        anchors = [point.anchor.in_language(language) for point in RATING_SCALE]
        assert len(set(labels)) == 5 and len(set(anchors)) == 5


def test_anchors_run_from_below_to_exceeding_the_role() -> None:
    assert "onder wat de functie vraagt" in RATING_SCALE[0].anchor.nl
    assert "Voldoet aan wat de functie vraagt" in RATING_SCALE[2].anchor.nl
    assert "boven wat de functie vraagt" in RATING_SCALE[4].anchor.nl
    assert RATING_SCALE[0].anchor.en.startswith("Clearly below")
    assert RATING_SCALE[4].anchor.en.startswith("Clearly exceeds")


def test_default_anchors_are_the_scales_in_order() -> None:
    assert default_anchors() == tuple(point.anchor for point in RATING_SCALE)


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_valid_scores(score: int) -> None:
    assert is_valid_score(score)
    assert is_valid_rating(score)
    assert scale_point(score).score == score
    assert score_label(score) == RATING_SCALE[score - 1].label


@pytest.mark.parametrize("value", [0, 6, -1, 3.0, 2.5, True, "3", None])
def test_invalid_scores(value: object) -> None:
    assert not is_valid_score(value)


@given(st.integers())
def test_only_one_to_five_are_scores(value: int) -> None:
    assert is_valid_score(value) == (1 <= value <= 5)


def test_not_assessed_is_a_valid_rating_but_not_a_score() -> None:
    assert is_valid_rating(NOT_ASSESSED)
    assert not is_valid_score(NOT_ASSESSED)
    assert not is_valid_rating(0)
    assert score_label(NOT_ASSESSED) == NOT_ASSESSED_LABEL
    _assert_bilingual(NOT_ASSESSED_LABEL)


@pytest.mark.parametrize("score", [0, 6, True])
def test_scale_point_of_a_non_score_is_a_key_error(score: int) -> None:
    with pytest.raises(KeyError):
        scale_point(score)
    with pytest.raises(KeyError):
        score_label(score)


# --- the closed lists -----------------------------------------------------------------


@pytest.mark.parametrize("name", list(EXPECTED_KEYS))
def test_keys_and_order(name: str) -> None:
    choices: Choices = ALL_CHOICES[name]
    assert choices.keys() == EXPECTED_KEYS[name]
    assert [choice.key for choice in choices] == list(EXPECTED_KEYS[name])
    assert len(choices) == len(EXPECTED_KEYS[name])


@pytest.mark.parametrize("name", list(EXPECTED_KEYS))
def test_labels_are_bilingual_and_distinct(name: str) -> None:
    choices: Choices = ALL_CHOICES[name]
    for choice in choices:
        _assert_bilingual(choice.label)
        assert choices.label(choice.key) == choice.label
        assert choices.get(choice.key) is choice
        assert choice.key in choices
    for language in ("nl", "en"):
        labels = [choice.label.in_language(language) for choice in choices]
        assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("name", list(EXPECTED_KEYS))
@pytest.mark.parametrize("unknown", ["", "Chair", "maybe", "strong no"])
def test_an_unknown_key_is_a_key_error(name: str, unknown: str) -> None:
    choices: Choices = ALL_CHOICES[name]
    assert unknown not in choices
    with pytest.raises(KeyError):
        choices.get(unknown)
    with pytest.raises(KeyError):
        choices.label(unknown)
    with pytest.raises(KeyError):
        choices.rank(unknown)


def test_recommendation_labels_and_order() -> None:
    assert [c.label.en for c in RECOMMENDATIONS] == ["Strong no", "No", "Yes", "Strong yes"]
    assert [c.label.nl for c in RECOMMENDATIONS] == [
        "Sterk afraden", "Afraden", "Aanraden", "Sterk aanraden"]
    ranks = [RECOMMENDATIONS.rank(key) for key in ("strong_no", "no", "yes", "strong_yes")]
    assert ranks == [0, 1, 2, 3]


def test_a_few_labels_read_right() -> None:
    assert DECISION_OUTCOMES.label("hire") == Text(nl="Aannemen", en="Hire")
    assert PANEL_ROLES.label("chair").nl == "Voorzitter"
    assert QUESTION_KINDS.label("behavioural").en.startswith("Behavioural")
    assert COMPETENCY_KINDS.label("technical").en == "Technical"
    assert APPLICATION_STATUSES.label("withdrawn").nl == "Teruggetrokken"


def test_duplicate_keys_cannot_be_built() -> None:
    one = Choice("a", Text(nl="A", en="A"))
    with pytest.raises(ValueError, match="Duplicate"):
        Choices((one, one))
