"""Has someone else changed the database? A cheap question asked every few seconds,
so that open lists follow what another laptop (a team server) or another process on
the same SQLite file (the command line, a second window) changed.

Two ways to learn it, one per engine, each the cheapest that engine offers:

* **SQLite**: ``PRAGMA data_version`` on a connection of our own. Its value changes
  when *another* connection committed since the last time it was asked; asking reads
  one number from the WAL index in shared memory (microseconds, no disk, no lock
  waited for), so :meth:`FileWatch.poll` may run on the GUI thread.
* **PostgreSQL**: ``LISTEN``/``NOTIFY``. Migration 0016 puts a statement-level
  trigger on every table that sends ``NOTIFY interviewdesk_changes`` with the table's
  name; the server delivers it when the writing transaction commits. A background
  thread holds one extra connection that listens (blocking on the socket, never on
  the GUI thread) and reconnects after the server went away; :meth:`ServerWatch.poll`
  only reads what that thread found. Notifications instead of polling a change
  marker: nothing is sent or read while nothing changes, twenty laptops do not query
  the server every few seconds, and a change arrives at once rather than at the next
  poll.

Our own writes are not news: the app refreshes its own lists after saving. On
PostgreSQL each notification carries the process id of the server backend that
committed, and the backends of our own engine's connections are known (noted at each
checkout). On SQLite the watch looks at ``data_version`` just before each of our own
commits (while our write lock still keeps everyone else from committing: a change
seen then is someone else's) and takes the value just after it as the new baseline.

Nothing here imports Qt: the UI (:mod:`interviewdesk.ui.live_updates`) asks
:meth:`poll` from a timer.
"""

import contextlib
import functools
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, event, inspect

from interviewdesk.store import encryption
from interviewdesk.store.database import Database

log = logging.getLogger(__name__)

#: The channel the triggers of migration 0016 notify on.
CHANNEL = "interviewdesk_changes"
#: The trigger function, and the name of the trigger on each table.
NOTICE = "interviewdesk_notify_change"
#: How long the listening thread waits on the socket before looking at its stop flag.
LISTEN_SECONDS = 1.0
#: A server that went away is tried again after this many seconds.
RETRY_SECONDS = 5.0
#: How long one connection attempt to the server may take.
CONNECT_TIMEOUT_SECONDS = 5
#: With nothing arriving, the listening connection is checked this often (a network
#: that dropped silently sends no error until something is sent).
PING_SECONDS = 15.0


@dataclass(frozen=True)
class Poll:
    """What one :meth:`ChangeWatch.poll` found: whether someone else changed the
    database since the previous poll, and whether the database can be reached."""

    changed: bool
    reachable: bool = True


class ChangeWatch(Protocol):
    """What the UI asks; :func:`watch` gives the one for the database's engine."""

    def poll(self) -> Poll:
        """Never blocks for long: safe on the GUI thread."""
        ...

    def close(self) -> None:
        ...


def watch(db: Database) -> "FileWatch | ServerWatch":
    """The watch for ``db``: a :class:`FileWatch` on SQLite, a :class:`ServerWatch`
    (which starts its listening thread) on a team server."""
    if db.is_sqlite:
        return FileWatch(db)
    server = ServerWatch(db)
    server.start()
    return server


def is_notice(payload: str) -> bool:
    """Whether ``payload`` is one our triggers send: the name of one of the app's
    tables. Anyone with a login may ``NOTIFY`` the channel; whatever else arrives
    there (empty, huge, made up) is not a change and refreshes nothing."""
    return len(payload) <= _LONGEST_NAME and payload in _tables()


#: PostgreSQL's longest identifier.
_LONGEST_NAME = 63


@functools.cache
def _tables() -> frozenset[str]:
    from sqlmodel import SQLModel

    import interviewdesk.store.models  # noqa: F401  (the tables are its classes)

    return frozenset(SQLModel.metadata.tables)


def install_notices(connection: Connection) -> int:
    """Give every table on a PostgreSQL server the trigger of migration 0016 (again):
    ``team init`` runs it, so a table that a later migration added notifies too.
    Returns how many tables have it."""
    tables = [name for name in inspect(connection).get_table_names()
              if name != "alembic_version"]
    connection.exec_driver_sql(f"""CREATE OR REPLACE FUNCTION {NOTICE}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
          RETURN NULL;
        END
        $$""")
    for table in tables:
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS {NOTICE} ON "{table}"')
        connection.exec_driver_sql(
            f'CREATE TRIGGER {NOTICE} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
            f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {NOTICE}()')
    return len(tables)


# -- SQLite ---------------------------------------------------------------------------


class FileWatch:
    """``PRAGMA data_version`` on a connection of its own to ``db``'s file."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._connection: Any = None
        self._engine: Engine | None = None
        self._baseline: int | None = None
        #: Someone else committed; seen while our own commit was being made.
        self._seen_other = False
        #: The connection whose own write is being committed (``id`` of its DB-API
        #: connection, 0: none): its change becomes the baseline when it goes back to
        #: the pool — that one, not a reader's on another thread that happens to go
        #: back first (the home view reads its follow-up on a worker thread).
        self._own_commit = 0
        #: The app let go of the file (``Database.close``): so does the watch, until
        #: the engine connects again or is replaced.
        self._released = False
        self._reachable = True
        self._attach()

    def _listeners(self) -> tuple[tuple[str, Any], ...]:
        return (("commit", self._before_own_commit), ("checkin", self._after_own_commit),
                ("engine_disposed", self._released_by_app), ("connect", self._used_again))

    # The connection and the engine's events; again after Database.reopen (the file
    # was rewritten when a passphrase was set or removed, and the engine replaced).
    def _attach(self) -> None:
        self._detach()
        engine = self.db.engine
        for name, listener in self._listeners():
            event.listen(engine, name, listener)
        self._engine = engine
        self._released = False
        try:
            self._connection = encryption.connect(self.db.path, mode="rw",
                                                  check_same_thread=False, timeout=0.05)
            self._baseline = self._version()
            self._reachable = True
        except encryption.UNOPENABLE as error:
            if self._reachable:  # once, not at every poll that tries again
                log.warning("Cannot watch the database for changes: %s",
                            type(error).__name__)
            self._close_connection()
            self._reachable = False

    def _detach(self) -> None:
        engine = self._engine
        if engine is not None:
            for name, listener in self._listeners():
                if event.contains(engine, name, listener):
                    event.remove(engine, name, listener)
        self._engine = None
        self._close_connection()

    def _close_connection(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(*encryption.ERRORS):
                self._connection.close()
        self._connection = None

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _released_by_app(self, _engine: Any) -> None:
        """The app closed its connections (to convert or move the file, or to quit):
        a connection left open here would keep the file busy (on Windows it could not
        be replaced)."""
        with self._lock:
            self._close_connection()
            self._released = True

    def _used_again(self, _dbapi: Any, _record: Any) -> None:
        self._released = False

    def _before_own_commit(self, connection: Any) -> None:
        """Our engine is about to commit. If it wrote, it holds SQLite's write lock,
        so nobody else can commit until it has: a change seen now is someone else's."""
        dbapi = getattr(connection.connection, "dbapi_connection", None)
        if dbapi is None or not getattr(dbapi, "in_transaction", False):
            return  # nothing written (reads run without a transaction)
        with self._lock:
            if self._connection is None:
                return
            try:
                if self._version() != self._baseline:
                    self._seen_other = True
            except encryption.ERRORS:
                return
            self._own_commit = id(dbapi)

    def _after_own_commit(self, dbapi: Any, _record: Any) -> None:
        """A connection went back to the pool: after our own commit, its change is
        the baseline (it is not news to us)."""
        with self._lock:
            if self._own_commit != id(dbapi) or self._connection is None:
                return
            self._own_commit = 0
            with contextlib.suppress(*encryption.ERRORS):
                self._baseline = self._version()

    def poll(self) -> Poll:
        """Whether another connection committed since the last poll."""
        if self.db.engine is not self._engine:
            with self._lock:
                self._attach()
            return Poll(changed=self._reachable, reachable=self._reachable)
        with self._lock:
            if self._released:
                return Poll(changed=False)
            if self._connection is None:
                self._attach()
                return Poll(changed=self._reachable, reachable=self._reachable)
            try:
                version = self._version()
            except encryption.DATABASE_ERRORS as error:
                if "locked" in str(error) or "busy" in str(error):
                    return Poll(changed=False)  # a checkpoint or recovery: next time
                log.warning("Watching the database failed: %s", type(error).__name__)
                self._close_connection()
                return Poll(changed=False, reachable=False)
            except encryption.ERRORS as error:
                log.warning("Watching the database failed: %s", type(error).__name__)
                self._close_connection()
                return Poll(changed=False, reachable=False)
            changed = self._seen_other or version != self._baseline
            self._baseline = version
            self._seen_other = False
            return Poll(changed=changed)

    def close(self) -> None:
        with self._lock:
            self._detach()


# -- PostgreSQL -----------------------------------------------------------------------


class ServerWatch:
    """``LISTEN interviewdesk_changes`` on a connection of its own, in a thread."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._engine = db.engine
        self._own_backends: set[int] = set()
        self._changed = threading.Event()
        self._stop = threading.Event()
        self._reachable = True
        self._thread: threading.Thread | None = None
        self._listener: Any = None
        event.listen(self._engine, "checkout", self._note_backend)

    def _note_backend(self, dbapi: Any, _record: Any, _proxy: Any) -> None:
        """Our engine's connection to server backend ``pid``: its commits are ours."""
        pid = getattr(getattr(dbapi, "info", None), "backend_pid", None)
        if pid:
            self._own_backends.add(int(pid))

    def start(self) -> None:
        """Start listening (in a daemon thread: it never keeps the app from quitting)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="interviewdesk-listen",
                                            daemon=True)
            self._thread.start()

    def poll(self) -> Poll:
        """What the listening thread heard since the last poll; never waits."""
        changed = self._changed.is_set()
        if changed:
            self._changed.clear()
        return Poll(changed=changed, reachable=self._reachable)

    def close(self) -> None:
        """Stop listening; the thread ends within :data:`LISTEN_SECONDS`."""
        self._stop.set()
        if event.contains(self._engine, "checkout", self._note_backend):
            event.remove(self._engine, "checkout", self._note_backend)
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(LISTEN_SECONDS + CONNECT_TIMEOUT_SECONDS + 1)

    @property
    def listening_backend(self) -> int | None:
        """The server process id of the listening connection (for tests); ``None``
        while there is none, also in the moment a lost one is not yet let go of (its
        process id then reads 0)."""
        listener = self._listener
        if listener is None or listener.closed:
            return None
        return listener.info.backend_pid or None

    def _connect(self) -> Any:
        import psycopg

        args, params = self._engine.dialect.create_connect_args(self._engine.url)
        params = {**params, "autocommit": True, "connect_timeout": CONNECT_TIMEOUT_SECONDS,
                  # A laptop whose network dropped notices within about half a minute.
                  "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                  "keepalives_count": 3, "application_name": "interviewdesk-listen"}
        connection = psycopg.connect(*args, **params)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                connection = self._connect()
            except (psycopg.Error, OSError) as error:
                self._lost(error)
                self._stop.wait(RETRY_SECONDS)
                continue
            if not self._reachable:
                log.info("The team server is reachable again")
                self._changed.set()  # what changed meanwhile was not heard
            self._reachable = True
            self._listener = connection
            try:
                self._listen(connection)
            except (psycopg.Error, OSError) as error:
                self._lost(error)
            finally:
                self._listener = None
                with contextlib.suppress(psycopg.Error, OSError):
                    connection.close()
            if not self._stop.is_set():
                self._stop.wait(RETRY_SECONDS if not self._reachable else 0)

    def _listen(self, connection: Any) -> None:
        last_heard = time.monotonic()
        while not self._stop.is_set():
            for notice in connection.notifies(timeout=LISTEN_SECONDS):
                last_heard = time.monotonic()
                if notice.pid not in self._own_backends and is_notice(notice.payload):
                    self._changed.set()
            if time.monotonic() - last_heard > PING_SECONDS:
                connection.execute("SELECT 1")
                last_heard = time.monotonic()

    def _lost(self, error: Exception) -> None:
        if self._reachable:
            # The class only: a server's message may name the login or the host.
            log.warning("The team server cannot be reached for updates: %s",
                        type(error).__name__)
        self._reachable = False
