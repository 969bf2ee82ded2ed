"""Start-up time: from starting the process to the main window being shown.

Both the app and a bare PySide6 window (:mod:`benchmarks.bare_window`) run as fresh
processes, started the same way and interleaved, so that a machine that is busier
for a moment slows both. The app quits right after its window is first shown
(``INTERVIEWDESK_QUIT_WHEN_SHOWN=1``), so the wall-clock time of the process is the
time to a visible window plus the time it takes to shut down, as for the bare window.
The ratio of the two medians is what we judge: it does not depend on how fast the
machine is.

The window is shown before the data is opened; a third series times the app until the
home view first shows the data (``INTERVIEWDESK_QUIT_WHEN_DATA_SHOWN=1``: the first
look, read before the store is imported, or the home view itself where there is no
first look), and a fourth until the store is attached and the data can be changed
(``INTERVIEWDESK_QUIT_WHEN_READY=1``), so the table shows what the user sees first,
when they see their data, and when they can work with it.

The processes may write Python's bytecode caches (``PYTHONDONTWRITEBYTECODE`` is taken
out of their environment): an installed InterviewDesk, and the frozen build, start
from compiled modules, and the warm-up run leaves them in place for a checkout.
"""

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Target: the app may take at most this many times as long as a bare window.
TARGET_RATIO = 3.0


@dataclass(frozen=True)
class StartupResult:
    """Seconds per run of the app and of the bare window, in the order they ran."""

    app_seconds: list[float]
    bare_seconds: list[float]
    ready_seconds: list[float]
    #: Until the store is attached and the data can be changed.
    editable_seconds: list[float] = field(default_factory=list)

    @property
    def app_median(self) -> float:
        return statistics.median(self.app_seconds)

    @property
    def bare_median(self) -> float:
        return statistics.median(self.bare_seconds)

    @property
    def ready_median(self) -> float:
        return statistics.median(self.ready_seconds)

    @property
    def editable_median(self) -> float:
        return statistics.median(self.editable_seconds)

    @property
    def editable_ratio(self) -> float:
        """Until the data can be changed, over the bare window (no target: it is
        reported so that the first look cannot hide a slower store)."""
        return self.editable_median / self.bare_median

    @property
    def ratio(self) -> float:
        return self.app_median / self.bare_median

    @property
    def ready_ratio(self) -> float:
        """Until the data is shown, over the bare window (target: :data:`TARGET_RATIO`)."""
        return self.ready_median / self.bare_median


def _environment(quit_when: str = "SHOWN") -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[f"INTERVIEWDESK_QUIT_WHEN_{quit_when}"] = "1"
    env.pop("INTERVIEWDESK_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: from compiled modules
    return env


def _timed_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    finished = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if finished.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited with {finished.returncode}:\n{finished.stderr.strip()}"
        )
    return seconds


def prepare_data_dir(data_dir: Path) -> None:
    """Load the example into ``data_dir``, through the command line as a user would."""
    command = [sys.executable, "-m", "interviewdesk", "--data-dir", str(data_dir), "demo"]
    finished = subprocess.run(command, env=_environment(), cwd=ROOT, capture_output=True,
                              text=True)
    if finished.returncode != 0:
        raise RuntimeError(f"Loading the example failed:\n{finished.stderr.strip()}")


def measure_startup(data_dir: Path, runs: int = 7, warm_up: int = 1) -> StartupResult:
    """Start the app on ``data_dir`` and the bare window ``runs`` times each, interleaved.

    The first ``warm_up`` pairs are not counted: they only bring the files into the
    operating system's cache, which would otherwise favour whichever ran second.
    """
    env = _environment()
    ready_env = _environment("DATA_SHOWN")
    editable_env = _environment("READY")
    app = [sys.executable, "-m", "interviewdesk", "--data-dir", str(data_dir)]
    bare = [sys.executable, "-m", "benchmarks.bare_window"]
    app_seconds: list[float] = []
    bare_seconds: list[float] = []
    ready_seconds: list[float] = []
    editable_seconds: list[float] = []
    for number in range(warm_up + runs):
        app_time = _timed_run(app, env)
        bare_time = _timed_run(bare, env)
        ready_time = _timed_run(app, ready_env)
        editable_time = _timed_run(app, editable_env)
        if number >= warm_up:
            app_seconds.append(app_time)
            bare_seconds.append(bare_time)
            ready_seconds.append(ready_time)
            editable_seconds.append(editable_time)
    return StartupResult(app_seconds, bare_seconds, ready_seconds, editable_seconds)
