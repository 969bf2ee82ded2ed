"""Alembic's entry point for InterviewDesk's migrations (run from code, never by hand).

:func:`interviewdesk.store.migrate.upgrade` passes an open connection in
``config.attributes["connection"]``, already inside a transaction and, on SQLite, with
foreign keys off (see ``migrate.py`` for why). A developer generating a new revision
from code may instead give ``sqlalchemy.url``.

``render_as_batch=True`` makes every ``ALTER`` a batch operation, which SQLite needs
(it can alter little in place) and other databases run as plain ``ALTER`` statements.

Constraint names: ``target_metadata`` is ``SQLModel.metadata``, which carries
``models.NAMING_CONVENTION``. Alembic takes the convention from it, so a constraint a
migration creates without a name (``op.create_table``, ``batch.create_unique_constraint
(None, …)``, a ``Boolean``'s CHECK) gets the name the models expect, in batch mode too,
and autogenerate writes names out as ``op.f("…")``. A batch rebuild on SQLite reflects
the table and keeps the names it finds; every constraint 0001 creates is named, so
``batch_alter_table(naming_convention=…)``, which only names constraints reflected
*without* a name, is not needed, and constraints are dropped by their names
(``batch.drop_constraint("uq_application_candidate_id", type_="unique")``).
"""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import interviewdesk.store.models  # noqa: F401  (registers every table on the metadata)

#: Also the source of the naming convention for every operation (see above).
target_metadata = SQLModel.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate the given connection, or a fresh one on ``sqlalchemy.url``."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("Alembic was given neither a connection nor sqlalchemy.url.")
    engine = create_engine(url)
    try:
        with engine.connect() as fresh:
            _configure_and_run(fresh)
            fresh.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError(
        "InterviewDesk migrations run online only, from interviewdesk.store.migrate."
    )
run_migrations_online()
