"""Finding a name in a long combo box by typing any part of it, accents or not.

Qt's own completer compares letters as they are: "Joel" does not find "Joël Bakker",
and an interviewer who types a name as they heard it finds nobody. This completer
matches the folded typed text (case and accents dropped, as the search does) against
each entry's folded text, anywhere in it, and still offers and fills in the name as it
is written.
"""

from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter

from interviewdesk.domain.library import fold

#: The role under which :class:`FoldedNames` gives an entry's folded text.
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40


class FoldedNames(QIdentityProxyModel):
    """The combo box's entries, each also as folded text (:data:`FOLDED_ROLE`)."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == FOLDED_ROLE:
            return fold(str(super().data(index, Qt.ItemDataRole.DisplayRole) or ""))
        return super().data(index, role)


class NameCompleter(QCompleter):
    """Matches on folded text, fills in the name as written."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def complete_names(combo: QComboBox) -> QCompleter:
    """Give the editable ``combo`` a popup of the entries that contain what is typed,
    accents and case aside; choosing one makes it the combo's current entry."""
    names = FoldedNames(combo)
    names.setSourceModel(combo.model())
    completer = NameCompleter(names, combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return completer
