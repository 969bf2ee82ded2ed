"""The contact log dialog, from the candidate's row and from the follow-up: entries are
checked, stored, listed, removed, and a logged contact takes the candidate off the
follow-up list — through the real widgets, on the example data."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.contact_log import contacts_of
from interviewdesk.store.database import Database
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.home.contact_log import ContactLogDialog
from interviewdesk.ui.main_window import MainWindow
from tests.ui.home.test_home_follow_up import (
    application_status,
    click_row,
    position,
    rows,
    wait_for_follow_up,
)
from tests.ui.modal import when_modal


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def home(main_window: MainWindow, example: ExampleIds, qtbot: Any) -> HomeView:
    """The home view on the example, with its follow-up read."""
    main_window.home.refresh()
    main_window.show_view("home")
    wait_for_follow_up(qtbot, main_window.home)
    return main_window.home


def _fill(dialog: ContactLogDialog, summary: str, *, reasons: str = "") -> None:
    QTest.keyClicks(dialog.by_edit, "Sanne de Vries")
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    QTest.keyClicks(dialog.summary, summary)
    if reasons:
        dialog.rejection.click()
        QTest.keyClicks(dialog.reasons, reasons)


def test_a_logged_contact_takes_the_candidate_off_the_follow_up(
        home: HomeView, example: ExampleIds, db: Database, qtbot: Any) -> None:
    section = home.sidebar.follow_up
    click_row(section, position(section, "Daniëlle Kok"))
    application_id = section.selected().application_id  # type: ignore[union-attr]
    assert section.contact_action.isEnabled()
    seen: list[str] = []

    def act(dialog: ContactLogDialog) -> None:
        assert dialog.empty.isVisible() and not dialog.history.isVisible()
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # empty: refused
        seen.append(dialog.problem.text())
        assert contacts_of(db, application_id) == []
        _fill(dialog, "Gebeld: door naar de tweede ronde.")
        dialog.rejection.click()
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # no reasons
        seen.append(dialog.problem.text())
        QTest.keyClicks(dialog.reasons, "Te weinig ervaring met storingen.")
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.history.count() == 1
        seen.append(dialog.history.item(0).text())
        assert dialog.summary.toPlainText() == ""  # ready for the next one
        dialog.reject()

    script = when_modal(ContactLogDialog, act)
    section.contact_action.trigger()
    assert script.seen
    assert seen[0] == "Fill in who spoke to the candidate."
    assert "rejected candidate has the right to hear why" in seen[1]
    assert "Phone · Sanne de Vries" in seen[2]
    assert "Reasons given: Te weinig ervaring met storingen." in seen[2]
    [contact] = contacts_of(db, application_id)
    assert contact.rejection and contact.channel == "phone"
    # no flip: the log changes no status
    assert application_status(db, example.candidate_ids[2]) == "decided"
    wait_for_follow_up(qtbot, home)
    assert all("Daniëlle" not in title for title, _sub in rows(section))


def test_the_candidates_row_opens_the_log_and_an_entry_can_be_removed(
        home: HomeView, example: ExampleIds, db: Database, messages: Any) -> None:
    detail = home.detail
    assert home.select_candidate(example.vacancy_id, example.candidate_ids[2])
    row = detail.selected_candidate()
    assert row is not None
    button = detail.candidates.row_buttons[detail.contact_log_action]
    assert button.text() == "Contact log…" and button.isEnabled()
    counts: list[int] = []

    def act(dialog: ContactLogDialog) -> None:
        assert dialog.windowTitle() == "Contact log — Daniëlle Kok"
        _fill(dialog, "Brief met uitnodiging gestuurd.")
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        counts.append(dialog.history.count())
        dialog.history.setCurrentRow(0)
        assert dialog.remove_button.isEnabled()
        QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        counts.append(dialog.history.count())
        dialog.reject()

    when_modal(ContactLogDialog, act)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert counts == [1, 0]
    assert messages.names() == ["confirm"]
    assert contacts_of(db, row.application_id) == []
