"""The training window through its real widgets: the interviewer chooses their name
(PIN asked), rates alone with the keys 1–5, and sees the reference, its reasoning and
the colleagues' scores (anonymous) only after saving; their results appear beside the
list; the menu opens it."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from interviewdesk.example.database import ExampleIds
from interviewdesk.store import exercises, pins
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.identity import PinDialog
from interviewdesk.ui.training.exercise_window import ExerciseWindow
from tests.ui.modal import when_modal

PIN = "2468"
KEY = "en-07"


@pytest.fixture
def window(qtbot: Any, english: None, db: Database, example: ExampleIds) -> ExerciseWindow:
    _sanne, rene, inge = example.interviewer_ids
    exercise = exercises.find_exercise(db, KEY)
    exercises.rate(db, rene, exercise, 2, "René's reason, never shown to others")
    exercises.rate(db, inge, exercise, 4, "")
    shown = ExerciseWindow(db)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def text_of(window: QWidget) -> str:
    """Every text in the window: labels, buttons, fields, tool tips, the list and the
    results table (``visible_texts`` cannot read a list widget's model)."""
    texts = []
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QListWidget):
            texts += [t for i in range(widget.count())
                      for t in (widget.item(i).text(), widget.item(i).toolTip())]
        elif isinstance(widget, QTableWidget):
            texts += [widget.item(r, c).text() for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c)]
        elif not isinstance(widget, QAbstractItemView):
            texts += visible_texts_of_one(widget)
    return "\n".join(" ".join(t.split()) for t in texts if t)


def visible_texts_of_one(widget: QWidget) -> list[str]:
    """The texts of ``widget`` itself (not its children)."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        texts.append(widget.text())
    elif isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def choose(window: ExerciseWindow, interviewer: int) -> None:
    index = window.who.findData(interviewer)
    window.who.setCurrentIndex(index)
    window.who.activated.emit(index)


def select(window: ExerciseWindow, key: str) -> None:
    row = next(r for r in range(window.list.count())
               if window.list.item(r).data(Qt.ItemDataRole.UserRole) == key)
    window.list.setCurrentRow(row)


def test_rate_alone_then_the_reference_and_anonymous_colleagues_appear(
        qtbot: Any, window: ExerciseWindow, db: Database, example: ExampleIds) -> None:
    sanne = example.interviewer_ids[0]
    reasoning = exercises.find_exercise(db, KEY).reasoning
    assert "Choose your name" in text_of(window)
    assert reasoning[:40] not in text_of(window)

    pins.set_pin(db, sanne, PIN)
    script = when_modal(PinDialog, lambda d: (d.field.setText(PIN), d.accept()))
    choose(window, sanne)
    assert len(script.seen) == 1 and window.viewer == sanne
    select(window, KEY)

    before = text_of(window)
    assert "The planners don't understand the work" in before
    assert "I stopped answering the planners' calls" in before  # the answer
    assert "Offers help unprompted" in before  # the anchors
    for hidden in (reasoning[:40], "Reference score", "Colleague A", "René", "Inge"):
        assert hidden not in text_of(window.view), hidden
    assert reasoning[:40] not in before and "Reference score" not in before

    window.activateWindow()  # back from the PIN dialog
    qtbot.waitUntil(window.isActiveWindow)
    window.view.focus_score()
    assert window.view.choice.hasFocus()
    qtbot.keyClick(window.view.choice, Qt.Key.Key_2)
    assert window.view.chosen_score() == 2
    assert window.view.reason.hasFocus()  # on to the reason
    qtbot.keyClicks(window.view.reason, "Works with others only when needed.")
    assert reasoning[:40] not in text_of(window)
    qtbot.keyClick(window.view.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    own = exercises.own_rating(db, sanne, KEY)
    assert own is not None and (own.score, own.reason) == (2, "Works with others only when needed.")
    after = text_of(window)
    assert reasoning[:40] in " ".join(after.split())
    assert "Reference score: 1 · Clearly below" in after
    assert "You were 1 point milder than the reference." in after
    assert "Sanne de Vries (you): 2 · Below" in after
    assert "Colleague A: 2 · Below" in after and "Colleague B: 4 · Above" in after
    assert "never shown" not in after
    assert "René" not in text_of(window.view) and "Inge" not in text_of(window.view)
    assert window.view.choice.read_only and window.view.reason is None
    assert not window.save_button.isEnabled()
    assert "1 exercise rated." in window.results.summary.text()
    assert window.results.table.rowCount() == 1


def test_saving_without_a_score_says_so_and_stores_nothing(
        window: ExerciseWindow, db: Database, example: ExampleIds) -> None:
    sanne = example.interviewer_ids[0]
    choose(window, sanne)  # no PIN: no question
    assert window.viewer == sanne
    select(window, "en-01")
    window.save_button.click()
    assert "Choose a score first" in window.status.text()
    assert exercises.rated_keys(db, sanne) == set()


def test_a_cancelled_pin_keeps_whoever_was_rating(
        window: ExerciseWindow, db: Database, example: ExampleIds) -> None:
    sanne, rene, _inge = example.interviewer_ids
    choose(window, rene)
    pins.set_pin(db, sanne, PIN)
    script = when_modal(PinDialog, lambda d: d.reject())
    choose(window, sanne)
    assert len(script.seen) == 1
    assert window.viewer == rene and window.who.currentData() == rene
    select(window, KEY)
    # René rated this one already: he sees the reference, Inge as a colleague.
    texts = text_of(window)
    assert "René Mulder (you): 2 · Below" in texts and "Colleague A: 4 · Above" in texts


def test_results_per_month_and_per_five(window: ExerciseWindow, db: Database,
                                        example: ExampleIds) -> None:
    sanne = example.interviewer_ids[0]
    for key, score in [("nl-01", 4), ("nl-02", 3), ("nl-03", 5), ("nl-04", 3), ("nl-05", 3),
                       ("nl-06", 1)]:
        exercises.rate(db, sanne, exercises.find_exercise(db, key), score, "")
    choose(window, sanne)
    # Differences 0, +1, 0, +2, 0, 0: mean 0.5; 4 of 6 exactly right; 5 of 6 within one.
    summary = " ".join(window.results.summary.text().split())
    assert summary.startswith("6 exercises rated. On average 0.5 points from the reference; "
                              "67 % exactly right, 83 % within one point.")
    table = window.results.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Exercises 6–6", "Exercises 1–5"]
    assert [table.item(1, c).text() for c in range(1, 4)] == ["0.6", "60 %", "80 %"]
    window.results.grouping.setCurrentIndex(1)
    assert table.rowCount() == 1 and "(6)" in table.item(0, 0).text()


def test_the_menu_opens_one_training_window(main_window: Any, example: ExampleIds) -> None:
    action = main_window.training_action
    assert action in main_window.interview_menu.actions()
    assert action.text() == "Trai&ning: rate an example answer…"
    action.trigger()
    first = main_window.training_window
    assert isinstance(first, ExerciseWindow) and first.isVisible()
    action.trigger()
    assert main_window.training_window is first
    first.close()
    assert main_window.training_window is None


def test_a_huge_reason_is_refused_with_a_message_and_kept_in_the_field(
        window: ExerciseWindow, db: Database, example: ExampleIds) -> None:
    sanne = example.interviewer_ids[0]
    choose(window, sanne)
    select(window, "en-02")
    window.view.choice.choose(5)
    window.view.reason.setPlainText("x" * (exercises.MAX_REASON + 1))
    window.save_button.click()
    assert "longer than 2000 characters" in window.status.text()
    assert exercises.rated_keys(db, sanne) == set()
    assert len(window.view.reason.toPlainText()) == exercises.MAX_REASON + 1


def test_a_viewer_deleted_meanwhile_is_let_go(
        qtbot: Any, window: ExerciseWindow, db: Database, example: ExampleIds,
        messages: Any) -> None:
    from interviewdesk.store.interviewers import (
        InterviewerDraft,
        delete_interviewer,
        save_interviewer,
    )

    newcomer = save_interviewer(db, InterviewerDraft(name="Nieuwe collega"))
    window.refresh_people()
    choose(window, newcomer)
    assert window.viewer == newcomer
    delete_interviewer(db, newcomer)
    select(window, "en-02")
    window.view.choice.choose(4)
    window.save_button.click()
    assert messages.names() == ["error"]
    assert window.viewer is None and window.who.findData(newcomer) < 0
    assert "Choose your name" in text_of(window.view)


def test_the_keyboard_starts_at_the_name_and_esc_closes(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    window = ExerciseWindow(db)  # deletes itself on close: not handed to qtbot
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.who.hasFocus()
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
