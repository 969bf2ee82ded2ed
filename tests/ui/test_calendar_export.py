"""Interview ▸ Calendar file (.ics): follows the selection, saves a private file that
parses, and a file that cannot be written is a clear message."""

import stat
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from interviewdesk.example.database import load_example
from interviewdesk.store.database import Database
from interviewdesk.ui import calendar_export
from interviewdesk.ui.main_window import MainWindow


def test_the_menu_saves_the_selected_interviews_calendar_file(
        main_window: MainWindow, db: Database, tmp_path: Path, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    action = main_window.calendar_action
    assert action in main_window.interview_menu.actions()
    assert action.text() == "Calendar file (.&ics)…"
    assert not action.isEnabled()
    ids = load_example(db)
    main_window.home.refresh()
    main_window.show_view("home")
    main_window.home.select_vacancy(ids.vacancy_id)
    main_window.home.detail.select_interview(ids.interview_id)
    assert action.isEnabled()

    asked: list[str] = []
    target = tmp_path / "gesprek.ics"

    def choose(_parent: Any, suggested: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(calendar_export, "ask_ics_path", choose)
    action.trigger()
    assert asked and asked[0].startswith("Interview ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    [event, *_rest] = [c for c in Calendar.from_ical(target.read_bytes()).walk()
                       if c.name == "VEVENT"]
    assert str(event.decoded("dtstart").tzinfo) == "Europe/Amsterdam"
    assert "Calendar file saved" in main_window.statusBar().currentMessage()
    assert messages.names() == []

    target = tmp_path / "missing" / "gesprek.ics"
    action.trigger()
    assert messages.names() == ["error"]
    assert "could not be written" in messages.texts("error")[0]
    assert not target.exists()
