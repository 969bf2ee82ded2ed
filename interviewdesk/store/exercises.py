"""Calibration exercises: the ones that ship with the app (files in
``resources/exercises``), the firm's own (table ``exercise``), and every interviewer's
ratings of them (table ``exerciserating``, migration 0012).

The reveal rule is ``domain.exercises.may_see_reference``: :func:`reveal` hands out the
reference, its reasoning and the colleagues' scores only to an interviewer whose own
rating is saved, and names the colleagues by letter only. A saved rating is final
(:class:`AlreadyRated`). Exercise ratings are about interviewers, never about a
candidate: erasing a candidate does not touch them; deleting an interviewer or a
firm's exercise takes its ratings along (``ON DELETE CASCADE``).
"""

import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from interviewdesk.domain.exercises import (
    Exercise,
    ExerciseError,
    ExerciseResult,
    check_exercise,
    colleague_letters,
    exercise_from_toml,
    may_see_reference,
    valid_score,
)
from interviewdesk.resource_files import resource
from interviewdesk.store.database import Database
from interviewdesk.store.models import Exercise as ExerciseRow
from interviewdesk.store.models import ExerciseRating, Interviewer, utc_now

log = logging.getLogger(__name__)

#: Where the shipped exercises live inside the package.
RESOURCE_FOLDER = ("exercises",)
#: How a firm's exercise is keyed in the ratings.
FIRM_PREFIX = "firm-"
#: Longest reason kept with a rating.
MAX_REASON = 2000


class AlreadyRated(Exception):
    """The interviewer rated this exercise before; a rating is final once saved."""


class RateFirst(Exception):
    """The reference and the colleagues' scores come only after one's own rating."""


@dataclass(frozen=True)
class OwnRating:
    """What the interviewer gave, and the reference it is measured against."""

    score: int
    reason: str
    reference_score: int
    rated_at: datetime


@dataclass(frozen=True)
class ColleagueScore:
    """A colleague's score on the same exercise, anonymous: a letter only."""

    letter: str
    score: int


@dataclass(frozen=True)
class Revealed:
    """What an interviewer sees after rating: the exercise (with its reference and
    reasoning), their own rating and the colleagues' scores in the order they rated."""

    exercise: Exercise
    own: OwnRating
    colleagues: tuple[ColleagueScore, ...]


# -- the exercises ----------------------------------------------------------------------


@cache
def shipped_exercises() -> tuple[Exercise, ...]:
    """The exercises that ship with the app, by key. A damaged file is left out and
    logged (its name only): the others stay usable (a test checks every shipped file)."""
    folder = resource(*RESOURCE_FOLDER)
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        key = entry.name.removesuffix(".toml")
        try:
            found.append(exercise_from_toml(key, entry.read_text(encoding="utf-8")))
        except (ExerciseError, OSError, UnicodeDecodeError) as error:
            log.warning("Shipped exercise %s left out: %s", entry.name, error)
    return tuple(found)


def _from_row(row: ExerciseRow) -> Exercise:
    return Exercise(
        key=f"{FIRM_PREFIX}{row.uuid}", language=row.language, title=row.title,
        competency=row.competency,
        anchors=(row.anchor_1, row.anchor_2, row.anchor_3, row.anchor_4, row.anchor_5),
        situation=row.situation, task=row.task, action=row.action, result=row.result,
        reference_score=row.reference_score, reasoning=row.reasoning, builtin=False,
        exercise_id=row.id)


def firm_exercises(db: Database) -> list[Exercise]:
    """The firm's own exercises, oldest first."""
    with db.session() as session:
        rows = session.exec(select(ExerciseRow).order_by(col(ExerciseRow.id))).all()
        return [_from_row(row) for row in rows]


def all_exercises(db: Database, language: str | None = None) -> list[Exercise]:
    """The shipped exercises, then the firm's; only those in ``language`` if given."""
    every = [*shipped_exercises(), *firm_exercises(db)]
    return [e for e in every if language is None or e.language == language]


def find_exercise(db: Database, key: str) -> Exercise:
    """The exercise with ``key``; ``LookupError`` if there is none (any more)."""
    for exercise in shipped_exercises():
        if exercise.key == key:
            return exercise
    if key.startswith(FIRM_PREFIX):
        with db.session() as session:
            row = session.exec(select(ExerciseRow).where(
                ExerciseRow.uuid == key.removeprefix(FIRM_PREFIX))).first()
            if row is not None:
                return _from_row(row)
    raise LookupError(f"There is no exercise {key!r}.")


def save_exercise(db: Database, exercise: Exercise) -> Exercise:
    """Add a firm's exercise (``exercise_id`` ``None``) or change one; returns it as
    stored. :class:`ExerciseError` if it is incomplete, ``LookupError`` if the one to
    change is gone. Ratings already given keep the reference they were measured
    against."""
    check_exercise(exercise)
    fields: dict[str, Any] = dict(
        language=exercise.language, title=exercise.title.strip(),
        competency=exercise.competency.strip(),
        **{f"anchor_{n}": text.strip() for n, text in enumerate(exercise.anchors, 1)},
        situation=exercise.situation.strip(), task=exercise.task.strip(),
        action=exercise.action.strip(), result=exercise.result.strip(),
        reference_score=exercise.reference_score, reasoning=exercise.reasoning.strip())
    with db.session() as session:
        if exercise.exercise_id is None:
            row = ExerciseRow(**fields)
        else:
            found = session.get(ExerciseRow, exercise.exercise_id)
            if found is None:
                raise LookupError("This exercise was deleted meanwhile.")
            row = found
            for name, value in fields.items():
                setattr(row, name, value)
            row.updated_at = utc_now()
        session.add(row)
        session.flush()
        return _from_row(row)


def delete_exercise(db: Database, exercise_id: int) -> int:
    """Delete a firm's exercise with its ratings; returns how many ratings went."""
    with db.session() as session:
        row = session.get(ExerciseRow, exercise_id)
        if row is None:
            return 0
        ratings = len(session.exec(select(ExerciseRating.id).where(
            ExerciseRating.exercise_id == exercise_id)).all())
        session.delete(row)
        return ratings


def exercise_from_competency(competency_name: str, anchors: tuple[str, ...],
                             language: str) -> Exercise:
    """A new, empty exercise for a competency picked from a vacancy (the editor's
    starting point); not valid until answer, reference and reasoning are filled in."""
    return Exercise(key="", language=language, title="", competency=competency_name,
                    anchors=anchors, situation="", task="", action="", result="",
                    reference_score=0, reasoning="", builtin=False)


def without_key(exercise: Exercise) -> Exercise:
    """A copy to save as a new firm exercise (e.g. starting from a shipped one)."""
    return replace(exercise, key="", builtin=False, exercise_id=None)


# -- ratings --------------------------------------------------------------------------


def rated_keys(db: Database, interviewer_id: int) -> set[str]:
    """The keys of the exercises the interviewer has rated."""
    with db.session() as session:
        return set(session.exec(select(ExerciseRating.exercise_key).where(
            ExerciseRating.interviewer_id == interviewer_id)).all())


def own_rating(db: Database, interviewer_id: int, key: str) -> OwnRating | None:
    """The interviewer's rating of exercise ``key``, or ``None`` before they rated it."""
    with db.session() as session:
        row = session.exec(select(ExerciseRating).where(
            ExerciseRating.interviewer_id == interviewer_id,
            ExerciseRating.exercise_key == key)).first()
        return None if row is None else _own(row)


def _own(row: ExerciseRating) -> OwnRating:
    return OwnRating(row.score, row.reason, row.reference_score, row.rated_at)


def rate(db: Database, interviewer_id: int, exercise: Exercise, score: int,
         reason: str) -> OwnRating:
    """Save the interviewer's rating of ``exercise``. ``ValueError`` for a score off
    the scale or a reason that is too long, ``LookupError`` if the interviewer or the
    firm's exercise is gone, :class:`AlreadyRated` if they rated it before."""
    if not valid_score(score):
        raise ValueError("A score is a whole number from 1 to 5.")
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise ValueError(f"The reason is longer than {MAX_REASON} characters.")
    with db.session() as session:
        if session.get(Interviewer, interviewer_id) is None:
            raise LookupError("This interviewer was deleted meanwhile.")
        if exercise.exercise_id is not None and session.get(
                ExerciseRow, exercise.exercise_id) is None:
            raise LookupError("This exercise was deleted meanwhile.")
        row = ExerciseRating(interviewer_id=interviewer_id, exercise_key=exercise.key,
                             exercise_id=exercise.exercise_id, score=score, reason=reason,
                             reference_score=exercise.reference_score)
        session.add(row)
        try:
            session.flush()
        except IntegrityError:
            raise AlreadyRated("You rated this exercise before.") from None
        return _own(row)


def reveal(db: Database, exercise: Exercise, viewer_id: int) -> Revealed:
    """The reference, the viewer's own rating and the colleagues' scores (by letter, in
    the order they rated). :class:`RateFirst` before the viewer's own rating is saved."""
    with db.session() as session:
        rows = session.exec(select(ExerciseRating).where(
            ExerciseRating.exercise_key == exercise.key).order_by(
            col(ExerciseRating.rated_at), col(ExerciseRating.id))).all()
    own = next((row for row in rows if row.interviewer_id == viewer_id), None)
    if not may_see_reference(own is not None):
        raise RateFirst("Rate the answer yourself first.")
    assert own is not None
    letters = colleague_letters([row.interviewer_id for row in rows], viewer_id)
    colleagues = tuple(ColleagueScore(letters[row.interviewer_id], row.score)
                       for row in rows if row.interviewer_id != viewer_id)
    return Revealed(exercise, _own(own), colleagues)


def results(db: Database, interviewer_id: int) -> list[ExerciseResult]:
    """Every rating the interviewer gave, oldest first, as results for the agreement
    figures of ``domain.exercises`` (the day is the local day of the rating)."""
    with db.session() as session:
        rows = session.exec(select(ExerciseRating).where(
            ExerciseRating.interviewer_id == interviewer_id).order_by(
            col(ExerciseRating.rated_at), col(ExerciseRating.id))).all()
    return [ExerciseResult(_local_day(row.rated_at), row.score, row.reference_score)
            for row in rows]


def _local_day(moment: datetime) -> date:
    """The calendar day of a stored moment on this machine's clock (SQLite may hand a
    stored UTC moment back without its zone)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


@dataclass(frozen=True)
class CompetencyChoice:
    """A vacancy's competency to start an exercise from: its name and five anchors."""

    vacancy_title: str
    name: str
    anchors: tuple[str, ...]


def competency_choices(db: Database) -> list[CompetencyChoice]:
    """Every competency of every vacancy, by vacancy title and position: what the
    editor offers to copy (names and anchor texts only, nothing about candidates)."""
    from interviewdesk.store.models import Competency, Vacancy

    with db.session() as session:
        rows = session.exec(
            select(Vacancy.title, Competency).join(
                Competency, col(Competency.vacancy_id) == col(Vacancy.id))
            .order_by(col(Vacancy.title), col(Vacancy.id), col(Competency.position),
                      col(Competency.id))).all()
    return [CompetencyChoice(title, competency.name, tuple(competency.anchors()))
            for title, competency in rows]
