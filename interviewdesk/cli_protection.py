"""``protect`` and ``unprotect``, and the passphrase every command of a protected data
folder needs (kept out of :mod:`interviewdesk.cli` so that file stays small; reading
the passphrase is :mod:`interviewdesk.cli_common`'s, as every command needs it)."""

import argparse
import os
from pathlib import Path
from typing import Any

from interviewdesk import cli_common as common
from interviewdesk.cli_common import PASSPHRASE_ENV
from interviewdesk.store import encryption


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


def _protect(args: argparse.Namespace) -> int:
    common.local_only(args, "protect")
    from interviewdesk.store.protection import ProtectionError, protect

    data_dir = _folder(args)
    common.refuse_while_the_app_runs(data_dir, advice="")
    already = encryption.is_protected(data_dir)
    passphrase = common.read_passphrase(twice=not already)
    try:
        encryption.check_passphrase(passphrase)
        count = protect(data_dir, passphrase)
    except (encryption.PassphraseError, ProtectionError) as error:
        raise common.CommandError(str(error)) from None
    if already and count == 0:
        print(f"The data folder {data_dir} is already protected; nothing to do.")
        return common.EXIT_OK
    print(f"Protected: {count} database file(s) encrypted in {data_dir}. Keep the passphrase "
          "safe: without it the data cannot be read, by anyone.")
    return common.EXIT_OK


def _unprotect(args: argparse.Namespace) -> int:
    common.local_only(args, "unprotect")
    from interviewdesk.store.protection import ProtectionError, unprotect

    data_dir = _folder(args)
    if not encryption.is_protected(data_dir):
        print(f"The data folder {data_dir} is not protected; nothing to do.")
        return common.EXIT_OK
    common.refuse_while_the_app_runs(data_dir, advice="")
    try:
        count = unprotect(data_dir, common.read_passphrase())
    except (encryption.PassphraseError, ProtectionError) as error:
        raise common.CommandError(str(error)) from None
    print(f"Passphrase removed: {count} database file(s) decrypted in {data_dir}.")
    return common.EXIT_OK


def _folder(args: argparse.Namespace) -> Path:
    """The existing data folder, with logging started (no passphrase asked yet)."""
    chosen = args.data_dir or os.environ.get(common.paths.DATA_DIR_ENV)
    if chosen and not Path(chosen).expanduser().is_dir():
        raise common.CommandError(f"There is no data folder at {chosen}.")
    data_dir = common.paths.resolve_data_dir(args.data_dir)
    common.start_logging(data_dir)
    return data_dir
