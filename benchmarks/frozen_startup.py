"""Start-up of the frozen app: from starting ``dist/InterviewDesk/InterviewDesk`` (built
by ``python3 dev.py build``) until its main window has been shown.

Measured as :mod:`benchmarks.startup` measures the app from source — a fresh process
each time, headless, quitting once the window is shown
(``INTERVIEWDESK_QUIT_WHEN_SHOWN=1``), one unmeasured start first — but judged in
seconds against the budget of issue #6, since a frozen app has no bare-window twin to
compare with. Skipped (``None``) when there is no build. ``tools/smoke_frozen.py``
uses the same measurement.
"""

import os
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "InterviewDesk"
#: The budget: start to window shown, median.
TARGET_SECONDS = 1.0
TIMEOUT_SECONDS = 30


def frozen_executable(dist: Path = DIST) -> Path | None:
    """The window program of the build in ``dist``, or ``None`` if there is none."""
    path = dist / ("InterviewDesk.exe" if os.name == "nt" else "InterviewDesk")
    return path if path.is_file() else None


def frozen_environment(**extra: str) -> dict[str, str]:
    """Headless, and with nothing from the development environment that could steer it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    for name in ("INTERVIEWDESK_DATA_DIR", "INTERVIEWDESK_QUIT_WHEN_SHOWN",
                 "INTERVIEWDESK_QUIT_WHEN_READY", "PYTHONPATH", "PYTHONHOME"):
        if name not in extra:
            env.pop(name, None)
    return env


def measure_frozen_startup(executable: Path, data_dir: Path, runs: int = 5,
                           warm_up: int = 1) -> list[float]:
    """Seconds per start of ``executable`` on ``data_dir`` until its window is shown,
    ``runs`` times after ``warm_up`` starts that are not counted."""
    env = frozen_environment(INTERVIEWDESK_QUIT_WHEN_SHOWN="1")
    seconds: list[float] = []
    for number in range(warm_up + runs):
        started = time.perf_counter()
        finished = subprocess.run([str(executable), "--data-dir", str(data_dir)], env=env,
                                  capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                                  stdin=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        if finished.returncode != 0:
            raise RuntimeError(f"{executable} exited with {finished.returncode}:\n"
                               f"{finished.stderr.strip()}")
        if number >= warm_up:
            seconds.append(elapsed)
    return seconds


def median(seconds: list[float]) -> float:
    return statistics.median(seconds)
