"""A picture of the real main window, made without a display.

Used by ``interviewdesk screenshot`` (for the README, and for anyone who wants to see
what a change looks like on a server); the command line stays free of Qt and imports
this module only when the command runs. The window is the one the app shows, built on
the given data folder through :func:`interviewdesk.app.create_main_window`. It is
rendered without ever being shown (``grab()`` lays it out), so no platform window is
made, and never closed through ``closeEvent``, so the user's saved window geometry and
last view stay untouched.
"""

import os
from pathlib import Path

VIEWS = ("home", "welcome")

#: How long the window gets to settle (deferred loads, first layout) before the picture.
SETTLE_MS = 150


class ScreenshotError(RuntimeError):
    """The picture could not be made or saved; the message says why, in one line."""


def render_screenshot(
    data_dir: Path,
    view: str,
    output: Path,
    size: tuple[int, int] = (1280, 800),
    language: str | None = None,
) -> Path:
    """Render ``view`` of the main window on ``data_dir`` at ``size``; save it as PNG.

    ``language`` is "nl" or "en", or ``None`` for the one in the settings (else the
    system's). Returns ``output``. Raises :class:`ScreenshotError` for an unknown
    view or a file that cannot be written, and the store's own exceptions
    (``DatabaseDamaged``, ``MigrationError``) for a database that cannot be opened.
    """
    if view not in VIEWS:
        choices = ", ".join(VIEWS)
        raise ScreenshotError(f"There is no view called {view!r}; choose one of {choices}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from interviewdesk.app import create_main_window, create_qapplication
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
        window = create_main_window(db, data_dir, settings)
        window.show_view(view)
        window.resize(*size)
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
