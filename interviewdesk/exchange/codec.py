"""Table rows to JSON and back, by each column's SQL type, generic over the models'
metadata (so a table another feature adds travels in a move package unchanged).

Moments are written as ISO 8601 in UTC and come back aware; dates as ISO dates;
binary content (original documents) as a reference to a document file in the package.
Reading checks each value's type: a package with a number where text belongs is
refused with the table, row and column named, before anything is written.
"""

import math
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from interviewdesk.exchange.archive import Package, add_document
from interviewdesk.exchange.errors import PackageError


def base_type(column: sa.Column) -> sa.types.TypeEngine[Any]:
    """The SQL type under any decorator (SQLModel's ``UTCDateTime`` is a ``DateTime``)."""
    kind = column.type
    while isinstance(kind, sa.types.TypeDecorator):
        kind = kind.impl_instance
    return kind


def encode(package: Package, column: sa.Column, value: Any) -> Any:
    """``value`` of ``column`` as JSON; binary content goes into the package's documents."""
    if value is None:
        return None
    kind = base_type(column)
    if isinstance(kind, sa.LargeBinary):
        return add_document(package, bytes(value))
    if isinstance(kind, sa.DateTime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    if isinstance(kind, sa.Date):
        return value.isoformat()
    if isinstance(kind, sa.JSON):
        return value if not hasattr(value, "copy") else value.copy()
    return value


def encode_row(package: Package, table: sa.Table, row: Any,
               columns: tuple[str, ...] | None = None) -> dict[str, Any]:
    """A row (a SQLAlchemy row mapping or a model object) as a JSON object."""
    chosen = columns if columns is not None else tuple(c.name for c in table.columns)
    get = (lambda name: row[name]) if hasattr(row, "keys") else \
        (lambda name: getattr(row, name))
    return {name: encode(package, table.c[name], get(name)) for name in chosen}


def decode(package: Package, column: sa.Column, value: Any, where: str) -> Any:
    """The Python value of a JSON ``value`` for ``column``; :class:`PackageError` if
    it is not of the column's type. ``where`` names the place for the message."""
    if value is None:
        if column.nullable or column.primary_key:
            return None
        raise PackageError(f"{where} may not be empty.")
    kind = base_type(column)
    if isinstance(kind, sa.Boolean):
        if isinstance(value, bool):
            return value
        raise PackageError(f"{where} must be true or false.")
    if isinstance(kind, sa.Integer):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63:
            return value
        raise PackageError(f"{where} must be a whole number.")
    if isinstance(kind, sa.Float):
        if isinstance(value, int | float) and not isinstance(value, bool) and \
                math.isfinite(value):
            return float(value)
        raise PackageError(f"{where} must be a number.")
    if isinstance(kind, sa.DateTime):
        moment = _parse(datetime.fromisoformat, value, where, "a moment")
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if isinstance(kind, sa.Date):
        return _parse(date.fromisoformat, value, where, "a date")
    if isinstance(kind, sa.LargeBinary):
        if isinstance(value, str) and value in package.documents:
            return package.documents[value]
        raise PackageError(f"{where} refers to a document the package does not hold.")
    if isinstance(kind, sa.JSON):
        if isinstance(value, dict | list):
            return value
        raise PackageError(f"{where} must be a JSON object.")
    if isinstance(kind, sa.String):
        if isinstance(value, str):
            if kind.length is not None and len(value) > kind.length:
                raise PackageError(f"{where} is too long.")
            return value
        raise PackageError(f"{where} must be text.")
    raise PackageError(f"{where} has a type this version cannot read.")  # pragma: no cover


def decode_row(package: Package, table: sa.Table, row: dict[str, Any], where: str,
               *, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """A JSON object as column values of ``table``: unknown columns are refused, and
    so are missing ones among ``required``."""
    unknown = set(row) - set(table.columns.keys())
    if unknown:
        raise PackageError(f"{where} has a field this version does not know "
                           f"({sorted(unknown)[0][:40]!r}).")
    missing = [name for name in required if name not in row]
    if missing:
        raise PackageError(f"{where} lacks the field {missing[0]}.")
    return {name: decode(package, table.c[name], value, f"{where}, field {name},")
            for name, value in row.items()}


def _parse(parse: Any, value: Any, where: str, what: str) -> Any:
    if isinstance(value, str):
        try:
            return parse(value)
        except ValueError:
            pass
    raise PackageError(f"{where} must be {what}.")
