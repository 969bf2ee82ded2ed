"""The firm's library: saving from a vacancy, duplicates, editing, deleting, and
adding copies back into a vacancy."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk.domain.library import LibraryContents, LibraryQuestion, load_starter
from interviewdesk.example.database import load_example
from interviewdesk.store.database import Database
from interviewdesk.store.library import (
    PickedQuestion,
    additions_for,
    competency_from_draft,
    delete_competency,
    delete_question,
    duplicates,
    find_competency,
    kit_from_draft,
    library_contents,
    save_to_library,
    update_competency,
    update_question,
)
from interviewdesk.store.startup import open_store
from interviewdesk.store.vacancies import (
    VacancyDraft,
    load_vacancy_draft,
    save_vacancy,
    vacancy_choices,
)
from interviewdesk.store.validation import ValidationError


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_store(data_dir)
    yield database
    database.close()


def _example(db: Database) -> VacancyDraft:
    load_example(db)
    return load_vacancy_draft(db, vacancy_choices(db)[0][0])


def test_a_new_database_has_an_empty_library(db: Database) -> None:
    assert library_contents(db).is_empty()


def test_save_a_competency_and_add_it_to_a_new_vacancy_round_trip(db: Database) -> None:
    source = _example(db)
    first = source.competencies[0]
    item = competency_from_draft(source, first.key)
    linked = [q for qs in source.questions.values() for q in qs
              if q.competency_key == first.key]
    assert linked, "the example links questions to its first competency"
    result = save_to_library(db, LibraryContents([item]), update_duplicates=False)
    assert (result.added, result.updated) == (1 + len(linked), 0)

    library = library_contents(db)
    [saved] = library.competencies
    assert (saved.name, saved.description, saved.kind, saved.keywords, saved.anchors) == (
        first.name, first.description.strip(), first.kind, first.keywords, first.anchors)
    assert sorted(q.text for q in saved.questions) == sorted(q.text for q in linked)

    additions = additions_for([], [saved], [], with_questions=True)
    draft = VacancyDraft(title="New role", competencies=additions.competencies)
    for stage, questions in additions.questions.items():
        draft.questions[stage].extend(questions)
    new_id = save_vacancy(db, draft)
    built = load_vacancy_draft(db, new_id)
    [copied] = built.competencies
    assert (copied.name, copied.description, copied.anchors, copied.weight) == (
        first.name, first.description.strip(), first.anchors, 1.0)
    built_questions = [q for qs in built.questions.values() for q in qs]
    assert sorted((q.text, q.probes) for q in built_questions) == sorted(
        (q.text, q.probes) for q in linked)
    assert all(q.competency_key == copied.key for q in built_questions)
    # The vacancy got copies: deleting the library entry changes nothing there.
    assert saved.id is not None
    delete_competency(db, saved.id, with_questions=True)
    assert library_contents(db).is_empty()
    assert load_vacancy_draft(db, new_id) == built


def test_duplicates_are_found_by_name_and_updated_or_kept_both(db: Database) -> None:
    source = _example(db)
    kit = kit_from_draft(source)
    save_to_library(db, kit, update_duplicates=False)
    entries = len(kit.competencies) + sum(len(c.questions) for c in kit.competencies) + len(
        kit.questions)
    changed = kit_from_draft(source)
    changed.competencies[0].name = "  " + changed.competencies[0].name.upper() + " "
    changed.competencies[0].anchors[2] = "A sharper anchor"
    assert len(duplicates(db, changed)) == entries

    result = save_to_library(db, changed, update_duplicates=True)
    assert (result.added, result.updated) == (0, entries)
    library = library_contents(db)
    assert len(library.competencies) == len(kit.competencies)
    updated = next(c for c in library.competencies if c.id == result.competency_ids[0])
    assert updated.anchors[2] == "A sharper anchor"

    result = save_to_library(db, kit, update_duplicates=False)
    assert (result.added, result.updated) == (entries, 0)
    assert len(library_contents(db).competencies) == 2 * len(kit.competencies)


def test_a_question_saved_alone_links_to_the_library_competency_of_that_name(
        db: Database) -> None:
    save_to_library(db, LibraryContents([load_starter("nl").competencies[0]]),
                    update_duplicates=False)
    competency_id = find_competency(db, "klantgerichtheid")
    assert competency_id is not None
    question = LibraryQuestion(text="Wat doe je als een klant boos belt?", stage="skills",
                               probes="En dan?", kind="situational",
                               competency_id=competency_id)
    save_to_library(db, LibraryContents([], [question]), update_duplicates=False)
    [competency] = library_contents(db).competencies
    assert "Wat doe je als een klant boos belt?" in [q.text for q in competency.questions]


def test_edit_rename_and_delete_entries(db: Database) -> None:
    starter = load_starter("en")
    save_to_library(db, LibraryContents(starter.competencies[:2]), update_duplicates=False)
    first, second = library_contents(db).competencies
    first.name = "Customer focus (sales)"
    update_competency(db, first)
    question = second.questions[0]
    question.probes = "Only this probe"
    question.competency_id = first.id
    update_question(db, question)
    library = library_contents(db)
    renamed = next(c for c in library.competencies if c.id == first.id)
    assert renamed.name == "Customer focus (sales)"
    assert "Only this probe" in [q.probes for q in renamed.questions]

    assert second.id is not None
    delete_competency(db, second.id, with_questions=False)
    library = library_contents(db)
    assert [c.id for c in library.competencies] == [first.id]
    assert len(library.questions) == len(starter.competencies[1].questions) - 1
    assert library.questions[0].id is not None
    delete_question(db, library.questions[0].id)
    with pytest.raises(LookupError):
        delete_question(db, library.questions[0].id)
    first.name = " "
    with pytest.raises(ValidationError):
        update_competency(db, first)


def test_adding_skips_a_competency_the_vacancy_already_has(db: Database) -> None:
    source = _example(db)
    starter = load_starter("nl")
    twin = starter.competencies[0]
    twin.name = source.competencies[0].name.lower()
    loose = PickedQuestion(starter.competencies[1].questions[0], twin.name)
    names = {c.name.casefold() for c in source.competencies}
    other = next(c for c in starter.competencies[1:] if c.name.casefold() not in names)
    additions = additions_for(source.competencies, [twin, other], [loose],
                              with_questions=False)
    assert additions.skipped == [twin.name]
    assert [c.name for c in additions.competencies] == [other.name]
    [question] = additions.questions["behavioural"]
    assert question.competency_key == source.competencies[0].key
    assert additions.count() == 2


def test_erasure_and_the_access_export_leave_the_library_alone(
        db: Database, data_dir: Path) -> None:
    import json

    from interviewdesk.store.access_request import everything_held
    from interviewdesk.store.erasure import erase_candidate
    from interviewdesk.store.models import Candidate

    source = _example(db)
    save_to_library(db, kit_from_draft(source), update_duplicates=False)
    before = library_contents(db)
    with db.session() as session:
        from sqlmodel import select

        candidate_ids = [c.id for c in session.exec(select(Candidate)).all()]
    held = json.dumps(everything_held(db, candidate_ids[0]), default=str)
    assert "librarycompetency" not in held and "library" not in held.lower()
    for candidate_id in candidate_ids:
        assert candidate_id is not None
        erase_candidate(db, data_dir, candidate_id, reason="request", keep_backups=0)
    assert library_contents(db) == before


def test_adding_skips_a_question_the_kit_already_has() -> None:
    starter = load_starter("en")
    teamwork = starter.competencies[1]
    additions = additions_for([], [teamwork], [], with_questions=True,
                              existing_questions=(" " + teamwork.questions[0].text.upper(),))
    assert additions.skipped_questions == [teamwork.questions[0].text]
    assert [q.text for q in additions.questions["behavioural"]] == [teamwork.questions[1].text]
