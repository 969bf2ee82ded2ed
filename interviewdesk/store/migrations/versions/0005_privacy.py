"""Consent records and the erasure log (AVG / NVP Sollicitatiecode).

Revision ID: 0005
Revises: 0002

``consent`` holds each consent a candidate gave (keeping data a year, asking a
reference) with its date, who recorded it and how. Consents recorded before this
revision (``candidate.retention_consent``) become ``retention`` rows dated on the day
they were recorded; who and how were never asked, so they stay empty.

``erasure`` records that a candidate was erased, without anything that identifies them.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "candidate_id",
            sa.Integer(),
            sa.ForeignKey("candidate.id", ondelete="CASCADE",
                          name=op.f("fk_consent_candidate_id_candidate")),
            nullable=False,
        ),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
        sa.UniqueConstraint("candidate_id", "purpose",
                            name=op.f("uq_consent_candidate_id_purpose")),
    )
    op.create_index(op.f("ix_consent_candidate_id"), "consent", ["candidate_id"], unique=False)
    op.create_table(
        "erasure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_by", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    op.execute(
        "INSERT INTO consent (candidate_id, purpose, given_on, recorded_by, method, note, "
        "recorded_at) SELECT id, 'retention', date(COALESCE(consent_recorded_at, updated_at)), "
        "'', '', '', COALESCE(consent_recorded_at, updated_at) FROM candidate "
        "WHERE retention_consent"
    )


def downgrade() -> None:
    op.drop_table("erasure")
    op.drop_index(op.f("ix_consent_candidate_id"), table_name="consent")
    op.drop_table("consent")
