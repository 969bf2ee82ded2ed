"""How interviews are run, as pure functions on plain records (no Qt, no SQL): which
questions were asked, skipped or added on the spot; minutes per agenda stage against
the plan; whether candidates heard back by the feedback date. Every figure carries
the count it rests on, so a screen or paper can say what a number comes from.

Decisions made here, so no caller makes them differently:

* **Questions.** A question *planned* for a vacancy is either ``asked`` (ticked in
  the interview) or ``skipped`` in each interview counted; a question *added on the
  spot* belongs to one interview and is counted per stage. The share asked rests on
  the interviews the question was on the agenda of.
* **Time.** A stage counts for an interview when it has time recorded (more than 0
  seconds); stages without time are counted apart (``untimed``), never as 0 minutes,
  which would drag a mean down with stages nobody timed. "Over plan" means more than
  :data:`OVER_PLAN_SHARE` over the planned minutes *and* at least
  :data:`OVER_PLAN_MINUTES` minutes over (a 2-minute stage 1 minute late is no news).
* **Feedback.** An interview with a feedback date is *on time* when the first contact
  with the candidate on or after the interview's day came on or before that date,
  *late* when after it, *overdue* when there is no such contact and the date has
  passed, and *not yet due* otherwise. The share on time rests on the first three.
"""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from math import fsum

from interviewdesk.domain.calibration import Figure

#: More than this share over the plan is "over plan" (with :data:`OVER_PLAN_MINUTES`).
OVER_PLAN_SHARE = 0.25
#: … and at least this many minutes over.
OVER_PLAN_MINUTES = 3


def _mean(values: list[float]) -> Figure:
    return Figure(fsum(values) / len(values) if values else None, len(values))


def _share(hits: int, count: int) -> Figure:
    return Figure(hits / count if count else None, count)


# --- Questions -------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionRecord:
    """One question in one interview counted: ``planned`` (from the vacancy's kit) or
    added on the spot, and whether it was ticked as asked."""

    question: Hashable
    interview: Hashable
    stage: str
    planned: bool
    asked: bool


@dataclass(frozen=True)
class QuestionUsage:
    """A planned question across interviews: ``asked`` is the share of the interviews
    it was on the agenda of (its count) in which it was asked; ``skipped`` the
    number of those in which it was not."""

    question: Hashable
    stage: str
    asked: Figure
    asked_times: int
    skipped: int


@dataclass(frozen=True)
class AddedQuestions:
    """Questions added on the spot in one stage: how many, in how many interviews,
    out of ``interviews`` counted."""

    stage: str
    questions: int
    in_interviews: int
    interviews: int


def question_usage(records: Iterable[QuestionRecord]) -> list[QuestionUsage]:
    """Per planned question (in first-seen order) how often it was asked and skipped."""
    asked: dict[Hashable, list[bool]] = {}
    stages: dict[Hashable, str] = {}
    for record in records:
        if record.planned:
            asked.setdefault(record.question, []).append(record.asked)
            stages.setdefault(record.question, record.stage)
    result = []
    for question, ticks in asked.items():
        times = sum(ticks)
        result.append(QuestionUsage(question, stages[question], _share(times, len(ticks)),
                                    times, len(ticks) - times))
    return result


def added_questions(records: Iterable[QuestionRecord], interviews: int,
                    stages: Iterable[str]) -> list[AddedQuestions]:
    """Per stage in ``stages`` order (then any other stage met) the questions added on
    the spot, out of ``interviews`` interviews counted."""
    count: dict[str, int] = {stage: 0 for stage in stages}
    where: dict[str, set[Hashable]] = {stage: set() for stage in count}
    for record in records:
        if not record.planned:
            count[record.stage] = count.get(record.stage, 0) + 1
            where.setdefault(record.stage, set()).add(record.interview)
    return [AddedQuestions(stage, n, len(where[stage]), interviews)
            for stage, n in count.items()]


# --- Time ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageTime:
    """One stage of one interview: the minutes planned for it and the seconds
    recorded (0: not timed)."""

    interview: Hashable
    stage: str
    planned_minutes: int
    seconds_spent: int


@dataclass(frozen=True)
class StageTiming:
    """A stage across interviews. ``planned`` and ``actual`` are mean minutes over the
    timed interviews (the count), ``difference`` the mean of actual − planned;
    ``over_plan`` the share of them over plan (see the module docstring);
    ``untimed`` the interviews with no time for this stage."""

    stage: str
    planned: Figure
    actual: Figure
    difference: Figure
    over_plan: Figure
    untimed: int


def is_over_plan(planned_minutes: float, actual_minutes: float) -> bool:
    """Whether a stage ran over its plan enough to mention (module docstring)."""
    over = actual_minutes - planned_minutes
    return over >= OVER_PLAN_MINUTES and over > OVER_PLAN_SHARE * planned_minutes


def stage_timing(times: Iterable[StageTime], stages: Iterable[str]) -> list[StageTiming]:
    """Per stage in ``stages`` order (then any other stage met) the minutes against the
    plan across interviews."""
    by_stage: dict[str, list[StageTime]] = {stage: [] for stage in stages}
    for time in times:
        by_stage.setdefault(time.stage, []).append(time)
    result = []
    for stage, rows in by_stage.items():
        timed = [t for t in rows if t.seconds_spent > 0]
        actual = [t.seconds_spent / 60 for t in timed]
        planned = [float(t.planned_minutes) for t in timed]
        over = sum(is_over_plan(p, a) for p, a in zip(planned, actual, strict=True))
        result.append(StageTiming(
            stage, _mean(planned), _mean(actual),
            _mean([a - p for p, a in zip(planned, actual, strict=True)]),
            _share(over, len(timed)), len(rows) - len(timed)))
    return result


# --- Feedback --------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackRecord:
    """One interview with the date the candidate was promised feedback by, and the
    first contact on or after the interview's day (``None``: none yet)."""

    interview: Hashable
    due: date
    told_on: date | None


@dataclass(frozen=True)
class FeedbackTimeliness:
    """Feedback across interviews (see the module docstring). ``on_time`` is the share
    of the interviews past or told (its count); ``days_late`` the mean days after the
    date among the late ones told."""

    on_time: Figure
    on_time_count: int
    late: int
    overdue: int
    not_yet_due: int
    days_late: Figure


def feedback_state(record: FeedbackRecord, today: date) -> str:
    """``"on_time"``, ``"late"``, ``"overdue"`` or ``"not_yet_due"``."""
    if record.told_on is not None:
        return "on_time" if record.told_on <= record.due else "late"
    return "overdue" if record.due < today else "not_yet_due"


def feedback_timeliness(records: Iterable[FeedbackRecord], today: date) -> FeedbackTimeliness:
    """How often candidates heard back by the date they were given."""
    states: dict[str, int] = {"on_time": 0, "late": 0, "overdue": 0, "not_yet_due": 0}
    days_late: list[float] = []
    for record in records:
        state = feedback_state(record, today)
        states[state] += 1
        if state == "late" and record.told_on is not None:
            days_late.append(float((record.told_on - record.due).days))
    counted = states["on_time"] + states["late"] + states["overdue"]
    return FeedbackTimeliness(_share(states["on_time"], counted), states["on_time"],
                              states["late"], states["overdue"], states["not_yet_due"],
                              _mean(days_late))
