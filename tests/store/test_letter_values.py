"""The data letters are filled from, the firm's details read without Qt, and a sent
letter in the contact log satisfying the home screen's follow-up."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from interviewdesk.domain.letters import LetterTemplateError
from interviewdesk.example.database import ExampleIds, load_example
from interviewdesk.store.assessments import follow_up
from interviewdesk.store.candidates import load_candidate_draft, save_candidate
from interviewdesk.store.contact_log import contacts_of
from interviewdesk.store.database import Database
from interviewdesk.store.letters import (
    Firm,
    compose,
    firm_from_settings,
    log_letter,
    qsettings_text,
    recipient,
)
from interviewdesk.store.paths import settings_path
from interviewdesk.store.startup import open_store
from interviewdesk.store.validation import ValidationError

FIRM = Firm("Vonk & Van Leeuwen", "Lage Weide 14\n3542 AB Utrecht", "Sanne de Vries")


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


@pytest.fixture
def example(db: Database) -> ExampleIds:
    return load_example(db)


def test_the_values_come_from_the_application_and_its_interview(
        db: Database, example: ExampleIds) -> None:
    person = recipient(db, example.application_ids[2], None, "nl", FIRM)
    values = person.values
    assert person.name == "Daniëlle Kok" and person.address_form == "u"
    assert person.interview_id == example.completed_interview_id
    assert values["candidate_first_name"] == "Daniëlle"
    assert values["vacancy_title"] == "Servicemonteur installatietechniek"
    assert values["panel"] == "Sanne de Vries, René Mulder en Inge Meijer"
    assert values["interview_length"] == "60 minuten"
    assert values["interview_time"] == "10:00"
    assert values["interview_place"].startswith("Kantoor Vonk & Van Leeuwen")
    assert values["feedback_date"]  # the decision's date
    assert values["firm_name"] == "Vonk & Van Leeuwen"
    english = recipient(db, example.application_ids[2], None, "en", FIRM).values
    assert english["panel"] == "Sanne de Vries, René Mulder and Inge Meijer"
    assert english["interview_length"] == "60 minutes"


def test_a_given_interview_must_belong_to_the_application(
        db: Database, example: ExampleIds) -> None:
    person = recipient(db, example.application_ids[0], example.interview_id, "nl", FIRM)
    assert person.interview_id == example.interview_id
    with pytest.raises(LookupError):
        recipient(db, example.application_ids[0], example.completed_interview_id, "nl", FIRM)
    with pytest.raises(LookupError):
        recipient(db, 999, None, "nl", FIRM)


def test_without_an_interview_its_values_show_as_missing(db: Database,
                                                         example: ExampleIds) -> None:
    draft = load_candidate_draft(db, example.candidate_ids[0])
    draft.id = None
    draft.name = "Noor Visser"
    draft.applications = []
    draft.address_form = "je"
    candidate_id = save_candidate(db, draft, example.vacancy_id)
    application_id = next(a.id for a in load_candidate_draft(db, candidate_id).applications)
    assert application_id is not None
    letter, person = compose(db, None, application_id, None, "invitation", "nl", firm=FIRM)
    assert person.address_form == "je" and person.interview_id is None
    assert letter.body.startswith("Beste Noor,")
    assert "Datum: «datum gesprek»" in letter.body
    assert "Je spreekt met: «namen panel»" in letter.body
    assert set(letter.missing) == {"interview_date", "interview_time", "interview_place",
                                   "interview_length", "panel"}


def test_compose_uses_the_firms_own_template_and_names_a_broken_one(
        db: Database, example: ExampleIds, data_dir: Path) -> None:
    folder = data_dir / "letters"
    folder.mkdir()
    (folder / "thank_you.en.toml").write_text(
        'subject = "Thanks"\nbody = "Hi {candidate_first_name}, from {firm_name}"\n',
        encoding="utf-8")
    letter, _person = compose(db, data_dir, example.application_ids[1], None, "thank_you",
                              "en", firm=FIRM)
    assert letter.body == "Hi Mehmet, from Vonk & Van Leeuwen"
    (folder / "thank_you.en.toml").write_text(
        'subject = "Thanks"\nbody = "Hi {first_name}"\n', encoding="utf-8")
    with pytest.raises(LetterTemplateError, match=r"thank_you.en.toml.*\{first_name\}"):
        compose(db, data_dir, example.application_ids[1], None, "thank_you", "en", firm=FIRM)


def test_the_firm_is_read_from_the_settings_as_qt_writes_them(data_dir: Path) -> None:
    assert firm_from_settings(data_dir) == Firm()
    settings_path(data_dir).write_text(
        "[letters]\n"
        'firm_name="Jansen, de Vries & Co \\"Ë\\""\n'
        "firm_address=Bakkerstraat 1\\n3511 AB Utrecht\\\\Zuid\n"
        "sender_name=Ïnge\n", encoding="utf-8")
    assert firm_from_settings(data_dir) == Firm(
        'Jansen, de Vries & Co "Ë"', "Bakkerstraat 1\n3511 AB Utrecht\\Zuid", "Ïnge")
    settings_path(data_dir).write_bytes(b"[letters\n\xff\xfe")
    assert firm_from_settings(data_dir) == Firm()
    assert qsettings_text("@@home") == "@home"
    assert qsettings_text("a\\x263a") == "a\u263a"


def test_a_logged_letter_satisfies_the_follow_up(db: Database, example: ExampleIds) -> None:
    today = date.today()
    waiting = [a.candidate_name for a in follow_up(db, today).awaiting_feedback]
    assert "Daniëlle Kok" in waiting
    application_id = example.application_ids[2]
    letter, _person = compose(db, None, application_id, None, "rejection_interview", "nl",
                              reasons="Te weinig ervaring met warmtepompen.", firm=FIRM)
    with pytest.raises(ValidationError, match="reasons"):
        log_letter(db, application_id, "rejection_interview", "email", letter.subject,
                   letter.body, "Sanne de Vries", reasons="")
    with pytest.raises(ValidationError, match="who spoke"):
        log_letter(db, application_id, "rejection_interview", "email", letter.subject,
                   letter.body, " ", reasons="Te weinig ervaring.")
    contact = log_letter(db, application_id, "rejection_interview", "email", letter.subject,
                         letter.body, "Sanne de Vries",
                         reasons="Te weinig ervaring met warmtepompen.")
    assert contact.channel == "email" and contact.rejection
    assert contact.summary.startswith("Uw sollicitatie: Servicemonteur installatietechniek\n"
                                      "Hartelijk dank voor het gesprek op")
    assert contacts_of(db, application_id) == [contact]
    waiting = [a.candidate_name for a in follow_up(db, today).awaiting_feedback]
    assert "Daniëlle Kok" not in waiting
    other = log_letter(db, example.application_ids[3], "thank_you", "letter", "Dank",
                       "Beste Thijs,\n\nDank.", "Sanne de Vries", reasons="ignored")
    assert not other.rejection and other.reasons == "" and other.channel == "letter"


def test_the_decision_suggests_the_template(db: Database, example: ExampleIds) -> None:
    from interviewdesk.store.assessments import DecisionDraft, save_decision
    from interviewdesk.store.letters import suggested_template

    assert suggested_template(db, example.application_ids[0], None) == "invitation"
    assert suggested_template(db, example.application_ids[2], None) == "next_round"
    assert suggested_template(db, example.application_ids[2],
                              example.completed_interview_id) == "next_round"
    assert suggested_template(db, example.application_ids[0],
                              example.completed_interview_id) == "invitation"  # not its own
    save_decision(db, example.completed_interview_id,
                  DecisionDraft(outcome="reject", rationale="Te weinig ervaring.",
                                next_steps="Afwijzen.", feedback_date=date.today()))
    assert suggested_template(db, example.application_ids[2], None) == "rejection_interview"
