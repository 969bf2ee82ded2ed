"""Letters to candidates: the form of address.

Revision ID: 0007
Revises: 0006

``candidate.address_form`` is how Dutch letters address the candidate: "u" (formal, the
default for every existing candidate) or "je". Added in place (``ALTER TABLE … ADD
COLUMN``): no table is rebuilt, so the full-text triggers of 0006 on ``candidate``
stay as they are.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("candidate", sa.Column("address_form", sa.String(), nullable=False,
                                         server_default="u"))


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35+): no rebuild, no cascade, and the
    # search triggers (which do not name this column) survive.
    op.execute("ALTER TABLE candidate DROP COLUMN address_form")
