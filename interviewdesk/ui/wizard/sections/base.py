"""What the special sections of some stages have in common: they can ask the window
to jump to a stage or question, or to show one of the side panels, and they are
refreshed each time their stage is shown (what is "still open" changes elsewhere)."""

import html
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from interviewdesk.ui.style import ACCENT, muted_colour

# Side panels a section may ask for.
PANEL_CV = "cv"
PANEL_LETTER = "letter"
PANEL_VACANCY = "vacancy"


class Section(QWidget):
    """A stage page's own part beyond checklist, notes and questions.

    ``jumpRequested(stage, question_id)`` (``question_id`` 0 for the stage itself),
    ``panelRequested(name)`` with one of the ``PANEL_*`` names; ``recordChanged``
    when something the checklist reads from the record may have changed (a form
    submitted, a decision recorded).
    """

    jumpRequested = Signal(str, int)
    panelRequested = Signal(str)
    recordChanged = Signal()

    def refresh(self) -> None:
        """Bring what the section shows up to date; called when its stage is shown."""


class LinkList(QLabel):
    """A short list of things to go to, one per line, each with a link to a stage
    (and a question on it). Clicking a link, or Tab to it and Enter, emits
    ``jumpRequested(stage, question_id)``.
    """

    jumpRequested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self._activated)
        self.targets: list[Link] = []

    def set_links(self, links: Iterable["Link"]) -> None:
        """Show ``links``, one per line."""
        self.targets = list(links)
        accent = ACCENT.name()
        muted = _opaque(muted_colour(self), self.palette().color(QPalette.ColorRole.Window))
        rows = []
        for link in self.targets:
            before = (f"<span style='color:{muted}'>{html.escape(link.before)}</span> "
                      if link.before else "")
            after = (f" <span style='color:{muted}'>{html.escape(link.after)}</span>"
                     if link.after else "")
            rows.append(f"<p style='margin:0 0 6px 0'>{before}<a style='color:{accent}' "
                        f"href='{link.stage}:{link.question_id}'>{html.escape(link.text)}</a>"
                        f"{after}</p>")
        self.setText("".join(rows))
        self.setVisible(bool(self.targets))

    def activate(self, index: int) -> None:
        """Follow link ``index`` as if it were clicked."""
        link = self.targets[index]
        self.jumpRequested.emit(link.stage, link.question_id)

    def _activated(self, href: str) -> None:
        stage, _, question = href.partition(":")
        self.jumpRequested.emit(stage, int(question or 0))


def _opaque(colour: QColor, background: QColor) -> str:
    """``colour`` as drawn over ``background``: rich text ignores a colour's alpha."""
    alpha = colour.alphaF()
    mixed = QColor.fromRgbF(*(getattr(colour, c)() * alpha + getattr(background, c)() * (1 - alpha)
                              for c in ("redF", "greenF", "blueF")))
    return mixed.name()


@dataclass(frozen=True)
class Link:
    """One line of a :class:`LinkList`: ``text`` links to ``stage`` (and question
    ``question_id`` on it, 0 for none), with quiet ``before`` and ``after`` text."""

    stage: str
    question_id: int
    text: str
    before: str = ""
    after: str = ""
