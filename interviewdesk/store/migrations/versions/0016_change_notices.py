"""Team mode: the server tells the laptops that something changed.

Revision ID: 0016
Revises: 0013 (re-chained at merge)

On PostgreSQL every table (but Alembic's own) gets a statement-level trigger that
sends ``NOTIFY interviewdesk_changes`` with the table's name; the server delivers it
to every listening laptop when the writing transaction commits, with the process id
of the backend that wrote (``store/change_watch.py`` leaves out its own). A statement
that changes a thousand rows sends one notification, and identical ones within a
transaction are sent once.

SQLite needs nothing in the file: ``PRAGMA data_version`` already says that another
connection committed. So on SQLite this migration changes nothing, and no row is
touched on either engine.

``interviewdesk team init`` puts the same trigger on any table a later migration adds
(:func:`interviewdesk.store.team.init_server`).
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | None = None
depends_on: str | None = None

FUNCTION = "interviewdesk_notify_change"
TRIGGER = "interviewdesk_notify_change"
CHANNEL = "interviewdesk_changes"


def _tables() -> list[str]:
    names = sa.inspect(op.get_bind()).get_table_names()
    return sorted(name for name in names if name != "alembic_version")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
          RETURN NULL;
        END
        $$""")
    for table in _tables():
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
        op.execute(f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                   f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
