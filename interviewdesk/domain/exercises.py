"""Calibration exercises: a written answer of a candidate (STAR), one competency with
its five anchors, and a reference score with the reasoning behind it. An interviewer
rates the answer alone and only then sees the reference and the colleagues' scores;
over time, their agreement with the reference shows whether they read the anchors the
way the firm means them.

Pure rules on plain values (no Qt, no SQL): what makes an exercise complete, who may
see the reference, how colleagues are named, and the agreement figures.

Decisions made here, so no screen makes them differently:

* **The reveal.** Rating first, looking second: the reference, its reasoning and the
  colleagues' scores are shown only to someone whose own rating is saved
  (:func:`may_see_reference`). A saved rating is final: seeing the reference would
  otherwise make a second rating worthless.
* **Colleagues are anonymous.** The viewer sees their own score by name; the others
  as "Colleague A", "B" … in the order they rated (:func:`colleague_letters`), so the
  letters do not change when someone rates later.
* **Agreement** is measured against the reference score *as it was when the rating
  was saved*, so a firm that corrects an exercise later does not rewrite anyone's
  past. Mean absolute difference (0 is perfect), the share exactly right and the
  share within one point, and the mean signed difference (above 0: milder than the
  reference). Grouped per calendar month of the rating, or per block of five ratings
  in the order they were given.
"""

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from interviewdesk.domain.scales import MAX_SCORE, MIN_SCORE

#: The languages exercises are written in (the app's two languages).
LANGUAGES = ("nl", "en")
#: Anchors per competency: one per point of the scale.
ANCHOR_COUNT = MAX_SCORE - MIN_SCORE + 1
#: How many ratings make one block in the "per five exercises" view.
BLOCK_SIZE = 5
#: The STAR parts of an answer, in the order they are told.
STAR_PARTS = ("situation", "task", "action", "result")
#: Longest text kept in one field (an answer part, the reasoning, an anchor).
MAX_TEXT = 4000
#: Longest title or competency name.
MAX_NAME = 200


class ExerciseError(ValueError):
    """An exercise is incomplete or wrong; the message says which field and why, in
    English (the CLI's and the log's language; screens name fields themselves)."""


@dataclass(frozen=True)
class Exercise:
    """One calibration exercise. ``key`` identifies it for the ratings: the file name
    (``"nl-03"``) for an exercise that ships with the app, ``"firm-<uuid>"`` for one
    the firm wrote. ``anchors[0]`` describes a 1."""

    key: str
    language: str
    title: str
    competency: str
    anchors: tuple[str, ...]
    situation: str
    task: str
    action: str
    result: str
    reference_score: int
    reasoning: str
    builtin: bool = True
    #: The database id of a firm's exercise (``None`` for one that ships).
    exercise_id: int | None = None

    def answer_parts(self) -> tuple[tuple[str, str], ...]:
        """(STAR part, text) in telling order, the empty ones left out."""
        parts = ((part, getattr(self, part)) for part in STAR_PARTS)
        return tuple((part, text) for part, text in parts if text.strip())


def check_exercise(exercise: Exercise) -> Exercise:
    """Return ``exercise`` if it is complete, else raise :class:`ExerciseError`: a
    known language, a title and a competency, exactly five non-empty anchors, an
    answer (at least the action), a reference score 1–5 and a reasoning."""
    if exercise.language not in LANGUAGES:
        raise ExerciseError(f"language must be one of {', '.join(LANGUAGES)}, "
                            f"not {exercise.language!r}")
    for name in ("title", "competency"):
        value = getattr(exercise, name)
        if not value.strip():
            raise ExerciseError(f"{name} is empty")
        if len(value) > MAX_NAME:
            raise ExerciseError(f"{name} is longer than {MAX_NAME} characters")
    if len(exercise.anchors) != ANCHOR_COUNT:
        raise ExerciseError(f"there must be {ANCHOR_COUNT} anchors, not "
                            f"{len(exercise.anchors)}")
    for score, anchor in enumerate(exercise.anchors, MIN_SCORE):
        if not isinstance(anchor, str) or not anchor.strip():
            raise ExerciseError(f"the anchor for {score} is empty")
    if not exercise.action.strip():
        raise ExerciseError("the answer has no action (what the candidate did)")
    texts = (*exercise.anchors, *(getattr(exercise, p) for p in STAR_PARTS), exercise.reasoning)
    if any(len(text) > MAX_TEXT for text in texts):
        raise ExerciseError(f"a text is longer than {MAX_TEXT} characters")
    if not valid_score(exercise.reference_score):
        raise ExerciseError(f"the reference score must be {MIN_SCORE}–{MAX_SCORE}, not "
                            f"{exercise.reference_score!r}")
    if not exercise.reasoning.strip():
        raise ExerciseError("the reasoning for the reference score is empty")
    return exercise


def valid_score(score: object) -> bool:
    """Whether ``score`` is a whole point on the scale (``True`` is no score)."""
    return type(score) is int and MIN_SCORE <= score <= MAX_SCORE


def exercise_from_toml(key: str, text: str) -> Exercise:
    """Read an exercise file (see ``resources/exercises/README.md`` for the fields);
    :class:`ExerciseError` if it is not TOML or not a complete exercise."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ExerciseError(f"{key}: not valid TOML ({error})") from None
    try:
        return check_exercise(_from_mapping(key, data))
    except ExerciseError as error:
        raise ExerciseError(f"{key}: {error}") from None


def _from_mapping(key: str, data: Mapping[str, Any]) -> Exercise:
    answer = data.get("answer", {})
    competency = data.get("competency", {})
    if not isinstance(answer, Mapping) or not isinstance(competency, Mapping):
        raise ExerciseError("[answer] and [competency] must be tables")
    anchors = competency.get("anchors", [])
    if not isinstance(anchors, list):
        raise ExerciseError("competency.anchors must be a list")

    def text(source: Mapping[str, Any], name: str) -> str:
        value = source.get(name, "")
        if not isinstance(value, str):
            raise ExerciseError(f"{name} must be text")
        return value.strip()

    return Exercise(
        key=key,
        language=text(data, "language"),
        title=text(data, "title"),
        competency=text(competency, "name"),
        anchors=tuple(a.strip() if isinstance(a, str) else a for a in anchors),
        situation=text(answer, "situation"),
        task=text(answer, "task"),
        action=text(answer, "action"),
        result=text(answer, "result"),
        reference_score=data.get("reference_score"),  # type: ignore[arg-type]  # checked
        reasoning=text(data, "reasoning"),
    )


def may_see_reference(own_rating_saved: bool) -> bool:
    """The reference, its reasoning and colleagues' scores come after one's own rating,
    never before: a rating given with the answer in view trains nothing."""
    return own_rating_saved


def colleague_letters(raters_in_order: Sequence[int], viewer: int) -> dict[int, str]:
    """Anonymous labels for everyone but ``viewer``: "A", "B" … "Z", "AA" … in the order
    given (the order they rated), so a label never changes once given."""
    letters: dict[int, str] = {}
    for rater in raters_in_order:
        if rater != viewer and rater not in letters:
            letters[rater] = _letters(len(letters))
    return letters


def _letters(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (as spreadsheet columns)."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


@dataclass(frozen=True)
class ExerciseResult:
    """One rating an interviewer gave, with the reference it was measured against."""

    rated_on: date
    score: int
    reference: int

    @property
    def difference(self) -> int:
        """Score minus reference: above 0 milder, below 0 stricter than the reference."""
        return self.score - self.reference


@dataclass(frozen=True)
class Agreement:
    """How close a group of ratings came to the references, with the count behind it."""

    count: int
    mean_absolute_difference: float
    exact_share: float
    within_one_share: float
    mean_difference: float


@dataclass(frozen=True)
class AgreementGroup:
    """The agreement of one period: a month (``first``: its first day) or a block of
    ratings (``first``/``last``: the days of its first and last rating). ``number`` is
    the 1-based position of the block (or of the month, in order)."""

    number: int
    first: date
    last: date
    agreement: Agreement


def agreement(results: Iterable[ExerciseResult]) -> Agreement | None:
    """The agreement of ``results``; ``None`` without any (no figure from nothing)."""
    items = list(results)
    if not items:
        return None
    count = len(items)
    absolute = [abs(r.difference) for r in items]
    return Agreement(
        count=count,
        mean_absolute_difference=sum(absolute) / count,
        exact_share=sum(1 for a in absolute if a == 0) / count,
        within_one_share=sum(1 for a in absolute if a <= 1) / count,
        mean_difference=sum(r.difference for r in items) / count,
    )


def per_month(results: Iterable[ExerciseResult]) -> list[AgreementGroup]:
    """Agreement per calendar month in which ratings were given, oldest first; months
    without ratings are left out."""
    months: dict[date, list[ExerciseResult]] = {}
    for result in sorted(results, key=lambda r: r.rated_on):
        months.setdefault(result.rated_on.replace(day=1), []).append(result)
    groups = []
    for number, (first, items) in enumerate(months.items(), 1):
        figures = agreement(items)
        assert figures is not None
        groups.append(AgreementGroup(number, first, items[-1].rated_on, figures))
    return groups


def per_block(results: Iterable[ExerciseResult], size: int = BLOCK_SIZE) -> list[AgreementGroup]:
    """Agreement per block of ``size`` ratings in the order given (oldest first); the
    last block may be smaller — it says how many it holds."""
    if size < 1:
        raise ValueError("a block holds at least one rating")
    items = sorted(results, key=lambda r: r.rated_on)
    groups = []
    for number, start in enumerate(range(0, len(items), size), 1):
        block = items[start:start + size]
        figures = agreement(block)
        assert figures is not None
        groups.append(AgreementGroup(number, block[0].rated_on, block[-1].rated_on, figures))
    return groups
