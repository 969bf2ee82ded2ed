"""``team take-offline``, ``team bring-back`` and ``team release-offline``: the laptop in
the interview room (:mod:`interviewdesk.exchange.offline`,
:mod:`interviewdesk.exchange.bring_back`; README, "Team mode").

The server comes from ``--database-url`` (or ``$INTERVIEWDESK_DATABASE_URL``, or
Settings → Team server); the copy goes into, and comes back from, the data folder's
own database. Conflicts are resolved in the app, field by field, or here for all of
them at once with ``--prefer``.
"""

import argparse
from typing import Any

from interviewdesk import cli_common as common


def add_commands(actions: Any, data_dir: argparse.ArgumentParser) -> None:
    """Add the three actions to ``team``'s sub-command parsers ``actions``."""
    take = actions.add_parser(
        "take-offline", parents=[data_dir],
        help="copy interviews from the server into this laptop's data folder",
        description="Copy one or more interviews, with their vacancy and candidate, into "
        "this laptop's own database to hold them without network; the server shows them "
        "as taken offline by you and nobody can start them until they are brought back.")
    take.add_argument("interviews", metavar="INTERVIEW_ID", nargs="+", type=common.record_id)
    take.add_argument("--as", dest="as_name", default=None, metavar="NAME",
                      help="(administrator's login only) take it as this interviewer, "
                      "with their own form")
    take.set_defaults(run=_take)
    back = actions.add_parser(
        "bring-back", parents=[data_dir],
        help="merge an interview held offline on this laptop into the server",
        description="Merge what was done offline into the server: a field changed only "
        "here is written, one changed only on the server stays; a field changed on both "
        "needs --prefer (or the app, which shows both versions).")
    back.add_argument("interview", metavar="INTERVIEW_ID", nargs="?", type=common.record_id,
                      default=None, help="this laptop's id of an interview of the copy "
                      "(default: the only copy held)")
    back.add_argument("--prefer", choices=("laptop", "server"), default=None,
                      help="resolve every conflict with this side's value")
    back.set_defaults(run=_bring_back)
    release = actions.add_parser(
        "release-offline", parents=[data_dir],
        help="(administrator) clear a stale 'taken offline' mark on the server")
    release.add_argument("interview", metavar="INTERVIEW_ID", type=common.record_id)
    release.set_defaults(run=_release)


def _both(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    """The data folder, the server and the laptop's own database."""
    from interviewdesk.store.startup import open_store

    data_dir = common.data_dir_of(args)
    url = common.database_url(args, data_dir)
    if not url:
        raise common.CommandError("Taking offline and bringing back need the team server: "
                               "--database-url postgresql://user@host/database.")
    server = open_store(data_dir, database_url=common.server_login(url))
    try:
        local = open_store(data_dir, keep_backups=common.keep_backups(data_dir))
    except BaseException:
        server.close()
        raise
    return data_dir, server, local


def _take(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from interviewdesk.exchange.errors import PackageError
    from interviewdesk.exchange.offline import take_offline
    from interviewdesk.exchange.offline_marks import TakenOffline
    from interviewdesk.store.models import Interviewer

    data_dir, server, local = _both(args)
    try:
        as_interviewer = None
        if args.as_name:
            with server.session() as session:
                found = session.exec(select(Interviewer.id).where(
                    Interviewer.name == args.as_name.strip())).all()
            if len(found) != 1:
                raise common.CommandError(f"There is {'no' if not found else 'more than one'} "
                                       f"interviewer called {args.as_name!r}.")
            as_interviewer = int(found[0])
        copy = take_offline(server, local, args.interviews, data_dir=data_dir,
                            as_interviewer=as_interviewer)
    except (TakenOffline, PackageError, PermissionError) as error:
        raise common.CommandError(str(error)) from None
    except LookupError as error:
        raise common.CommandError(str(error).strip("'\"")) from None
    finally:
        local.close()
        server.close()
    print(copy.summary())
    for interview in copy.interviews:
        print(f"  server interview {interview.server_id} → this laptop's interview "
              f"{interview.local_id}: {interview.candidate}, {interview.vacancy}")
    print("Hold them without network: start InterviewDesk on this data folder without the "
          "server; afterwards: interviewdesk team bring-back.")
    return common.EXIT_OK


def _bring_back(args: argparse.Namespace) -> int:
    from interviewdesk.exchange.bring_back import (
        ConflictsFound,
        bring_back,
        laptop_copies,
    )
    from interviewdesk.exchange.errors import PackageError

    data_dir, server, local = _both(args)
    try:
        out = [c for c in laptop_copies(local) if c.state == "out"]
        if args.interview is not None:
            chosen = [c for c in laptop_copies(local) if args.interview in c.interview_ids]
            if not chosen:
                raise common.CommandError(f"Interview {args.interview} on this laptop is no "
                                       "interview taken offline.")
        elif len(out) != 1:
            held = "; ".join(", ".join(map(str, c.interview_ids)) for c in out)
            raise common.CommandError("This laptop holds no interview taken offline." if not out
                                   else f"This laptop holds several copies (interviews {held}); "
                                   "name one: team bring-back INTERVIEW_ID.")
        else:
            chosen = out
        copy = chosen[0]
        choices = None
        if args.prefer:
            preview = bring_back(server, local, copy.copy_uuid, data_dir=data_dir,
                                 dry_run=True)
            choices = {c.key: args.prefer.replace("laptop", "local")
                       for c in preview.conflicts}
        result = bring_back(server, local, copy.copy_uuid, data_dir=data_dir,
                            choices=choices)
    except ConflictsFound as found:
        first = found.conflicts[0]
        raise common.CommandError(
            f"{len(found.conflicts)} field(s) were changed both here and on the server "
            f"(first: {first.record}, {first.field}: here {_short(first.local)}, on the "
            f"server {_short(first.server)}); nothing was changed. Choose with --prefer "
            "laptop or --prefer server, or bring it back in the app to choose per field."
        ) from None
    except (PackageError, PermissionError, LookupError) as error:
        raise common.CommandError(str(error).strip("'\"")) from None
    finally:
        local.close()
        server.close()
    print(result.summary())
    return common.EXIT_OK


def _release(args: argparse.Namespace) -> int:
    from interviewdesk.exchange.offline_marks import release
    from interviewdesk.store.startup import open_store

    data_dir = common.data_dir_of(args)
    url = common.database_url(args, data_dir)
    if not url:
        raise common.CommandError("release-offline works on the team server: --database-url "
                               "postgresql://user@host/database.")
    server = open_store(data_dir, database_url=common.server_login(url))
    try:
        mark = release(server, args.interview)
    except (PermissionError, LookupError) as error:
        raise common.CommandError(str(error).strip("'\"")) from None
    finally:
        server.close()
    print(f"Released interview {args.interview} ({mark.sentence()}); what that laptop holds "
          "of it can no longer be brought back.")
    return common.EXIT_OK


def refuse_while_held(db: Any, what: str, **where: int) -> None:
    """A command that would change (or erase) an interview a laptop holds offline stops
    with who holds it since when (``exchange.offline_marks.check_free``)."""
    from interviewdesk.exchange.offline_marks import TakenOffline, check_free

    try:
        check_free(db, what, **where)  # type: ignore[arg-type]
    except TakenOffline as error:
        raise common.CommandError(str(error)) from None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…'"
