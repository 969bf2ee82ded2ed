"""The full integrity check in the background: damage it finds is told to the user at
once, and the next start checks the whole file first and offers the newest good backup."""

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from interviewdesk import app
from interviewdesk.store.paths import database_path
from interviewdesk.store.startup import close_store, open_store
from interviewdesk.ui import startup_dialogs
from interviewdesk.ui.full_check import BackgroundFullCheck
from interviewdesk.ui.settings import Settings
from interviewdesk.ui.startup_dialogs import DamagedChoice


def make_database(data_dir: Path) -> Path:
    """A database closed the way the app closes it (so with a good backup)."""
    database = open_store(data_dir)
    close_store(database, data_dir)
    return database_path(data_dir)


def damage_an_index(path: Path) -> None:
    """An index that disagrees with its table: the quick check at start misses it."""
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE probe (a INTEGER, b INTEGER)")
    raw.execute("CREATE INDEX probe_a ON probe (a)")
    raw.executemany("INSERT INTO probe VALUES (?, ?)", [(n, -n) for n in range(50)])
    raw.commit()
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX probe_a ON probe (b)' "
                "WHERE name = 'probe_a'")
    raw.commit()
    raw.close()


def test_damage_found_in_the_background_is_told_and_remembered(
        qtbot: Any, english: None, data_dir: Path, messages: Any) -> None:
    path = make_database(data_dir)
    damage_an_index(path)
    window = QWidget()
    qtbot.addWidget(window)
    settings = Settings(data_dir)
    check = BackgroundFullCheck(path, settings, window, start_after_ms=0)

    with qtbot.waitSignal(check.finished, timeout=30_000) as finished:
        check.start()
    check.stop()

    assert not finished.args[0].ok
    assert messages.names() == ["error"]
    shown = messages.texts("error")[0]
    assert "damage" in shown and "start it again" in shown
    assert "probe_a" in shown  # SQLite's finding, in the details
    assert Settings(data_dir).full_check_due  # on disk: the next start checks it all


def test_a_whole_file_is_checked_without_a_word(
        qtbot: Any, english: None, data_dir: Path, messages: Any) -> None:
    path = make_database(data_dir)
    window = QWidget()
    qtbot.addWidget(window)
    check = BackgroundFullCheck(path, Settings(data_dir), window, start_after_ms=0)

    with qtbot.waitSignal(check.finished, timeout=30_000) as finished:
        check.start()
    check.stop()

    assert finished.args[0].ok
    assert messages.calls == []
    assert not Settings(data_dir).full_check_due


def test_closing_before_the_check_started_never_runs_it(
        qtbot: Any, data_dir: Path, messages: Any) -> None:
    path = make_database(data_dir)
    damage_an_index(path)
    window = QWidget()
    qtbot.addWidget(window)
    check = BackgroundFullCheck(path, Settings(data_dir), window, start_after_ms=50)
    reports: list[object] = []
    check.finished.connect(reports.append)

    check.start()
    check.stop()  # the app closed within the delay
    qtbot.wait(200)

    assert reports == [] and messages.calls == []


def test_the_next_start_checks_the_whole_file_and_offers_the_backup(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_database(data_dir)
    damage_an_index(path)
    settings = Settings(data_dir)
    settings.full_check_due = True
    settings.sync()
    asked: list[tuple[Any, ...]] = []

    def ask(*args: Any, **kwargs: Any) -> DamagedChoice:
        asked.append(args)
        return DamagedChoice.QUIT

    monkeypatch.setattr(startup_dialogs, "ask_damaged_database", ask)

    assert app.main(["--data-dir", str(data_dir)]) == 1

    assert len(asked) == 1 and asked[0][0] == path
    assert any("probe_a" in problem for problem in asked[0][1])
    assert Settings(data_dir).full_check_due  # still due: nothing was restored


def test_a_whole_file_clears_the_full_check_at_the_next_start(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_database(data_dir)
    settings = Settings(data_dir)
    settings.full_check_due = True
    settings.sync()
    started: list[object] = []
    monkeypatch.setattr(app, "run_event_loop", lambda _app, window: 0)
    monkeypatch.setattr(app, "start_full_check",
                        lambda db, _settings, _window: started.append(db.path))

    assert app.main(["--data-dir", str(data_dir)]) == 0

    assert not Settings(data_dir).full_check_due
    assert started == [database_path(data_dir)]  # and the background one was started
