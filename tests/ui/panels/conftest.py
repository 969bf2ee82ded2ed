"""The side-panel tests' window: a main window holding both docks."""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from interviewdesk.ui.panels import CandidateDock, VacancyDock


@pytest.fixture
def window(qtbot: Any, english: None) -> Callable[[], tuple[QMainWindow, CandidateDock,
                                                           VacancyDock]]:
    """A shown main window with a central widget and both docks on the right."""

    def make() -> tuple[QMainWindow, CandidateDock, VacancyDock]:
        main = QMainWindow()
        qtbot.addWidget(main)
        main.setCentralWidget(QLabel("wizard"))
        cv = CandidateDock(main)
        vacancy = VacancyDock(main)
        main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, cv)
        main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, vacancy)
        main.resize(1280, 800)
        main.show()
        qtbot.waitExposed(main)
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        return main, cv, vacancy

    return make
