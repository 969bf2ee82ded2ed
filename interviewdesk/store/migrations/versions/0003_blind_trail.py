"""Blind scoring that holds on every path: an interviewer's PIN, the chair closing the
assessment round early, and the audit trail.

Revision ID: 0003
Revises: 0002

Columns are added in place (``ALTER TABLE … ADD COLUMN``), never by rebuilding a
table, so no row and no cascade is touched: existing interviewers get no PIN ("") and
existing interviews an open round (nothing closed early). The audit trail starts
empty; what happened before this version was not recorded.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def _text(name: str) -> sa.Column:
    """A text column that existing rows fill with ''."""
    return sa.Column(name, sa.String(), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("interviewer", _text("pin_hash"))
    op.add_column("interview", sa.Column("round_closed_at", sa.DateTime(timezone=True),
                                         nullable=True))
    op.add_column("interview", _text("round_closed_by"))
    op.add_column("interview", _text("round_closed_reason"))
    op.create_table(
        "auditentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(),
                  sa.ForeignKey("interview.id", ondelete="CASCADE",
                                name=op.f("fk_auditentry_interview_id_interview")),
                  nullable=True),
        sa.Column("interviewer_id", sa.Integer(),
                  sa.ForeignKey("interviewer.id", ondelete="SET NULL",
                                name=op.f("fk_auditentry_interviewer_id_interviewer")),
                  nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auditentry")),
    )
    op.create_index(op.f("ix_auditentry_interview_id"), "auditentry", ["interview_id"],
                    unique=False)
    op.create_index(op.f("ix_auditentry_interviewer_id"), "auditentry", ["interviewer_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_auditentry_interviewer_id"), table_name="auditentry")
    op.drop_index(op.f("ix_auditentry_interview_id"), table_name="auditentry")
    op.drop_table("auditentry")
    # SQLite drops a plain column in place (3.35+): no rebuild, no cascade.
    for table, column in (("interview", "round_closed_reason"),
                          ("interview", "round_closed_by"),
                          ("interview", "round_closed_at"),
                          ("interviewer", "pin_hash")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
