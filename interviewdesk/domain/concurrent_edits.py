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

from collections.abc import Mapping, Sequence
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
    what this editor typed; ``changed_at`` says when theirs was saved, if known, and
    ``change`` who saved it, where the data knows (``None``: not known)."""

    record: RecordKey
    field: str
    theirs: str
    mine: str
    version: int
    changed_at: datetime | None = None
    change: "Change | None" = None

    def merged(self) -> str:
        """Both texts joined, as the start of a merge: theirs first, then mine, with
        what both still share (the note they both started from, a closing line) once."""
        return merge_texts(self.theirs, self.mine)


def merge_texts(theirs: str, mine: str) -> str:
    """``theirs`` and ``mine`` in one text: the words both begin and end with once,
    and between them what differs, theirs before mine. Two people adding to the same
    note are the usual case; repeating the note they both started from would make the
    merge longer than either and easy to save by mistake."""
    if not theirs.strip() or _goes_on_from(mine, theirs):
        return mine
    if not mine.strip() or _goes_on_from(theirs, mine):
        return theirs
    start = _shared_start(theirs, mine)
    end = _shared_end(theirs[start:], mine[start:])
    their_part = theirs[start:len(theirs) - end].strip()
    my_part = mine[start:len(mine) - end].strip()
    head, tail = theirs[:start], theirs[len(theirs) - end:]
    if not head.strip() and not tail.strip():
        return f"{theirs.rstrip()}\n\n{mine.lstrip()}"
    middle = [part for part in (their_part, my_part) if part]
    # Paragraphs stay paragraphs, lines lines, sentences run on.
    if head.endswith("\n\n") or "\n\n" in their_part + my_part:
        apart = "\n\n"
    elif head.endswith("\n") or "\n" in their_part + my_part:
        apart = "\n"
    else:
        apart = " "
    if tail and not tail[:1].isspace():
        tail = apart + tail
    elif tail.startswith("\n") and not tail.startswith(apart):
        tail = apart + tail.lstrip("\n")
    return head + apart.join(middle) + tail


def _goes_on_from(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with more words after it (so holds all of it)."""
    return longer.startswith(shorter) and (
        len(longer) == len(shorter) or longer[len(shorter)].isspace()
        or shorter[-1:].isspace())


#: What ends a sentence or line: a shared part of two texts is cut back to one of these,
#: so that a merge never splices two different sentences into one.
_SENTENCE_ENDS = ".!?:;…"


def _ends_sentence(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends a sentence or line (or is empty or the whole text)."""
    if at in (0, len(text)) or text[at - 1] == "\n":
        return True
    return text[at - 1].isspace() and text[:at].rstrip()[-1:] in _SENTENCE_ENDS


def _shared_start(one: str, other: str) -> int:
    """How many leading characters both share, cut back to the end of a sentence."""
    length = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        length += 1
    while length and not (_ends_sentence(one, length) and _ends_sentence(other, length)):
        length -= 1
    return length


def _shared_end(one: str, other: str) -> int:
    """How many trailing characters both share, cut back to where a sentence starts."""
    length = 0
    for a, b in zip(reversed(one), reversed(other), strict=False):
        if a != b:
            break
        length += 1
    while length and not (_ends_sentence(one, len(one) - length)
                          and _ends_sentence(other, len(other) - length)):
        length -= 1
    return length


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


# -- whole records: an editor dialog's save (candidate, vacancy, library entry) ----------
#
# An editor dialog keeps what it opened on (the *base*), the user changes it, and the
# save finds that someone else saved the record meanwhile (*theirs*). Field by field:
# a field only one side changed takes that side's value without asking; a field both
# changed to different values is a :class:`FieldClash` the user decides. Fields are
# compared as values (texts, numbers, dates, flags), so the caller flattens a record
# into a mapping of field name to value first.


@dataclass(frozen=True)
class Change:
    """Who saved the other version, and when, as far as the data knows: ``by`` is a
    name (or a server login that names no interviewer), "" when not known — then a
    screen says "another window", never a guessed name; ``by_me`` when it was this
    user's own login (another of their windows or laptops)."""

    by: str = ""
    at: datetime | None = None
    by_me: bool = False


@dataclass(frozen=True)
class FieldClash:
    """One field both sides changed, to different values: what it was (``base``),
    what is stored now (``theirs``) and what this user typed (``mine``)."""

    field: str
    base: object
    theirs: object
    mine: object


@dataclass(frozen=True)
class FieldMerge:
    """Both versions of one record merged: ``merged`` holds every field (a clashing
    field holds theirs until the user chooses) and ``clashes`` what to ask about."""

    merged: dict[str, object]
    clashes: tuple[FieldClash, ...]


_ABSENT = object()


def merge_fields(base: Mapping[str, object], theirs: Mapping[str, object],
                 mine: Mapping[str, object]) -> FieldMerge:
    """Three-way merge of one record's fields; a field missing from a mapping is
    absent on that side (and stays absent when that side wins)."""
    merged: dict[str, object] = {}
    clashes: list[FieldClash] = []
    for name in dict.fromkeys([*mine, *theirs, *base]):
        was, now, typed = (side.get(name, _ABSENT) for side in (base, theirs, mine))
        if typed == was or now == typed:
            value = now
        elif now == was:
            value = typed
        else:
            clashes.append(FieldClash(name, None if was is _ABSENT else was,
                                      None if now is _ABSENT else now,
                                      None if typed is _ABSENT else typed))
            value = now
        if value is not _ABSENT:
            merged[name] = value
    return FieldMerge(merged, tuple(clashes))


@dataclass(frozen=True)
class RecordsMerge:
    """A list of records (a vacancy's competencies, its questions) merged by key.

    ``records`` in order: this user's order, with records only they added at the end
    — each a key (``None`` for a record this user added) and its merged fields.
    ``clashes`` per key. ``kept``: records this user removed that someone else changed
    meanwhile — kept, so their change is not lost (the user may remove them again).
    ``revived``: records someone else removed that this user changed — kept as new
    records, so this user's change is not lost."""

    records: list[tuple[object, dict[str, object]]]
    clashes: dict[object, tuple[FieldClash, ...]]
    kept: tuple[object, ...] = ()
    revived: tuple[object, ...] = ()


def merge_records(base: Mapping[object, Mapping[str, object]],
                  theirs: Sequence[tuple[object, Mapping[str, object]]],
                  mine: Sequence[tuple[object, Mapping[str, object]]]) -> RecordsMerge:
    """Three-way merge of keyed records (see :class:`RecordsMerge`); a key of
    ``None`` in ``mine`` is a record this user added."""
    stored = dict(theirs)
    records: list[tuple[object, dict[str, object]]] = []
    clashes: dict[object, tuple[FieldClash, ...]] = {}
    kept: list[object] = []
    revived: list[object] = []
    mine_keys = {key for key, _fields in mine if key is not None}
    for key, fields in mine:
        if key is None or key not in base:
            records.append((key, dict(fields)))
        elif key not in stored:
            if dict(fields) != dict(base[key]):
                revived.append(key)
                records.append((key, dict(fields)))
        else:
            outcome = merge_fields(base[key], stored[key], fields)
            records.append((key, outcome.merged))
            if outcome.clashes:
                clashes[key] = outcome.clashes
    for key, fields in theirs:
        if key in mine_keys:
            continue
        if key not in base:
            records.append((key, dict(fields)))  # someone else added it
        elif dict(fields) != dict(base[key]):
            kept.append(key)
            records.append((key, dict(fields)))
    return RecordsMerge(records, clashes, tuple(kept), tuple(revived))
