"""The one save-status line of the interview window and the assessment form: every
state a user can meet (all saved, saving, saved, failing and retrying, refused for
good), in each window's words, and in Dutch."""

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from interviewdesk.ui.pending_writes import PendingWrites
from interviewdesk.ui.save_status import SaveStatus


class Failing(PendingWrites):
    """A write that fails ``failures`` times, then works; records each batch."""

    def __init__(self, failures: int = 0) -> None:
        super().__init__(None, delay_ms=10, retry_ms=30)
        self.failures = failures
        self.batches: list[dict[Any, Any]] = []

    def add(self, key: str, value: str) -> None:
        self._pending[key] = value
        self._schedule()

    def write(self, batch: dict[Any, Any]) -> None:
        if self.failures:
            self.failures -= 1
            raise OSError("disk full")
        self.batches.append(dict(batch))


@pytest.fixture
def window(qtbot: Any, english: None) -> Iterator[QMainWindow]:
    shown = QMainWindow()
    qtbot.addWidget(shown)
    shown.show()
    yield shown


@pytest.mark.parametrize(("subject", "at_rest", "problem"), [
    ("notes", "All notes saved", "Your latest notes could not be saved yet"),
    ("form", "All changes saved", "Your latest changes to the form could not be saved yet"),
])
def test_every_state_in_the_windows_words(qtbot: Any, window: QMainWindow, subject: Any,
                                          at_rest: str, problem: str) -> None:
    saver = Failing(failures=2)
    status = SaveStatus(saver, window.statusBar(), subject)
    assert status.state.text() == at_rest
    assert not status.problem.isVisible()
    saver.add("notes", "Eerste")
    assert status.state.text() == "Saving…"
    qtbot.waitUntil(lambda: saver.failing, timeout=1000)
    assert status.state.text() == "Not saved yet"
    assert status.problem.isVisible()
    assert status.problem.text().startswith(problem)
    assert "tried again" in status.problem.text()
    qtbot.waitUntil(lambda: not saver.failing, timeout=2000)
    assert not status.problem.isVisible()
    assert status.state.text() == f"Saved {saver.last_saved:%H:%M:%S}"
    assert saver.batches == [{"notes": "Eerste"}]
    status.settle("Submitted")
    assert status.state.text() == "Submitted"
    status.show_all_saved()
    assert status.state.text() == at_rest


def test_settling_hides_a_problem(qtbot: Any, window: QMainWindow) -> None:
    saver = Failing(failures=100)
    status = SaveStatus(saver, window.statusBar(), "form")
    saver.add("notes", "weg")
    qtbot.waitUntil(lambda: saver.failing, timeout=1000)
    status.settle("Submitted")
    assert not status.problem.isVisible()
    assert status.state.text() == "Submitted"


def test_the_states_read_in_dutch(qtbot: Any, window: QMainWindow) -> None:
    from interviewdesk.ui.i18n import install_language

    install_language("nl")
    saver = Failing(failures=1)
    notes = SaveStatus(saver, window.statusBar(), "notes")
    form = SaveStatus(Failing(), window.statusBar(), "form")
    assert notes.state.text() == "Alle notities opgeslagen"
    assert form.state.text() == "Alle wijzigingen opgeslagen"
    saver.add("notes", "x")
    assert notes.state.text() == "Opslaan…"
    qtbot.waitUntil(lambda: saver.failing, timeout=1000)
    assert notes.state.text() == "Nog niet opgeslagen"
    assert "notities" in notes.problem.text()
    notes._saved(datetime(2026, 12, 3, 10, 42, 13))
    assert notes.state.text() == "Opgeslagen 10:42:13"
