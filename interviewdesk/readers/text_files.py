"""Reading a plain-text CV or motivation letter, whatever editor saved it.

Text files arrive as UTF-8 (with or without a byte-order mark), as UTF-16 from
Windows Notepad, or as old Windows-1252 files; all are read to one ``str``. A file
that is too large, empty, or not text at all raises :class:`TextFileError` with a
message that can be shown as it is.
"""

from dataclasses import dataclass
from pathlib import Path

#: Larger files are refused: no CV is 20 MB of text, and reading one would stall the UI.
MAX_BYTES = 20 * 1024 * 1024
TEXT_MEDIA_TYPE = "text/plain"

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: Control characters that never occur in a real text file (tab, newlines, form feed
#: and carriage return are allowed).
_BINARY_CONTROLS = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}


class TextFileError(ValueError):
    """A file that cannot be imported as text; the message says why, in plain words.

    ``reason`` is one of ``"unreadable"``, ``"too_big"``, ``"empty"``, ``"not_text"`` so a
    dialog can word the message in the user's language.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ImportedText:
    """A text file as read: its text, and the original bytes to keep beside it."""

    filename: str
    text: str
    content: bytes
    media_type: str = TEXT_MEDIA_TYPE


def decode_text(data: bytes, name: str = "The file") -> str:
    """The text in ``data``, line endings normalised to ``\\n``.

    Raises :class:`TextFileError` if ``data`` is empty or does not look like text.
    """
    if not data.strip():
        raise TextFileError(f"{name} is empty.", "empty")
    if data.startswith(_UTF8_BOM):
        text = _strict(data, "utf-8-sig", name)
    elif data.startswith(_UTF16_BOMS):
        text = _strict(data, "utf-16", name)
    elif b"\x00" in data:
        raise TextFileError(f"{name} is not a text file.", "not_text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _strict(data, "cp1252", name)
    if _looks_binary(text):
        raise TextFileError(f"{name} is not a text file.", "not_text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TextFileError(f"{name} is empty.", "empty")
    return text


def load_text_file(path: Path) -> ImportedText:
    """Read the text file at ``path``, keeping its original bytes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TextFileError(
                f"{path.name} is {size / 1024 / 1024:.0f} MB; text files over "
                f"{MAX_BYTES // 1024 // 1024} MB are not imported.",
                "too_big",
            )
        data = path.read_bytes()
    except OSError as error:
        raise TextFileError(
            f"{path.name} cannot be read ({error.strerror}).", "unreadable"
        ) from error
    return ImportedText(filename=path.name, text=decode_text(data, path.name), content=data)


def read_text_file(path: Path) -> str:
    """The text of the file at ``path`` (see :func:`load_text_file`)."""
    return load_text_file(path).text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise TextFileError(f"{name} is not a text file.", "not_text") from error


def _looks_binary(text: str) -> bool:
    """True when more than 1 in 100 characters are control characters."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _BINARY_CONTROLS)
    return controls > len(sample) // 100
