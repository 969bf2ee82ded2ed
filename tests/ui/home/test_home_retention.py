"""The home view's "Due for deletion" and the start-up banner, through the real widgets."""

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlmodel import select

from interviewdesk.store.models import Erasure
from interviewdesk.store.retention import retention_of
from interviewdesk.ui.home.models import SUBTITLE_ROLE
from interviewdesk.ui.main_window import MainWindow


def due_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.home.sidebar.retention.model
    return [(model.index(r, 0).data(), model.index(r, 0).data(SUBTITLE_ROLE))
            for r in range(model.rowCount())]


def load(window: MainWindow, qtbot: Any) -> None:
    window.home.refresh()
    window.show_view("home")
    qtbot.waitUntil(lambda: not window.home.follow_up_pending())


def test_due_for_deletion_lists_overdue_and_soon_with_reasons(
        main_window: MainWindow, records: Any, qtbot: Any) -> None:
    today = date.today()
    ended = records.vacancy("Monteur", today - timedelta(weeks=6))
    ending = records.vacancy("Planner", today - timedelta(weeks=4) + timedelta(days=3))
    running = records.vacancy("Adviseur", None)
    records.candidate("Bram Overdue", ended, status="rejected")
    records.candidate("Anouk Soon", ending, status="rejected")
    records.candidate("Daan Running", running)
    load(main_window, qtbot)

    section = main_window.home.sidebar.retention
    assert section.isVisible()
    rows = due_rows(main_window)
    assert [title for title, _ in rows] == ["! Bram Overdue", "Anouk Soon"]
    assert rows[0][1].startswith("Overdue since ")
    assert rows[0][1].endswith(" · end + 4 weeks")
    assert rows[1][1].startswith("Due ")
    assert section.overdue.text() == "! 1 overdue"
    tooltip = section.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Monteur" in tooltip and "Without consent" in tooltip


def test_banner_at_start_leads_to_the_list(
        main_window: MainWindow, records: Any, qtbot: Any) -> None:
    ended = records.vacancy("Monteur", date.today() - timedelta(weeks=6))
    records.candidate("Bram Overdue", ended, status="rejected")
    records.candidate("Chris Overdue", ended, status="withdrawn")
    load(main_window, qtbot)

    banner = main_window.retention_banner
    assert banner.isVisible()
    assert banner.label.text().startswith("The retention period of 2 candidates has passed")
    QTest.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    section = main_window.home.sidebar.retention
    assert section.view.hasFocus() or section.view.currentIndex().row() == 0
    QTest.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    load(main_window, qtbot)
    assert not banner.isVisible()  # "Not now" holds for this session


def test_nothing_due_shows_neither(main_window: MainWindow, records: Any, qtbot: Any) -> None:
    running = records.vacancy("Adviseur", date.today() + timedelta(days=30))
    records.candidate("Daan", running)
    load(main_window, qtbot)
    assert not main_window.home.sidebar.retention.isVisible()
    assert not main_window.retention_banner.isVisible()


def test_the_periods_come_from_the_settings(
        main_window: MainWindow, records: Any, qtbot: Any, settings: Any) -> None:
    ended = records.vacancy("Monteur", date.today() - timedelta(weeks=6))
    candidate = records.candidate("Bram", ended, status="rejected")
    settings.retention_weeks = 8
    main_window.home.retention_policy = settings.retention_policy()
    load(main_window, qtbot)
    assert due_rows(main_window) == []
    assert not main_window.retention_banner.isVisible()
    keep = retention_of(main_window.db, candidate, settings.retention_policy()).keep
    assert keep.date == date.today() - timedelta(weeks=6) + timedelta(weeks=8)


def test_erase_from_the_list_asks_first(main_window: MainWindow, records: Any, qtbot: Any,
                                        messages: Any) -> None:
    ended = records.vacancy("Monteur", date.today() - timedelta(weeks=6))
    records.candidate("Bram Overdue", ended, status="rejected")
    load(main_window, qtbot)
    section = main_window.home.sidebar.retention
    section.view.setCurrentIndex(section.model.index(0, 0))
    messages.answer = False
    QTest.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    assert messages.names() == ["confirm"]
    assert due_rows(main_window)
    messages.answer = True
    QTest.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main_window.home.follow_up_pending())
    assert due_rows(main_window) == []
    assert not section.isVisible()
    assert "cannot be undone" in messages.texts("confirm")[-1]
    assert "also from the backups" in messages.texts("confirm")[-1]
    assert main_window.statusBar().currentMessage() == (
        "Bram Overdue was deleted, also from the backups.")
    main_window.db.close()
    data_dir = main_window.data_dir
    leftovers = [p for p in data_dir.rglob("*") if p.is_file()
                 and b"Bram Overdue" in p.read_bytes()]
    assert leftovers == []
    with main_window.db.session() as session:
        [entry] = session.exec(select(Erasure)).all()
    assert entry.reason == "retention"


def test_the_periods_are_set_in_the_settings_dialog_and_the_list_follows(
        main_window: MainWindow, records: Any, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from interviewdesk.store.retention import policy_from_settings
    from interviewdesk.ui.settings_dialog import SettingsDialog

    ended = records.vacancy("Monteur", date.today() - timedelta(weeks=6))
    records.candidate("Bram Overdue", ended, status="rejected")
    load(main_window, qtbot)
    assert due_rows(main_window)

    def edit(dialog: SettingsDialog) -> int:
        assert dialog.retention_weeks.value() == 4
        assert dialog.retention_months.value() == 12
        dialog.retention_weeks.setValue(8)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", edit)
    main_window.settings_action.trigger()
    assert due_rows(main_window) == []
    assert policy_from_settings(main_window.data_dir).weeks_without_consent == 8
