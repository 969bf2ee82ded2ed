"""Reading any package into a database: checked whole before anything is written
(:func:`~interviewdesk.exchange.archive.read_package`), then written in one
transaction that a failure rolls back completely, and noted in the import ledger so
that the same package read twice changes nothing.
"""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError

from interviewdesk.exchange import ledger
from interviewdesk.exchange.archive import DEFAULT_LIMITS, Limits, read_package
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.move import import_move
from interviewdesk.exchange.panel import import_panel
from interviewdesk.exchange.returns import import_return
from interviewdesk.store import audit
from interviewdesk.store.database import Database


@dataclass(frozen=True)
class ImportResult:
    """What an import did.

    ``outcome``: ``created`` / ``updated`` / ``unchanged`` (panel), ``submitted`` /
    ``pending_change`` / ``unchanged`` (return), ``moved`` (move), or
    ``already_imported`` (this very package was read before: nothing changed).
    """

    kind: str
    outcome: str
    package_id: str
    interview_id: int | None = None
    member_name: str = ""
    notes_added: int = 0
    imported_before: datetime | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed_nothing(self) -> bool:
        """Whether the database is exactly as it was."""
        return self.outcome == "already_imported"

    def summary(self) -> str:
        """One English sentence for the command line (the UI words its own)."""
        if self.outcome == "already_imported":
            when = f" on {self.imported_before:%Y-%m-%d %H:%M} UTC" \
                if self.imported_before else ""
            return f"This package was imported before{when}; nothing was changed."
        where = f"interview {self.interview_id}"
        notes = f", with {self.notes_added} note(s)" if self.notes_added else ""
        return {
            "created": f"Imported the panel package: {where} is ready to be held and scored.",
            "updated": f"Imported the panel package: {where} was brought up to date.",
            "unchanged": f"Imported the package: {where} already said all this; nothing "
                         "changed.",
            "submitted": f"Imported {self.member_name}'s assessment for {where}, as "
                         f"submitted{notes}.",
            "pending_change": f"{self.member_name} changed their submitted assessment for "
                              f"{where}; the change waits for the chair to accept or "
                              f"decline it (it was not applied){notes}.",
            "moved": "Moved the whole database into this data folder: "
                     f"{sum(self.counts.values())} records.",
        }[self.outcome]


def import_package(db: Database, path: Path, *, limits: Limits = DEFAULT_LIMITS
                   ) -> ImportResult:
    """Read the package at ``path`` into ``db``; :class:`PackageError` if it cannot be,
    and then nothing was written."""
    package = read_package(path, limits)
    try:
        with db.session() as session:
            before = ledger.find(session, package.package_id)
            if before is not None:
                return ImportResult(package.kind, "already_imported", package.package_id,
                                    before.interview_id, imported_before=before.imported_at)
            member, notes, interview_id, scorer = "", 0, None, None
            if package.kind == "panel":
                interview_id, scorer, tally = import_panel(session, package)
                outcome = "created" if tally.created["interview"] else \
                    "updated" if tally.changed_anything else "unchanged"
            elif package.kind == "return":
                result, tally = import_return(session, package)
                outcome, interview_id = result.outcome, result.interview_id
                member, notes = result.member_name, result.notes_added
            elif package.kind == "move":
                tally = import_move(session, package)
                outcome = "moved"
            else:  # "offline": the base of a copy taken from a team server
                raise PackageError(
                    "This file is the record of an interview taken offline from the team "
                    "server; it is not imported, but brought back with Bring back."
                )
            counts = tally.counts()
            ledger.record(session, package, outcome, interview_id, counts, scorer)
            if interview_id is not None:
                # In the same transaction: the trail shows the import, never its scores.
                audit.record(session, interview_id, "package_imported", member,
                             subject=member if package.kind == "return" else "")
            return ImportResult(package.kind, outcome, package.package_id, interview_id,
                                member, notes, counts=dict(tally.created))
    except (IntegrityError, DBAPIError) as error:
        raise PackageError(
            "The package does not fit this database (a record clashes with one already "
            f"here: {getattr(error, 'orig', error)}); nothing was imported."
        ) from error
