"""Files built to hurt a reader, for the tests and the import benchmark.

- :func:`make_docx_bomb`: a real DOCX whose ``word/document.xml`` unpacks to far more
  than it weighs (1.5 GB from a few MB at the default size).
- :func:`make_many_pages_pdf`: an honest PDF of ``pages`` pages, one line of text each,
  written directly so that 20,000 pages take a second, not a minute.
- :func:`make_page_bomb_pdf`: a tiny PDF whose page tree shares its nodes, so that it
  holds ``fan_out ** depth`` pages (a million by default) — and may also lie about
  that number in its ``/Count``.
"""

import zipfile
import zlib
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx_bomb(path: Path, unpacked_mb: int = 1536, level: int = 9) -> Path:
    """A DOCX whose document part unpacks to ``unpacked_mb`` MB of one repeated paragraph
    (compressed at zlib ``level``: 9 gives the highest ratio, 1 is made fastest).

    Written in chunks, so that making it takes little memory.
    """
    paragraph = f"<w:p><w:r><w:t>{'A' * 900}</w:t></w:r></w:p>".encode()
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
    tail = b"</w:body></w:document>"
    chunk = paragraph * (1024 * 1024 // len(paragraph) + 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head.encode())
            for _ in range(unpacked_mb):
                part.write(chunk)
            part.write(tail)
    return path


def make_many_pages_pdf(path: Path, pages: int = 20_000) -> Path:
    """An honest PDF with ``pages`` pages, each with one compressed line of text."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids: list[str] = []
    for number in range(1, pages + 1):
        stream = zlib.compress(f"BT /F1 12 Tf 72 760 Td (Page {number} of {pages}) Tj ET".encode())
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
            + b"\nendstream"
        )
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Count {pages} /Kids [{' '.join(kids)}] >>".encode()
    _write_pdf(path, objects)
    return path


def make_page_bomb_pdf(path: Path, fan_out: int = 100, depth: int = 3,
                       claimed_count: int | None = None) -> Path:
    """A PDF of ``fan_out ** depth`` pages that are all the same page object, reached
    through shared page-tree nodes; ``claimed_count`` (if given) is the ``/Count`` the
    root declares instead of the truth."""
    stream = b"BT /F1 12 Tf 72 760 Td (Bomb) Tj ET"
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the root, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
    ]
    child, count = 5, 1
    for _ in range(depth - 1):
        count *= fan_out
        kids = " ".join([f"{child} 0 R"] * fan_out)
        objects.append(f"<< /Type /Pages /Parent 2 0 R /Count {count} /Kids [{kids}] >>".encode())
        child = len(objects)
    count *= fan_out
    declared = count if claimed_count is None else claimed_count
    kids = " ".join([f"{child} 0 R"] * fan_out)
    objects[1] = f"<< /Type /Pages /Count {declared} /Kids [{kids}] >>".encode()
    _write_pdf(path, objects)
    return path


def _write_pdf(path: Path, objects: list[bytes]) -> None:
    """Write ``objects`` (numbered from 1) as a PDF with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
