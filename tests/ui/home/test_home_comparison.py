"""The vacancy's Comparison tab: made and read only when it is in front, read again
when the vacancy or the data changes, and a candidate's row leads to the panel."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.home.vacancy_detail import CANDIDATES_TAB, COMPARISON_TAB
from interviewdesk.ui.main_window import MainWindow


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def home(main_window: MainWindow, example: ExampleIds, qtbot: Any) -> HomeView:
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(example.vacancy_id)
    qtbot.wait(20)  # the language set up for the test reloads the view once more
    return main_window.home


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The vacancies the comparison view read, in order."""
    from interviewdesk.ui.assessment import comparison_view

    calls: list[int] = []
    real = comparison_view.vacancy_comparison

    def counting(db: Database, vacancy_id: int, *args: Any) -> Any:
        calls.append(vacancy_id)
        return real(db, vacancy_id, *args)

    monkeypatch.setattr(comparison_view, "vacancy_comparison", counting)
    return calls


def test_the_comparison_tab_shows_the_candidates_once_it_is_in_front(
        home: HomeView, example: ExampleIds, reads: list[int]) -> None:
    tabs = home.detail.tabs
    assert tabs.count() == 4
    assert tabs.tabText(COMPARISON_TAB) == "Comparison"
    assert home.detail.comparison is None  # not even built while hidden
    home.refresh()
    assert reads == []

    tabs.setCurrentIndex(COMPARISON_TAB)

    assert reads == [example.vacancy_id]
    view = home.detail.comparison
    assert view is not None and view.isVisible()
    names = {view.comparison.rows[r].candidate_name for r in range(len(view.comparison.rows))}
    assert names == {"Daniëlle Kok", "Joël Bakker", "Mehmet Öztürk", "Thijs van Dijk"}
    table = view.table
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert "Daniëlle Kok" in shown


def test_a_hidden_comparison_is_not_read_on_every_refresh(
        home: HomeView, example: ExampleIds, reads: list[int]) -> None:
    tabs = home.detail.tabs
    tabs.setCurrentIndex(COMPARISON_TAB)
    home.refresh()  # shown: the data may have changed, read again
    assert reads == [example.vacancy_id] * 2
    tabs.setCurrentIndex(CANDIDATES_TAB)
    home.refresh()
    home.refresh()
    assert len(reads) == 2
    tabs.setCurrentIndex(COMPARISON_TAB)  # stale: read once more
    assert len(reads) == 3
    tabs.setCurrentIndex(CANDIDATES_TAB)
    tabs.setCurrentIndex(COMPARISON_TAB)  # nothing changed meanwhile
    assert len(reads) == 3


def test_another_vacancy_is_compared_when_chosen(
        home: HomeView, example: ExampleIds, records: Any, reads: list[int]) -> None:
    other = records.vacancy("Planner")
    home.refresh()
    home.detail.tabs.setCurrentIndex(COMPARISON_TAB)
    home.select_vacancy(other)
    assert home.detail.tabs.currentIndex() == COMPARISON_TAB
    assert reads[-1] == other
    assert home.detail.comparison.comparison.rows == ()


def test_a_candidate_in_the_comparison_opens_the_panel_discussion(
        home: HomeView, main_window: MainWindow, example: ExampleIds, qtbot: Any) -> None:
    from interviewdesk.ui.assessment.panel_window import PanelWindow

    home.show_comparison()
    table = home.detail.comparison.table
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == "Daniëlle Kok")
    rect = table.visualRect(model.index(row, 0))
    with qtbot.waitSignal(home.panel_discussion_requested) as signal:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [example.completed_interview_id]
    [window] = main_window.assessment_windows.open_windows()
    assert isinstance(window, PanelWindow)
    assert window.interview_id == example.completed_interview_id
    assert main_window.assessment_windows.close_all()
    assert main_window.assessment_windows.open_windows() == []
