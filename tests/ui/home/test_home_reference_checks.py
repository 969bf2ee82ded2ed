"""Reference checks through the real widgets: from the candidate's row, refused without
the candidate's consent (with the offer to record it first), added, edited and deleted
— on the example data."""

from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.database import Database
from interviewdesk.store.reference_checks import references_of
from interviewdesk.store.retention import consents_of
from interviewdesk.store.rounds import application_of
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.home.reference_checks import ReferenceChecksDialog
from interviewdesk.ui.home.reference_editor import ReferenceConsentDialog, ReferenceEditor
from interviewdesk.ui.main_window import MainWindow
from tests.ui.modal import when_modal

JOEL = 0  # the example's candidate without any consent
DANIELLE = 2  # the decided candidate, who consented to a reference


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


@pytest.fixture
def home(main_window: MainWindow, example: ExampleIds) -> HomeView:
    main_window.home.refresh()
    main_window.show_view("home")
    return main_window.home


def _fill_reference(editor: ReferenceEditor, said: str) -> None:
    QTest.keyClicks(editor.referee, "Petra Smit")
    QTest.keyClicks(editor.relation, "Oud-leidinggevende")
    QTest.keyClicks(editor.organisation, "Bakker Installaties")
    QTest.keyClicks(editor.phone, "06-11223344")
    editor.caller.setCurrentIndex(editor.caller.findText("Inge Meijer"))
    QTest.keyClicks(editor.asked, "Hoe zelfstandig werkt hij?")
    QTest.keyClicks(editor.said, said)


def _save(editor: ReferenceEditor) -> None:
    QTest.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_without_consent_adding_is_refused_and_offers_to_record_it(
        home: HomeView, example: ExampleIds, db: Database, messages: Any) -> None:
    detail = home.detail
    assert home.select_candidate(example.vacancy_id, example.candidate_ids[JOEL])
    row = detail.selected_candidate()
    assert row is not None
    button = detail.candidates.row_buttons[detail.reference_checks_action]
    assert button.text() == "Reference checks…" and button.isEnabled()
    seen: list[str] = []

    def consent(dialog: ReferenceConsentDialog) -> None:
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # empty: refused
        seen.append(dialog.problem.text())
        QTest.keyClicks(dialog.fields.note, "Bakker Installaties (vorige werkgever)")
        dialog.fields.method.setCurrentIndex(dialog.fields.method.findData("email"))
        QTest.keyClicks(dialog.fields.recorded_by, "Inge Meijer")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def editor(dialog: ReferenceEditor) -> None:
        _save(dialog)  # nothing typed: refused, nothing stored
        seen.append(dialog.problem.text())
        _fill_reference(dialog, "Werkt zelfstandig en netjes.")
        _save(dialog)

    def checks(dialog: ReferenceChecksDialog) -> None:
        assert dialog.windowTitle() == "Reference checks — Joël Bakker"
        assert "No consent for references is recorded" in dialog.consent.text()
        messages.answer = False  # "Cancel": nothing happens
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.checks.count() == 0
        messages.answer = True  # "Record consent…", then the check
        when_modal(ReferenceConsentDialog, consent)
        when_modal(ReferenceEditor, editor)
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.consent.text())
        seen.append(dialog.checks.item(0).text() if dialog.checks.count() else "")
        dialog.reject()

    when_modal(ReferenceChecksDialog, checks)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    refused = messages.texts("ask")
    assert len(refused) == 2
    assert "Joël Bakker has no recorded consent for references" in refused[0]
    assert "Record consent…" in refused[0]
    assert seen[0] == "Fill in whom you may ask for a reference."
    assert seen[1] == "Fill in the referee's name."
    assert "consented to references on" in seen[2] and "(by e-mail)" in seen[2]
    assert seen[3].startswith("Petra Smit (Oud-leidinggevende, Bakker Installaties)")
    consent_row = consents_of(db, row.candidate_id)["reference"]
    assert consent_row.method == "email" and consent_row.recorded_by == "Inge Meijer"
    (stored,) = references_of(db, row.application_id)
    assert stored.said == "Werkt zelfstandig en netjes." and stored.called_by == "Inge Meijer"


def test_a_check_is_edited_and_deleted(qtbot: Any, english: None, db: Database,
                                       example: ExampleIds, messages: Any) -> None:
    found = application_of(db, example.completed_interview_id)
    assert found is not None
    application_id, candidate_id = found
    dialog = ReferenceChecksDialog(db, application_id, candidate_id, "Daniëlle Kok")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Whom to ask: Hollander Techniek" in dialog.consent.text()
    assert dialog.checks.count() == 1 and not dialog.edit_button.isEnabled()
    dialog.checks.setCurrentRow(0)
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()

    def edit(editor: ReferenceEditor) -> None:
        assert editor.referee.text() == "Marco Hollander"
        assert editor.caller.currentText() == "Inge Meijer"
        editor.said.selectAll()
        QTest.keyClicks(editor.said, "Aangevuld: zeer betrouwbaar.")
        editor.email.setText("marco@example.org")
        _save(editor)

    when_modal(ReferenceEditor, edit)
    QTest.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    (changed,) = references_of(db, application_id)
    assert changed.said == "Aangevuld: zeer betrouwbaar." and changed.email == "marco@example.org"
    assert "Aangevuld" in dialog.checks.item(0).text()

    messages.answer = False
    dialog.checks.setCurrentRow(0)
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(references_of(db, application_id)) == 1
    messages.answer = True
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert references_of(db, application_id) == []
    assert dialog.checks.count() == 0 and dialog.empty.isVisible()
    assert dialog.changed
    assert "Delete the reference check with Marco Hollander?" in messages.texts("confirm")[-1]


def test_the_keyboard_reaches_every_field_of_the_editor(
        qtbot: Any, english: None, db: Database, example: ExampleIds) -> None:
    found = application_of(db, example.completed_interview_id)
    assert found is not None
    editor = ReferenceEditor(db, found[0], "Daniëlle Kok")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    order = [editor.referee, editor.relation, editor.organisation, editor.phone,
             editor.email, editor.called_on, editor.caller, editor.asked, editor.said]
    # Tab's chain, as Qt walks it: skip what cannot take Tab focus, is hidden, or lives
    # inside the field just visited (a date field's own line edit).
    for before, expected in pairwise(order):
        widget = before.nextInFocusChain()
        while (not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible()
               or before.isAncestorOf(widget)):
            widget = widget.nextInFocusChain()
        assert widget is expected or expected.isAncestorOf(widget), order.index(expected)
    editor.reject()
    assert editor.result() == QDialog.DialogCode.Rejected
