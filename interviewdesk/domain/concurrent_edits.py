"""Two people editing the same note: who wins, and when neither may.

In team mode (and with two windows on one data folder) two editors can change the same
record between each other's saves. Every record users edit carries a ``version`` that
the store raises on every write. An editor remembers, per record, what its screen is
based on: a :class:`Seen` — the version it last read or wrote, and the texts as they
were then. A save compares that with what is stored now, field by field:

* the stored text still equals what the editor saw: nobody else touched it, mine is
  written;
* the stored text equals mine already: nothing to decide;
* otherwise someone else changed that text since: nothing is written for it and a
  :class:`Conflict` holds both texts (theirs and mine) for the user to choose or merge.

Only free texts (notes, answers, strengths…) are guarded this way; ticks, scores and
timers are "the latest value wins", since merging two clicks means nothing to a user.

Pure: the store reads the row and calls :func:`reconcile`; nothing here knows SQL.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

#: A record as the editors know it: a kind (``"stage"``, ``"answer"``, ``"assessment"``…)
#: and its key within the interview or form (a stage key, a question id …).
RecordKey = tuple[str, str | int]


@dataclass(frozen=True)
class Seen:
    """What an editor's screen shows of one record: the ``version`` it was read or last
    written at (0: the record did not exist yet) and its guarded ``texts`` then (a text
    missing here was empty)."""

    version: int = 0
    texts: Mapping[str, str] = field(default_factory=dict)

    def text(self, name: str) -> str:
        """The text ``name`` as the editor saw it."""
        return self.texts.get(name, "")


@dataclass(frozen=True)
class Conflict:
    """One text that someone else changed while this editor changed it too: nothing of
    either was overwritten. ``theirs`` is what is stored now (at ``version``), ``mine``
    what this editor typed; ``changed_at`` says when theirs was saved, if known."""

    record: RecordKey
    field: str
    theirs: str
    mine: str
    version: int
    changed_at: datetime | None = None

    def merged(self) -> str:
        """Both texts joined, as the start of a merge: theirs first, then mine."""
        if not self.theirs.strip():
            return self.mine
        if not self.mine.strip():
            return self.theirs
        return f"{self.theirs.rstrip()}\n\n{self.mine.lstrip()}"


@dataclass(frozen=True)
class Reconciled:
    """The outcome for one record: the texts that may be written, and the conflicts
    (texts that must not be written until the user has chosen)."""

    write: dict[str, str]
    conflicts: tuple[Conflict, ...]


def reconcile(record: RecordKey, seen: Seen, stored_version: int,
              stored: Mapping[str, str], mine: Mapping[str, str],
              changed_at: datetime | None = None) -> Reconciled:
    """Which of ``mine`` (guarded texts this editor changed) may be written over
    ``stored`` (those texts as they are now, at ``stored_version``)."""
    if stored_version == seen.version:
        return Reconciled(dict(mine), ())
    write: dict[str, str] = {}
    conflicts: list[Conflict] = []
    for name, text in mine.items():
        theirs = stored.get(name, "")
        if theirs == seen.text(name) or theirs == text:
            write[name] = text
        else:
            conflicts.append(Conflict(record, name, theirs, text, stored_version, changed_at))
    return Reconciled(write, tuple(conflicts))


def after_write(seen: Seen, written: Mapping[str, str], new_version: int,
                stored: Mapping[str, str]) -> Seen:
    """What the screen is based on after a write: the texts it wrote are now known to
    be stored. The version moves on to ``new_version`` only if every guarded text
    stored (``stored``, after the write) is what the screen shows; otherwise the old
    version stays, so the next save compares text by text again and an unresolved
    conflict, or someone else's change to a text this screen still shows the old way,
    is never overwritten silently."""
    texts = {**seen.texts, **written}
    in_step = all(stored.get(name, "") == texts.get(name, "") for name in {*stored, *texts})
    return Seen(new_version if in_step else seen.version, texts)


def resolved(seen: Seen, conflict: Conflict) -> Seen:
    """The user has seen ``conflict.theirs`` and chosen: the screen is now based on it,
    so the chosen text (mine, theirs or a merge) is written over theirs — and only
    over theirs: if it changed again meanwhile, that is a new conflict."""
    return Seen(seen.version, {**seen.texts, conflict.field: conflict.theirs})
