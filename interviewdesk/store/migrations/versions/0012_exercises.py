"""Calibration exercises the firm writes itself, and every interviewer's ratings of
exercises (the shipped ones and the firm's).

Revision ID: 0012
Revises: 0006

``exercise`` holds a firm's own exercises (the shipped ones are files in
``resources/exercises``). ``exerciserating`` holds one rating per interviewer per
exercise, with the reference score as it was when the rating was saved. Ratings go
with their interviewer and with a firm's exercise (``ON DELETE CASCADE``); they are
about interviewers, never about a candidate. Both tables start empty; nothing else
changes.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "exercise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("competency", sa.String(), nullable=False),
        *(sa.Column(f"anchor_{n}", sa.String(), nullable=False) for n in range(1, 6)),
        *(sa.Column(part, sa.String(), nullable=False)
          for part in ("situation", "task", "action", "result")),
        sa.Column("reference_score", sa.Integer(), nullable=False),
        sa.Column("reasoning", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise")),
    )
    op.create_index(op.f("ix_exercise_uuid"), "exercise", ["uuid"], unique=True)
    op.create_table(
        "exerciserating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "interviewer_id",
            sa.Integer(),
            sa.ForeignKey("interviewer.id", ondelete="CASCADE",
                          name=op.f("fk_exerciserating_interviewer_id_interviewer")),
            nullable=False,
        ),
        sa.Column("exercise_key", sa.String(), nullable=False),
        sa.Column(
            "exercise_id",
            sa.Integer(),
            sa.ForeignKey("exercise.id", ondelete="CASCADE",
                          name=op.f("fk_exerciserating_exercise_id_exercise")),
            nullable=True,
        ),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("reference_score", sa.Integer(), nullable=False),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exerciserating")),
        sa.UniqueConstraint("interviewer_id", "exercise_key",
                            name=op.f("uq_exerciserating_interviewer_id_exercise_key")),
    )
    for column in ("interviewer_id", "exercise_key", "exercise_id"):
        op.create_index(op.f(f"ix_exerciserating_{column}"), "exerciserating", [column],
                        unique=False)


def downgrade() -> None:
    for column in ("interviewer_id", "exercise_key", "exercise_id"):
        op.drop_index(op.f(f"ix_exerciserating_{column}"), table_name="exerciserating")
    op.drop_table("exerciserating")
    op.drop_index(op.f("ix_exercise_uuid"), table_name="exercise")
    op.drop_table("exercise")
