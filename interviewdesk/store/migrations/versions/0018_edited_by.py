"""Editors' records say who saved them last, and the library's entries get versions.

Revision ID: 0018
Revises: 0017 (re-chained at merge)

Two people editing the same candidate, vacancy or library entry: the second save must
show both versions and say whose the other one is (``domain.concurrent_edits``).

* ``librarycompetency`` and ``libraryquestion`` get ``version``, the optimistic counter
  migration 0014 gave the other edited tables (``Versioned`` in ``store/models.py``).
* ``vacancy``, ``candidate``, ``librarycompetency`` and ``libraryquestion`` get
  ``changed_by``: the login that wrote the row last (on a team server the PostgreSQL
  ``session_user``, which names an interviewer through ``interviewer.login_role``;
  "" on a laptop, where every window is the same user). Every ORM write stamps it
  (``store/models.py``, ``_stamp_authors``). Existing rows start at "": not known,
  and never a guessed name. When they were saved is their ``updated_at``.

Added in place (``ALTER TABLE … ADD COLUMN`` with a default) on both engines: no table
is rebuilt, so no row, cascade or search trigger is touched.
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | None = None
depends_on: str | None = None

#: The library's tables, which 0014 left without a version.
VERSIONED = ("librarycompetency", "libraryquestion")
#: The records the editor dialogs save, whose other version is shown with its author.
AUTHORED = ("vacancy", "candidate", "librarycompetency", "libraryquestion")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))
    for table in AUTHORED:
        op.add_column(table, sa.Column("changed_by", sa.String(), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35+): no rebuild, no cascade.
    for table in AUTHORED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN changed_by")
    for table in VERSIONED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
