"""Reading TXT CVs and letters in whatever encoding the candidate's editor chose."""

from pathlib import Path

import pytest

from interviewdesk.readers import text_files
from interviewdesk.readers.text_files import (
    TextFileError,
    decode_text,
    load_text_file,
    read_text_file,
)

CV = "Sanne de Vries\r\nMonteur — storingen verhelpen, €\u00a0café, ł\r\n"
EXPECTED = "Sanne de Vries\nMonteur — storingen verhelpen, €\u00a0café, ł\n"


@pytest.mark.parametrize(
    "data",
    [
        CV.encode("utf-8"),
        b"\xef\xbb\xbf" + CV.encode("utf-8"),
        CV.encode("utf-16"),  # with the byte-order mark, as Notepad writes it
        b"\xfe\xff" + CV.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_files_read_exactly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(data)
    assert read_text_file(path) == EXPECTED


def test_windows_1252_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes("Geachte heer, ik solliciteer — 5 € per café.\r\n".encode("cp1252"))
    imported = load_text_file(path)
    assert imported.text == "Geachte heer, ik solliciteer — 5 € per café.\n"
    assert imported.filename == "brief.txt"
    assert imported.content == path.read_bytes()
    assert imported.media_type == "text/plain"


def test_too_big_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(text_files.MAX_BYTES + 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a huge file"))
    with pytest.raises(TextFileError) as raised:
        read_text_file(path)
    assert raised.value.reason == "too_big"
    assert "20 MB" in str(raised.value)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,  # binary with NUL bytes
        b"%PDF-1.7\n" + bytes([0x8F, 0x90, 0x81]) * 100,  # undecodable in any of ours
        b"ELF" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200,  # control characters
    ],
    ids=["nul-bytes", "undecodable", "control-characters"],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(data)
    with pytest.raises(TextFileError) as raised:
        read_text_file(path)
    assert raised.value.reason == "not_text"
    assert "photo.txt" in str(raised.value)


@pytest.mark.parametrize("data", [b"", b"  \r\n\t", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(TextFileError) as raised:
        decode_text(data, "cv.txt")
    assert raised.value.reason == "empty"


def test_missing_file_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TextFileError) as raised:
        read_text_file(tmp_path / "gone.txt")
    assert raised.value.reason == "unreadable"
    assert "gone.txt" in str(raised.value)
