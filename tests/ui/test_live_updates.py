"""Lists follow what someone else changed (ui/live_updates.py, ui/quiet_refresh.py):
another process on the same SQLite file, or another laptop on the team server. The
change shows within the poll interval, and the user's place is kept."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from interviewdesk.store.change_watch import Poll
from interviewdesk.store.database import Database, make_engine_for_url
from interviewdesk.ui import live_updates
from tests.ui.conftest import Records

#: Poll quickly in tests; the app asks every two seconds.
TEST_POLL_MS = 50
#: Within this the change must show (a server's notification crosses a loaded machine).
#: Generous: a reload that took long on a busy machine makes the next wait ten times
#: as long (live_updates.QUIET_FACTOR); waitUntil returns as soon as it holds.
WAIT_MS = 40_000


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_updates, "POLL_MS", TEST_POLL_MS)


@pytest.fixture
def shared(store_db: Database) -> Database:
    """The window's database: a SQLite file, or a team server."""
    return store_db


@pytest.fixture
def other(shared: Database) -> Iterator[Database]:
    """Someone else on the same database: another process, another laptop."""
    if shared.is_sqlite:
        second = Database(shared.path)
    else:
        second = Database(shared.path, make_engine_for_url(
            shared.engine.url.render_as_string(hide_password=False)))
    yield second
    second.close()


@pytest.fixture
def window(qtbot: Any, english: None, shared: Database, data_dir: Path,
           settings: Any) -> Iterator[Any]:
    from interviewdesk.app import create_main_window

    main = create_main_window(shared, data_dir, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.live_updates.watcher is not None, timeout=WAIT_MS)
    _until_listening(qtbot, main)
    yield main
    # As the app does: the window is gone before the database closes (one left
    # behind would reload from a closed database at the next language change).
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _until_listening(qtbot: Any, main: Any) -> None:
    """A server's watch hears nothing before its LISTEN is in place."""
    watcher = main.live_updates.watcher
    if hasattr(watcher, "listening_backend"):
        qtbot.waitUntil(lambda: watcher.listening_backend is not None, timeout=WAIT_MS)


def _candidates(main: Any) -> list[str]:
    return [row.name for row in main.home.detail.candidates.model.rows()]


def test_a_candidate_added_elsewhere_shows_and_the_selection_stays(
        qtbot: Any, window: Any, shared: Database, other: Database) -> None:
    mine = Records(shared)
    theirs = Records(other)
    vacancy = mine.vacancy("Verpleegkundige")
    mine.vacancy("Apotheker")
    anna = mine.candidate("Anna de Wit", vacancy)
    mine.candidate("Bram Smit", vacancy)
    window.home.refresh()
    window.show_view("home")
    assert window.home.select_candidate(vacancy, anna)
    window.search_field.setFocus()
    window.search_field.setText("")

    theirs.candidate("Aaron Aalders", vacancy)  # sorts above the selected row
    theirs.vacancy("Fysiotherapeut")
    qtbot.waitUntil(lambda: "Aaron Aalders" in _candidates(window), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.home.sidebar.vacancies.model.rowCount() == 3,
                    timeout=WAIT_MS)
    assert window.home.selected_vacancy_id() == vacancy
    assert window.home.selected_candidate_id() == anna
    assert window.home.detail.tabs.tabText(0) == "Candidates (3)"
    assert window.focusWidget() is window.search_field


def test_our_own_save_is_not_reloaded_again(qtbot: Any, window: Any, shared: Database,
                                            other: Database) -> None:
    if not shared.is_sqlite:
        pytest.skip("on a server the store test covers it (notifications arrive later)")
    reloads: list[int] = []
    window.live_updates.changed.connect(lambda: reloads.append(1))
    window.live_updates.timer.stop()  # asked by hand below, at known moments
    Records(shared).vacancy("Verpleegkundige")
    window.live_updates.check()
    assert reloads == []
    Records(other).vacancy("Apotheker")
    window.live_updates.check()
    assert reloads == [1]


def test_the_scroll_position_and_search_are_kept(qtbot: Any, window: Any, shared: Database,
                                                 other: Database) -> None:
    mine = Records(shared)
    for number in range(80):
        mine.vacancy(f"Vacature {number:02d}")
    window.home.refresh()
    window.show_view("home")
    window.resize(1280, 700)
    view = window.home.sidebar.vacancies.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    place = view.verticalScrollBar().value()
    assert place > 0

    Records(other).vacancy("Vacature 99")
    qtbot.waitUntil(lambda: window.home.sidebar.vacancies.model.rowCount() == 81,
                    timeout=WAIT_MS)
    assert view.verticalScrollBar().value() == place

    window.search_field.setText("Vacature 1")
    window.home.search_now("Vacature 1")
    results = window.home.sidebar.results
    results.select_row(3)
    chosen = results.model.row_at(3)
    Records(other).vacancy("Vacature 1a")  # found by the same search, sorted first
    qtbot.waitUntil(lambda: any(row.name == "Vacature 1a" for row in results.model.rows()),
                    timeout=WAIT_MS)
    assert window.search_field.text() == "Vacature 1"
    assert results.model.row_at(results.current_row()) == chosen


def test_nothing_is_reloaded_while_a_dialog_is_open(qtbot: Any, window: Any,
                                                    other: Database) -> None:
    reloads: list[int] = []
    window.live_updates.changed.connect(lambda: reloads.append(1))
    window.show_view("home")
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    Records(other).vacancy("Apotheker")
    watcher = window.live_updates.watcher
    if hasattr(watcher, "listening_backend"):  # heard by the listening thread
        qtbot.waitUntil(watcher._changed.is_set, timeout=WAIT_MS)
    for _ in range(3):
        window.live_updates.check()  # as the timer does: not now
    assert reloads == []
    dialog.reject()
    qtbot.waitUntil(lambda: reloads == [1], timeout=WAIT_MS)
    assert window.home.sidebar.vacancies.model.rowCount() == 1


class FlakyServer:
    """A watch whose server goes away for a while."""

    def __init__(self) -> None:
        self.answers = [Poll(changed=False)]

    def poll(self) -> Poll:
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    def close(self) -> None:
        pass


def test_a_server_that_goes_away_gets_one_quiet_line_and_comes_back(
        qtbot: Any, window: Any, messages: Any) -> None:
    window.live_updates.stop()
    flaky = FlakyServer()
    updates = live_updates.LiveUpdates(None, window, watcher=flaky)
    updates.changed.connect(window.show_changes_by_others)
    updates.reachable_changed.connect(window._database_reachable)
    reloads: list[int] = []
    updates.changed.connect(lambda: reloads.append(1))
    flaky.answers = [Poll(changed=False, reachable=False)]
    label = window.unreachable_label
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    qtbot.wait(TEST_POLL_MS * 5)  # several polls while away: still one line, no dialog
    assert label.isVisible() and messages.calls == [] and reloads == []
    flaky.answers = [Poll(changed=True, reachable=True), Poll(changed=False)]
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: reloads == [1], timeout=WAIT_MS)
    assert messages.calls == []
    updates.stop()


def test_the_command_line_in_another_process_shows_in_the_window(
        qtbot: Any, english: None, data_dir: Path, settings: Any) -> None:
    """Another process on the same file: ``interviewdesk demo`` loads the example
    while the window is open on the folder, and the window's lists follow."""
    import subprocess
    import sys

    from interviewdesk.app import create_main_window
    from interviewdesk.store.startup import open_store

    db = open_store(data_dir)
    main = create_main_window(db, data_dir, settings)
    main.show()
    qtbot.waitUntil(lambda: main.live_updates.watcher is not None, timeout=WAIT_MS)
    try:
        main.show_view("home")
        main.search_field.setFocus()
        assert main.home.sidebar.vacancies.model.rowCount() == 0
        done = subprocess.run([sys.executable, "-m", "interviewdesk", "demo",
                               "--data-dir", str(data_dir)],
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: main.home.sidebar.vacancies.model.rowCount() == 1,
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: main.home.sidebar.follow_up.model.rowCount() > 0,
                        timeout=WAIT_MS)
        assert main.focusWidget() is main.search_field
    finally:
        main.close()
        main.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()


def test_column_widths_the_user_set_are_kept(qtbot: Any, window: Any, shared: Database,
                                             other: Database) -> None:
    mine = Records(shared)
    vacancy = mine.vacancy("Verpleegkundige")
    mine.candidate("Anna de Wit", vacancy)
    window.home.refresh()
    window.show_view("home")
    window.home.select_vacancy(vacancy)
    header = window.home.detail.candidates.table.horizontalHeader()
    header.resizeSection(0, 333)
    Records(other).candidate("Maximiliaan van Oldenbarnevelt-Rijckevorsel", vacancy)
    qtbot.waitUntil(lambda: len(_candidates(window)) == 2, timeout=WAIT_MS)
    assert header.sectionSize(0) == 333


def test_a_row_is_known_by_its_ids_not_its_texts() -> None:
    from interviewdesk.store.queries import VacancyRow
    from interviewdesk.ui.quiet_refresh import row_key

    fields = VacancyRow.__dataclass_fields__
    values = {name: None for name in fields}
    before = VacancyRow(**{**values, "id": 7, "title": "Apotheker"})
    after = VacancyRow(**{**values, "id": 7, "title": "Apotheker (m/v)"})
    assert row_key(before) == row_key(after)
    assert row_key(before) != row_key(VacancyRow(**{**values, "id": 8}))
    assert row_key("not a row") is None
