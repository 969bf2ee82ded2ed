"""Planning a second round in the interview dialog: the earlier interview of the same
candidate for the same vacancy is offered, and chosen in advance when the panel
decided "next round"."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.candidates import CandidateDraft, save_candidate
from interviewdesk.store.database import Database
from interviewdesk.store.interviews import load_interview_draft
from interviewdesk.store.rounds import follows_of
from interviewdesk.ui.editors import InterviewDialog
from interviewdesk.ui.editors.widgets import select_data


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def candidate_of(db: Database, interview_id: int) -> int:
    draft = load_interview_draft(db, interview_id)
    assert draft.candidate_id is not None
    return draft.candidate_id


def open_dialog(qtbot: Any, db: Database, **kwargs: Any) -> InterviewDialog:
    dlg = InterviewDialog(db, **kwargs)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def save(qtbot: Any, dlg: InterviewDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_round_after_next_round_is_chosen_in_advance_and_saved(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    danielle = candidate_of(db, example.completed_interview_id)
    dlg = open_dialog(qtbot, db, vacancy_id=example.vacancy_id, candidate_id=danielle)
    assert dlg.round.isVisible()
    assert dlg.round.currentData() == example.completed_interview_id
    assert dlg.round.currentText().startswith("Second round after the interview of ")
    assert "decided: Next round" in dlg.round.currentText()
    assert dlg.round.itemText(0) == "First interview (follows no earlier one)"
    dlg.add_to_panel(example.interviewer_ids[0])
    save(qtbot, dlg)
    assert dlg.saved_id is not None
    assert follows_of(db, dlg.saved_id) == example.completed_interview_id

    # Editing it keeps the link and does not offer the interview itself.
    again = open_dialog(qtbot, db, interview_id=dlg.saved_id)
    assert again.round.currentData() == example.completed_interview_id
    assert again.round.findData(dlg.saved_id) == -1
    # A name typed over and back again keeps the choice.
    again.candidate.setEditText("Daniëlle")
    assert not again.round.isVisible()
    again.candidate.setEditText("Daniëlle Kok")
    assert again.round.currentData() == example.completed_interview_id
    again.round.setCurrentIndex(0)  # a first interview after all
    save(qtbot, again)
    assert follows_of(db, dlg.saved_id) is None


def test_no_earlier_interview_no_round_choice(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    newcomer = save_candidate(db, CandidateDraft(name="Noor Bakker"))
    dlg = open_dialog(qtbot, db, vacancy_id=example.vacancy_id, candidate_id=newcomer)
    assert not dlg.round.isVisible()
    assert dlg.collect().follows_interview_id is None

    # Choosing Daniëlle instead offers her first round, chosen in advance.
    danielle = candidate_of(db, example.completed_interview_id)
    select_data(dlg.candidate, danielle)
    assert dlg.round.isVisible()
    assert dlg.collect().follows_interview_id == example.completed_interview_id
    # Thijs's interview is not decided: offered, not chosen.
    thijs = candidate_of(db, example.waiting_interview_id)
    select_data(dlg.candidate, thijs)
    assert dlg.round.isVisible() and dlg.round.currentIndex() == 0
    assert dlg.round.findData(example.waiting_interview_id) == 1
    assert "decided" not in dlg.round.itemText(1)


def test_the_first_round_itself_offers_no_round(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    dlg = open_dialog(qtbot, db, interview_id=example.completed_interview_id)
    assert not dlg.round.isVisible()
    assert not dlg.is_dirty()
