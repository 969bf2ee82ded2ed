"""The command line's privacy commands (AVG, NVP Sollicitatiecode):

    interviewdesk retention                        who is due for deletion (exit 1: overdue)

They share :mod:`interviewdesk.cli`'s data folder, error handling and exit codes; this
module only adds the sub-commands (:func:`add_commands`). No Qt here either.
"""

import argparse
from datetime import date
from typing import Any

from interviewdesk import cli
from interviewdesk.domain import retention as rule


def add_commands(commands: Any, data_dir: argparse.ArgumentParser) -> None:
    """Add ``retention`` to the sub-command parsers ``commands``."""
    listing = commands.add_parser(
        "retention", parents=[data_dir],
        help="list the candidates whose data is due for deletion; exit code 1 if any is "
        "overdue",
        description="List the candidates whose data must be deleted: overdue (the date has "
        "passed) and due within 7 days, each with the reason. Data is kept 4 weeks after "
        "the procedure ends, or 1 year with the candidate's consent (the periods are "
        "settings); hired candidates until moved to the personnel file. Exit code 1 when "
        "any is overdue, so a scheduled task can notice.")
    listing.set_defaults(run=_retention)


def _retention(args: argparse.Namespace) -> int:
    from interviewdesk.store.retention import due_for_deletion, policy_from_settings
    from interviewdesk.store.startup import close_store, open_store

    data_dir = cli._data_dir(args)
    if not cli.paths.database_path(data_dir).is_file():
        print("There is no database yet: nothing to delete.")
        return cli.EXIT_OK
    policy = policy_from_settings(data_dir)
    keep = cli._keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep)
    try:
        today = date.today()
        due = due_for_deletion(db, policy, today)
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(f"Kept {policy.weeks_without_consent} weeks after the procedure ends, or "
          f"{policy.months_with_consent} months with consent.")
    overdue = [item for item in due if item.state == "overdue"]
    soon = [item for item in due if item.state == "soon"]
    if not due:
        print("Nothing is due for deletion in the next 7 days.")
    for heading, items in (("Due for deletion (overdue)", overdue),
                           ("Due within 7 days", soon)):
        if items:
            print(f"{heading}:")
            for item in items:
                reason = reason_text(item.keep, policy, today)
                print(f"  {item.candidate_id:>5}  {item.name}: {reason}")
    if overdue:
        print("Erase them in the app (Due for deletion), or record their consent.")
        return cli.EXIT_PROBLEM
    return cli.EXIT_OK


def reason_text(keep: rule.KeepUntil, policy: rule.RetentionPolicy, today: date) -> str:
    """Why the date is what it is, in one English line."""
    if keep.date is None:
        return "hired: keep until moved to the personnel file" if keep.reason == rule.HIRED \
            else "procedure still open"
    start = (f"procedure ended {keep.procedure_end:%Y-%m-%d}" if keep.procedure_end
             else "entered without an application")
    period = (f"{policy.months_with_consent} months with consent"
              if keep.reason == rule.WITH_CONSENT
              else f"{policy.weeks_without_consent} weeks without consent")
    days = (today - keep.date).days
    when = (f"{days} day{'s' if days != 1 else ''} overdue" if days > 0
            else "due today" if days == 0 else f"due in {-days} day{'s' if days != -1 else ''}")
    return f"keep until {keep.date:%Y-%m-%d} ({start} + {period}); {when}"
