"""A refresh that finds nothing new leaves the lists alone (no reset, the selection, the
scrolling and the column widths as they were), one that finds something shows it; a
hidden list scrolls to its selected row once shown; the drop hint has a line of its own."""

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QSignalSpy

from interviewdesk.ui.home import HomeView
from interviewdesk.ui.main_window import MainWindow


def _resets(model: Any) -> QSignalSpy:
    return QSignalSpy(model.modelReset)


def test_a_refresh_that_finds_nothing_new_resets_no_list(
        main_window: MainWindow, records: Any) -> None:
    job = records.vacancy("Servicemonteur")
    sanne = records.candidate("Sanne de Vries", job)
    records.candidate("Joël Bakker", job)
    records.competency(job, "Samenwerken")
    home: HomeView = main_window.home  # type: ignore[assignment]
    home.refresh()
    home.select_candidate(job, sanne)
    models = [home.sidebar.vacancies.model, home.sidebar.upcoming.model,
              home.detail.candidates.model, home.detail.interviews.model,
              home.detail.competencies.model]
    spies = [_resets(model) for model in models]
    repainted = QSignalSpy(home.sidebar.vacancies.model.dataChanged)
    header = home.detail.candidates.table.horizontalHeader()
    header.resizeSection(0, 321)

    home.refresh()

    assert [spy.count() for spy in spies] == [0] * len(models)
    assert repainted.count() == 1  # the same rows, repainted ("Today" may be a date now)
    assert home.selected_candidate_id() == sanne
    assert home.selected_vacancy_id() == job
    assert header.sectionSize(0) == 321


def test_a_refresh_that_finds_a_change_shows_it_and_keeps_the_selection(
        main_window: MainWindow, records: Any) -> None:
    job = records.vacancy("Servicemonteur")
    sanne = records.candidate("Sanne de Vries", job)
    home: HomeView = main_window.home  # type: ignore[assignment]
    home.refresh()
    home.select_candidate(job, sanne)
    spy = _resets(home.detail.candidates.model)

    records.candidate("Anton Bakker", job)
    home.refresh()

    assert spy.count() == 1
    assert [row.name for row in home.detail.candidates.model.rows()] == [
        "Anton Bakker", "Sanne de Vries"]
    assert home.selected_candidate_id() == sanne
    subtitle = home.sidebar.vacancies.model.subtitle(home.sidebar.vacancies.model.row_at(0))
    assert subtitle == "2 candidates"


def test_the_same_rows_in_another_language_are_shown_anew(
        main_window: MainWindow, records: Any) -> None:
    from interviewdesk.ui.i18n import install_language

    job = records.vacancy("Servicemonteur")
    records.candidate("Sanne de Vries", job, status="invited")
    home: HomeView = main_window.home  # type: ignore[assignment]
    home.select_vacancy(job)
    model = home.detail.candidates.model
    assert model.index(0, 1).data() == "Invited"
    spy = _resets(model)

    install_language("nl")
    home.refresh()

    assert spy.count() >= 1  # the columns are fitted to the Dutch texts
    assert model.index(0, 1).data() == "Uitgenodigd"


def test_a_hidden_list_scrolls_to_its_selected_vacancy_once_shown(
        qtbot: Any, main_window: MainWindow, records: Any) -> None:
    ids = [records.vacancy(f"Vacature {number:03}") for number in range(60)]
    home: HomeView = main_window.home  # type: ignore[assignment]
    main_window.hide()
    home.refresh()
    home.select_vacancy(ids[55])
    view = home.sidebar.vacancies.view
    assert not view.isVisible()

    main_window.resize(1366, 768)
    main_window.show_view("home")
    main_window.show()
    qtbot.waitExposed(main_window)

    index = view.selectionModel().currentIndex()
    assert index.row() == 55
    assert view.viewport().rect().contains(view.visualRect(index))


def test_the_drop_hint_has_a_line_of_its_own_under_the_buttons(
        qtbot: Any, main_window: MainWindow, records: Any) -> None:
    job = records.vacancy("Servicemonteur installatietechniek")
    records.candidate("Sanne de Vries", job)
    home: HomeView = main_window.home  # type: ignore[assignment]
    home.refresh()
    home.select_vacancy(job)
    main_window.resize(1366, 768)
    main_window.show_view("home")
    main_window.show()
    qtbot.waitExposed(main_window)
    table = home.detail.candidates
    qtbot.waitUntil(lambda: table.hint.isVisible())

    hint, add = table.hint, table.add_button
    top = hint.mapTo(table, hint.rect().topLeft()).y()
    assert top >= add.mapTo(table, add.rect().bottomLeft()).y()
    assert hint.height() < 2 * hint.fontMetrics().lineSpacing()  # one line, not four
    assert hint.mapTo(table, hint.rect().topLeft()).x() == add.mapTo(
        table, add.rect().topLeft()).x()
    assert table.table.model().rowCount(QModelIndex()) == 1
