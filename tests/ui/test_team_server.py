"""Team mode in the window: Settings → Team server, opening a server at start-up
(with the password asked when libpq has none), and the local-only actions off."""

import gc
from pathlib import Path
from typing import Any

import pytest

from interviewdesk import app
from interviewdesk.store.database import Database
from interviewdesk.store.paths import resolve_database_url
from tests.ui.modal import when_modal


def test_settings_keep_the_server_without_its_password(qtbot: Any, english: None,
                                                       settings: Any, data_dir: Path,
                                                       messages: Any) -> None:
    from interviewdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.team_server.setText("mysql://nope")
    dialog.accept()
    assert messages.names() == ["error"] and dialog.isVisible() is False
    assert settings.database_url == ""  # nothing saved
    dialog.team_server.setText("  postgresql://sanne:geheim@db.firma.nl/werving ")
    dialog.accept()
    assert settings.database_url == "postgresql://sanne@db.firma.nl/werving"
    assert "geheim" not in settings.path.read_text(encoding="utf-8")
    assert resolve_database_url(None, data_dir) == "postgresql://sanne@db.firma.nl/werving"
    dialog.team_server.setText("")
    dialog.accept()
    assert resolve_database_url(None, data_dir) is None


def test_the_window_opens_the_team_server_and_turns_local_actions_off(
        qtbot: Any, english: None, settings: Any, data_dir: Path, pg_database: str) -> None:
    opened = app.open_database(data_dir, settings, database_url=pg_database)
    assert isinstance(opened, Database) and not opened.is_sqlite
    assert opened.path.parent == data_dir  # the agenda and settings stay in the folder
    window = app.create_main_window(None, data_dir, settings)
    try:
        window.attach_database(opened)
        assert not window.backup_action.isEnabled()
        assert not window.protection_action.isEnabled()
        assert window.new_vacancy_action.isEnabled()
    finally:
        # As the app does: the window is gone before the database closes (a window
        # closed later would open a new connection to save its state).
        window.close()
        window.deleteLater()
        qtbot.wait(50)
        app.shut_down(opened, data_dir, settings)
        gc.collect()  # a connection left open would warn here, in this test
    assert not (data_dir / "backups").exists()  # no local backup of a server


def test_an_unusable_server_says_so_and_does_not_start(settings: Any, data_dir: Path,
                                                       messages: Any) -> None:
    url = "postgresql://x@/nowhere?host=/nonexistent-socket-dir"
    assert app.open_database(data_dir, settings, database_url=url) is None
    assert messages.names() == ["error"]
    assert "team server" in messages.texts("error")[0]


def test_a_missing_password_is_asked_and_kept_in_memory_only(
        qtbot: Any, english: None, settings: Any, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store import startup
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog

    tried: list[str] = []

    def fake_open(_folder: Path, **kwargs: Any) -> str:
        tried.append(kwargs["database_url"])
        if "geheim" not in kwargs["database_url"]:
            raise startup.ServerProblem("The team server x could not be used: "
                                        "fe_sendauth: no password supplied")
        return "opened"

    monkeypatch.setattr(startup, "open_store", fake_open)

    def type_password(dialog: ServerPasswordDialog) -> None:
        dialog.password.setText("geheim")
        dialog.accept()

    script = when_modal(ServerPasswordDialog, type_password)
    result = app.open_team_server("postgresql://sanne@db/werving", data_dir)
    assert len(script.seen) == 1
    assert result == "opened"
    assert tried == ["postgresql://sanne@db/werving", "postgresql://sanne:geheim@db/werving"]
    assert not settings.path.exists() or "geheim" not in settings.path.read_text(
        encoding="utf-8")


def test_cancelling_the_password_quits(qtbot: Any, english: None, data_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store import startup
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog

    def refuse(_folder: Path, **_kwargs: Any) -> None:
        raise startup.ServerProblem("password authentication failed for user sanne")

    monkeypatch.setattr(startup, "open_store", refuse)
    when_modal(ServerPasswordDialog, lambda dialog: dialog.reject())
    assert app.open_team_server("postgresql://sanne@db/werving", data_dir) is None
