"""What the type checker cannot tell from a SELECT by itself, said once.

SQLModel types a model's id ``int | None`` (an object not yet stored has none), and a
subquery's columns come back as ``Any``, which makes SQLAlchemy type the whole row
``Any``. These helpers state the type a column has in a stored row, so that
``select(key(Vacancy.id), col(Vacancy.title), ...)`` gives rows typed
``(int, str, ...)`` and mypy checks what is done with them. They change no SQL.
"""

from typing import Any, TypeVar, cast

from sqlalchemy.orm import Mapped
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

T = TypeVar("T")


def key(column: int | None) -> Mapped[int]:
    """A model's ``id`` in a SELECT: never NULL in a stored row (unlike on an object
    not yet stored, hence the model's ``int | None``). Not for a column reached by an
    outer join, which can be NULL: use ``col()`` there."""
    return cast(Mapped[int], col(column))


def typed(column: ColumnElement[Any], python_type: type[T]) -> ColumnElement[T]:
    """A subquery's column (``subquery.c.name``, typed ``Any``) as what its rows hold:
    ``python_type`` (e.g. ``int`` for a count)."""
    return cast(ColumnElement[T], column)


def nullable(column: ColumnElement[Any], python_type: type[T]) -> ColumnElement[T | None]:
    """:func:`typed`, for a column that may be NULL (an outer join, ``max`` of none)."""
    return cast(ColumnElement[T | None], column)
