"""The vacancy text beside the interview, its competencies highlighted."""

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from interviewdesk.ui.panels.reading_dock import ReadingDock
from interviewdesk.ui.panels.reading_view import ReadingPane


class VacancyDock(ReadingDock):
    """The panel "vacancyDock". Fill it with :meth:`set_vacancy`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vacancy"), "vacancyDock", parent)
        self.text = ReadingPane(
            self.tr("No vacancy text yet — paste it in when editing the vacancy."),
            self.tr("Vacancy text"))
        self.text.view.setAccessibleDescription(
            self.tr("The vacancy's competencies are highlighted."))
        self._connect_pane(self.text)
        self.set_content(self.text)
        self.set_vacancy("", "", ())

    def set_vacancy(self, title: str, text: str, keywords: Sequence[str]) -> None:
        """Show the vacancy ``text`` with ``keywords`` (competency names and keywords;
        entries may hold several, comma separated) highlighted."""
        self.heading.set_full_text(title)
        self.text.set_text(text, keywords)

    def panes(self) -> Sequence[ReadingPane]:
        """The vacancy text."""
        return (self.text,)

    def current_pane(self) -> ReadingPane | None:
        """The vacancy text."""
        return self.text
