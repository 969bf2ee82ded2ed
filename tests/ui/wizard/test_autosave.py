"""Nothing typed is lost: the autosaver's timing and batching, saving on close, and
what happens when the database cannot be written."""

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from interviewdesk.store import interview_records
from interviewdesk.store.interview_edits import (
    AnswerEdit,
    InterviewEdit,
    StageEdit,
    WizardEdit,
    record_key,
)
from interviewdesk.ui.wizard.autosave import DELAY_MS, Autosaver


class Writes:
    """Records every batch written, and can fail a number of times first."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, failures: int = 0) -> None:
        self.batches: list[list[WizardEdit]] = []
        self.failures = failures
        self.attempts = 0
        real = interview_records.apply_changes

        def apply(db: Any, interview_id: int, changes: list[Any], seen: Any = None) -> Any:
            self.attempts += 1
            if self.failures:
                self.failures -= 1
                raise OperationalError("UPDATE", {}, Exception("database is locked"))
            saved = real(db, interview_id, changes, seen)
            self.batches.append(list(changes))
            return saved

        monkeypatch.setattr(interview_records, "apply_changes", apply)


@pytest.fixture
def saver(qtbot: Any, db: Any, example: Any) -> Autosaver:
    return Autosaver(db, example.interview_id, delay_ms=DELAY_MS, retry_ms=50)


def test_the_latest_value_of_each_field_is_written_in_one_batch(
        saver: Autosaver, monkeypatch: pytest.MonkeyPatch, stored: Any) -> None:
    writes = Writes(monkeypatch)
    for text in ("S", "Sa", "San"):
        saver.edit(StageEdit("opening", notes=text))
    saver.edit(InterviewEdit(next_steps="Bellen"))
    assert saver.pending
    assert saver.flush()
    assert not saver.pending
    assert len(writes.batches) == 1
    assert writes.batches[0] == [StageEdit("opening", notes="San"),
                                 InterviewEdit(next_steps="Bellen")]
    assert stored().stage("opening").notes == "San"
    assert saver.flush() and len(writes.batches) == 1  # nothing pending, nothing written


def test_ticks_are_merged(saver: Autosaver, stored: Any) -> None:
    saver.tick("closing", "next_steps", True)
    saver.tick("closing", "thank_candidate", True)
    saver.flush()
    saver.tick("closing", "next_steps", False)
    saver.flush()
    assert stored().stage("closing").checklist == {"next_steps": False,
                                                   "thank_candidate": True}


def test_the_timer_is_not_restarted_by_each_keystroke(saver: Autosaver, qtbot: Any,
                                                      stored: Any) -> None:
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    saver.edit(StageEdit("skills", notes="a"))
    clock.start()
    first = saver._timer.remainingTime()
    assert 0 < first <= DELAY_MS
    qtbot.wait(300)
    waited = clock.elapsed()
    if not saver._timer.isActive():  # a machine so busy that the write came first:
        assert waited >= first  # then only because the delay had passed
    saver.edit(StageEdit("skills", notes="ab"))  # typing on …
    if waited < first:  # … does not push the write back
        assert saver._timer.remainingTime() <= first - (waited - 50)
    # Generous: waitUntil returns as soon as it holds, and a busy machine needs room.
    qtbot.waitUntil(lambda: stored().stage("skills").notes == "ab", timeout=5000)


def test_saved_within_a_second_without_doing_anything(saver: Autosaver, qtbot: Any,
                                                      stored: Any) -> None:
    with qtbot.waitSignal(saver.saved, timeout=1500):  # 0.7 s, with room for a busy machine
        saver.edit(AnswerEdit(stored().questions[0].id, notes="Goed antwoord"))
    assert stored().answer(stored().questions[0].id).notes == "Goed antwoord"


def test_a_failed_write_keeps_the_changes_and_retries(
        saver: Autosaver, qtbot: Any, monkeypatch: pytest.MonkeyPatch, stored: Any) -> None:
    writes = Writes(monkeypatch, failures=2)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    saver.edit(StageEdit("opening", notes="Eerste zin"))
    saver.tick("opening", "introduce_panel", True)
    assert not saver.flush()
    assert saver.pending and saver.failing
    assert "database is locked" in failures[0]
    saver.edit(StageEdit("opening", notes="Eerste zin, tweede"))  # typing goes on
    saver.tick("opening", "explain_format", True)
    with qtbot.waitSignal(saver.recovered, timeout=2000):
        pass
    assert writes.attempts == 3
    assert len(failures) == 1  # told once, not at every retry
    assert not saver.pending and not saver.failing
    record = stored().stage("opening")
    assert record.notes == "Eerste zin, tweede"
    assert record.checklist == {"introduce_panel": True, "explain_format": True}


def test_discarded_changes_are_not_written(saver: Autosaver, stored: Any) -> None:
    saver.edit(StageEdit("opening", notes="weg"))
    saver.discard(record_key(StageEdit, "opening"))
    assert not saver.pending
    saver.flush()
    assert stored().stage("opening").notes == ""


# -- through the window ------------------------------------------------------------------


def test_typing_in_the_window_is_saved_without_asking(open_window: Any, qtbot: Any,
                                                      type_into: Any, stored: Any) -> None:
    window = open_window()
    type_into(window.pages["preparation"].notes, "Zonder op te slaan")
    assert window.save_status.state.text() == "Saving…"
    qtbot.waitUntil(lambda: stored().stage("preparation").notes == "Zonder op te slaan",
                    timeout=1500)
    assert window.save_status.state.text().startswith("Saved ")


def test_closing_saves_what_was_just_typed(open_window: Any, type_into: Any,
                                           stored: Any) -> None:
    window = open_window()
    window.go_to("skills")
    card = next(iter(window.pages["skills"].questions.cards.values()))
    type_into(card.notes, "Laatste woorden")
    window.close()
    assert not window.isVisible()
    assert stored().answer(card.question.id).notes == "Laatste woorden"


def test_a_failing_write_keeps_the_text_and_tells_once(
        open_window: Any, qtbot: Any, type_into: Any, stored: Any,
        monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    window = open_window()
    window.autosaver.retry_ms = 200
    writes = Writes(monkeypatch, failures=2)
    notes = window.pages["preparation"].notes
    type_into(notes, "Belangrijk")
    qtbot.waitUntil(lambda: window.autosaver.failing, timeout=1500)
    assert window.save_status.problem.isVisible()
    assert "could not be saved" in window.save_status.problem.text()
    assert window.save_status.state.text() == "Not saved yet"
    assert messages.calls == []  # no dialog in the middle of an interview
    type_into(notes, " blijft")
    assert notes.toPlainText() == "Belangrijk blijft"
    qtbot.waitUntil(lambda: not window.autosaver.failing, timeout=2000)
    assert writes.attempts == 3
    assert not window.save_status.problem.isVisible()
    assert window.save_status.state.text().startswith("Saved ")
    assert stored().stage("preparation").notes == "Belangrijk blijft"


def test_closing_when_the_write_fails_keeps_the_window_open(
        open_window: Any, type_into: Any, stored: Any, monkeypatch: pytest.MonkeyPatch,
        messages: Any) -> None:
    window = open_window()
    window.autosaver.retry_ms = 60_000
    type_into(window.pages["preparation"].notes, "Niet kwijtraken")
    Writes(monkeypatch, failures=1)
    window.close()
    assert window.isVisible()
    assert messages.names() == ["error"]
    assert "stays open" in messages.texts("error")[0]
    assert window.pages["preparation"].notes.toPlainText() == "Niet kwijtraken"
    window.close()  # the database is writable again
    assert not window.isVisible()
    assert stored().stage("preparation").notes == "Niet kwijtraken"
