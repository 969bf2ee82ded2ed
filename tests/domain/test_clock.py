"""The interview clock: time per stage, the total, the plan, pausing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewdesk.domain.clock import (
    ClockState,
    InterviewClock,
    hours_minutes_seconds,
    minutes_seconds,
)

STAGES = ("preparation", "opening", "skills", "closing", "assessment")
COUNTED = ("opening", "skills", "closing")
PLAN = {"preparation": 900, "opening": 300, "skills": 600, "closing": 300, "assessment": 1200}


class FakeTime:
    """A monotonic time source the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def clock_at(fake: FakeTime, stage: str = "opening", **kwargs: object) -> InterviewClock:
    return InterviewClock(stage, PLAN, COUNTED, now=fake, **kwargs)  # type: ignore[arg-type]


def test_nothing_counts_before_the_start(fake: FakeTime) -> None:
    clock = clock_at(fake)
    fake.advance(60)
    assert clock.state is ClockState.NOT_STARTED
    assert clock.elapsed() == 0
    assert clock.total() == 0


def test_time_goes_to_the_current_stage(fake: FakeTime) -> None:
    clock = clock_at(fake)
    clock.start()
    fake.advance(90)
    clock.switch("skills")
    fake.advance(30)
    assert clock.elapsed("opening") == 90
    assert clock.elapsed("skills") == 30
    assert clock.elapsed() == 30
    assert clock.total() == 120


def test_total_leaves_out_stages_outside_the_interview(fake: FakeTime) -> None:
    clock = clock_at(fake, "preparation")
    clock.start()
    fake.advance(100)
    clock.switch("opening")
    fake.advance(10)
    clock.switch("assessment")
    fake.advance(50)
    assert clock.elapsed("preparation") == 100
    assert clock.elapsed("assessment") == 50
    assert clock.total() == 10
    assert clock.planned_total() == 1200


def test_pause_and_resume(fake: FakeTime) -> None:
    clock = clock_at(fake)
    clock.start()
    fake.advance(40)
    clock.pause()
    assert clock.state is ClockState.PAUSED
    fake.advance(500)
    assert clock.elapsed() == 40
    clock.toggle()
    assert clock.running
    fake.advance(5)
    assert clock.elapsed() == 45
    clock.toggle()
    assert not clock.running


def test_switching_while_paused_moves_no_time(fake: FakeTime) -> None:
    clock = clock_at(fake)
    clock.start()
    fake.advance(10)
    clock.pause()
    clock.switch("skills")
    fake.advance(10)
    clock.start()
    fake.advance(3)
    assert clock.elapsed("opening") == 10
    assert clock.elapsed("skills") == 3


def test_overrun_of_a_stage_and_of_the_whole(fake: FakeTime) -> None:
    clock = clock_at(fake)
    clock.start()
    fake.advance(299)
    assert clock.overrun() == 0
    fake.advance(2)
    assert clock.overrun() == pytest.approx(1)
    assert clock.total_overrun() == 0
    fake.advance(1000)
    assert clock.total_overrun() == pytest.approx(1301 - 1200)


def test_unplanned_stage_never_overruns(fake: FakeTime) -> None:
    clock = InterviewClock("extra", {}, ("extra",), now=fake)
    clock.start()
    fake.advance(10_000)
    assert clock.overrun() == 0
    assert clock.total_overrun() == 0


def test_restored_time_starts_paused(fake: FakeTime) -> None:
    clock = clock_at(fake, "skills", spent={"opening": 310, "skills": 42})
    assert clock.state is ClockState.PAUSED
    fake.advance(100)
    assert clock.elapsed() == 42
    assert clock.total() == 352
    clock.start()
    fake.advance(8)
    assert clock.seconds_spent() == {"opening": 310, "skills": 50}


def test_started_flag_restores_a_clock_without_time(fake: FakeTime) -> None:
    assert clock_at(fake, started=True).state is ClockState.PAUSED


def test_time_going_backwards_counts_as_nothing(fake: FakeTime) -> None:
    clock = clock_at(fake)
    clock.start()
    fake.advance(-5)
    assert clock.elapsed() == 0


def test_formats() -> None:
    assert minutes_seconds(760) == "12:40"
    assert minutes_seconds(4500) == "75:00"
    assert minutes_seconds(-3) == "00:00"
    assert hours_minutes_seconds(1421) == "00:23:41"
    assert hours_minutes_seconds(3600 * 2 + 61.9) == "02:01:01"


operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=3600)),
        st.tuples(st.just("switch"), st.sampled_from(STAGES)),
        st.tuples(st.just("start"), st.none()),
        st.tuples(st.just("pause"), st.none()),
        st.tuples(st.just("toggle"), st.none()),
    ),
    max_size=40,
)


def _run(clock: InterviewClock, fake: FakeTime, steps: list[tuple[str, object]]) -> None:
    for name, argument in steps:
        if name == "advance":
            fake.advance(float(argument))  # type: ignore[arg-type]
        elif name == "switch":
            clock.switch(str(argument))
        else:
            getattr(clock, name)()


@given(operations)
def test_total_is_the_sum_of_the_counted_stages(steps: list[tuple[str, object]]) -> None:
    fake = FakeTime()
    clock = clock_at(fake, "preparation")
    _run(clock, fake, steps)
    assert clock.total() == pytest.approx(sum(clock.elapsed(s) for s in COUNTED))
    assert all(clock.elapsed(s) >= 0 for s in STAGES)


@given(operations, st.floats(min_value=0, max_value=10_000), st.sampled_from(STAGES))
def test_pausing_stops_all_growth(
    steps: list[tuple[str, object]], later: float, stage: str
) -> None:
    fake = FakeTime()
    clock = clock_at(fake, "preparation")
    _run(clock, fake, steps)
    clock.pause()
    before = {s: clock.elapsed(s) for s in STAGES}
    total = clock.total()
    fake.advance(later)
    clock.switch(stage)
    fake.advance(later)
    assert {s: clock.elapsed(s) for s in STAGES} == before
    assert clock.total() == total


@given(operations)
def test_time_only_grows_while_running(steps: list[tuple[str, object]]) -> None:
    fake = FakeTime()
    clock = clock_at(fake, "preparation")
    total_time = 0.0
    for step in steps:
        before = sum(clock.elapsed(s) for s in STAGES)
        running = clock.running
        _run(clock, fake, [step])
        grown = sum(clock.elapsed(s) for s in STAGES) - before
        if step[0] == "advance":
            assert grown == pytest.approx(float(step[1]) if running else 0.0, abs=1e-6)  # type: ignore[arg-type]
            total_time += float(step[1]) if running else 0.0  # type: ignore[arg-type]
        else:
            assert grown == pytest.approx(0.0, abs=1e-6)
    assert sum(clock.elapsed(s) for s in STAGES) == pytest.approx(total_time, abs=1e-6)
