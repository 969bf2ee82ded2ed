"""How interviews were run: questions, time and feedback, counted by hand."""

from datetime import date

from interviewdesk.domain.calibration import Figure
from interviewdesk.domain.calibration_practice import (
    FeedbackRecord,
    QuestionRecord,
    StageTime,
    added_questions,
    feedback_state,
    feedback_timeliness,
    is_over_plan,
    question_usage,
    stage_timing,
)


def q(question: int, interview: int, asked: bool, planned: bool = True,
      stage: str = "skills") -> QuestionRecord:
    return QuestionRecord(question, interview, stage, planned, asked)


def test_planned_questions_are_asked_or_skipped_per_interview() -> None:
    records = [q(1, 10, True), q(1, 11, False), q(1, 12, True),
               q(2, 10, False), q(2, 11, False), q(2, 12, False),
               q(3, 10, True, planned=False)]
    usage = {u.question: u for u in question_usage(records)}
    assert set(usage) == {1, 2}  # an added question is no planned question
    assert usage[1].asked == Figure(2 / 3, 3)
    assert (usage[1].asked_times, usage[1].skipped) == (2, 1)
    assert usage[2].asked == Figure(0.0, 3) and usage[2].skipped == 3


def test_added_questions_are_counted_per_stage_and_interview() -> None:
    records = [q(7, 10, True, planned=False, stage="skills"),
               q(8, 10, True, planned=False, stage="skills"),
               q(9, 11, False, planned=False, stage="behavioural"),
               q(1, 10, True)]
    added = {a.stage: a for a in added_questions(records, 4, ["opening", "skills",
                                                              "behavioural"])}
    assert list(added) == ["opening", "skills", "behavioural"]
    assert (added["opening"].questions, added["opening"].in_interviews) == (0, 0)
    assert (added["skills"].questions, added["skills"].in_interviews) == (2, 1)
    assert (added["behavioural"].questions, added["behavioural"].interviews) == (1, 4)


def test_no_questions_give_no_figures() -> None:
    assert question_usage([]) == []


def test_stage_minutes_against_the_plan() -> None:
    times = [StageTime(1, "skills", 14, 14 * 60), StageTime(2, "skills", 14, 20 * 60),
             StageTime(3, "skills", 10, 0), StageTime(1, "closing", 5, 5 * 60 + 30)]
    timing = {t.stage: t for t in stage_timing(times, ["opening", "skills", "closing"])}
    skills = timing["skills"]
    # Interview 3 was not timed: it counts apart, not as 0 minutes.
    assert skills.untimed == 1
    assert skills.planned == Figure(14.0, 2)
    assert skills.actual == Figure(17.0, 2)
    assert skills.difference == Figure(3.0, 2)
    assert skills.over_plan == Figure(0.5, 2)  # 20 of 14: 6 over, more than a quarter
    assert timing["closing"].over_plan == Figure(0.0, 1)  # half a minute is no news
    assert timing["opening"].actual == Figure(None, 0) and timing["opening"].untimed == 0


def test_over_plan_needs_a_quarter_and_three_minutes() -> None:
    assert not is_over_plan(5, 7.5)  # half over, but only 2.5 minutes
    assert not is_over_plan(20, 24)  # 4 minutes, but a fifth
    assert is_over_plan(20, 26)
    assert is_over_plan(0, 3)


def test_feedback_on_time_late_overdue_and_not_yet_due() -> None:
    today = date(2026, 3, 20)
    records = [
        FeedbackRecord(1, date(2026, 3, 10), date(2026, 3, 9)),   # on time
        FeedbackRecord(2, date(2026, 3, 10), date(2026, 3, 10)),  # on time, on the day
        FeedbackRecord(3, date(2026, 3, 10), date(2026, 3, 13)),  # 3 days late
        FeedbackRecord(4, date(2026, 3, 10), None),               # overdue
        FeedbackRecord(5, date(2026, 3, 25), None),               # not yet due
        FeedbackRecord(6, date(2026, 3, 12), date(2026, 3, 19)),  # 7 days late
    ]
    assert [feedback_state(r, today) for r in records] == [
        "on_time", "on_time", "late", "overdue", "not_yet_due", "late"]
    result = feedback_timeliness(records, today)
    assert result.on_time == Figure(2 / 5, 5)
    assert (result.on_time_count, result.late, result.overdue, result.not_yet_due) == (2, 2, 1, 1)
    assert result.days_late == Figure(5.0, 2)


def test_feedback_without_records_has_no_share() -> None:
    result = feedback_timeliness([], date(2026, 1, 1))
    assert result.on_time == Figure(None, 0) and result.days_late == Figure(None, 0)
