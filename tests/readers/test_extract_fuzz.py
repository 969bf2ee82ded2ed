"""Fuzzing extract_text with real PDF, DOCX and TXT files that hypothesis damages: bytes
flipped, cut, duplicated or inserted. Whatever it makes, the answer is text or a
DocumentError — never another exception, never a hang.
"""

import io
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from interviewdesk.readers import DocumentError, extract_text


def _pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(2):
        pdf.drawString(72, 800, f"Sanne de Vries — pagina {page + 1}")
        pdf.drawString(72, 780, "Servicemonteur, VCA-VOL 2021")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _docx() -> bytes:
    buffer = io.BytesIO()
    document = Document()
    document.add_heading("Curriculum vitae", level=1)
    document.add_paragraph("Sanne de Vries, servicemonteur")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "2019–2024"
    table.cell(0, 1).text = "Installatiebedrijf Noord"
    document.save(buffer)
    return buffer.getvalue()


ORIGINALS = {".pdf": _pdf(), ".docx": _docx(), ".txt": b"Sanne de Vries\nmonteur\n"}

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.integers(0, 0)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("repeat"), st.integers(0, 10**9), st.integers(1, 4096)),
)


def mutate(data: bytes, steps: list[tuple[str, int, object]]) -> bytes:
    """``data`` with each step applied at a position taken modulo its length."""
    out = bytearray(data)
    for kind, where, what in steps:
        at = where % max(len(out), 1)
        if kind == "flip" and out:
            out[at] ^= int(what)  # type: ignore[arg-type]
        elif kind == "cut":
            del out[at:]
        elif kind == "insert":
            out[at:at] = what  # type: ignore[assignment]
        elif kind == "repeat":
            out[at:at] = out[at:at + int(what)]  # type: ignore[arg-type]
    return bytes(out)


@pytest.mark.parametrize("suffix", sorted(ORIGINALS))
def test_damaged_real_files_give_text_or_a_document_error(suffix: str, tmp_path: Path) -> None:
    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(steps=st.lists(mutation, min_size=1, max_size=4))
    def check(steps: list[tuple[str, int, object]]) -> None:
        path = tmp_path / f"cv{suffix}"
        path.write_bytes(mutate(ORIGINALS[suffix], steps))
        try:
            text = extract_text(path)
        except DocumentError as error:
            assert error.reason
            assert "cv" in str(error)
        else:
            assert isinstance(text, str) and text

    check()
