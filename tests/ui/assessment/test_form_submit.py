"""Submitting the assessment form: what is missing is explained and pointed at,
evidence without a score is asked about, a submitted form is read-only, and
reopening it asks for a reason and records it."""

from typing import Any

from PySide6.QtCore import Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import load_form, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.form_reopen import ReopenDialog
from tests.ui.assessment.form_fixtures import (
    ModalAnswer,
    rene,
    send_keys,
)


def score_the_untouched(qtbot: Any, window: Any, example: ExampleIds) -> None:
    """René's draft leaves Klantgerichtheid, Samenwerken and Zelfstandigheid untouched."""
    _vak, klant, _probleem, samen, zelf = example.competency_ids
    for cid, key in ((klant, Qt.Key.Key_3), (samen, Qt.Key.Key_4), (zelf, Qt.Key.Key_0)):
        window.show_row(cid)
        qtbot.keyClick(window.rows[cid].choice, key)
        if key != Qt.Key.Key_0 and not window.rows[cid].evidence.toPlainText().strip():
            send_keys(window.rows[cid].evidence, "Gezien in het rollenspel.")


def test_an_incomplete_form_says_what_is_missing_and_goes_there(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        messages: Any) -> None:
    window = open_form_window(*rene(example))
    _vak, klant, probleem, samen, zelf = example.competency_ids
    qtbot.mouseClick(window.summary.submit_button, Qt.MouseButton.LeftButton)

    assert messages.names() == ["error"]
    (text,) = messages.texts("error")
    assert "not complete" in text
    assert ("Choose a score, or Not assessed, for: Klantgerichtheid, Samenwerken, "
            "Zelfstandigheid en betrouwbaarheid.") in text
    assert "evidence but chose no score for: Probleemoplossend vermogen" in text
    assert "Choose your overall recommendation." in text
    assert window.rows[klant].choice.hasFocus()  # the first competency that needs something
    for cid in (klant, samen, zelf):
        assert window.rows[cid].missing.isVisible()
        assert window.rows[cid].missing.text() == "Choose a score, or Not assessed."
    assert "evidence but no score" in window.rows[probleem].missing.text()
    assert not window.rows[example.competency_ids[0]].missing.isVisible()
    assert window.summary.recommendation_missing.isVisible()
    assert load_form(db, window.form.assessment_id).submitted_at is None
    assert not window.read_only

    qtbot.keyClick(window.rows[klant].choice, Qt.Key.Key_3)  # dealt with: the hint goes
    assert not window.rows[klant].missing.isVisible()


def test_only_the_recommendation_missing_goes_to_the_buttons(
        qtbot: Any, open_form_window: Any, example: ExampleIds, messages: Any) -> None:
    window = open_form_window(*rene(example))
    score_the_untouched(qtbot, window, example)
    window.show_row(example.competency_ids[2])
    qtbot.keyClick(window.rows[example.competency_ids[2]].choice, Qt.Key.Key_2)
    assert not window.submit()
    (text,) = messages.texts("error")
    assert "Choose your overall recommendation." in text and "Klantgerichtheid" not in text
    buttons = window.summary.recommendation.buttons
    assert buttons["strong_no"].hasFocus()


def test_evidence_without_a_score_is_asked_about_then_submitted(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        messages: Any) -> None:
    window = open_form_window(*rene(example))
    probleem = example.competency_ids[2]
    score_the_untouched(qtbot, window, example)
    qtbot.mouseClick(window.summary.recommendation.buttons["yes"], Qt.MouseButton.LeftButton)
    messages.answer = True
    qtbot.mouseClick(window.summary.submit_button, Qt.MouseButton.LeftButton)

    assert messages.names() == ["ask"]
    (question,) = messages.texts("ask")
    assert "Mark as not assessed and submit?" in question
    assert "Probleemoplossend vermogen" in question
    form = load_form(db, window.form.assessment_id)
    assert form.submitted_at is not None
    assert form.rating(probleem).state == "not_assessed"
    assert "foutcodetabel" in form.rating(probleem).evidence
    assert form.recommendation == "yes"
    assert window.read_only
    assert window.rows[probleem].choice.choice == 0  # shown as not assessed now
    statuses = {s.panel_member_id: s.state for s in status_of_forms(db, form.interview_id)}
    assert statuses[form.panel_member_id] == "submitted"


def test_not_assessed_chosen_on_the_cards_needs_no_question(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        messages: Any) -> None:
    window = open_form_window(*rene(example))
    probleem = example.competency_ids[2]
    score_the_untouched(qtbot, window, example)
    qtbot.mouseClick(window.rows[probleem].choice.cards[0], Qt.MouseButton.LeftButton)
    window.summary.recommendation.buttons["no"].click()
    assert window.submit()
    assert messages.names() == []
    form = load_form(db, window.form.assessment_id)
    assert form.submitted_at is not None
    assert form.rating(probleem).state == "not_assessed"


def test_saying_no_to_not_assessed_goes_back_to_score(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        messages: Any) -> None:
    window = open_form_window(*rene(example))
    probleem = example.competency_ids[2]
    score_the_untouched(qtbot, window, example)
    qtbot.mouseClick(window.summary.recommendation.buttons["no"], Qt.MouseButton.LeftButton)
    messages.answer = False
    assert not window.submit()
    assert messages.names() == ["ask"]
    assert load_form(db, window.form.assessment_id).submitted_at is None
    assert window.rows[probleem].choice.hasFocus()
    assert window.rows[probleem].missing.isVisible()
    assert not window.read_only


def submitted_form(open_form_window: Any, example: ExampleIds) -> Any:
    """René's submitted form on the decided interview."""
    window = open_form_window(*rene(example, "completed"))
    assert window.read_only
    return window


def test_a_submitted_form_is_read_only(qtbot: Any, open_form_window: Any, db: Database,
                                       example: ExampleIds) -> None:
    window = submitted_form(open_form_window, example)
    before = load_form(db, window.form.assessment_id)
    assert window.banner.headline.text().startswith("Submitted on ")
    assert window.banner.button.isVisible() and window.banner.button.text() == "Reopen…"
    assert not window.summary.submit_button.isVisible()
    row = window.rows[example.competency_ids[1]]
    chosen = row.choice.choice
    assert chosen == before.rating(row.competency_id).score
    qtbot.mouseClick(row.choice.cards[5], Qt.MouseButton.LeftButton)
    qtbot.keyClick(row.choice, Qt.Key.Key_1)
    assert row.choice.choice == chosen
    assert row.choice.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert row.evidence.isReadOnly() and not row.quote.isVisible()
    assert window.summary.strengths.isReadOnly() and window.summary.weaknesses.isReadOnly()
    for button in window.summary.recommendation.buttons.values():
        assert not button.isEnabled()
    assert window.summary.recommendation.value == before.recommendation
    send_keys(row.evidence, "changed")
    assert not window.autosaver.pending
    assert not window.submit()
    assert load_form(db, window.form.assessment_id) == before


def test_the_reason_to_reopen_may_not_be_blank(qtbot: Any) -> None:
    dialog = ReopenDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.reopen_button.isEnabled()
    send_keys(dialog.text, "   \n ")
    assert not dialog.reopen_button.isEnabled()
    dialog.accept()  # Enter, say: refused
    assert dialog.isVisible()
    send_keys(dialog.text, "Vergeten ")
    assert dialog.reopen_button.isEnabled()
    assert dialog.reason == "Vergeten"


def test_reopening_asks_why_and_records_it(qtbot: Any, open_form_window: Any, db: Database,
                                           example: ExampleIds) -> None:
    window = submitted_form(open_form_window, example)

    def give_reason(dialog: Any) -> None:
        assert isinstance(dialog, ReopenDialog)
        assert not dialog.reopen_button.isEnabled()  # blank is refused
        send_keys(dialog.text, "Score Klantgerichtheid verkeerd ingevuld.")
        dialog.reopen_button.click()

    with ModalAnswer(qtbot, give_reason):
        qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)

    form = load_form(db, window.form.assessment_id)
    assert form.submitted_at is None
    assert [r.reason for r in form.reopenings] == ["Score Klantgerichtheid verkeerd ingevuld."]
    assert not window.read_only
    assert window.banner.headline.text() == "Only René Mulder should fill in this form"
    assert window.banner.history.isVisible()
    assert "Score Klantgerichtheid verkeerd ingevuld." in window.banner.history.text()
    assert window.summary.submit_button.isVisible()
    klant = example.competency_ids[1]
    qtbot.keyClick(window.rows[klant].choice, Qt.Key.Key_3)
    assert window.flush()
    assert load_form(db, form.assessment_id).rating(klant).score == 3


def test_cancelling_the_reason_keeps_the_form_submitted(qtbot: Any, open_form_window: Any,
                                                        db: Database,
                                                        example: ExampleIds) -> None:
    window = submitted_form(open_form_window, example)
    with ModalAnswer(qtbot, lambda dialog: dialog.reject()):
        assert not window.reopen()
    form = load_form(db, window.form.assessment_id)
    assert form.submitted_at is not None and form.reopenings == ()
    assert window.read_only


def test_ctrl_enter_submits_from_anywhere_on_the_form(qtbot: Any, open_form_window: Any,
                                                      example: ExampleIds,
                                                      messages: Any) -> None:
    window = open_form_window(*rene(example))
    evidence = window.rows[example.competency_ids[0]].evidence
    before = evidence.toPlainText()
    evidence.setFocus()
    qtbot.keyClick(evidence, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert messages.names() == ["error"]  # the submit ran, and said what is missing
    assert evidence.toPlainText() == before


def test_a_score_without_evidence_is_asked_about(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        messages: Any) -> None:
    window = open_form_window(*rene(example))
    _vak, klant, probleem, samen, _zelf = example.competency_ids
    score_the_untouched(qtbot, window, example)
    qtbot.mouseClick(window.rows[probleem].choice.cards[0], Qt.MouseButton.LeftButton)
    window.summary.recommendation.buttons["yes"].click()
    window.rows[samen].evidence.clear()  # scored 4, nothing written
    window.rows[klant].evidence.clear()
    messages.answer = False
    assert not window.submit()
    (question,) = messages.texts("ask")
    assert "Submit without evidence for Klantgerichtheid, Samenwerken?" in question
    assert load_form(db, window.form.assessment_id).submitted_at is None
    assert window.rows[klant].missing.isVisible()
    assert window.rows[klant].evidence.hasFocus()
    messages.answer = True
    assert window.submit()
    assert load_form(db, window.form.assessment_id).submitted_at is not None
