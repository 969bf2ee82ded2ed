"""Start-up on a protected data folder: the passphrase is asked, a wrong one is said and
asked again, Cancel quits and leaves every file as it was."""

import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from interviewdesk import app, cli, logs
from interviewdesk.store import encryption
from interviewdesk.store.paths import lock_path
from interviewdesk.store.protection import database_files, protect
from interviewdesk.ui import passphrase_dialog
from interviewdesk.ui.passphrase_dialog import PassphraseDialog

PASSPHRASE = "drie groene kikkers"


@pytest.fixture(autouse=True)
def keep_process_state(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[None]:
    """Start-up installs an exception hook, signal handlers and a log file: undo them."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.delenv(app.QUIT_WHEN_SHOWN_ENV, raising=False)
    monkeypatch.delenv(app.QUIT_WHEN_READY_ENV, raising=False)
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    yield
    for number, handler in handlers.items():
        signal.signal(number, handler)
    logs.stop_logging()
    _delete_windows_on_protected_folders()


def _delete_windows_on_protected_folders() -> None:
    """A main window that outlives its test would query its database again on the next
    language change; on a protected folder whose key a later test forgets, that raises
    in Qt's event loop. (The key is left remembered; it is only ever used for this
    test's temporary folder.)"""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from interviewdesk.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and encryption.is_protected(widget.data_dir):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def protected_dir(data_dir: Path) -> Path:
    assert cli.main(["--data-dir", str(data_dir), "demo"]) == 0
    protect(data_dir, PASSPHRASE)
    encryption.forget(data_dir)
    return data_dir


def test_a_wrong_passphrase_is_said_and_asked_again(protected_dir: Path, qtbot: Any) -> None:
    dialog = PassphraseDialog(protected_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("kikkers")
    dialog.try_passphrase()
    assert dialog.isVisible() and not dialog.problem.isHidden()
    assert dialog.problem.text() == "That passphrase is not correct. Try again."
    assert dialog.field.selectedText() == "kikkers"  # typing replaces it
    dialog.field.setText("")
    dialog.try_passphrase()
    assert dialog.problem.text() == "Type the passphrase first."
    dialog.field.setText(PASSPHRASE)
    dialog.try_passphrase()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert encryption.passphrase_for(protected_dir / "interviewdesk.sqlite3") == PASSPHRASE


def test_the_app_asks_then_opens_the_protected_folder(
        protected_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[bool, str]] = []

    def answer(dialog: PassphraseDialog) -> int:
        asked.append((dialog.parent().isVisible(), dialog.parent().current_view()))
        for typed in ("fout", PASSPHRASE):
            dialog.field.setText(typed)
            dialog.try_passphrase()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    shown: list[str] = []
    monkeypatch.setattr(app, "run_event_loop", lambda _app, window: shown.append(
        window.current_view()) or 0)
    assert app.main(["--data-dir", str(protected_dir)]) == 0
    assert asked == [(True, "loading")]  # over the window shown, waiting for its data
    assert shown == ["home"]  # the example's vacancy, read from the encrypted database
    assert all(encryption.is_plain(path) is False for path in database_files(protected_dir))


def test_cancel_quits_calmly_and_changes_nothing(
        protected_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = {path: path.read_bytes() for path in database_files(protected_dir)}
    monkeypatch.setattr(PassphraseDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    assert app.main(["--data-dir", str(protected_dir)]) == 1
    assert {path: path.read_bytes() for path in database_files(protected_dir)} == before
    assert not lock_path(protected_dir).exists()


def test_an_unprotected_folder_asks_nothing(data_dir: Path) -> None:
    assert passphrase_dialog.unlock_data_folder(data_dir) is True
