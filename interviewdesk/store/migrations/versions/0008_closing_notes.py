"""The closing stage's own notes: the candidate's remarks about the process, and
notes for a negotiation or a follow-up conversation.

Revision ID: 0008
Revises: 0006

Two text columns on ``interview``, added in place (``ALTER TABLE … ADD COLUMN``, no
rebuild, so no row, cascade or trigger of 0006 is touched); existing interviews get
"". Both are interview notes, so the full-text index of 0006 takes them in too, under
the kind ``closing_notes`` with rowid ``interview.id × 8 + 5``, kept in step by
triggers on ``interview`` that, like 0006's, name no table but their own and the
index (a trigger naming another table breaks Alembic's rebuild of that table). A later
migration that rebuilds ``interview`` in batch mode drops these triggers and must
create them again with :func:`create_closing_triggers`.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

#: The index code of the closing notes (0006 uses 0–4; rowid = id × 8 + code).
CODE = 5
KIND = "closing_notes"
_BODY = "{row}.candidate_remarks || ' ' || {row}.follow_up_notes"


def _text(name: str) -> sa.Column:
    """A text column that existing rows fill with ''."""
    return sa.Column(name, sa.String(), nullable=False, server_default="")


def _insert(row: str) -> str:
    body = _BODY.format(row=row)
    source = "" if row in ("NEW", "OLD") else f" FROM {row}"
    return (f"INSERT INTO search_index (rowid, candidate_id, interview_id, kind, body) "
            f"SELECT {row}.id * 8 + {CODE}, NULL, {row}.id, '{KIND}', {body}"
            f"{source} WHERE trim({body}) != ''")


def create_closing_triggers() -> None:
    """The triggers that keep the closing notes in the index, and their entries (the
    FTS5 index exists on SQLite only; a team server searches its tables directly)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    delete = f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {CODE}"
    op.execute(f"CREATE TRIGGER search_index_interview_ai AFTER INSERT ON interview "
               f"BEGIN {_insert('NEW')}; END")
    op.execute(f"CREATE TRIGGER search_index_interview_au AFTER UPDATE OF "
               f"candidate_remarks, follow_up_notes ON interview "
               f"BEGIN {delete}; {_insert('NEW')}; END")
    op.execute(f"CREATE TRIGGER search_index_interview_ad AFTER DELETE ON interview "
               f"BEGIN {delete}; END")
    op.execute(f"DELETE FROM search_index WHERE kind = '{KIND}'")
    op.execute(_insert("interview"))


def upgrade() -> None:
    op.add_column("interview", _text("candidate_remarks"))
    op.add_column("interview", _text("follow_up_notes"))
    create_closing_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_interview_{suffix}")
        op.execute(f"DELETE FROM search_index WHERE kind = '{KIND}'")
    with op.batch_alter_table("interview") as batch:
        batch.drop_column("follow_up_notes")
        batch.drop_column("candidate_remarks")
