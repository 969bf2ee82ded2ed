"""A picture of the panel discussion window, made without a display (for
``interviewdesk screenshot --view panel``: the README, or a look at a change on a
server).

The window is the one the app shows, looking as the interview's chair when the chair
has submitted (else as someone not on the panel); it is rendered with ``grab()``
without being shown or closed. Nothing is written: the discussion only reads until
someone records a consensus or a decision, and nobody does here.
"""

import os
from pathlib import Path

from interviewdesk.store.database import Database

DEFAULT_SIZE = (1280, 900)
# How long the window gets to settle (first layout, deferred deletes) before the picture.
SETTLE_MS = 100


def render_panel_screenshot(db: Database, data_dir: Path, interview_id: int, output: Path,
                            size: tuple[int, int] = DEFAULT_SIZE) -> Path:
    """Render the panel discussion of ``interview_id`` at ``size`` and save it as PNG
    at ``output``; returns ``output``.

    Raises ``LookupError`` for an interview that does not exist and
    ``interviewdesk.ui.screenshot_error.ScreenshotError`` for a file that cannot be saved.
    A panel whose forms are not all in shows what its chair would see: the gate.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from interviewdesk.ui.application import create_qapplication
    from interviewdesk.ui.assessment.panel_window import PanelWindow
    from interviewdesk.ui.screenshot_error import ScreenshotError
    from interviewdesk.ui.settings import Settings

    app = create_qapplication()
    window = PanelWindow(db, Path(data_dir), Settings(Path(data_dir)), interview_id)
    try:
        chair = next((status for status in window.statuses
                      if status.role == "chair" and status.state == "submitted"), None)
        window.look_as(chair.panel_member_id if chair else None)
        window.resize(*size)
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()
        if not window.grab().toImage().save(str(output), "PNG"):
            raise ScreenshotError(f"The picture could not be saved as {output}.")
    finally:
        window.deleteLater()
        app.processEvents()
    return Path(output)
