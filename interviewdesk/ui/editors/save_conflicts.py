"""What an editor dialog does when its save meets someone else's save.

The store refused to write (:class:`~interviewdesk.store.edit_conflicts.ChangedMeanwhile`):
the record changed after the dialog opened it. The dialog reads the record again and
merges field by field (``domain.concurrent_edits.merge_fields``): what only one side
changed is taken without asking; each field both changed is a :class:`Clash`, asked
about with both versions and who saved the other one
(:meth:`~interviewdesk.ui.conflict_dialog.ConflictDialog.decide`). The merge is then
shown in the dialog and saved on top of the version now seen. Nothing is overwritten
that the user has not seen, and closing a question saves nothing.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from interviewdesk.domain.concurrent_edits import FieldClash
from interviewdesk.domain.scales import Choices
from interviewdesk.ui.i18n import current_language


@dataclass
class Clash:
    """One field both people changed: how to name it (``what``, "the notes"), both
    versions as the user reads them, whether a merged text makes sense, and how to
    put the choice into the merged draft (``apply(side, text)``, side "theirs",
    "mine" or "merged")."""

    what: str
    theirs: str
    mine: str
    mergeable: bool
    apply: Callable[[str, str], None]


@dataclass
class EditMerge:
    """Both versions merged: ``build()`` makes the draft to show and save once the
    :attr:`clashes` are decided (each decision goes into the merge), and ``notes`` —
    things the user should see before it is saved (a record kept or brought back),
    which make the dialog show the merge and wait for Save instead of saving it."""

    build: Callable[[], object]
    clashes: list[Clash] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def field_clashes(clashes: Iterable[FieldClash], names: Mapping[str, str],
                  texts: Iterable[str], shown: Callable[[str, object], str],
                  merged: dict[str, object]) -> list[Clash]:
    """:class:`Clash` es for the field clashes of one record whose fields are held in
    ``merged``: ``names`` names each field, ``texts`` are the free texts (mergeable),
    ``shown(field, value)`` is a value as the user reads it."""
    free = set(texts)
    result = []
    for clash in clashes:
        mergeable = clash.field in free

        def apply(side: str, text: str, clash: FieldClash = clash,
                  mergeable: bool = mergeable) -> None:
            if side == "mine":
                merged[clash.field] = clash.mine
            elif side == "theirs":
                merged[clash.field] = clash.theirs
            elif mergeable:
                merged[clash.field] = text

        result.append(Clash(names.get(clash.field, clash.field),
                            shown(clash.field, clash.theirs), shown(clash.field, clash.mine),
                            mergeable, apply))
    return result


def plain(value: object) -> str:
    """A text or simple value as shown in the conflict dialog."""
    if value is None:
        return QCoreApplication.translate("EditConflicts", "(none)")
    if isinstance(value, bool):
        return (QCoreApplication.translate("EditConflicts", "Yes") if value
                else QCoreApplication.translate("EditConflicts", "No"))
    return str(value)


def choice_label(choices: Choices, key: object) -> str:
    """A stored choice (a kind, a status) as the user reads it."""
    if key is None:
        return plain(None)
    try:
        return choices.label(str(key)).in_language(current_language())
    except KeyError:
        return str(key)


def date_text(value: date | None) -> str:
    """A date as the user reads it."""
    if value is None:
        return plain(None)
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)
