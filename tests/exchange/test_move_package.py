"""The move package: a whole database to a new laptop, every table, ids and documents
kept; only into an empty data folder."""

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from interviewdesk.exchange import (
    PackageError,
    build_move_package,
    import_package,
    read_package,
    write_package,
)
from interviewdesk.store.candidate_documents import attach_document
from interviewdesk.store.candidates import DocumentFile
from interviewdesk.store.database import Database
from interviewdesk.store.models import Candidate, CandidateDocument
from interviewdesk.store.startup import open_store
from tests.exchange.conftest import Chair
from tests.exchange.package_tools import dump


def rows(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table of the models, in id order."""
    with db.engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
            sa.select(table).order_by(*table.primary_key.columns))]
            for table in SQLModel.metadata.sorted_tables}


def test_every_table_moves_with_its_ids_and_documents(chair: Chair, member_db: Database,
                                                      tmp_path: Path) -> None:
    with chair.db.session() as session:
        candidate = session.exec(select(Candidate)).first()
        assert candidate is not None
    original = bytes(range(256)) * 40
    attach_document(chair.db, int(candidate.id or 0),
                    DocumentFile("letter", "brief.pdf", original, "application/pdf"), "Brief")
    path = write_package(build_move_package(chair.db), tmp_path / "move.idpkg")
    package = read_package(path)
    assert set(package.tables) == set(SQLModel.metadata.tables)

    result = import_package(member_db, path)

    assert result.outcome == "moved"
    moved, kept = rows(member_db), rows(chair.db)
    assert {name: len(r) for name, r in moved.items() if name != "packageimport"} == \
        {name: len(r) for name, r in kept.items() if name != "packageimport"}
    for name in kept:
        if name != "packageimport":
            assert moved[name] == kept[name], name
    with member_db.session() as session:
        (letter,) = session.exec(select(CandidateDocument).where(
            CandidateDocument.kind == "letter", CandidateDocument.filename == "brief.pdf"))
    assert letter.content == original


def test_a_move_into_a_folder_with_data_is_refused(chair: Chair, tmp_path: Path) -> None:
    other = open_store(tmp_path / "other")
    try:
        path = write_package(build_move_package(other), tmp_path / "empty-move.idpkg")
    finally:
        other.close()
    before = dump(chair.db)
    with pytest.raises(PackageError, match="already holds data; a move package only goes"):
        import_package(chair.db, path)
    assert dump(chair.db) == before
