"""The interview clock: time per stage and in total, against the plan.

Pure Python with an injectable monotonic time source, so the wizard's header bar
and the tests read the same logic. Time runs only while the clock runs, and it is
credited to the stage the interviewer is at; pausing stops all growth. The total
counts only the stages held *during* the interview (``counted``): preparing before
and assessing after do not eat into the planned interview time.

When the clock starts is the wizard's decision (when the interviewer first leaves
preparation for a stage held during the interview, or presses Start); the clock
itself only knows "not started", "running" and "paused".
"""

import time
from collections.abc import Callable, Iterable, Mapping
from enum import Enum


class ClockState(Enum):
    """Whether the clock has been started, runs, or stands still."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"


class InterviewClock:
    """Elapsed seconds per stage, and in total for the ``counted`` stages.

    ``planned`` gives each stage's planned seconds; ``spent`` the seconds already
    recorded (an interview reopened after an interruption). A clock restored with
    time already spent starts out paused: the interviewer resumes it explicitly,
    so merely reopening an interview to read it adds no time.
    """

    def __init__(
        self,
        stage: str,
        planned: Mapping[str, float],
        counted: Iterable[str],
        *,
        spent: Mapping[str, float] | None = None,
        started: bool = False,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._now = now
        self._stage = stage
        self._planned = {key: float(value) for key, value in planned.items()}
        self._counted = tuple(dict.fromkeys(counted))
        self._banked: dict[str, float] = {
            key: max(0.0, float(value)) for key, value in (spent or {}).items()
        }
        self._since: float | None = None
        already = started or any(value > 0 for value in self._banked.values())
        self._state = ClockState.PAUSED if already else ClockState.NOT_STARTED

    # -- state ----------------------------------------------------------------------

    @property
    def state(self) -> ClockState:
        """Not started, running or paused."""
        return self._state

    @property
    def running(self) -> bool:
        """Whether time is being counted now."""
        return self._state is ClockState.RUNNING

    @property
    def started(self) -> bool:
        """Whether the clock has ever run (or was restored with time spent)."""
        return self._state is not ClockState.NOT_STARTED

    @property
    def stage(self) -> str:
        """The stage time is credited to."""
        return self._stage

    def start(self) -> None:
        """Start or resume counting; nothing happens if the clock already runs."""
        if self._state is ClockState.RUNNING:
            return
        self._since = self._now()
        self._state = ClockState.RUNNING

    def pause(self) -> None:
        """Stop counting; the time so far stays with the current stage."""
        if self._state is not ClockState.RUNNING:
            return
        self._bank()
        self._state = ClockState.PAUSED

    def toggle(self) -> None:
        """Pause a running clock; start or resume one that stands still."""
        if self.running:
            self.pause()
        else:
            self.start()

    def switch(self, stage: str) -> None:
        """Credit time from now on to ``stage`` (time so far stays with the old one)."""
        if stage == self._stage:
            return
        if self.running:
            self._bank()
            self._since = self._now()
        self._stage = stage

    # -- reading --------------------------------------------------------------------

    def elapsed(self, stage: str | None = None) -> float:
        """Seconds spent in ``stage`` (default: the current one)."""
        stage = self._stage if stage is None else stage
        seconds = self._banked.get(stage, 0.0)
        if stage == self._stage:
            seconds += self._running_seconds()
        return seconds

    def total(self) -> float:
        """Seconds spent in the stages held during the interview."""
        return sum(self.elapsed(key) for key in self._counted)

    def planned(self, stage: str | None = None) -> float:
        """Planned seconds for ``stage`` (default: the current one); 0 if unplanned."""
        return self._planned.get(self._stage if stage is None else stage, 0.0)

    def planned_total(self) -> float:
        """Planned seconds for the stages held during the interview."""
        return sum(self._planned.get(key, 0.0) for key in self._counted)

    def overrun(self, stage: str | None = None) -> float:
        """Seconds ``stage`` (default: the current one) is over its plan; 0 if not.
        A stage without planned time cannot overrun."""
        planned = self.planned(stage)
        if planned <= 0:
            return 0.0
        return max(0.0, self.elapsed(stage) - planned)

    def total_overrun(self) -> float:
        """Seconds the interview as a whole is over its plan; 0 if not."""
        planned = self.planned_total()
        if planned <= 0:
            return 0.0
        return max(0.0, self.total() - planned)

    def seconds_spent(self) -> dict[str, int]:
        """Whole seconds per stage that has any time, for storing."""
        stages = set(self._banked) | {self._stage}
        return {key: int(self.elapsed(key)) for key in sorted(stages) if self.elapsed(key) > 0}

    # -- plumbing -------------------------------------------------------------------

    def _running_seconds(self) -> float:
        if self._state is not ClockState.RUNNING or self._since is None:
            return 0.0
        return max(0.0, self._now() - self._since)

    def _bank(self) -> None:
        self._banked[self._stage] = self.elapsed(self._stage)
        self._since = self._now()


def minutes_seconds(seconds: float) -> str:
    """``754`` → ``"12:34"``; hours are folded into the minutes (``"75:00"``)."""
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def hours_minutes_seconds(seconds: float) -> str:
    """``1421`` → ``"00:23:41"``."""
    whole = max(0, int(seconds))
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
