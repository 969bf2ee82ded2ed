"""Side panels for the interview window: the candidate's CV and letter, and the
vacancy, each a :class:`QDockWidget` with find and zoom.

``CandidateDock`` ("cvDock"): ``set_candidate(name, cv_text, letter_text, keywords,
pdf_bytes)``. ``VacancyDock`` ("vacancyDock"): ``set_vacancy(title, text, keywords)``.
Both: ``start_find(text="")``, ``zoom`` (get/set, a factor of the system font size)
with ``zoomChanged``. ``split_keywords`` turns competency names and their
comma-separated keyword fields into one list.
"""

from interviewdesk.ui.panels.candidate_dock import CandidateDock
from interviewdesk.ui.panels.find_bar import FindBar
from interviewdesk.ui.panels.matching import split_keywords
from interviewdesk.ui.panels.vacancy_dock import VacancyDock

__all__ = ["CandidateDock", "FindBar", "VacancyDock", "split_keywords"]
