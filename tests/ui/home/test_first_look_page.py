"""The first look at start-up (ui/home/first_look.py): the home view's rows, shown
read-only in the window before the store is attached, then replaced by the home view."""

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from interviewdesk.store.database import Database
from interviewdesk.store.first_look import read_first_look
from interviewdesk.store.paths import database_path
from interviewdesk.ui.home.vacancy_detail import COMPARISON_TAB
from interviewdesk.ui.main_window import MainWindow


@pytest.fixture
def filled(records: Any) -> dict[str, int]:
    """Two vacancies; the second with a candidate, an interview and a competency."""
    first = records.vacancy("Backend developer")
    planner = records.vacancy("Planner", procedure_end=date.today() + timedelta(days=30))
    anna = records.candidate("Anna de Vries", planner, email="anna@example.org")
    records.interview(anna, planner, panel=("Bram", "Chloë"))
    records.competency(planner, "Plannen", weight=2.0)
    return {"first": first, "planner": planner, "anna": anna}


def test_the_first_look_shows_the_rows_and_changes_nothing(
        frame: MainWindow, db: Database, data_dir: Path, filled: dict[str, int],
        qtbot: Any) -> None:
    look = read_first_look(database_path(data_dir), filled["planner"])
    assert look is not None

    page = frame.show_first_look(look)
    qtbot.waitUntil(lambda: page.was_painted)

    assert frame.current_view() == "first look" and not frame.has_data()
    assert page.selected_vacancy_id() == filled["planner"]
    assert [row.title for row in page.sidebar.vacancies.model.rows()] == [
        "Backend developer", "Planner"]
    assert page.detail.title.text() == "Planner"
    assert [row.name for row in page.detail.candidates.model.rows()] == ["Anna de Vries"]
    assert page.detail.interviews.model.rows()[0].panel == ("Bram", "Chloë")
    assert [row.name for row in page.detail.competencies.model.rows()] == ["Plannen"]
    # Nothing here can change data, nor says it could:
    assert [b.text() for b in page.findChildren(QAbstractButton) if b.isEnabled()] == []
    assert [a.text() for a in page.findChildren(QAction) if a.isEnabled()] == []
    assert not page.detail.tabs.isTabEnabled(COMPARISON_TAB)
    assert not page.detail.candidates.table.viewport().acceptDrops()  # no CV taken
    assert not page.detail.candidates.hint.isVisible()  # nor offered
    assert not frame.new_vacancy_action.isEnabled() and not frame.search_field.isEnabled()
    assert frame.statusBar().currentMessage() == "Opening your data…"
    # The lists still to be read say so, rather than "nothing":
    assert not page.sidebar.follow_up.loaded


def test_attaching_the_store_puts_the_home_view_in_its_place(
        frame: MainWindow, db: Database, data_dir: Path, filled: dict[str, int],
        qtbot: Any) -> None:
    frame.settings.last_view, frame.settings.last_vacancy_id = "home", filled["planner"]
    look = read_first_look(database_path(data_dir), filled["planner"])
    assert look is not None
    page = frame.show_first_look(look)

    frame.resize(1366, 768)
    frame.show()
    qtbot.waitUntil(lambda: page.was_painted)
    looked = page.detail.candidates.table.geometry()

    frame.attach_database(db)

    assert frame.first_look is None and frame.stack.indexOf(page) == -1
    assert frame.home is not None
    qtbot.waitUntil(lambda: frame.home is not None and frame.home.isVisible())
    # The rows stay where they were: the hidden drop hint kept its room.
    assert frame.home.detail.candidates.table.geometry() == looked
    assert frame.current_view() == "home" and frame.has_data()
    assert frame.home is not None and frame.home.selected_vacancy_id() == filled["planner"]
    assert frame.new_vacancy_action.isEnabled()
    with pytest.raises(RuntimeError):
        frame.show_first_look(look)  # only before the data is attached


def test_closed_over_the_first_look_the_page_and_vacancy_left_are_kept(
        frame: MainWindow, data_dir: Path, filled: dict[str, int], db: Database) -> None:
    frame.settings.last_view, frame.settings.last_vacancy_id = "home", filled["first"]
    frame.settings.sync()
    look = read_first_look(database_path(data_dir), filled["planner"])
    assert look is not None
    frame.show_first_look(look)

    frame.close()

    assert (frame.settings.last_view, frame.settings.last_vacancy_id) == ("home",
                                                                          filled["first"])
