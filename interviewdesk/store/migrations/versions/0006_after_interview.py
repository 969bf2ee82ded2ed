"""After the interview: the contact log.

Revision ID: 0006
Revises: 0005

``contactentry`` records each time the firm told a candidate something about their
application: the day, who, the channel, what was said and, for a rejection, the
reasons given. It starts empty: a "feedback given" status from before is no contact
anyone wrote down.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "contactentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "application_id",
            sa.Integer(),
            sa.ForeignKey("application.id", ondelete="CASCADE",
                          name=op.f("fk_contactentry_application_id_application")),
            nullable=False,
        ),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("rejection", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contactentry")),
    )
    op.create_index(op.f("ix_contactentry_application_id"), "contactentry",
                    ["application_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_contactentry_application_id"), table_name="contactentry")
    op.drop_table("contactentry")
