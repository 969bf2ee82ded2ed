"""Team mode: interviews taken offline to a laptop, and brought back.

Revision ID: 0015
Revises: 0013 (re-chained at merge)

``offlinecopy`` has one row per interview taken offline, on both sides: on the team
server (``side`` "server") it is the mark "taken offline by … since …" that stops
anyone else from starting the interview; on the laptop (``side`` "laptop") it says
which local interview is a copy, and whether it was brought back (so it is not
brought back twice). ``copy_uuid`` is the same on both sides. A new, empty table:
nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "offlinecopy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_uuid", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey("interview.id", ondelete="CASCADE",
                          name=op.f("fk_offlinecopy_interview_id_interview")),
            nullable=False,
        ),
        sa.Column("taken_by", sa.String(), nullable=False),
        sa.Column("taken_by_login", sa.String(), nullable=False),
        sa.Column("member_uuid", sa.String(length=36), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offlinecopy")),
    )
    op.create_index(op.f("ix_offlinecopy_copy_uuid"), "offlinecopy", ["copy_uuid"])
    op.create_index(op.f("ix_offlinecopy_interview_id"), "offlinecopy", ["interview_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_offlinecopy_interview_id"), table_name="offlinecopy")
    op.drop_index(op.f("ix_offlinecopy_copy_uuid"), table_name="offlinecopy")
    op.drop_table("offlinecopy")
