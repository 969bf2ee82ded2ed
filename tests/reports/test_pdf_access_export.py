"""The access export's PDF and JSON with hostile data: markup, control characters, a
note without a blank line of half a megabyte, evidence longer than a page."""

import json
import time
from pathlib import Path

import pytest

from interviewdesk.example.database import ExampleIds
from interviewdesk.reports import DocumentExportError
from interviewdesk.reports.access_export import safe_name, write_access_export
from interviewdesk.store.candidates import (
    ApplicationDraft,
    CandidateDraft,
    DocumentFile,
    save_candidate,
)
from interviewdesk.store.database import Database
from tests.reports.pdf_support import flat, page_texts

HUGE = "Lange regel zonder einde " * 20000


def test_hostile_data_is_printed_literally_and_in_time(db: Database, ids: ExampleIds,
                                                       tmp_path: Path) -> None:
    name = "Eve </para><b>\x01 / ../x" * 8  # 192 characters: the store caps names at 200
    candidate = save_candidate(db, CandidateDraft(
        name=name, email="eve@example.nl", notes=HUGE, letter_text="<script>x</script>",
        applications=[ApplicationDraft(ids.vacancy_id, "rejected")],
        new_documents=[DocumentFile("cv", "../../etc/passwd", b"cv bytes")]))
    started = time.monotonic()
    written = write_access_export(db, candidate, tmp_path / "out", language="en")
    assert time.monotonic() - started < 30
    held = json.loads(written.json.read_text(encoding="utf-8"))
    assert held["candidate"]["name"] == name and held["candidate"]["notes"] == HUGE
    first = flat(page_texts(written.pdf)[0])
    assert "Eve </para><b>" in first
    assert [p.name for p in written.documents] == ["cv - passwd"]
    assert written.documents[0].parent.parent == written.folder


def test_an_existing_folder_with_files_is_refused(db: Database, ids: ExampleIds,
                                                  tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "mine.txt").write_text("mine")
    with pytest.raises(DocumentExportError, match="not empty"):
        write_access_export(db, ids.candidate_ids[0], folder, language="en")
    assert [p.name for p in folder.iterdir()] == ["mine.txt"]
    with pytest.raises(DocumentExportError, match="no candidate with id 999"):
        write_access_export(db, 999, tmp_path / "new", language="en")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(("name", "expected"), [
    ("cv.pdf", "cv.pdf"), ("../../etc/passwd", "passwd"), ("C:\\\\Users\\\\x\\\\cv.docx",
                                                          "cv.docx"),
    ("...", "original"), ("a\x00b<c>.pdf", "a_b_c_.pdf"), ("x" * 300, "x" * 120),
])
def test_safe_names(name: str, expected: str) -> None:
    assert safe_name(name, "original") == expected


def test_the_closing_notes_are_in_the_export(db: Database, ids: ExampleIds,
                                             tmp_path: Path) -> None:
    from interviewdesk.example.panel_texts import COMPLETED
    from interviewdesk.store.lookups import interview_context

    with db.session() as session:
        candidate_id = interview_context(session, ids.completed_interview_id).candidate.id
    written = write_access_export(db, candidate_id, tmp_path / "out", language="nl")
    held = json.loads(written.json.read_text(encoding="utf-8"))
    [interview] = [i for a in held["applications"] for i in a["interviews"]
                   if i["candidate_remarks"]]
    assert interview["candidate_remarks"] == COMPLETED.candidate_remarks
    assert interview["follow_up_notes"] == COMPLETED.follow_up_notes
    text = flat(" ".join(page_texts(written.pdf)))
    assert "Jouw opmerkingen over de procedure" in text
    assert flat(COMPLETED.candidate_remarks) in text
    assert flat(COMPLETED.follow_up_notes) in text
