"""Who is looking, and the blind-scoring gate as the panel window shows it: a member
who has not submitted sees no score anywhere; a member waiting for others learns
who is missing; the chair can close the round early with a reason; once the round is
closed nobody is asked who is looking."""

import re
from typing import Any

from PySide6.QtCore import Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store import audit
from interviewdesk.store.assessments import close_round, round_state, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.panel_cells import ScoreCell
from interviewdesk.ui.assessment.panel_close import CloseRoundDialog
from interviewdesk.ui.assessment.panel_gate import GatePage
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.panel_fixtures import visible_texts
from tests.ui.modal import when_modal

# The shared fixtures, used by name.
panel_example = panel_fixtures.panel_example
panel_window = panel_fixtures.panel_window

#: A text that is nothing but a score or a mean ("3", "3.7", "3,7").
BARE_NUMBER = re.compile(r"^\s*\d([.,]\d+)?\s*$")


def sanne_rene_inge(example: ExampleIds) -> tuple[int, int, int]:
    sanne, rene, inge = example.waiting_panel_member_ids
    return sanne, rene, inge


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible(), f"{button.text()!r} is not visible"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def secrets_of(db: Database, example: ExampleIds) -> list[str]:
    """What the submitted members wrote about the waiting interview: none of it may
    reach someone who has not submitted."""
    from interviewdesk.store.assessments import read_form

    texts = []
    for member in sanne_rene_inge(example)[::2]:  # Sanne and Inge, each reading their own
        form = read_form(db, example.waiting_interview_id, member, member)
        texts += [r.evidence for r in form.ratings.values() if r.evidence]
        texts += [t for t in (form.strengths, form.weaknesses) if t]
    assert texts, "the example should hold evidence to hide"
    return texts


def close_with_reason(reason: str) -> Any:
    """Type ``reason`` in the close-the-round dialog once it is up, and close."""
    def act(dialog: CloseRoundDialog) -> None:
        dialog.text.setPlainText(reason)
        dialog.close_button.click()
    return when_modal(CloseRoundDialog, act)


def test_who_is_looking_lists_the_panel_with_form_states_only(
        panel_window: Any, panel_example: ExampleIds) -> None:
    window = panel_window(panel_example.waiting_interview_id)
    sanne, rene, _inge = sanne_rene_inge(panel_example)

    assert window.stack.currentWidget() is window.chooser
    buttons = window.chooser.buttons
    assert buttons[sanne].text() == "Sanne de Vries"
    assert "submitted" in buttons[sanne].description()
    assert "in progress" in buttons[rene].description()
    assert None in buttons  # someone not on the panel
    assert not [t for t in visible_texts(window) if BARE_NUMBER.match(t)]
    assert not window.findChildren(ScoreCell)


def test_a_member_who_has_not_submitted_sees_no_score_anywhere(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database,
        messages: Any) -> None:
    window = panel_window(panel_example.waiting_interview_id)
    sanne, rene, _inge = sanne_rene_inge(panel_example)
    # The chair looked first: only who is missing, no score.
    click(qtbot, window.chooser.buttons[sanne])
    assert window.stack.currentWidget() is window.gate
    click(qtbot, window.gate.switch_button)
    click(qtbot, window.chooser.buttons[rene])

    assert window.stack.currentWidget() is window.gate
    assert window.gate.reason == "viewer_not_submitted"
    assert ("Submit your own assessment first — until then the other members' scores "
            "stay hidden") in window.gate.text.text()
    assert not window.gate.close_early_button.isVisible()
    texts = visible_texts(window)
    assert not window.findChildren(ScoreCell)
    assert window.discussion.matrix is None
    assert not [t for t in texts if BARE_NUMBER.match(t)]
    everything = "\n".join(texts)
    for secret in secrets_of(db, panel_example):
        assert secret not in everything
    assert "Weighted total" not in everything


def test_a_submitted_member_learns_who_is_missing(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds) -> None:
    window = panel_window(panel_example.waiting_interview_id)
    _sanne, _rene, inge = sanne_rene_inge(panel_example)

    click(qtbot, window.chooser.buttons[inge])

    assert window.gate.reason == "others_not_submitted"
    assert "René Mulder" in window.gate.text.text()
    assert "Sanne de Vries" in window.gate.text.text()  # the chair who can close the round
    assert not window.gate.close_early_button.isVisible()
    assert not window.findChildren(ScoreCell)


def test_the_chair_closes_the_round_with_a_reason_and_everyone_then_sees(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database) -> None:
    interview = panel_example.waiting_interview_id
    window = panel_window(interview)
    sanne, _rene, _inge = sanne_rene_inge(panel_example)
    click(qtbot, window.chooser.buttons[sanne])
    assert window.gate.reason == "others_not_submitted"
    assert not window.findChildren(ScoreCell)

    script = close_with_reason("René is met verlof tot maart")
    click(qtbot, window.gate.close_early_button)

    assert len(script.seen) == 1
    assert window.stack.currentWidget() is window.discussion
    banner = window.discussion.banner
    assert banner.isVisible()
    assert "René Mulder" in banner.text() and "René is met verlof tot maart" in banner.text()
    assert "Sanne de Vries" in banner.text()
    matrix = window.discussion.matrix
    assert [rater.name for rater in matrix.raters] == ["Sanne de Vries", "Inge Meijer"]
    assert matrix.score_cells
    assert window.discussion.viewer_label.text() == "Open to everyone: the round was closed"
    assert not window.discussion.switch_button.isVisible()
    state = round_state(db, interview)
    assert state.closed_early and state.reason == "René is met verlof tot maart"
    assert audit.trail(db, interview)[-1].kind == "round_closed"

    # A new window asks nobody who is looking: the round is closed for everyone.
    again = panel_window(interview)
    assert again.stack.currentWidget() is again.discussion
    assert again.discussion.matrix.score_cells


def test_the_chair_who_cancels_sees_no_scores_and_nothing_is_recorded(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database) -> None:
    interview = panel_example.waiting_interview_id
    window = panel_window(interview)
    sanne, _rene, _inge = sanne_rene_inge(panel_example)
    click(qtbot, window.chooser.buttons[sanne])

    def cancel(dialog: CloseRoundDialog) -> None:
        assert not dialog.close_button.isEnabled()  # no reason yet
        assert "René Mulder" in visible_texts(dialog)[1] or any(
            "René Mulder" in t for t in visible_texts(dialog))
        dialog.reject()

    script = when_modal(CloseRoundDialog, cancel)
    click(qtbot, window.gate.close_early_button)

    assert len(script.seen) == 1
    assert window.stack.currentWidget() is window.gate
    assert window.discussion.matrix is None
    assert not window.findChildren(ScoreCell)
    assert not round_state(db, interview).closed


def test_check_again_shows_the_scores_once_the_last_form_is_in(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database) -> None:
    from tests.ui.assessment.panel_fixtures import submit

    window = panel_window(panel_example.waiting_interview_id)
    _sanne, rene, inge = sanne_rene_inge(panel_example)
    click(qtbot, window.chooser.buttons[inge])
    assert window.stack.currentWidget() is window.gate

    submit(db, panel_example.waiting_interview_id, rene,
           dict.fromkeys(panel_example.competency_ids, 3))
    click(qtbot, window.gate.retry_button)

    assert window.stack.currentWidget() is window.discussion
    assert not window.discussion.banner.isVisible()
    assert len(window.discussion.matrix.raters) == 3


def test_a_member_is_told_the_chair_can_close_the_round(
        qtbot: Any, english: None, db: Database, panel_example: ExampleIds) -> None:
    page = GatePage()
    qtbot.addWidget(page)
    statuses = status_of_forms(db, panel_example.waiting_interview_id)

    page.show_hidden("others_not_submitted", ("René Mulder",), statuses,
                     viewer_name="Inge Meijer", chair_name="Sanne de Vries",
                     can_close_early=False)
    page.show()

    assert "René Mulder" in page.text.text()
    assert "Sanne de Vries" in page.text.text()
    assert not page.close_early_button.isVisible()


def test_someone_not_on_the_panel_sees_the_scores_only_when_the_round_is_closed(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database) -> None:
    waiting = panel_window(panel_example.waiting_interview_id)
    click(qtbot, waiting.chooser.buttons[None])
    assert waiting.gate.reason == "others_not_submitted"
    assert not waiting.gate.close_early_button.isVisible()

    done = panel_window(panel_example.completed_interview_id)
    assert done.stack.currentWidget() is done.discussion  # nobody asked: all forms are in
    assert done.discussion.viewer_label.text() == "Open to everyone: every form is in"

    sanne = sanne_rene_inge(panel_example)[0]
    close_round(db, panel_example.waiting_interview_id, sanne, "Besluit nodig")
    click(qtbot, waiting.gate.retry_button)
    assert waiting.stack.currentWidget() is waiting.discussion
