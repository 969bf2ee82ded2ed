"""Two editors save the same candidate, vacancy or library entry: the second save is
refused with who and when (``store.edit_conflicts``), on SQLite and on PostgreSQL, with
a second connection standing in for the other window or laptop."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewdesk.domain.library import LibraryCompetency, LibraryContents, LibraryQuestion
from interviewdesk.store import team
from interviewdesk.store.candidates import (
    CandidateDraft,
    delete_candidate,
    load_candidate_draft,
    save_candidate,
)
from interviewdesk.store.database import Database
from interviewdesk.store.edit_conflicts import ChangedMeanwhile, DeletedMeanwhile
from interviewdesk.store.library import (
    library_contents,
    save_to_library,
    update_competency,
    update_question,
)
from interviewdesk.store.models import Candidate, Interviewer, Vacancy
from interviewdesk.store.startup import open_store
from interviewdesk.store.vacancies import (
    CompetencyDraft,
    VacancyDraft,
    load_vacancy_draft,
    save_vacancy,
)
from tests.store.test_team import PASSWORD, login_url, server  # noqa: F401  (fixture)


@pytest.fixture
def other(store_db: Database) -> Iterator[Database]:
    """A second connection to the same store: another window, process or laptop."""
    if store_db.is_sqlite:
        second = Database(store_db.path)
    else:
        second = Database.on_server(store_db.engine.url.render_as_string(hide_password=False))
    yield second
    second.close()


def test_a_candidate_saved_elsewhere_is_not_overwritten(store_db: Database,
                                                        other: Database) -> None:
    candidate_id = save_candidate(store_db, CandidateDraft(name="Eva Smit", notes="eerste"))
    mine = load_candidate_draft(store_db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    assert mine.version == theirs.version == 1
    theirs.notes = "van de ander"
    save_candidate(other, theirs)
    mine.notes = "van mij"
    with pytest.raises(ChangedMeanwhile) as raised:
        save_candidate(store_db, mine)
    assert raised.value.version == 2
    assert load_candidate_draft(store_db, candidate_id).notes == "van de ander"
    # Seen now: saved on top of theirs.
    mine.version = raised.value.version
    save_candidate(store_db, mine)
    stored = load_candidate_draft(other, candidate_id)
    assert (stored.notes, stored.version) == ("van mij", 3)


def test_who_changed_it_on_a_laptop_is_nobody_by_name(store_db: Database,
                                                      other: Database) -> None:
    candidate_id = save_candidate(store_db, CandidateDraft(name="Eva Smit"))
    mine = load_candidate_draft(store_db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    theirs.city = "Gouda"
    save_candidate(other, theirs)
    with store_db.session() as session:
        row = session.get(Candidate, candidate_id)
        assert row is not None
        stored_at = row.updated_at
    mine.city = "Delft"
    with pytest.raises(ChangedMeanwhile) as raised:
        save_candidate(store_db, mine)
    change = raised.value.change
    assert change.at == stored_at
    if store_db.is_sqlite:
        assert (change.by, change.by_me) == ("", False)  # "another window"
    else:
        # The test server's owner login, which names no interviewer: the login itself.
        assert change.by == "postgres" and change.by_me


def test_the_login_linked_to_an_interviewer_is_named(store_db: Database,
                                                     other: Database) -> None:
    if store_db.is_sqlite:
        pytest.skip("a laptop has no logins")
    with store_db.session() as session:
        session.add(Interviewer(name="Anna de Vries", login_role="postgres"))
    candidate_id = save_candidate(store_db, CandidateDraft(name="Eva Smit"))
    mine = load_candidate_draft(store_db, candidate_id)
    theirs = load_candidate_draft(other, candidate_id)
    theirs.phone = "06 1234"
    save_candidate(other, theirs)
    with pytest.raises(ChangedMeanwhile) as raised:
        save_candidate(store_db, mine)
    assert raised.value.change.by == "Anna de Vries"


def test_a_candidate_deleted_meanwhile_says_so(store_db: Database, other: Database) -> None:
    candidate_id = save_candidate(store_db, CandidateDraft(name="Eva Smit"))
    mine = load_candidate_draft(store_db, candidate_id)
    delete_candidate(other, candidate_id)
    with pytest.raises(DeletedMeanwhile, match="deleted meanwhile"):
        save_candidate(store_db, mine)
    # The input is not lost: the same draft saves as a new candidate.
    mine.id, mine.version = None, 0
    assert load_candidate_draft(store_db, save_candidate(store_db, mine)).name == "Eva Smit"


def test_a_vacancy_kit_saved_elsewhere_is_not_overwritten(store_db: Database,
                                                          other: Database) -> None:
    vacancy_id = save_vacancy(store_db, VacancyDraft(
        title="Monteur", competencies=[CompetencyDraft(name="Vakkennis")]))
    mine = load_vacancy_draft(store_db, vacancy_id)
    theirs = load_vacancy_draft(other, vacancy_id)
    # Only the kit changes elsewhere; the vacancy's version still moves on.
    theirs.competencies[0].description = "kent de installaties"
    save_vacancy(other, theirs)
    mine.competencies[0].description = "weet hoe het werkt"
    with pytest.raises(ChangedMeanwhile):
        save_vacancy(store_db, mine)
    assert load_vacancy_draft(store_db, vacancy_id).competencies[0].description == \
        "kent de installaties"
    with store_db.session() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        assert vacancy is not None and vacancy.version == 2  # theirs only


def test_a_vacancy_deleted_meanwhile_says_so(store_db: Database, other: Database) -> None:
    from interviewdesk.store.vacancies import delete_vacancy

    vacancy_id = save_vacancy(store_db, VacancyDraft(title="Monteur"))
    mine = load_vacancy_draft(store_db, vacancy_id)
    delete_vacancy(other, vacancy_id)
    with pytest.raises(DeletedMeanwhile):
        save_vacancy(store_db, mine)


def test_library_entries_saved_elsewhere_are_not_overwritten(store_db: Database,
                                                             other: Database) -> None:
    save_to_library(store_db, LibraryContents(
        [LibraryCompetency(name="Samenwerken")],
        [LibraryQuestion(text="Vertel eens", stage="experience")]), update_duplicates=False)
    competency = library_contents(store_db).competencies[0]
    question = library_contents(store_db).questions[0]
    theirs = library_contents(other)
    assert competency.version == question.version == 1
    theirs.competencies[0].description = "anders"
    update_competency(other, theirs.competencies[0])
    theirs.questions[0].probes = "Wat deed je?"
    update_question(other, theirs.questions[0])
    competency.description = "mijn tekst"
    question.probes = "Waarom?"
    with pytest.raises(ChangedMeanwhile):
        update_competency(store_db, competency)
    with pytest.raises(ChangedMeanwhile):
        update_question(store_db, question)
    stored = library_contents(store_db)
    assert (stored.competencies[0].description, stored.questions[0].probes) == \
        ("anders", "Wat deed je?")
    with pytest.raises(LookupError):  # deleted meanwhile: the old callers' error still
        update_question(store_db, LibraryQuestion(text="x", stage="experience", id=999,
                                                  version=1))


def test_two_interviewers_on_a_team_server_are_named(server: str,  # noqa: F811
                                                     data_dir: Path) -> None:
    owner = open_store(data_dir, database_url=server)
    vacancy_id = save_vacancy(owner, VacancyDraft(title="Monteur"))
    owner.close()
    team.add_interviewer(server, "René", PASSWORD)
    team.add_interviewer(server, "Sanne", PASSWORD)
    rene = open_store(data_dir, database_url=login_url(server, "rene"))
    sanne = open_store(data_dir, database_url=login_url(server, "sanne"))
    try:
        mine = load_vacancy_draft(rene, vacancy_id)
        theirs = load_vacancy_draft(sanne, vacancy_id)
        theirs.location = "Utrecht"
        save_vacancy(sanne, theirs)
        mine.location = "Zwolle"
        with pytest.raises(ChangedMeanwhile) as raised:
            save_vacancy(rene, mine)
        assert (raised.value.change.by, raised.value.change.by_me) == ("Sanne", False)
        # Sanne's second window meets her own save: "you, in another window".
        again = load_vacancy_draft(sanne, vacancy_id)
        save_vacancy(sanne, load_vacancy_draft(sanne, vacancy_id))
        with pytest.raises(ChangedMeanwhile) as raised:
            save_vacancy(sanne, again)
        assert (raised.value.change.by, raised.value.change.by_me) == ("Sanne", True)
    finally:
        rene.close()
        sanne.close()


def test_a_status_set_elsewhere_counts_as_a_change_of_the_candidate(
        store_db: Database, other: Database) -> None:
    """The editor writes every application's status: one set meanwhile by another
    screen (a decision, the home view) must not be reverted unseen."""
    from interviewdesk.store.candidates import ApplicationDraft, set_application_status

    vacancy_id = save_vacancy(store_db, VacancyDraft(title="Monteur"))
    candidate_id = save_candidate(store_db, CandidateDraft(
        name="Eva Smit", applications=[ApplicationDraft(vacancy_id=vacancy_id)]))
    mine = load_candidate_draft(store_db, candidate_id)
    save_candidate(store_db, mine)  # the same draft saves again: its version moved on
    set_application_status(other, mine.applications[0].id or 0, "offered")
    mine.notes = "typed meanwhile"
    with pytest.raises(ChangedMeanwhile):
        save_candidate(store_db, mine)
    assert load_candidate_draft(store_db, candidate_id).applications[0].status == "offered"


def test_another_process_on_the_same_data_folder(data_dir: Path) -> None:
    """A second process (another app window, the command line) saves the candidate
    between this editor's read and its save: refused, nobody named."""
    import subprocess
    import sys

    database = open_store(data_dir)
    try:
        candidate_id = save_candidate(database, CandidateDraft(name="Eva Smit"))
        mine = load_candidate_draft(database, candidate_id)
        script = (
            "from pathlib import Path\n"
            "from interviewdesk.store.startup import open_store\n"
            "from interviewdesk.store.candidates import load_candidate_draft, save_candidate\n"
            f"db = open_store(Path({str(data_dir)!r}))\n"
            f"draft = load_candidate_draft(db, {candidate_id})\n"
            "draft.notes = 'uit het andere proces'\n"
            "save_candidate(db, draft)\n"
            "db.close()\n")
        subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
        mine.notes = "uit dit proces"
        with pytest.raises(ChangedMeanwhile) as raised:
            save_candidate(database, mine)
        assert raised.value.change.by == "" and not raised.value.change.by_me
        assert load_candidate_draft(database, candidate_id).notes == "uit het andere proces"
    finally:
        database.close()


# -- the interview editor and the interviewer editor (migration 0020) -----------------


def _interviewer(db: Database, name: str) -> int:
    from interviewdesk.store.interviewers import InterviewerDraft, save_interviewer
    return save_interviewer(db, InterviewerDraft(name=name))


def _planned(db: Database) -> int:
    from interviewdesk.store.interviews import InterviewDraft, PanelSeat, save_interview
    candidate_id = save_candidate(db, CandidateDraft(name="Eva Smit"))
    vacancy_id = save_vacancy(db, VacancyDraft(title="Monteur"))
    chair = _interviewer(db, "Ans de Wit")
    return save_interview(db, InterviewDraft(candidate_id=candidate_id, vacancy_id=vacancy_id,
                                             location="Kamer 1",
                                             panel=[PanelSeat(chair, "chair")]))


def test_an_interview_planned_elsewhere_is_not_overwritten(store_db: Database,
                                                           other: Database) -> None:
    from interviewdesk.store.interviews import load_interview_draft, save_interview
    interview_id = _planned(store_db)
    mine = load_interview_draft(store_db, interview_id)
    theirs = load_interview_draft(other, interview_id)
    theirs.location = "Kamer 2"
    save_interview(other, theirs)
    mine.location = "Kamer 3"
    with pytest.raises(ChangedMeanwhile) as raised:
        save_interview(store_db, mine)
    assert load_interview_draft(store_db, interview_id).location == "Kamer 2"
    mine.version = raised.value.version
    save_interview(store_db, mine)
    assert load_interview_draft(other, interview_id).location == "Kamer 3"


def test_a_panel_changed_elsewhere_moves_the_interview_version(store_db: Database,
                                                               other: Database) -> None:
    from interviewdesk.store.interviews import PanelSeat, load_interview_draft, save_interview
    interview_id = _planned(store_db)
    mine = load_interview_draft(store_db, interview_id)
    theirs = load_interview_draft(other, interview_id)
    theirs.panel.append(PanelSeat(_interviewer(other, "Bram Kok"), "member"))
    save_interview(other, theirs)  # only the panel: no column of the interview changed
    mine.location = "Kamer 3"
    with pytest.raises(ChangedMeanwhile):
        save_interview(store_db, mine)
    assert len(load_interview_draft(store_db, interview_id).panel) == 2


def test_an_interview_deleted_meanwhile_says_so(store_db: Database, other: Database) -> None:
    from interviewdesk.store.interviews import (
        delete_interview,
        load_interview_draft,
        save_interview,
    )
    interview_id = _planned(store_db)
    mine = load_interview_draft(store_db, interview_id)
    delete_interview(other, interview_id)
    with pytest.raises(DeletedMeanwhile):
        save_interview(store_db, mine)


def test_an_interviewer_saved_elsewhere_is_not_overwritten(store_db: Database,
                                                           other: Database) -> None:
    from interviewdesk.store.interviewers import (
        delete_interviewer,
        load_interviewer_draft,
        save_interviewer,
    )
    interviewer_id = _interviewer(store_db, "Ans de Wit")
    mine = load_interviewer_draft(store_db, interviewer_id)
    theirs = load_interviewer_draft(other, interviewer_id)
    assert mine.version == theirs.version == 1
    theirs.job_title = "Teamleider"
    save_interviewer(other, theirs)
    mine.job_title = "Adviseur"
    with pytest.raises(ChangedMeanwhile) as raised:
        save_interviewer(store_db, mine)
    assert raised.value.version == 2
    assert load_interviewer_draft(store_db, interviewer_id).job_title == "Teamleider"
    mine.version = raised.value.version
    save_interviewer(store_db, mine)
    assert load_interviewer_draft(other, interviewer_id).job_title == "Adviseur"
    delete_interviewer(other, interviewer_id)
    with pytest.raises(DeletedMeanwhile):
        save_interviewer(store_db, mine)


def test_interviewer_logins_edit_interviewers_with_versions(server: str,  # noqa: F811
                                                            data_dir: Path) -> None:
    """The column grants let an interviewer's login write the version (0020)."""
    from interviewdesk.store.interviewers import (
        InterviewerDraft,
        load_interviewer_draft,
        save_interviewer,
    )
    owner = open_store(data_dir, database_url=server)
    try:  # (an interviewer's login never creates interviewers: login_role is not theirs)
        new_id = save_interviewer(owner, InterviewerDraft(name="Ans de Wit"))
    finally:
        owner.close()
    team.add_interviewer(server, "René", PASSWORD)
    team.add_interviewer(server, "Sanne", PASSWORD)
    rene = open_store(data_dir, database_url=login_url(server, "rene"))
    sanne = open_store(data_dir, database_url=login_url(server, "sanne"))
    try:
        mine = load_interviewer_draft(rene, new_id)
        theirs = load_interviewer_draft(sanne, new_id)
        theirs.job_title = "Teamleider"
        save_interviewer(sanne, theirs)
        mine.job_title = "Adviseur"
        with pytest.raises(ChangedMeanwhile):
            save_interviewer(rene, mine)
        assert load_interviewer_draft(rene, new_id).version == 2
    finally:
        rene.close()
        sanne.close()
