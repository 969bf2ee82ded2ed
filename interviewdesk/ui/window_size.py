"""Windows open no larger than the screen they are on.

A 1366×768 laptop (or 1920×1080 at 150 %, 1280×720 for Qt) has less room than the
sizes the windows prefer; a window taller than the screen hides its bottom, and with
it the buttons that matter. Each window asks for its preferred size through
:func:`fitting_size`, which leaves the window frame room on the available area.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window manager's title bar and borders, in pixels.
FRAME_ALLOWANCE = QSize(16, 40)


def bounded_size(preferred: QSize, available: QSize) -> QSize:
    """``preferred``, but no larger than ``available`` less the window frame."""
    return preferred.boundedTo(available - FRAME_ALLOWANCE)


def fitting_size(preferred: QSize, widget: QWidget | None = None) -> QSize:
    """``preferred`` bounded by the available area of ``widget``'s screen (or the
    primary screen)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return preferred
    return bounded_size(preferred, screen.availableGeometry().size())
