"""The panel package: what it holds (and never holds), and reading it on a panel
member's laptop, twice."""

import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from interviewdesk.example import texts as example_texts
from interviewdesk.exchange import (
    FORMAT_VERSION,
    PackageError,
    build_panel_package,
    import_package,
    read_package,
    write_package,
)
from interviewdesk.store.candidate_documents import attach_document
from interviewdesk.store.candidates import DocumentFile
from interviewdesk.store.database import Database
from interviewdesk.store.interview_records import load_session
from interviewdesk.store.models import (
    Assessment,
    Candidate,
    CandidateDocument,
    Competency,
    Interview,
    PanelMember,
    Question,
    Rating,
    Vacancy,
)
from tests.exchange.conftest import Chair
from tests.exchange.package_tools import dump


def attach_a_cv(chair: Chair) -> bytes:
    """An original CV file for the waiting interview's candidate (the example has none)."""
    content = b"%PDF-1.4 a CV \x00\xff as it arrived"
    with chair.db.session() as session:
        interview = session.get(Interview, chair.interview_id)
        assert interview is not None
        candidate_id = interview_candidate(session, interview)
    attach_document(chair.db, candidate_id, DocumentFile("cv", "cv.pdf", content,
                                                         "application/pdf"), "CV text")
    return content


def interview_candidate(session: Any, interview: Interview) -> int:
    from interviewdesk.store.models import Application

    application = session.get(Application, interview.application_id)
    return int(application.candidate_id)


def panel_file(chair: Chair, tmp_path: Path, name: str = "panel.idpkg", *,
               with_documents: bool = False) -> Path:
    package = build_panel_package(chair.db, chair.interview_id, chair.rene,
                                  with_documents=with_documents)
    return write_package(package, tmp_path / name)


def all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace")
                         for name in archive.namelist())


def test_the_manifest_lists_every_file_with_its_checksum(chair: Chair, tmp_path: Path) -> None:
    path = panel_file(chair, tmp_path)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist()) - {"manifest.json"}
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["kind"] == "panel"
    assert uuid.UUID(manifest["package_id"])
    assert manifest["created_at"] and manifest["app_version"]
    assert {entry["name"] for entry in manifest["files"]} == names
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"])
    assert path.stat().st_mode & 0o777 == 0o600


def test_no_assessment_no_notes_no_contact_details_travel(chair: Chair, tmp_path: Path) -> None:
    """The example's waiting interview has Sanne's submitted form and René's draft:
    neither travels, nor any note, decision or contact detail."""
    path = panel_file(chair, tmp_path)
    package = read_package(path)
    assert set(package.tables) == {"vacancy", "competency", "question", "candidate",
                                   "application", "interviewer", "interview", "panelmember"}
    text = all_text(path)
    with chair.db.session() as session:
        evidence = [r.evidence for r in session.exec(select(Rating)) if r.evidence.strip()]
        forms = list(session.exec(select(Assessment)))
        candidate = session.get(Candidate, package.table("candidate")[0]["id"])
    assert evidence and not any(piece in text for piece in evidence)
    assert not any(form.strengths and form.strengths in text for form in forms)
    assert candidate is not None and candidate.email not in text and candidate.cv_text not in text
    for table in package.tables.values():
        for row in table:
            assert not {"score", "evidence", "notes", "recommendation", "email"} & set(row)


def test_documents_travel_only_when_asked(chair: Chair, tmp_path: Path) -> None:
    content = attach_a_cv(chair)
    assert content not in Path(panel_file(chair, tmp_path, "without.idpkg")).read_bytes()
    path = panel_file(chair, tmp_path, with_documents=True)
    package = read_package(path)
    (candidate,) = package.table("candidate")
    assert candidate["cv_text"]
    with chair.db.session() as session:
        originals = list(session.exec(select(CandidateDocument).where(
            CandidateDocument.candidate_id == candidate["id"])))
    assert len(package.table("candidatedocument")) == len(originals)
    assert sorted(package.documents.values()) == sorted(d.content for d in originals)
    assert list(package.documents.values()) == [content]


def test_the_member_gets_the_interview_and_a_second_import_changes_nothing(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    content = attach_a_cv(chair)
    path = panel_file(chair, tmp_path, with_documents=True)

    result = import_package(member_db, path)

    assert (result.kind, result.outcome) == ("panel", "created")
    session_view = load_session(member_db, result.interview_id or 0)
    assert session_view.candidate_name == load_session(chair.db, chair.interview_id).candidate_name
    with member_db.session() as session:
        assert [v.title for v in session.exec(select(Vacancy))] == [example_texts.VACANCY_TITLE]
        assert len(list(session.exec(select(Competency)))) == len(chair.ids.competency_ids)
        assert len(list(session.exec(select(PanelMember)))) == 3
        assert list(session.exec(select(Assessment))) == []
        interview = session.get(Interview, result.interview_id)
        assert interview is not None and interview.current_stage == "preparation"
        assert [d.content for d in session.exec(select(CandidateDocument))] == [content]
    before = dump(member_db)

    again = import_package(member_db, path)

    assert again.outcome == "already_imported" and again.changed_nothing
    assert "nothing was changed" in again.summary()
    assert dump(member_db) == before


def test_a_new_package_updates_what_changed_and_only_that(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    first = import_package(member_db, panel_file(chair, tmp_path, "one.idpkg"))
    same = import_package(member_db, panel_file(chair, tmp_path, "two.idpkg"))
    assert same.outcome == "unchanged"
    with chair.db.session() as session:
        vacancy = session.get(Vacancy, chair.ids.vacancy_id)
        assert vacancy is not None
        vacancy.title = "Servicemonteur (32 uur)"
        session.add(vacancy)
        removed = session.exec(select(Question).where(
            Question.vacancy_id == chair.ids.vacancy_id)).first()
        assert removed is not None
        session.delete(removed)

    changed = import_package(member_db, panel_file(chair, tmp_path, "three.idpkg"))

    assert changed.outcome == "updated" and changed.interview_id == first.interview_id
    with member_db.session() as session:
        assert [v.title for v in session.exec(select(Vacancy))] == ["Servicemonteur (32 uur)"]
        assert session.exec(select(Question).where(Question.uuid == removed.uuid)).first() \
            is None


def test_a_panel_package_only_goes_to_its_members_laptop(
        chair: Chair, member_db: Database, tmp_path: Path) -> None:
    """Read back on the chair's laptop, or on another member's, it would let that laptop
    return someone else's form: refused, nothing changed."""
    path = panel_file(chair, tmp_path)
    before = dump(chair.db)
    with pytest.raises(PackageError, match="import the package on the panel member's own"):
        import_package(chair.db, path)
    assert dump(chair.db) == before

    import_package(member_db, path)
    sanne = build_panel_package(chair.db, chair.interview_id,
                                chair.ids.waiting_panel_member_ids[0])
    before = dump(member_db)
    with pytest.raises(PackageError, match="scores this interview for another panel member"):
        import_package(member_db, write_package(sanne, tmp_path / "sanne.idpkg"))
    assert dump(member_db) == before
