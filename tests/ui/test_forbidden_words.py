"""The forbidden-question warning while editing the question kit and typing notes."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from interviewdesk.store.database import Database
from interviewdesk.ui.editors import VacancyDialog
from interviewdesk.ui.forbidden_words import ForbiddenWordsTips
from interviewdesk.ui.wizard.fields import NoteField


def underlined(field: Any) -> list[str]:
    """The underlined stretches of text, as the highlighter formatted them."""
    found = []
    block = field.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append(block.text()[part.start:part.start + part.length])
        block = block.next()
    return found


@pytest.fixture
def dialog(qtbot: Any, english: None, db: Database) -> VacancyDialog:
    dlg = VacancyDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_typing_a_forbidden_question_in_the_kit_underlines_and_explains(
        qtbot: Any, dialog: VacancyDialog) -> None:
    page = dialog.questions
    dialog.tabs.setCurrentWidget(page)
    page.stages.setCurrentRow(1)
    qtbot.mouseClick(page.lists[page.current_stage()].add_button, Qt.MouseButton.LeftButton)
    assert not page.forbidden_hint.isVisible()
    qtbot.keyClicks(page.text, "Heb je een kinderwens, of ben je getrouwd?")
    assert underlined(page.text) == ["kinderwens", "getrouwd"]
    assert page.forbidden_hint.isVisible()
    assert "pregnancy or family plans is not allowed" in page.forbidden_hint.text()
    assert "marital status" in page.forbidden_hint.text()

    page.text.selectAll()
    qtbot.keyClicks(page.text, "Hoe stem je af met de planning als een klus uitloopt?")
    assert underlined(page.text) == []
    assert not page.forbidden_hint.isVisible()


def test_probes_are_checked_too_and_switching_questions_updates(
        qtbot: Any, dialog: VacancyDialog) -> None:
    page = dialog.questions
    dialog.tabs.setCurrentWidget(page)
    page.stages.setCurrentRow(1)
    add = page.lists[page.current_stage()].add_button
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.text, "Vertel over je laatste project.")
    qtbot.keyClicks(page.probes, "En hoe oud ben je?")
    assert underlined(page.probes) == ["hoe oud ben je"]
    assert "age" in page.forbidden_hint.text()
    first = page.questions()[page.current_stage()][0]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert not page.forbidden_hint.isVisible()
    page.show_question(page.current_stage(), first)
    assert page.forbidden_hint.isVisible()


def test_note_fields_underline_while_typing_with_a_tooltip(qtbot: Any, english: None) -> None:
    field = NoteField("Notes")
    qtbot.addWidget(field)
    field.resize(500, 200)
    field.show()
    qtbot.waitExposed(field)
    qtbot.keyClicks(field, "Leeftijdsgrens in cao besproken. Ze is zwanger")
    assert underlined(field) == ["zwanger"]
    rect = field.cursorRect(field.document().find("zwanger"))
    [tip] = [child for child in field.children() if isinstance(child, ForbiddenWordsTips)]
    assert "pregnancy" in tip.tip_at(rect.center())
    assert tip.tip_at(field.cursorRect(field.document().find("cao")).center()) == ""
    field.set_text("Geen bijzonderheden.")
    assert underlined(field) == []


def test_a_field_watches_for_tooltips_only_once_it_underlines_a_word(
        qtbot: Any, english: None) -> None:
    field = NoteField("Notes")
    qtbot.addWidget(field)
    field.set_text("Ruim tien jaar ervaring met storingen.")
    [tip] = [child for child in field.children() if isinstance(child, ForbiddenWordsTips)]
    assert not tip.watching  # no event filter on a field without such a word

    field.set_text("Ze vertelde dat ze zwanger is.")

    assert tip.watching
    assert "pregnancy" in tip.tip_at(field.cursorRect(field.document().find("zwanger")).center())
