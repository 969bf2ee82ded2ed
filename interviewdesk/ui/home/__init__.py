"""The home view and its parts: the vacancy sidebar with upcoming interviews and
search results, and the selected vacancy's Candidates / Interviews / Competencies."""

from interviewdesk.ui.home.commands import RecordCommands
from interviewdesk.ui.home.view import HomeView

__all__ = ["HomeView", "RecordCommands"]
