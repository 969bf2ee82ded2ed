"""The team server's password, remembered in the system keyring (README, "Team mode").

Where a password comes from, first wins: the URL itself or what libpq finds on its own
(``~/.pgpass``, a service file, ``PGPASSWORD``); then the one this computer's keyring
keeps for that server and login; then the person, asked by the caller (a dialog in the
window, a prompt on the command line), who may tick "Remember on this computer".
:func:`connect_asking` is that order, shared by both.

The keyring is the ``keyring`` package (the ``team`` extra, like psycopg), not a
dependency: without it, or when its backend is the "fail"/"null" one (no Secret Service,
no Keychain, no Credential Manager), nothing is offered and the password is asked once
per session as before. A backend that fails (locked, D-Bus missing) is a
:class:`KeyringProblem` with one line for the user, and asking takes over.

The password is kept in memory only for this session's engine and in the keyring; it
is never logged, never written to ``settings.ini`` and never part of a message.
"""

import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from interviewdesk.store.startup import ServerProblem

log = logging.getLogger(__name__)

#: The keyring's service name for every team server's password; the account
#: (:func:`account_for`) tells servers and logins apart.
SERVICE = "InterviewDesk team server"
#: How often a typed password may be refused before connecting gives up.
PASSWORD_TRIES = 3

T = TypeVar("T")


class KeyringProblem(RuntimeError):
    """The system keyring could not be used; the message is one line, without the
    password."""


def wants_password(problem: str) -> bool:
    """Whether the server refused for want of a (right) password."""
    return "no password supplied" in problem or "password authentication failed" in problem


def account_for(url: str) -> str:
    """The keyring's account name for ``url``: login, host, port and database (and a
    libpq service name), so that two servers or two logins never share a password.
    ``sanne@db.firma.nl:5432/werving``. Raises :class:`ValueError` for a URL that
    cannot be read (the message does not repeat it: it may hold a password)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        raise ValueError("The team server URL could not be read.") from None
    query = {key: (value[0] if isinstance(value, tuple) else value)
             for key, value in parsed.query.items()}
    user = parsed.username or query.get("user") or getpass.getuser()
    host = parsed.host or query.get("host") or "localhost"
    port = parsed.port or query.get("port") or 5432
    database = parsed.database or query.get("dbname") or user
    service = f" service={query['service']}" if query.get("service") else ""
    return f"{user}@{host}:{port}/{database}{service}"


def has_password(url: str) -> bool:
    """Whether ``url`` carries a password itself."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return bool(make_url(url.strip()).password)
    except (ArgumentError, ValueError):
        return False


# -- the keyring -----------------------------------------------------------------------


def _keyring() -> Any:
    """The ``keyring`` module, or ``None`` when it is not installed."""
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def _usable(backend: Any) -> bool:
    """Whether ``backend`` stores anything: not keyring's "fail" or "null" backend, and
    not a chainer with nothing to chain."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def keyring_available() -> bool:
    """Whether this computer has a keyring to remember the password in: the ``keyring``
    package is installed and its backend is a real one. Never raises."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        return _usable(keyring.get_keyring())
    except Exception:  # a broken backend configuration: there is no keyring to offer
        log.warning("The system keyring could not be set up", exc_info=False)
        return False


def _problem(action: str, error: BaseException, password: str = "") -> KeyringProblem:
    """A :class:`KeyringProblem` for ``error``: its first line, the password (should a
    backend ever repeat it) blotted out."""
    first = (str(error).strip().splitlines() or [""])[0] or type(error).__name__
    if password:
        first = first.replace(password, "***")
    log.warning("The system keyring failed to %s: %s", action, type(error).__name__)
    return KeyringProblem(first)


def saved_password(url: str) -> str | None:
    """The password this computer's keyring keeps for ``url``'s server and login, or
    ``None``. Raises :class:`KeyringProblem` when the keyring fails."""
    if not keyring_available():
        return None
    keyring = _keyring()
    try:
        password = keyring.get_password(SERVICE, account_for(url))
    except Exception as error:  # locked, D-Bus missing, a backend's own errors
        raise _problem("read", error) from None
    return password or None


def remember(url: str, password: str) -> None:
    """Keep ``password`` for ``url``'s server and login in the keyring. Raises
    :class:`KeyringProblem` when there is none or it fails."""
    if not keyring_available():
        raise KeyringProblem("this computer has no system keyring")
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, account_for(url), password)
    except Exception as error:
        raise _problem("store", error, password) from None
    log.info("A team server password was remembered in the system keyring")


def forget(url: str) -> bool:
    """Remove the password kept for ``url``'s server and login; whether there was one.
    Raises :class:`KeyringProblem` when the keyring fails."""
    if not keyring_available():
        return False
    keyring = _keyring()
    from keyring.errors import PasswordDeleteError

    account = account_for(url)
    try:
        if keyring.get_password(SERVICE, account) is None:
            return False
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        return False
    except Exception as error:
        raise _problem("remove", error) from None
    log.info("A team server password was removed from the system keyring")
    return True


# -- connecting ------------------------------------------------------------------------


@dataclass(frozen=True)
class Asking:
    """What the person is told when asked for the password."""

    #: The server, for the question (no password in it).
    server: str
    #: The password typed last time was refused.
    wrong: bool = False
    #: The keyring's password was refused, and has been removed from it.
    saved_refused: bool = False
    #: Why the keyring could not be used ("" when it could): the backend's one line.
    keyring_problem: str = ""
    #: Whether to offer "Remember on this computer".
    can_remember: bool = False


@dataclass(frozen=True)
class Typed:
    """The password as typed, and whether to remember it on this computer."""

    password: str
    remember: bool = False


def connect_asking(connect: Callable[[str], T], url: str,
                   ask: Callable[[Asking], Typed | None],
                   warn: Callable[[str], None] | None = None,
                   tries: int = PASSWORD_TRIES) -> T | None:
    """``connect(url)``, with the password found as the module says: libpq's own
    (``url`` as given), else the keyring's, else ``ask``. ``None`` when ``ask`` returns
    ``None`` (the person cancelled).

    A refused keyring password is removed from the keyring and the person is asked
    (``Asking.saved_refused``). A typed password is remembered once the server took it
    and the person chose so. ``warn`` hears a keyring failure after the server took
    the password (it could not be remembered); failures before asking are in
    ``Asking.keyring_problem``. ``connect``'s :class:`ServerProblem` that is not about
    the password, or the last one after ``tries`` wrong passwords, is raised.
    """
    from interviewdesk.store.database import url_with_password, without_password

    try:
        return connect(url)
    except ServerProblem as problem:
        if not wants_password(str(problem)):
            raise
    server = without_password(url)
    # A password in the URL itself wins over the keyring's, so one typed for it could
    # never be used from there: nothing is read or offered.
    available = keyring_available() and not has_password(url)
    saved_refused = False
    keyring_problem = ""
    if available:
        try:
            saved = saved_password(url)
        except KeyringProblem as error:
            saved, keyring_problem = None, str(error)
        if saved is not None:
            try:
                return connect(url_with_password(url, saved))
            except ServerProblem as problem:
                if not wants_password(str(problem)):
                    raise
            log.info("The saved team server password was refused")
            saved_refused = True
            try:
                forget(url)
            except KeyringProblem as error:
                keyring_problem = str(error)
    wrong = False
    for attempt in range(tries):
        typed = ask(Asking(server, wrong=wrong, saved_refused=saved_refused and not wrong,
                           keyring_problem=keyring_problem,
                           can_remember=available and not keyring_problem))
        if typed is None or not typed.password:
            log.info("No team server password was given")
            return None
        try:
            opened = connect(url_with_password(url, typed.password))
        except ServerProblem as problem:
            if not wants_password(str(problem)) or attempt == tries - 1:
                raise
            wrong = True
            continue
        if typed.remember and available and not keyring_problem:
            try:
                remember(url, typed.password)
            except KeyringProblem as error:
                if warn is not None:
                    warn(str(error))
        return opened
    return None  # pragma: no cover - the loop returns or raises


def check_login(url: str) -> None:
    """Log in to the server at ``url`` once, and nothing else (the schema may not be
    there yet: ``team init``). Raises :class:`ServerProblem` when it refuses or cannot
    be reached."""
    from sqlalchemy.exc import SQLAlchemyError

    from interviewdesk.store.database import ServerUnavailable, make_engine_for_url
    from interviewdesk.store.startup import server_error_sentence

    try:
        engine = make_engine_for_url(url)
    except (ServerUnavailable, ValueError) as error:
        raise ServerProblem(str(error)) from None
    except SQLAlchemyError:  # its text would repeat the URL, password and all
        raise ServerProblem("The team server URL could not be read.") from None
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        label = engine.url.render_as_string(hide_password=True).replace(
            "postgresql+psycopg://", "postgresql://")
        raise ServerProblem(server_error_sentence(label, error)) from None
    finally:
        engine.dispose()
