"""The yardstick for start-up: the least a PySide6 program does to show a main window.

Started as its own process by :mod:`benchmarks.startup`, the same way as the app
(``INTERVIEWDESK_QUIT_WHEN_SHOWN``): it quits as soon as the window is first shown.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    """An empty main window that ends the program once it has been shown."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    """Show the window, return when it has been shown."""
    app = QApplication(sys.argv)
    window = BareWindow()
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
