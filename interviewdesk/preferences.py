"""The user's choices, defined once: which languages and paper sizes exist, and the
keys of ``settings.ini`` with their defaults and ranges.

Pure Python, no Qt and nothing else of the app (the bottom of the layers, see
docs/architecture.md), so that every layer reads the same facts: the window writes
and reads ``settings.ini`` through ``QSettings`` (:mod:`interviewdesk.ui.settings`),
the command line reads the same file with :func:`read_choice` and
:func:`read_number`, and the rules, the printed documents and the translations check
a language or paper size against :data:`LANGUAGES` and :data:`PAGE_SIZES`.
"""

import configparser
from dataclasses import dataclass
from pathlib import Path

#: The interface and document languages; the first is the command line's default.
LANGUAGES = ("nl", "en")
#: Paper sizes for printed documents (the PDF layer's names); the first is the default.
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class Choice:
    """A setting that is one of ``choices`` (``section/name`` in ``settings.ini``);
    anything else there counts as not set."""

    key: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Number:
    """A whole-number setting; a value outside ``minimum``..``maximum`` is brought
    back into the range, a missing or unreadable one is ``default``."""

    key: str
    default: int
    minimum: int
    maximum: int

    def clamp(self, value: int) -> int:
        """``value`` brought into the range."""
        return max(self.minimum, min(self.maximum, int(value)))


LANGUAGE = Choice("ui/language", LANGUAGES)
PAGE_SIZE = Choice("print/page_size", PAGE_SIZES)
KEEP_BACKUPS = Number("data/keep_backups", default=10, minimum=1, maximum=100)


def read_ini(path: Path) -> configparser.ConfigParser | None:
    """``settings.ini`` at ``path``, as QSettings writes it; ``None`` if unreadable
    (a missing file reads as empty)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, ValueError):  # ValueError: not UTF-8
        return None
    return parser


def value_of(parser: configparser.ConfigParser, key: str) -> str | None:
    """The raw text stored under ``key`` (``section/name``) in a :func:`read_ini`
    result, or ``None`` when it is not there or cannot be read."""
    section, name = key.split("/", 1)
    try:
        return parser.get(section, name, fallback=None)
    except configparser.Error:
        return None


def _raw(path: Path, key: str) -> str | None:
    parser = read_ini(path)
    return None if parser is None else value_of(parser, key)


def read_choice(path: Path, setting: Choice) -> str | None:
    """The choice stored for ``setting`` in the ``settings.ini`` at ``path``, or
    ``None`` when there is none we know."""
    value = _raw(path, setting.key)
    return value if value in setting.choices else None


def read_number(path: Path, setting: Number) -> int:
    """The number stored for ``setting`` in the ``settings.ini`` at ``path``, in range."""
    value = _raw(path, setting.key)
    try:
        return setting.default if value is None else setting.clamp(int(value))
    except ValueError:
        return setting.default
