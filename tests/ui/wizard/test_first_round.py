"""A second round's preparation page shows what the first round concluded, and an
ordinary interview's does not."""

from pathlib import Path
from typing import Any

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.store.interviews import (
    InterviewDraft,
    PanelSeat,
    delete_interview,
    load_interview_draft,
    save_interview,
)
from interviewdesk.ui.wizard import InterviewWindow


def _second_round(db: Database, example: ExampleIds, first: int) -> int:
    draft = load_interview_draft(db, first)
    return save_interview(db, InterviewDraft(
        candidate_id=draft.candidate_id, vacancy_id=draft.vacancy_id,
        panel=[PanelSeat(example.interviewer_ids[0], "chair")], follows_interview_id=first))


def _window(qtbot: Any, db: Database, data_dir: Path, settings: Any,
            interview_id: int) -> InterviewWindow:
    window = InterviewWindow(db, data_dir, settings, interview_id)
    qtbot.addWidget(window)
    window.show()
    window.go_to("preparation")
    return window


def test_the_first_rounds_decision_flags_consensus_and_open_points(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds) -> None:
    second = _second_round(db, example, example.completed_interview_id)
    window = _window(qtbot, db, data_dir, settings, second)
    box = window.pages["preparation"].section.first_round
    assert box.isVisible()
    assert box.title.text().startswith(
        "Second round — what the first round concluded (interview of ")
    assert "<b>Decision:</b> Next round" in box.decision.text()
    assert "klachtafhandeling" in box.decision.text()
    assert "Weighted total: " in box.decision.text()
    assert not box.hidden_note.isVisible()
    assert ("<b>Klantgerichtheid</b> — scores far apart (2 to 4); panel score: 3"
            in box.discussed.text())
    assert "eigenaarschap" in box.consensus.text()
    assert "Halve meeloopdag met René Mulder inplannen" in box.open_points.text()
    window.close()

    # The first round deleted meanwhile: the page shows nothing of it when refreshed.
    delete_interview(db, example.completed_interview_id)
    box.refresh()
    assert not box.isVisible()


def test_an_interview_that_follows_none_shows_no_first_round(
        qtbot: Any, english: None, db: Database, data_dir: Path, settings: Any,
        example: ExampleIds) -> None:
    window = _window(qtbot, db, data_dir, settings, example.interview_id)
    assert not window.pages["preparation"].section.first_round.isVisible()
    window.close()
