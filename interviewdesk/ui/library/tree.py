"""The library's entries as a searchable tree: each competency with the questions that
test it under it, and the questions that test none in a group of their own.

Used by the picker (with tick boxes, to choose what to add to a vacancy) and by the
library manager (to choose what to edit). Searching hides what does not match instead
of rebuilding the tree, so ticks survive a change of search words.
"""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewdesk.domain.agenda import Agenda
from interviewdesk.domain.library import (
    LibraryCompetency,
    LibraryContents,
    LibraryQuestion,
    fold,
)
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS, RATING_SCALE
from interviewdesk.ui.editors.widgets import empty_state
from interviewdesk.ui.i18n import current_language
from interviewdesk.ui.style import SPACING_SMALL, scaled_font

ENTRY = Qt.ItemDataRole.UserRole


class LibraryTree(QWidget):
    """A search field over a tree of library entries; ``currentChanged`` gives the
    entry shown (a :class:`LibraryCompetency`, a :class:`LibraryQuestion` or None),
    ``checksChanged`` fires when a tick changes."""

    currentChanged = Signal(object)
    checksChanged = Signal()

    def __init__(self, agenda: Agenda, *, checkable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkable = checkable
        language = current_language()
        self._stage_names = {stage.key: stage.name.in_language(language)
                             for stage in agenda.stages}
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, anchors and questions"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.textChanged.connect(self._filter)
        self.view = QTreeWidget()
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setAccessibleName(self.tr("Library entries"))
        self.view.currentItemChanged.connect(
            lambda item, _old: self.currentChanged.emit(self.entry(item)))
        self.view.itemChanged.connect(lambda _item, _column: self.checksChanged.emit())
        self.empty, self.empty_text = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING_SMALL)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)

    # -- contents ---------------------------------------------------------------------

    def set_contents(self, contents: LibraryContents, empty_text: str = "") -> None:
        """Show ``contents``; ``empty_text`` says what to do when there is nothing."""
        self.view.blockSignals(True)
        self.view.clear()
        bold = scaled_font(self.view, bold=True)
        for competency in contents.competencies:
            item = self._item(self.view.invisibleRootItem(), competency, competency.name)
            item.setFont(0, bold)
            for question in competency.questions:
                self._item(item, question, self._question_label(question))
        if contents.questions:
            group = QTreeWidgetItem(self.view, [self.tr("Questions without a competency")])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for question in contents.questions:
                self._item(group, question, self._question_label(question))
        self.view.expandAll()
        self.view.blockSignals(False)
        self.empty_text.setText(empty_text)
        self.stack.setCurrentWidget(self.empty if contents.is_empty() else self.view)
        self._filter(self.search.text())
        first = self.view.topLevelItem(0)
        self.view.setCurrentItem(first)
        self.currentChanged.emit(self.entry(first))

    def _item(self, parent: QTreeWidgetItem, entry: object, label: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, ENTRY, entry)
        item.setToolTip(0, label)
        if self._checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        return item

    @staticmethod
    def _question_label(question: LibraryQuestion) -> str:
        """The question's first line; its stage is in the details pane."""
        return question.text.strip().splitlines()[0] if question.text.strip() else ""

    def stage_name(self, key: str) -> str:
        """The agenda's name for the stage ``key``."""
        return self._stage_names.get(key, key)

    @staticmethod
    def entry(item: QTreeWidgetItem | None) -> object:
        """The library entry ``item`` shows, or None (a group, or nothing)."""
        return item.data(0, ENTRY) if item is not None else None

    def current(self) -> object:
        """The entry under the cursor."""
        return self.entry(self.view.currentItem())

    def items(self) -> list[QTreeWidgetItem]:
        """Every entry's item, competencies before their questions."""
        found = []
        for top in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(top)
            found.append(item)
            found.extend(item.child(n) for n in range(item.childCount()))
        return [item for item in found if self.entry(item) is not None]

    def checked(self) -> list[tuple[object, QTreeWidgetItem]]:
        """The ticked entries with their items, in tree order."""
        return [(self.entry(item), item) for item in self.items()
                if item.checkState(0) == Qt.CheckState.Checked]

    # -- searching --------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        words = fold(text).split()

        def hit(*texts: str) -> bool:
            haystack = fold(" ".join(texts))
            return all(word in haystack for word in words)

        for top in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(top)
            entry = self.entry(item)
            whole = isinstance(entry, LibraryCompetency) and hit(
                entry.name, entry.description, *entry.anchors)
            shown = 0
            for n in range(item.childCount()):
                child = item.child(n)
                question = self.entry(child)
                visible = whole or (isinstance(question, LibraryQuestion)
                                    and hit(question.text, question.probes))
                child.setHidden(not visible)
                shown += visible
            item.setHidden(not whole and shown == 0)
        current = self.view.currentItem()
        if current is None or current.isHidden():
            visible_items = [i for i in self.items() if not i.isHidden()]
            self.view.setCurrentItem(visible_items[0] if visible_items else None)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Down in the search field moves into the tree, as in a search box."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (watched is self.search and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down):
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]


def describe(entry: object, stage_name: str = "") -> str:
    """The entry as rich text for the details pane: a competency with its description
    and five anchors, a question with its probes."""
    language = current_language()
    if isinstance(entry, LibraryCompetency):
        kind = (COMPETENCY_KINDS.label(entry.kind).in_language(language)
                if entry.kind in COMPETENCY_KINDS else entry.kind)
        rows = "".join(
            f"<tr><td style='padding-right:8px'><b>{point.score}</b></td>"
            f"<td>{html.escape(anchor)}</td></tr>"
            for point, anchor in zip(RATING_SCALE, entry.anchors, strict=True))
        return (f"<h3>{html.escape(entry.name)}</h3><p><i>{html.escape(kind)}</i></p>"
                f"<p>{html.escape(entry.description)}</p><table>{rows}</table>")
    if isinstance(entry, LibraryQuestion):
        kind = (QUESTION_KINDS.label(entry.kind).in_language(language)
                if entry.kind in QUESTION_KINDS else entry.kind)
        probes = "".join(f"<li>{html.escape(line)}</li>"
                         for line in entry.probes.splitlines() if line.strip())
        return (f"<p><b>{html.escape(entry.text)}</b></p>"
                f"<p><i>{html.escape(stage_name)} · {html.escape(kind)}</i></p>"
                + (f"<ul>{probes}</ul>" if probes else ""))
    return ""
