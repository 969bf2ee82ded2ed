"""Typed edits: what a screen changes in one record, as a small frozen dataclass.

The interview wizard (:mod:`interviewdesk.store.interview_edits`) and the assessment
form (:mod:`interviewdesk.store.assessments.form_edits`) both describe what the user
changed as one edit per record, carrying only the fields that changed; a field left at
:data:`UNCHANGED` is not written. A misspelt field is a ``TypeError`` where the edit is
made (and a type checker's error before that), not a string checked at run time.

Edits of one record combine with :meth:`Edit.then`: the later value of a field wins,
and checklist ticks merge, so an autosave keeps one edit per record however many
keystrokes arrive, and writes them all in one transaction. The free texts of a record
(its :attr:`Edit.TEXTS`) are guarded against overwriting someone else's text
(:mod:`interviewdesk.domain.concurrent_edits`).
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from enum import Enum
from typing import Any, ClassVar, Generic, Self, TypeVar

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from interviewdesk.domain.concurrent_edits import (
    Change,
    Conflict,
    RecordKey,
    Seen,
    after_write,
    reconcile,
)
from interviewdesk.store.edit_conflicts import change_by

#: How many times a save is tried when another editor's write slipped in between
#: reading a row and writing it (SQLAlchemy's ``StaleDataError``): each try reads again.
ATTEMPTS = 3


class Unchanged(Enum):
    """The value of a field an edit does not change."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


@dataclass(frozen=True)
class Edit:
    """What every edit has: its record, the fields it changes, and how two combine."""

    KIND: ClassVar[str]
    #: The record's key field(s): not values to write.
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ()
    #: Free texts, guarded against overwriting someone else's text.
    TEXTS: ClassVar[tuple[str, ...]] = ()

    @property
    def record(self) -> RecordKey:
        """Which record this edit changes."""
        keys = [getattr(self, name) for name in self.KEY_FIELDS]
        return (self.KIND, keys[0] if keys else 0)

    def changed(self) -> dict[str, Any]:
        """The fields this edit writes, with their values."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in self.KEY_FIELDS and getattr(self, f.name) is not UNCHANGED
        }

    def texts(self) -> dict[str, str]:
        """The guarded texts this edit writes."""
        return {k: v for k, v in self.changed().items() if k in self.TEXTS}

    def without(self, names: set[str]) -> Self:
        """This edit minus the fields ``names`` (texts that met a conflict)."""
        return replace(self, **{name: UNCHANGED for name in names})

    def then(self, newer: Self) -> Self:
        """This edit followed by ``newer`` of the same record: newer values win,
        checklist ticks merge."""
        if newer.record != self.record:
            raise ValueError(f"{newer.record} is not {self.record}.")
        values = newer.changed()
        old = getattr(self, "checklist", UNCHANGED)
        if "checklist" in values and old is not UNCHANGED:
            values["checklist"] = {**old, **values["checklist"]}
        return replace(self, **values)

AnyEdit = TypeVar("AnyEdit", bound=Edit)


def combine(edits: Iterable[AnyEdit]) -> dict[RecordKey, AnyEdit]:
    """One edit per record, later edits winning (ticks merged), in first-seen order."""
    combined: dict[RecordKey, AnyEdit] = {}
    for edit in edits:
        earlier = combined.get(edit.record)
        combined[edit.record] = edit if earlier is None else earlier.then(edit)
    return combined


@dataclass(frozen=True)
class Saved:
    """The outcome of a save: what the editor's screen is based on now, per record
    written, and the texts that were *not* written because someone else changed them
    meanwhile (both versions kept, for the user to choose or merge)."""

    seen: dict[RecordKey, Seen]
    conflicts: tuple[Conflict, ...] = ()


def direct_first(edits: Mapping[RecordKey, AnyEdit],
                 write_directly: Callable[[AnyEdit], Seen | None],
                 write_carefully: Callable[[list[AnyEdit]], Saved]) -> Saved:
    """Write each changed edit with ``write_directly`` (one statement, ``None`` when
    the row is not as the screen saw it), the rest with ``write_carefully`` (read,
    compare, conflicts), in the editor's order. Nothing written directly: the careful
    path runs even with no edits, since it also says whether the record exists.

    The direct writes go in the same order of rows for every writer, so two flushes
    that write the same rows on a team server wait for each other instead of
    deadlocking."""
    written: dict[RecordKey, Seen] = {}
    careful: list[AnyEdit] = []
    for edit in sorted(edits.values(), key=lambda e: (e.record[0], str(e.record[1]))):
        if not edit.changed():
            continue
        after = write_directly(edit)
        if after is None:
            careful.append(edit)
        else:
            written[edit.record] = after
    order = list(edits)
    careful.sort(key=lambda edit: order.index(edit.record))
    careful_saved = write_carefully(careful) if careful or not written else Saved({})
    saved = {**written, **careful_saved.seen}
    return Saved({record: saved[record] for record in edits if record in saved},
                 careful_saved.conflicts)


def stored_texts(row: Any | None, names: Sequence[str]) -> dict[str, str]:
    """The guarded texts ``names`` of ``row`` as stored ("" for a row not created)."""
    return {name: (getattr(row, name) if row is not None else "") for name in names}


@dataclass(frozen=True)
class Guarded(Generic[AnyEdit]):
    """An edit checked against its stored row: what may be written (:attr:`edit`),
    the editor's :attr:`base` and the :attr:`texts` written, and the conflicts."""

    edit: AnyEdit
    base: Seen
    texts: dict[str, str]
    conflicts: tuple[Conflict, ...] = ()

    def seen_after(self, row: Any) -> Seen:
        """What the editor's screen is based on once ``row`` (written) is flushed."""
        return after_write(self.base, self.texts, row.version,
                           stored_texts(row, self.edit.TEXTS))


def guard(edit: AnyEdit, row: Any | None, seen: Mapping[RecordKey, Seen] | None,
          session: Session | None = None, *, name_others: bool = True
          ) -> Guarded[AnyEdit]:
    """``edit`` minus the texts someone else changed since the editor's ``seen`` (all
    of it when ``seen`` is ``None``: the caller does not track versions).

    With ``session``, each conflict says who saved theirs (:func:`who_wrote`);
    ``name_others=False`` names nobody but this user (a rater's own form: the blind
    rule reveals nothing about other people there)."""
    base = (seen or {}).get(edit.record, Seen())
    texts = edit.texts()
    if seen is None or not texts:
        return Guarded(edit, base, texts)
    outcome = reconcile(edit.record, base, row.version if row is not None else 0,
                        stored_texts(row, edit.TEXTS), texts,
                        getattr(row, "updated_at", None))
    conflicts = outcome.conflicts
    if session is not None and row is not None:
        conflicts = tuple(
            replace(c, change=who_wrote(session, row, c.field, name_others=name_others))
            for c in conflicts)
    return Guarded(edit.without({c.field for c in conflicts}), base, outcome.write, conflicts)


def who_wrote(session: Session, row: Any, name: str, *, name_others: bool = True
              ) -> Change | None:
    """Who saved the text ``name`` of ``row`` last (its ``texts_by``, migration 0019),
    as the editors name the author of a record (``edit_conflicts.change_by``): ``None``
    where not known (written before 0019) — never a guessed name — and, without
    ``name_others``, wherever it is not this user or a laptop's other window."""
    authors = getattr(row, "texts_by", None) or {}
    if name not in authors:
        return None
    change = change_by(session, str(authors[name] or ""), getattr(row, "updated_at", None))
    if change.by and not change.by_me and not name_others:
        return None
    return change


def with_retries(save: Callable[[], Saved]) -> Saved:
    """``save()``, tried again (reading afresh) when another writer slipped in between
    its read and its write; the last ``StaleDataError`` is raised."""
    for _attempt in range(ATTEMPTS - 1):
        try:
            return save()
        except StaleDataError:
            continue
    return save()
