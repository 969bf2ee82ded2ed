"""The follow-up is read on a worker thread (ui/home/view.py, ui/latest_read.py): the
window answers while it is read, a newer refresh supersedes an older reading, the
user's selection and scrolling in the list are kept when the result arrives, and a
reading that fails leaves the list marked as not up to date."""

import itertools
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store import assessments
from interviewdesk.store.database import Database
from interviewdesk.store.models import Candidate
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.main_window import MainWindow

#: How long the patched reading takes: long enough to see the window answer meanwhile.
SLOW_SECONDS = 0.6


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def home(main_window: MainWindow, example: ExampleIds, qtbot: Any) -> HomeView:
    main_window.show_view("home")
    main_window.home.refresh()
    qtbot.waitUntil(lambda: not main_window.home.follow_up_pending())
    return main_window.home


class SlowFollowUp:
    """``follow_up`` that waits on the worker thread first (and can be made to fail)."""

    def __init__(self) -> None:
        self.real = assessments.follow_up
        self.threads: list[str] = []
        self.fail = False

    def __call__(self, db: Database) -> Any:
        self.threads.append(threading.current_thread().name)
        time.sleep(SLOW_SECONDS)
        if self.fail:
            raise OperationalError("SELECT", {}, Exception("server closed the connection"))
        return self.real(db)


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> SlowFollowUp:
    reading = SlowFollowUp()
    monkeypatch.setattr(assessments, "follow_up", reading)
    return reading


def names(home: HomeView) -> list[str]:
    model = home.sidebar.follow_up.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_window_answers_while_the_follow_up_is_read(
        home: HomeView, slow: SlowFollowUp, qtbot: Any) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    home.refresh()
    qtbot.waitUntil(lambda: not home.follow_up_pending(), timeout=10_000)
    timer.stop()
    assert slow.threads == ["interviewdesk-follow-up"]  # not the GUI thread
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < SLOW_SECONDS / 2


def test_a_newer_refresh_supersedes_the_reading_under_way(
        home: HomeView, slow: SlowFollowUp, db: Database, example: ExampleIds,
        qtbot: Any) -> None:
    before = names(home)
    loaded: list[int] = []
    home.follow_up_loaded.connect(lambda: loaded.append(1))
    home.refresh()
    qtbot.waitUntil(lambda: len(slow.threads) == 1)
    # Meanwhile every candidate is renamed elsewhere; a newer refresh is asked.
    with db.session() as session:
        session.exec(update(Candidate).values(name="Zeger Zonneveld"))  # type: ignore[call-overload]
    home.refresh()
    qtbot.waitUntil(lambda: not home.follow_up_pending(), timeout=10_000)
    assert len(slow.threads) == 2 and loaded == [1]  # the older result was never shown
    after = names(home)
    assert len(after) == len(before) and all("Zeger Zonneveld" in name for name in after)


def test_the_selected_row_and_the_focus_stay_when_the_reading_arrives(
        home: HomeView, slow: SlowFollowUp, qtbot: Any) -> None:
    section = home.sidebar.follow_up
    assert section.model.rowCount() >= 2
    section.view.setCurrentIndex(section.model.index(1, 0))
    section.view.setFocus()
    chosen = section.selected()
    home.refresh()
    qtbot.waitUntil(lambda: not home.follow_up_pending(), timeout=10_000)
    assert section.selected() == chosen
    assert home.window().focusWidget() is section.view


def test_a_failed_reading_marks_the_list_as_not_up_to_date(
        home: HomeView, slow: SlowFollowUp, messages: Any, qtbot: Any) -> None:
    before = names(home)
    section = home.sidebar.follow_up
    slow.fail = True
    home.refresh()
    qtbot.waitUntil(lambda: not home.follow_up_pending(), timeout=10_000)
    assert section.out_of_date.isVisible() and "Not up to date" in section.out_of_date.text()
    assert names(home) == before and messages.calls == []  # quiet: no dialog
    slow.fail = False
    home.refresh()
    qtbot.waitUntil(lambda: not home.follow_up_pending(), timeout=10_000)
    assert not section.out_of_date.isVisible()


def test_reading_it_in_place_drops_the_reading_under_way(
        home: HomeView, slow: SlowFollowUp, qtbot: Any) -> None:
    """``load_follow_up`` (on this thread) is newer than a reading under way."""
    loaded: list[int] = []
    home.refresh()
    qtbot.waitUntil(lambda: len(slow.threads) == 1)
    home.load_follow_up()
    shown = names(home)
    home.follow_up_loaded.connect(lambda: loaded.append(1))
    home._follow_up_reading.wait()
    qtbot.wait(100)
    assert loaded == [] and names(home) == shown
