"""``protect`` and ``unprotect``, and the passphrase every command of a protected data
folder needs (kept out of :mod:`interviewdesk.cli` so that file stays small)."""

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from interviewdesk import cli
from interviewdesk.store import encryption

PASSPHRASE_ENV = "INTERVIEWDESK_PASSPHRASE"


def add_commands(commands: Any, data_dir: argparse.ArgumentParser) -> None:
    """Add ``protect`` and ``unprotect`` to the sub-command parsers ``commands``."""
    protect = commands.add_parser(
        "protect", parents=[data_dir],
        help="protect the data folder with a passphrase: encrypt the database and every "
        "backup",
        description="Encrypt the database and every backup in the data folder with a "
        "passphrase (SQLCipher). From then on the app and every command ask for it (or "
        f"read ${PASSPHRASE_ENV}). A lost passphrase cannot be recovered, and neither can "
        "the data. Asks for the passphrase twice on the terminal. Close the app first.")
    protect.set_defaults(run=_protect)
    unprotect = commands.add_parser(
        "unprotect", parents=[data_dir],
        help="remove the passphrase: decrypt the database and every backup",
        description="Decrypt the database and every backup in the data folder in place, "
        "after checking the passphrase. Close the app first.")
    unprotect.set_defaults(run=_unprotect)


def unlock_if_protected(data_dir: Path) -> None:
    """Give the passphrase of a protected ``data_dir`` (from the environment or the
    terminal) before a command opens it; a wrong one ends the command with one line."""
    if not encryption.is_protected(data_dir):
        return
    try:
        encryption.unlock(data_dir, read_passphrase())
    except encryption.PassphraseError as error:
        raise cli.CommandError(str(error)) from None


def read_passphrase(*, twice: bool = False) -> str:
    """The passphrase: ``$INTERVIEWDESK_PASSPHRASE``, else asked on the terminal without
    echo (twice when setting one, so a typo does not lock the data away)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise cli.CommandError(f"This needs the data folder's passphrase: run it on a terminal "
                               f"or set {PASSPHRASE_ENV}.")
    try:
        first = getpass.getpass("Passphrase: ")
        if twice:
            again = getpass.getpass("The same passphrase again: ")
            if again != first:
                raise cli.CommandError("The two passphrases differ; nothing was changed.")
    except (EOFError, KeyboardInterrupt):
        raise cli.CommandError("No passphrase given; nothing was changed.") from None
    return first


def _protect(args: argparse.Namespace) -> int:
    from interviewdesk.cli_privacy import _refuse_while_the_app_runs

    cli.local_only(args, "protect")
    from interviewdesk.store.protection import ProtectionError, protect

    data_dir = _folder(args)
    _refuse_while_the_app_runs(data_dir, advice="")
    already = encryption.is_protected(data_dir)
    passphrase = read_passphrase(twice=not already)
    try:
        encryption.check_passphrase(passphrase)
        count = protect(data_dir, passphrase)
    except (encryption.PassphraseError, ProtectionError) as error:
        raise cli.CommandError(str(error)) from None
    if already and count == 0:
        print(f"The data folder {data_dir} is already protected; nothing to do.")
        return cli.EXIT_OK
    print(f"Protected: {count} database file(s) encrypted in {data_dir}. Keep the passphrase "
          "safe: without it the data cannot be read, by anyone.")
    return cli.EXIT_OK


def _unprotect(args: argparse.Namespace) -> int:
    from interviewdesk.cli_privacy import _refuse_while_the_app_runs

    cli.local_only(args, "unprotect")
    from interviewdesk.store.protection import ProtectionError, unprotect

    data_dir = _folder(args)
    if not encryption.is_protected(data_dir):
        print(f"The data folder {data_dir} is not protected; nothing to do.")
        return cli.EXIT_OK
    _refuse_while_the_app_runs(data_dir, advice="")
    try:
        count = unprotect(data_dir, read_passphrase())
    except (encryption.PassphraseError, ProtectionError) as error:
        raise cli.CommandError(str(error)) from None
    print(f"Passphrase removed: {count} database file(s) decrypted in {data_dir}.")
    return cli.EXIT_OK


def _folder(args: argparse.Namespace) -> Path:
    """The existing data folder, with logging started (no passphrase asked yet)."""
    chosen = args.data_dir or os.environ.get(cli.paths.DATA_DIR_ENV)
    if chosen and not Path(chosen).expanduser().is_dir():
        raise cli.CommandError(f"There is no data folder at {chosen}.")
    data_dir = cli.paths.resolve_data_dir(args.data_dir)
    cli._start_logging(data_dir)
    return data_dir
