"""The left side of the home view: the vacancies, the upcoming interviews and what
needs following up, or, while the user searches, what the search found."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from interviewdesk.store.rows import (
    SearchResult,
    UpcomingInterview,
    VacancyRow,
)
from interviewdesk.ui.home.delegates import SearchResultDelegate, muted_sentence, two_line_list
from interviewdesk.ui.home.follow_up import FollowUpSection
from interviewdesk.ui.home.models import (
    RowListModel,
    SearchResultsModel,
    UpcomingModel,
    VacanciesModel,
)
from interviewdesk.ui.home.retention_section import RetentionSection
from interviewdesk.ui.style import SPACING, SPACING_SMALL, make_heading

if TYPE_CHECKING:
    from interviewdesk.store.assessments import FollowUp
    from interviewdesk.store.rows import PlacedHit


# The sidebar's width at first; the user may drag the splitter (its state is kept).
SIDEBAR_WIDTH = 300


def beside_the_sidebar(sidebar: QWidget, detail: QWidget) -> QSplitter:
    """``sidebar`` and ``detail`` side by side, as the home view shows them: the
    start-up's first look uses the same, so the window does not shift when the home
    view takes its place."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(sidebar)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([SIDEBAR_WIDTH, 1000])
    sidebar.setMinimumWidth(220)
    return splitter


class _Section(QWidget):
    """A heading, a list, and a sentence shown instead of the list when it is empty."""

    def __init__(self, model: RowListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = make_heading(QLabel())
        self.view = two_line_list(model)
        self.empty = muted_sentence()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        model.modelReset.connect(self._show_or_hide)
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

    def current_row(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        selected = self.view.selectionModel().isSelected(index)
        return index.row() if index.isValid() and selected else None

    def select_row(self, row: int | None) -> None:
        selection = self.view.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.show_item(index)


class Sidebar(QWidget):
    """Vacancies, upcoming interviews and the follow-up (:attr:`follow_up`, whose own
    signals say what was asked for there); a results list while searching.

    ``vacancy_selected`` carries the chosen vacancy's id (0 when none is);
    ``edit_vacancy_requested``/``delete_vacancy_requested`` come from Enter, double-click,
    the Delete key or the context menu on a vacancy.
    """

    vacancy_selected = Signal(int)
    edit_vacancy_requested = Signal(int)
    delete_vacancy_requested = Signal(int)
    copy_vacancy_requested = Signal(int)
    upcoming_chosen = Signal(object)  # UpcomingInterview
    upcoming_activated = Signal(object)  # UpcomingInterview
    result_chosen = Signal(object)  # SearchResult or PlacedHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vacancies = _Section(VacanciesModel(self))
        self.upcoming = _Section(UpcomingModel(self))
        self.results = _Section(SearchResultsModel(self))
        # Full-text hits have a third line (the snippet): rows are not all alike.
        self.results.view.setItemDelegate(SearchResultDelegate(self.results.view))
        self.results.view.setUniformItemSizes(False)
        self.follow_up = FollowUpSection()
        self.retention = RetentionSection()

        browse = QWidget()
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        browse_layout.setSpacing(SPACING * 2)
        browse_layout.addWidget(self.vacancies, 3)
        browse_layout.addWidget(self.upcoming, 2)
        browse_layout.addWidget(self.follow_up, 2)
        browse_layout.addWidget(self.retention, 2)

        self.pages = QStackedWidget()
        self.pages.addWidget(browse)
        self.pages.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING_SMALL, SPACING)
        layout.addWidget(self.pages)

        vacancy_view = self.vacancies.view
        vacancy_view.selectionModel().selectionChanged.connect(self._vacancy_selection_changed)
        vacancy_view.activated.connect(
            lambda index: self.edit_vacancy_requested.emit(self._vacancy_at(index.row()).id))
        vacancy_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.edit_vacancy_action = QAction(vacancy_view)
        self.edit_vacancy_action.triggered.connect(self._edit_current_vacancy)
        self.delete_vacancy_action = QAction(vacancy_view)
        self.delete_vacancy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_vacancy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_vacancy_action.triggered.connect(self._delete_current_vacancy)
        vacancy_view.addAction(self.edit_vacancy_action)
        self.copy_vacancy_action = QAction(vacancy_view)
        self.copy_vacancy_action.triggered.connect(self._copy_current_vacancy)
        vacancy_view.addAction(self.copy_vacancy_action)
        vacancy_view.addAction(self.delete_vacancy_action)

        self.upcoming.view.clicked.connect(
            lambda index: self.upcoming_chosen.emit(self.upcoming.model.row_at(index.row())))
        self.upcoming.view.activated.connect(
            lambda index: self.upcoming_activated.emit(self.upcoming.model.row_at(index.row())))
        self.results.view.clicked.connect(self._choose_result)
        self.results.view.activated.connect(self._choose_result)
        self.retranslate_ui()

    # -- contents -------------------------------------------------------------------

    def set_vacancies(self, rows: list[VacancyRow], keep_id: int | None) -> None:
        """Show ``rows``, keeping the vacancy ``keep_id`` selected if it is still there
        (without announcing the selection again)."""
        model: VacanciesModel = self.vacancies.model  # type: ignore[assignment]
        self.blockSignals(True)
        try:
            model.set_rows(rows)
            position = model.position_of(keep_id) if keep_id is not None else None
            self.vacancies.select_row(position)
        finally:
            self.blockSignals(False)

    def set_upcoming(self, rows: list[UpcomingInterview]) -> None:
        self.upcoming.model.set_rows(rows)

    def set_follow_up(self, follow_up: "FollowUp") -> None:
        """Show who awaits feedback and whose assessment is open."""
        self.follow_up.set_follow_up(follow_up)

    def set_results(self, rows: "list[SearchResult | PlacedHit] | None") -> None:
        """Show search results, or (``None``) go back to the vacancies."""
        if rows is None:
            self.results.model.set_rows([])
            self.pages.setCurrentIndex(0)
            return
        self.results.model.set_rows(rows)
        self.pages.setCurrentWidget(self.results)

    def searching(self) -> bool:
        """Whether search results are shown."""
        return self.pages.currentWidget() is self.results

    def focus_results(self) -> None:
        """Move the keyboard into the results (from the search field's Down key)."""
        if self.results.model.rowCount():
            if self.results.current_row() is None:
                self.results.select_row(0)
            self.results.view.setFocus()

    def select_vacancy(self, vacancy_id: int) -> bool:
        """Select the vacancy ``vacancy_id`` in the list; ``False`` if it is not there."""
        model: VacanciesModel = self.vacancies.model  # type: ignore[assignment]
        position = model.position_of(vacancy_id)
        if position is None:
            return False
        self.vacancies.select_row(position)
        return True

    def selected_vacancy(self) -> VacancyRow | None:
        row = self.vacancies.current_row()
        return self._vacancy_at(row) if row is not None else None

    # -- language -------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.vacancies.heading.setText(self.tr("Vacancies"))
        self.vacancies.empty.setText(
            self.tr("No vacancies yet — create one with + Vacancy."))
        self.upcoming.heading.setText(self.tr("Upcoming interviews"))
        self.upcoming.empty.setText(
            self.tr("No interviews planned for today or the next two weeks."))
        self.results.heading.setText(self.tr("Search results"))
        self.results.empty.setText(
            self.tr("Nothing found. Try part of a name or a word from a CV, letter or "
                    "interview notes, or press Esc to go back."))
        self.edit_vacancy_action.setText(self.tr("Edit vacancy…"))
        self.delete_vacancy_action.setText(self.tr("Delete vacancy…"))
        self.copy_vacancy_action.setText(self.tr("Copy vacancy…"))
        for section in (self.vacancies, self.upcoming, self.results):
            section.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- plumbing -------------------------------------------------------------------

    def _vacancy_at(self, row: int) -> VacancyRow:
        return self.vacancies.model.row_at(row)  # type: ignore[return-value]

    def _vacancy_selection_changed(self) -> None:
        vacancy = self.selected_vacancy()
        self.vacancy_selected.emit(vacancy.id if vacancy else 0)

    def _edit_current_vacancy(self) -> None:
        vacancy = self.selected_vacancy()
        if vacancy is not None:
            self.edit_vacancy_requested.emit(vacancy.id)

    def _copy_current_vacancy(self) -> None:
        vacancy = self.selected_vacancy()
        if vacancy is not None:
            self.copy_vacancy_requested.emit(vacancy.id)

    def _delete_current_vacancy(self) -> None:
        vacancy = self.selected_vacancy()
        if vacancy is not None:
            self.delete_vacancy_requested.emit(vacancy.id)

    def _choose_result(self, index: QModelIndex) -> None:
        self.result_chosen.emit(self.results.model.row_at(index.row()))
