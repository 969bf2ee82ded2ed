"""The home view: what the lists and tabs show, and where double-clicks and buttons go."""

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from interviewdesk.store import queries
from interviewdesk.store.database import Database
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.home.models import SUBTITLE_ROLE
from interviewdesk.ui.main_window import MainWindow


@pytest.fixture
def home(main_window: MainWindow) -> HomeView:
    main_window.show_view("home")
    return main_window.home


@pytest.fixture
def editors(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[Any, ...]]]:
    """Replace each editor's ``edit`` with a recorder that "saves" nothing (returns None);
    it records the arguments after ``parent`` and ``db``."""
    from interviewdesk.ui import editors as module

    opened: dict[str, list[tuple[Any, ...]]] = {}
    for name in ("VacancyDialog", "CandidateDialog", "InterviewDialog"):
        calls = opened.setdefault(name, [])
        monkeypatch.setattr(getattr(module, name), "edit", classmethod(
            lambda cls, *args, calls=calls: calls.append(args[2:])))
    return opened


def double_click_row(view: Any, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_sidebar_lists_vacancies_with_end_date_and_candidate_count(
        home: HomeView, records: Any) -> None:
    job = records.vacancy("Servicemonteur", procedure_end=date(2027, 1, 31))
    records.candidate("Sanne", job)
    records.candidate("Joël", job)
    records.vacancy("Planner")
    home.refresh()

    model = home.sidebar.vacancies.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Planner", "Servicemonteur"]
    assert model.index(1, 0).data(SUBTITLE_ROLE) == "ends 31 Jan 2027 · 2 candidates"
    assert model.index(0, 0).data(SUBTITLE_ROLE) == "0 candidates"
    assert home.sidebar.vacancies.view.isVisible()
    assert not home.sidebar.vacancies.empty.isVisible()


def test_an_empty_database_explains_what_to_do(home: HomeView) -> None:
    assert home.sidebar.vacancies.empty.isVisible()
    assert "+ Vacancy" in home.sidebar.vacancies.empty.text()
    assert home.detail.nothing_selected.isVisible()
    assert "No interviews planned" in home.sidebar.upcoming.empty.text()


def test_a_vacancy_shows_its_candidates_interviews_and_competencies(
        home: HomeView, records: Any) -> None:
    job = records.vacancy("Servicemonteur", procedure_end=date(2027, 1, 31))
    sanne = records.candidate("Sanne de Vries", job, status="invited", email="s@example.nl",
                              phone="06-1")
    records.candidate("Joël Bakker", job)
    at = datetime(2027, 1, 12, 9, 0).astimezone()
    records.interview(sanne, job, at, panel=("René", "Inge"))
    records.competency(job, "Klantgerichtheid", weight=1.5, kind="soft")
    home.refresh()
    home.select_vacancy(job)
    detail = home.detail

    assert detail.title.text() == "Servicemonteur"
    assert detail.facts.text() == "Procedure ends 31 Jan 2027"
    assert [detail.tabs.tabText(i) for i in range(3)] == [
        "Candidates (2)", "Interviews (1)", "Competencies (1)"]
    candidates = detail.candidates.model
    assert [candidates.index(1, c).data() for c in range(5)] == [
        "Sanne de Vries", "Invited", "12 Jan 2027 09:00", "s@example.nl", "06-1"]
    interviews = detail.interviews.model
    assert [interviews.index(0, c).data() for c in range(3)] == [
        "12 Jan 2027 09:00", "Sanne de Vries", "René, Inge"]
    competencies = detail.competencies.model
    assert [competencies.index(0, c).data() for c in range(3)] == [
        "Klantgerichtheid", "1.5", "Soft skill"]


def test_empty_tabs_say_what_to_do_and_offer_the_button(home: HomeView, records: Any,
                                                        editors: Any, qtbot: Any) -> None:
    job = records.vacancy("Planner")
    home.refresh()
    home.select_vacancy(job)
    candidates = home.detail.candidates

    assert candidates.empty_page.isVisible()
    assert "No candidates yet" in candidates.empty_label.text()
    assert not candidates.button_row.isVisible()
    qtbot.mouseClick(candidates.empty_button, Qt.MouseButton.LeftButton)
    assert editors["CandidateDialog"] == [(None, job)]


def test_double_click_opens_the_editor_of_the_row(home: HomeView, records: Any,
                                                  editors: Any) -> None:
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne", job)
    interview = records.interview(sanne, job, None)
    home.refresh()
    home.select_vacancy(job)

    double_click_row(home.detail.candidates.table, 0)
    assert editors["CandidateDialog"] == [(sanne, None)]

    home.detail.tabs.setCurrentIndex(1)
    double_click_row(home.detail.interviews.table, 0)
    assert editors["InterviewDialog"] == [(interview, None, None)]

    double_click_row(home.sidebar.vacancies.view, 0)
    assert editors["VacancyDialog"] == [(job,)]


def test_new_interview_starts_with_the_selected_vacancy_and_candidate(
        main_window: MainWindow, home: HomeView, records: Any, editors: Any) -> None:
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne", job)
    home.refresh()
    home.select_vacancy(job)
    home.detail.candidates.select_row(0)

    main_window.add_interview_button.click()
    main_window.add_candidate_button.click()

    assert editors["InterviewDialog"] == [(None, job, sanne)]
    assert editors["CandidateDialog"] == [(None, job)]


def test_a_saved_candidate_is_shown_and_selected(home: HomeView, records: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import editors as module

    job = records.vacancy("Monteur")
    home.refresh()
    home.select_vacancy(job)

    def save(cls: Any, parent: Any, db: Database, candidate_id: Any, vacancy_id: Any) -> int:
        return records.candidate("Mila Jansen", vacancy_id)

    monkeypatch.setattr(module.CandidateDialog, "edit", classmethod(save))
    home.new_candidate()

    assert home.detail.candidates.model.rowCount() == 1
    assert home.detail.selected_candidate().name == "Mila Jansen"  # type: ignore[union-attr]
    assert home.sidebar.vacancies.model.index(0, 0).data(SUBTITLE_ROLE) == "1 candidate"


def test_upcoming_interviews_show_today_and_lead_to_the_interview(
        home: HomeView, records: Any, qtbot: Any) -> None:
    other = records.vacancy("Planner")
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne de Vries", job)
    start, _end = queries.upcoming_window()
    today = records.interview(sanne, job, start + timedelta(hours=23, minutes=30))
    records.interview(sanne, job, start + timedelta(days=30))
    home.refresh()
    home.select_vacancy(other)

    upcoming = home.sidebar.upcoming
    assert upcoming.model.rowCount() == 1
    assert upcoming.model.index(0, 0).data() == "Today 23:30 · Sanne de Vries"
    assert upcoming.model.index(0, 0).data(SUBTITLE_ROLE) == "Monteur"

    rect = upcoming.view.visualRect(upcoming.model.index(0, 0))
    qtbot.mouseClick(upcoming.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert home.selected_vacancy_id() == job
    assert home.detail.tabs.currentIndex() == 1
    assert home.detail.selected_interview().id == today  # type: ignore[union-attr]


def test_refresh_keeps_the_selected_vacancy(home: HomeView, records: Any) -> None:
    records.vacancy("Accountmanager")
    job = records.vacancy("Monteur")
    home.refresh()
    home.select_vacancy(job)
    records.vacancy("Backend developer")
    home.refresh()
    assert home.selected_vacancy_id() == job
    assert home.sidebar.selected_vacancy().id == job  # type: ignore[union-attr]


def test_selecting_a_vacancy_that_is_gone_shows_nothing(home: HomeView) -> None:
    assert home.select_vacancy(12345) is False
    assert home.selected_vacancy_id() is None
