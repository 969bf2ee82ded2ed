"""A picture of the real main window or interview window, made without a display.

Used by ``interviewdesk screenshot`` (for the README, and for anyone who wants to see
what a change looks like on a server); the command line stays free of Qt and imports
this module only when the command runs. The windows are the ones the app shows, built
on the given data folder: the main window through
:func:`interviewdesk.app.create_main_window` ("home", "welcome"), and for "wizard" the
:class:`~interviewdesk.ui.wizard.InterviewWindow` of the interview under way (the
example has one), at its stage, with its notes and side panels.

Windows are rendered without ever being shown (``grab()`` lays them out), so no
platform window is made, and never closed through ``closeEvent``, so the user's saved
window geometry, panels and last view stay untouched. The interview window saves
nothing either: nothing is typed into it, and it is gone long before its autosave
would write.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from interviewdesk.store.database import Database
    from interviewdesk.ui.settings import Settings

VIEWS = ("home", "welcome", "wizard")
DEFAULT_SIZE = (1280, 800)
# The interview window's own default size (it holds the stage and two side panels).
VIEW_SIZES = {"wizard": (1440, 900)}


def default_size(view: str) -> tuple[int, int]:
    """The window size a picture of ``view`` has unless another is asked for."""
    return VIEW_SIZES.get(view, DEFAULT_SIZE)

# How long the window gets to settle (deferred loads, first layout) before the picture.
SETTLE_MS = 150


class ScreenshotError(RuntimeError):
    """The picture could not be made or saved; the message says why, in one line."""


def render_screenshot(
    data_dir: Path,
    view: str,
    output: Path,
    size: tuple[int, int] | None = None,
    language: str | None = None,
) -> Path:
    """Render ``view`` on ``data_dir`` at ``size`` (default: :func:`default_size`); save
    it as PNG.

    ``language`` is "nl" or "en", or ``None`` for the one in the settings (else the
    system's). Returns ``output``. Raises :class:`ScreenshotError` for an unknown
    view, a "wizard" on a data folder with no interview under way, or a file that
    cannot be written; and the store's own exceptions (``DatabaseDamaged``,
    ``MigrationError``) for a database that cannot be opened.
    """
    if view not in VIEWS:
        choices = ", ".join(VIEWS)
        raise ScreenshotError(f"There is no view called {view!r}; choose one of {choices}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from interviewdesk.app import create_qapplication
    from interviewdesk.store.startup import open_store
    from interviewdesk.ui.i18n import current_language, install_language
    from interviewdesk.ui.settings import Settings

    embedded = QApplication.instance() is not None  # e.g. a test: leave it as found
    previous_language = current_language()
    app = create_qapplication()
    data_dir = Path(data_dir)
    settings = Settings(data_dir)
    install_language(language or settings.language)
    db = None
    window = None
    try:
        db = open_store(data_dir, keep_backups=settings.keep_backups)
        window = _build_window(view, db, data_dir, settings)
        window.resize(*(size or default_size(view)))
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
        image = window.grab().toImage()
        if not image.save(str(output), "PNG"):
            raise ScreenshotError(f"The picture could not be saved as {output}.")
    finally:
        if window is not None:
            window.hide()
            window.deleteLater()
        app.processEvents()
        if db is not None:
            db.close()
        if embedded:
            install_language(previous_language)
    return Path(output)


def _build_window(view: str, db: "Database", data_dir: Path, settings: "Settings") -> "QWidget":
    if view == "wizard":
        return _interview_window(db, data_dir, settings)
    from interviewdesk.app import create_main_window

    window = create_main_window(db, data_dir, settings)
    window.show_view(view)
    return window


def _interview_window(db: "Database", data_dir: Path, settings: "Settings") -> "QWidget":
    """The window of the interview under way, with both side panels open."""
    from interviewdesk.store.queries import interview_under_way
    from interviewdesk.ui.wizard import InterviewWindow

    interview_id = interview_under_way(db)
    if interview_id is None:
        raise ScreenshotError(
            f"There is no interview under way in {data_dir} to show; the example has one "
            "('interviewdesk demo' loads it).")
    window = InterviewWindow(db, data_dir, settings, interview_id)
    for dock in (window.vacancy_dock, window.cv_dock):  # the CV in front
        dock.show()
        dock.raise_()
    return window
