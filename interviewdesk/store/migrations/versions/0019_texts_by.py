"""The interview window's notes and the form's texts say who saved each one last.

Revision ID: 0019
Revises: 0018 (re-chained at merge)

Two people typing in the same note of the interview window (or one rater's form open
in two places): the conflict dialog shows both texts and, like the editors' (0018),
who saved the other one. A row's last writer is not enough here: the chair's timer and
ticks write a stage record all the time, and an answer has five texts; the person who
last wrote the row need not be the one who wrote the note in conflict. So each of these
tables gets ``texts_by``: a JSON object of guarded text → login that saved it last
(on a team server the PostgreSQL ``session_user``, "" on a laptop), stamped on every
ORM write (``store/models.py``, ``_stamp_authors``). Existing rows start at ``{}``:
not known, and never a guessed name.

Added in place (``ALTER TABLE … ADD COLUMN`` with a default) on both engines: no table
is rebuilt, so no row, cascade or search trigger (0006) is touched.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | None = None
depends_on: str | None = None

#: The records whose free texts the interview window and the form guard.
TABLES = ("interview", "stagerecord", "answer", "candidatequestion", "assessment", "rating")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("texts_by", sa.JSON(), nullable=False,
                                       server_default="{}"))


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35+): no rebuild, no cascade.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN texts_by")
