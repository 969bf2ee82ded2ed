"""The frozen app's entry script (``build.spec``): one script for both executables.

``InterviewDesk`` (a window program on Windows and macOS) runs
:func:`interviewdesk.app.main` — the window, or a command such as ``demo``;
``interviewdesk-cli`` (a console program) runs :func:`interviewdesk.cli.main`, as the
``interviewdesk-cli`` script of ``pyproject.toml`` does.
"""

import os
import sys
from pathlib import Path


def _run() -> int:
    # A Windows window program has no console: print() would fail on sys.stdout None.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    if Path(sys.executable).stem.lower().startswith("interviewdesk-cli"):
        from interviewdesk.cli import main
    else:
        from interviewdesk.app import main
    return main()


if __name__ == "__main__":
    # A large CV is read in a child process (multiprocessing, "spawn"): in the frozen
    # app that child is this executable again, and freeze_support() runs its task.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(_run())
