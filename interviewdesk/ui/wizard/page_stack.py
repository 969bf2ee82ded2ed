"""The stack of stage pages in the interview window: one page shown, the others kept
(hidden) with their scroll place and their cursor.

Why not a ``QStackedWidget``: switching its page turns updates off and on again for
the stack *and every widget of every page in it*, built pages included (Qt does so
to avoid a half-drawn frame, which cannot happen here: nothing is drawn until the
event loop runs), and hiding a page that holds the cursor makes Qt look for the next
widget to give it to by walking the window's whole focus chain. With sixty question
cards on a page both cost more than the rest of the switch. This stack only hides
the old page and shows the new one; the window then decides where the cursor goes.
"""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget


class PageStack(QWidget):
    """Pages on top of each other, one shown (:meth:`currentWidget`).

    Every page has the stack's full size; the stack asks as much room as its
    largest page, as a ``QStackedWidget`` would, so the window keeps its size
    whichever page is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> int:
        """Add ``page`` (hidden unless it is the first); its index."""
        page.setParent(self)
        page.setGeometry(self.rect())
        self._pages.append(page)
        if self._current is None:
            self._current = page
            page.show()
        else:
            page.hide()
        self.updateGeometry()
        return len(self._pages) - 1

    def count(self) -> int:
        """How many pages the stack holds."""
        return len(self._pages)

    def indexOf(self, page: QWidget) -> int:
        """The index of ``page``, -1 if it is not in the stack."""
        return self._pages.index(page) if page in self._pages else -1

    def widget(self, index: int) -> QWidget | None:
        """The page at ``index``, ``None`` if there is none."""
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def currentWidget(self) -> QWidget | None:
        """The page shown."""
        return self._current

    def setCurrentWidget(self, page: QWidget, focus: QWidget | None = None) -> None:
        """Show ``page`` instead of the current one. If the cursor was on the page
        that goes, it moves to ``focus`` (a widget on ``page``), else to where it
        last was on ``page``, else to ``page``."""
        if page not in self._pages:
            raise ValueError("not a page of this stack")
        old = self._current
        if page is old:
            return
        cursor = QApplication.focusWidget()
        if cursor is not None and old is not None and old.isAncestorOf(cursor):
            # Moved before the old page hides: straight to where it goes, with no
            # stop on another widget (a screen reader would announce it), and
            # without Qt's walk through the window's focus chain for a new place.
            (focus or page.focusWidget() or page).setFocus(Qt.FocusReason.OtherFocusReason)
        self._current = page
        page.setGeometry(self.rect())
        page.show()
        if old is not None:
            old.hide()

    def sizeHint(self) -> QSize:
        """As large as the largest page wants to be."""
        return self._largest(lambda page: page.sizeHint())

    def minimumSizeHint(self) -> QSize:
        """As large as the largest page must be."""
        return self._largest(lambda page: page.minimumSizeHint().expandedTo(page.minimumSize()))

    def _largest(self, hint: Callable[[QWidget], QSize]) -> QSize:
        size = QSize(0, 0)
        for page in self._pages:
            size = size.expandedTo(hint(page))
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Every page takes the stack's size (hidden ones too, so that a page
        shown later needs no new layout)."""
        super().resizeEvent(event)
        for page in self._pages:
            page.setGeometry(self.rect())
