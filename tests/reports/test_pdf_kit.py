"""The blank interview kit, read back with pypdf: agenda, questions with room to
write, the rating grid with anchors and empty boxes, one copy per panel member with a
signature line — and of the candidate nothing but the name at the top."""

import re
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from interviewdesk.domain import scales
from interviewdesk.domain.agenda import DEFAULT_AGENDA_PATH, default_agenda
from interviewdesk.example import texts as example_texts
from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import write_interview_kit
from interviewdesk.reports.labels import MESSAGES, MONTHS
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import add_question, load_session
from interviewdesk.store.vacancies import VacancyDraft, load_vacancy_draft, save_vacancy
from tests.reports.pdf_support import (
    catalog_language,
    flat,
    font_names,
    page_texts,
    text_of,
)

WORD = re.compile(r"[^\W\d_]{5,}")


def words(text: str) -> set[str]:
    """The words of five letters or more, case folded."""
    return {word.casefold() for word in WORD.findall(text)}


def allowed_vocabulary(db: Database, ids: ExampleIds) -> set[str]:
    """Every word the kit may print: the vacancy and its kit, the agenda, the scales,
    the printed labels and the interviewers' names."""
    draft = load_vacancy_draft(db, ids.vacancy_id)
    texts = [draft.title, draft.department, draft.location, draft.text]
    for competency in draft.competencies:
        texts += [competency.name, competency.description, *competency.anchors]
    for questions in draft.questions.values():
        texts += [text for q in questions for text in (q.text, q.probes)]
    agenda = default_agenda()
    for stage in agenda.stages:
        texts += [stage.name.nl, stage.name.en, stage.guidance.nl, stage.guidance.en]
        texts += [text for item in stage.items for text in (item.label.nl, item.label.en)]
    texts += [text for item in agenda.not_forget for text in (item.label.nl, item.label.en)]
    texts += [text for item in agenda.not_forget if item.covered is not None
              for text in (item.covered.nl, item.covered.en)]
    for point in scales.RATING_SCALE:
        texts += [point.label.nl, point.label.en, point.anchor.nl, point.anchor.en]
    for choices in (scales.QUESTION_KINDS, scales.COMPETENCY_KINDS, scales.RECOMMENDATIONS,
                    scales.PANEL_ROLES):
        texts += [text for choice in choices for text in (choice.label.nl, choice.label.en)]
    texts += [scales.NOT_ASSESSED_LABEL.nl, scales.NOT_ASSESSED_LABEL.en]
    texts += [text for message in MESSAGES.values() for text in message.values()]
    texts += [person.name for person in example_texts.INTERVIEWERS]
    # A kit made from an interview prints the candidate's name and the date at the top.
    texts += [candidate.name for candidate in example_texts.CANDIDATES]
    texts += [month for months in MONTHS.values() for month in months]
    return words(" ".join(texts)) | {"interviewdesk"}


def test_kit_has_agenda_questions_grid_and_signature_lines(db: Database, ids: ExampleIds,
                                                           tmp_path: Path) -> None:
    path = write_interview_kit(db, ids.interview_id, tmp_path / "kit.pdf")
    text = text_of(path)
    draft = load_vacancy_draft(db, ids.vacancy_id)
    assert "Gespreksleidraad" in text and draft.title in text
    agenda = default_agenda()
    for minutes, stage in zip(agenda.planned_minutes(60).values(), agenda.stages, strict=True):
        assert f"{stage.name.nl} {minutes} min" in text
        for item in stage.items:
            assert f"☐ {item.label.nl}" in text
    for questions in draft.questions.values():
        for question in questions:
            assert " ".join(question.text.split()) in text
    for competency in draft.competencies:
        assert competency.name in text
        for anchor in competency.anchors:
            assert " ".join(anchor.split()) in text
    for point in scales.RATING_SCALE:
        assert f"☐ {point.score} {point.label.nl}" in text
    assert "☑" not in text  # nothing is ticked on a blank kit
    assert "Situatie Taak Actie Resultaat" in text  # room for STAR answers
    assert "☐ Sterk afraden ☐ Afraden ☐ Aanraden ☐ Sterk aanraden" in text
    # One copy per panel member, each with their name and numbered on its own.
    pages = page_texts(path)
    copies: dict[str, list[str]] = {}
    for page in pages:
        owner = re.search(r"Exemplaar van ([^·]+?) ·", page)
        assert owner is not None
        copies.setdefault(owner.group(1), []).append(page)
    assert list(copies) == ["Sanne de Vries", "René Mulder", "Inge Meijer"]
    for member, own in copies.items():
        assert len(own) >= 6
        for number, page in enumerate(own, start=1):
            assert f"Pagina {number} van {len(own)}" in page
        first, last = flat(own[0]), flat(own[-1])
        assert "Kandidaat Datum Interviewer Joël Bakker" in first and member in first
        assert f"Naam Handtekening Datum {member}" in last
    assert all("DejaVuSans" in name and "not embedded" not in name for name in font_names(path))


def test_kit_carries_no_candidate_data(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    # Kits from each interview (planned, under way, decided) and from the vacancy.
    interviews = (ids.interview_id, ids.in_progress_interview_id, ids.completed_interview_id)
    added = add_question(db, ids.in_progress_interview_id, "experience",
                         "Vraag over het Kanaleneiland-project, alleen voor deze kandidaat")
    kits = [write_interview_kit(db, i, tmp_path / f"kit-{i}.pdf") for i in interviews]
    kits.append(write_interview_kit(db, None, tmp_path / "kit-vacancy.pdf",
                                    vacancy_id=ids.vacancy_id, language="en"))
    allowed = allowed_vocabulary(db, ids)
    for path in kits:
        text = text_of(path)
        printed = words(text)
        for candidate in example_texts.CANDIDATES:
            # The name is printed at the top of a kit made from their interview; nothing
            # else of theirs is.
            details = (candidate.email, candidate.phone) if path.name != "kit-vacancy.pdf" \
                else (candidate.name, candidate.email, candidate.phone)
            for detail in details:
                assert detail not in text, (path.name, detail)
            personal = words(candidate.cv + " " + candidate.letter) - allowed
            assert len(personal) > 50  # the check has something to find
            assert not personal & printed, (path.name, sorted(personal & printed))
        assert added.text not in text
        meta = PdfReader(path).metadata
        assert meta is not None
        for candidate in example_texts.CANDIDATES:
            assert candidate.name not in f"{meta.title} {meta.subject} {meta.author}"
    # The notes of the interview under way stay out too.
    session = load_session(db, ids.in_progress_interview_id)
    text = text_of(kits[1])
    for record in session.stages.values():
        for sentence in re.split(r"(?<=[.;])\s+", record.notes):
            if len(sentence) > 20:
                assert " ".join(sentence.split()) not in text


def test_vacancy_kit_in_english_on_letter(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    path = write_interview_kit(db, None, tmp_path / "kit.pdf", vacancy_id=ids.vacancy_id,
                               language="en", page_size="Letter")
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    pages = page_texts(path)
    assert f"Page 1 of {len(pages)}" in pages[0]
    text = text_of(path)
    assert "Interview kit" in text and "Rating per competency" in text
    assert "☐ 3 Meets" in text and "☐ Not assessed" in text
    assert "Candidate: ____" in pages[1]  # written by hand on every page
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Interview kit – Servicemonteur installatietechniek"
    assert meta.subject == "Blank interview kit for Servicemonteur installatietechniek"
    assert meta.author == "InterviewDesk"
    assert catalog_language(path) == "en-GB"


def test_kit_follows_the_firms_own_agenda(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    agenda_file = db.path.parent / "agenda.toml"
    shipped = DEFAULT_AGENDA_PATH.read_text(encoding="utf-8")
    agenda_file.write_text(shipped.replace('{ nl = "Begin van het gesprek"',
                                           '{ nl = "Kennismaking en koffie"'), encoding="utf-8")
    text = text_of(write_interview_kit(db, None, tmp_path / "kit.pdf", vacancy_id=ids.vacancy_id))
    assert "2. Kennismaking en koffie" in text
    assert "Begin van het gesprek" not in text


def test_a_vacancy_without_competencies_or_questions(db: Database, ids: ExampleIds,
                                                     tmp_path: Path) -> None:
    empty = save_vacancy(db, replace(VacancyDraft(), title="Planner werkvoorbereiding"))
    text = text_of(write_interview_kit(db, None, tmp_path / "kit.pdf", vacancy_id=empty))
    assert "Planner werkvoorbereiding" in text
    assert "Deze vacature heeft nog geen competenties" in text
    assert "Geen vragen in de kit voor dit onderdeel" in text


def test_kit_is_usable_with_a_pen(db: Database, ids: ExampleIds, tmp_path: Path) -> None:
    """Anchors at 8 pt at least, four lines per STAR field, note lines under every
    stage, the whole assessment guidance, and the questions not to ask."""
    from reportlab.platypus import Paragraph, Table

    from interviewdesk.reports import rating
    from interviewdesk.reports.blocks import WritingLines
    from interviewdesk.reports.interview_kit import _question
    from interviewdesk.reports.page import Layout

    draft = load_vacancy_draft(db, ids.vacancy_id)
    layout = Layout("A4")
    competency = draft.competencies[0]
    (row,) = rating.rating_row(1, competency.name, "", competency.description,
                               tuple(competency.anchors), "nl", layout.width, layout.height)
    assert isinstance(row, Table)
    sizes = [cell.style.fontSize for cells in row._cellvalues[1] for cell in cells
             if isinstance(cell, Paragraph)]
    assert len(sizes) == 10 and min(sizes) >= 8  # reportlab's own measure of the anchors
    star = next(q for questions in draft.questions.values() for q in questions
                if q.kind == "behavioural")
    card = _question(1, star, draft, "nl")
    lines = [cell for flowable in card._content if isinstance(flowable, Table)
             for cell in flowable._cellvalues[0] if isinstance(cell, WritingLines)]
    assert [w.count for w in lines] == [4, 4, 4, 4]

    path = write_interview_kit(db, None, tmp_path / "kit.pdf", vacancy_id=ids.vacancy_id)
    text = text_of(path)
    assert text.count("Notities") >= len(default_agenda().stages)
    for part in default_agenda().stage("assessment").guidance.nl.split("\n\n"):
        assert flat(part) in text
    assert "Vraag hier niet naar: leeftijd · zwangerschap" in text
    assert "Kandidaat: ____" in text  # a kit for the vacancy: the name is written by hand
