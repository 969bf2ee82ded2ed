"""What every group of commands shares: the one-line error, the exit codes, the
argument types, the data folder (logging, passphrase) and the settings read without
Qt.

:mod:`interviewdesk.cli` and the modules that add groups of commands to it
(``cli_privacy``, ``cli_protection``, ``cli_letters``, ``cli_team``) all import this
module, and this module imports none of them: an import-linter contract in
``pyproject.toml`` keeps it that way, so the command line has no import circle.
"""

import argparse
import contextlib
import getpass
import os
import socket
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from interviewdesk import preferences
from interviewdesk.preferences import LANGUAGES, PAGE_SIZES
from interviewdesk.store import paths

if TYPE_CHECKING:
    from interviewdesk.store.server_passwords import Asking, Typed

__all__ = ["LANGUAGES", "PAGE_SIZES", "paths"]  # with the names defined below

PROG = "interviewdesk"

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_ERROR = 2

#: The largest id SQLite can store (a signed 64-bit integer).
MAX_RECORD_ID = 2**63 - 1

PASSPHRASE_ENV = "INTERVIEWDESK_PASSPHRASE"

#: The log file once a command has started logging (``check`` never does).
_state: dict[str, Path] = {}


class CommandError(Exception):
    """A command could not do its job; the message is the one line the user reads."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and end the command, not Python."""

    def error(self, message: str) -> NoReturn:
        raise CommandError(f"{message} (see '{self.prog} --help')")


# -- argument types -------------------------------------------------------------------


def day(text: str) -> date:
    """A day given on the command line as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a day (YYYY-MM-DD)") from None


def record_id(text: str) -> int:
    """An id given on the command line: a whole number SQLite can hold (a larger one
    would stop the query with an OverflowError, not a "no such interview")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id (a whole number)") from None
    if not 1 <= value <= MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id (ids are 1 to {MAX_RECORD_ID})")
    return value


def check_output_file(output: Path) -> None:
    """Refuse an output path that cannot become the file, in English, before work."""
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the file to write, e.g. "
                           f"{output / 'document.pdf'}.")
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")


# -- the data folder --------------------------------------------------------------------


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data folder a command works in, with logging started and unlocked."""
    data_dir = paths.resolve_data_dir(args.data_dir)
    start_logging(data_dir)
    unlock_if_protected(data_dir)
    return data_dir


def existing_data_dir(args: argparse.Namespace) -> Path:
    """The data folder for a read-only command: a mistyped path is reported, not created."""
    chosen = args.data_dir or os.environ.get(paths.DATA_DIR_ENV)
    if chosen and not Path(chosen).expanduser().is_dir():
        raise CommandError(f"There is no data folder at {chosen}.")
    data_dir = paths.resolve_data_dir(args.data_dir)
    unlock_if_protected(data_dir)
    return data_dir


def start_logging(data_dir: Path) -> None:
    """Log to the data folder (not for ``check``: it writes nothing)."""
    from interviewdesk.logs import configure_logging

    with contextlib.suppress(OSError):  # logging is a help, never a reason to fail
        _state["log_file"] = configure_logging(data_dir)


def log_file() -> Path | None:
    """The log file this command writes to, if it started logging."""
    return _state.get("log_file")


def database_url(args: argparse.Namespace, data_dir: Path | None) -> str | None:
    """The team server a command works on, or ``None`` for the data folder's database
    (:func:`interviewdesk.store.paths.resolve_database_url`)."""
    return paths.resolve_database_url(getattr(args, "database_url", None), data_dir)


def logged_in_url(args: argparse.Namespace, data_dir: Path | None) -> str | None:
    """:func:`database_url`, for opening it: a team server's URL as it logs in
    (:func:`server_login`: libpq's password, the keyring's, or asked), ``None`` for
    the data folder's database."""
    url = database_url(args, data_dir)
    return server_login(url) if url else None


def local_only(args: argparse.Namespace, command: str) -> None:
    """Refuse ``--database-url`` for a command that works on the local file only."""
    if getattr(args, "database_url", None):
        raise CommandError(f"'{command}' works on the data folder's own database only; a team "
                           "server is checked and backed up by its administrator (pg_dump; "
                           "README, 'Team mode').")


def no_database(data_dir: Path, args: argparse.Namespace) -> bool:
    """Whether there is nothing to open: no team server given, and no database file."""
    database = paths.database_path(data_dir)
    return database_url(args, data_dir) is None and (
        not database.is_file() or database.stat().st_size == 0)


def refuse_while_the_app_runs(data_dir: Path,
                              advice: str = ", or erase the candidate in the app") -> None:
    """The app holds the database open, with the candidate perhaps on screen: erasing
    or encrypting underneath it would leave the data in its memory and its next save.
    The lock file (Qt's QLockFile: pid, app name, host) says whether it runs."""
    try:
        lines = paths.lock_path(data_dir).read_text(encoding="utf-8").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        raise CommandError(f"InterviewDesk is open on this data folder on {host}; "
                           "close it there first.")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return  # a lock left by a copy that crashed
    except PermissionError:
        pass
    raise CommandError(f"InterviewDesk is open on this data folder; close it first{advice}.")


# -- the passphrase of a protected folder ---------------------------------------------


def unlock_if_protected(data_dir: Path) -> None:
    """Give the passphrase of a protected ``data_dir`` (from the environment or the
    terminal) before a command opens it; a wrong one ends the command with one line."""
    from interviewdesk.store import encryption  # SQLCipher: only when a command opens data

    if not encryption.is_protected(data_dir):
        return
    try:
        encryption.unlock(data_dir, read_passphrase())
    except encryption.PassphraseError as error:
        raise CommandError(str(error)) from None


def read_passphrase(*, twice: bool = False) -> str:
    """The passphrase: ``$INTERVIEWDESK_PASSPHRASE``, else asked on the terminal without
    echo (twice when setting one, so a typo does not lock the data away)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CommandError(f"This needs the data folder's passphrase: run it on a terminal "
                           f"or set {PASSPHRASE_ENV}.")
    try:
        first = getpass.getpass("Passphrase: ")
        if twice:
            again = getpass.getpass("The same passphrase again: ")
            if again != first:
                raise CommandError("The two passphrases differ; nothing was changed.")
    except (EOFError, KeyboardInterrupt):
        raise CommandError("No passphrase given; nothing was changed.") from None
    return first


# -- the team server's password ---------------------------------------------------------


def server_login(url: str) -> str:
    """``url`` as it logs in to the team server: as given when libpq finds the password
    (the URL, ``~/.pgpass``, a service file), else with the password the system keyring
    keeps, else with one asked on the terminal, which may be remembered in the keyring
    (:mod:`interviewdesk.store.server_passwords`). The password goes nowhere else."""
    from interviewdesk.store.server_passwords import check_login, connect_asking

    def log_in(attempt: str) -> str:
        check_login(attempt)
        return attempt

    def not_remembered(problem: str) -> None:
        print(f"The password was not remembered: the system keyring could not be used "
              f"({problem}).", file=sys.stderr)

    logged_in = connect_asking(log_in, url, ask=_PasswordPrompt(), warn=not_remembered)
    if logged_in is None:
        raise CommandError("The team server wants a password and none was given: run this on "
                           "a terminal, or put it in ~/.pgpass (README, 'Team mode').")
    return logged_in


class _PasswordPrompt:
    """Asks the team server's password on the terminal, and once whether to remember
    it; ``None`` without a terminal or when the user gives none."""

    def __init__(self) -> None:
        self.remember: bool | None = None

    def __call__(self, asking: "Asking") -> "Typed | None":
        from interviewdesk.store.server_passwords import Typed

        if asking.saved_refused and not asking.wrong:
            print("The password saved in this computer's keyring was not accepted; it was "
                  "removed from the keyring.", file=sys.stderr)
        if asking.keyring_problem and not asking.wrong:
            print(f"The system keyring could not be used ({asking.keyring_problem}).",
                  file=sys.stderr)
        if not sys.stdin.isatty():
            return None
        if asking.wrong:
            print("The password was not accepted.", file=sys.stderr)
        try:
            password = getpass.getpass(f"Password for the team server {asking.server}: ")
            if password and asking.can_remember and self.remember is None:
                answer = input("Remember it on this computer, in the system keyring? [Y/n] ")
                self.remember = answer.strip().lower() in ("", "y", "yes", "j", "ja")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return None
        return Typed(password, bool(self.remember) and asking.can_remember)


# -- the settings, read without Qt ------------------------------------------------------


def keep_backups(data_dir: Path) -> int:
    """How many rotating backups the user asked for in the settings (read without Qt)."""
    return preferences.read_number(paths.settings_path(data_dir), preferences.KEEP_BACKUPS)


def settings_value(data_dir: Path, section: str, key: str, allowed: tuple[str, ...],
                   default: str) -> str:
    """A choice the user made in the settings (read without Qt), if it is one we know."""
    setting = preferences.Choice(f"{section}/{key}", allowed)
    return preferences.read_choice(paths.settings_path(data_dir), setting) or default
