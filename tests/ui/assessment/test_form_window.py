"""Filling in the assessment form through its widgets: scores by click and by key,
evidence typed or quoted from the interview's notes, the recommendation, and that
every change lands in the database by itself."""

from typing import Any

import pytest
from PySide6.QtCore import Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import load_form
from interviewdesk.store.database import Database
from interviewdesk.store.models import Assessment, utc_now
from interviewdesk.ui.assessment import form_autosave
from interviewdesk.ui.assessment.form_quote import NotePicker
from tests.ui.assessment.form_fixtures import (
    WAIT_MS,
    ModalAnswer,
    rene,
    send_keys,
)


def stored(db: Database, window: Any) -> Any:
    return load_form(db, window.form.assessment_id)


def test_the_form_says_whose_it_is(open_form_window: Any, example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    assert window.banner.headline.text() == "Only René Mulder should fill in this form"
    assert window.header.title.text() == "Assessment of Thijs van Dijk"
    assert "Servicemonteur installatietechniek" in window.header.details.text()
    assert window.header.rater.text() == "René Mulder"
    assert window.header.role.text() == "Panel member"
    assert "René Mulder" in window.windowTitle()
    names = [row.name.text() for row in window.rows.values()]
    assert names == ["Vakmanschap installatietechniek", "Klantgerichtheid",
                     "Probleemoplossend vermogen", "Samenwerken",
                     "Zelfstandigheid en betrouwbaarheid"]
    assert "weight 2" in next(iter(window.rows.values())).meta.text()


def test_the_stored_draft_is_shown(open_form_window: Any, example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    vakmanschap, _klant, probleem, *_ = example.competency_ids
    assert window.rows[vakmanschap].choice.choice == 3
    assert window.rows[vakmanschap].choice.cards[3].chosen
    assert "gasdruk" in window.rows[vakmanschap].evidence.toPlainText()
    # Evidence without a score: nothing is chosen for it (a forgotten click, usually).
    assert window.rows[probleem].choice.choice is None
    assert not any(card.chosen for card in window.rows[probleem].choice.cards.values())


def test_a_click_on_an_anchor_scores_and_is_saved(qtbot: Any, open_form_window: Any, db: Database,
                                                  example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    klant = example.competency_ids[1]
    row = window.rows[klant]
    qtbot.mouseClick(row.choice.cards[4], Qt.MouseButton.LeftButton)
    assert row.choice.choice == 4
    assert row.choice.cards[4].chosen and not row.choice.cards[3].chosen
    assert row.choice.hasFocus()
    assert window.autosaver.pending
    qtbot.waitUntil(lambda: stored(db, window).rating(klant).score == 4, timeout=WAIT_MS)
    assert window.save_status.state.text().startswith("Saved")


def test_keys_score_the_competency_in_focus_and_move_on(qtbot: Any, open_form_window: Any,
                                                        db: Database,
                                                        example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    vakmanschap, klant, probleem, samen, zelf = example.competency_ids
    window.show_row(klant)
    assert window.rows[klant].choice.hasFocus()
    qtbot.keyClick(window.rows[klant].choice, Qt.Key.Key_2)
    assert window.rows[klant].choice.choice == 2
    assert window.rows[probleem].choice.hasFocus()  # on to the next competency
    qtbot.keyClick(window.rows[probleem].choice, Qt.Key.Key_0)
    assert window.rows[probleem].choice.choice == 0
    assert window.rows[probleem].choice.cards[0].chosen
    assert window.rows[samen].choice.hasFocus()
    qtbot.keyClick(window.rows[samen].choice, Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(window.rows[zelf].choice, Qt.Key.Key_4)
    assert window.summary.strengths.hasFocus()  # after the last one: the strengths
    qtbot.keyClick(window.rows[vakmanschap].choice, Qt.Key.Key_7)  # not a score
    assert window.rows[vakmanschap].choice.choice == 3
    assert window.flush()
    form = stored(db, window)
    assert {cid: (form.rating(cid).state, form.rating(cid).score)
            for cid in example.competency_ids} == {
        vakmanschap: ("scored", 3), klant: ("scored", 2), probleem: ("not_assessed", None),
        samen: ("scored", 5), zelf: ("scored", 4)}
    assert "foutcodetabel" in form.rating(probleem).evidence  # 0 keeps the evidence


def test_the_arrow_keys_move_the_choice(qtbot: Any, open_form_window: Any,
                                        example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    vakmanschap, klant, *_ = example.competency_ids
    assert window.rows[klant].choice.hasFocus()  # opened on the first still to score
    qtbot.keyClick(window.rows[klant].choice, Qt.Key.Key_Right)
    assert window.rows[klant].choice.choice == 1
    window.show_row(vakmanschap)
    choice = window.rows[vakmanschap].choice
    qtbot.keyClick(choice, Qt.Key.Key_Right)
    qtbot.keyClick(choice, Qt.Key.Key_Right)
    assert choice.choice == 5
    qtbot.keyClick(choice, Qt.Key.Key_Right)
    assert choice.choice == 5
    qtbot.keyClick(choice, Qt.Key.Key_Left)
    assert choice.choice == 4 and choice.hasFocus()  # arrows stay on the competency


def test_digits_typed_in_the_evidence_are_text(qtbot: Any, open_form_window: Any, db: Database,
                                               example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    klant = example.competency_ids[1]
    row = window.rows[klant]
    send_keys(row.evidence, "Legde 3 keer rustig uit, zonder jargon.")
    assert row.choice.choice is None
    qtbot.waitUntil(lambda: stored(db, window).rating(klant).evidence
                    == "Legde 3 keer rustig uit, zonder jargon.", timeout=WAIT_MS)
    assert stored(db, window).rating(klant).score is None


def test_evidence_strengths_and_weaknesses_are_saved(open_form_window: Any, db: Database,
                                                     example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    vakmanschap = example.competency_ids[0]
    row = window.rows[vakmanschap]
    row.evidence.moveCursor(row.evidence.textCursor().MoveOperation.End)
    send_keys(row.evidence, "\nMeet rookgas en CO.")
    send_keys(window.summary.strengths, "Eerlijk over wat hij nog niet kan.")
    send_keys(window.summary.weaknesses, "Weinig storingservaring.")
    assert window.flush()
    form = stored(db, window)
    assert form.rating(vakmanschap).evidence.endswith("vergrendeling.\nMeet rookgas en CO.")
    assert form.rating(vakmanschap).score == 3
    assert form.strengths == "Eerlijk over wat hij nog niet kan."
    assert form.weaknesses == "Weinig storingservaring."


def test_the_recommendation_is_four_buttons(qtbot: Any, open_form_window: Any, db: Database,
                                            example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    buttons = window.summary.recommendation.buttons
    assert [b.text() for b in buttons.values()] == ["Strong no", "No", "Yes", "Strong yes"]
    assert not any(b.isChecked() for b in buttons.values())
    qtbot.mouseClick(buttons["no"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["strong_yes"], Qt.MouseButton.LeftButton)
    assert [k for k, b in buttons.items() if b.isChecked()] == ["strong_yes"]
    qtbot.waitUntil(lambda: stored(db, window).recommendation == "strong_yes", timeout=WAIT_MS)


def test_a_note_from_the_interview_is_quoted_as_evidence(qtbot: Any, open_form_window: Any,
                                                         db: Database,
                                                         example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    probleem = example.competency_ids[2]
    row = window.rows[probleem]
    linked = [n for n in window.form.notes if n.competency_id == probleem]
    assert linked, "the example has notes on questions about this competency"
    offered: list[str] = []

    def pick_first(dialog: Any) -> None:
        assert isinstance(dialog, NotePicker)
        offered.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        assert dialog.preview.toPlainText() == linked[0].text  # the first linked note
        dialog.quote_button.click()

    row.evidence.moveCursor(row.evidence.textCursor().MoveOperation.End)
    with ModalAnswer(qtbot, pick_first):
        qtbot.mouseClick(row.quote, Qt.MouseButton.LeftButton)
    assert offered[0] == "About Probleemoplossend vermogen"
    assert "Other notes from this interview" in offered
    evidence = row.evidence.toPlainText()
    assert evidence.startswith("Begint bij de foutcodetabel;")  # what was there stays
    first_line = linked[0].text.splitlines()[0]
    assert f"\n“{first_line}" in evidence
    assert evidence.rstrip().endswith(")")  # where it was noted, in brackets
    assert "Behaviour" in evidence.rsplit("(", 1)[1] or "Skills" in evidence.rsplit("(", 1)[1]
    # Ready to comment on it (offscreen, the window is not made active again).
    assert window.focusWidget() is row.evidence
    qtbot.waitUntil(lambda: stored(db, window).rating(probleem).evidence == evidence,
                    timeout=WAIT_MS)


def test_cancelling_the_quote_changes_nothing(qtbot: Any, open_form_window: Any,
                                              example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    row = window.rows[example.competency_ids[1]]
    with ModalAnswer(qtbot, lambda dialog: dialog.reject()):
        row.quote.click()
    assert row.evidence.toPlainText() == ""
    assert not window.autosaver.pending


def test_closing_saves_what_waits(qtbot: Any, open_form_window: Any, db: Database,
                                  example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    klant = example.competency_ids[1]
    send_keys(window.rows[klant].evidence, "Vriendelijk.")
    assert window.autosaver.pending
    assessment_id = window.form.assessment_id
    window.close()
    form = load_form(db, assessment_id)
    assert form.rating(klant).evidence == "Vriendelijk."


def test_enter_in_the_note_list_quotes_the_note(qtbot: Any, open_form_window: Any,
                                                example: ExampleIds) -> None:
    window = open_form_window(*rene(example))
    row = window.rows[example.competency_ids[2]]

    def press_enter(dialog: Any) -> None:
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    with ModalAnswer(qtbot, press_enter):
        qtbot.mouseClick(row.quote, Qt.MouseButton.LeftButton)
    assert "“" in row.evidence.toPlainText()


def test_a_quoted_source_never_cuts_a_word() -> None:
    from interviewdesk.store.assessments import InterviewNote
    from interviewdesk.ui.assessment.form_quote import SOURCE_LENGTH, note_source

    question = ("Vertel over een storing die je niet meteen kon vinden. Hoe heb je die "
                "uiteindelijk opgelost, en wat leerde je ervan?")
    note = InterviewNote(stage="behavioural", question=question, competency_id=None,
                         notes="Dichtgeslibde filters.")
    source = note_source(note, {"behavioural": "Gedrag"})
    assert source.endswith("…")
    shown = source.removeprefix("Gedrag · ").removesuffix("…")
    assert len(shown) <= SOURCE_LENGTH
    assert question.startswith(shown) and question[len(shown)] == " "  # a whole word


# -- the save status (ui/save_status.py) --------------------------------------------


def test_the_form_window_shows_failing_then_saved(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    window = open_form_window(*rene(example))
    status = window.save_status
    assert status.state.text() == "All changes saved"
    window.autosaver.retry_ms = 100
    real = form_autosave.save_form
    failures = [OSError("database is locked")]

    def save(*args: Any, **kwargs: Any) -> Any:
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(form_autosave, "save_form", save)
    klant = example.competency_ids[1]
    qtbot.mouseClick(window.rows[klant].choice.cards[4], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.autosaver.failing, timeout=WAIT_MS)
    assert status.state.text() == "Not saved yet"
    assert status.problem.isVisible()
    assert messages.calls == []  # quietly, in the status bar
    qtbot.waitUntil(lambda: not window.autosaver.failing, timeout=WAIT_MS)
    assert status.state.text().startswith("Saved ")
    assert not status.problem.isVisible()
    assert load_form(db, window.form.assessment_id).rating(klant).score == 4


def test_a_form_submitted_elsewhere_settles_on_submitted(
        qtbot: Any, open_form_window: Any, db: Database, example: ExampleIds,
        messages: Any) -> None:
    """Another laptop's return, say, submitted the form while a click waited: the
    store refuses the change for good, the window says so once and shows the form
    read-only, and the status line settles on "Submitted" instead of "Saving…"."""
    window = open_form_window(*rene(example))
    with db.session() as session:
        assessment = session.get(Assessment, window.form.assessment_id)
        assert assessment is not None
        assessment.submitted_at = utc_now()
        session.add(assessment)
    klant = example.competency_ids[1]
    qtbot.mouseClick(window.rows[klant].choice.cards[2], Qt.MouseButton.LeftButton)
    assert window.save_status.state.text() == "Saving…"
    qtbot.waitUntil(lambda: messages.names() == ["inform"], timeout=WAIT_MS)
    assert "submitted in the meantime" in messages.texts("inform")[0]
    assert window.save_status.state.text() == "Submitted"
    assert not window.save_status.problem.isVisible()
    assert load_form(db, window.form.assessment_id).rating(klant).score != 2


def test_tab_goes_from_the_anchors_to_the_evidence_and_a_space_types(
        qtbot: Any, open_form_window: Any, example: ExampleIds) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.assessment.form_fixtures import rene

    window = open_form_window(*rene(example))
    row = next(iter(window.rows.values()))
    window.activateWindow()
    row.focus_score()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is row.evidence or row.evidence.isAncestorOf(focused)
    before = row.evidence.toPlainText()
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert row.evidence.toPlainText() != before  # typed, no dialog opened
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.quote
