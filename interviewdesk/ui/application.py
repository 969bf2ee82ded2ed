"""The application object and what every Qt process of InterviewDesk sets up first.

Both the window's start-up (:mod:`interviewdesk.app`) and the screenshot command
(:mod:`interviewdesk.ui.screenshot`, run by the command line) build their windows
through here, so the screenshot code never needs the start-up module and the imports
run one way: ``app`` and ``cli`` above ``ui``.

- :func:`qt_can_start` — the early check: Qt's X11 plugin would abort with its own
  cryptic message when system libraries are missing; say which packages to install
  instead (:mod:`interviewdesk.early_checks`, which imports no Qt).
- :func:`create_qapplication` — the signal guard first (:mod:`.signal_guard`), then the
  application object with its names and icon.
- :func:`install_excepthook` — unexpected errors are logged and shown in plain words.
- :func:`create_main_window` — the main window, restored as the user left it.

Qt is imported inside the functions, so importing this module costs nothing: the
command line imports it without loading Qt.
"""

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from interviewdesk.resource_files import resource

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from interviewdesk.store.database import Database
    from interviewdesk.ui.main_window import MainWindow
    from interviewdesk.ui.settings import Settings

log = logging.getLogger(__name__)

APP_NAME = "InterviewDesk"
DESKTOP_FILE_NAME = "interviewdesk"
ICONS_DIR = resource("icons")
#: The PNG sizes of the app icon (``interviewdesk-<size>.png``, made from the SVG by
#: ``tools/make_icons.py``): the desktop picks the size it shows, no SVG plugin needed.
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def qt_can_start() -> bool:
    """Whether Qt can open a window here; if not, the user has been told (without Qt)
    which system packages to install. Call before the first Qt import that shows."""
    from interviewdesk import early_checks

    advice = early_checks.check_qt_libraries()
    if advice is None:
        return True
    log.error("Qt platform libraries missing")
    early_checks.tell_without_qt(advice)
    return False


def create_qapplication(argv: list[str] | None = None) -> "QApplication":
    """The application object (the existing one, if any), named and with its icon."""
    from PySide6.QtWidgets import QApplication

    from interviewdesk.ui.signal_guard import protect_booleans

    protect_booleans()  # before the first signal is emitted: see ui/signal_guard.py
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # Ties the windows to resources/interviewdesk.desktop (its icon and name in
    # the task bar under Wayland).
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    # The version follows once the window is ready (app._set_application_version).
    icon = window_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)  # type: ignore[union-attr]
    return app  # type: ignore[return-value]


def window_icon() -> "QIcon":
    """The app's icon, for every window: the PNG of each size in :data:`ICON_SIZES`
    that is there, else the SVG (an empty icon if neither is)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        png = ICONS_DIR / f"interviewdesk-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull() and (ICONS_DIR / "interviewdesk.svg").is_file():
        icon.addFile(str(ICONS_DIR / "interviewdesk.svg"))
    return icon


def create_main_window(db: "Database | None", data_dir: Path,
                       settings: "Settings | None" = None) -> "MainWindow":
    """The main window, restored as the user left it, not yet shown: on an open
    database, or with ``db=None`` the frame that start-up shows before it opens the
    database (:meth:`~interviewdesk.ui.main_window.MainWindow.attach_database`
    follows). Start-up, tests and the screenshot command build the same window here."""
    from interviewdesk.ui.main_window import MainWindow
    from interviewdesk.ui.plain_tooltips import install_plain_item_tooltips
    from interviewdesk.ui.settings import Settings

    install_plain_item_tooltips()  # names in lists' tooltips shown as typed
    return MainWindow(db, Path(data_dir), settings or Settings(Path(data_dir)))


# -- unexpected errors ------------------------------------------------------------------


class ExceptionHook:
    """``sys.excepthook`` for the window: the full traceback goes to the log file, the
    user gets a plain message with the technical details folded away.

    The folded details name the error's type and where it happened, but not its
    message: that may quote a candidate's data (a value in a failed SQL statement).
    """

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("Unexpected error", exc_info=(kind, error, trace))
        if self._showing:  # an error while showing the last one: the log has it
            return
        self._showing = True
        try:
            from PySide6.QtWidgets import QApplication

            from interviewdesk.ui import messages

            messages.error(
                QApplication.activeWindow(),
                translate("app", "Something went wrong"),
                translate("app", "InterviewDesk ran into a problem it did not expect. "
                          "What you had saved is safe; please check the last thing you "
                          "did. The details are in the log file {path}.")
                .format(path=self.log_file),
                technical_details(kind, trace),
            )
        except Exception:  # the message itself failed: at least the console knows
            sys.__excepthook__(kind, error, trace)
        finally:
            self._showing = False


def technical_details(kind: type[BaseException], trace: TracebackType | None) -> str:
    """The error's type and the code path that led to it (file, line, function) —
    without its message or the source lines, which may quote personal data."""
    frames = traceback.extract_tb(trace) if trace is not None else []
    where = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join([f"{kind.__module__}.{kind.__qualname__}", "", *where]).rstrip()


def install_excepthook(log_file: Path) -> ExceptionHook:
    """Make unexpected errors logged and shown, not fatal and silent. Errors in
    background threads are logged only: a dialog belongs to the GUI thread."""
    hook = ExceptionHook(log_file)
    sys.excepthook = hook
    threading.excepthook = _log_thread_exception
    return hook


def _log_thread_exception(args: "threading.ExceptHookArgs") -> None:
    log.critical("Unexpected error in thread %s", getattr(args.thread, "name", "?"),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``, with Qt imported only when a text is needed (the
    name ``translate`` is what lupdate looks for)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
