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


# -- the password remembered in the system keyring (tests/keyrings.py) -----------------


def test_the_password_dialog_offers_to_remember_only_with_a_keyring(
        qtbot: Any, english: None) -> None:
    from interviewdesk.store.server_passwords import Asking
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog

    offered = ServerPasswordDialog(Asking("postgresql://sanne@db/werving", can_remember=True))
    qtbot.addWidget(offered)
    assert offered.remember.isChecked() and not offered.remember.isHidden()
    assert offered.keyring_problem.isHidden()
    plain = ServerPasswordDialog(Asking("postgresql://sanne@db/werving"))
    qtbot.addWidget(plain)
    assert plain.remember.isHidden() and not plain.remember.isChecked()
    locked = ServerPasswordDialog(Asking("postgresql://sanne@db/werving",
                                         keyring_problem="Failed to unlock the collection!"))
    qtbot.addWidget(locked)
    assert locked.remember.isHidden() and not locked.keyring_problem.isHidden()
    assert "Failed to unlock" in locked.keyring_problem.text()


def test_no_keyring_module_no_checkbox(qtbot: Any, english: None, data_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from interviewdesk.store import startup
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog

    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: import fails

    def fake_open(_folder: Path, **kwargs: Any) -> str:
        if "geheim" not in kwargs["database_url"]:
            raise startup.ServerProblem("fe_sendauth: no password supplied")
        return "opened"

    monkeypatch.setattr(startup, "open_store", fake_open)
    hidden: list[bool] = []

    def type_password(dialog: ServerPasswordDialog) -> None:
        hidden.append(dialog.remember.isHidden())
        dialog.password.setText("geheim")
        dialog.accept()

    when_modal(ServerPasswordDialog, type_password)
    assert app.open_team_server("postgresql://sanne@db/werving", data_dir) == "opened"
    assert hidden == [True]


def _close(result: Any) -> None:
    assert isinstance(result, Database), result
    result.close()
    gc.collect()


def test_remembered_at_the_first_start_and_not_asked_at_the_next(
        qtbot: Any, english: None, data_dir: Path, password_login: str,
        memory_keyring: Any, settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.ui import startup_dialogs
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog
    from tests.postgres import PASSWORD

    def type_password(dialog: ServerPasswordDialog) -> None:
        assert dialog.remember.isChecked() and dialog.remember.isVisible()
        dialog.password.setText(PASSWORD)
        dialog.accept()

    script = when_modal(ServerPasswordDialog, type_password)
    _close(app.open_team_server(password_login, data_dir))
    assert len(script.seen) == 1
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    assert not settings.path.exists() or PASSWORD not in settings.path.read_text(
        encoding="utf-8")

    def not_asked(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("asked although the keyring keeps the password")

    monkeypatch.setattr(startup_dialogs, "ask_server_password", not_asked)
    _close(app.open_team_server(password_login, data_dir))


def test_a_wrong_saved_password_is_removed_and_asked_with_a_message(
        qtbot: Any, english: None, data_dir: Path, password_login: str,
        memory_keyring: Any) -> None:
    from interviewdesk.store.server_passwords import remember, saved_password
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog
    from tests.postgres import PASSWORD

    remember(password_login, "het oude wachtwoord")
    questions: list[str] = []

    def type_password(dialog: ServerPasswordDialog) -> None:
        questions.append(dialog.question.text())
        assert saved_password(password_login) is None  # removed before asking
        dialog.password.setText(PASSWORD)
        dialog.remember.setChecked(False)
        dialog.accept()

    when_modal(ServerPasswordDialog, type_password)
    _close(app.open_team_server(password_login, data_dir))
    assert len(questions) == 1
    assert "saved on this computer was not accepted" in questions[0]
    assert "removed from the keyring" in questions[0]
    assert memory_keyring.passwords == {}  # unticked: not remembered again


def test_a_locked_keyring_is_said_and_the_password_asked(
        qtbot: Any, english: None, data_dir: Path, password_login: str,
        locked_keyring: Any) -> None:
    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog
    from tests.postgres import PASSWORD

    seen: list[tuple[bool, str]] = []

    def type_password(dialog: ServerPasswordDialog) -> None:
        seen.append((dialog.remember.isHidden(), dialog.keyring_problem.text()))
        dialog.password.setText(PASSWORD)
        dialog.accept()

    when_modal(ServerPasswordDialog, type_password)
    _close(app.open_team_server(password_login, data_dir))
    assert len(seen) == 1 and seen[0][0] is True
    assert "keyring could not be used (Failed to unlock the collection!)" in seen[0][1]


def test_a_keyring_that_cannot_keep_it_says_so_after_opening(
        qtbot: Any, english: None, data_dir: Path, password_login: str,
        memory_keyring: Any, messages: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.errors import PasswordSetError

    from interviewdesk.ui.startup_dialogs import ServerPasswordDialog
    from tests.postgres import PASSWORD

    def refuse(*_args: str) -> None:
        raise PasswordSetError("The collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)

    def type_password(dialog: ServerPasswordDialog) -> None:
        dialog.password.setText(PASSWORD)
        dialog.accept()

    when_modal(ServerPasswordDialog, type_password)
    _close(app.open_team_server(password_login, data_dir))
    assert messages.names() == ["inform"]
    assert "could not keep it (The collection is locked)" in messages.texts("inform")[0]
    assert PASSWORD not in " ".join(messages.texts("inform"))


def test_settings_forget_the_saved_password(qtbot: Any, english: None, settings: Any,
                                            memory_keyring: Any, messages: Any) -> None:
    from interviewdesk.store.server_passwords import remember, saved_password
    from interviewdesk.ui.settings_dialog import SettingsDialog

    url = "postgresql://sanne@db.firma.nl/werving"
    remember(url, "geheim")
    remember("postgresql://rene@db.firma.nl/werving", "anders")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.forget_password.isHidden()
    assert not dialog.forget_password.isEnabled()  # no server in the field
    dialog.team_server.setText(url)
    assert dialog.forget_password.isEnabled()
    dialog.forget_password.click()
    assert saved_password(url) is None
    assert saved_password("postgresql://rene@db.firma.nl/werving") == "anders"
    assert messages.names() == ["inform"] and "was removed" in messages.texts("inform")[0]
    dialog.forget_password.click()
    assert "keeps no password" in messages.texts("inform")[1]


def test_settings_forget_with_a_locked_keyring_says_so(
        qtbot: Any, english: None, settings: Any, locked_keyring: Any,
        messages: Any) -> None:
    from interviewdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.team_server.setText("postgresql://sanne@db.firma.nl/werving")
    dialog.forget_password.click()
    assert messages.names() == ["error"]
    assert "Failed to unlock" in messages.texts("error")[0]


def test_settings_without_a_keyring_has_no_forget_button(qtbot: Any, english: None,
                                                         settings: Any) -> None:
    from interviewdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)  # the tests' keyring is the "fail" backend
    qtbot.addWidget(dialog)
    assert dialog.forget_password.isHidden()
