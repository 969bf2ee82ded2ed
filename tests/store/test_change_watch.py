"""Learning that someone else changed the database (``store/change_watch.py``), on
SQLite and on a PostgreSQL server: another connection's commit is news, our own is
not, and a server that went away is reached again."""

import time
from collections.abc import Callable, Iterator

import pytest

from interviewdesk.store import change_watch
from interviewdesk.store.change_watch import FileWatch, Poll, ServerWatch, watch
from interviewdesk.store.database import Database, make_engine_for_url
from interviewdesk.store.vacancies import VacancyDraft, save_vacancy

#: Long enough for a notification to cross a loaded machine, short enough for a test.
WAIT_SECONDS = 10.0


@pytest.fixture
def db(store_db: Database) -> Database:
    return store_db


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second connection to the same database: another process, another laptop."""
    if db.is_sqlite:
        second = Database(db.path)
    else:
        second = Database(db.path, make_engine_for_url(
            db.engine.url.render_as_string(hide_password=False)))
    yield second
    second.close()


@pytest.fixture
def watcher(db: Database) -> Iterator[FileWatch | ServerWatch]:
    watching = watch(db)
    if isinstance(watching, ServerWatch):
        _until(lambda: watching.listening_backend is not None)
        watching.poll()
    yield watching
    watching.close()


def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.02)


def _changed_within(watching: FileWatch | ServerWatch) -> bool:
    """Whether a poll says "changed" within the time allowed (a server delivers a
    notification a little after the commit; a file at once)."""
    deadline = time.monotonic() + (WAIT_SECONDS if isinstance(watching, ServerWatch) else 0)
    while True:
        if watching.poll().changed:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)


def _quiet_for_a_moment(watching: FileWatch | ServerWatch) -> bool:
    """No news for half a second (what a notification would have needed to arrive)."""
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        if watching.poll().changed:
            return False
        time.sleep(0.02)
    return True


def test_nothing_changed_is_no_news(db: Database, watcher: FileWatch | ServerWatch) -> None:
    assert watcher.poll() == Poll(changed=False, reachable=True)
    assert _quiet_for_a_moment(watcher)


def test_another_connections_commit_is_news_once(
        db: Database, other: Database, watcher: FileWatch | ServerWatch) -> None:
    save_vacancy(other, VacancyDraft(title="Verpleegkundige"))
    assert _changed_within(watcher)
    assert _quiet_for_a_moment(watcher)


def test_our_own_commit_is_not_news(db: Database, watcher: FileWatch | ServerWatch) -> None:
    save_vacancy(db, VacancyDraft(title="Verpleegkundige"))
    save_vacancy(db, VacancyDraft(title="Apotheker"))
    assert _quiet_for_a_moment(watcher)


def test_a_change_just_before_our_own_commit_is_still_news(
        db: Database, other: Database, watcher: FileWatch | ServerWatch) -> None:
    save_vacancy(other, VacancyDraft(title="Verpleegkundige"))
    save_vacancy(db, VacancyDraft(title="Apotheker"))  # must not swallow the other's
    assert _changed_within(watcher)


def test_reading_is_not_news(db: Database, other: Database,
                             watcher: FileWatch | ServerWatch) -> None:
    from interviewdesk.store import queries

    queries.list_vacancies(other)
    queries.list_vacancies(db)
    assert _quiet_for_a_moment(watcher)


def test_a_read_on_another_thread_does_not_make_our_own_commit_news(
        db: Database, watcher: FileWatch | ServerWatch) -> None:
    """The home view reads its follow-up on a worker thread: that reader's connection
    going back to the pool while our own write commits must not take the place of the
    writer's (whose change would then look like someone else's)."""
    import threading

    from sqlalchemy import event

    from interviewdesk.store import queries

    def read_on_another_thread(_connection: object) -> None:
        reader = threading.Thread(target=queries.list_vacancies, args=(db,))
        reader.start()
        reader.join()

    # Runs after the watch's own listener: between "about to commit" and the checkin.
    event.listen(db.engine, "commit", read_on_another_thread)
    try:
        save_vacancy(db, VacancyDraft(title="Verpleegkundige"))
    finally:
        event.remove(db.engine, "commit", read_on_another_thread)
    assert _quiet_for_a_moment(watcher)


def test_sqlite_watch_follows_a_replaced_engine(tmp_path: object) -> None:
    from pathlib import Path

    from interviewdesk.store.startup import open_store

    db = open_store(Path(str(tmp_path)))
    other = Database(db.path)
    watching = watch(db)
    try:
        db.reopen()  # what setting or removing a passphrase does
        watching.poll()
        save_vacancy(db, VacancyDraft(title="Apotheker"))
        assert not watching.poll().changed
        save_vacancy(other, VacancyDraft(title="Verpleegkundige"))
        assert watching.poll().changed
    finally:
        watching.close()
        other.close()
        db.close()


def test_the_server_watch_comes_back_after_losing_its_connection(
        db: Database, other: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    if db.is_sqlite:
        pytest.skip("a server's connection only")
    monkeypatch.setattr(change_watch, "RETRY_SECONDS", 0.2)
    watching = watch(db)
    assert isinstance(watching, ServerWatch)
    try:
        _until(lambda: watching.listening_backend is not None)
        first = watching.listening_backend
        with other.engine.connect() as connection:
            connection.exec_driver_sql(f"SELECT pg_terminate_backend({first})")
        _until(lambda: watching.listening_backend != first)  # lost (None), or a new one
        _until(lambda: watching.listening_backend not in (None, first))
        # Back: what changed meanwhile was not heard, so it says "changed" once.
        assert watching.poll() == Poll(changed=True, reachable=True)
        save_vacancy(other, VacancyDraft(title="Verpleegkundige"))
        assert _changed_within(watching)
    finally:
        watching.close()


def test_every_table_on_the_server_notifies(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite needs no trigger")
    import sqlalchemy as sa

    with db.engine.connect() as connection:
        tables = set(sa.inspect(connection).get_table_names()) - {"alembic_version"}
        triggered = {row[0] for row in connection.exec_driver_sql(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            f"WHERE t.tgname = '{change_watch.NOTICE}'")}
    assert tables and triggered == tables


def test_sqlite_watch_lets_go_of_the_file_while_the_app_has(tmp_path: object) -> None:
    """Database.close (before a passphrase conversion or a move) releases the file:
    the watch's own connection must not keep it open (Windows could not replace it)."""
    from pathlib import Path

    from interviewdesk.store.startup import open_store

    db = open_store(Path(str(tmp_path)))
    other = Database(db.path)
    watching = watch(db)
    try:
        db.close()
        assert watching._connection is None
        save_vacancy(other, VacancyDraft(title="Verpleegkundige"))
        assert watching.poll() == Poll(changed=False)  # not looking while released
        assert watching._connection is None
        db.reopen()
        assert watching.poll().changed  # a new engine: looked at again, said once
        save_vacancy(other, VacancyDraft(title="Apotheker"))
        assert watching.poll().changed
    finally:
        watching.close()
        other.close()
        db.close()


def test_a_notice_the_app_never_sends_is_no_news(
        db: Database, other: Database, watcher: FileWatch | ServerWatch) -> None:
    """Anyone with a login may NOTIFY the channel: only a table's name is a change."""
    if db.is_sqlite:
        pytest.skip("only a server has notices")
    with other.engine.begin() as connection:
        for payload in ("", "x" * 7000, "'; DROP TABLE candidate; --", "Candidate",
                        "no_such_table"):
            connection.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                                       {"channel": change_watch.CHANNEL, "payload": payload})
    assert _quiet_for_a_moment(watcher)
    with other.engine.begin() as connection:
        connection.exec_driver_sql("SELECT pg_notify(%(channel)s, 'candidate')",
                                   {"channel": change_watch.CHANNEL})
    assert _changed_within(watcher)
