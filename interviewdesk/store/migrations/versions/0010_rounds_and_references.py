"""A second round that names the first, and reference checks.

Revision ID: 0010
Revises: 0006

``interview.follows_interview_id`` links a second-round interview to the interview it
follows (``ON DELETE SET NULL``: deleting the first round leaves the second standing).
Existing interviews follow none. SQLite cannot add a foreign key in place, so the
``interview`` table is rebuilt in batch mode; the migration runs with foreign keys off
(``store.migrate``), so no child row cascades away. The rebuild drops the table's
triggers: 0008's, which keep the closing notes in the search index, are made again.

``referencecheck`` holds the conversations with referees per application; it starts
empty.
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def _recreate_closing_triggers() -> None:
    """0008's triggers on ``interview``, gone with the table a batch rebuild replaced."""
    path = Path(__file__).with_name("0008_closing_notes.py")
    spec = importlib.util.spec_from_file_location("interviewdesk_migration_0008", path)
    assert spec is not None and spec.loader is not None
    closing_notes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(closing_notes)
    closing_notes.create_closing_triggers()


def upgrade() -> None:
    with op.batch_alter_table("interview") as batch:
        batch.add_column(sa.Column("follows_interview_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_interview_follows_interview_id_interview"), "interview",
            ["follows_interview_id"], ["id"], ondelete="SET NULL")
        batch.create_index(op.f("ix_interview_follows_interview_id"),
                           ["follows_interview_id"], unique=False)
    _recreate_closing_triggers()
    op.create_table(
        "referencecheck",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(),
                  sa.ForeignKey("application.id", ondelete="CASCADE",
                                name=op.f("fk_referencecheck_application_id_application")),
                  nullable=False),
        sa.Column("referee_name", sa.String(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("called_on", sa.Date(), nullable=False),
        sa.Column("interviewer_id", sa.Integer(),
                  sa.ForeignKey("interviewer.id", ondelete="SET NULL",
                                name=op.f("fk_referencecheck_interviewer_id_interviewer")),
                  nullable=True),
        sa.Column("called_by", sa.String(), nullable=False),
        sa.Column("asked", sa.String(), nullable=False),
        sa.Column("said", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referencecheck")),
    )
    op.create_index(op.f("ix_referencecheck_application_id"), "referencecheck",
                    ["application_id"], unique=False)
    op.create_index(op.f("ix_referencecheck_interviewer_id"), "referencecheck",
                    ["interviewer_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_referencecheck_interviewer_id"), table_name="referencecheck")
    op.drop_index(op.f("ix_referencecheck_application_id"), table_name="referencecheck")
    op.drop_table("referencecheck")
    with op.batch_alter_table("interview") as batch:
        batch.drop_index(op.f("ix_interview_follows_interview_id"))
        batch.drop_constraint(op.f("fk_interview_follows_interview_id_interview"),
                              type_="foreignkey")
        batch.drop_column("follows_interview_id")
    _recreate_closing_triggers()
