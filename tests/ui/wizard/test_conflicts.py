"""Two editors on one interview: a note saved by someone else while the interviewer
typed it is shown beside theirs in the interview window, and the choice is saved;
their text is never overwritten unseen, and the other notes keep saving."""

from collections.abc import Iterator
from typing import Any

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import InterviewEdit, StageEdit
from interviewdesk.store.interview_records import apply_changes, load_seen
from interviewdesk.ui.conflict_dialog import ConflictDialog
from tests.ui.modal import when_modal


@pytest.fixture
def someone_else(db: Database, example: ExampleIds) -> Iterator[Any]:
    """Another window (its own engine on the same file) saving an edit of its own."""
    other = Database(db.path)
    seen = load_seen(other, example.interview_id)

    def save(*edits: Any) -> None:
        saved = apply_changes(other, example.interview_id, list(edits), seen)
        assert saved.conflicts == ()
        seen.update(saved.seen)

    yield save
    other.close()


def test_the_interviewer_chooses_and_nothing_else_is_lost(
        open_window: Any, qtbot: Any, type_into: Any, stored: Any,
        someone_else: Any) -> None:
    window = open_window()
    notes = window.pages["preparation"].notes
    type_into(notes, "Mijn voorbereiding")
    window.autosaver.edit(InterviewEdit(next_steps="Referenties bellen"))
    someone_else(StageEdit("preparation", notes="Voorbereiding van Aysel"))

    shown: list[ConflictDialog] = []

    def keep_mine(dialog: ConflictDialog) -> None:
        shown.append(dialog)
        # Behind the dialog, the status bar does not claim that everything was saved.
        assert window.save_status.state.text().endswith(
            ", except one text that waits for your choice")
        assert dialog.theirs.toPlainText() == "Voorbereiding van Aysel"
        assert dialog.mine.toPlainText() == "Mijn voorbereiding"
        assert dialog.intro.text().startswith(
            "Another window saved the notes on the stage “Preparation” while you were editing "
            "here.")
        dialog.keep_mine.click()

    with qtbot.waitSignal(window.autosaver.conflicted, timeout=3000):
        when_modal(ConflictDialog, keep_mine)
        assert window.autosaver.flush()
    assert stored().stage("preparation").notes == "Voorbereiding van Aysel"  # not overwritten
    assert stored().next_steps == "Referenties bellen"  # the rest was saved
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    qtbot.waitUntil(lambda: stored().stage("preparation").notes == "Mijn voorbereiding",
                    timeout=3000)
    assert notes.toPlainText() == "Mijn voorbereiding"
    assert not window.autosaver.conflicts
    assert "except" not in window.save_status.state.text()


def test_keeping_theirs_shows_theirs_in_the_field(
        open_window: Any, qtbot: Any, type_into: Any, stored: Any,
        someone_else: Any) -> None:
    window = open_window()
    notes = window.pages["preparation"].notes
    type_into(notes, "Mijn tekst")
    someone_else(StageEdit("preparation", notes="Hun tekst"))
    script = when_modal(ConflictDialog, lambda dialog: dialog.keep_theirs.click())
    window.autosaver.flush()
    qtbot.waitUntil(lambda: bool(script.seen), timeout=3000)
    qtbot.waitUntil(lambda: notes.toPlainText() == "Hun tekst", timeout=3000)
    assert window.context.session.stage("preparation").notes == "Hun tekst"
    window.autosaver.flush()
    assert stored().stage("preparation").notes == "Hun tekst"
    assert not window.autosaver.pending


def test_closing_the_window_asks_first_and_saves_the_merge(
        open_window: Any, qtbot: Any, type_into: Any, stored: Any,
        someone_else: Any) -> None:
    window = open_window()
    window.go_to("closing")
    remarks = window.pages["closing"].section.remarks
    type_into(remarks, "Vond de ontvangst prettig.")
    someone_else(InterviewEdit(candidate_remarks="Parkeren was lastig."))
    script = when_modal(ConflictDialog, lambda dialog: dialog.save_merged.click())
    window.close()
    assert script.seen, "the window asked before closing"
    assert script.seen[0].intro.text().startswith(
        "Another window saved the candidate's remarks about the process while")
    assert not window.isVisible()
    assert stored().candidate_remarks == "Parkeren was lastig.\n\nVond de ontvangst prettig."
