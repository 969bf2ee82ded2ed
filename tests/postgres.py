"""A throwaway PostgreSQL server for the team-mode tests (fixtures; registered in
``tests/conftest.py`` so that one server serves the whole session)."""

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from interviewdesk.store.database import Database
from interviewdesk.store.migrate import upgrade

# -- the same store tests on a throwaway PostgreSQL server (team mode) -----------------

#: The engines the parametrized ``store_db`` fixture runs a store test on.
ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """One PostgreSQL server for the whole test session, from the ``pgserver`` wheel
    (a dev dependency): started in its own temporary folder, stopped at the end.
    Skips, saying why, where pgserver is missing or cannot start a server.

    Not in pytest's ``tmp_path`` folders: a concurrent pytest run of the same user
    prunes old ones, and would delete the server's files under it."""
    import shutil
    import tempfile
    import warnings

    folder = Path(tempfile.mkdtemp(prefix="interviewdesk-pg-"))
    with warnings.catch_warnings():
        # pgserver asks platformdirs for a runtime folder on import, which warns when
        # XDG_RUNTIME_DIR is unset (a headless machine).
        warnings.simplefilter("ignore")
        try:
            import pgserver
        except ImportError:
            pytest.skip("pgserver is not installed: 'python3 dev.py setup' installs it")
        try:
            server = pgserver.get_server(folder, cleanup_mode="stop")
        except Exception as error:  # its errors are plain Exceptions and subprocess errors
            shutil.rmtree(folder, ignore_errors=True)
            pytest.skip(f"pgserver could not start PostgreSQL on this platform: {error}")
    # A throwaway server needs no durability: without fsync each test's clean-up and
    # the final stop take milliseconds instead of seconds on a busy disk.
    engine = _admin(server)
    with engine.connect() as connection:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            connection.exec_driver_sql(f"ALTER SYSTEM SET {setting} = off")
        connection.exec_driver_sql("SELECT pg_reload_conf()")
    engine.dispose()
    yield server
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


def server_url(pg_server: Any, database: str, user: str = "postgres") -> str:
    """The URL of ``database`` on the test server, as ``user`` (over its Unix socket)."""
    socket_dir = str(pg_server.pgdata)
    return f"postgresql://{user}@/{database}?host={socket_dir}"


def _admin(pg_server: Any) -> sa.Engine:
    return sa.create_engine(
        server_url(pg_server, "postgres").replace("postgresql://", "postgresql+psycopg://"),
        isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)


@pytest.fixture(scope="session")
def pg_shared(pg_server: Any) -> str:
    """The URL of one database migrated to head once, shared by the store tests and
    emptied after each (:func:`pg_database`): far quicker than a database per test."""
    engine = _admin(pg_server)
    with engine.connect() as connection:
        connection.exec_driver_sql("DROP DATABASE IF EXISTS interviewdesk_store_tests")
        connection.exec_driver_sql("CREATE DATABASE interviewdesk_store_tests")
    engine.dispose()
    url = server_url(pg_server, "interviewdesk_store_tests")
    migrated = Database.on_server(url)
    upgrade(migrated.engine)
    migrated.close()
    return url


_counter = iter(range(1_000_000))


@pytest.fixture(scope="session")
def _pg_emptying(pg_shared: str) -> Iterator[tuple[sa.Engine, str]]:
    """An engine on the shared database, and the one SQL script that empties it: every
    table's rows deleted, children first, and every sequence restarted. The table order
    is read from the server once, not after every test."""
    engine = sa.create_engine(pg_shared.replace("postgresql://", "postgresql+psycopg://"),
                              poolclass=sa.pool.NullPool)
    metadata = sa.MetaData()
    metadata.reflect(engine)
    preparer = engine.dialect.identifier_preparer
    # DELETE, not TRUNCATE: on a few rows it is many times quicker.
    script = "; ".join(
        [f"DELETE FROM {preparer.format_table(table)}"
         for table in reversed(metadata.sorted_tables) if table.name != "alembic_version"]
        + ["SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'"])
    yield engine, script
    engine.dispose()


@pytest.fixture
def pg_database(pg_shared: str, _pg_emptying: tuple[sa.Engine, str]) -> Iterator[str]:
    """The URL of a database at head with no rows, emptied again after the test
    (and its sequences restarted, so ids start at 1 as in a new file)."""
    yield pg_shared
    engine, script = _pg_emptying
    with engine.begin() as connection:
        connection.exec_driver_sql(script)


@pytest.fixture
def empty_pg_database(pg_server: Any) -> Iterator[str]:
    """The URL of a fresh, empty database (no schema), dropped after the test."""
    name = f"interviewdesk_empty_{next(_counter)}"
    engine = _admin(pg_server)
    with engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    yield server_url(pg_server, name)
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    engine.dispose()


@pytest.fixture(params=ENGINES)
def store_db(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """The store on each engine: the local SQLite folder, and a team server."""
    from interviewdesk.store.startup import open_store

    if request.param == "sqlite":
        database = open_store(data_dir)
    else:
        database = open_store(data_dir, database_url=request.getfixturevalue("pg_database"))
    yield database
    database.close()


# -- a login that needs its password (the remembered password's tests) -----------------

#: The login of :func:`password_login`, and its password.
PASSWORD_ROLE = "keyring_tester"
PASSWORD = "het juiste wachtwoord"


@contextlib.contextmanager
def password_role(pg_server: Any, database_url: str) -> Iterator[str]:
    """``database_url`` (without password) as a login, :data:`PASSWORD_ROLE`, that the
    server lets in only with :data:`PASSWORD` (SCRAM over the Unix socket, by a
    ``pg_hba.conf`` line for that role alone). A superuser, so that it may also set a
    server up (``team init``). Afterwards the line, what the login made in that
    database, and the login itself are gone."""
    from sqlalchemy.engine import make_url

    hba = Path(pg_server.pgdata) / "pg_hba.conf"
    original = hba.read_text(encoding="utf-8")
    engine = _admin(pg_server)
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        connection.exec_driver_sql(
            f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
        hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + original,
                       encoding="utf-8")
        connection.exec_driver_sql("SELECT pg_reload_conf()")
    try:
        yield make_url(database_url).set(username=PASSWORD_ROLE).render_as_string(
            hide_password=False)
    finally:
        hba.write_text(original, encoding="utf-8")
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT pg_reload_conf()")
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE usename = '{PASSWORD_ROLE}'")
        there = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"),
                                 isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        with there.connect() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {PASSWORD_ROLE}")
        there.dispose()
        with engine.connect() as connection:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        engine.dispose()


@pytest.fixture
def password_login(pg_server: Any, pg_database: str) -> Iterator[str]:
    """The URL (without password) of :func:`pg_database` as :func:`password_role`'s
    login, which needs :data:`PASSWORD`."""
    with password_role(pg_server, pg_database) as url:
        yield url
