"""The picture of the panel discussion for ``interviewdesk screenshot --view panel``:
the decided example at the size asked for, and nothing written."""

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from interviewdesk.example.database import ExampleIds
from interviewdesk.store.database import Database
from interviewdesk.ui.assessment.panel_screenshot import render_panel_screenshot
from tests.ui.assessment import panel_fixtures

# The shared fixtures, used by name.
panel_example = panel_fixtures.panel_example


def contents(path: Path) -> list[str]:
    """Everything the database holds, read over a connection of its own."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_the_panel_picture_is_made_without_writing(
        english: None, db: Database, data_dir: Path, panel_example: ExampleIds,
        tmp_path: Path, qapp: Any) -> None:
    before = contents(db.path)
    output = tmp_path / "panel.png"

    result = render_panel_screenshot(db, data_dir, panel_example.completed_interview_id,
                                     output)

    assert result == output
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1280, 900)
    assert contents(db.path) == before
    assert not (data_dir / "settings.ini").exists()


def test_a_panel_still_waiting_is_pictured_at_the_size_asked(
        english: None, db: Database, data_dir: Path, panel_example: ExampleIds,
        tmp_path: Path, qapp: Any) -> None:
    output = render_panel_screenshot(db, data_dir, panel_example.waiting_interview_id,
                                     tmp_path / "waiting.png", size=(800, 600))
    image = QImage(str(output))
    assert (image.width(), image.height()) == (800, 600)
