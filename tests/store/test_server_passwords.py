"""The team server's password remembered in the system keyring: where it is looked
up first, remembering, reuse at the next connection (a real SCRAM login on the
throwaway PostgreSQL), a refused saved password removed and asked again, a failing
keyring falling back to asking, and no keyring at all."""

import logging
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from interviewdesk.store import server_passwords as passwords
from interviewdesk.store.database import url_with_password
from interviewdesk.store.server_passwords import Asking, KeyringProblem, Typed
from interviewdesk.store.startup import ServerProblem, open_store
from tests.keyrings import LockedKeyring, MemoryKeyring
from tests.postgres import PASSWORD

pytest.importorskip("keyring")


class Person:
    """Answers the password questions in turn, and keeps what was asked."""

    def __init__(self, *answers: Typed | None) -> None:
        self.answers = list(answers)
        self.asked: list[Asking] = []

    def __call__(self, asking: Asking) -> Typed | None:
        self.asked.append(asking)
        if not self.answers:
            raise AssertionError(f"asked once too often: {asking}")
        return self.answers.pop(0)


def open_and_close(data_dir: Path) -> Any:
    """A ``connect`` for :func:`connect_asking`: the app's own opening, closed again."""

    def connect(url: str) -> str:
        database = open_store(data_dir, database_url=url)
        database.close()
        return "opened"

    return connect


# -- the keyring itself -----------------------------------------------------------------


def test_each_server_and_login_has_its_own_account() -> None:
    accounts = {passwords.account_for(url) for url in (
        "postgresql://sanne@db.firma.nl/werving",
        "postgresql://sanne:geheim@db.firma.nl/werving",  # the same account
        "postgresql://rene@db.firma.nl/werving",
        "postgresql://sanne@db.firma.nl:5433/werving",
        "postgresql://sanne@db.firma.nl/archief",
        "postgresql://sanne@db2.firma.nl/werving",
        "postgresql://sanne@/werving?host=/run/postgresql",
    )}
    assert len(accounts) == 6
    assert "sanne@db.firma.nl:5432/werving" in accounts
    assert not any("geheim" in account for account in accounts)
    with pytest.raises(ValueError) as error:
        passwords.account_for("postgresql://sanne:geheim@db:nietpoort/werving")
    assert "geheim" not in str(error.value)


def test_remember_read_and_forget(memory_keyring: MemoryKeyring) -> None:
    url = "postgresql://sanne@db.firma.nl/werving"
    assert passwords.keyring_available()
    assert passwords.saved_password(url) is None
    passwords.remember(url, "geheim")
    assert memory_keyring.passwords == {
        (passwords.SERVICE, "sanne@db.firma.nl:5432/werving"): "geheim"}
    assert passwords.saved_password(url) == "geheim"
    assert passwords.saved_password("postgresql://sanne@db2.firma.nl/werving") is None
    assert passwords.forget(url) is True
    assert passwords.forget(url) is False
    assert memory_keyring.passwords == {}


def test_without_a_usable_keyring_nothing_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import chainer, fail, null

    url = "postgresql://sanne@db.firma.nl/werving"
    assert not passwords.keyring_available()  # the tests' default: the "fail" backend
    assert passwords.saved_password(url) is None
    with pytest.raises(KeyringProblem):
        passwords.remember(url, "geheim")
    previous = keyring.get_keyring()
    try:
        for backend in (null.Keyring(), fail.Keyring(), chainer.ChainerBackend()):
            keyring.set_keyring(backend)
            assert not passwords.keyring_available(), backend
    finally:
        keyring.set_keyring(previous)
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: import fails
    assert not passwords.keyring_available()
    assert passwords.forget(url) is False


def test_a_failing_keyring_is_one_line_without_the_password(
        locked_keyring: LockedKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql://sanne@db.firma.nl/werving"
    with pytest.raises(KeyringProblem, match="Failed to unlock"):
        passwords.saved_password(url)
    with pytest.raises(KeyringProblem):
        passwords.forget(url)

    def echo(_service: str, _account: str, password: str) -> None:
        raise RuntimeError(f"could not store {password}\nsecond line")

    monkeypatch.setattr(locked_keyring, "set_password", echo)
    with pytest.raises(KeyringProblem) as error:
        passwords.remember(url, "geheim-wachtwoord")
    assert str(error.value) == "could not store ***"


# -- connecting: libpq first, then the keyring, then asking ------------------------------


def test_remembered_at_the_first_connection_and_used_at_the_next(
        password_login: str, memory_keyring: MemoryKeyring, data_dir: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    person = Person(Typed(PASSWORD, remember=True))
    connect = open_and_close(data_dir)
    assert passwords.connect_asking(connect, password_login, person) == "opened"
    assert len(person.asked) == 1
    asked = person.asked[0]
    assert asked.can_remember and not asked.wrong and not asked.saved_refused
    assert PASSWORD not in asked.server and "keyring_tester" in asked.server
    assert list(memory_keyring.passwords.values()) == [PASSWORD]

    # The next start: the keyring's password, nobody asked.
    assert passwords.connect_asking(connect, password_login, Person()) == "opened"
    assert PASSWORD not in caplog.text


def test_not_remembered_unless_ticked(password_login: str, memory_keyring: MemoryKeyring,
                                      data_dir: Path) -> None:
    person = Person(Typed(PASSWORD, remember=False))
    assert passwords.connect_asking(open_and_close(data_dir), password_login, person)
    assert memory_keyring.passwords == {}


def test_a_refused_saved_password_is_removed_and_asked_again(
        password_login: str, memory_keyring: MemoryKeyring, data_dir: Path) -> None:
    passwords.remember(password_login, "het oude wachtwoord")
    person = Person(Typed("nog steeds fout", remember=True), Typed(PASSWORD, remember=True))
    assert passwords.connect_asking(open_and_close(data_dir), password_login,
                                    person) == "opened"
    first, second = person.asked
    assert first.saved_refused and not first.wrong and first.can_remember
    assert second.wrong and not second.saved_refused
    assert passwords.saved_password(password_login) == PASSWORD  # the new one, remembered
    assert memory_keyring.calls.count("delete") == 1


def test_libpq_first_the_keyring_is_not_read(
        password_login: str, memory_keyring: MemoryKeyring, data_dir: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    connect = open_and_close(data_dir)
    # The password in the URL.
    assert passwords.connect_asking(connect, url_with_password(password_login, PASSWORD),
                                    Person()) == "opened"
    # libpq's password file.
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:keyring_tester:{PASSWORD}\n", encoding="utf-8")
    os.chmod(pgpass, 0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert passwords.connect_asking(connect, password_login, Person()) == "opened"
    assert memory_keyring.calls == []


def test_a_failing_keyring_falls_back_to_asking(
        password_login: str, locked_keyring: LockedKeyring, data_dir: Path) -> None:
    person = Person(Typed(PASSWORD, remember=True))
    warned: list[str] = []
    assert passwords.connect_asking(open_and_close(data_dir), password_login, person,
                                    warn=warned.append) == "opened"
    (asked,) = person.asked
    assert "Failed to unlock" in asked.keyring_problem and not asked.can_remember
    assert warned == []  # nothing was offered, so nothing failed to be remembered


def test_a_keyring_that_fails_to_store_says_so_once_connected(
        password_login: str, memory_keyring: MemoryKeyring, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.errors import PasswordSetError

    def refuse(*_args: str) -> None:
        raise PasswordSetError("The collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    warned: list[str] = []
    assert passwords.connect_asking(open_and_close(data_dir), password_login,
                                    Person(Typed(PASSWORD, remember=True)),
                                    warn=warned.append) == "opened"
    assert warned == ["The collection is locked"]


def test_without_a_keyring_asked_each_time(password_login: str, data_dir: Path) -> None:
    for _start in range(2):
        person = Person(Typed(PASSWORD, remember=True))
        assert passwords.connect_asking(open_and_close(data_dir), password_login,
                                        person) == "opened"
        assert not person.asked[0].can_remember


def test_cancelled_or_wrong_every_time(password_login: str, memory_keyring: MemoryKeyring,
                                       data_dir: Path) -> None:
    connect = open_and_close(data_dir)
    assert passwords.connect_asking(connect, password_login, Person(None)) is None
    wrong = [Typed(f"fout {n}", remember=True) for n in range(3)]
    with pytest.raises(ServerProblem) as error:
        passwords.connect_asking(connect, password_login, Person(*wrong))
    assert "password authentication failed" in str(error.value)
    assert "fout" not in str(error.value)
    assert memory_keyring.passwords == {}  # a refused password is never remembered


def test_a_wrong_password_in_the_url_is_asked_and_not_offered_to_remember(
        password_login: str, memory_keyring: MemoryKeyring, data_dir: Path) -> None:
    passwords.remember(password_login, PASSWORD)
    person = Person(Typed(PASSWORD, remember=True))
    assert passwords.connect_asking(open_and_close(data_dir),
                                    url_with_password(password_login, "fout"),
                                    person) == "opened"
    assert not person.asked[0].can_remember and memory_keyring.calls == ["set"]


def test_check_login_needs_no_schema(password_login: str) -> None:
    passwords.check_login(url_with_password(password_login, PASSWORD))
    with pytest.raises(ServerProblem, match="password authentication failed") as error:
        passwords.check_login(url_with_password(password_login, "fout-wachtwoord"))
    assert "fout-wachtwoord" not in str(error.value)
    with pytest.raises(ServerProblem) as error:
        passwords.check_login("postgresql://sanne:geheim@db:nietpoort/werving")
    assert "geheim" not in str(error.value)
