"""The same assessment form saved in two places (two laptops on a team server, or two
processes on one data folder): a text saved elsewhere while the rater typed it is shown
beside theirs, nothing is overwritten unseen, and scores keep saving."""

from collections.abc import Iterator
from typing import Any

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import (
    AssessmentEdit,
    FormEdit,
    RatingEdit,
    load_form,
    save_form,
)
from interviewdesk.store.database import Database
from interviewdesk.ui.conflict_dialog import ConflictDialog
from tests.ui.assessment.form_fixtures import WAIT_MS, rene, send_keys
from tests.ui.modal import when_modal


@pytest.fixture
def elsewhere(db: Database) -> Iterator[Any]:
    """The same form saved from another engine on the same file."""
    other = Database(db.path)

    def save(assessment_id: int, *edits: FormEdit) -> None:
        seen = load_form(other, assessment_id).seen
        assert save_form(other, assessment_id, list(edits), seen).conflicts == ()

    yield save
    other.close()


def test_a_strength_saved_elsewhere_is_shown_and_merged(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        elsewhere: Any) -> None:
    window = open_form_window(*rene(example))
    klant = example.competency_ids[1]
    send_keys(window.summary.strengths, "Rustig.")
    window.autosaver.add(RatingEdit(klant, score=4))
    elsewhere(window.form.assessment_id, AssessmentEdit(strengths="Vakkundig."))

    shown: list[ConflictDialog] = []

    def merge(dialog: ConflictDialog) -> None:
        shown.append(dialog)
        assert dialog.intro.text().startswith("Another window saved the strengths while")
        assert (dialog.theirs.toPlainText(), dialog.mine.toPlainText()) == (
            "Vakkundig.", "Rustig.")
        dialog.merged.setPlainText("Vakkundig en rustig.")
        dialog.save_merged.click()

    when_modal(ConflictDialog, merge)
    assert window.autosaver.flush()
    form = load_form(db, window.form.assessment_id)
    assert form.strengths == "Vakkundig."  # theirs, not overwritten
    assert form.rating(klant).score == 4  # the score was saved all the same
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert window.summary.strengths.toPlainText() == "Vakkundig en rustig."
    assert window.autosaver.flush()
    assert load_form(db, window.form.assessment_id).strengths == "Vakkundig en rustig."


def test_evidence_saved_elsewhere_can_be_replaced_by_mine(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        elsewhere: Any) -> None:
    window = open_form_window(*rene(example))
    samen = example.competency_ids[3]
    row = window.rows[samen]
    before = row.evidence.toPlainText()
    send_keys(row.evidence, " Werkt graag met collega's.")
    elsewhere(window.form.assessment_id, RatingEdit(samen, evidence="Anders opgeschreven."))

    script = when_modal(ConflictDialog, lambda dialog: dialog.keep_mine.click())
    window.autosaver.flush()
    qtbot.waitUntil(lambda: bool(script.seen), timeout=WAIT_MS)
    assert window.autosaver.flush()
    assert load_form(db, window.form.assessment_id).rating(samen).evidence == \
        before + " Werkt graag met collega's."
