"""Settings → "Protect with a passphrase…" / "Remove the passphrase…" in the running app:
the files are converted in place, the open window keeps reading and writing the same
data, and a typo, a wrong passphrase or a window that cannot close changes nothing."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from interviewdesk.store import encryption
from interviewdesk.store.backups import make_backup
from interviewdesk.store.database import Database
from interviewdesk.store.paths import backups_dir, database_path
from interviewdesk.store.protection import database_files
from interviewdesk.ui.protection_commands import CurrentPassphraseDialog, NewPassphraseDialog
from interviewdesk.ui.settings_dialog import SettingsDialog

PASSPHRASE = "vier blauwe reigers"
NAME = "Wilhelmina Quaestor-Zandvoort"


@pytest.fixture
def window(main_window: Any, records: Any, data_dir: Path) -> Iterator[Any]:
    """The main window on a folder with a candidate in the database and in a backup."""
    vacancy_id = records.vacancy("Boekhouder")
    records.candidate(NAME, vacancy_id)
    make_backup(database_path(data_dir), backups_dir(data_dir), keep=5, reason="manual")
    main_window.home.refresh()
    yield main_window
    encryption.forget(data_dir)


def _files_holding(data_dir: Path, text: str) -> list[str]:
    needle = text.encode()
    return sorted(path.name for path in data_dir.rglob("*")
                  if path.is_file() and needle in path.read_bytes())


def _new_passphrase(*attempts: tuple[str, str]) -> Any:
    """Stand-in for the dialog's exec: type each (first, again) pair and press Protect."""
    def answer(dialog: NewPassphraseDialog) -> int:
        for first, again in attempts:
            dialog.first.setText(first)
            dialog.again.setText(again)
            dialog.accept()
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
            answer.problems.append(dialog.problem.text())  # type: ignore[attr-defined]
        return dialog.result()

    answer.problems = []  # type: ignore[attr-defined]
    return answer


def _current_passphrase(*attempts: str) -> Any:
    def answer(dialog: CurrentPassphraseDialog) -> int:
        for typed in attempts:
            dialog.field.setText(typed)
            dialog.accept()
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
            answer.problems.append(dialog.problem.text())  # type: ignore[attr-defined]
        return dialog.result()

    answer.problems = []  # type: ignore[attr-defined]
    return answer


def test_protect_then_remove_from_the_window(
        window: Any, db: Database, records: Any, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db.close()
    assert _files_holding(data_dir, NAME)  # readable before: database and backup
    assert window.protection_action.text() == "Protect with a &passphrase…"

    typed = _new_passphrase(("", ""), (PASSPHRASE, PASSPHRASE + "x"), (PASSPHRASE, PASSPHRASE))
    monkeypatch.setattr(NewPassphraseDialog, "exec", typed)
    window.protection_action.trigger()
    assert typed.problems == ["Type a passphrase first.",
                              "The two passphrases differ. Type the same one twice."]
    assert encryption.is_protected(data_dir)
    assert all(encryption.is_plain(path) is False for path in database_files(data_dir))
    assert window.protection_action.text() == "Remove the &passphrase…"

    # The same window goes on reading and writing, now through SQLCipher.
    records.candidate("Bartholomeus Ypenburg")
    window.home.refresh()
    window.home.search_now("Ypenburg")  # full-text search on the encrypted database
    assert window.home.sidebar.results.model.rowCount() == 1
    db.close()
    assert _files_holding(data_dir, NAME) == []
    assert _files_holding(data_dir, "Ypenburg") == []

    removing = _current_passphrase("reigers", PASSPHRASE)
    monkeypatch.setattr(CurrentPassphraseDialog, "exec", removing)
    window.protection_action.trigger()
    assert removing.problems == ["That passphrase is not correct. Try again."]
    assert not encryption.is_protected(data_dir)
    assert all(encryption.is_plain(path) for path in database_files(data_dir))
    assert window.protection_action.text() == "Protect with a &passphrase…"
    records.candidate("Cornelia Xanten")  # still writable, now plain again
    db.close()
    assert "interviewdesk.sqlite3" in _files_holding(data_dir, "Ypenburg")
    assert "interviewdesk.sqlite3" in _files_holding(data_dir, "Xanten")


def test_cancel_or_a_window_that_cannot_close_changes_nothing(
        window: Any, db: Database, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db.close()
    before = {path: path.read_bytes() for path in database_files(data_dir)}
    monkeypatch.setattr(NewPassphraseDialog, "exec",
                        lambda _dialog: QDialog.DialogCode.Rejected)
    window.protection_action.trigger()
    monkeypatch.setattr(NewPassphraseDialog, "exec", _new_passphrase((PASSPHRASE, PASSPHRASE)))
    monkeypatch.setattr(window, "_close_data_windows", lambda: False)
    window.protection_action.trigger()
    assert not encryption.is_protected(data_dir)
    assert {path: path.read_bytes() for path in database_files(data_dir)} == before


def test_a_failed_conversion_is_said_and_the_window_goes_on(
        window: Any, db: Database, records: Any, data_dir: Path, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interviewdesk.store import protection

    def fail(path: Path, **_keys: Any) -> None:
        raise protection.ProtectionError(f"{path.name} is in use by another program.")

    monkeypatch.setattr(protection, "_convert", fail)
    monkeypatch.setattr(NewPassphraseDialog, "exec", _new_passphrase((PASSPHRASE, PASSPHRASE)))
    window.protection_action.trigger()
    assert messages.names()[-1] == "error"
    assert "your data is safe" in messages.texts("error")[-1]
    records.candidate("Dirk Wolvega")  # the database is open again
    window.home.refresh()


def test_the_settings_dialog_offers_the_passphrase(
        window: Any, settings: Any, data_dir: Path, qtbot: Any) -> None:
    dialog = SettingsDialog(settings, window, data_dir=data_dir)
    qtbot.addWidget(dialog)
    assert dialog.protection_button.text() == "Protect with a passphrase…"
    dialog.protection_button.click()
    assert dialog.protection_requested
    assert dialog.result() == QDialog.DialogCode.Accepted
