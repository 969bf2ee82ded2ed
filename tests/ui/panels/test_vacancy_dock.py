"""The vacancy panel: its text with competencies highlighted, and its empty state."""

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from interviewdesk.example import texts as example_texts
from interviewdesk.ui.panels import CandidateDock, VacancyDock
from tests.ui.panels.panel_helpers import highlighted

Window = Callable[[], tuple[QMainWindow, CandidateDock, VacancyDock]]


def test_vacancy_text_with_competency_names_highlighted(window: Window) -> None:
    _main, _cv, dock = window()
    dock.set_vacancy("Servicemonteur", "Wij zoeken klantgerichtheid en samenwerken.\n"
                     "Samenwerken is key.", ["Klantgerichtheid", "Samenwerken"])
    assert dock.heading.full_text() == "Servicemonteur"
    assert highlighted(dock.text.view) == ["klantgerichtheid", "samenwerken", "Samenwerken"]


def test_example_vacancy_and_empty_state(window: Window) -> None:
    _main, _cv, dock = window()
    dock.set_vacancy(example_texts.VACANCY_TITLE, example_texts.VACANCY_TEXT,
                     [c.keywords for c in example_texts.COMPETENCIES])
    assert "Storingen" in highlighted(dock.text.view)

    dock.set_vacancy("Planner", "", [])
    assert not dock.text.has_text()
    assert dock.text.empty_label.text().startswith("No vacancy text yet")
