"""Take offline / Bring back in the window (team mode only): the Interview menu and the
interview's row, the marks in the list, the refusal to open a held interview, the
conflict dialog, and the offer to open the offline copies when the server is gone."""

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from interviewdesk import app
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.exchange.offline import offline_dir
from interviewdesk.exchange.offline_marks import marks
from interviewdesk.store.database import Database
from interviewdesk.store.interview_edits import InterviewEdit
from interviewdesk.store.interview_records import apply_changes
from interviewdesk.store.models import Interview
from interviewdesk.store.startup import open_store
from interviewdesk.ui.exchange.conflict_dialog import LAPTOP, ConflictDialog
from interviewdesk.ui.exchange.offline_commands import TakeOfflineDialog
from tests.ui.modal import when_modal


@pytest.fixture
def team_window(qtbot: Any, english: None, settings: Any, data_dir: Path,
                pg_database: str) -> Iterator[tuple[Any, Database, ExampleIds]]:
    server = app.open_database(data_dir, settings, database_url=pg_database)
    assert isinstance(server, Database) and not server.is_sqlite
    ids = load_example(server)
    window = app.create_main_window(None, data_dir, settings)
    window.attach_database(server)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("home")
    window.home.select_vacancy(ids.vacancy_id)
    window.home.detail.tabs.setCurrentIndex(1)
    try:
        yield window, server, ids
    finally:
        window.close()
        window.deleteLater()
        qtbot.wait(50)
        app.shut_down(server, data_dir, settings)
        gc.collect()


def _stage_text(window: Any, interview_id: int) -> str:
    model = window.home.detail.interviews.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == interview_id)
    return str(model.index(row, 2).data(Qt.ItemDataRole.DisplayRole))


def test_take_offline_then_bring_back_with_a_conflict_chosen_in_the_dialog(
        team_window: Any, data_dir: Path, messages: Any, qtbot: Any) -> None:
    window, server, ids = team_window
    interview = ids.waiting_interview_id
    assert window.take_offline_action in window.interview_menu.actions()
    assert window.take_offline_action in window.home.detail.interviews.table.actions()
    assert window.home.detail.select_interview(interview)
    assert window.take_offline_action.isEnabled()

    seen = when_modal(TakeOfflineDialog, lambda dialog: (
        dialog.chosen() == [interview] and dialog.take_button.click()))
    window.take_offline_action.trigger()
    assert len(seen.seen) == 1
    assert messages.names()[-1] == "inform", messages.calls
    assert "Taken offline" in messages.texts("inform")[-1]
    assert interview in marks(server)
    assert _stage_text(window, interview).startswith("Taken offline by ")

    window.open_interview(interview)  # refused: a laptop holds it
    assert messages.names()[-1] == "error"
    assert "taken offline by" in messages.texts("error")[-1]

    laptop = open_store(data_dir)
    try:
        with laptop.session() as session:
            here = session.exec(__import__("sqlmodel").select(Interview.id)).one()
        apply_changes(laptop, here, [InterviewEdit(next_steps="laptop")])
    finally:
        laptop.close()
    apply_changes(server, interview, [InterviewEdit(next_steps="server")])

    def choose_laptop(dialog: ConflictDialog) -> None:
        assert [c.field for c in dialog.conflicts] == ["next_steps"]
        dialog.choose_all(LAPTOP)
        window.grab()  # painted at least once
        dialog.bring_back_button.click()

    seen = when_modal(ConflictDialog, choose_laptop)
    window.bring_back_action.trigger()
    assert len(seen.seen) == 1
    assert "Brought back" in messages.texts("inform")[-1], messages.calls
    with server.session() as session:
        assert session.get(Interview, interview).next_steps == "laptop"
    assert interview not in marks(server)
    assert not _stage_text(window, interview).startswith("Taken offline")
    window.bring_back_action.trigger()
    assert "holds no interviews taken offline" in messages.texts("inform")[-1]


def test_on_a_laptops_own_database_there_is_nothing_to_take_offline(main_window: Any) -> None:
    assert main_window.take_offline_action not in main_window.interview_menu.actions()
    assert main_window.offline is None


def test_without_the_server_the_offline_copies_can_be_opened(
        settings: Any, data_dir: Path, messages: Any) -> None:
    url = "postgresql://x@/nowhere?host=/nonexistent-socket-dir"
    assert app.open_database(data_dir, settings, database_url=url) is None
    assert messages.names() == ["error"]  # nothing held: nothing offered
    folder = offline_dir(data_dir)
    folder.mkdir(mode=0o700)
    (folder / "0b1c2d3e-0000-4000-8000-000000000000.idpkg").write_bytes(b"PK")
    opened = app.open_database(data_dir, settings, database_url=url)
    try:
        assert isinstance(opened, Database) and opened.is_sqlite
        assert messages.names() == ["error", "error", "ask"]
    finally:
        if isinstance(opened, Database):
            opened.close()
    messages.answer = False
    assert app.open_database(data_dir, settings, database_url=url) is None


def test_on_the_laptop_a_copy_says_so_and_once_back_is_not_held_again(
        main_window: Any, db: Database, data_dir: Path, tmp_path: Path, messages: Any) -> None:
    from interviewdesk.exchange.bring_back import bring_back
    from interviewdesk.exchange.offline import take_offline

    server = open_store(tmp_path / "server")  # a SQLite stand-in: the rule is the same
    try:
        ids = load_example(server)
        copy = take_offline(server, db, [ids.interview_id], data_dir=data_dir)
        here = copy.interviews[0].local_id
        main_window.home.refresh()
        main_window.show_view("home")
        main_window.home.select_vacancy(ids.vacancy_id)
        assert _stage_text(main_window, here).startswith("Offline copy since ")
        bring_back(server, db, copy.copy_uuid, data_dir=data_dir)
    finally:
        server.close()
    main_window.home.refresh()
    assert _stage_text(main_window, here).startswith("Brought back ")
    assert main_window.open_interview(here) is None
    assert "brought back on" in messages.texts("error")[-1]
