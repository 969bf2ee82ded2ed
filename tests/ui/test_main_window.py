"""The main window, driven as a user would: first start, the example, a new vacancy,
coming back to where one left off, search, deleting, menus and settings; and the
window before its data is attached."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from interviewdesk.example.texts import VACANCY_TITLE
from interviewdesk.store import queries
from interviewdesk.store.database import Database
from interviewdesk.ui.main_window import MainWindow
from interviewdesk.ui.settings import Settings


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; unlike ``qtbot.keyClicks`` this takes "é" (QTest's
    key clicks are ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def vacancy_titles(window: MainWindow) -> list[str]:
    return [row.title for row in window.home.sidebar.vacancies.model.rows()]


def test_an_empty_database_opens_on_the_welcome_page(main_window: MainWindow) -> None:
    assert main_window.windowTitle() == "InterviewDesk"
    assert main_window.current_view() == "welcome"
    assert main_window.welcome.isVisible()
    assert not main_window.home.isVisible()
    assert main_window.welcome.create_button.text() == "Create a vacancy"
    assert main_window.welcome.example_button.text() == "Load the example"
    assert "structured job interview" in main_window.welcome.explanation.text()


def test_load_the_example_lands_on_home_with_the_example_vacancy(
        main_window: MainWindow, qtbot: Any) -> None:
    qtbot.mouseClick(main_window.welcome.example_button, Qt.MouseButton.LeftButton)

    assert main_window.current_view() == "home"
    assert vacancy_titles(main_window) == [VACANCY_TITLE]
    assert main_window.home.detail.title.text() == VACANCY_TITLE
    assert main_window.home.detail.candidates.model.rowCount() >= 2
    assert not main_window.load_example_action.isEnabled()
    assert not main_window.welcome.example_button.isEnabled()


def test_load_example_from_the_menu_twice_keeps_one_example(main_window: MainWindow,
                                                            db: Database) -> None:
    main_window.load_example_action.trigger()
    main_window.load_example()
    assert vacancy_titles(main_window) == [VACANCY_TITLE]
    assert queries.count_vacancies(db) == 1


def _fill_new_vacancy(title: str, seen: list[str]) -> None:
    """Type a title into the vacancy editor once it is open, and save it."""
    dialog = QApplication.activeModalWidget()
    seen.append(type(dialog).__name__)
    dialog.title.setText(title)  # type: ignore[union-attr]
    dialog.accept()  # type: ignore[union-attr]


def test_create_a_vacancy_from_the_welcome_page(main_window: MainWindow, qtbot: Any,
                                                db: Database) -> None:
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _fill_new_vacancy("Servicemonteur Utrecht", seen))
    qtbot.mouseClick(main_window.welcome.create_button, Qt.MouseButton.LeftButton)

    assert seen == ["VacancyDialog"]
    assert main_window.current_view() == "home"
    assert vacancy_titles(main_window) == ["Servicemonteur Utrecht"]
    assert main_window.home.selected_vacancy_id() == queries.vacancy_id_by_title(
        db, "Servicemonteur Utrecht")
    assert main_window.home.detail.title.text() == "Servicemonteur Utrecht"


def test_reopening_restores_vacancies_size_view_and_selection(
        qtbot: Any, english: None, db: Database, data_dir: Path, records: Any) -> None:
    records.vacancy("Backend developer")
    planner = records.vacancy("Planner")
    first = MainWindow(db, data_dir, Settings(data_dir))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.home.select_vacancy(planner)
    qtbot.wait(10)
    first.close()

    again = MainWindow(db, data_dir, Settings(data_dir))
    qtbot.addWidget(again)
    again.show()

    assert vacancy_titles(again) == ["Backend developer", "Planner"]
    assert again.current_view() == "home"
    assert again.home.selected_vacancy_id() == planner
    assert again.size() == QSize(700, 500)
    assert (data_dir / "settings.ini").is_file()


def test_search_finds_a_candidate_by_part_of_the_name_with_an_accent(
        main_window: MainWindow, qtbot: Any, records: Any) -> None:
    monteur = records.vacancy("Monteur")
    planner = records.vacancy("Planner")
    renee = records.candidate("Renée Jansen", planner)
    records.candidate("Sanne de Vries", monteur)
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(monteur)

    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.search_field.hasFocus()
    type_text(main_window.search_field, "née")
    assert main_window.search_field.text() == "née"
    results = main_window.home.sidebar.results.model
    qtbot.waitUntil(lambda: results.rowCount() == 1)
    assert results.row_at(0).name == "Renée Jansen"

    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Down)
    assert main_window.home.sidebar.results.view.hasFocus()
    qtbot.keyClick(main_window.home.sidebar.results.view, Qt.Key.Key_Return)
    assert main_window.home.selected_vacancy_id() == planner
    assert main_window.home.selected_candidate_id() == renee

    main_window.search_field.setFocus()
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Escape)
    assert main_window.search_field.text() == ""
    assert not main_window.home.sidebar.searching()


def test_typing_a_search_on_the_welcome_page_shows_home(main_window: MainWindow,
                                                         qtbot: Any) -> None:
    qtbot.keyClicks(main_window.search_field, "x")
    assert main_window.current_view() == "home"


def test_deleting_a_candidate_asks_first_and_cancel_keeps_it(
        main_window: MainWindow, qtbot: Any, records: Any, messages: Any,
        db: Database) -> None:
    job = records.vacancy("Monteur")
    records.candidate("Sanne de Vries", job)
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(job)
    table = main_window.home.detail.candidates
    table.select_row(0)

    messages.answer = False
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    assert messages.names() == ["confirm"]
    assert "Sanne de Vries" in messages.texts("confirm")[0]
    assert [r.name for r in queries.list_candidates(db, job)] == ["Sanne de Vries"]
    assert table.model.rowCount() == 1

    messages.answer = True
    table.select_row(0)
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_Delete)
    assert messages.names() == ["confirm", "confirm"]
    assert queries.list_candidates(db, job) == []
    assert table.model.rowCount() == 0
    assert table.empty_page.isVisible()


def test_deleting_a_vacancy_asks_first(main_window: MainWindow, qtbot: Any, records: Any,
                                       messages: Any, db: Database) -> None:
    job = records.vacancy("Monteur")
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(job)

    messages.answer = False
    qtbot.mouseClick(main_window.home.detail.delete_button, Qt.MouseButton.LeftButton)
    assert queries.count_vacancies(db) == 1

    messages.answer = True
    qtbot.mouseClick(main_window.home.detail.delete_button, Qt.MouseButton.LeftButton)
    assert messages.names() == ["confirm", "confirm"]
    assert queries.count_vacancies(db) == 0
    assert vacancy_titles(main_window) == []
    assert main_window.home.selected_vacancy_id() is None


def test_menus_hold_the_actions_with_their_shortcuts(main_window: MainWindow) -> None:
    def shortcut(text: str) -> str:
        for action in main_window.file_menu.actions() + main_window.view_menu.actions():
            if action.text().replace("&", "") == text:
                return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        raise AssertionError(f"no menu item {text!r}")

    assert shortcut("New vacancy…") == "Ctrl+N"
    assert shortcut("New candidate…") == "Ctrl+Shift+N"
    assert shortcut("Settings…") == "Ctrl+,"
    assert shortcut("Quit") == "Ctrl+Q"
    assert shortcut("Search") == QKeySequence(QKeySequence.StandardKey.Find).toString()
    titles = [a.text().replace("&", "") for a in main_window.file_menu.actions()]
    for item in ("New interview…", "Interviewers…", "Load example data", "Back up now",
                 "Open data folder"):
        assert item in titles
    assert [a.text().replace("&", "") for a in main_window.help_menu.actions()] == [
        "About InterviewDesk"]


def test_new_vacancy_shortcut_opens_the_vacancy_editor(main_window: MainWindow, qtbot: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import editors

    opened: list[tuple[Any, ...]] = []
    monkeypatch.setattr(editors.VacancyDialog, "edit",
                        classmethod(lambda cls, *args: opened.append(args)))
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert opened[0][0] is main_window


def test_back_up_now_makes_a_backup(main_window: MainWindow, data_dir: Path) -> None:
    main_window.backup_action.trigger()
    assert any("manual" in p.name for p in (data_dir / "backups").iterdir())
    assert "Backup saved" in main_window.statusBar().currentMessage()


def test_about_shows_the_version(main_window: MainWindow, messages: Any) -> None:
    main_window.about_action.trigger()
    assert messages.names() == ["inform"]
    assert "InterviewDesk" in messages.texts("inform")[0]


def test_settings_dialog_saves_to_settings_ini_in_the_data_folder(
        qtbot: Any, settings: Settings, data_dir: Path) -> None:
    from interviewdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() is None
    assert dialog.keep_backups.value() == 10
    assert dialog.page_size.currentData() == "A4"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.keep_backups.setValue(4)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    dialog.accept()

    reread = Settings(data_dir)
    assert (reread.language, reread.keep_backups, reread.page_size) == ("nl", 4, "Letter")
    text = (data_dir / "settings.ini").read_text()
    assert "keep_backups=4" in text
    assert "[print]\npage_size=Letter" in text  # the key the command line reads


def test_switching_language_updates_the_window_at_once(main_window: MainWindow,
                                                      records: Any) -> None:
    from interviewdesk.ui.i18n import current_language

    job = records.vacancy("Monteur", procedure_end=date(2027, 1, 31))
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(job)
    main_window.apply_language("nl")
    assert current_language() == "nl"
    assert "jan" in main_window.home.detail.facts.text()
    main_window.apply_language("en")
    assert "Jan" in main_window.home.detail.facts.text()


def test_interviewers_and_home_from_the_menus(main_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import editors

    managed: list[Any] = []
    monkeypatch.setattr(editors.InterviewersDialog, "manage",
                        classmethod(lambda cls, parent, db: managed.append(parent)))
    main_window.interviewers_action.trigger()
    assert managed == [main_window]

    assert main_window.current_view() == "welcome"
    main_window.home_action.trigger()
    assert main_window.current_view() == "home"
    with pytest.raises(ValueError):
        main_window.show_view("wizard")


def test_new_candidate_shortcut_adds_to_the_selected_vacancy(
        main_window: MainWindow, qtbot: Any, records: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import editors

    job = records.vacancy("Monteur")
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(job)
    opened: list[tuple[Any, ...]] = []
    monkeypatch.setattr(editors.CandidateDialog, "edit",
                        classmethod(lambda cls, *args: opened.append(args[2:])))
    qtbot.keyClick(main_window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == [(None, job)]


# -- interviews -------------------------------------------------------------------------


@pytest.fixture
def example(main_window: MainWindow, db: Database) -> Any:
    """The example loaded and shown on the home view (its Interviews tab)."""
    from interviewdesk.example.database import load_example

    ids = load_example(db)
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(ids.vacancy_id)
    main_window.home.detail.tabs.setCurrentIndex(1)
    return ids


def interview_windows() -> list[Any]:
    from interviewdesk.ui.wizard import InterviewWindow

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, InterviewWindow) and w.isVisible()]


def stage_column(window: MainWindow, interview_id: int) -> str:
    model = window.home.detail.interviews.model
    for position, row in enumerate(model.rows()):
        if row.id == interview_id:
            return model.index(position, 2).data()
    raise AssertionError(f"interview {interview_id} is not listed")


# Bringing a window to the front is what the test checks; the offscreen platform cannot.


def test_ctrl_o_opens_the_selected_interview_once(main_window: MainWindow, example: Any,
                                                 qtbot: Any) -> None:
    main_window.home.detail.select_interview(example.in_progress_interview_id)
    qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    (window,) = interview_windows()
    assert "Mehmet Öztürk" in window.windowTitle()
    assert window.current_stage() == "skills"
    assert main_window.interview_windows.open_ids() == [example.in_progress_interview_id]

    main_window.open_interview_action.trigger()
    main_window.home.detail.interviews.edit_button.click()
    assert interview_windows() == [window]  # raised again, not opened twice


def test_the_upcoming_list_opens_the_interview(main_window: MainWindow, example: Any) -> None:
    upcoming = main_window.home.sidebar.upcoming
    index = upcoming.model.index(0, 0)
    assert upcoming.model.row_at(0).id == example.in_progress_interview_id  # today first
    upcoming.view.activated.emit(index)
    assert [w.context.interview_id for w in interview_windows()] == [
        example.in_progress_interview_id]


def test_the_interview_menu_opens_or_continues_the_selected_interview(
        main_window: MainWindow, example: Any) -> None:
    action = main_window.open_interview_action
    assert action in main_window.interview_menu.actions()
    assert action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+O"
    assert main_window.interview_menu.title() == "&Interview"

    main_window.home.detail.select_interview(example.interview_id)
    assert action.isEnabled() and action.text() == "&Open interview"
    main_window.home.detail.select_interview(example.in_progress_interview_id)
    assert action.isEnabled() and action.text() == "&Continue interview"
    assert main_window.edit_planning_action.isEnabled()
    main_window.home.detail.tabs.setCurrentIndex(0)  # Candidates: no interview selected
    assert not action.isEnabled()
    assert not main_window.edit_planning_action.isEnabled()


def test_the_interview_menu_has_the_assessment_with_shortcuts(
        main_window: MainWindow, example: Any, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assessment = main_window.assessment_menu
    assert assessment.menuAction() in main_window.interview_menu.actions()
    assert assessment.title() == "&Assessment"
    form, panel = main_window.assessment_form_action, main_window.panel_discussion_action
    assert assessment.actions() == [form, panel]
    assert [a.text().replace("&", "") for a in (form, panel)] == [
        "Assessment form…", "Panel discussion…"]
    assert form.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+Shift+A"
    assert panel.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+Shift+P"

    opened: list[tuple[str, int, Any]] = []
    windows = main_window.assessment_windows
    monkeypatch.setattr(windows, "open_form",
                        lambda interview_id, member=None: opened.append(("form", interview_id,
                                                                         member)))
    monkeypatch.setattr(windows, "open_panel",
                        lambda interview_id: opened.append(("panel", interview_id, None)))
    main_window.home.detail.tabs.setCurrentIndex(0)  # Candidates: no interview selected
    assert not form.isEnabled() and not panel.isEnabled()
    main_window.home.detail.select_interview(example.completed_interview_id)
    assert form.isEnabled() and panel.isEnabled()

    qtbot.keyClick(main_window, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(main_window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # The interview's context menu offers the same.
    main_window.home.detail.assessment_form_action.trigger()
    main_window.home.detail.panel_discussion_action.trigger()
    interview = example.completed_interview_id
    assert opened == [("form", interview, None), ("panel", interview, None)] * 2


def test_a_decision_in_the_panel_discussion_shows_in_the_follow_up(
        main_window: MainWindow, example: Any, db: Database, qtbot: Any) -> None:
    from interviewdesk.store.assessments import DecisionDraft, save_decision

    follow_up = main_window.home.sidebar.follow_up
    qtbot.waitUntil(lambda: follow_up.loaded and not main_window.home.follow_up_pending())
    window = main_window.open_panel_discussion(example.completed_interview_id)
    assert window is not None
    assert main_window.open_panel_discussion(example.completed_interview_id) is window
    save_decision(db, example.completed_interview_id, DecisionDraft(
        "reject", "Te weinig ervaring.", feedback_date=date(2020, 1, 6)))
    window.changed.emit(example.completed_interview_id)  # as the window does after saving
    qtbot.waitUntil(lambda: not main_window.home.follow_up_pending())
    assert follow_up.overdue.text() == "! 2 overdue"
    assert main_window.close()
    assert not window.isVisible()


def test_deleting_a_candidate_closes_their_assessment_form_first(
        main_window: MainWindow, example: Any, db: Database, messages: Any) -> None:
    from interviewdesk.example.texts import CANDIDATES

    windows = main_window.assessment_windows
    waiting = example.waiting_interview_id
    rené = example.waiting_panel_member_ids[1]
    form = windows.open_form(waiting, rené)
    panel = windows.open_panel(example.completed_interview_id)
    assert form is not None and panel is not None
    assert form.form.rater_name == "René Mulder"

    thijs = example.candidate_ids[[c.name for c in CANDIDATES].index("Thijs van Dijk")]
    assert main_window.commands.delete_candidate(thijs, "Thijs van Dijk")

    assert windows.open_windows() == [panel]  # Daniëlle's panel has nothing to do with it
    assert not form.isVisible()
    assert windows.close_where(interview_id=example.completed_interview_id)
    assert windows.open_windows() == []


def test_closing_the_main_window_closes_interview_windows_and_keeps_their_notes(
        main_window: MainWindow, example: Any, db: Database) -> None:
    from interviewdesk.store.interview_records import load_session

    window = main_window.open_interview(example.in_progress_interview_id)
    type_text(window.pages["skills"].notes, " Weet precies waar de sensor zit.")

    assert main_window.close()
    assert interview_windows() == []
    assert main_window.was_closed
    notes = load_session(db, example.in_progress_interview_id).stage("skills").notes
    assert " Weet precies waar de sensor zit." in notes


def test_an_interview_window_that_cannot_save_keeps_the_main_window_open(
        main_window: MainWindow, example: Any, db: Database, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store import interview_records

    window = main_window.open_interview(example.in_progress_interview_id)
    type_text(window.pages["skills"].notes, "Niet kwijtraken")

    def disk_full(*_args: Any) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(interview_records, "apply_changes", disk_full)
        assert not main_window.close()
        assert main_window.isVisible() and not main_window.was_closed
        assert interview_windows() == [window]
        assert "Notes not saved" in messages.texts("error")[0]

    assert main_window.close()  # the disk has room again
    assert "Niet kwijtraken" in interview_records.load_session(
        db, example.in_progress_interview_id).stage("skills").notes


def test_after_an_interview_window_closes_the_list_shows_how_far_it_got(
        main_window: MainWindow, example: Any) -> None:
    main_window.home.detail.select_interview(example.interview_id)
    assert stage_column(main_window, example.interview_id) == "Not started"

    window = main_window.open_interview(example.interview_id)
    window.go_to("opening")
    window.close()

    assert stage_column(main_window, example.interview_id) == "2 · Opening"
    assert main_window.home.selected_interview().id == example.interview_id  # type: ignore[union-attr]
    assert main_window.home.detail.interviews.edit_button.text() == "Continue interview"
    assert main_window.interview_windows.open_ids() == []


def test_deleting_an_interview_closes_its_window_first(
        main_window: MainWindow, example: Any, db: Database) -> None:
    window = main_window.open_interview(example.in_progress_interview_id)
    type_text(window.pages["skills"].notes, "x")
    main_window.home.detail.select_interview(example.in_progress_interview_id)
    main_window.home.detail.interviews.delete_action.trigger()

    assert interview_windows() == []
    assert example.in_progress_interview_id not in [
        row.id for row in queries.list_interviews(db, example.vacancy_id)]


def test_an_interview_that_is_gone_is_not_opened(main_window: MainWindow, example: Any,
                                                 messages: Any) -> None:
    assert main_window.open_interview(999_999) is None
    assert messages.names() == ["error"]
    assert "no longer exists" in messages.texts("error")[0]
    assert interview_windows() == []


# -- before the data is attached ----------------------------------------------------

#: Everything that needs the database; disabled until it is attached.
DATA_ACTIONS = ("new_vacancy_action", "new_candidate_action", "new_interview_action",
                "interviewers_action", "load_example_action", "backup_action",
                "home_action", "find_action")


def test_the_frame_has_its_menus_and_a_calm_loading_page(frame: MainWindow) -> None:
    assert frame.windowTitle() == "InterviewDesk"
    assert [m.title() for m in (frame.file_menu, frame.interview_menu, frame.view_menu,
                                frame.help_menu)] == ["&File", "&Interview", "&View", "&Help"]
    assert frame.current_view() == "loading"
    assert not frame.has_data()
    assert frame.statusBar().currentMessage() == "Opening your data…"
    assert frame.loading is not None and frame.loading.isVisible()
    assert frame.loading.label.text() == "Opening your data…"
    assert frame.search_field.placeholderText() == "Search candidates, vacancies…"


def test_actions_that_need_data_are_disabled_until_it_is_attached(
        frame: MainWindow, qtbot: Any, db: Database, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import editors

    opened: list[Any] = []
    monkeypatch.setattr(editors.VacancyDialog, "edit",
                        classmethod(lambda cls, *args: opened.append(args)))
    for name in (*DATA_ACTIONS, "open_interview_action", "edit_planning_action",
                 "assessment_form_action", "panel_discussion_action"):
        assert not getattr(frame, name).isEnabled(), name
    for button in (frame.search_field, frame.add_vacancy_button, frame.add_candidate_button,
                   frame.add_interview_button):
        assert not button.isEnabled()
    for action in (frame.settings_action, frame.open_folder_action, frame.quit_action,
                   frame.about_action):
        assert action.isEnabled()

    # Neither the shortcut, nor the button, nor code gets through before attach.
    qtbot.keyClick(frame, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    frame.add_vacancy_button.click()
    frame.new_vacancy_action.trigger()
    frame.load_example()
    frame.back_up_now()
    frame.open_interview_action.trigger()
    frame.assessment_form_action.trigger()
    frame.panel_discussion_action.trigger()
    assert frame.open_interview(1) is None
    assert frame.open_assessment_form(1) is None and frame.open_panel_discussion(1) is None
    assert opened == []
    assert queries.count_vacancies(db) == 0
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())

    frame.attach_database(db)

    assert frame.has_data()
    for name in DATA_ACTIONS:
        assert getattr(frame, name).isEnabled(), name
    assert frame.search_field.isEnabled() and frame.add_vacancy_button.isEnabled()
    assert frame.current_view() == "welcome"
    assert frame.statusBar().currentMessage() == ""
    assert frame.loading is None
    qtbot.keyClick(frame, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    with pytest.raises(RuntimeError):
        frame.attach_database(db)


def test_attaching_goes_back_to_the_view_and_vacancy_without_moving_the_window(
        qtbot: Any, english: None, db: Database, data_dir: Path, records: Any) -> None:
    records.vacancy("Backend developer")
    planner = records.vacancy("Planner")
    first = MainWindow(db, data_dir, Settings(data_dir))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.home.select_vacancy(planner)  # type: ignore[union-attr]
    qtbot.wait(10)
    first.close()

    frame = MainWindow(None, data_dir, Settings(data_dir))
    qtbot.addWidget(frame)
    assert frame.size() == QSize(700, 500)  # restored before it is shown: no jump
    with qtbot.waitActive(frame):
        frame.show()
    frame.attach_database(db)
    qtbot.wait(20)  # a widget of the new pages shown on its own would take the focus

    assert frame.size() == QSize(700, 500)
    assert vacancy_titles(frame) == ["Backend developer", "Planner"]
    assert frame.current_view() == "home"
    assert frame.home.selected_vacancy_id() == planner  # type: ignore[union-attr]
    assert frame.isActiveWindow()
    assert frame.focusWidget() is not None and frame.home.isAncestorOf(  # type: ignore[union-attr]
        frame.focusWidget())


def test_closing_before_the_data_keeps_the_last_view_and_vacancy(
        frame: MainWindow, data_dir: Path) -> None:
    closed: list[bool] = []
    frame.closed.connect(lambda: closed.append(True))
    frame.settings.last_view = "home"
    frame.settings.last_vacancy_id = 7
    frame.resize(900, 600)
    frame.close()

    reread = Settings(data_dir)
    assert (reread.last_view, reread.last_vacancy_id) == ("home", 7)
    assert reread.geometry
    assert frame.was_closed and closed == [True]


def test_switching_language_before_the_data_is_attached(frame: MainWindow) -> None:
    frame.apply_language("en")
    assert frame.loading is not None
    assert frame.loading.label.text() == "Opening your data…"
    assert frame.current_view() == "loading"


def test_back_from_another_window_the_lists_show_what_was_done_there(
        qtbot: Any, main_window: Any, db: Database) -> None:
    """A decision or a stage reached in an interview window or a panel discussion shows
    in the home view when the user comes back to it (the live updates follow only
    other programs)."""
    from PySide6.QtWidgets import QWidget

    from tests.ui.conftest import Records

    class Elsewhere(QWidget):
        """Stands for an interview window: on the same database, following changes."""

        def __init__(self) -> None:
            super().__init__()
            self.db = main_window.db

        def show_changes_by_others(self) -> None:
            pass

    main_window.show_view("home")
    before = main_window.home.sidebar.vacancies.model.rowCount()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    other = Elsewhere()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not main_window.isActiveWindow())
    Records(db).vacancy("Gedaan in het andere venster")
    other.close()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.home.sidebar.vacancies.model.rowCount() == before + 1)
