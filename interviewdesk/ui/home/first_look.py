"""The home view's first look at start-up: the vacancies, the upcoming interviews and
the vacancy the user left, shown read-only while the store opens behind them.

Built from :class:`~interviewdesk.store.first_look.FirstLook` (read with the
``sqlite3`` module) with the home view's own sidebar and vacancy tabs, so it looks like
the home view and shows exactly its rows; but it has no database: every button and
row command is off, the Comparison tab too, and the follow-up and retention lists say
they are still being looked for (as the home view does until it has read them). The
main window replaces it with the real home view once the store is open
(:meth:`~interviewdesk.ui.main_window.MainWindow.attach_database`); the store is not
imported here (docs/architecture.md, start-up).
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

from interviewdesk.domain.agenda import Agenda, default_agenda
from interviewdesk.store.first_look import FirstLook
from interviewdesk.ui.home.sidebar import Sidebar, beside_the_sidebar
from interviewdesk.ui.home.vacancy_detail import COMPARISON_TAB, VacancyDetail

#: As the home view's (ui/home/view.py): the page must not jump when it takes over.


class FirstLookPage(QWidget):
    """The first look, read-only; ``painted`` once it has been drawn on screen."""

    painted = Signal()

    def __init__(self, look: FirstLook, agenda: Agenda | None = None,
                 splitter_state: bytes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.was_painted = False
        self.sidebar = Sidebar()
        self.detail = VacancyDetail()
        self.detail.interviews.model.set_agenda(  # type: ignore[attr-defined]
            agenda or default_agenda())
        self.splitter = beside_the_sidebar(self.sidebar, self.detail)
        if splitter_state:
            self.splitter.restoreState(splitter_state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.sidebar.set_vacancies(look.vacancies, look.vacancy.id)
        self.sidebar.set_upcoming(look.upcoming)
        self.detail.show_vacancy(look.vacancy, look.candidates, look.interviews,
                                 look.competencies)
        self._read_only()

    def _read_only(self) -> None:
        """Nothing here can change data yet, nor says it could: buttons and row
        commands off, no CV taken by a drop, and no hint that one would be."""
        for button in self.findChildren(QAbstractButton):
            button.setEnabled(False)
        for action in self.findChildren(QAction):
            action.setEnabled(False)
        self.detail.tabs.setTabEnabled(COMPARISON_TAB, False)  # read with the store
        self.detail.candidates.table.viewport().removeEventFilter(self.detail.cv_drop)
        self.detail.candidates.table.viewport().setAcceptDrops(False)
        for table in (self.detail.candidates, self.detail.interviews, self.detail.competencies):
            # Hidden, but its room kept: the rows do not jump when the home view comes.
            policy = table.hint.sizePolicy()
            policy.setRetainSizeWhenHidden(table.hint.isVisibleTo(table))
            table.hint.setSizePolicy(policy)
            table.hint.hide()

    def selected_vacancy_id(self) -> int | None:
        """The vacancy whose tabs are shown."""
        return self.detail.header.id if self.detail.header is not None else None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()
