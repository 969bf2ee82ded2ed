"""The firm's library of competencies and questions.

Revision ID: 0009
Revises: 0006

``librarycompetency`` holds competencies (description, keywords, five anchors) and
``libraryquestion`` questions (stage, probes, kind, the library competency they test)
that a firm saved from a vacancy to reuse when it builds the next one. Firm data, not
personal data: no column names a candidate, so erasure and the access export need not
know these tables. Both start empty; no existing table is touched.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "librarycompetency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("keywords", sa.String(), nullable=False),
        *(sa.Column(f"anchor_{n}", sa.String(), nullable=False) for n in range(1, 6)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_librarycompetency")),
    )
    op.create_index(op.f("ix_librarycompetency_uuid"), "librarycompetency", ["uuid"],
                    unique=True)
    op.create_index(op.f("ix_librarycompetency_name"), "librarycompetency", ["name"],
                    unique=False)
    op.create_table(
        "libraryquestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("probes", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column(
            "competency_id",
            sa.Integer(),
            sa.ForeignKey("librarycompetency.id", ondelete="SET NULL",
                          name=op.f("fk_libraryquestion_competency_id_librarycompetency")),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_libraryquestion")),
    )
    op.create_index(op.f("ix_libraryquestion_uuid"), "libraryquestion", ["uuid"], unique=True)
    op.create_index(op.f("ix_libraryquestion_competency_id"), "libraryquestion",
                    ["competency_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_libraryquestion_competency_id"), table_name="libraryquestion")
    op.drop_index(op.f("ix_libraryquestion_uuid"), table_name="libraryquestion")
    op.drop_table("libraryquestion")
    op.drop_index(op.f("ix_librarycompetency_name"), table_name="librarycompetency")
    op.drop_index(op.f("ix_librarycompetency_uuid"), table_name="librarycompetency")
    op.drop_table("librarycompetency")
