"""Reading the printed PDFs back, and long notes to print: shared by the PDF tests."""

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

#: Text every document must print as typed: Dutch and Polish letters and the euro.
DIACRITICS = "Daniëlle café één € 12,50 łódź — ‘quotes’ & <tags>"


def read(path: Path) -> PdfReader:
    """The PDF at ``path``."""
    return PdfReader(path)


def page_texts(path: Path) -> list[str]:
    """The text of each page."""
    return [page.extract_text() or "" for page in read(path).pages]


def flat(text: str) -> str:
    """``text`` with every run of white space as one space, so words that wrapped at
    a line or cell edge still read as a phrase."""
    return " ".join(text.split())


def text_of(path: Path) -> str:
    """All pages' text, white space flattened."""
    return flat(" ".join(page_texts(path)))


def page_count(path: Path) -> int:
    """How many pages the PDF has."""
    return len(read(path).pages)


def font_names(path: Path) -> set[str]:
    """The base names of the fonts on every page, and whether each is embedded."""
    names: set[str] = set()
    for page in read(path).pages:
        fonts: Any = page["/Resources"].get_object().get("/Font", {})
        for reference in fonts.values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile2", "/FontFile3", "/FontFile"))
            names.add(f"{font['/BaseFont']}{'' if embedded else ' (not embedded)'}")
    return names


def catalog_language(path: Path) -> str:
    """The ``/Lang`` entry of the document catalog."""
    return str(read(path).trailer["/Root"]["/Lang"])


FILLER = ("de monteur controleerde de ketel bij mevrouw Öztürk en legde uit wat er mis was "
          "met de warmtepomp; één onderdeel kost € 45 en komt morgen")


def long_note(paragraphs: int = 40, words: int = 200, prefix: str = "merk"
              ) -> tuple[str, list[str]]:
    """A note of about ten printed pages: ``paragraphs`` paragraphs of ``words`` words,
    every tenth word a unique marker (``merk0001`` …). Returns the note and its
    markers in order."""
    filler = FILLER.split(" ")
    markers: list[str] = []
    blocks: list[str] = []
    for p in range(paragraphs):
        out: list[str] = []
        for w in range(words):
            if w % 10 == 0:
                marker = f"{prefix}{len(markers) + 1:04d}"
                markers.append(marker)
                out.append(marker)
            else:
                out.append(filler[(p + w) % len(filler)])
        blocks.append(" ".join(out) + ".")
    return "\n\n".join(blocks), markers


def assert_in_order(text: str, markers: list[str]) -> None:
    """Every marker occurs in ``text`` exactly once, in the given order."""
    found = re.findall(r"[a-z]+\d{4}", text)
    relevant = [word for word in found if word in set(markers)]
    assert relevant == markers, (
        f"{len(set(markers) - set(relevant))} markers missing, order kept: "
        f"{relevant == sorted(relevant, key=markers.index)}"
    )
