"""The interview window and the assessment form follow what someone else saves of
them — another laptop on the team server, another process on the same file — through
the main window's live updates: a text the user is not typing in shows theirs; one
they are typing in stays as typed, and its save asks (the conflict dialog), never a
silent overwrite either way. Run on SQLite and on PostgreSQL."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import (
    AssessmentEdit,
    FormEdit,
    RatingEdit,
    load_form,
    save_form,
    submit_form,
)
from interviewdesk.store.database import Database, make_engine_for_url
from interviewdesk.store.interview_edits import AnswerEdit, StageEdit
from interviewdesk.store.interview_records import apply_changes, load_seen, load_session
from interviewdesk.ui import live_updates
from interviewdesk.ui.conflict_dialog import ConflictDialog
from tests.ui.modal import when_modal
from tests.ui.wizard.conftest import send_keys

WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_updates, "POLL_MS", 50)


@pytest.fixture
def shared(store_db: Database) -> Database:
    return store_db


@pytest.fixture
def other(shared: Database) -> Iterator[Database]:
    """The colleague's laptop (a server) or another process (the same file)."""
    if shared.is_sqlite:
        second = Database(shared.path)
    else:
        second = Database(shared.path, make_engine_for_url(
            shared.engine.url.render_as_string(hide_password=False)))
    yield second
    second.close()


@pytest.fixture
def planned(shared: Database) -> ExampleIds:
    return load_example(shared)


@pytest.fixture
def main(qtbot: Any, english: None, shared: Database, planned: ExampleIds, data_dir: Path,
         settings: Any) -> Iterator[Any]:
    from interviewdesk.app import create_main_window

    window = create_main_window(shared, data_dir, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.live_updates.watcher is not None, timeout=WAIT_MS)
    watcher = window.live_updates.watcher
    if hasattr(watcher, "listening_backend"):
        qtbot.waitUntil(lambda: watcher.listening_backend is not None, timeout=WAIT_MS)
    yield window
    # A test that failed halfway may leave a conflict open: closing would ask about it.
    if any(getattr(getattr(shown, "autosaver", None), "conflicts", None)
           for shown in window.windows_following_changes()):
        when_modal(ConflictDialog, lambda dialog: dialog.keep_mine.click(), times=5)
    window.close()  # closes (and saves) the interview and form windows first
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def save_notes(db: Database, interview_id: int, *edits: Any) -> None:
    """Someone else saves notes of the interview, based on what is stored now."""
    saved = apply_changes(db, interview_id, list(edits), load_seen(db, interview_id))
    assert saved.conflicts == ()


def save_form_elsewhere(db: Database, assessment_id: int, *edits: FormEdit) -> None:
    saved = save_form(db, assessment_id, list(edits), load_form(db, assessment_id).seen)
    assert saved.conflicts == ()


def test_notes_saved_elsewhere_show_where_the_interviewer_is_not_typing(
        qtbot: Any, main: Any, other: Database, shared: Database,
        planned: ExampleIds, messages: Any) -> None:
    interview = planned.interview_id
    window = main.open_interview(interview)
    assert window is not None
    window.go_to("preparation")
    notes = window.pages["preparation"].notes
    send_keys(notes, "Mijn voorbereiding")
    assert window.flush()
    question = window.context.session.questions[0]
    send_keys(notes, ", en meer")  # typed, not saved yet

    save_notes(other, interview, StageEdit("opening", notes="Opening door Aysel"),
               AnswerEdit(question.id, notes="Antwoord genoteerd door Aysel"),
               StageEdit("preparation", notes="Voorbereiding van Aysel"))
    qtbot.waitUntil(lambda: window.context.session.stage("opening").notes
                    == "Opening door Aysel", timeout=WAIT_MS)
    assert window.context.session.answer(question.id).notes == "Antwoord genoteerd door Aysel"
    window.go_to("opening")
    assert window.pages["opening"].notes.toPlainText() == "Opening door Aysel"
    assert notes.toPlainText() == "Mijn voorbereiding, en meer"  # what is typed stays

    # Its save meets Aysel's text: the conflict dialog, both versions, nothing lost.
    script = when_modal(ConflictDialog, lambda dialog: dialog.save_merged.click())
    window.flush()
    qtbot.waitUntil(lambda: bool(script.seen), timeout=WAIT_MS)
    assert script.seen[0].theirs.toPlainText() == "Voorbereiding van Aysel"
    assert script.seen[0].mine.toPlainText() == "Mijn voorbereiding, en meer"
    window.flush()
    assert load_session(shared, interview).stage("preparation").notes == (
        "Voorbereiding van Aysel\n\nMijn voorbereiding, en meer")
    # Typing on in the note that followed Aysel's saves without a question.
    opening = window.pages["opening"].notes
    opening.moveCursor(opening.textCursor().MoveOperation.End)
    send_keys(opening, " — aangevuld")
    assert window.flush() and not window.autosaver.conflicts
    assert load_session(shared, interview).stage("opening").notes == (
        "Opening door Aysel — aangevuld")
    assert messages.calls == []


def test_a_note_shown_in_the_focused_field_keeps_the_cursor(
        qtbot: Any, main: Any, other: Database, planned: ExampleIds) -> None:
    interview = planned.interview_id
    window = main.open_interview(interview)
    window.go_to("preparation")
    notes = window.pages["preparation"].notes
    send_keys(notes, "Eerste regel")
    assert window.flush()
    cursor = notes.textCursor()
    cursor.setPosition(6)
    notes.setTextCursor(cursor)
    save_notes(other, interview, StageEdit("preparation", notes="Eerste regel, tweede regel"))
    qtbot.waitUntil(lambda: notes.toPlainText() == "Eerste regel, tweede regel",
                    timeout=WAIT_MS)
    assert notes.hasFocus() and notes.textCursor().position() == 6
    send_keys(notes, "X")
    assert window.flush() and not window.autosaver.conflicts
    assert load_session(other, interview).stage("preparation").notes == (
        "EersteX regel, tweede regel")


def test_the_form_follows_its_other_copy_and_keeps_what_is_typed(
        qtbot: Any, main: Any, other: Database, shared: Database,
        planned: ExampleIds, messages: Any) -> None:
    interview = planned.waiting_interview_id
    member = planned.waiting_panel_member_ids[1]  # René, whose form is open
    window = main.open_assessment_form(interview, member)
    assert window is not None
    first, second = planned.competency_ids[:2]
    send_keys(window.summary.weaknesses, "Mijn twijfel")  # typed, not saved yet
    assessment = window.form.assessment_id
    save_form_elsewhere(other, assessment,
                        RatingEdit(first, score=2, evidence="Bewijs van de laptop"),
                        AssessmentEdit(strengths="Sterk volgens de laptop",
                                       weaknesses="Twijfel op de laptop",
                                       recommendation="no"))
    qtbot.waitUntil(lambda: window.summary.strengths.toPlainText()
                    == "Sterk volgens de laptop", timeout=WAIT_MS)
    assert window.rows[first].evidence.toPlainText() == "Bewijs van de laptop"
    assert window.rows[first].choice.choice == 2
    assert window.summary.recommendation.value == "no"
    assert window.summary.weaknesses.toPlainText() == "Mijn twijfel"  # kept as typed
    script = when_modal(ConflictDialog, lambda dialog: dialog.keep_mine.click())
    window.flush()
    qtbot.waitUntil(lambda: bool(script.seen), timeout=WAIT_MS)
    window.flush()
    assert load_form(shared, assessment).weaknesses == "Mijn twijfel"
    window.rows[second].choice.choose(4)
    assert window.flush() and load_form(shared, assessment).rating(second).score == 4

    # Submitted elsewhere: the form turns read-only, showing what was submitted.
    save_form_elsewhere(other, assessment, RatingEdit(second, evidence="Klaar"))
    for cid in planned.competency_ids:
        save_form_elsewhere(other, assessment, RatingEdit(cid, score=3))
    submit_form(other, assessment)
    qtbot.waitUntil(lambda: window.read_only, timeout=WAIT_MS)
    assert window.rows[second].evidence.toPlainText() == "Klaar"
    assert window.rows[second].choice.choice == 3
    assert messages.calls == []


def test_the_library_follows_while_it_is_open_and_keeps_the_search(
        qtbot: Any, main: Any, other: Database, shared: Database) -> None:
    """The library is a modal dialog: the lists behind it wait, but it follows itself
    — a competency a colleague saves appears, the search text and the entry under the
    cursor stay."""
    from interviewdesk.domain.library import LibraryCompetency, LibraryContents
    from interviewdesk.store.library import save_to_library
    from interviewdesk.ui.library.manager import LibraryDialog

    save_to_library(shared, LibraryContents(competencies=[
        LibraryCompetency("Klantgerichtheid", anchors=[f"Anker {n}" for n in range(1, 6)]),
        LibraryCompetency("Samenwerken", anchors=[f"Anker {n}" for n in range(1, 6)])]),
        update_duplicates=False)
    seen: list[tuple[list[str], str, object, bool]] = []
    main_reloads: list[int] = []
    main.live_updates.changed.connect(lambda: main_reloads.append(1))

    def in_the_dialog(dialog: LibraryDialog) -> None:
        dialog.tree.search.setText("heid")
        dialog.tree.view.setCurrentItem(dialog.tree.items()[0])
        current = dialog.tree.current()
        dialog.tree.search.setFocus()
        save_to_library(other, LibraryContents(competencies=[LibraryCompetency(
            "Stressbestendigheid", anchors=[f"Anker {n}" for n in range(1, 6)])]),
            update_duplicates=False)

        def names() -> list[str]:
            return [dialog.tree.entry(item).name for item in dialog.tree.items()
                    if not item.isHidden()]

        qtbot.waitUntil(lambda: "Stressbestendigheid" in names(), timeout=WAIT_MS)
        seen.append((names(), dialog.tree.search.text(), dialog.tree.current() == current,
                     dialog.focusWidget() is dialog.tree.search))
        dialog.reject()

    script = when_modal(LibraryDialog, in_the_dialog, timeout_ms=WAIT_MS)
    LibraryDialog.manage(main, shared, main._agenda())
    assert script.seen and seen
    names, search, same_entry, focus_kept = seen[0]
    assert names == ["Klantgerichtheid", "Stressbestendigheid"]  # "Samenwerken" filtered
    assert search == "heid" and same_entry and focus_kept
    assert main_reloads == []  # the windows behind the dialog waited …
    qtbot.waitUntil(lambda: main_reloads == [1], timeout=WAIT_MS)  # … until it closed


def test_the_calibration_view_follows_a_round_closed_elsewhere(
        qtbot: Any, main: Any, other: Database, planned: ExampleIds) -> None:
    from interviewdesk.store.assessments import close_round

    view = main.show_calibration()
    assert view is not None and view.isVisible()
    view.choose_vacancy(planned.vacancy_id)
    before = view.summary.text()
    assert "Closed rounds counted: 1." in before
    close_round(other, planned.waiting_interview_id, planned.waiting_panel_member_ids[0],
                "René is met verlof tot maart")
    qtbot.waitUntil(lambda: "Closed rounds counted: 2." in view.summary.text(),
                    timeout=WAIT_MS)
    view.close()
