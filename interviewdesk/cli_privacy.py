"""The command line's privacy commands (AVG, NVP Sollicitatiecode):

    interviewdesk retention                        who is due for deletion (exit 1: overdue)
    interviewdesk erase --candidate ID [--yes]     erase a candidate everywhere, for good
    interviewdesk access-export --candidate ID -o FOLDER   everything held on a candidate
    interviewdesk personnel-file --candidate ID -o FOLDER  export a hired one, then erase

They share the data folder, error handling and exit codes of :mod:`interviewdesk.cli_common`; this
module only adds the sub-commands (:func:`add_commands`). No Qt here either.
"""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from interviewdesk import cli_common as common
from interviewdesk.cli_offline import refuse_while_held
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
    erase = commands.add_parser(
        "erase", parents=[data_dir],
        help="erase a candidate and everything about them, also from every backup",
        description="Erase a candidate: their details, documents, applications, interview "
        "notes, answers, questions and assessments, from the database and from every backup "
        "in the data folder. An erasure entry without personal data records the date, who, "
        "the reason and the counts. This cannot be undone. Asks for confirmation unless "
        "--yes is given. Close the app first.")
    erase.add_argument("--candidate", type=common.record_id, required=True, metavar="ID",
                       help="the candidate's id (see 'retention')")
    erase.add_argument("--reason", choices=("request", "retention"), default="request",
                       help="the candidate asked for it (default), or the retention period "
                       "is over")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=_erase)
    access = commands.add_parser(
        "access-export", parents=[data_dir],
        help="write everything held on a candidate (access request): PDF, JSON and the "
        "original documents",
        description="For an access request (inzageverzoek) or portability: write into "
        "FOLDER (new or empty) a readable PDF of everything held on the candidate — "
        "personal details, documents, notes, scores, decision, retention date and consents "
        "— a JSON file with the same data, and the original documents. The files are "
        "readable by you only.")
    access.add_argument("--candidate", type=common.record_id, required=True, metavar="ID",
                        help="the candidate's id")
    access.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER",
                        help="a new or empty folder")
    access.add_argument("--language", choices=common.LANGUAGES, default=None,
                        help="the documents' language (default: the settings', else nl)")
    access.add_argument("--page-size", choices=common.PAGE_SIZES, default=None,
                        help="paper size (default: the settings', else A4)")
    access.set_defaults(run=_access_export)
    personnel = commands.add_parser(
        "personnel-file", parents=[data_dir],
        help="move a hired candidate to the personnel file: export everything, then erase",
        description="A hired candidate's data belongs in the firm's personnel file, not "
        "here. This writes the same export as 'access-export' into FOLDER (new or empty), "
        "and only when that succeeded erases the candidate from the database and every "
        "backup, recording the reason 'personnel file'. Asks for confirmation unless --yes "
        "is given. Close the app first.")
    personnel.add_argument("--candidate", type=common.record_id, required=True, metavar="ID",
                           help="the hired candidate's id")
    personnel.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER",
                           help="a new or empty folder")
    personnel.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    personnel.set_defaults(run=_personnel_file)


def _retention(args: argparse.Namespace) -> int:
    from interviewdesk.store.retention import due_for_deletion, policy_from_settings
    from interviewdesk.store.startup import close_store, open_store

    data_dir = common.data_dir_of(args)
    if common.no_database(data_dir, args):
        print("There is no database yet: nothing to delete.")
        return common.EXIT_OK
    policy = policy_from_settings(data_dir)
    keep = common.keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep,
                    database_url=common.logged_in_url(args, data_dir))
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
        print(f"Erase them with '{common.PROG} erase --candidate ID --reason retention' or in "
              "the app, or record their consent.")
        return common.EXIT_PROBLEM
    return common.EXIT_OK


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


def _erase(args: argparse.Namespace) -> int:
    from interviewdesk.store.candidates import get_candidate
    from interviewdesk.store.erasure import ErasureError, erase_candidate, what_would_go
    from interviewdesk.store.startup import close_store, open_store

    data_dir = common.data_dir_of(args)
    if common.no_database(data_dir, args):
        raise common.CommandError(f"There is no database in {data_dir}; nothing to erase.")
    common.refuse_while_the_app_runs(data_dir)
    keep = common.keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep,
                    database_url=common.logged_in_url(args, data_dir))
    try:
        try:
            name = get_candidate(db, args.candidate).name
            counts = what_would_go(db, args.candidate)
        except LookupError:
            raise common.CommandError(f"There is no candidate with id {args.candidate}.") from None
        refuse_while_held(db, "The candidate", candidate_id=args.candidate)
        summary = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in counts.items()
                            if count)
        print(f"Erase {name} (candidate {args.candidate}) with {summary or 'no other records'},")
        print("from the database and from every backup in the data folder?")
        print("This cannot be undone: no backup will hold them any more.")
        if not args.yes and not _confirmed():
            print("Nothing was erased.")
            return common.EXIT_OK
        try:
            result = erase_candidate(db, data_dir, args.candidate, reason=args.reason,
                                     keep_backups=keep)
        except ErasureError as error:
            raise common.CommandError(str(error)) from error
    finally:
        close_store(db, data_dir, keep_backups=keep)
    removed = (f", {result.copies_removed} damaged copy(ies) removed"
               if result.copies_removed else "")
    print(f"Erased. {result.backups_rewritten} backup(s) rewritten without them{removed}.")
    return common.EXIT_OK


def _confirmed() -> bool:
    """Ask on the terminal; no terminal (a script) means no, unless --yes was given."""
    if not sys.stdin.isatty():
        raise common.CommandError("Not erased: confirm on a terminal, or add --yes.")
    try:
        answer = input("Type 'erase' to erase: ")
    except EOFError:
        return False
    return answer.strip().lower() == "erase"


def _access_export(args: argparse.Namespace) -> int:
    from interviewdesk.reports import DocumentExportError
    from interviewdesk.reports.access_export import write_access_export
    from interviewdesk.store.startup import close_store, open_store

    output: Path = args.output.expanduser()
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise common.CommandError(f"{output} is not an empty folder; choose a new or empty one.")
    data_dir = common.data_dir_of(args)
    if common.no_database(data_dir, args):
        raise common.CommandError(f"There is no database in {data_dir} yet; nothing to export.")
    language = args.language or common.settings_value(data_dir, "ui", "language", common.LANGUAGES,
                                                    "nl")
    page_size = args.page_size or common.settings_value(data_dir, "print", "page_size",
                                                      common.PAGE_SIZES, "A4")
    keep = common.keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep,
                    database_url=common.logged_in_url(args, data_dir))
    try:
        written = write_access_export(db, args.candidate, output, language=language,
                                      page_size=page_size)
    except DocumentExportError as error:
        if error.reason == "no_candidate":
            raise common.CommandError(f"There is no candidate with id {args.candidate}.") from None
        raise common.CommandError(str(error)) from error
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(written.pdf)
    print(written.json)
    for document in written.documents:
        print(document)
    return common.EXIT_OK


def _personnel_file(args: argparse.Namespace) -> int:
    from interviewdesk.reports import DocumentExportError
    from interviewdesk.reports.access_export import write_access_export
    from interviewdesk.store.erasure import ErasureError, erase_candidate
    from interviewdesk.store.retention import hired_candidates
    from interviewdesk.store.startup import close_store, open_store

    output: Path = args.output.expanduser()
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise common.CommandError(f"{output} is not an empty folder; choose a new or empty one.")
    data_dir = common.data_dir_of(args)
    if common.no_database(data_dir, args):
        raise common.CommandError(f"There is no database in {data_dir}; nothing to move.")
    common.refuse_while_the_app_runs(data_dir)
    language = common.settings_value(data_dir, "ui", "language", common.LANGUAGES, "nl")
    page_size = common.settings_value(data_dir, "print", "page_size", common.PAGE_SIZES, "A4")
    keep = common.keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep,
                    database_url=common.logged_in_url(args, data_dir))
    try:
        hired = dict(hired_candidates(db))
        if args.candidate not in hired:
            raise common.CommandError(f"Candidate {args.candidate} was not hired (or does not "
                                   f"exist); use '{common.PROG} erase' instead.")
        refuse_while_held(db, "The candidate", candidate_id=args.candidate)
        name = hired[args.candidate]
        print(f"Export everything held on {name} (candidate {args.candidate}) into {output},")
        print("then erase them here, also from every backup? This cannot be undone.")
        if not args.yes and not _confirmed():
            print("Nothing was exported or erased.")
            return common.EXIT_OK
        try:
            written = write_access_export(db, args.candidate, output, language=language,
                                          page_size=page_size)
        except DocumentExportError as error:
            raise common.CommandError(f"{error} Nothing was erased.") from error
        try:
            erase_candidate(db, data_dir, args.candidate, reason="personnel_file",
                            keep_backups=keep)
        except ErasureError as error:
            raise common.CommandError(str(error)) from error
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(f"Exported to {written.folder} and erased here. Put the folder in the personnel "
          "file, then delete it from this computer.")
    return common.EXIT_OK
