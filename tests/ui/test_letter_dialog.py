"""Writing to a candidate through the real widgets: from the candidate's row and from
the Interview menu, a template filled in and edited, copied, handed to the mail
program (``mailto:``), saved as a PDF letter — each noted in the contact log, which
takes the candidate off the follow-up list."""

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.contact_log import contacts_of
from interviewdesk.store.database import Database
from interviewdesk.ui import letter_dialog, printing
from interviewdesk.ui.home import HomeView
from interviewdesk.ui.letter_dialog import LetterDialog
from interviewdesk.ui.main_window import MainWindow
from tests.reports.pdf_support import text_of
from tests.ui.home.test_home_follow_up import position, rows, wait_for_follow_up
from tests.ui.modal import when_modal


@pytest.fixture
def example(db: Database, settings: Any) -> ExampleIds:
    settings.firm_name = "Vonk & Van Leeuwen"
    settings.firm_address = "Lage Weide 14\n3542 AB Utrecht"
    settings.sender_name = "Sanne de Vries"
    settings.sync()
    return load_example(db)


@pytest.fixture
def home(main_window: MainWindow, example: ExampleIds, qtbot: Any) -> HomeView:
    main_window.home.refresh()
    main_window.show_view("home")
    wait_for_follow_up(qtbot, main_window.home)
    return main_window.home


@pytest.fixture
def mails(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ``mailto:`` links handed to the (stand-in) mail program."""
    sent: list[str] = []

    def take(url: str) -> bool:
        sent.append(url)
        return True

    monkeypatch.setattr(letter_dialog, "open_mail_url", take)
    return sent


def _choose(dialog: LetterDialog, template: str) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(template))


def test_a_rejection_mailed_from_the_candidates_row_is_logged_and_ends_the_follow_up(
        home: HomeView, example: ExampleIds, db: Database, mails: list[str],
        qtbot: Any) -> None:
    section = home.sidebar.follow_up
    assert position(section, "Daniëlle Kok") is not None
    detail = home.detail
    assert home.select_candidate(example.vacancy_id, example.candidate_ids[2])
    application_id = detail.selected_candidate().application_id  # type: ignore[union-attr]
    button = detail.candidates.row_buttons[detail.letter_action]
    assert button.text() == "Write to the candidate…" and button.isEnabled()
    seen: dict[str, Any] = {}

    def act(dialog: LetterDialog) -> None:
        seen["title"] = dialog.windowTitle()
        assert dialog.language.currentData() == "en"  # the app's language
        assert dialog.template.currentData() == "next_round"  # the panel's decision
        assert not dialog.reasons.isVisible()
        _choose(dialog, "rejection_interview")
        assert dialog.reasons.isVisible()
        assert "«reasons»" in dialog.body.toPlainText()
        QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)  # no reasons yet
        seen["problem"] = dialog.problem.text()
        QTest.keyClicks(dialog.reasons, "Too little experience with heat pumps.")
        assert "Our reasons:\n\nToo little experience with heat pumps." in \
            dialog.body.toPlainText()
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        assert dialog.body.toPlainText().startswith("Geachte Daniëlle Kok,")
        assert dialog.form_hint.isVisible() and "„u”" not in dialog.form_hint.text()
        QTest.keyClicks(dialog.body, "PS: tot ziens & bedankt?")  # an edit of one's own
        QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
        seen["status"] = dialog.status.text()
        dialog.reject()

    script = when_modal(LetterDialog, act)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert script.seen
    assert seen["title"] == "Write to Daniëlle Kok"
    assert "rejected candidate has the right to hear why" in seen["problem"]
    assert "Noted in the contact log (e-mail)." in seen["status"]
    [url] = mails
    parts = urlsplit(url)
    assert parts.path == "danielle.kok@example.nl"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Uw sollicitatie: Servicemonteur installatietechniek"]
    assert "PS: tot ziens & bedankt?" in query["body"][0]
    assert "\r\n" in query["body"][0]
    [contact] = contacts_of(db, application_id)
    assert contact.channel == "email" and contact.by == "Sanne de Vries"
    assert contact.rejection and contact.reasons == "Too little experience with heat pumps."
    assert contact.summary.startswith("Uw sollicitatie: Servicemonteur installatietechniek")
    wait_for_follow_up(qtbot, home)
    assert all("Daniëlle" not in title for title, _sub in rows(section))


def test_copy_and_pdf_from_the_interview_menu(
        main_window: MainWindow, home: HomeView, example: ExampleIds, db: Database,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    assert home.select_vacancy(example.vacancy_id)
    assert home.detail.select_interview(example.interview_id)
    assert main_window.letter_action.isEnabled()
    assert main_window.letter_action.text() == "&Write to the candidate…"
    output = tmp_path / "letter.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda _parent, _name: output)
    seen: dict[str, Any] = {}

    def act(dialog: LetterDialog) -> None:
        assert dialog.interview_id == example.interview_id
        body = dialog.body.toPlainText()
        assert "Date: " in body and "«" not in body
        assert "You will meet: Sanne de Vries, René Mulder and Inge Meijer" in body
        QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)  # logged once
        seen["clipboard"] = QGuiApplication.clipboard().text()
        QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        seen["logged"] = dialog.logged
        dialog.reject()

    script = when_modal(LetterDialog, act)
    main_window.letter_action.trigger()
    assert script.seen
    assert seen["clipboard"].startswith(
        "Invitation to an interview: Servicemonteur installatietechniek\n\nDear Joël Bakker,")
    assert seen["logged"] == 2
    channels = sorted(c.channel for c in contacts_of(db, example.application_ids[0]))
    assert channels == ["email", "letter"]
    text = text_of(output)
    assert "Vonk & Van Leeuwen" in text and "Joël Bakker" in text and "Zeist" in text
    assert "Subject Invitation to an interview" in text
    assert "saved" not in " ".join(messages.names())  # no extra message boxes


def _dialog(db: Database, application_id: int, qtbot: Any,
            interview_id: int | None = None) -> LetterDialog:
    dialog = LetterDialog(db, application_id, interview_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_long_text_is_copied_and_the_mail_opened_without_it(
        db: Database, example: ExampleIds, qtbot: Any, mails: list[str],
        messages: Any) -> None:
    dialog = _dialog(db, example.application_ids[1], qtbot)
    dialog.body.setPlainText("ë" * 3000)
    QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert messages.names() == ["ask"]
    assert "too long" in messages.texts("ask")[0]
    [url] = mails
    assert "body=" in url and url.endswith("body=")
    assert QGuiApplication.clipboard().text() == "ë" * 3000
    assert [c.channel for c in contacts_of(db, example.application_ids[1])] == ["email"]


def test_gaps_in_the_text_are_asked_about_and_nothing_goes_when_declined(
        db: Database, example: ExampleIds, qtbot: Any, mails: list[str],
        messages: Any) -> None:
    from interviewdesk.store.candidates import load_candidate_draft, save_candidate

    draft = load_candidate_draft(db, example.candidate_ids[0])
    draft.id, draft.name, draft.applications, draft.address_form = None, "Noor Visser", [], "je"
    candidate_id = save_candidate(db, draft, example.vacancy_id)
    application_id = load_candidate_draft(db, candidate_id).applications[0].id
    assert application_id is not None
    dialog = _dialog(db, application_id, qtbot)
    assert dialog.problem.isVisible() and "«interview date»" in dialog.problem.text()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.body.toPlainText().startswith("Beste Noor,")
    messages.answer = False
    QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert "«datum gesprek»" in messages.texts("confirm")[0]
    assert mails == [] and contacts_of(db, application_id) == []
    dialog.log_box.setChecked(False)
    messages.answer = True
    QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert len(mails) == 1 and contacts_of(db, application_id) == []  # not logged


def test_a_broken_firm_template_is_shown_and_nothing_can_be_sent(
        db: Database, example: ExampleIds, qtbot: Any, data_dir: Path) -> None:
    folder = data_dir / "letters"
    folder.mkdir()
    (folder / "invitation.en.toml").write_text('subject = "Hi"\nbody = "{date}"\n',
                                               encoding="utf-8")
    dialog = _dialog(db, example.application_ids[0], qtbot)
    assert "unknown placeholder {date}" in dialog.problem.text()
    assert "invitation.en.toml" in dialog.problem.text()
    assert not dialog.mail_button.isEnabled() and not dialog.pdf_button.isEnabled()
    _choose(dialog, "thank_you")
    assert dialog.mail_button.isEnabled() and dialog.body.toPlainText()


def test_changing_the_template_keeps_edits_unless_the_user_agrees(
        db: Database, example: ExampleIds, qtbot: Any, messages: Any) -> None:
    dialog = _dialog(db, example.application_ids[0], qtbot)
    QTest.keyClicks(dialog.body, "My own words")
    messages.answer = False
    _choose(dialog, "thank_you")
    assert dialog.template.currentData() == "invitation"
    assert dialog.body.toPlainText().startswith("My own wordsDear Joël")
    messages.answer = True
    _choose(dialog, "thank_you")
    assert dialog.body.toPlainText().startswith("Dear Joël Bakker,")
    assert "My own words" not in dialog.body.toPlainText()


def test_no_mail_program_says_so(db: Database, example: ExampleIds, qtbot: Any,
                                 monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    monkeypatch.setattr(letter_dialog, "open_mail_url", lambda _url: False)
    dialog = _dialog(db, example.application_ids[0], qtbot)
    QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert "No mail program took the message" in messages.texts("error")[0]
    assert contacts_of(db, example.application_ids[0]) == []


def test_the_firm_settings_are_edited_in_the_settings_dialog(
        qtbot: Any, settings: Any, data_dir: Path) -> None:
    from interviewdesk.store.letters import firm_from_settings
    from interviewdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.firm_name, "Jansen, de Vries & Co \"Ë\"")
    dialog.firm_address.setPlainText("Bakkerstraat 1\n3511 AB Utrecht")
    QTest.keyClicks(dialog.sender_name, "Inge Meijer")
    dialog.accept()
    assert firm_from_settings(data_dir).name == 'Jansen, de Vries & Co "Ë"'
    assert firm_from_settings(data_dir).address == "Bakkerstraat 1\n3511 AB Utrecht"
    assert firm_from_settings(data_dir).sender == "Inge Meijer"
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.firm_address.toPlainText() == "Bakkerstraat 1\n3511 AB Utrecht"


def test_the_form_of_address_is_chosen_in_the_candidate_dialog_and_used(
        db: Database, example: ExampleIds, qtbot: Any) -> None:
    from interviewdesk.store.candidates import get_candidate
    from tests.ui.editors.test_candidate_dialog import click_save, open_dialog

    candidate_id = example.candidate_ids[1]
    dialog = open_dialog(qtbot, db, candidate_id)
    assert dialog.address_form.currentData() == "u"  # the default
    dialog.address_form.setFocus()
    QTest.keyClick(dialog.address_form, Qt.Key.Key_Down)
    assert dialog.address_form.currentData() == "je"
    click_save(qtbot, dialog)
    assert get_candidate(db, candidate_id).address_form == "je"
    letter = LetterDialog(db, example.application_ids[1], None, "nl")
    qtbot.addWidget(letter)
    assert letter.body.toPlainText().startswith("Beste Mehmet,")
    assert "„je”" in letter.form_hint.text() or "“je”" in letter.form_hint.text()


def test_the_follow_up_list_writes_about_its_interview(
        home: HomeView, example: ExampleIds, mails: list[str], qtbot: Any) -> None:
    from tests.ui.home.test_home_follow_up import click_row

    section = home.sidebar.follow_up
    click_row(section, position(section, "Daniëlle Kok"))
    assert section.letter_action.isEnabled()
    assert section.letter_action.text() == "Write to the candidate…"
    seen: list[tuple[int | None, str]] = []

    def act(dialog: LetterDialog) -> None:
        seen.append((dialog.interview_id, str(dialog.template.currentData())))
        QTest.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(LetterDialog, act)
    section.letter_action.trigger()
    assert seen == [(example.completed_interview_id, "next_round")]
    assert len(mails) == 1
    wait_for_follow_up(qtbot, home)
    assert all("Daniëlle" not in title for title, _sub in rows(section))


def test_enter_in_the_subject_sends_nothing(db: Database, example: ExampleIds, qtbot: Any,
                                            mails: list[str]) -> None:
    dialog = _dialog(db, example.application_ids[0], qtbot)
    dialog.subject.setFocus()
    QTest.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert mails == [] and dialog.isVisible()
    assert contacts_of(db, example.application_ids[0]) == []
