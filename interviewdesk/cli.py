"""The command line: the app's operations without its window.

    interviewdesk [--data-dir PATH] demo                 load the example
    interviewdesk [--data-dir PATH] check                is the database whole and current?
    interviewdesk [--data-dir PATH] backup [PATH]        copy the database, safely
    interviewdesk [--data-dir PATH] screenshot -o FILE   a picture of a window
    interviewdesk [--data-dir PATH] export {form,report,kit} --interview ID -o FILE
    interviewdesk [--data-dir PATH] export kit --vacancy ID -o FILE
    interviewdesk [--data-dir PATH] export comparison --vacancy ID -o FILE
    interviewdesk [--data-dir PATH] export calibration [--vacancy ID] [--since DAY] -o FILE
    interviewdesk [--data-dir PATH] export ics --interview ID -o FILE.ics
    interviewdesk [--data-dir PATH] search TEXT
    interviewdesk [--data-dir PATH] package panel --interview ID --member NAME -o FILE.idpkg
    interviewdesk [--data-dir PATH] package return --interview ID --member NAME -o FILE.idpkg
    interviewdesk [--data-dir PATH] package move -o FILE.idpkg
    interviewdesk [--data-dir PATH] package import FILE.idpkg
    interviewdesk [--data-dir PATH] retention            who is due for deletion
    interviewdesk [--data-dir PATH] erase --candidate ID  erase a candidate for good
    interviewdesk [--data-dir PATH] access-export --candidate ID -o FOLDER
    interviewdesk [--data-dir PATH] personnel-file --candidate ID -o FOLDER
    interviewdesk [--data-dir PATH] protect              encrypt with a passphrase
    interviewdesk [--data-dir PATH] unprotect            remove the passphrase

    interviewdesk team init --database-url URL          set up a team server (team mode)
    interviewdesk team add-interviewer NAME [--email E]  a login for an interviewer
    interviewdesk team remove-interviewer NAME           turn that login off

``--database-url postgresql://…`` (or ``$INTERVIEWDESK_DATABASE_URL``, or Settings →
"Team server") makes demo, export, search, retention, erase and access-export work on
a team server instead of the data folder's database (README, "Team mode").

``--data-dir`` may also follow the command. Without it the ``INTERVIEWDESK_DATA_DIR``
environment variable, then the platform's per-user data folder is used
(:func:`interviewdesk.store.paths.resolve_data_dir`). A data folder protected with a
passphrase needs it for every command: ``INTERVIEWDESK_PASSPHRASE``, else it is asked
on the terminal (:mod:`interviewdesk.cli_common`); a wrong one exits 2.

Exit codes: 0 done; 1 ``check`` found a problem; 2 the command could not do its job
(bad arguments, a damaged database, a file that cannot be written). Every error is one
line on stderr, never a traceback; unexpected ones are logged in full to the data
folder's log.

This module imports no Qt (the layer rule): ``screenshot`` imports
:mod:`interviewdesk.ui.screenshot` only when it runs.
"""

import argparse
import contextlib
import errno
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from interviewdesk import preferences
from interviewdesk.cli_common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEM,
    LANGUAGES,
    PAGE_SIZES,
    PROG,
    CommandError,
    check_output_file,
    database_url,
    existing_data_dir,
    local_only,
    log_file,
    logged_in_url,
    paths,
)
from interviewdesk.cli_common import Parser as _Parser
from interviewdesk.cli_common import data_dir_of as _data_dir
from interviewdesk.cli_common import day as _day
from interviewdesk.cli_common import keep_backups as _keep_backups
from interviewdesk.cli_common import no_database as _no_database
from interviewdesk.cli_common import record_id as _record_id
from interviewdesk.cli_common import settings_value as _settings_value

if TYPE_CHECKING:
    from interviewdesk.example.database import ExampleIds
    from interviewdesk.reports import DocumentExportError
    from interviewdesk.store.database import Database
    from interviewdesk.store.startup import StoreStatus

log = logging.getLogger(__name__)

COMMANDS = ("demo", "check", "backup", "screenshot", "export", "package", "retention",
            "erase", "access-export", "personnel-file", "protect", "unprotect",
            "search", "team")
VIEWS = ("home", "welcome", "wizard", "assessment", "panel")
#: What ``export`` prints: an interview's documents, and a vacancy's comparison.
EXPORT_KINDS = ("form", "report", "kit", "comparison", "dossier", "calibration", "ics")
DEFAULT_KEEP_BACKUPS = preferences.KEEP_BACKUPS.default
#: ``check`` lists this many of SQLite's complaints; the rest are counted.
MAX_PROBLEM_LINES = 6

# -- the commands ---------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from interviewdesk.example import texts as example_texts
    from interviewdesk.example.database import ExampleAlreadyLoaded, load_example
    from interviewdesk.store.startup import close_store, open_store

    data_dir = _data_dir(args)
    keep = _keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep, database_url=logged_in_url(args, data_dir))
    try:
        ids = load_example(db)
        interviews = _example_interviews(db, ids)
    except ExampleAlreadyLoaded:
        print(f"The example is already loaded in {data_dir}; nothing was changed.")
        return EXIT_OK
    finally:
        close_store(db, data_dir, keep_backups=keep)
    url = database_url(args, data_dir)
    where = _server_label(url) if url else paths.database_path(data_dir)
    print(f"Loaded the example into {where}:")
    print(f"  vacancy '{example_texts.VACANCY_TITLE}' with {len(ids.competency_ids)} "
          f"competencies and {len(ids.question_ids)} questions,")
    print(f"  {len(ids.candidate_ids)} candidates, {len(ids.interviewer_ids)} interviewers "
          f"and {len(interviews)} interviews:")
    for line in interviews:
        print(f"  - {line}")
    print(f"Open it with: {PROG}{_data_dir_hint(args)}")
    return EXIT_OK


def _example_interviews(db: "Database", ids: "ExampleIds") -> list[str]:
    """One line per interview of the example just loaded, read back from the store."""
    from interviewdesk.domain.scales import DECISION_OUTCOMES
    from interviewdesk.example import texts as example_texts
    from interviewdesk.example.database import interview_moment
    from interviewdesk.store.assessments import decision_of, follow_up, status_of_forms

    waiting = {item.interview_id: item for item in follow_up(db).awaiting_feedback}

    def held(interview_id: int) -> str:
        item = waiting.get(interview_id)
        when = item.interview_date if item is not None else None
        return f" ({when.astimezone():%Y-%m-%d})" if when is not None else ""

    def feedback(interview_id: int) -> str:
        item = waiting.get(interview_id)
        if item is None:
            return ""
        if item.overdue:
            return f"; feedback was due {item.feedback_date:%Y-%m-%d} (overdue)"
        return f"; feedback due {item.feedback_date:%Y-%m-%d}"

    planned = interview_moment(date.today()).astimezone()
    stage = example_texts.PROGRESS_STAGE
    lines = [
        f"{example_texts.CANDIDATES[0].name}: planned for {planned:%Y-%m-%d at %H:%M};",
        f"{example_texts.CANDIDATES[1].name}: under way today, at the {stage} stage;",
    ]
    decided = ids.completed_interview_id
    decision = decision_of(db, decided)
    outcome = DECISION_OUTCOMES.label(decision.outcome).in_language("en") if decision else "?"
    lines.append(f"{_candidate_of(db, decided)}{held(decided)}: every panel member's "
                 f"assessment in, discussed and decided: {outcome}{feedback(decided)};")
    open_forms = [status.name for status in status_of_forms(db, ids.waiting_interview_id)
                  if status.state != "submitted"]
    lines.append(f"{_candidate_of(db, ids.waiting_interview_id)}"
                 f"{held(ids.waiting_interview_id)}: waiting for the assessment form of "
                 f"{' and '.join(open_forms) or 'nobody'}{feedback(ids.waiting_interview_id)}.")
    return lines


def _candidate_of(db: "Database", interview_id: int) -> str:
    from interviewdesk.store.interview_records import load_session

    return load_session(db, interview_id).candidate_name


def _check(args: argparse.Namespace) -> int:
    from interviewdesk.store.startup import store_status

    local_only(args, "check")
    data_dir = existing_data_dir(args)
    status = store_status(data_dir)
    problems = _status_problems(status)
    for label, value in _status_lines(data_dir, status):
        print(f"{label + ':':<16}{value}")
    if not problems:
        print("All is well.")
        return EXIT_OK
    print("Problems:")
    for problem in problems[:MAX_PROBLEM_LINES]:
        print(f"  - {problem}")
    if len(problems) > MAX_PROBLEM_LINES:
        print(f"  ... and {len(problems) - MAX_PROBLEM_LINES} more.")
    print(f"{PROG}: the check failed; nothing was changed.", file=sys.stderr)
    return EXIT_PROBLEM


def _backup(args: argparse.Namespace) -> int:
    from interviewdesk.store import backups
    from interviewdesk.store.integrity import check_integrity

    local_only(args, "backup")
    data_dir = _data_dir(args)
    database = paths.database_path(data_dir)
    if not database.is_file() or database.stat().st_size == 0:
        raise CommandError(f"There is no database in {data_dir} yet; nothing to back up.")
    report = check_integrity(database, quick=True)
    if not report.ok:
        raise CommandError(f"The database {database} is damaged, so a copy of it would be no "
                           f"backup; run '{PROG} check' for details.")
    target = Path(args.path_text).expanduser() if args.path_text else None
    if target is None:
        made = backups.make_backup(
            database, paths.backups_dir(data_dir), keep=_keep_backups(data_dir), reason="manual"
        )
    elif target.is_dir() or args.path_text.endswith(("/", os.sep)):
        target.mkdir(parents=True, exist_ok=True)
        made = _backup_outside(database, target, None)
    else:
        if target.exists():
            raise CommandError(f"{target} already exists; choose a new file name or a folder.")
        if not target.parent.is_dir():
            raise CommandError(f"The folder {target.parent} does not exist.")
        made = _backup_outside(database, target.parent, target.name)
    print(made)
    return EXIT_OK


def _backup_outside(database: Path, folder: Path, name: str | None) -> Path:
    """A backup in a folder of the user's choosing, as ``name`` or under the usual name.

    The backup module rotates the folder it writes to; a user's own folder must never
    lose files, so the copy is made in a private folder beside the target and moved.
    """
    from interviewdesk.store import backups

    staging = Path(tempfile.mkdtemp(prefix=".interviewdesk-backup-", dir=folder))
    try:
        made = backups.make_backup(database, staging, keep=1, reason="manual")
        final = folder / (name or made.name)
        if final.exists():
            raise CommandError(f"{final} already exists; choose a new file name or a folder.")
        os.replace(made, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return final


def _screenshot(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise CommandError(f"The screenshot is a PNG file: give a name ending in .png ({output}).")
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    writable = output if output.exists() else output.parent
    if not os.access(writable, os.W_OK):
        raise CommandError(f"{output} cannot be written: no permission.")
    data_dir = _data_dir(args)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from interviewdesk.ui.screenshot import ScreenshotError, render_screenshot

    try:
        # Without --size, each view at its window's own default size.
        written = render_screenshot(data_dir, args.view, output, args.size, args.language)
    except ScreenshotError as error:
        raise CommandError(str(error)) from error
    with contextlib.suppress(OSError):  # a picture of candidate data is personal data too
        os.chmod(written, 0o600)
    print(written)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """Write one printed document as PDF; the blindness rules live in the PDF layer."""
    from interviewdesk.reports import (
        DocumentExportError,
        write_assessment_form,
        write_comparison,
        write_dossier,
        write_interview_kit,
        write_interview_report,
    )
    from interviewdesk.store.startup import close_store, open_store

    if args.kind == "ics":
        return _export_ics(args)
    kind: str = args.kind
    _check_export_arguments(args)
    output: Path = args.output.expanduser()
    check_output_file(output)
    data_dir = _data_dir(args)
    if _no_database(data_dir, args):
        raise CommandError(f"There is no database in {data_dir} yet; nothing to export.")
    language = args.language or _settings_value(data_dir, "ui", "language", LANGUAGES, "nl")
    page_size = args.page_size or _settings_value(data_dir, "print", "page_size", PAGE_SIZES,
                                                  "A4")
    keep = _keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep, database_url=logged_in_url(args, data_dir))
    try:
        options = {"language": language, "page_size": page_size}
        if kind == "form":
            member = _panel_member(db, args.interview, args.panel_member)
            written = write_assessment_form(db, args.interview, member, output,
                                            compact=args.compact, **options)
        elif kind == "dossier":
            written = write_dossier(db, args.interview, output, **options)
        elif kind == "report":
            written = write_interview_report(db, args.interview, output, **options)
        elif kind == "kit":
            written = write_interview_kit(db, args.interview, output, vacancy_id=args.vacancy,
                                          **options)
        elif kind == "calibration":
            written = _export_calibration(db, data_dir, args, output, options)
        else:
            written = write_comparison(db, args.vacancy, output, **options)
    except DocumentExportError as error:
        raise CommandError(_export_problem(error)) from error
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(written)
    return EXIT_OK


def _export_calibration(db: "Database", data_dir: Path, args: argparse.Namespace, output: Path,
                        options: dict[str, str]) -> Path:
    """The calibration PDF: the command line knows no reader, so only interviewers who
    share their figures are named and the others are letters (the document says so);
    stage times are read against the data folder's own agenda."""
    from interviewdesk.domain.agenda import AgendaError, load_agenda
    from interviewdesk.reports.calibration import write_calibration

    try:
        agenda = load_agenda(data_dir)
    except (AgendaError, OSError) as error:
        raise CommandError(f"The agenda of {data_dir} cannot be read: {error}") from error
    written: Path = write_calibration(db, args.vacancy, output, since=args.since,
                                      until=args.until, agenda=agenda, **options)
    print("Interviewers who do not share their calibration figures are shown as letters.",
          file=sys.stderr)
    return written


def _export_ics(args: argparse.Namespace) -> int:
    """Write the interview's calendar file (documents/calendar.py): the interview and
    the feedback deadline, in Europe/Amsterdam time."""
    from interviewdesk.reports.calendar import CalendarError, write_interview_calendar
    from interviewdesk.store.startup import close_store, open_store

    if args.interview is None or args.vacancy is not None or args.panel_member:
        raise CommandError("export ics takes --interview ID (only).")
    output: Path = args.output.expanduser()
    check_output_file(output)
    data_dir = _data_dir(args)
    if _no_database(data_dir, args):
        raise CommandError(f"There is no database in {data_dir} yet; nothing to export.")
    language = args.language or _settings_value(data_dir, "ui", "language", LANGUAGES, "nl")
    keep = _keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep, database_url=logged_in_url(args, data_dir))
    try:
        written = write_interview_calendar(db, args.interview, output, language=language)
    except CalendarError as error:
        raise CommandError(str(error)) from error
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(written)
    return EXIT_OK


#: How ``search`` names where a hit is (store.search's kinds).
SEARCH_PLACES = {"name": "name/e-mail", "cv": "CV", "letter": "letter",
                 "stage_notes": "interview {id}, notes", "answer_notes": "interview {id}, answers",
                 "closing_notes": "interview {id}, closing notes"}


def _search(args: argparse.Namespace) -> int:
    """Print the full-text search's hits, one per line: candidate, where, snippet."""
    from interviewdesk.store.search import search
    from interviewdesk.store.startup import close_store, open_store

    data_dir = _data_dir(args)
    if _no_database(data_dir, args):
        raise CommandError(f"There is no database in {data_dir} yet; nothing to search.")
    keep = _keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep, database_url=logged_in_url(args, data_dir))
    try:
        hits = search(db, args.text)
    finally:
        close_store(db, data_dir, keep_backups=keep)
    if not hits:
        print(f"Nothing found for {args.text!r}.", file=sys.stderr)
        return EXIT_PROBLEM
    for hit in hits:
        where = SEARCH_PLACES.get(hit.kind, hit.kind).format(id=hit.interview_id)
        print(f"{hit.candidate_name}\t{where}\t{hit.snippet}")
    return EXIT_OK


def _copy_vacancy(args: argparse.Namespace) -> int:
    """Copy a vacancy's competencies and question kit into a new vacancy; print its id."""
    from interviewdesk.store.startup import close_store, open_store
    from interviewdesk.store.vacancies import get_vacancy
    from interviewdesk.store.vacancy_copy import copy_vacancy
    from interviewdesk.store.validation import ValidationError

    data_dir = _data_dir(args)
    database = paths.database_path(data_dir)
    if not database.is_file() or database.stat().st_size == 0:
        raise CommandError(f"There is no database in {data_dir} yet; nothing to copy.")
    keep = _keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep)
    try:
        try:
            source = get_vacancy(db, args.vacancy)
            title = args.title if args.title is not None else f"Copy of {source.title}"
            new_id = copy_vacancy(db, args.vacancy, title)
        except LookupError:
            raise CommandError(f"There is no vacancy {args.vacancy}.") from None
        except ValidationError as error:
            raise CommandError(str(error)) from None
    finally:
        close_store(db, data_dir, keep_backups=keep)
    print(new_id)
    return EXIT_OK


def _export_problem(error: "DocumentExportError") -> str:
    """The command line speaks English whatever the document's language; the PDF
    layer's own message (in that language) for anything else."""
    which = error.details.get("id", "?")
    if error.reason == "no_interview":
        return f"There is no interview with id {which}."
    if error.reason == "no_vacancy":
        return f"There is no vacancy with id {which}."
    if error.reason == "form_hidden":
        # The command line has no identity: blind scoring lets it print a member's
        # form only once the round is closed (domain.blind).
        return ("This form is printed only once the assessment round is closed; "
                f"still open: {error.details.get('open', '?')}.")
    if error.reason == "cannot_write":
        cause = error.details.get("cause", "")
        return f"The PDF could not be written to {error.details.get('path', '?')}" + (
            f": {cause}." if cause else ".")
    return str(error)


def _check_export_arguments(args: argparse.Namespace) -> None:
    """Which of ``--interview``, ``--vacancy`` and ``--panel-member`` each kind takes."""
    kind = args.kind
    if kind != "calibration" and (args.since or args.until):
        raise CommandError(f"--since and --until go with export calibration, not export {kind}.")
    if kind == "calibration":
        if args.interview is not None:
            raise CommandError("export calibration takes --vacancy ID or nothing "
                               "(every vacancy), not --interview.")
        if args.since and args.until and args.until < args.since:
            raise CommandError("--until is before --since.")
    elif kind == "comparison":
        if args.vacancy is None or args.interview is not None:
            raise CommandError("export comparison takes --vacancy ID (not --interview).")
    elif kind == "kit":
        if (args.interview is None) == (args.vacancy is None):
            raise CommandError("export kit takes either --interview ID or --vacancy ID.")
    elif args.interview is None or args.vacancy is not None:
        raise CommandError(f"export {kind} takes --interview ID (not --vacancy).")
    if kind == "form" and not args.panel_member:
        raise CommandError("export form needs --panel-member NAME: whose form to print.")
    if kind != "form" and args.panel_member:
        raise CommandError(f"--panel-member goes with export form, not export {kind}.")
    if kind != "form" and args.compact:
        raise CommandError(f"--compact goes with export form, not export {kind}.")


def _panel_member(db: "Database", interview_id: int, name: str) -> int:
    """The panel member of ``interview_id`` called ``name``, ignoring case and accents;
    a part of the name is enough when it fits only one member."""
    from interviewdesk.store.assessments.forms import status_of_forms
    from interviewdesk.store.queries import fold

    try:
        panel = status_of_forms(db, interview_id)
    except LookupError:
        raise CommandError(f"There is no interview with id {interview_id}.") from None
    if not panel:
        raise CommandError(f"Interview {interview_id} has no panel, so it has no forms.")
    wanted = " ".join(fold(name).split())
    exact = [seat for seat in panel if " ".join(fold(seat.name).split()) == wanted]
    found = exact or [seat for seat in panel if wanted in fold(seat.name)]
    if len(found) == 1:
        return found[0].panel_member_id
    names = ", ".join(seat.name for seat in panel)
    problem = "fits more than one" if found else "is not on the panel"
    raise CommandError(f"'{name}' {problem} of interview {interview_id}; "
                       f"the panel is: {names}.")


def _package(args: argparse.Namespace) -> int:
    """Make or read an exchange package (panel members on their own laptops, issue 9)."""
    from interviewdesk.exchange import (
        SUFFIX,
        PackageError,
        build_move_package,
        build_panel_package,
        build_return_package,
        import_package,
        write_package,
    )
    from interviewdesk.store.startup import close_store, open_store

    action: str = args.action
    if action == "import":
        source = Path(args.file).expanduser()
        if not source.is_file():
            raise CommandError(f"There is no file {source}.")
    else:
        output = Path(args.output).expanduser()
        if output.suffix.lower() != SUFFIX:
            raise CommandError(f"A package is a {SUFFIX} file: give a name ending in {SUFFIX} "
                               f"({output}).")
        if not output.parent.is_dir():
            raise CommandError(f"The folder {output.parent} does not exist.")
    if action in ("panel", "return") and (args.interview is None or not args.member):
        raise CommandError(f"package {action} needs --interview ID and --member NAME.")
    local_only(args, "package")
    data_dir = _data_dir(args)
    keep = _keep_backups(data_dir)
    db = open_store(data_dir, keep_backups=keep)
    try:
        if action == "import":
            result = import_package(db, source)
            print(result.summary())
            return EXIT_OK
        if action == "move":
            package = build_move_package(db)
        else:
            member = _panel_member(db, args.interview, args.member)
            if action == "panel":
                package = build_panel_package(db, args.interview, member,
                                              with_documents=args.with_documents)
            else:
                package = build_return_package(db, args.interview, member,
                                               with_notes=args.with_notes)
        print(write_package(package, output))
        return EXIT_OK
    except PackageError as error:
        raise CommandError(str(error)) from error
    finally:
        close_store(db, data_dir, keep_backups=keep)


def _add_package_parser(commands: "argparse._SubParsersAction[_Parser]",
                        data_dir: _Parser) -> None:
    package = commands.add_parser(
        "package", parents=[data_dir],
        help="exchange packages: a panel member scores on their own laptop, or the whole "
        "database moves to a new one",
        description="Panel members on their own laptops, without a network: 'panel' makes "
        "the package a member needs to score (never anyone's assessment), 'return' sends "
        "their submitted form back to the chair, 'move' packs the whole database for a new "
        "laptop, and 'import' reads any of them (the same package twice changes nothing).")
    actions = package.add_subparsers(dest="action", metavar="ACTION", required=True,
                                     parser_class=_Parser)
    for name, text in (("panel", "the package a panel member needs to score the interview"),
                       ("return", "a panel member's submitted assessment, for the chair")):
        made = actions.add_parser(name, parents=[data_dir], help=text, description=text + ".")
        made.add_argument("--interview", type=_record_id, metavar="ID", help="the interview's id")
        made.add_argument("--member", metavar="NAME",
                          help="the panel member (a name; case and accents ignored)")
        made.add_argument("-o", "--output", required=True, metavar="FILE.idpkg")
        if name == "panel":
            made.add_argument("--with-documents", action="store_true",
                              help="include the candidate's CV and letter (personal data: "
                              "only when the member needs them)")
        else:
            made.add_argument("--with-notes", action="store_true",
                              help="include the member's interview notes")
        made.set_defaults(run=_package)
    move = actions.add_parser("move", parents=[data_dir],
                              help="the whole database, for a new laptop",
                              description="Pack the whole database (every record and "
                              "document) for a new laptop; import it there into an empty "
                              "data folder.")
    move.add_argument("-o", "--output", required=True, metavar="FILE.idpkg")
    move.set_defaults(run=_package)
    read = actions.add_parser("import", parents=[data_dir], help="read a package",
                              description="Read a panel, return or move package into this "
                              "data folder. Everything is checked first; on any problem "
                              "nothing is imported.")
    read.add_argument("file", metavar="FILE.idpkg")
    read.set_defaults(run=_package)


# -- helpers --------------------------------------------------------------------------


def _server_label(url: str) -> str:
    """The team server's URL for a message, without a password."""
    from interviewdesk.store.database import without_password

    return f"the team server {without_password(url)}"


def _data_dir_hint(args: argparse.Namespace) -> str:
    return f" --data-dir {args.data_dir}" if args.data_dir else ""


def _status_lines(data_dir: Path, status: "StoreStatus") -> list[tuple[str, str]]:
    from interviewdesk.store.migrate import known_revisions

    if status.exists:
        database = f"{status.path} ({_file_size(status.path.stat().st_size)})"
    else:
        database = f"{status.path} (not there yet: the app creates it when it first starts)"
    integrity = "ok" if status.integrity.ok else "DAMAGED (see the problems below)"
    if not status.exists:
        schema = f"none yet (this version's newest: {status.head_revision})"
    elif status.current_revision is None:
        schema = f"unknown (this version's newest: {status.head_revision})"
    elif status.up_to_date:
        schema = f"{status.current_revision}, up to date"
    elif status.current_revision not in known_revisions():
        schema = (f"{status.current_revision}, made by a newer version (this version's "
                  f"newest: {status.head_revision})")
    else:
        schema = f"{status.current_revision}, NOT up to date (newest: {status.head_revision})"
    backups = f"{status.backups} in {paths.backups_dir(data_dir)}"
    return [("Data folder", str(data_dir)), ("Database", database), ("Integrity", integrity),
            ("Schema version", schema), ("Backups", backups), *_verified_lines(status)]


def _verified_lines(status: "StoreStatus") -> list[tuple[str, str]]:
    """What the check could and could not verify, said precisely."""
    if not status.exists or status.path.stat().st_size == 0:
        return [("Verified", "nothing: there is no data in the file to check")]
    if not status.integrity.ok:
        return [("Verified", "the file's structure, which failed (PRAGMA integrity_check); "
                 "the rows were not read")]
    done = ["the file's pages and indexes (PRAGMA integrity_check)",
            "links between rows (PRAGMA foreign_key_check)"]
    if status.values is not None:
        done.append(f"every value's type, required values and text encoding "
                    f"({status.values.rows} rows in {status.values.tables} tables)")
    return [("Verified", "; ".join(done)),
            ("Not verifiable", "a value changed into another valid value (no checksums "
             "are kept); restore a backup if you suspect one")]


def _file_size(size: int) -> str:
    if size < 1_000_000:
        return f"{max(1, round(size / 1000)) if size else 0} kB"
    return f"{size / 1_000_000:.1f} MB"


def _status_problems(status: "StoreStatus") -> list[str]:
    """Everything ``check`` must fail on; an absent database is only a problem when
    backups show there used to be one."""
    from interviewdesk.store.integrity import unreadable_wal
    from interviewdesk.store.migrate import known_revisions
    from interviewdesk.store.paths import folder_is_read_only

    problems = list(status.integrity.problems)
    if status.path.parent.is_dir() and folder_is_read_only(status.path.parent):
        problems.append("The data folder is read-only (a read-only disk or share, a "
                        "write-protected stick, or no write permission): the data was "
                        "checked, but the app cannot start on this folder until it is "
                        "writable.")
        if unreadable_wal(status.path):
            problems.append("Recent changes wait in the -wal file beside the database, "
                            "which cannot be read in a read-only folder: they were not "
                            "checked.")
    if status.values is not None:
        problems += status.values.problems
    if not status.exists:
        if status.backups:
            problems.append("The database file is missing, but there are backups of it: "
                            "it was probably moved or deleted.")
    elif status.path.stat().st_size == 0:
        if status.backups:
            problems.append("The database file is empty (0 bytes), but there are backups of "
                            "it: it was emptied by accident or by a full disk. Starting the "
                            "app offers to restore the newest usable backup.")
    elif status.integrity.ok and status.current_revision not in (None, *known_revisions()):
        problems.append(f"The schema is at version {status.current_revision}, which this "
                        "version of InterviewDesk does not know: the file was made by a "
                        "newer version. Open it with that version; this one will not change "
                        "it.")
    elif status.integrity.ok and not status.up_to_date:
        if status.current_revision is None:
            problems.append("The database records no schema version: it was not made by "
                            "InterviewDesk, or it is damaged.")
        else:
            problems.append(f"The schema is at version {status.current_revision}, not "
                            f"{status.head_revision}; starting the app upgrades it (after a "
                            "backup).")
    return problems


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 to 7680x4320")
    return width, height


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked for (≈25 ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from interviewdesk import version

        print(f"{PROG} {version()}")
        parser.exit()


def _build_parser() -> _Parser:
    data_dir_help = (f"the data folder (default: ${paths.DATA_DIR_ENV}, "
                     "else the per-user data folder)")
    parser = _Parser(prog=PROG, description="InterviewDesk without its window.")
    parser.add_argument("--data-dir", metavar="PATH", default=None, help=data_dir_help)
    url_help = (f"a team server, postgresql://user@host/database (default: "
                f"${paths.DATABASE_URL_ENV}, else Settings → Team server, else the data "
                "folder's own database)")
    parser.add_argument("--database-url", metavar="URL", default=None, help=url_help)
    parser.add_argument("--version", action=_VersionAction,
                        help="show the version of InterviewDesk and exit")
    # After the command, the option must not reset a value given before it: no default.
    data_dir = _Parser(add_help=False)
    data_dir.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS,
                          help=data_dir_help)
    data_dir.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                          help=url_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True,
                                     parser_class=_Parser)
    commands.add_parser("demo", parents=[data_dir], help="load the example vacancy, "
                        "candidates and interviews").set_defaults(run=_demo)
    commands.add_parser("check", parents=[data_dir], help="check the database (read-only); "
                        "exit code 1 if anything is wrong").set_defaults(run=_check)
    backup = commands.add_parser(
        "backup", parents=[data_dir], help="copy the database safely, also while the app runs",
        description="Copy the database with SQLite's backup API. PATH is a new file or a "
        "folder; without it the copy goes to the data folder's backups/.")
    backup.add_argument("path_text", metavar="PATH", nargs="?", help="a new file or a folder")
    backup.set_defaults(run=_backup)
    shot = commands.add_parser(
        "screenshot", parents=[data_dir],
        help="save a picture of a window: main, interview, assessment form or panel "
        "(no display needed)",
        description="Save a picture of a window: the main window's home or welcome page; "
        "the interview window ('wizard') of the interview under way; an assessment form "
        "in progress ('assessment'); or the panel discussion of a decided interview "
        "('panel'). The example has each ('demo' loads it). Nothing is written to the "
        "database.")
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    shot.add_argument("--view", choices=VIEWS, default="home",
                      help="what to show (default: home)")
    shot.add_argument("--size", type=_size, default=None, metavar="WIDTHxHEIGHT",
                      help="window size in pixels (default: 1280x800; 1440x900 for wizard; "
                      "1280x900 for assessment and panel)")
    shot.add_argument("--language", choices=LANGUAGES, default=None,
                      help="interface language (default: the settings', else the system's)")
    shot.set_defaults(run=_screenshot)
    export = commands.add_parser(
        "export", parents=[data_dir],
        help="print a document as PDF: an assessment form, an interview report, a blank "
        "interview kit, a vacancy's comparison, or an interview's dossier",
        description="Write a printed document as PDF. 'form' is one panel member's "
        "assessment form (--interview and --panel-member), only once the assessment round "
        "is closed (blind scoring); 'report' the interview report (its scores only once "
        "the round is closed); 'kit' a blank kit for paper, without "
        "candidate data (--interview or --vacancy); 'comparison' a vacancy's candidates "
        "side by side (--vacancy); 'dossier' the report followed by every panel member's "
        "completed form, one PDF to file (--interview; the forms once the round is closed); "
        "'calibration' how consistently the interviewers rate, closed rounds only, and "
        "how the finished interviews went (--vacancy, or every vacancy without it; only "
        "interviewers who share their figures are named); 'ics' an interview's calendar file "
        "(--interview), with the feedback deadline.")
    export.add_argument("kind", choices=EXPORT_KINDS,
                        metavar="{form,report,kit,comparison,dossier,calibration,ics}")
    export.add_argument("--interview", type=_record_id, metavar="ID", help="the interview's id")
    export.add_argument("--vacancy", type=_record_id, metavar="ID", help="the vacancy's id")
    export.add_argument("--since", type=_day, metavar="DAY",
                        help="calibration: interviews planned on or after this day (YYYY-MM-DD)")
    export.add_argument("--until", type=_day, metavar="DAY",
                        help="calibration: interviews planned on or before this day (YYYY-MM-DD)")
    export.add_argument("--panel-member", metavar="NAME",
                        help="whose form (a panel member's name; case and accents ignored)")
    export.add_argument("--compact", action="store_true",
                        help="form only: each competency with just the chosen anchor")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    export.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the document's language (default: the settings', else nl)")
    export.add_argument("--page-size", choices=PAGE_SIZES, default=None,
                        help="paper size (default: the settings', else A4)")
    export.set_defaults(run=_export)
    found = commands.add_parser(
        "search", parents=[data_dir], help="find candidates by name, e-mail, CV, letter or "
        "interview notes",
        description="Full-text search (accents ignored, each word as a prefix, all words "
        "must occur). Prints one hit per line: candidate, where, snippet (tab-separated); "
        "exits 1 when nothing is found. Assessment evidence is not searched (blind "
        "scoring).")
    found.add_argument("text", help="the words to find")
    found.set_defaults(run=_search)
    copy = commands.add_parser(
        "copy-vacancy", parents=[data_dir], help="copy a vacancy's competencies and question "
        "kit into a new vacancy; prints the new id",
        description="Make a new vacancy with the same details, competencies (weights, "
        "anchors) and question kit (probes, order) as --vacancy. Candidates, applications "
        "and interviews are not copied. Prints the new vacancy's id.")
    copy.add_argument("--vacancy", type=_record_id, required=True, metavar="ID",
                      help="the vacancy to copy")
    copy.add_argument("--title", metavar="TITLE", default=None,
                      help="the new vacancy's title (default: 'Copy of' and the title)")
    copy.set_defaults(run=_copy_vacancy)
    _add_package_parser(commands, data_dir)
    from interviewdesk import cli_privacy  # retention, erase, access-export

    cli_privacy.add_commands(commands, data_dir)
    from interviewdesk import cli_protection  # protect, unprotect

    cli_protection.add_commands(commands, data_dir)
    from interviewdesk import cli_letters  # letter

    cli_letters.add_commands(commands, data_dir)
    from interviewdesk import cli_team  # team init, add-interviewer, remove-interviewer

    cli_team.add_commands(commands, data_dir)
    return parser


def _explain(error: BaseException) -> str | None:
    """The one line for an error the user can act on, or ``None`` for a real bug."""
    from interviewdesk.store import encryption
    from interviewdesk.store.backups import BackupError
    from interviewdesk.store.migrate import MigrationError
    from interviewdesk.store.startup import DatabaseDamaged, DatabaseMissing, ServerProblem

    full = _disk_full(error)
    if full is not None:
        return full
    if isinstance(error, DatabaseMissing):
        return (f"The database {error.path} is missing or empty, but there are backups of it; "
                f"no new database was started. {_backup_advice(error.newest_good_backup)}")
    if isinstance(error, DatabaseDamaged):
        first = error.problems[0] if error.problems else "it failed the integrity check."
        return (f"The database {error.path} is damaged and was left untouched: {first} "
                f"{_backup_advice(error.newest_good_backup)}")
    if isinstance(error, MigrationError | BackupError | ServerProblem):
        return str(error)
    server = _server_refusal(error)
    if server is not None:
        return server
    if isinstance(error, encryption.PassphraseError):
        return str(error)
    if isinstance(error, encryption.DATABASE_ERRORS):
        return f"The database could not be read: {error}."
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}."
    return None


def _server_refusal(error: BaseException) -> str | None:
    """A team server's refusal or a lost connection, as PostgreSQL's first line (a
    login without the right, a row the blind rule hides, the network gone)."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(error, DBAPIError) or type(error.orig).__module__.split(".")[0] != (
            "psycopg"):
        return None
    from interviewdesk.store.startup import server_error_sentence

    return server_error_sentence(None, error)


def _disk_full(error: BaseException) -> str | None:
    """"The disk is full" when that is what ``error`` (or what caused it) comes down
    to — a backup or a write that failed for it says so, not only that it failed."""
    from interviewdesk.store import encryption

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if (isinstance(current, OSError) and current.errno == errno.ENOSPC) or (
                isinstance(current, encryption.ERRORS) and "disk is full" in str(current)):
            where = getattr(current, "filename", None)
            place = f" ({Path(where).parent})" if where else ""
            return (f"The disk is full{place}: free some space and try again. "
                    "Nothing was lost; what could not be written was not started.")
        current = current.__cause__ or current.__context__
    return None


def _backup_advice(backup: Path | None) -> str:
    if backup is None:
        return "No usable backup was found."
    return f"The newest usable backup is {backup}; the app offers to restore it when it starts."


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit code (see the module docstring)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = _build_parser().parse_args(argv)
        run: Callable[[argparse.Namespace], int] = args.run
        return run(args)
    except SystemExit as done:  # --help and --version end the parser this way
        return done.code if isinstance(done.code, int) else EXIT_OK
    except CommandError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # the promise: never a traceback
        explained = _explain(error)
        if explained is None:
            log.exception("The command %s failed", argv)
            where = f" (details in {log_file()})" if log_file() else ""
            explained = f"unexpected error: {type(error).__name__}: {error}{where}"
        print(f"{PROG}: {explained}", file=sys.stderr)
        return EXIT_ERROR
