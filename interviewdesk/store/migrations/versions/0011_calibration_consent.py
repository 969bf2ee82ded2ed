"""An interviewer's consent to show their calibration figures by name.

Revision ID: 0011
Revises: 0006

``interviewer.share_calibration`` says whether colleagues may see this interviewer's
calibration figures (leniency, spread, …) under their name; without it the figures
are shown as "Interviewer A, B…" to anyone but the interviewer and the chair of their
interviews (``domain.calibration_names``). Everybody starts without consent: sharing
is something an interviewer chooses, never a default.

A plain ``ADD COLUMN`` with a default: the table is not rebuilt, so every row (and
the PIN hashes) stay as they are.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column(
        "interviewer",
        sa.Column("share_calibration", sa.Boolean(), nullable=False,
                  server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("interviewer") as batch:
        batch.drop_column("share_calibration")
