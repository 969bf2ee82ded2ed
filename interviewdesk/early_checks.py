"""Checks of the environment before Qt is loaded, with plain words for what is wrong.

On Linux, Qt's X11 platform plugin ("xcb") needs a few system libraries that a
minimal desktop install may lack. Without them Qt aborts with its own cryptic
"could not load the Qt platform plugin" and no window at all. :func:`missing_qt_libraries`
finds them first (by loading each, as the plugin would), and :func:`qt_libraries_advice`
names the packages to install. Used by
:func:`interviewdesk.ui.application.qt_can_start` (also in the frozen app) and by
``python3 dev.py start``; ``python -m interviewdesk.early_checks`` prints the advice and
exits 1 when something is missing.

Imports nothing heavy: it must run where Qt cannot.
"""

import ctypes
import os
import sys
from pathlib import Path

#: The libraries Qt's xcb plugin loads that desktops most often lack, with the
#: package that brings each on Debian/Ubuntu and on Fedora.
QT_XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
)


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will use its X11 plugin here: on Linux, unless another platform is
    chosen (``QT_QPA_PLATFORM``) or the session is Wayland, where Qt uses its own."""
    environ = dict(os.environ if environ is None else environ)
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_qt_libraries() -> list[str]:
    """The libraries of :data:`QT_XCB_LIBRARIES` that cannot be loaded."""
    missing = []
    bundled = _bundled_library_folders()
    for library, _debian, _fedora in QT_XCB_LIBRARIES:
        if any((folder / library).is_file() for folder in bundled):
            continue  # shipped beside Qt (a build may bundle it): Qt finds it there
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(library)
    return missing


def _bundled_library_folders() -> list[Path]:
    """Where Qt's own libraries are: the PySide6 package, or the frozen app's folder."""
    import importlib.util

    folders = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders += [Path(frozen), Path(frozen) / "PySide6" / "Qt" / "lib"]
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "lib")
    return folders


def qt_libraries_advice(missing: list[str]) -> str:
    """What to tell the user about ``missing`` libraries: which packages to install."""
    wanted = [row for row in QT_XCB_LIBRARIES if row[0] in missing]
    debian = " ".join(row[1] for row in wanted)
    fedora = " ".join(row[2] for row in wanted)
    return (f"InterviewDesk cannot open its window: the system libraries "
            f"{', '.join(missing)} are missing. Install them, then start InterviewDesk "
            f"again.\n  Debian, Ubuntu, Mint: sudo apt install {debian}\n"
            f"  Fedora: sudo dnf install {fedora}")


def check_qt_libraries() -> str | None:
    """The advice if Qt's X11 plugin would fail for missing libraries, else ``None``."""
    if not uses_xcb():
        return None
    missing = missing_qt_libraries()
    return qt_libraries_advice(missing) if missing else None


def tell_without_qt(text: str) -> None:
    """Say ``text`` where the user may see it without Qt: the terminal, and a desktop
    dialog tool if one is installed (a frozen app started from a menu has no terminal)."""
    import shutil
    import subprocess

    print(text, file=sys.stderr, flush=True)
    for tool, arguments in (("zenity", ["--error", "--no-markup", "--text"]),
                            ("kdialog", ["--error"]), ("xmessage", [])):
        path = shutil.which(tool)
        if path:
            try:
                subprocess.run([path, *arguments, text], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return


def main() -> int:
    """Print the advice and return 1 if libraries are missing, else 0."""
    advice = check_qt_libraries()
    if advice is None:
        return 0
    print(advice, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
