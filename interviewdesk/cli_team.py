"""``team init``, ``team add-interviewer`` and ``team remove-interviewer``: setting up
a team server (:mod:`interviewdesk.store.team`; README, "Team mode").

Run by whoever administers the PostgreSQL database, with a URL whose user owns it. That
login's password comes from libpq (the URL, ``~/.pgpass``), the system keyring, or the
terminal (:func:`interviewdesk.cli_common.server_login`).
A new interviewer's password is asked twice on the terminal, or read from
``$INTERVIEWDESK_NEW_PASSWORD`` by a script; it is sent to the server only as a SCRAM
verifier and is stored nowhere by InterviewDesk.
"""

import argparse
import getpass
import os
import sys
from typing import Any

from interviewdesk import cli_common as common

NEW_PASSWORD_ENV = "INTERVIEWDESK_NEW_PASSWORD"
MIN_PASSWORD = 8


def add_commands(commands: Any, data_dir: argparse.ArgumentParser) -> None:
    """Add ``team`` and its actions to the sub-command parsers ``commands``."""
    team = commands.add_parser(
        "team", parents=[data_dir],
        help="set up a team server: schema, interviewers' logins, blind scoring in the "
        "database",
        description="Team mode: one PostgreSQL database for the whole firm. 'init' creates "
        "or updates the schema, the interviewers' group role and the row-level security "
        "that keeps blind scoring on the server; 'add-interviewer' gives an interviewer a "
        "login (the password asked twice, or $" + NEW_PASSWORD_ENV + "); "
        "'remove-interviewer' turns a login off and keeps the record. The server comes "
        "from --database-url, $INTERVIEWDESK_DATABASE_URL or Settings → Team server.")
    actions = team.add_subparsers(dest="action", metavar="ACTION", required=True,
                                  parser_class=common.Parser)
    init = actions.add_parser("init", parents=[data_dir],
                              help="create or update the schema, the role and the policies")
    init.set_defaults(run=_init)
    add = actions.add_parser("add-interviewer", parents=[data_dir],
                             help="a login for an interviewer (made if there is none)")
    add.add_argument("name", metavar="NAME", help="the interviewer's name, as in the app")
    add.add_argument("--email", default="", help="their e-mail address, for a new record")
    add.add_argument("--login", default=None,
                     help="the login name (default: made from NAME, e.g. sanne_de_vries)")
    add.set_defaults(run=_add)
    remove = actions.add_parser("remove-interviewer", parents=[data_dir],
                                help="turn an interviewer's login off; the record stays")
    remove.add_argument("name", metavar="NAME", help="the interviewer's name")
    remove.set_defaults(run=_remove)
    from interviewdesk import cli_offline  # take-offline, bring-back, release-offline

    cli_offline.add_commands(actions, data_dir)


def _url(args: argparse.Namespace) -> str:
    url = common.database_url(args, _data_dir_or_none(args))
    if not url:
        raise common.CommandError("team needs the server: --database-url postgresql://user@host/"
                               "database (or $INTERVIEWDESK_DATABASE_URL).")
    return common.server_login(url)


def _data_dir_or_none(args: argparse.Namespace) -> Any:
    chosen = getattr(args, "data_dir", None) or os.environ.get(common.paths.DATA_DIR_ENV)
    return common.paths.resolve_data_dir(chosen) if chosen else None


def _init(args: argparse.Namespace) -> int:
    from interviewdesk.store.team import POLICIES, TeamError, init_server

    try:
        done = init_server(_url(args))
    except TeamError as error:
        raise common.CommandError(str(error)) from None
    print(f"The team server is at schema version {done.revision}.")
    print(f"Interviewers' group role: {done.group} "
          f"({'created' if done.group_created else 'already there'}).")
    tables = sorted({policy[0] for policy in POLICIES})
    print(f"Blind scoring is enforced by {done.policies} row-level security policies on "
          f"{', '.join(tables[:-1])} and {tables[-1]}.")
    print("Next: interviewdesk team add-interviewer NAME for each interviewer.")
    return common.EXIT_OK


def _add(args: argparse.Namespace) -> int:
    from interviewdesk.store.team import TeamError, add_interviewer

    url = _url(args)
    try:
        login = add_interviewer(url, args.name, _new_password(), email=args.email,
                                login=args.login)
    except TeamError as error:
        raise common.CommandError(str(error)) from None
    verb = "has the new login" if login.created else "has a new password for the login"
    print(f"{login.name} (interviewer {login.interviewer_id}) {verb} '{login.role}'.")
    print(f"On their laptop: --database-url with user {login.role}; the password is asked "
          "at the first start and can be remembered in the system keyring, or put in "
          "~/.pgpass (README, 'Team mode').")
    return common.EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from interviewdesk.store.team import TeamError, remove_interviewer

    try:
        login = remove_interviewer(_url(args), args.name)
    except TeamError as error:
        raise common.CommandError(str(error)) from None
    print(f"The login '{login.role}' of {login.name} is turned off; their record and forms "
          "stay.")
    return common.EXIT_OK


def _new_password() -> str:
    """The new interviewer's password: ``$INTERVIEWDESK_NEW_PASSWORD``, else asked
    twice on the terminal without echo."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is None:
        if not sys.stdin.isatty():
            raise common.CommandError(f"The new login needs a password: run this on a terminal "
                                   f"or set {NEW_PASSWORD_ENV}.")
        try:
            given = getpass.getpass("Password for the new login: ")
            if getpass.getpass("The same password again: ") != given:
                raise common.CommandError("The two passwords differ; nothing was changed.")
        except (EOFError, KeyboardInterrupt):
            raise common.CommandError("No password was given; nothing was changed.") from None
    if len(given) < MIN_PASSWORD:
        raise common.CommandError(f"The password is shorter than {MIN_PASSWORD} characters; "
                               "nothing was changed.")
    return given
