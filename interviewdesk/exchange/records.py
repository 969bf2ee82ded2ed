"""Matching records across laptops: rows found by their stable ``uuid``, created when
new, updated only where a value differs (so a second import counts no change), with
the package's integer ids remapped to this database's as the rows go in."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, SQLModel, select

from interviewdesk.exchange.archive import Package
from interviewdesk.exchange.codec import decode_row
from interviewdesk.exchange.errors import PackageError


@dataclass
class Tally:
    """What an import did, per table: rows created, changed and removed."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)

    @property
    def changed_anything(self) -> bool:
        """Whether a single row was written."""
        return bool(+self.created or +self.updated or +self.removed)

    def counts(self) -> dict[str, int]:
        """A flat summary for the ledger: ``created.vacancy`` → 1 and so on."""
        flat: dict[str, int] = {}
        for label, counter in (("created", self.created), ("updated", self.updated),
                               ("removed", self.removed)):
            flat.update({f"{label}.{table}": n for table, n in sorted(counter.items()) if n})
        return flat


def table_name(model: type[SQLModel]) -> str:
    """The table of ``model`` (``Vacancy`` → ``vacancy``)."""
    return str(model.__table__.name)  # type: ignore[attr-defined]


def rows_of(package: Package, model: type[SQLModel], fields: tuple[str, ...]
            ) -> list[dict[str, Any]]:
    """The package's rows of ``model``'s table, checked: exactly the ``fields``, each of
    the column's type, and unique ids."""
    name = table_name(model)
    table = model.__table__  # type: ignore[attr-defined]
    rows = []
    for number, row in enumerate(package.table(name), start=1):
        where = f"tables/{name}.json, record {number}"
        if set(row) != set(fields):
            extra = sorted(set(row) - set(fields)) or sorted(set(fields) - set(row))
            raise PackageError(f"{where} does not have the expected fields "
                               f"({extra[0][:40]!r}).")
        rows.append(decode_row(package, table, row, where, required=fields))
    ids = [row["id"] for row in rows if "id" in row]
    if len(set(ids)) != len(ids) or None in ids:
        raise PackageError(f"tables/{name}.json has records without an id or with the same id.")
    uuids = [row["uuid"] for row in rows if "uuid" in row]
    if len(set(uuids)) != len(uuids):
        raise PackageError(f"tables/{name}.json has two records with the same stable id.")
    return rows


def require_refs(rows: list[dict[str, Any]], column: str, known: set[int], name: str,
                 *, nullable: bool = False) -> None:
    """Every row's ``column`` names a row the package holds (remapping needs it)."""
    for row in rows:
        value = row[column]
        if value is None and nullable:
            continue
        if value not in known:
            raise PackageError(f"tables/{name}.json refers to a record the package does not "
                               f"hold ({column} {value}).")


def same(stored: Any, incoming: Any) -> bool:
    """Equal as the user would see it: moments compared in UTC whatever their form."""
    if isinstance(stored, datetime) and isinstance(incoming, datetime):
        def utc(moment: datetime) -> datetime:
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return utc(stored) == utc(incoming)
    return bool(stored == incoming)


def upsert(session: Session, model: type[SQLModel], values: dict[str, Any], tally: Tally,
           *, on_create: dict[str, Any] | None = None) -> SQLModel:
    """The row of ``model`` with ``values["uuid"]``: updated where it differs, or
    created (with ``on_create`` added). ``values`` has its ids remapped already."""
    name = table_name(model)
    data = {key: value for key, value in values.items() if key != "id"}
    found = session.exec(
        select(model).where(model.uuid == data["uuid"])  # type: ignore[attr-defined]
    ).first()
    if found is None:
        found = model(**{**data, **(on_create or {})})
        session.add(found)
        session.flush()
        tally.created[name] += 1
        return found
    changed = False
    for key, value in data.items():
        if not same(getattr(found, key), value):
            setattr(found, key, value)
            changed = True
    if changed:
        session.add(found)
        session.flush()
        tally.updated[name] += 1
    return found
