"""Audit entries about a panel member's form say whose form (team mode's blind rule).

Revision ID: 0017
Revises: 0013 (re-chained at merge)

``auditentry.panel_member_id`` names the panel seat whose form an entry is about
("form opened", "form submitted", "form reopened" with its reason), so that the
row-level security of ``store/team.py`` can hide the entry from the other members
exactly as it hides the form itself (``domain.blind``). Empty for every other entry
(a round closed, a package imported, a PIN). ``ON DELETE SET NULL``: a seat taken off
the panel leaves its entries in the trail, readable once the round is closed.

Existing entries about a form are linked to the seat whose interviewer's name is the
entry's actor, when exactly one seat of that interview matches; the others stay
empty (on a server they are then shown only once the round is closed). SQLite cannot
add a foreign key in place, so ``auditentry`` is rebuilt in batch mode (it has no
triggers, and no table refers to it).
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | None = None
depends_on: str | None = None

#: The kinds of entry that are about one member's own form (``store.audit.FORM_KINDS``).
FORM_KINDS = ("form_opened", "form_opened_pin", "form_submitted", "form_reopened")


def upgrade() -> None:
    with op.batch_alter_table("auditentry") as batch:
        batch.add_column(sa.Column("panel_member_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_auditentry_panel_member_id_panelmember"), "panelmember",
            ["panel_member_id"], ["id"], ondelete="SET NULL")
        batch.create_index(op.f("ix_auditentry_panel_member_id"), ["panel_member_id"],
                           unique=False)
    kinds = ", ".join(f"'{kind}'" for kind in FORM_KINDS)
    op.execute(f"""
        UPDATE auditentry SET panel_member_id = (
            SELECT min(pm.id) FROM panelmember pm JOIN interviewer i ON i.id = pm.interviewer_id
            WHERE pm.interview_id = auditentry.interview_id AND i.name = auditentry.actor)
        WHERE kind IN ({kinds}) AND interview_id IS NOT NULL
          AND (SELECT count(*) FROM panelmember pm JOIN interviewer i
                 ON i.id = pm.interviewer_id
               WHERE pm.interview_id = auditentry.interview_id
                 AND i.name = auditentry.actor) = 1
    """)


def downgrade() -> None:
    with op.batch_alter_table("auditentry") as batch:
        batch.drop_index(op.f("ix_auditentry_panel_member_id"))
        batch.drop_constraint(op.f("fk_auditentry_panel_member_id_panelmember"),
                              type_="foreignkey")
        batch.drop_column("panel_member_id")
