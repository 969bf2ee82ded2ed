"""File › "Export a candidate's data…" through the real main window."""

import json
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.ui import access_request
from interviewdesk.ui.main_window import MainWindow


def test_export_of_the_selected_candidate_into_a_new_folder(
        main_window: MainWindow, records: Any, tmp_path: Path, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vacancy = records.vacancy("Monteur")
    records.candidate("Anouk Smit", vacancy, email="anouk@example.nl")
    sanne = records.candidate("Sanne de Vries", vacancy, email="sanne@example.nl")
    main_window.home.refresh()
    main_window.home.select_candidate(vacancy, sanne)
    offered: list[tuple[list[str], int]] = []

    def pick(_parent: Any, _title: str, _label: str, names: list[str], current: int,
             _editable: bool) -> tuple[str, bool]:
        offered.append((names, current))
        return names[current], True

    monkeypatch.setattr(access_request.QInputDialog, "getItem", pick)
    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setattr(access_request, "choose_folder", lambda _parent: exports)
    (exports / "already there.txt").write_text("mine")

    main_window.access_export_action.trigger()

    assert offered == [(["Anouk Smit", "Sanne de Vries"], 1)]
    [folder] = [p for p in exports.iterdir() if p.is_dir()]
    assert folder.name.startswith("Personal data Sanne de Vries ")
    held = json.loads((folder / "personal-data.json").read_text(encoding="utf-8"))
    assert held["candidate"]["email"] == "sanne@example.nl"
    assert (folder / "personal-data.pdf").stat().st_mode & 0o777 == 0o600
    assert (exports / "already there.txt").read_text() == "mine"
    assert "Everything held on Sanne de Vries" in messages.texts("inform")[0]

    main_window.access_export_action.trigger()  # a second export gets its own folder
    assert len([p for p in exports.iterdir() if p.is_dir()]) == 2


def test_cancelling_writes_nothing(main_window: MainWindow, records: Any, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    records.candidate("Sanne de Vries")
    monkeypatch.setattr(access_request.QInputDialog, "getItem",
                        lambda *args: ("Sanne de Vries", True))
    monkeypatch.setattr(access_request, "choose_folder", lambda _parent: None)
    main_window.access_export_action.trigger()
    assert not any(p.name.startswith("Personal data") for p in tmp_path.rglob("*"))


def test_move_a_hired_candidate_to_the_personnel_file(
        main_window: MainWindow, records: Any, tmp_path: Path, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vacancy = records.vacancy("Monteur")
    records.candidate("Anouk Smit", vacancy, status="rejected")
    records.candidate("Fleur Aangenomen", vacancy, status="hired", email="fleur@example.nl")
    main_window.home.refresh()
    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, names: list[str], current: int,
             _editable: bool) -> tuple[str, bool]:
        offered.append(names)
        return names[current], True

    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setattr(access_request.QInputDialog, "getItem", pick)
    monkeypatch.setattr(access_request, "choose_folder", lambda _parent: exports)
    messages.answer = False
    main_window.personnel_file_action.trigger()
    assert offered == [["Fleur Aangenomen"]]  # only the hired
    assert list(exports.iterdir()) == []  # said no: nothing exported

    messages.answer = True
    main_window.personnel_file_action.trigger()
    [folder] = list(exports.iterdir())
    assert folder.name.startswith("Personnel file Fleur Aangenomen ")
    assert "fleur@example.nl" in (folder / "personal-data.json").read_text(encoding="utf-8")
    assert messages.names().count("confirm") == 2  # one question, not two per attempt
    main_window.db.close()
    leftovers = [p for p in main_window.data_dir.rglob("*")
                 if p.is_file() and b"Fleur Aangenomen" in p.read_bytes()]
    assert leftovers == []


def test_nobody_hired_says_so(main_window: MainWindow, records: Any, messages: Any) -> None:
    records.candidate("Anouk Smit", records.vacancy("Monteur"), status="rejected")
    main_window.personnel_file_action.trigger()
    assert "Nobody has been hired yet" in messages.texts("inform")[0]
