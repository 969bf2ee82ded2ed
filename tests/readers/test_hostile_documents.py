"""Files built to hurt the reader: a DOCX bomb, PDF page bombs, too many pages or
parts. Each ends in a clear DocumentError, fast and in little memory.

Time and memory are measured in a fresh subprocess, so that what this test process has
already allocated does not count.
"""

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

from benchmarks.hostile_files import make_docx_bomb, make_many_pages_pdf, make_page_bomb_pdf
from interviewdesk.readers import DocumentError, extract, extract_text
from interviewdesk.readers.errors import ReadingCancelled
from interviewdesk.readers.extract import MAX_PDF_PAGES
from interviewdesk.readers.safe_zip import ZipLimitError, ZipLimits, check_zip

ROOT = Path(__file__).resolve().parents[2]
_MEASURE = """
import json, resource, sys, time
from interviewdesk.readers import DocumentError, extract_text
start = time.perf_counter()
try:
    extract_text(sys.argv[1])
    outcome = {"reason": None}
except DocumentError as error:
    outcome = {"reason": error.reason}
outcome["seconds"] = time.perf_counter() - start
# VmHWM is this program's own high-water mark; ru_maxrss keeps the parent's across
# fork and exec (a long pytest run is past 300 MB by itself).
try:
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    outcome["peak_mb"] = int(hwm.split()[1]) / 1024
except (OSError, StopIteration):
    outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(outcome))
"""


def measure(path: Path) -> dict[str, object]:
    """The reason ``extract_text`` gives for ``path``, its time and the process's peak
    memory, from a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX-only")
def test_docx_bomb_is_refused_fast_and_small(tmp_path: Path) -> None:
    bomb = make_docx_bomb(tmp_path / "cv.docx", unpacked_mb=1024, level=1)
    assert bomb.stat().st_size < 20 * 1024 * 1024  # passes the file-size check
    outcome = measure(bomb)
    assert outcome["reason"] == "too_complex"
    assert outcome["seconds"] < 5
    assert outcome["peak_mb"] < 300


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX-only")
@pytest.mark.parametrize("claimed", [None, 1])
def test_pdf_page_bomb_is_refused_fast_and_small(tmp_path: Path, claimed: int | None) -> None:
    bomb = make_page_bomb_pdf(tmp_path / "cv.pdf", claimed_count=claimed)  # a million pages
    outcome = measure(bomb)
    assert outcome["reason"] == "too_many_pages"
    assert outcome["seconds"] < 5
    assert outcome["peak_mb"] < 300


def test_one_page_over_the_limit_is_refused_with_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_PDF_PAGES == 20_000
    monkeypatch.setattr(extract, "MAX_PDF_PAGES", 40)
    assert "Page 40 of 40" in extract_text(make_many_pages_pdf(tmp_path / "ok.pdf", pages=40))
    with pytest.raises(DocumentError) as caught:
        extract_text(make_many_pages_pdf(tmp_path / "cv.pdf", pages=41))
    assert caught.value.reason == "too_many_pages"
    assert caught.value.details["limit_pages"] == "40"
    assert "more than 40 pages" in str(caught.value)


def test_page_tree_that_contains_itself_is_refused(tmp_path: Path) -> None:
    path = make_page_bomb_pdf(tmp_path / "loop.pdf", fan_out=2, depth=1)
    # Make the root's kids point at the root itself: 2 0 R.
    path.write_bytes(path.read_bytes().replace(b"/Kids [5 0 R 5 0 R]", b"/Kids [2 0 R 5 0 R]"))
    with pytest.raises(DocumentError) as caught:
        extract_text(path)
    assert caught.value.reason in ("too_complex", "damaged")


def test_progress_is_told_every_page_and_may_cancel(tmp_path: Path) -> None:
    path = make_many_pages_pdf(tmp_path / "cv.pdf", pages=5)
    seen: list[tuple[int, int]] = []
    assert "Page 5 of 5" in extract_text(path, progress=lambda done, total: seen.append(
        (done, total)))
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]

    def cancel(done: int, total: int) -> None:
        raise ReadingCancelled

    with pytest.raises(ReadingCancelled):
        extract_text(path, progress=cancel)


def _docx_with_parts(path: Path, extra_parts: int) -> Path:
    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph("Sanne de Vries")
    document.save(buffer)
    with zipfile.ZipFile(buffer, "a") as archive:
        for number in range(extra_parts):
            archive.writestr(f"customXml/extra{number}.xml", "<a/>")
    path.write_bytes(buffer.getvalue())
    return path


def test_docx_with_too_many_parts_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        extract_text(_docx_with_parts(tmp_path / "cv.docx", 2_500))
    assert caught.value.reason == "too_complex"
    assert "cv.docx" in str(caught.value)


def test_ordinary_docx_with_extra_parts_still_reads(tmp_path: Path) -> None:
    assert extract_text(_docx_with_parts(tmp_path / "cv.docx", 50)) == "Sanne de Vries"


def _zip_with(part: bytes) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("part", part)
    return zipfile.ZipFile(buffer)


def test_check_zip_names_each_problem() -> None:
    with pytest.raises(ZipLimitError) as ratio:
        check_zip(_zip_with(b"\0" * (2 * 1024 * 1024)))
    assert ratio.value.problem == "compressed_too_far"
    with pytest.raises(ZipLimitError) as size:
        check_zip(_zip_with(bytes(range(256)) * 4096), ZipLimits(max_total_bytes=1000))
    assert size.value.problem == "unpacks_too_large"
    with pytest.raises(ZipLimitError) as parts:
        check_zip(_zip_with(b"x"), ZipLimits(max_parts=0))
    assert parts.value.problem == "too_many_parts"
    check_zip(_zip_with(b"a small honest part"))  # passes
