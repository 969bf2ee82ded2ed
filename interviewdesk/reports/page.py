"""The page every document is printed on: A4 or US Letter, the margins, the running
header (document, vacancy, candidate) and footer ("Pagina 3 van 7"), the metadata, and
writing the file so that a failed export never leaves half a PDF behind.

"Page x of y" needs the number of pages before the first page is finished. Instead of
laying the document out twice, :func:`numbered_canvas` keeps each finished page's
drawing state and draws the header and footer on all of them at the end, when the
total is known (the "NumberedCanvas" recipe from the reportlab mailing list).
"""

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interviewdesk.preferences import PAGE_SIZES
from interviewdesk.private_file import write_private
from interviewdesk.reports.errors import DocumentExportError
from interviewdesk.reports.fonts import BOLD, REGULAR, FontsMissing, register_fonts
from interviewdesk.reports.labels import PDF_LANG, label
from interviewdesk.reports.scripts import canvas_text, take_unprintable
from interviewdesk.reports.styles import MUTED, RULE

MM = 72 / 25.4
MARGIN_SIDE = 18 * MM
MARGIN_TOP = 22 * MM
MARGIN_BOTTOM = 19 * MM
APP_NAME = "InterviewDesk"


@dataclass(frozen=True)
class Layout:
    """The page a document is laid out on; ``width`` and ``height`` are the text area."""

    page_size: str = "A4"
    landscape: bool = False

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"Page size {self.page_size!r} is not one of {PAGE_SIZES}.")

    @property
    def size(self) -> tuple[float, float]:
        """The page in points, turned for landscape."""
        from reportlab.lib.pagesizes import A4, LETTER

        width, height = A4 if self.page_size == "A4" else LETTER
        return (height, width) if self.landscape else (width, height)

    @property
    def width(self) -> float:
        """The width of the text area in points."""
        return self.size[0] - 2 * MARGIN_SIDE

    @property
    def height(self) -> float:
        """The height of the text area in points."""
        return self.size[1] - MARGIN_TOP - MARGIN_BOTTOM


@dataclass(frozen=True)
class Running:
    """What every page repeats: the header's two ends and the footer's left end (the
    right end is "page x of y")."""

    header_left: str
    header_right: str
    footer_left: str
    language: str
    #: "Vertrouwelijk — persoonsgegevens; bewaren tot …" on documents with candidate
    #: data (``reports/privacy.py``); printed above the footer rule.
    notice: str = ""


@dataclass(frozen=True)
class Metadata:
    """The document information a PDF viewer shows, plus the catalog's language."""

    title: str
    author: str
    subject: str
    language: str
    keywords: Sequence[str] = ()


def ensure_fonts(language: str) -> None:
    """Register the fonts, or say in ``language`` that the installation lacks them."""
    try:
        register_fonts()
    except FontsMissing as error:
        raise DocumentExportError(label("error.fonts", language, reason=str(error)), "fonts",
                                  cause=str(error)) from error


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut with an ellipsis if it is wider than ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = canvas_text(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_running(canvas: Any, running: Running, page: int, pages: int) -> None:
    from reportlab.lib import colors

    width, height = canvas._pagesize
    left, right = MARGIN_SIDE, width - MARGIN_SIDE
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.5)
    top = height - MARGIN_TOP + 8 * MM
    canvas.line(left, top - 2.2 * MM, right, top - 2.2 * MM)
    canvas.line(left, MARGIN_BOTTOM - 7 * MM, right, MARGIN_BOTTOM - 7 * MM)
    canvas.setFillColor(colors.HexColor(MUTED))
    size = 8
    number = label("page_of", running.language, page=page, pages=pages)
    room = right - left
    header_right = _fit(running.header_right, BOLD, size, room * 0.45)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    used = stringWidth(header_right, BOLD, size) + 8 * MM
    canvas.setFont(REGULAR, size)
    canvas.drawString(left, top, _fit(running.header_left, REGULAR, size, room - used))
    canvas.setFont(BOLD, size)
    canvas.drawRightString(right, top, header_right)
    base = MARGIN_BOTTOM - 11 * MM
    canvas.setFont(REGULAR, size)
    used = stringWidth(number, REGULAR, size) + 8 * MM
    canvas.drawString(left, base, _fit(running.footer_left, REGULAR, size, room - used))
    canvas.drawRightString(right, base, number)
    if running.notice:
        canvas.setFont(BOLD, size)
        canvas.drawString(left, MARGIN_BOTTOM - 5.2 * MM, _fit(running.notice, BOLD, size, room))
    canvas.restoreState()


def numbered_canvas(running: Running) -> type:
    """A reportlab canvas class that prints ``running`` with "page x of y" on every page."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                _draw_running(self, running, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def allow_row_splits(flowables: Iterable[Any]) -> None:
    """Let every table in ``flowables`` (nested ones too) split a row across pages.

    reportlab moves a table row whole to the next page; a row taller than a page — a
    6,000-character location, a name of 800 — would then fit nowhere and stop the
    whole document with a ``LayoutError``. Rows that fit are still kept whole: a row
    is split only where it must be.
    """
    for table in _tables(flowables):
        table.splitInRow = 1


def render(story: list[Any], layout: Layout, running: Running, metadata: Metadata,
           *, canvas_class: type | None = None) -> bytes:
    """Lay ``story`` out on pages and return the PDF's bytes (``canvas_class``: a
    canvas of one's own, e.g. the dossier's, instead of :func:`numbered_canvas`).

    Any text of any length gives a PDF: rows may split across pages
    (:func:`allow_row_splits`); if a table's heading row alone is still taller than
    a page (long names in narrow columns), it is laid out again without repeating that
    heading on each page, and as a last resort with the text of oversized table cells
    shortened (ending in "…") rather than giving no document at all.
    """
    from reportlab.platypus.doctemplate import LayoutError

    register_fonts()
    allow_row_splits(story)
    for text in (running.header_left, running.header_right, running.footer_left):
        canvas_text(text)  # notes a character the running heads cannot print
    if take_unprintable():
        from reportlab.platypus import Paragraph

        from interviewdesk.reports.styles import styles

        story = [*story, Paragraph(label("unprintable_characters", running.language),
                                   styles().muted)]
    try:
        return _build(story, layout, running, metadata, canvas_class)
    except LayoutError:
        if not _has_tables(story):
            raise
    for table in _tables(story):
        table.repeatRows = 0
    try:
        return _build(_unmarked(story), layout, running, metadata, canvas_class)
    except LayoutError:
        pass
    for table in _tables(story):
        _shorten_cells(table)
    return _build(_unmarked(story), layout, running, metadata, canvas_class)


def _unmarked(flowables: list[Any]) -> list[Any]:
    """``flowables`` without the mark a failed build leaves on those it had to put
    off ("postponed"), which would make the next build give up on them at once."""
    def walk(items: Iterable[Any]) -> None:
        for item in items:
            if hasattr(item, "_postponed"):
                del item._postponed
            content = getattr(item, "_content", None)
            if isinstance(content, list):
                walk(content)
            for row in getattr(item, "_cellvalues", ()):
                for cell in row:
                    walk(cell if isinstance(cell, list | tuple) else [cell])

    walk(flowables)
    return flowables


#: The most characters a table cell keeps in :func:`render`'s last resort.
SHORTENED_CELL_CHARS = 160


def _build(story: list[Any], layout: Layout, running: Running, metadata: Metadata,
           canvas_class: type | None = None) -> bytes:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=layout.size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        keywords=list(metadata.keywords),
        creator=APP_NAME,
        lang=PDF_LANG[metadata.language],
        displayDocTitle=True,
        initialFontName=REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=canvas_class or numbered_canvas(running))
    return buffer.getvalue()


def _has_tables(flowables: Iterable[Any]) -> bool:
    return next(_tables(flowables), None) is not None


def _tables(flowables: Iterable[Any]) -> Iterator[Any]:
    """Every table in ``flowables``, nested ones included."""
    from reportlab.platypus import Table

    for flowable in flowables:
        if isinstance(flowable, Table):
            yield flowable
            for row in flowable._cellvalues:
                for cell in row:
                    if isinstance(cell, list | tuple):
                        yield from _tables(cell)
                    elif cell is not None and not isinstance(cell, str):
                        yield from _tables([cell])
        content = getattr(flowable, "_content", None)  # KeepTogether and friends
        if isinstance(content, list):
            yield from _tables(content)


def _shorten_cells(table: Any) -> None:
    """Shorten the text of every paragraph in ``table`` to :data:`SHORTENED_CELL_CHARS`."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    def shorter(cell: Any) -> Any:
        if isinstance(cell, Paragraph):
            text = cell.getPlainText()
            if len(text) > SHORTENED_CELL_CHARS:
                return Paragraph(escape(text[: SHORTENED_CELL_CHARS - 1]) + "…", cell.style)
        elif isinstance(cell, list):
            return [shorter(part) for part in cell]
        return cell

    table._cellvalues = [[shorter(cell) for cell in row] for row in table._cellvalues]


def write_file(output: Path, data: bytes, language: str) -> Path:
    """Write ``data`` to ``output``, private and all-or-nothing
    (:func:`~interviewdesk.private_file.write_private`): a failure leaves any
    earlier file untouched, and the reason reads in ``language``."""
    try:
        return write_private(Path(output), data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DocumentExportError(
            label("error.cannot_write", language, path=output, reason=reason),
            "cannot_write", path=str(output), cause=reason,
        ) from error
