"""The panel discussion follows another member's submission (made on another laptop
or by another process on the same file), and the blind rule still decides what it
shows: scores stay hidden until the round is closed, then appear by themselves."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import (
    AssessmentEdit,
    RatingEdit,
    open_form,
    save_form,
    submit_form,
)
from interviewdesk.store.database import Database, make_engine_for_url
from interviewdesk.ui import live_updates
from tests.ui.assessment.panel_fixtures import visible_texts

#: Generous: a reload that took long on a busy machine makes the next wait ten times
#: as long (live_updates.QUIET_FACTOR); waitUntil returns as soon as it holds.
WAIT_MS = 40_000


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_updates, "POLL_MS", 50)


@pytest.fixture
def shared(store_db: Database) -> Database:
    return store_db


@pytest.fixture
def other(shared: Database) -> Iterator[Database]:
    """Another member's laptop (a server) or process (the same file)."""
    if shared.is_sqlite:
        second = Database(shared.path)
    else:
        second = Database(shared.path, make_engine_for_url(
            shared.engine.url.render_as_string(hide_password=False)))
    yield second
    second.close()


@pytest.fixture
def planned(shared: Database) -> ExampleIds:
    ids = load_example(shared)
    assert len(ids.panel_member_ids) == 3
    return ids


@pytest.fixture
def window(qtbot: Any, english: None, shared: Database, planned: ExampleIds, data_dir: Path,
           settings: Any) -> Iterator[Any]:
    from interviewdesk.app import create_main_window

    main = create_main_window(shared, data_dir, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.live_updates.watcher is not None, timeout=WAIT_MS)
    watcher = main.live_updates.watcher
    if hasattr(watcher, "listening_backend"):
        qtbot.waitUntil(lambda: watcher.listening_backend is not None, timeout=WAIT_MS)
    yield main
    main.close()  # closes the panel windows first
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _submit(db: Database, ids: ExampleIds, member: int, evidence: str) -> None:
    form = open_form(db, ids.interview_id, member)
    changes: list[Any] = []
    for competency_id in ids.competency_ids:
        changes.append(RatingEdit(competency_id, score=3))
        changes.append(RatingEdit(competency_id, evidence=evidence))
    changes.append(AssessmentEdit(recommendation="yes"))
    save_form(db, form.assessment_id, changes)
    submit_form(db, form.assessment_id)


def _shows(panel: Any, text: str) -> bool:
    return any(text in shown for shown in visible_texts(panel))


def test_the_chair_sees_the_scores_once_the_others_submit_elsewhere(
        qtbot: Any, window: Any, shared: Database, other: Database,
        planned: ExampleIds) -> None:
    chair, second, third = planned.panel_member_ids
    _submit(shared, planned, chair, "Bewijs van de voorzitter")
    panel = window.open_panel_discussion(planned.interview_id)
    panel.look_as(chair)
    assert panel.stack.currentWidget() is panel.gate
    assert panel.gate.heading.text() == "Waiting for 2 assessments"

    _submit(other, planned, second, "Geheim bewijs van het tweede lid")
    qtbot.waitUntil(lambda: panel.gate.heading.text() == "Waiting for 1 assessment",
                    timeout=WAIT_MS)
    # The blind rule still holds: one form missing, so nobody's scores are shown.
    assert panel.stack.currentWidget() is panel.gate
    assert panel.discussion.matrix is None
    assert not _shows(panel, "Geheim bewijs van het tweede lid")

    _submit(other, planned, third, "Bewijs van het derde lid")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.discussion,
                    timeout=WAIT_MS)
    assert len(panel.discussion.view.raters) == 3
    assert _shows(panel, "Geheim bewijs van het tweede lid")


def test_who_is_looking_shows_new_form_states_and_keeps_the_keyboard(
        qtbot: Any, window: Any, other: Database, planned: ExampleIds) -> None:
    first, second, third = planned.panel_member_ids
    panel = window.open_panel_discussion(planned.interview_id)
    assert panel.stack.currentWidget() is panel.chooser
    panel.chooser.buttons[third].setFocus()
    _submit(other, planned, second, "Bewijs")
    qtbot.waitUntil(lambda: "submitted" in panel.chooser.buttons[second].description(),
                    timeout=WAIT_MS)
    assert panel.stack.currentWidget() is panel.chooser  # nobody chosen for the user
    if panel.isActiveWindow():
        assert panel.focusWidget() is panel.chooser.buttons[third]
    assert "not started" in panel.chooser.buttons[first].description()


def test_a_member_who_has_not_submitted_still_sees_nothing(
        qtbot: Any, window: Any, other: Database, planned: ExampleIds) -> None:
    first, second, third = planned.panel_member_ids
    panel = window.open_panel_discussion(planned.interview_id)
    panel.look_as(first)
    assert panel.gate.reason == "viewer_not_submitted"
    _submit(other, planned, second, "Geheim bewijs van het tweede lid")
    _submit(other, planned, third, "Geheim bewijs van het derde lid")
    qtbot.waitUntil(lambda: panel.statuses[2].state == "submitted", timeout=WAIT_MS)
    assert panel.stack.currentWidget() is panel.gate
    assert panel.gate.reason == "viewer_not_submitted"
    assert not _shows(panel, "Geheim bewijs")


def _revise_decision(db: Database, ids: ExampleIds, rationale: str) -> None:
    from interviewdesk.domain.scales import DECISION_OUTCOMES
    from interviewdesk.store.assessments import DecisionDraft, save_decision

    outcome = next(iter(DECISION_OUTCOMES)).key
    save_decision(db, ids.completed_interview_id, DecisionDraft(outcome, rationale))


def test_a_consensus_being_written_holds_the_change_back_until_it_is_done(
        qtbot: Any, window: Any, other: Database, planned: ExampleIds) -> None:
    heard: list[int] = []
    window.live_updates.changed.connect(lambda: heard.append(1))
    panel = window.open_panel_discussion(planned.completed_interview_id)
    assert panel.stack.currentWidget() is panel.discussion  # every form in: open to all
    matrix = panel.discussion.matrix
    editor = next(iter(matrix.editors.values()))
    editor.change_button.click()
    editor.reason.setPlainText("Mijn half geschreven reden")

    _revise_decision(other, planned, "Herzien door een collega")
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT_MS)
    assert panel.discussion.matrix is matrix  # not rebuilt under the user's hands
    assert editor.reason.toPlainText() == "Mijn half geschreven reden"

    editor.cancel_button.click()
    qtbot.waitUntil(lambda: panel.discussion.decision.rationale.toPlainText()
                    == "Herzien door een collega", timeout=WAIT_MS)


def test_a_decision_being_written_is_kept(qtbot: Any, window: Any, other: Database,
                                          planned: ExampleIds) -> None:
    panel = window.open_panel_discussion(planned.completed_interview_id)
    panel.discussion.decision.rationale.setPlainText("Mijn eigen tekst")
    _revise_decision(other, planned, "Herzien door een collega")
    qtbot.waitUntil(lambda: panel.discussion.view.decision.rationale
                    == "Herzien door een collega", timeout=WAIT_MS)
    assert panel.discussion.decision.rationale.toPlainText() == "Mijn eigen tekst"
