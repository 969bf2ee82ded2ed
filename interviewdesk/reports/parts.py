"""Documents made of parts — the dossier (report, then each form), the kit (one copy
per panel member) — each part with its own running header.

A :class:`PartMark` at the start of a part tells the page canvas which header to draw
on the pages that follow. The numbers are drawn at the end, when the total is known:
over the whole document, or (``per_part``) restarting with each part, as for copies
that are handed to different people.
"""

from typing import Any

from reportlab.platypus import Flowable

from interviewdesk.reports.page import Running, _draw_running

#: The canvas attribute that holds the running header of the part being laid out.
_PART = "_part_running"


class PartMark(Flowable):  # type: ignore[misc]
    """Takes no room; from the page it lands on, ``running`` heads the pages."""

    def __init__(self, running: Running) -> None:
        super().__init__()
        self.running = running

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, _PART, self.running)


def parts_canvas(first: Running, *, per_part: bool = False) -> type:
    """A canvas that draws on each page the running header of the part it belongs to,
    numbered over the whole document or, with ``per_part``, within each part."""
    from reportlab.pdfgen.canvas import Canvas

    class PartsCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []
            setattr(self, _PART, first)

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            runnings = [state.get(_PART, first) for state in self._finished_pages]
            for index, state in enumerate(self._finished_pages):
                running = runnings[index]
                if per_part:
                    same = [i for i, r in enumerate(runnings) if r is running]
                    number, pages = same.index(index) + 1, len(same)
                else:
                    number, pages = index + 1, len(runnings)
                self.__dict__.update(state)
                _draw_running(self, running, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return PartsCanvas


