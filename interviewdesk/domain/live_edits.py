"""An open editor follows what someone else saved, without touching what its user is
typing.

The interview window and the assessment form save as the user types, each write based
on what the screen shows (:class:`~interviewdesk.domain.concurrent_edits.Seen`). When
someone else saves the same interview or form (another laptop on a team server,
another process on the same file), the editor reads the records' versions and texts
again and asks :func:`follow` what to do with them:

* a text the user is **not** editing (nothing of it waits to be saved, no conflict
  about it is open) and that someone else changed: show theirs, and base later saves
  on it;
* a text the user **is** editing: leave it as typed, and leave the screen based on
  the old text, so that the next save meets the change and asks the user through the
  usual conflict dialog (both versions, choose or merge) — never a silent overwrite
  either way;
* a record moves on to the new version only when every text of it that changed is
  shown; otherwise it keeps the old version with the texts it did show, so that the
  save compares text by text (see :func:`~interviewdesk.domain.concurrent_edits.reconcile`).

Pure: the UI reads the versions and puts the texts in its fields.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from interviewdesk.domain.concurrent_edits import RecordKey, Seen

#: A text of an editor: its record and the field's name.
TextKey = tuple[RecordKey, str]


@dataclass(frozen=True)
class Followed:
    """What an editor does with what is stored now: the texts to show (``show``, by
    record and field), what its screen is based on afterwards (``seen``, for the
    records that changed), and the texts left as typed (``held``), whose change the
    next save will ask about."""

    show: dict[TextKey, str]
    seen: dict[RecordKey, Seen]
    held: tuple[TextKey, ...]

    @property
    def anything(self) -> bool:
        """Whether someone else changed anything of this editor's records."""
        return bool(self.seen)


def follow(screen: Mapping[RecordKey, Seen], stored: Mapping[RecordKey, Seen],
           editing: Collection[TextKey]) -> Followed:
    """What to show of ``stored`` (the records as they are now) on a screen based on
    ``screen``, while the texts ``editing`` are being typed (see the module)."""
    show: dict[TextKey, str] = {}
    seen: dict[RecordKey, Seen] = {}
    held: list[TextKey] = []
    for record, now in stored.items():
        before = screen.get(record, Seen())
        if now.version == before.version:
            continue  # nobody saved it since the screen read or wrote it
        shown: dict[str, str] = {}
        kept = False
        for name in sorted({*now.texts, *before.texts}):
            theirs = now.text(name)
            if theirs == before.text(name):
                continue
            if (record, name) in editing:
                held.append((record, name))
                kept = True
                continue
            show[(record, name)] = theirs
            shown[name] = theirs
        seen[record] = (Seen(before.version, {**before.texts, **shown}) if kept
                        else now)
    return Followed(show, seen, tuple(held))
