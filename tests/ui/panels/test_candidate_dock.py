"""The candidate panel: CV and letter with keywords highlighted, the original PDF,
the empty state, zoom, and a stable name for the window's saved layout."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from interviewdesk.example import texts as example_texts
from interviewdesk.ui.panels import CandidateDock, VacancyDock
from tests.ui.panels.panel_helpers import highlighted, pdf_bytes

CV = "Profiel\nServicemonteur. Storingen verhelpen, storingsdienst en onderhoud.\nCafé"
KEYWORDS = ["Klantgerichtheid", "storing, onderhoud", "cafe"]

Window = Callable[[], tuple[QMainWindow, CandidateDock, VacancyDock]]


def test_keywords_are_highlighted_in_cv_and_letter(window: Window) -> None:
    _main, dock, _vacancy = window()
    dock.set_candidate("Joël Bakker", CV, "Mijn klantgerichtheid blijkt uit …", KEYWORDS, None)

    assert dock.heading.full_text() == "Joël Bakker"
    assert highlighted(dock.cv.view) == ["Storingen", "storingsdienst", "onderhoud", "Café"]
    assert highlighted(dock.letter.view) == ["klantgerichtheid"]

    dock.set_candidate("Joël Bakker", CV, "", [], None)
    assert highlighted(dock.cv.view) == []


def test_example_cv_is_readable_with_competencies_highlighted(window: Window) -> None:
    _main, dock, _vacancy = window()
    keywords = [c.name for c in example_texts.COMPETENCIES] + [
        c.keywords for c in example_texts.COMPETENCIES]
    dock.set_candidate("Joël Bakker", example_texts.JOEL_CV, example_texts.JOEL_LETTER,
                       keywords, None)
    marked = {word.lower() for word in highlighted(dock.cv.view)}
    assert {"onderhoud", "storingen", "storingsdienst"} <= marked
    assert dock.cv.view.isReadOnly()
    assert dock.cv.view.font().pointSizeF() >= QLabel().font().pointSizeF()


def test_original_tab_only_with_pdf_bytes(window: Window, qtbot: Any) -> None:
    _main, dock, _vacancy = window()
    dock.set_candidate("Joël", CV, "", KEYWORDS, pdf_bytes(pages=3))
    assert dock.has_original()
    assert dock.original.page_count() == 3
    dock.tabs.setCurrentWidget(dock.original)
    assert dock.original.page_label.text() == "Page 1 of 3"
    dock.original.go_to_page(2)
    qtbot.waitUntil(lambda: dock.original.page_label.text() == "Page 3 of 3")
    assert not dock.zoom_in_button.isEnabled()  # the PDF fits the width

    dock.set_candidate("Sanne", CV, "", KEYWORDS, None)
    assert not dock.has_original()
    assert dock.tabs.currentWidget() is dock.cv
    assert dock.original.page_count() == 0

    dock.set_candidate("Broken", CV, "", KEYWORDS, b"%PDF-1.7 not really")
    assert not dock.has_original()


def test_no_cv_yet_is_explained(window: Window) -> None:
    _main, dock, _vacancy = window()
    dock.set_candidate("Sanne", "", "", KEYWORDS, None)
    assert not dock.cv.has_text()
    assert dock.cv.stack.currentWidget() is dock.cv.empty_panel
    assert dock.cv.empty_label.text().startswith("No CV yet — import one")
    assert "PDF, DOCX or TXT" in dock.cv.empty_label.text()
    assert dock.letter.empty_label.text().startswith("No motivation letter yet")
    dock.start_find("x")
    assert dock.cv.find_bar.isHidden()

    dock.set_candidate("Sanne", CV, "", KEYWORDS, None)
    assert dock.cv.has_text()


def test_zoom_changes_the_font_and_is_reported(window: Window, qtbot: Any) -> None:
    _main, dock, _vacancy = window()
    dock.set_candidate("Joël", CV, "Brief", KEYWORDS, None)
    normal = dock.cv.view.font().pointSizeF()

    with qtbot.waitSignal(dock.zoomChanged) as signal:
        dock.zoom = 1.25
    assert signal.args == [1.25]
    assert dock.cv.view.font().pointSizeF() == normal * 1.25
    assert dock.letter.view.font().pointSizeF() == normal * 1.25
    assert dock.zoom_reset_button.text() == "125%"

    dock.cv.view.setFocus()
    qtbot.keyClick(dock.cv.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert dock.zoom > 1.25
    qtbot.keyClick(dock.cv.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dock.zoom == 1.0
    assert dock.cv.view.font().pointSizeF() == normal
    qtbot.keyClick(dock.cv.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dock.zoom < 1.0

    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    dock.cv.view.wheelEvent(wheel)
    assert dock.zoom == 1.0

    dock.zoom = 99
    assert dock.zoom == 3.0
    assert not dock.zoom_in_button.isEnabled()


def test_docks_keep_their_names_for_the_saved_layout(window: Window, qtbot: Any) -> None:
    main, dock, vacancy = window()
    assert (dock.objectName(), vacancy.objectName()) == ("cvDock", "vacancyDock")
    features = QDockWidget.DockWidgetFeature
    for panel in (dock, vacancy):
        assert panel.features() & features.DockWidgetMovable
        assert panel.features() & features.DockWidgetFloatable
        assert panel.features() & features.DockWidgetClosable
    vacancy.hide()
    state = main.saveState()

    again = QMainWindow()
    qtbot.addWidget(again)
    again.setCentralWidget(QLabel("wizard"))
    restored_cv, restored_vacancy = CandidateDock(again), VacancyDock(again)
    again.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, restored_cv)
    again.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, restored_vacancy)
    assert again.restoreState(state)
    assert again.dockWidgetArea(restored_cv) == Qt.DockWidgetArea.RightDockWidgetArea
    assert restored_vacancy.isHidden()
