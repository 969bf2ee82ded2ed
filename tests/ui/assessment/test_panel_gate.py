"""Who is looking, and the blind-scoring gate as the panel window shows it: a member
who has not submitted sees no score anywhere; a member waiting for others learns
who is missing; the chair can open the discussion early after a warning."""

import re
from typing import Any

from PySide6.QtCore import Qt

from interviewdesk.store.assessments import panel_scores, status_of_forms
from interviewdesk.store.database import Database
from interviewdesk.store.example import ExampleIds
from interviewdesk.ui.assessment.panel_cells import ScoreCell
from interviewdesk.ui.assessment.panel_gate import GatePage
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.panel_fixtures import visible_texts

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
    sanne, _rene, _inge = sanne_rene_inge(example)
    view = panel_scores(db, example.waiting_interview_id, sanne, chair_override=True)
    texts = [evidence for row in view.rows for evidence in row.evidence if evidence]
    texts += [rater.strengths for rater in view.raters if rater.strengths]
    texts += [rater.weaknesses for rater in view.raters if rater.weaknesses]
    assert texts, "the example should hold evidence to hide"
    return texts


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
    # The chair looked first and opened the discussion early: scores were on screen.
    click(qtbot, window.chooser.buttons[sanne])
    click(qtbot, window.gate.open_early_button)
    assert window.discussion.matrix is not None
    assert window.findChildren(ScoreCell)

    click(qtbot, window.discussion.switch_button)
    click(qtbot, window.chooser.buttons[rene])

    assert window.stack.currentWidget() is window.gate
    assert window.gate.reason == "viewer_not_submitted"
    assert ("Submit your own assessment first — until then the other members' scores "
            "stay hidden") in window.gate.text.text()
    assert not window.gate.open_early_button.isVisible()
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
    assert "Sanne de Vries" in window.gate.text.text()  # the chair who can open early
    assert not window.gate.open_early_button.isVisible()
    assert not window.findChildren(ScoreCell)


def test_the_chair_opens_early_after_a_warning_naming_who_is_missing(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, messages: Any) -> None:
    window = panel_window(panel_example.waiting_interview_id)
    sanne, _rene, _inge = sanne_rene_inge(panel_example)
    click(qtbot, window.chooser.buttons[sanne])
    assert window.gate.reason == "others_not_submitted"

    click(qtbot, window.gate.open_early_button)

    assert messages.names() == ["confirm"]
    assert "René Mulder" in messages.texts("confirm")[0]
    assert window.stack.currentWidget() is window.discussion
    assert window.discussion.banner.isVisible()
    assert "René Mulder" in window.discussion.banner.text()
    matrix = window.discussion.matrix
    assert [rater.name for rater in matrix.raters] == ["Sanne de Vries", "Inge Meijer"]
    assert matrix.score_cells


def test_the_chair_who_cancels_the_warning_sees_no_scores(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, messages: Any) -> None:
    window = panel_window(panel_example.waiting_interview_id)
    sanne, _rene, _inge = sanne_rene_inge(panel_example)
    click(qtbot, window.chooser.buttons[sanne])
    messages.answer = False

    click(qtbot, window.gate.open_early_button)

    assert window.stack.currentWidget() is window.gate
    assert window.discussion.matrix is None
    assert not window.findChildren(ScoreCell)


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


def test_not_chair_explains_that_only_the_chair_opens_early(
        qtbot: Any, english: None, db: Database, panel_example: ExampleIds) -> None:
    page = GatePage()
    qtbot.addWidget(page)
    statuses = status_of_forms(db, panel_example.waiting_interview_id)

    page.show_hidden("not_chair", ("René Mulder",), statuses, viewer_name="Inge Meijer",
                     chair_name="Sanne de Vries", can_open_early=False)
    page.show()

    assert "Only the chair" in page.heading.text()
    assert "René Mulder" in page.text.text()
    assert "Sanne de Vries" in page.text.text()
    assert not page.open_early_button.isVisible()


def test_someone_not_on_the_panel_sees_the_scores_only_when_all_are_in(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds) -> None:
    waiting = panel_window(panel_example.waiting_interview_id)
    click(qtbot, waiting.chooser.buttons[None])
    assert waiting.gate.reason == "others_not_submitted"
    assert not waiting.gate.open_early_button.isVisible()

    done = panel_window(panel_example.completed_interview_id)
    click(qtbot, done.chooser.buttons[None])
    assert done.stack.currentWidget() is done.discussion
    assert done.discussion.viewer_label.text() == "Looking: not on the panel"
