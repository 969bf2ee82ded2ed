"""The panel discussion window's menu: print the interview report (Ctrl+P) or the
dossier (the report with every member's completed form), and close (Ctrl+W or Esc, as
the interview window closes).

The report goes through the same PDF layer as everywhere else, so its blindness rule
holds here too: scores appear on paper only once every form is in.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from interviewdesk.ui.assessment.panel_window import PanelWindow


class PanelMenus(QObject):
    """Creates the actions of ``window`` and its "Panel discussion" menu."""

    def __init__(self, window: "PanelWindow") -> None:
        super().__init__(window)  # no reference back: the window is freed when closed
        self.report_action = QAction(self.tr("Print the interview &report…"), window)
        self.report_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.report_action.triggered.connect(self.print_report)
        self.dossier_action = QAction(self.tr("Print the &dossier (report and forms)…"), window)
        self.dossier_action.triggered.connect(self.print_dossier)
        self.close_action = QAction(self.tr("&Close"), window)
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        self.close_action.triggered.connect(window.close)
        for action in (self.report_action, self.close_action):
            window.addAction(action)
        self.menu = window.menuBar().addMenu(self.tr("&Panel discussion"))
        self.menu.addAction(self.report_action)
        self.menu.addAction(self.dossier_action)
        self.menu.addSeparator()
        self.menu.addAction(self.close_action)

    def print_dossier(self) -> QWidget | None:
        """Preview the dossier: the report, then every panel member's completed form."""
        from interviewdesk.ui import print_documents

        window = self.parent()
        assert isinstance(window, QMainWindow)
        return print_documents.dossier(
            window, window.db, window.interview_id,  # type: ignore[attr-defined]
            window.settings.page_size)  # type: ignore[attr-defined]

    def print_report(self) -> QWidget | None:
        """Preview the interview report, with Print… and Save as PDF…."""
        from interviewdesk.ui import print_documents

        window = self.parent()
        assert isinstance(window, QMainWindow)
        return print_documents.interview_report(
            window, window.db, window.interview_id,  # type: ignore[attr-defined]
            window.settings.page_size)  # type: ignore[attr-defined]
