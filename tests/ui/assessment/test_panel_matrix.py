"""The panel matrix of the decided example interview, and the consensus recorded,
changed and taken back through its widgets."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.assessments import panel_scores, remove_consensus
from interviewdesk.store.database import Database
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.panel_fixtures import visible_texts

# The shared fixtures, used by name.
panel_example = panel_fixtures.panel_example
panel_window = panel_fixtures.panel_window

KLANTGERICHTHEID = "Klantgerichtheid"


@pytest.fixture
def chair_view(qtbot: Any, panel_window: Any, panel_example: ExampleIds) -> Any:
    """The decided interview's discussion as the chair (Sanne de Vries) sees it."""
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    assert window.stack.currentWidget() is window.discussion
    return window


def competency_id(example: ExampleIds, db: Database, name: str) -> int:
    view = panel_scores(db, example.completed_interview_id, None)
    return next(row.competency_id for row in view.rows if row.name == name)


def grid_row(matrix: Any, widget: Any) -> int:
    row, _column, _rows, _columns = matrix.grid.getItemPosition(matrix.grid.indexOf(widget))
    return row


def test_the_matrix_shows_every_raters_score_with_mean_and_spread(
        chair_view: Any, panel_example: ExampleIds, db: Database) -> None:
    matrix = chair_view.discussion.matrix
    sanne, rene, inge = panel_example.completed_panel_member_ids
    klant = competency_id(panel_example, db, KLANTGERICHTHEID)
    vak = competency_id(panel_example, db, "Vakmanschap installatietechniek")
    probleem = competency_id(panel_example, db, "Probleemoplossend vermogen")

    assert [rater.name for rater in matrix.raters] == [
        "Sanne de Vries", "René Mulder", "Inge Meijer"]
    assert [matrix.score_cells[(klant, member)].text() for member in (sanne, rene, inge)] == [
        "3", "2", "4"]
    assert matrix.score_cells[(vak, inge)].text() == "–"  # not assessed
    assert matrix.score_cells[(vak, inge)].value is None
    assert matrix.mean_cells[klant].text() == "3"
    assert matrix.mean_cells[probleem].text() == "3.7"
    assert matrix.mean_cells[vak].text() == "4"
    spread = matrix.spread_cells[klant].label.text()
    assert "2" in spread and "apart" in spread
    assert matrix.spread_cells[klant].bar is not None
    assert (matrix.spread_cells[klant].bar.low, matrix.spread_cells[klant].bar.high) == (2, 4)
    assert matrix.spread_cells[vak].label.text() == "all the same"
    assert [matrix.total_cells[m].text() for m in (sanne, rene, inge)] == ["3.6", "3.3", "3.7"]
    assert matrix.overall_cell.text() == "3.6"
    assert [matrix.recommendation_labels[m].text() for m in (sanne, rene, inge)] == [
        "Yes", "Yes", "Strong yes"]


def test_the_flagged_competency_is_on_top_and_shows_its_consensus(
        chair_view: Any, panel_example: ExampleIds, db: Database) -> None:
    matrix = chair_view.discussion.matrix
    klant = competency_id(panel_example, db, KLANTGERICHTHEID)

    rows = {cid: grid_row(matrix, toggle.parentWidget())
            for cid, toggle in matrix.toggles.items()}
    assert min(rows, key=rows.get) == klant
    assert list(matrix.editors) == [klant]  # only the flagged row has the field
    assert "Raters differ by 2" in matrix.flag_labels[klant].text()
    assert "resolved" in matrix.flag_labels[klant].text()
    editor = matrix.editors[klant]
    assert editor.is_resolved_shown()
    assert "Samen: op niveau" in editor.summary.text()
    assert matrix.result_cells[klant].text() == "3"


def test_evidence_shows_on_hover_and_when_the_row_is_expanded(
        qtbot: Any, chair_view: Any, panel_example: ExampleIds, db: Database) -> None:
    matrix = chair_view.discussion.matrix
    klant = competency_id(panel_example, db, KLANTGERICHTHEID)
    row = next(r for r in panel_scores(db, panel_example.completed_interview_id, None).rows
               if r.competency_id == klant)
    sanne = panel_example.completed_panel_member_ids[0]

    assert row.evidence[0] in matrix.score_cells[(klant, sanne)].toolTip()
    assert not matrix.evidence[klant].isVisible()
    qtbot.mouseClick(matrix.toggles[klant], Qt.MouseButton.LeftButton)

    assert matrix.evidence[klant].isVisible()
    document = QTextDocument()
    document.setHtml(matrix.evidence[klant].text())
    shown = document.toPlainText()
    for rater, evidence in zip(matrix.raters, row.evidence, strict=True):
        assert rater.name in shown
        assert evidence in shown
    qtbot.mouseClick(matrix.toggles[klant], Qt.MouseButton.LeftButton)
    assert not matrix.evidence[klant].isVisible()


def test_a_consensus_recorded_through_the_widgets_lands_in_the_database(
        qtbot: Any, panel_window: Any, panel_example: ExampleIds, db: Database,
        messages: Any) -> None:
    klant = competency_id(panel_example, db, KLANTGERICHTHEID)
    remove_consensus(db, panel_example.completed_interview_id, klant)
    window = panel_window(panel_example.completed_interview_id)
    window.look_as(panel_example.completed_panel_member_ids[0])
    editor = window.discussion.matrix.editors[klant]
    assert not editor.is_resolved_shown()
    assert window.discussion.matrix.result_cells[klant].text() == "open"
    assert not editor.record_button.isEnabled()

    editor.score_box.setCurrentIndex(editor.score_box.findData(3))
    assert not editor.record_button.isEnabled()  # a reason is required
    qtbot.keyClicks(editor.reason, "Sterk in uitleg, zwak bij klachten.")
    assert editor.record_button.isEnabled()
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)

    stored = panel_scores(db, panel_example.completed_interview_id, None)
    row = next(r for r in stored.rows if r.competency_id == klant)
    assert row.consensus is not None
    assert (row.consensus.score, row.consensus.reason) == (
        3, "Sterk in uitleg, zwak bij klachten.")
    matrix = window.discussion.matrix
    assert matrix.editors[klant].is_resolved_shown()
    assert "resolved" in matrix.flag_labels[klant].text()
    assert matrix.result_cells[klant].text() == "3"
    assert "Consensus recorded" in window.statusBar().currentMessage()
    assert messages.names() == []


def test_a_consensus_can_be_changed_and_taken_back(
        qtbot: Any, chair_view: Any, panel_example: ExampleIds, db: Database,
        messages: Any) -> None:
    klant = competency_id(panel_example, db, KLANTGERICHTHEID)
    editor = chair_view.discussion.matrix.editors[klant]

    qtbot.mouseClick(editor.change_button, Qt.MouseButton.LeftButton)
    assert not editor.is_resolved_shown()
    editor.score_box.setCurrentIndex(editor.score_box.findData("not_assessed"))
    editor.reason.setPlainText("Niet genoeg gezien om te scoren.")
    qtbot.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)

    row = next(r for r in panel_scores(db, panel_example.completed_interview_id, None).rows
               if r.competency_id == klant)
    assert row.consensus is not None and row.consensus.score is None
    assert chair_view.discussion.matrix.result_cells[klant].text() == "n/a"

    editor = chair_view.discussion.matrix.editors[klant]
    qtbot.mouseClick(editor.change_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)

    assert messages.names() == ["confirm"]
    assert KLANTGERICHTHEID in messages.texts("confirm")[0]
    row = next(r for r in panel_scores(db, panel_example.completed_interview_id, None).rows
               if r.competency_id == klant)
    assert row.consensus is None
    assert chair_view.discussion.matrix.result_cells[klant].text() == "open"
    assert not chair_view.discussion.matrix.editors[klant].is_resolved_shown()


def test_every_score_text_comes_from_the_store(chair_view: Any, panel_example: ExampleIds,
                                               db: Database) -> None:
    """The matrix shows the stored numbers and nothing the viewer may not see."""
    view = panel_scores(db, panel_example.completed_interview_id, None)
    texts = "\n".join(visible_texts(chair_view))
    for rater in view.raters:
        assert rater.name in texts
    assert view.candidate_name in chair_view.windowTitle()
