"""Team mode: which PostgreSQL login belongs to which interviewer.

Revision ID: 0013
Revises: 0006 (re-chained at merge)

``interviewer.login_role`` is the name of the interviewer's PostgreSQL login role on
a team server (``interviewdesk team add-interviewer``); "" for everyone else, and
always "" in a local SQLite folder. The row-level security policies of
``store/team.py`` find "who is asking" through it (``current_user``). Added in place
(``ALTER TABLE … ADD COLUMN``), so no row and no cascade is touched.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("interviewer", sa.Column("login_role", sa.String(), nullable=False,
                                           server_default=""))
    op.create_index(op.f("ix_interviewer_login_role"), "interviewer", ["login_role"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_interviewer_login_role"), table_name="interviewer")
    # SQLite drops a plain column in place (3.35+): no rebuild, no cascade.
    op.execute("ALTER TABLE interviewer DROP COLUMN login_role")
