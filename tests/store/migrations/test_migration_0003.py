"""Migration 0003 (PIN, the round closed early, the audit trail) on a database that
holds data: every row survives, the new columns start empty, the trail works."""

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from interviewdesk.store import audit
from interviewdesk.store.assessments import round_state
from interviewdesk.store.database import Database
from interviewdesk.store.migrate import HEAD_REVISION, current_revision, upgrade


def test_data_at_0002_survives_and_gets_no_pin_an_open_round_and_an_empty_trail(
        tmp_path: Path, database_at: Any, fill_every_table: Any, read_every_row: Any) -> None:
    database: Database = database_at(tmp_path / "db.sqlite3", "0002")
    before = fill_every_table(database)
    assert "auditentry" not in sa.inspect(database.engine).get_table_names()

    upgrade(database.engine)

    assert current_revision(database.engine) == HEAD_REVISION
    after = read_every_row(database, list(before))
    for table, row in before.items():
        (kept,) = after[table]
        assert {key: kept[key] for key in row} == row, table
    assert after["interviewer"][0]["pin_hash"] == ""
    interview = after["interview"][0]
    assert (interview["round_closed_at"], interview["round_closed_by"],
            interview["round_closed_reason"]) == (None, "", "")
    state = round_state(database, 1)
    assert not state.closed_early
    assert audit.trail(database, 1) == []
    audit.record(database, 1, "round_closed", "Sanne", "Ziek")
    assert [line.detail for line in audit.trail(database, 1)] == ["Ziek"]
    # The trail goes with its interview (erasing a candidate erases it).
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM candidate")
        assert connection.exec_driver_sql("SELECT count(*) FROM auditentry").scalar() == 0
    assert "auditentry" in SQLModel.metadata.tables
