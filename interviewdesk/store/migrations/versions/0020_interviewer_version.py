"""Interviewers get a version, so their editor cannot overwrite someone else's save.

Revision ID: 0020
Revises: 0019

Two people editing the same interviewer (or planning the same interview) must not
overwrite each other silently: the second save shows both versions
(``domain.concurrent_edits``). ``interview`` has had its optimistic ``version`` since
0014; ``interviewer`` gets it here (``Versioned`` in ``store/models.py``). Existing rows
start at 1. Added in place (``ALTER TABLE … ADD COLUMN`` with a default) on both
engines: no table is rebuilt, so no row or cascade is touched.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("interviewer", sa.Column("version", sa.Integer(), nullable=False,
                                           server_default="1"))


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35+): no rebuild, no cascade.
    op.execute("ALTER TABLE interviewer DROP COLUMN version")
