"""The import ledger: which packages this database has read, so that reading one again
changes nothing. Counts and outcomes only, no scores, no names.

The audit trail (a separate feature) records "package imported" entries too; the
ledger is what makes an import idempotent, the audit trail what a person reads.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from interviewdesk.exchange.archive import Package
from interviewdesk.store.models import PackageImport


@dataclass(frozen=True)
class LedgerEntry:
    """One package read into this database."""

    package_id: str
    kind: str
    interview_id: int | None
    created_at: datetime | None
    imported_at: datetime
    outcome: str
    counts: dict[str, int]


def _entry(row: PackageImport) -> LedgerEntry:
    return LedgerEntry(row.package_uuid, row.kind, row.interview_id, row.created_at,
                       row.imported_at, row.outcome, dict(row.counts))


def find(session: Session, package_id: str) -> LedgerEntry | None:
    """The ledger's entry for ``package_id``, if it was read before."""
    row = session.exec(
        select(PackageImport).where(PackageImport.package_uuid == package_id)
    ).first()
    return _entry(row) if row is not None else None


def record(session: Session, package: Package, outcome: str, interview_id: int | None,
           counts: dict[str, int], panel_member_id: int | None = None) -> LedgerEntry:
    """Note that ``package`` was read, in the caller's transaction."""
    row = PackageImport(package_uuid=package.package_id, kind=package.kind,
                        interview_id=interview_id, panel_member_id=panel_member_id,
                        created_at=package.created_at,
                        outcome=outcome, counts=dict(counts))
    session.add(row)
    session.flush()
    return _entry(row)


def scoring_member(session: Session, interview_id: int) -> int | None:
    """The panel member this laptop scores ``interview_id`` for: whom the newest panel
    package of that interview read here was for; ``None`` if none was read (the
    interview was planned on this laptop: the chair's)."""
    return session.exec(
        select(PackageImport.panel_member_id)
        .where(PackageImport.interview_id == interview_id, PackageImport.kind == "panel",
               col(PackageImport.panel_member_id).is_not(None))
        .order_by(col(PackageImport.imported_at).desc(), col(PackageImport.id).desc())
    ).first()


def entries(session: Session, interview_id: int | None = None) -> list[LedgerEntry]:
    """The ledger, newest first; only one interview's packages if ``interview_id``."""
    query = select(PackageImport).order_by(col(PackageImport.imported_at).desc(),
                                           col(PackageImport.id).desc())
    if interview_id is not None:
        query = query.where(PackageImport.interview_id == interview_id)
    return [_entry(row) for row in session.exec(query)]
