"""View ▸ Calibration through the real widgets: the two charts draw what they are
given (grabbed to images), names follow the rule (own, consent, chair; letters
otherwise, the PIN asked), not enough data is words, and the menu opens it."""

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.store import pins
from interviewdesk.store.calibration_practice import set_sharing
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.identity import PinDialog, forget_tries
from interviewdesk.ui.calibration.dot_plot import DOT, Dot, DotPlot, DotRow, Legend
from interviewdesk.ui.calibration.icc_bars import COLOURS, Bar, IccBars
from interviewdesk.ui.calibration.window import CalibrationWindow
from tests.calibration_support import fill
from tests.ui.modal import when_modal

PANELS = [
    [[2, 3, 2], [4, 4, 3]],
    [[3, 4, 3], [2, None, 2]],
    [[4, 5, 4], [5, 5, 4]],
    [[1, 3, 1], [3, 4, 3]],
    [[3, 5, 2], [2, 4, 4]],
]
NAMES = ["Anna Jansen", "Bram Visser", "Cem Yilmaz"]
LEGEND = Legend("score", "mean", "band", "milder", "stricter")


def _image(widget: Any, qtbot: Any, width: int = 700) -> QImage:
    qtbot.addWidget(widget)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget.grab().toImage()


def _close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 40 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_the_dot_plot_draws_each_dot_where_its_value_is(qtbot: Any) -> None:
    plot = DotPlot()
    plot.set_rows([DotRow("Interviewer A", (Dot(-1.0, "one"), Dot(2.0, "two")), 0.5),
                   DotRow("Interviewer B", (), None)], LEGEND)
    image = _image(plot, qtbot)
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                for y in range(0, image.height(), 7)}) > 5  # not blank
    centres = plot.dot_centres()
    assert [dot.tooltip for _c, dot in centres] == ["one", "two"]
    for centre, dot in centres:
        assert centre.x() == pytest.approx(plot.x_of(dot.value))
        assert _close(image.pixelColor(centre.toPoint()), DOT)
    assert centres[0][0].x() < plot.x_of(0) < centres[1][0].x()  # stricter left, milder right
    # Nothing to compare: no dot in the second row, and no dot far from the data.
    second_row = plot.dot_centres()
    assert all(c.y() < plot.height() / 2 + 20 for c, _d in second_row)
    assert plot.dot_at(centres[1][0] + QPointF(1, 1)).tooltip == "two"  # type: ignore[union-attr]
    assert plot.dot_at(QPointF(2, 2)) is None


def test_the_bars_are_coloured_by_reading_and_too_little_is_words(qtbot: Any) -> None:
    bars = IccBars()
    bars.set_bars([Bar("Samenwerken", 0.8, 0.6, 0.95, "good", "0.80 good", "tip"),
                   Bar("Vakkennis", 0.3, -0.2, 0.7, "poor", "0.30 poor", "tip"),
                   Bar("Klantgericht", None, None, None, "not_enough_data",
                       "not enough data", "tip")],
                  {"good": "good", "moderate": "moderate", "poor": "poor", "band": "95%"})
    image = _image(bars, qtbot)
    good, poor = bars.bar_rect(0), bars.bar_rect(1)
    assert good is not None and poor is not None and bars.bar_rect(2) is None
    assert good.width() > poor.width() > 0
    assert bars.low_end() == -0.25  # the band reaches below 0
    # Sample a bar off its middle line (where the confidence line runs).
    for rect, reading in ((good, "good"), (poor, "poor")):
        point = QPoint(int(rect.left() + rect.width() * 0.3), int(rect.top() + 3))
        assert _close(image.pixelColor(point), COLOURS[reading])
    # The third row holds no coloured bar anywhere in the plot.
    row = int(bars.bar_rect(0).center().y() + 2 * 30)  # type: ignore[union-attr]
    colours = {image.pixelColor(x, row).name() for x in range(int(bars.x_of(0)) + 2,
                                                             int(bars.x_of(1.0)), 3)}
    assert not any(_close(QColor(c), COLOURS[k]) for c in colours for k in COLOURS)


@pytest.fixture
def filled(db: Database) -> Any:
    return fill(db, "Monteur", NAMES, PANELS)


@pytest.fixture
def window(qtbot: Any, english: None, db: Database, filled: Any) -> CalibrationWindow:
    view = CalibrationWindow(db, default_agenda())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def _names_everywhere(view: CalibrationWindow) -> str:
    texts = [row.label for row in view.dots.rows]
    texts += [cell for row in view.figures_table.texts() for cell in row]
    texts += [dot.tooltip for row in view.dots.rows for dot in row.dots]
    return "\n".join(texts)


def test_nobody_chosen_shows_letters_and_the_consenting_by_name(
        window: CalibrationWindow, db: Database, filled: Any) -> None:
    shown = _names_everywhere(window)
    assert "Interviewer A" in shown and "Interviewer C" in shown
    assert not any(name.split()[0] in shown for name in NAMES)
    set_sharing(db, filled.interviewer_ids[2], True)
    window.reload()
    shown = _names_everywhere(window)
    assert "Cem Yilmaz" in shown and "Anna" not in shown and "Bram" not in shown
    assert "Interviewer C" not in shown  # letters among the anonymised only: A, B
    assert [row.label for row in window.dots.rows] == ["Interviewer A", "Interviewer B",
                                                        "Cem Yilmaz"]
    assert [row.named for row in window.dots.rows] == [False, False, True]


def test_the_chair_sees_every_name_after_the_pin(window: CalibrationWindow, db: Database,
                                                 filled: Any) -> None:
    forget_tries()
    anna = filled.interviewer_ids[0]
    pins.set_pin(db, anna, "2468")

    def type_pin(dialog: PinDialog) -> None:
        dialog.field.setText("2468")
        dialog.accept()

    script = when_modal(PinDialog, type_pin)
    assert window.look_as(anna)
    assert len(script.seen) == 1
    shown = _names_everywhere(window)
    for name in NAMES:  # fill() puts Anna in the chair of every interview
        assert name in shown
    assert "Interviewer A" not in shown


def test_a_member_sees_only_their_own_name_and_cancel_changes_nothing(
        window: CalibrationWindow, db: Database, filled: Any) -> None:
    forget_tries()
    bram, cem = filled.interviewer_ids[1:]
    assert window.look_as(bram)  # no PIN: nothing to ask
    shown = _names_everywhere(window)
    assert "Bram Visser" in shown and "Anna" not in shown and "Cem" not in shown
    pins.set_pin(db, cem, "1357")
    script = when_modal(PinDialog, lambda dialog: dialog.reject())
    assert not window.look_as(cem)
    assert len(script.seen) == 1
    assert window.viewer == bram and window.viewer_box.currentData() == bram
    assert "Cem" not in _names_everywhere(window)


def test_too_little_data_is_words_and_the_period_filters(
        qtbot: Any, english: None, db: Database) -> None:
    fill(db, "Planner", ["Anna", "Bram"], [[[3, 4], [2, 2]], [[4, 4], [3, 2]]])
    view = CalibrationWindow(db, default_agenda())
    qtbot.addWidget(view)
    view.show()
    assert all(bar.value is None and bar.text == "not enough data" for bar in view.bars.bars)
    rows = view.reliability_table.texts()
    assert rows[0][2] == "not enough data" and rows[0][3] == "not enough data"
    assert "Closed rounds counted: 2." in view.summary.text()
    view.until.setDate(view.until.date().fromString("2026-03-01", "yyyy-MM-dd"))
    view.until_on.setChecked(True)
    assert "Closed rounds counted: 0." in view.summary.text()
    assert view.empty.isVisible() and not view.bars.isVisible()
    view.since.setDate(view.since.date().fromString("2026-03-05", "yyyy-MM-dd"))
    view.since_on.setChecked(True)
    assert "ends before it starts" in view.summary.text()


def test_the_view_menu_opens_one_calibration_window(main_window: Any, qtbot: Any) -> None:
    main_window.load_example()
    action = main_window.calibration_action
    assert action in main_window.view_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()
    first = main_window._calibration_window
    assert first is not None and first.isVisible()
    assert first.windowTitle() == "Calibration"
    action.trigger()
    assert main_window._calibration_window is first
    # The example's one closed round of three raters: words, not a number.
    assert all(bar.value is None for bar in first.bars.bars)
    assert first.practice is not None and first.practice.interviews == 2
    first.close()


def test_sharing_is_set_in_the_interviewers_dialog_with_the_pin(
        qtbot: Any, english: None, db: Database, filled: Any, messages: Any) -> None:
    from interviewdesk.store.calibration_practice import consenting
    from interviewdesk.ui.editors.interviewer_dialogs import InterviewersDialog

    forget_tries()
    cem = filled.interviewer_ids[2]
    pins.set_pin(db, cem, "1357")
    dialog = InterviewersDialog(db)
    qtbot.addWidget(dialog)
    dialog.refresh(cem)
    row = dialog.table.currentRow()
    assert dialog.table.item(row, 4).text() == "not shared"
    script = when_modal(PinDialog, lambda d: d.reject())
    dialog.share_selected()
    assert len(script.seen) == 1 and consenting(db) == set()

    def type_pin(d: PinDialog) -> None:
        d.field.setText("1357")
        d.accept()

    when_modal(PinDialog, type_pin)
    dialog.share_selected()
    assert consenting(db) == {cem}
    assert "Share the calibration figures of Cem Yilmaz" in messages.texts("confirm")[-1]
    assert dialog.table.item(dialog.table.currentRow(), 4).text() == "shared"


def test_print_makes_the_document_with_the_names_the_view_shows(
        window: CalibrationWindow, filled: Any) -> None:
    from tests.reports.pdf_support import text_of

    bram = filled.interviewer_ids[1]
    assert window.look_as(bram)
    preview = window.print_document()
    assert preview is not None
    try:
        text = " ".join(text_of(preview.pdf_path).split())  # type: ignore[attr-defined]
        assert "Made for Bram Visser" in text and "Bram Visser" in text
        assert "Anna" not in text and "Cem" not in text
        assert "How the interviews went" in text
    finally:
        preview.close()
