"""The command line's letter to a candidate::

    interviewdesk letter --application ID --template NAME [--language nl|en]
                         [--reasons TEXT] [-o FILE.pdf|FILE.txt]

Prints the filled-in subject and text (``domain.letters``; a firm's own templates in
the data folder's ``letters/`` win), or writes them as a PDF letter or a text file.
Values the data lacks show as «…» and are listed on standard error. Writing a letter
here sends nothing, so nothing is noted in the contact log. No Qt here.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from interviewdesk import cli_common as common
from interviewdesk.domain import letters

OUTPUT_KINDS = (".pdf", ".txt")


def add_commands(commands: Any, data_dir: argparse.ArgumentParser) -> None:
    """Add ``letter`` to the sub-command parsers ``commands``."""
    letter = commands.add_parser(
        "letter", parents=[data_dir],
        help="write a letter or e-mail to a candidate from a template",
        description="Fill in a letter template for an application: the candidate, the "
        "vacancy, the interview (the one given with --interview, else the application's "
        "latest planned one), the panel, the firm's name and the sender from the settings. "
        "Prints the subject and text, or writes a PDF letter (-o FILE.pdf, with the firm's "
        "letterhead) or a text file (-o FILE.txt). A firm's own templates in the data "
        "folder's letters/ folder are used when present. Templates: "
        f"{', '.join(letters.TEMPLATES)}.")
    which = letter.add_mutually_exclusive_group(required=True)
    which.add_argument("--application", type=common.record_id, metavar="ID",
                       help="the application's id")
    which.add_argument("--interview", type=common.record_id, metavar="ID",
                       help="an interview's id (its application, and its date and panel)")
    letter.add_argument("--template", required=True, choices=letters.TEMPLATES,
                        metavar="NAME", help=f"one of {', '.join(letters.TEMPLATES)}")
    letter.add_argument("--language", choices=letters.LANGUAGES, default=None,
                        help="the letter's language (default: the settings', else nl)")
    letter.add_argument("--reasons", default="", metavar="TEXT",
                        help="for a rejection: the reasons given to the candidate")
    letter.add_argument("-o", "--output", type=Path, default=None,
                        metavar="FILE.pdf|FILE.txt", help="write to this file instead of "
                        "printing")
    letter.set_defaults(run=_letter)


def _letter(args: argparse.Namespace) -> int:
    """Fill in the template; print it or write it."""
    from interviewdesk.store import paths
    from interviewdesk.store.letters import application_of_interview, compose, firm_from_settings
    from interviewdesk.store.startup import close_store, open_store

    output: Path | None = args.output.expanduser() if args.output is not None else None
    if output is not None:
        if output.suffix.lower() not in OUTPUT_KINDS:
            raise common.CommandError(f"{output}: write a .pdf or a .txt file.")
        common.check_output_file(output)
    data_dir = common.data_dir_of(args)
    database = paths.database_path(data_dir)
    if not database.is_file() or database.stat().st_size == 0:
        raise common.CommandError(f"There is no database in {data_dir} yet; nothing to write.")
    language = args.language or common.settings_value(data_dir, "ui", "language",
                                                    letters.LANGUAGES, "nl")
    page_size = common.settings_value(data_dir, "print", "page_size", common.PAGE_SIZES, "A4")
    keep = common.keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep)
    try:
        application_id = args.application
        if args.interview is not None:
            application_id = application_of_interview(db, args.interview)
            if application_id is None:
                raise common.CommandError(f"There is no interview with id {args.interview}.")
        firm = firm_from_settings(data_dir)
        try:
            letter, _person = compose(db, data_dir, application_id, args.interview,
                                      args.template, language, reasons=args.reasons,
                                      firm=firm)
        except letters.LetterTemplateError as error:
            raise common.CommandError(str(error)) from error
        except LookupError as error:
            raise common.CommandError(str(error)) from error
        if letter.missing:
            markers = ", ".join(letters.missing_marker(name, language)
                                for name in letter.missing)
            print(f"Not in the data, marked in the text: {markers}", file=sys.stderr)
        if output is None:
            print(f"{letter.subject}\n\n{letter.body}")
            return common.EXIT_OK
        written = _write(db, application_id, letter, output, firm.name, firm.address,
                         language, page_size)
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(written)
    return common.EXIT_OK


def _write(db: Any, application_id: int, letter: letters.Letter, output: Path,
           firm_name: str, firm_address: str, language: str, page_size: str) -> Path:
    """Write the letter as PDF or text, private and all-or-nothing."""
    from interviewdesk.private_file import write_private
    from interviewdesk.reports import DocumentExportError
    from interviewdesk.reports.letter import write_letter

    if output.suffix.lower() == ".txt":
        try:
            return write_private(output, f"{letter.subject}\n\n{letter.body}\n".encode())
        except OSError as error:
            raise common.CommandError(
                f"{output} could not be written: {error.strerror or error}.") from error
    try:
        return write_letter(db, application_id, letter.subject, letter.body, output,
                            firm_name=firm_name, firm_address=firm_address,
                            language=language, page_size=page_size)
    except DocumentExportError as error:
        if error.reason == "cannot_write":
            raise common.CommandError(
                f"{output} could not be written: {error.details.get('cause', '')}.") from error
        raise common.CommandError(f"There is no application with id {application_id}.") from error
