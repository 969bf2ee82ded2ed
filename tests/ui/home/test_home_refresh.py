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


def _widths(table: Any) -> list[int]:
    """The widths of the columns fitted to their contents (the last takes the rest)."""
    header = table.table.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count() - 1)]


def test_a_tab_filled_while_hidden_fits_its_columns_when_first_shown(
        qtbot: Any, main_window: MainWindow, records: Any) -> None:
    from interviewdesk.ui.home.record_table import MIN_COLUMN_WIDTH
    from interviewdesk.ui.home.vacancy_detail import COMPETENCIES_TAB

    job = records.vacancy("Servicemonteur")
    records.candidate("Sanne de Vries", job)
    records.competency(job, "Klantgerichtheid en zorgvuldig rapporteren", kind="core")
    home: HomeView = main_window.home  # type: ignore[assignment]
    main_window.show_view("home")
    home.refresh()
    home.select_vacancy(job)
    competencies = home.detail.competencies
    assert not competencies.isVisible()

    home.detail.tabs.setCurrentIndex(COMPETENCIES_TAB)
    qtbot.waitUntil(competencies.isVisible)

    shown = _widths(competencies)
    header = competencies.table.horizontalHeader()
    assert header.defaultSectionSize() < MIN_COLUMN_WIDTH  # fitted ones are told apart
    competencies._fit_columns()  # what fitting them now gives
    assert _widths(competencies) == shown
    assert shown[0] > competencies.table.fontMetrics().horizontalAdvance("Klantgerichtheid")


def test_widths_the_user_set_on_a_hidden_tab_survive_a_refresh_that_keeps_the_view(
        qtbot: Any, main_window: MainWindow, records: Any) -> None:
    from interviewdesk.ui.home.vacancy_detail import CANDIDATES_TAB, COMPETENCIES_TAB
    from interviewdesk.ui.quiet_refresh import refresh_keeping_view

    job = records.vacancy("Servicemonteur")
    records.candidate("Sanne de Vries", job)
    records.competency(job, "Samenwerken")
    home: HomeView = main_window.home  # type: ignore[assignment]
    main_window.show_view("home")
    home.refresh()
    home.select_vacancy(job)
    tabs, competencies = home.detail.tabs, home.detail.competencies
    tabs.setCurrentIndex(COMPETENCIES_TAB)
    qtbot.waitUntil(competencies.isVisible)
    competencies.table.horizontalHeader().resizeSection(0, 333)
    tabs.setCurrentIndex(CANDIDATES_TAB)

    records.competency(job, "Plannen", position=1)  # someone else's change
    refresh_keeping_view(home, home.refresh)
    tabs.setCurrentIndex(COMPETENCIES_TAB)
    qtbot.waitUntil(competencies.isVisible)

    assert competencies.model.rowCount() == 2
    assert _widths(competencies)[0] == 333


def test_a_window_never_shown_is_drawn_fitted_and_scrolled_as_before(
        qtbot: Any, english: None, db: Any, data_dir: Any, settings: Any,
        records: Any) -> None:
    from interviewdesk.app import create_main_window

    ids = [records.vacancy(f"Vacature {number:03}") for number in range(60)]
    name = "Maximiliaan van Oldenbarnevelt-Rijckevorsel"
    records.candidate(name, ids[55])
    settings.last_view, settings.last_vacancy_id = "home", ids[55]
    window = create_main_window(db, data_dir, settings)  # never shown: as screenshots
    qtbot.addWidget(window)
    window.resize(1229, 700)
    window.grab()

    home: HomeView = window.home  # type: ignore[assignment]
    view = home.sidebar.vacancies.view
    index = view.selectionModel().currentIndex()
    assert index.row() == 55
    # Scrolled towards it, as before (for the size the list had then: a window never
    # shown is not told of its final size before it is drawn).
    assert view.verticalScrollBar().value() > 0
    table = home.detail.candidates.table
    assert table.horizontalHeader().sectionSize(0) > table.fontMetrics().horizontalAdvance(name)


def test_the_first_vacancy_selected_is_brought_into_sight_again_by_a_refresh(
        qtbot: Any, main_window: MainWindow, records: Any) -> None:
    ids = [records.vacancy(f"Vacature {number:03}") for number in range(60)]
    home: HomeView = main_window.home  # type: ignore[assignment]
    main_window.resize(1366, 768)
    main_window.show_view("home")
    home.refresh()
    home.select_vacancy(ids[0])
    view = home.sidebar.vacancies.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())

    home.refresh()

    index = view.selectionModel().currentIndex()
    assert index.row() == 0
    assert view.viewport().rect().contains(view.visualRect(index))


def test_a_tab_brought_to_the_front_in_a_window_never_shown_is_fitted(
        qtbot: Any, english: None, db: Any, data_dir: Any, settings: Any,
        records: Any) -> None:
    from interviewdesk.app import create_main_window
    from interviewdesk.ui.home.vacancy_detail import COMPETENCIES_TAB

    job = records.vacancy("Servicemonteur")
    records.candidate("Sanne de Vries", job)
    name = "Klantgerichtheid en zorgvuldig rapporteren"
    records.competency(job, name)
    settings.last_view, settings.last_vacancy_id = "home", job
    window = create_main_window(db, data_dir, settings)
    qtbot.addWidget(window)
    home: HomeView = window.home  # type: ignore[assignment]

    home.detail.tabs.setCurrentIndex(COMPETENCIES_TAB)
    window.grab()

    table = home.detail.competencies.table
    assert table.horizontalHeader().sectionSize(0) > table.fontMetrics().horizontalAdvance(name)
