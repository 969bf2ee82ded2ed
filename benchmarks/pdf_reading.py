"""Reading a CV: ``extract_text`` on a realistic five-page PDF.

The PDF is made here with reportlab the way word processors export a CV: an embedded
TrueType font (subset), headings in bold, about 45 lines of text a page, Dutch text
with diacritics. What is timed is what the interviewer waits for after choosing or
dropping the file: :func:`interviewdesk.readers.extract_text`, file read included.
The first run, which pays for importing pypdf, is reported apart and left out of the
median.

``python -m benchmarks.pdf_reading [--runs N]`` prints one JSON object.
"""

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: Target for the median, in milliseconds.
TARGET_MS = 150.0
PAGES = 5
LINES_PER_PAGE = 45

_HEADINGS = ("Werkervaring", "Projecten", "Opleiding", "Cursussen en certificaten",
             "Vaardigheden", "Talen", "Nevenactiviteiten", "Referenties")
_EMPLOYERS = ("Eemland Warmteservice B.V., Amersfoort", "Installatiebedrijf Gerritsen, Zeist",
              "Vonk & Van Leeuwen Installatietechniek, Utrecht", "Comfort Klimaat Groep, Houten",
              "Woonzorg Techniek, Nieuwegein", "Van den Heuvel Elektro, ’s-Hertogenbosch")
_ROLES = ("Eerste servicemonteur", "Servicemonteur", "Allround monteur W-installaties",
          "Leerling-monteur (BBL)", "Storingsmonteur", "Monteur warmtepompen")
_TASKS = (
    "Onderhoud en storingen aan cv-ketels van alle gangbare merken, zes adressen per dag",
    "Inbedrijfstelling en onderhoud van hybride en lucht-waterwarmtepompen",
    "Storingsdienst eens in de vijf weken, zelfstandig en met telefonische ondersteuning",
    "Begeleiding van twee BBL-leerlingen in hun eerste jaar",
    "Waterzijdig inregelen van cv-installaties in nieuwbouwprojecten",
    "Vervangen van mechanische ventilatie-units en wtw-toestellen bij woningcorporaties",
    "Uitleg aan bewoners over zuinig stoken, thermostaatinstellingen en onderhoud",
    "Vastleggen van werkbonnen, meetwaarden en materiaal in de planningsapp",
    "Rookgasanalyse en controle van de ionisatiestroom bij periodiek onderhoud",
    "Overleg met planners en collega's over spoedklussen en onderdelen",
    "Opstellen van een checklist voor de oplevering van warmtepompen, nu teamstandaard",
    "Klachten van bewoners afhandelen in overleg met de opzichter van de corporatie",
)
_SKILLS = ("Storingsanalyse aan gasketels en warmtepompen", "F-gassen categorie I (2021)",
           "VCA-VOL (2023)", "VIAG – Veilig Installeren en Aanpassen van Gasinstallaties",
           "NEN 3140 voldoend onderricht persoon", "Rijbewijs B en BE",
           "Nederlands – moedertaal; Engels – goed; Duits – redelijk")


def _fonts() -> tuple[str, str]:
    """Register reportlab's own Vera TrueType fonts (embedded as subsets, like a CV
    exported from a word processor) and return the regular and bold names."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    if "CvSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("CvSans", str(folder / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("CvSans-Bold", str(folder / "VeraBd.ttf")))
    return "CvSans", "CvSans-Bold"


def _cv_lines(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """``count`` lines of a CV as ``(style, text)``, style "title", "heading" or "body"."""
    lines: list[tuple[str, str]] = [("title", "Curriculum vitae – Joël Bakker"),
                                    ("body", "Zeist · 06-12345678 · joel.bakker@example.nl")]
    heading = 0
    while len(lines) < count:
        lines.append(("heading", _HEADINGS[heading % len(_HEADINGS)]))
        heading += 1
        for _ in range(rng.randint(2, 4)):
            start = rng.randint(2004, 2022)
            lines.append(("body", f"{start} – {start + rng.randint(1, 5)}    "
                                  f"{rng.choice(_ROLES)}, {rng.choice(_EMPLOYERS)}"))
            lines += [("body", "  • " + rng.choice(_TASKS)) for _ in range(rng.randint(2, 4))]
        lines += [("body", "  • " + rng.choice(_SKILLS)) for _ in range(rng.randint(1, 3))]
    return lines[:count]


def make_cv_pdf(path: Path, pages: int = PAGES, lines_per_page: int = LINES_PER_PAGE,
                seed: int = 7) -> Path:
    """Write a CV of ``pages`` A4 pages, ``lines_per_page`` lines each, to ``path``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    styles = {"title": (bold, 15), "heading": (bold, 12), "body": (regular, 9.5)}
    lines = _cv_lines(random.Random(seed), pages * lines_per_page)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("Curriculum vitae")
    top, step = A4[1] - 60, (A4[1] - 120) / lines_per_page
    for page in range(pages):
        for row, (style, text) in enumerate(
                lines[page * lines_per_page:(page + 1) * lines_per_page]):
            font, size = styles[style]
            pdf.setFont(font, size)
            pdf.drawString(56, top - row * step, text)
        pdf.setFont(regular, 8)
        pdf.drawRightString(A4[0] - 56, 30, f"Pagina {page + 1} van {pages}")
        pdf.showPage()
    pdf.save()
    return path


def measure_pdf_reading(folder: Path, runs: int = 20) -> dict[str, Any]:
    """Make the CV in ``folder`` and time ``extract_text`` on it ``runs`` times."""
    from interviewdesk.readers import extract_text

    path = make_cv_pdf(folder / "cv-5-pages.pdf")
    started = time.perf_counter()
    text = extract_text(path)
    first_ms = (time.perf_counter() - started) * 1000
    timings: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        extract_text(path)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "pages": PAGES,
        "lines_per_page": LINES_PER_PAGE,
        "file_bytes": path.stat().st_size,
        "text_chars": len(text),
        "first_ms": first_ms,
        "read_ms": timings,
        "median_ms": statistics.median(timings),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure, print the result as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pdf_reading")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="interviewdesk-pdf-") as folder:
        print(json.dumps(measure_pdf_reading(Path(folder), args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
