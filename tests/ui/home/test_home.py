"""The home view: what the lists and tabs show, where double-clicks and buttons go, and
CV files dropped on a candidate."""

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

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
    assert [interviews.index(0, c).data() for c in range(4)] == [
        "12 Jan 2027 09:00", "Sanne de Vries", "Not started", "René, Inge"]
    competencies = detail.competencies.model
    assert [competencies.index(0, c).data() for c in range(3)] == [
        "Klantgerichtheid", "1.5", "Personal skill"]


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


def test_double_click_opens_the_editor_of_the_row_and_the_interview_itself(
        home: HomeView, records: Any, editors: Any) -> None:
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne", job)
    interview = records.interview(sanne, job, None)
    home.refresh()
    home.select_vacancy(job)
    opened: list[int] = []
    home.open_interview_requested.connect(opened.append)

    double_click_row(home.detail.candidates.table, 0)
    assert editors["CandidateDialog"] == [(sanne, None)]

    home.detail.tabs.setCurrentIndex(1)
    double_click_row(home.detail.interviews.table, 0)
    assert opened == [interview]
    assert editors["InterviewDialog"] == []

    double_click_row(home.sidebar.vacancies.view, 0)
    assert editors["VacancyDialog"] == [(job,)]


def test_enter_opens_the_interview_and_edit_planning_opens_the_editor(
        home: HomeView, records: Any, editors: Any, qtbot: Any) -> None:
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne", job)
    interview = records.interview(sanne, job, None)
    home.refresh()
    home.select_vacancy(job)
    home.detail.select_interview(interview)
    interviews = home.detail.interviews
    opened: list[int] = []
    home.open_interview_requested.connect(opened.append)

    interviews.table.setFocus()
    qtbot.keyClick(interviews.table, Qt.Key.Key_Return)
    assert opened == [interview]

    planning = [b for b in interviews.button_row.findChildren(QPushButton)
                if b.text() == "Edit planning…"]
    assert len(planning) == 1 and planning[0].isVisible()
    qtbot.mouseClick(planning[0], Qt.MouseButton.LeftButton)
    assert editors["InterviewDialog"] == [(interview, None, None)]
    menu = [a.text() for a in interviews.table.actions() if not a.isSeparator()]
    assert menu == ["Open interview", "Edit planning…", "Assessment form…",
                    "Panel discussion…", "Delete interview…"]


def test_the_interviews_tab_shows_how_far_each_interview_got(
        home: HomeView, db: Database) -> None:
    from interviewdesk.example.database import load_example
    from interviewdesk.store.models import Interview

    ids = load_example(db)
    with db.session() as session:
        finished = Interview(application_id=ids.application_ids[0], current_stage="assessment",
                             started_at=datetime(2026, 1, 5, 9, 0).astimezone(),
                             finished_at=datetime(2026, 1, 5, 10, 0).astimezone())
        session.add(finished)
    home.refresh()
    home.select_vacancy(ids.vacancy_id)
    model = home.detail.interviews.model
    stages = {row.id: model.index(position, 2).data()
              for position, row in enumerate(model.rows())}

    assert stages[ids.interview_id] == "Not started"
    assert stages[ids.in_progress_interview_id] == "4 · Skills"
    assert "Done" in stages.values()
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"--open-interview {model.rows()[0].id}" in tooltip


def test_the_open_button_says_continue_once_the_interview_has_started(
        home: HomeView, db: Database) -> None:
    from interviewdesk.example.database import load_example

    ids = load_example(db)
    home.refresh()
    home.select_vacancy(ids.vacancy_id)
    button = home.detail.interviews.edit_button

    home.detail.select_interview(ids.interview_id)
    assert button.text() == "Open interview"
    assert button.isDefault()
    home.detail.select_interview(ids.in_progress_interview_id)
    assert button.text() == "Continue interview"
    assert home.detail.interviews.edit_action.text() == "Continue interview"
    assert home.selected_interview().id == ids.in_progress_interview_id  # type: ignore[union-attr]
    home.detail.tabs.setCurrentIndex(0)
    assert home.selected_interview() is None  # not on the Interviews tab: nothing to open


def test_refresh_keeps_the_selected_interview(home: HomeView, records: Any) -> None:
    job = records.vacancy("Monteur")
    sanne = records.candidate("Sanne", job)
    records.interview(sanne, job, datetime(2027, 1, 12, 9, 0).astimezone())
    second = records.interview(sanne, job, datetime(2027, 1, 13, 9, 0).astimezone())
    home.refresh()
    home.select_vacancy(job)
    home.detail.select_interview(second)
    home.refresh()
    assert home.selected_interview().id == second  # type: ignore[union-attr]


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

    opened: list[int] = []
    home.open_interview_requested.connect(opened.append)
    double_click_row(upcoming.view, 0)
    assert opened == [today]


def test_an_upcoming_interview_under_way_says_so(home: HomeView, db: Database) -> None:
    from interviewdesk.example.database import load_example

    load_example(db)
    home.refresh()
    subtitles = [home.sidebar.upcoming.model.index(r, 0).data(SUBTITLE_ROLE)
                 for r in range(home.sidebar.upcoming.model.rowCount())]
    assert subtitles[0] == "Servicemonteur installatietechniek · under way"


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


# -- a CV dropped on a candidate --------------------------------------------------------


def _files(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def drop_files(view: Any, row: int, *paths: Path) -> bool:
    """Drag ``paths`` from the file manager over row ``row`` and drop them, as Qt
    delivers it; whether the view took the drag."""
    point = view.visualRect(view.model().index(row, 0)).center() if row >= 0 else QPoint(
        5, view.viewport().height() - 5)
    data = _files(*paths)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(QPointF(point), actions, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(point), actions, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.dropAction() == Qt.DropAction.CopyAction  # never a move: the file stays
    return drop.isAccepted()


def _candidate_text(db: Database, candidate_id: int) -> tuple[str, str]:
    from interviewdesk.store.models import Candidate

    with db.session() as session:
        row = session.get(Candidate, candidate_id)
        return row.cv_text, row.letter_text  # type: ignore[union-attr]


@pytest.fixture
def candidates_tab(home: HomeView, records: Any) -> tuple[HomeView, int, int]:
    """A vacancy with Joël (no CV) and Sanne (with a CV) on the Candidates tab; returns
    the view and their ids."""
    from interviewdesk.store.models import Candidate

    job = records.vacancy("Monteur")
    joel = records.candidate("Joël Bakker", job)
    sanne = records.candidate("Sanne de Vries", job)
    with home.db.session() as session:
        row = session.get(Candidate, sanne)
        row.cv_text = "The old CV"  # type: ignore[union-attr]
        session.add(row)
    home.refresh()
    home.select_vacancy(job)
    return home, joel, sanne


def test_a_cv_dropped_on_a_candidate_is_imported(
        main_window: MainWindow, candidates_tab: Any, db: Database, tmp_path: Path,
        qtbot: Any, messages: Any) -> None:
    home, joel, _sanne = candidates_tab
    cv = tmp_path / "cv-joel.txt"
    cv.write_text("Joël Bakker\nMonteur since 2019, warmtepompen.", encoding="utf-8")
    table = home.detail.candidates.table

    assert drop_files(table, 0, cv)
    assert home.detail.selected_candidate().candidate_id == joel  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "warmtepompen" in _candidate_text(db, joel)[0])
    assert messages.names() == []  # nothing to replace: no question asked
    assert main_window.statusBar().currentMessage() == (
        "CV of Joël Bakker imported from cv-joel.txt.")
    assert QApplication.overrideCursor() is None


def test_replacing_a_cv_asks_first_and_cancel_keeps_the_old_one(
        candidates_tab: Any, db: Database, tmp_path: Path, qtbot: Any, messages: Any) -> None:
    home, _joel, sanne = candidates_tab
    cv = tmp_path / "new-cv.txt"
    cv.write_text("Sanne de Vries, the new CV.", encoding="utf-8")
    table = home.detail.candidates.table

    messages.answer = False
    assert drop_files(table, 1, cv)
    qtbot.waitUntil(lambda: messages.names() == ["confirm"])
    assert "Sanne de Vries already has a CV" in messages.texts("confirm")[0]
    assert _candidate_text(db, sanne)[0] == "The old CV"

    messages.answer = True
    assert drop_files(table, 1, cv)
    qtbot.waitUntil(lambda: _candidate_text(db, sanne)[0] == "Sanne de Vries, the new CV.")


def test_a_file_that_cannot_be_read_is_explained(
        candidates_tab: Any, db: Database, tmp_path: Path, qtbot: Any, messages: Any) -> None:
    home, joel, _sanne = candidates_tab
    old = tmp_path / "cv.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")

    assert drop_files(home.detail.candidates.table, 0, old)
    qtbot.waitUntil(lambda: messages.names() == ["error"])
    shown = messages.texts("error")[0]
    assert "CV not imported" in shown and "“cv.doc” is a Word 97–2003 (.doc) file" in shown
    assert _candidate_text(db, joel)[0] == ""
    assert QApplication.overrideCursor() is None


def test_only_one_local_file_over_a_candidate_is_taken(candidates_tab: Any,
                                                       tmp_path: Path) -> None:
    home, _joel, _sanne = candidates_tab
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    table = home.detail.candidates.table
    assert not drop_files(table, 0, one, two)
    assert not drop_files(table, -1, one)  # below the last candidate


def test_import_letter_from_the_context_menu_with_a_file_dialog(
        main_window: MainWindow, candidates_tab: Any, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui.home import commands

    home, _joel, sanne = candidates_tab
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear panel, I would love to join.", encoding="utf-8")
    asked: list[tuple[str, str]] = []

    def choose(parent: Any, title: str, folder: str, file_filter: str) -> str:
        asked.append((title, file_filter))
        return str(letter)

    monkeypatch.setattr(commands, "choose_document_file", choose)
    home.detail.candidates.select_row(1)
    menu = {a.text(): a for a in home.detail.candidates.table.actions() if not a.isSeparator()}
    assert list(menu) == ["Edit candidate…", "Import CV…", "Import motivation letter…",
                          "Contact log…", "Write to the candidate…", "Reference checks…",
                          "Delete candidate…"]
    menu["Import motivation letter…"].trigger()

    assert asked == [("Import the motivation letter of Sanne de Vries",
                      "PDF, Word or text files (*.pdf *.docx *.txt)")]
    assert _candidate_text(db, sanne) == ("The old CV", "Dear panel, I would love to join.")
    assert "Motivation letter of Sanne de Vries imported" in (
        main_window.statusBar().currentMessage())


def test_cancelling_the_file_dialog_imports_nothing(
        candidates_tab: Any, db: Database, monkeypatch: pytest.MonkeyPatch,
        messages: Any) -> None:
    from interviewdesk.ui.home import commands

    home, joel, _sanne = candidates_tab
    monkeypatch.setattr(commands, "choose_document_file", lambda *args: "")
    home.detail.candidates.select_row(0)
    home.detail.import_cv_action.trigger()
    assert _candidate_text(db, joel) == ("", "")
    assert messages.names() == []
