"""Optimistic versions: a ``version`` counter on every record people edit together.

Revision ID: 0014
Revises: 0013 (re-chained at merge)

In team mode (and with two windows on one data folder) two people can change the same
note between each other's saves. Each of these tables gets ``version``, SQLAlchemy's
version counter (``Versioned`` in ``store/models.py``): every write raises it, and a
write based on an older version is refused rather than overwriting someone else's text.
Existing rows start at 1. Added in place (``ALTER TABLE … ADD COLUMN`` with a
default), so no table is rebuilt and no row, cascade or search trigger is touched.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | None = None
depends_on: str | None = None

#: Every table whose records users edit concurrently.
TABLES = ("vacancy", "competency", "question", "candidate", "interview", "stagerecord",
          "answer", "candidatequestion", "assessment", "rating")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        # SQLite drops a plain column in place (3.35+): no rebuild, no cascade.
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
