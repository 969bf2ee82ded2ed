"""The home view and its parts: the vacancy sidebar with upcoming interviews and
search results, and the selected vacancy's Candidates / Interviews / Competencies.

:class:`HomeView` and :class:`RecordCommands` are loaded when first asked for (PEP
562): they need the store (SQLAlchemy and the models), while the sidebar and the
vacancy's tabs do not — the window's first look (:mod:`.first_look`) shows those
before the store has even been imported (docs/architecture.md, start-up).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interviewdesk.ui.home.commands import RecordCommands
    from interviewdesk.ui.home.view import HomeView

__all__ = ["HomeView", "RecordCommands"]


def __getattr__(name: str) -> Any:
    if name == "HomeView":
        from interviewdesk.ui.home.view import HomeView

        return HomeView
    if name == "RecordCommands":
        from interviewdesk.ui.home.commands import RecordCommands

        return RecordCommands
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
