"""Keyrings for the tests of the remembered team server password
(``interviewdesk/store/server_passwords.py``): one in memory, and one whose every call
fails as a locked keyring or a missing D-Bus does. Registered in ``tests/conftest.py``;
every other test runs on keyring's "fail" backend (no keyring), set there too."""

from collections.abc import Iterator
from typing import Any

import pytest

try:
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked, PasswordDeleteError
except ImportError:  # the team extra is not installed: the fixtures skip their tests
    keyring = None
    KeyringBackend = object  # type: ignore[assignment,misc]


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, keyed by (service, account)."""

    priority = 1  # type: ignore[assignment]
    viable = False  # keyring's own discovery never picks it; only the fixtures set it

    def __init__(self) -> None:
        super().__init__()  # type: ignore[call-arg]
        self.passwords: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(KeyringBackend):
    """Every call fails, as a locked keyring or a session without D-Bus does."""

    priority = 1  # type: ignore[assignment]
    viable = False  # keyring's own discovery never picks it; only the fixtures set it

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


def _using(backend: Any) -> Iterator[Any]:
    if keyring is None:
        pytest.skip("keyring is not installed: 'python3 dev.py setup' installs it")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty keyring in memory, as this computer's system keyring for the test."""
    yield from _using(MemoryKeyring())


@pytest.fixture
def locked_keyring() -> Iterator[LockedKeyring]:
    """A system keyring that fails on every call."""
    yield from _using(LockedKeyring())
