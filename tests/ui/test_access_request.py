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
