"""The candidate comparison: the panel's results as heat cells, sorted by clicking the
headers, and no numbers for candidates whose panel has not every form in."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.comparison_model import CONSENSUS_ROLE, VALUE_ROLE
from interviewdesk.ui.assessment.comparison_view import ComparisonView
from tests.ui.assessment import panel_fixtures
from tests.ui.assessment.panel_fixtures import submit, visible_texts

# The shared fixtures, used by name.
panel_example = panel_fixtures.panel_example

BARE_NUMBER = re.compile(r"^\s*\d([.,]\d+)?\s*$")
DANIELLE, JOEL, MEHMET, THIJS = "Daniëlle Kok", "Joël Bakker", "Mehmet Öztürk", "Thijs van Dijk"


@pytest.fixture
def comparison(qtbot: Any, english: None) -> Iterator[ComparisonView]:
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    yield view


@pytest.fixture
def three_complete(db: Database, panel_example: ExampleIds) -> ExampleIds:
    """Thijs's last form is in (no disagreement), and Mehmet's panel scored him high on
    craftsmanship only: three candidates with numbers, Joël's interview still to come."""
    vak, *others = panel_example.competency_ids
    _sanne, rene, _inge = panel_example.waiting_panel_member_ids
    submit(db, panel_example.waiting_interview_id, rene,
           {vak: 3, others[0]: 4, others[1]: 3, others[2]: 4, others[3]: 3})
    for member in (4, 5):  # Mehmet's panel: Sanne and René
        submit(db, panel_example.in_progress_interview_id, member,
               {vak: 5, **dict.fromkeys(others, 2)}, "no")
    return panel_example


def click_header(qtbot: Any, view: ComparisonView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_complete_interviews_show_results_with_consensus_marked(
        comparison: ComparisonView, db: Database, panel_example: ExampleIds) -> None:
    comparison.load(db, panel_example.vacancy_id)
    model = comparison.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).candidate_name == DANIELLE)

    cells = [model.index(row, column) for column in
             range(model.first_competency_column, model.total_column)]
    assert [cell.data() for cell in cells] == ["4", "3", "3.7", "3.3", "3.7"]
    assert [cell.data(CONSENSUS_ROLE) for cell in cells] == [False, True, False, False, False]
    assert model.index(row, model.total_column).data() == "3.6"
    assert model.index(row, model.total_column).data(VALUE_ROLE) == pytest.approx(25 / 7)
    assert model.index(row, model.outcome_column).data() == "Next round"
    assert "consensus" in cells[1].data(Qt.ItemDataRole.ToolTipRole)


def test_incomplete_interviews_show_no_scores(
        comparison: ComparisonView, db: Database, panel_example: ExampleIds) -> None:
    comparison.load(db, panel_example.vacancy_id)
    model = comparison.model
    waiting = {model.row_at(r).candidate_name: r for r in range(model.rowCount())
               if model.row_at(r).candidate_name != DANIELLE}
    assert set(waiting) == {JOEL, MEHMET, THIJS}

    for name, row in waiting.items():
        first = model.index(row, model.first_competency_column).data()
        if name == THIJS:
            assert first == "Awaiting forms (missing: René Mulder)"
        if name == JOEL:
            assert first.startswith("Interview not held yet")
        for column in range(model.first_competency_column + 1, model.outcome_column):
            assert model.index(row, column).data() in (None, "")
        for column in range(model.first_competency_column, model.outcome_column):
            assert model.index(row, column).data(VALUE_ROLE) is None
        shown = comparison.proxy.mapFromSource(model.index(row, 0)).row()
        assert comparison.table.columnSpan(shown, model.first_competency_column) == (
            model.competency_count + 1)
    numbers = {text for text in visible_texts(comparison) if BARE_NUMBER.match(text)}
    assert numbers == {"4", "3", "3.7", "3.3", "3.6"}  # Daniëlle's, nobody else's


def test_sorting_by_total_by_clicking_its_header(
        qtbot: Any, comparison: ComparisonView, db: Database,
        three_complete: ExampleIds) -> None:
    comparison.load(db, three_complete.vacancy_id)
    assert comparison.candidate_order() == [DANIELLE, JOEL, MEHMET, THIJS]

    click_header(qtbot, comparison, comparison.model.total_column)
    assert comparison.candidate_order() == [DANIELLE, THIJS, MEHMET, JOEL]  # best first

    click_header(qtbot, comparison, comparison.model.total_column)
    assert comparison.candidate_order() == [MEHMET, THIJS, DANIELLE, JOEL]  # empty last

    # The waiting row keeps its one line across the numbers after sorting.
    joel = comparison.candidate_order().index(JOEL)
    assert comparison.table.columnSpan(joel, 1) == comparison.model.competency_count + 1
    assert comparison.table.columnSpan(0, 1) == 1


def test_sorting_by_a_competency(qtbot: Any, comparison: ComparisonView, db: Database,
                                 three_complete: ExampleIds) -> None:
    comparison.load(db, three_complete.vacancy_id)
    vakmanschap = comparison.model.column_of(three_complete.competency_ids[0])

    click_header(qtbot, comparison, vakmanschap)
    assert comparison.candidate_order() == [MEHMET, DANIELLE, THIJS, JOEL]

    comparison.sort_by(comparison.model.column_of(three_complete.competency_ids[1]),
                       Qt.SortOrder.AscendingOrder)  # Klantgerichtheid: 2, 3, 4
    assert comparison.candidate_order() == [MEHMET, DANIELLE, THIJS, JOEL]
    comparison.sort_by(0, Qt.SortOrder.AscendingOrder)
    assert comparison.candidate_order() == [DANIELLE, JOEL, MEHMET, THIJS]


def test_double_click_asks_for_the_candidates_panel_discussion(
        qtbot: Any, comparison: ComparisonView, db: Database,
        panel_example: ExampleIds) -> None:
    comparison.load(db, panel_example.vacancy_id)
    index = comparison.proxy.index(comparison.candidate_order().index(DANIELLE), 0)
    rect = comparison.table.visualRect(index)

    asked: list[int] = []
    comparison.interviewActivated.connect(asked.append)

    # A double-click is a press-release and then a double-click event.
    qtbot.mouseClick(comparison.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(comparison.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [panel_example.completed_interview_id]

    qtbot.keyClick(comparison.table, Qt.Key.Key_Return)
    assert asked == [panel_example.completed_interview_id] * 2


def test_empty_states_say_what_to_do(comparison: ComparisonView, db: Database,
                                     records: Any) -> None:
    vacancy = records.vacancy("Planner")
    comparison.load(db, vacancy)
    assert comparison.stack.currentWidget() is comparison.empty
    assert comparison.empty.text().startswith("No competencies yet")

    records.competency(vacancy, "Plannen")
    comparison.load(db, vacancy)
    assert comparison.empty.text().startswith("No interviews yet")

    comparison.load(db, 9999)
    assert comparison.empty.text() == "This vacancy no longer exists."
