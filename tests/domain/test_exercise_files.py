"""Every exercise file that ships is complete: the fields, a score 1–5, five anchors,
a known language that matches its name, and the anchors of the example's competency."""

from collections import Counter

import pytest

from interviewdesk.domain.exercises import LANGUAGES, ExerciseError, exercise_from_toml
from interviewdesk.example import texts as example_texts
from interviewdesk.resource_files import resource

FOLDER = resource("exercises")
FILES = sorted((e for e in FOLDER.iterdir() if e.name.endswith(".toml")),
               key=lambda e: e.name)
ENGLISH_NAMES = ("Craftsmanship in installation engineering", "Customer focus",
                 "Problem solving", "Teamwork", "Independence and reliability")


@pytest.mark.parametrize("entry", FILES, ids=[e.name for e in FILES])
def test_every_shipped_file_is_a_complete_exercise(entry: object) -> None:
    key = entry.name.removesuffix(".toml")  # type: ignore[attr-defined]
    exercise = exercise_from_toml(key, entry.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert exercise.language in LANGUAGES
    assert key.startswith(f"{exercise.language}-")
    assert 1 <= exercise.reference_score <= 5
    assert len(exercise.anchors) == 5 and all(len(a) > 40 for a in exercise.anchors)
    assert all(len(getattr(exercise, part)) > 40 for part in ("situation", "action", "result"))
    assert len(exercise.reasoning) > 150
    # The reasoning is tied to the anchors: it names the anchor of the reference score.
    word = "anker" if exercise.language == "nl" else "anchor"
    assert f"{word} {exercise.reference_score}" in exercise.reasoning.lower()
    if exercise.language == "nl":
        dutch = {c.name: c.anchors for c in example_texts.COMPETENCIES}
        assert exercise.anchors == dutch[exercise.competency]
    else:
        assert exercise.competency in ENGLISH_NAMES


def test_ten_per_language_on_every_competency_with_scores_spread_over_the_scale() -> None:
    exercises = [exercise_from_toml(e.name.removesuffix(".toml"), e.read_text(encoding="utf-8"))
                 for e in FILES]
    for language in LANGUAGES:
        mine = [e for e in exercises if e.language == language]
        assert len(mine) == 10
        assert Counter(e.reference_score for e in mine) == {1: 2, 2: 2, 3: 2, 4: 2, 5: 2}
        assert len({e.competency for e in mine}) == 5
        # One competency has the same anchors in every exercise of a language.
        anchors = {e.competency: e.anchors for e in mine}
        assert all(e.anchors == anchors[e.competency] for e in mine)


@pytest.mark.parametrize(("text", "message"), [
    ("language = ", "not valid TOML"),
    ('language = "de"\ntitle = "x"', "language must be one of"),
    ('language = "nl"\ntitle = "x"\n[competency]\nname = "C"\nanchors = ["a", "b"]',
     "5 anchors, not 2"),
    ('language = "nl"\ntitle = "x"\n[competency]\nname = "C"\nanchors = ["a","b","c","d",""]',
     "anchor for 5 is empty"),
    ('language = "nl"\ntitle = "x"\nreference_score = 6\n[competency]\nname = "C"\n'
     'anchors = ["a","b","c","d","e"]\n[answer]\naction = "deed iets"', "1–5, not 6"),
    ('language = "nl"\ntitle = "x"\nreference_score = true\n[competency]\nname = "C"\n'
     'anchors = ["a","b","c","d","e"]\n[answer]\naction = "deed iets"', "not True"),
    ('language = "nl"\ntitle = "x"\nreference_score = 3\n[competency]\nname = "C"\n'
     'anchors = ["a","b","c","d","e"]\n[answer]\naction = "deed iets"', "reasoning"),
    ('language = "nl"\ntitle = "x"\nreference_score = 3\nreasoning = "r"\n[competency]\n'
     'name = "C"\nanchors = ["a","b","c","d","e"]', "no action"),
    ('language = "nl"\ntitle = 3', "title must be text"),
    ('answer = "x"', "must be tables"),
])
def test_a_damaged_file_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ExerciseError, match=message) as raised:
        exercise_from_toml("nl-99", text)
    assert str(raised.value).startswith("nl-99: ")
