"""An autosaved record written in one statement: a conditional ``UPDATE … RETURNING``.

Why: an autosave flush used to read every record it wrote through the ORM and write
it back in the unit of work — two or three round trips per record and, on a team
server's clients, some milliseconds of processor time per save, most of it the ORM's
bookkeeping. Nearly every flush writes a record that is still at the version the
editor last saw, and for that case one statement says all of it: write the changed
fields and raise ``version`` only where the row is still at that version, record who
wrote each text that really changes (``texts_by``), merge checklist ticks inside the
statement (so no read and no row lock is needed for them) and return the new version
with the stored texts.

No row means one of: the row does not exist yet, someone else saved it meanwhile,
nothing of it would change, or the blind rule (row-level security on a team server,
which covers ``UPDATE`` as it covers ``SELECT``) hides it. The caller then takes the
careful path that always existed — read the row, compare text by text, a conflict
naming who saved theirs — so every guarantee of :mod:`interviewdesk.store.edits`
holds on both paths. Triggers (SQLite's full-text index) fire for this ``UPDATE`` as
for the ORM's. The JSON merges are written per dialect (SQLite's ``json_patch``,
PostgreSQL's ``jsonb ||``); the rest is the same statement on both.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session

from interviewdesk.store.models import Authored, TextsAuthored, session_login

#: The field whose value is a set of ticks merged into what is stored, not replaced.
TICKS = "checklist"


class JsonMerge(FunctionElement[Any]):
    """The JSON object of the first argument with the keys of the others set (later
    arguments win): a tick or an author added without reading the row first."""

    type = sa.JSON()
    inherit_cache = True
    name = "json_merge"


class JsonAdds(FunctionElement[bool]):
    """Whether merging the second argument into the first would change it."""

    type = sa.Boolean()
    inherit_cache = True
    name = "json_adds"


@compiles(JsonMerge, "sqlite")
def _merge_sqlite(element: JsonMerge, compiler: SQLCompiler, **kw: Any) -> str:
    merged = compiler.process(element.clauses.clauses[0], **kw)
    for patch in element.clauses.clauses[1:]:
        merged = f"json_patch({merged}, {compiler.process(patch, **kw)})"
    return merged


@compiles(JsonMerge, "postgresql")
def _merge_postgresql(element: JsonMerge, compiler: SQLCompiler, **kw: Any) -> str:
    parts = [f"CAST({compiler.process(part, **kw)} AS jsonb)"
             for part in element.clauses.clauses]
    return f"CAST({' || '.join(parts)} AS json)"


@compiles(JsonAdds, "sqlite")
def _adds_sqlite(element: JsonAdds, compiler: SQLCompiler, **kw: Any) -> str:
    stored, patch = (compiler.process(part, **kw) for part in element.clauses.clauses)
    return f"(json({stored}) IS NOT json_patch({stored}, {patch}))"


@compiles(JsonAdds, "postgresql")
def _adds_postgresql(element: JsonAdds, compiler: SQLCompiler, **kw: Any) -> str:
    stored, patch = (compiler.process(part, **kw) for part in element.clauses.clauses)
    return f"(NOT (CAST({stored} AS jsonb) @> CAST({patch} AS jsonb)))"


@dataclass(frozen=True)
class Written:
    """A row as the statement left it: its new version and its guarded texts."""

    version: int
    texts: dict[str, str]


@dataclass(frozen=True)
class Shape:
    """What one statement looks like, apart from its values: built and compiled once
    per shape (an autosave writes the same few shapes all day), so a save costs
    the database's work and little of the client's processor."""

    model: type[TextsAuthored]
    keys: tuple[str, ...]
    values: tuple[str, ...]
    versioned: bool
    touch: tuple[str, ...]
    texts: tuple[str, ...]
    only_if: sa.ColumnElement[bool] | None

    def key(self) -> tuple[object, ...]:
        """The shape as a dictionary key (``only_if`` by identity: a constant)."""
        return (self.model, self.keys, self.values, self.versioned, self.touch,
                self.texts, id(self.only_if))


_STATEMENTS: dict[tuple[object, ...], sa.Update] = {}


def _statement(shape: Shape) -> sa.Update:
    """The ``UPDATE … RETURNING`` of ``shape``, its values as bound parameters."""
    statement = _STATEMENTS.get(shape.key())
    if statement is not None:
        return statement
    model = shape.model
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    columns = table.c
    assignments: dict[str, Any] = {}
    differs: list[sa.ColumnElement[bool]] = []
    authors: list[sa.ColumnElement[Any]] = []
    for name in shape.values:
        column = columns[name]
        if name == TICKS:
            ticks = sa.bindparam("ticks", type_=sa.String())
            assignments[name] = JsonMerge(column, ticks)
            differs.append(JsonAdds(column, ticks))
            continue
        new = sa.bindparam(f"v_{name}", type_=column.type)
        assignments[name] = new
        changes = column.is_distinct_from(new)
        differs.append(changes)
        if name in model.AUTHORED_TEXTS:
            # Only a text that changes gets this login as its author (as the ORM's
            # stamp does): the timer or a tick written with it names nobody.
            authors.append(sa.case((changes, sa.bindparam(f"a_{name}", type_=sa.String())),
                                   else_=sa.literal_column("'{}'")))
    if authors:
        assignments["texts_by"] = JsonMerge(columns.texts_by, *authors)
    for name in shape.touch:
        assignments[name] = sa.bindparam(f"t_{name}", type_=columns[name].type)
    assignments["version"] = columns.version + 1
    statement = sa.update(table).where(
        *(columns[name] == sa.bindparam(f"k_{name}", type_=columns[name].type)
          for name in shape.keys))
    if shape.versioned:
        statement = statement.where(columns.version == sa.bindparam("seen_version"))
    if shape.only_if is not None:
        statement = statement.where(shape.only_if)
    if not shape.touch and differs:
        statement = statement.where(sa.or_(*differs))
    statement = statement.values(assignments).returning(
        columns.version, *(columns[name] for name in shape.texts))
    _STATEMENTS[shape.key()] = statement
    return statement


def update_record(session: Session, model: type[TextsAuthored], keys: Mapping[str, Any],
                  values: Mapping[str, Any], *, version: int | None, texts: Sequence[str],
                  touch: Mapping[str, Any] | None = None,
                  only_if: tuple[sa.ColumnElement[bool], Mapping[str, Any]] | None = None,
                  ) -> Written | None:
    """Write ``values`` (field → value; :data:`TICKS` merged) to the one row of
    ``model`` whose ``keys`` (field → value) match — and, with ``version``, only while
    it is at that version; with ``only_if`` (a condition with bound parameters, kept
    as a constant, and their values) only while that holds — raising its version and
    stamping the author of every text that changes. ``touch`` (field → value) is
    written as well and makes the write happen even when nothing else differs.
    Returns the row's new version and its ``texts``, or ``None`` when no row was
    written (see the module docstring: the caller's careful path)."""
    if issubclass(model, Authored):  # its changed_by/updated_at are stamped by the ORM
        raise TypeError(f"{model.__name__} is written through the ORM.")
    touch = touch or {}
    shape = Shape(model, tuple(keys), tuple(values), version is not None, tuple(touch),
                  tuple(texts), only_if[0] if only_if else None)
    login = session_login(session)
    parameters: dict[str, Any] = {f"k_{name}": value for name, value in keys.items()}
    for name, value in values.items():
        if name == TICKS:
            parameters["ticks"] = json.dumps({str(k): bool(v) for k, v in value.items()})
        else:
            parameters[f"v_{name}"] = value
            if name in model.AUTHORED_TEXTS:
                parameters[f"a_{name}"] = json.dumps({name: login})
    parameters.update({f"t_{name}": value for name, value in touch.items()})
    if version is not None:
        parameters["seen_version"] = version
    if only_if is not None:
        parameters.update(only_if[1])
    # On the session's connection: the same transaction, without the ORM's own
    # handling of a statement (nothing of this row is in the session).
    row = session.connection().execute(_statement(shape), parameters).first()
    if row is None:
        return None
    return Written(int(row[0]), {name: row[i + 1] or "" for i, name in enumerate(texts)})


def insert_record(session: Session, row: TextsAuthored, unique: Sequence[str],
                  texts: Sequence[str]) -> Written | None:
    """Insert ``row`` (a new, unsaved record with its values; the model's defaults for
    the rest) unless one with the same ``unique`` fields exists — in one statement,
    with every text it holds stamped as this login's (as the ORM stamps a new row).
    Returns its version and ``texts``, or ``None`` when the row existed (someone else
    made it a moment ago: the caller's careful path). A parent that does not exist
    is the database's foreign-key error, as with any insert."""
    from sqlalchemy.dialects.postgresql import insert as postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    model = type(row)
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    values = row.model_dump(exclude={"id"})  # type: ignore[attr-defined]
    login = session_login(session)
    values["texts_by"] = {name: login for name in model.AUTHORED_TEXTS if values.get(name)}
    connection = session.connection()
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    statement = (insert(table).values(values)
                 .on_conflict_do_nothing(index_elements=list(unique))
                 .returning(table.c.version, *(table.c[name] for name in texts)))
    written = connection.execute(statement).first()
    if written is None:
        return None
    return Written(int(written[0]),
                   {name: written[i + 1] or "" for i, name in enumerate(texts)})
