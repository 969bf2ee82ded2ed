"""The home view on a large database: building it, and refreshing it.

Run in its own process by the benchmark runner (``python -m benchmarks.home_view
FOLDER``) on a folder made by :mod:`benchmarks.generate`; prints one JSON object.
Everything is imported and the database opened before the clock starts (the imports
are timed on their own, ``import_ms``; the start-up benchmark holds them): what is
timed is what the user waits for when the home view appears or is refreshed — the
window's construction up to filled models, then :meth:`HomeView.refresh` alone. The
first build in a process (``build_first_ms``) carries Qt's one-time costs (styles,
fonts, the first query plans); later builds (``build_median_ms``) do not. After each
build the process's resident memory is noted (the large database open, the window
filled): ``rss_median_mib``; each window is deleted before the next is built, as the
app holds one main window.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

#: Target for a build after the first, and for a refresh, in milliseconds.
TARGET_MS = 50.0
#: Target for the first build in a process, in milliseconds.
TARGET_FIRST_MS = 150.0
#: Target for the resident memory with the large database open, in MiB.
TARGET_RSS_MIB = 150.0


def _row_counts(home: Any) -> dict[str, int]:
    """Rows in every item model the home view holds, to show that the models were filled."""
    from PySide6.QtCore import QAbstractItemModel

    counts = {}
    for name, value in vars(home).items():
        if isinstance(value, QAbstractItemModel):
            counts[name] = value.rowCount()
    for child in home.findChildren(QAbstractItemModel):
        counts.setdefault(child.objectName() or type(child).__name__, child.rowCount())
    return counts


def resident_mib() -> float | None:
    """This process's resident memory now, in MiB: ``VmRSS`` on Linux, else the peak
    (``ru_maxrss``) where the platform has it; ``None`` on Windows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def import_home_view() -> None:
    """Import what :meth:`MainWindow.attach_database` imports (the models, the home
    view, the exchange commands, the live updates and the example's title it checks
    for), so that the builds time the building alone."""
    import interviewdesk.example.texts
    import interviewdesk.store.models
    import interviewdesk.ui.exchange.commands
    import interviewdesk.ui.home.assessment_windows
    import interviewdesk.ui.home.commands
    import interviewdesk.ui.home.interview_windows
    import interviewdesk.ui.home.view
    import interviewdesk.ui.live_updates
    import interviewdesk.ui.welcome  # noqa: F401


def measure_home_view(data_dir: Path, runs: int = 7) -> dict[str, Any]:
    """Build the main window on ``data_dir`` ``runs`` times; time it and a refresh."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent

    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.application import create_qapplication
    from interviewdesk.ui.main_window import MainWindow
    from interviewdesk.ui.settings import Settings

    started = time.perf_counter()
    import_home_view()
    import_ms = (time.perf_counter() - started) * 1000

    app = create_qapplication(sys.argv[:1])  # as the app makes it, with its guard
    db = open_store(data_dir)
    settings = Settings(data_dir)
    build_ms: list[float] = []
    refresh_ms: list[float] = []
    rss_mib: list[float] = []
    counts: dict[str, int] = {}
    try:
        for _ in range(runs):
            started = time.perf_counter()
            window = MainWindow(db, data_dir, settings)
            window.show_view("home")
            built = time.perf_counter()
            window.home.refresh()
            refreshed = time.perf_counter()
            build_ms.append((built - started) * 1000)
            refresh_ms.append((refreshed - built) * 1000)
            counts = _row_counts(window.home)
            resident = resident_mib()  # the window built and filled, the database open
            if resident is not None:
                rss_mib.append(resident)
            window.deleteLater()
            # Outside an event loop, processEvents leaves deferred deletes alone.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            app.processEvents()
    finally:
        db.close()
    return {
        "import_ms": import_ms,
        "build_ms": build_ms,
        "refresh_ms": refresh_ms,
        "build_median_ms": statistics.median(build_ms),
        "build_first_ms": build_ms[0],
        "refresh_median_ms": statistics.median(refresh_ms),
        "rss_mib": rss_mib,
        "rss_median_mib": statistics.median(rss_mib) if rss_mib else None,
        "model_rows": counts,
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print the result as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.home_view")
    parser.add_argument("folder", type=Path, help="a data folder made by benchmarks.generate")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(measure_home_view(args.folder, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
