"""Stable ids for the exchange between laptops, the import ledger, returned changes.

Revision ID: 0004
Revises: 0002 (re-chained after 0003 at merge)

A panel member scores on their own laptop (``interviewdesk.exchange``): records travel
in packages and are recognised on the other side by a ``uuid`` column, never by the
integer ``id``, which each laptop counts on its own. Every existing row gets a fresh
uuid here, so a database from before this revision can send packages at once.

Two tables: ``packageimport`` (which packages were read, so that reading one twice
changes nothing; counts, no scores) and ``pendingreturn`` (a form returned a second
time, held apart until the chair accepts or declines it).

Written out by hand, like 0001: it must not change when the models do.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

#: The tables whose rows travel between laptops and so need a stable id.
STABLE_TABLES = (
    "vacancy",
    "competency",
    "question",
    "candidate",
    "application",
    "interviewer",
    "interview",
    "panelmember",
    "assessment",
)


def _fill_uuids(table: str) -> None:
    connection = op.get_bind()
    ids = [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {table}")]
    if ids:
        connection.execute(
            sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
            [{"uuid": str(uuid.uuid4()), "id": row_id} for row_id in ids],
        )


def upgrade() -> None:
    for table in STABLE_TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        _fill_uuids(table)
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String(length=36), nullable=False)
        op.create_index(op.f(f"ix_{table}_uuid"), table, ["uuid"], unique=True)

    op.create_table(
        "packageimport",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column(
            "interview_id",
            sa.Integer(),
            sa.ForeignKey(
                "interview.id",
                ondelete="SET NULL",
                name=op.f("fk_packageimport_interview_id_interview"),
            ),
            nullable=True,
        ),
        sa.Column(
            "panel_member_id",
            sa.Integer(),
            sa.ForeignKey(
                "panelmember.id",
                ondelete="SET NULL",
                name=op.f("fk_packageimport_panel_member_id_panelmember"),
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packageimport")),
    )
    op.create_index(
        op.f("ix_packageimport_package_uuid"), "packageimport", ["package_uuid"], unique=True
    )
    op.create_index(
        op.f("ix_packageimport_interview_id"), "packageimport", ["interview_id"], unique=False
    )
    op.create_index(
        op.f("ix_packageimport_panel_member_id"),
        "packageimport",
        ["panel_member_id"],
        unique=False,
    )

    op.create_table(
        "pendingreturn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "assessment_id",
            sa.Integer(),
            sa.ForeignKey(
                "assessment.id",
                ondelete="CASCADE",
                name=op.f("fk_pendingreturn_assessment_id_assessment"),
            ),
            nullable=False,
        ),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pendingreturn")),
    )
    op.create_index(
        op.f("ix_pendingreturn_assessment_id"), "pendingreturn", ["assessment_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_pendingreturn_assessment_id"), table_name="pendingreturn")
    op.drop_table("pendingreturn")
    op.drop_index(op.f("ix_packageimport_panel_member_id"), table_name="packageimport")
    op.drop_index(op.f("ix_packageimport_interview_id"), table_name="packageimport")
    op.drop_index(op.f("ix_packageimport_package_uuid"), table_name="packageimport")
    op.drop_table("packageimport")
    for table in reversed(STABLE_TABLES):
        op.drop_index(op.f(f"ix_{table}_uuid"), table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uuid")
