"""The dialog that shows two versions of one text: theirs and mine side by side, and
the three ways out (keep theirs, keep mine, a merge), none of which loses a text."""

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from interviewdesk.domain.concurrent_edits import Change, Conflict
from interviewdesk.ui.conflict_dialog import ConflictDialog
from tests.ui.modal import when_modal

CONFLICT = Conflict(("stage", "skills"), "notes", "Aysel: sterk in storingen.",
                    "Joris: twijfel over planning.", 4, datetime(2026, 12, 3, 13, 32, tzinfo=UTC))


@pytest.fixture
def dialog(qtbot: Any, english: None) -> ConflictDialog:
    shown = ConflictDialog(CONFLICT, "the notes on the stage “Skills”")
    qtbot.addWidget(shown)
    return shown


def test_both_versions_are_shown_side_by_side(dialog: ConflictDialog) -> None:
    assert dialog.theirs.toPlainText() == "Aysel: sterk in storingen."
    assert dialog.mine.toPlainText() == "Joris: twijfel over planning."
    assert dialog.theirs.isReadOnly() and dialog.mine.isReadOnly()
    assert dialog.merged.toPlainText() == ("Aysel: sterk in storingen.\n\n"
                                           "Joris: twijfel over planning.")
    assert dialog.keep_theirs.text() == "Keep &theirs"


@pytest.mark.parametrize(("button", "expected"), [
    ("keep_theirs", "Aysel: sterk in storingen."),
    ("keep_mine", "Joris: twijfel over planning."),
])
def test_keeping_one_version(qtbot: Any, english: None, button: str, expected: str) -> None:
    when_modal(ConflictDialog, lambda shown: getattr(shown, button).click())
    assert ConflictDialog.choose(CONFLICT, "A note") == expected


def test_a_merge_is_edited_and_saved(qtbot: Any, english: None) -> None:
    def merge(shown: ConflictDialog) -> None:
        shown.merged.setPlainText("Sterk in storingen; planning nog navragen.")
        shown.save_merged.click()

    when_modal(ConflictDialog, merge)
    assert ConflictDialog.choose(CONFLICT, "A note") == \
        "Sterk in storingen; planning nog navragen."


def test_escape_keeps_both_texts(qtbot: Any, english: None) -> None:
    when_modal(ConflictDialog, lambda shown: qtbot.keyClick(shown, Qt.Key.Key_Escape))
    assert ConflictDialog.choose(CONFLICT, "A note") == CONFLICT.merged()


def test_it_fits_a_laptop_screen(dialog: ConflictDialog, tmp_path: Path) -> None:
    dialog.show()
    QApplication.processEvents()
    assert dialog.minimumSizeHint().width() <= 1366
    assert dialog.minimumSizeHint().height() <= 768 - 60
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60
    assert not dialog.grab().isNull()


@pytest.mark.parametrize(("change", "intro", "heading"), [
    (Change(), "Another window saved the notes while you were editing here.",
     "Saved in another window"),
    (Change(by="Anna de Vries", by_me=True),
     "You saved the notes in another window (or on another computer) while you were "
     "editing here.", "Saved in another window"),
    (Change(by="Anna de Vries"), "Anna de Vries saved the notes while you were editing.",
     "Saved by Anna de Vries"),
])
def test_an_autosavers_conflict_says_who_saved_theirs(
        qtbot: Any, english: None, change: Change, intro: str, heading: str) -> None:
    """Migration 0019: the interview window's and the form's texts know their author;
    the dialog says it in the editors' words, and stays the autosaver's dialog."""
    shown = ConflictDialog(replace(CONFLICT, changed_at=None, change=change), "the notes")
    qtbot.addWidget(shown)
    assert shown.intro.text().startswith(intro)
    labels = [label.text() for label in shown.findChildren(QLabel)]
    assert heading in labels
    assert "Closing this window keeps the merged text." in labels
    assert shown.keep_theirs.text() == "Keep the &saved version"
    assert not shown.merged.isHidden()


def test_a_conflict_whose_author_is_not_known_names_nobody(qtbot: Any, english: None) -> None:
    shown = ConflictDialog(CONFLICT, "the notes")
    qtbot.addWidget(shown)
    assert shown.intro.text().startswith("Someone else saved the notes while you were typing.")
