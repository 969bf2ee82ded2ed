"""Finding words in a CV the way an interviewer means them: "storing" finds
"Storingen", "cafe" finds "Café", and a competency name matches at the start of a word.

Everything here works on plain strings (no Qt) and returns spans in the text's own
indices, so a highlighter can apply them to the exact characters shown. Folding keeps
the text's length, one character for one, which is what keeps those indices valid.
"""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Keywords shorter than this are ignored: "IT" or "C" would light up half a CV.
MIN_KEYWORD_LENGTH = 2
_SEPARATORS = re.compile(r"[,;\n]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold(text: str) -> str:
    """``text`` in lower case without accents, exactly as long as ``text``."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(char) for char in text)


def split_keywords(entries: Iterable[str]) -> list[str]:
    """The keywords in ``entries``, each of which may hold several separated by
    commas, semicolons or new lines; trimmed, duplicates (ignoring case and accents)
    and too-short ones left out, in their first order."""
    seen: set[str] = set()
    keywords: list[str] = []
    for entry in entries:
        for part in _SEPARATORS.split(entry):
            keyword = " ".join(part.split())
            key = fold(keyword)
            if len(key) >= MIN_KEYWORD_LENGTH and key not in seen:
                seen.add(key)
                keywords.append(keyword)
    return keywords


def keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern, to run on folded text, that finds any of ``keywords`` at the start
    of a word, and the rest of that word ("storing" finds all of "storingen"); words
    of a phrase may be separated by any white space. ``None`` if there is nothing to
    find."""
    phrases = []
    for keyword in split_keywords(keywords):
        words = fold(keyword).split()
        phrases.append(r"\s+".join(re.escape(word) for word in words))
    if not phrases:
        return None
    phrases.sort(key=len, reverse=True)  # the longest alternative wins at one spot
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")\w*")


def keyword_spans(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """``(start, length)`` of each keyword ``pattern`` finds in ``text``."""
    if pattern is None:
        return []
    return [(m.start(), m.end() - m.start()) for m in pattern.finditer(fold(text))]


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """``(start, length)`` of every occurrence of ``query`` in ``text``, ignoring case
    and accents; white space in the query matches any run of white space."""
    words = fold(query).split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [(m.start(), m.end() - m.start()) for m in pattern.finditer(fold(text))]


def looks_like_heading(line: str, previous: str | None, following: str | None) -> bool:
    """Whether ``line`` reads as a section heading of a CV or vacancy ("Werkervaring",
    "Wat ga je doen?"): short, capitalised, no sentence, after a blank line (or at the
    start) and followed by text. ``previous``/``following`` are ``None`` at the ends."""
    text = line.strip()
    if not 2 <= len(text) <= 40 or len(text.split()) > 5 or line[:1].isspace():
        return False
    if not text[0].isupper() or text[-1] in ".,;:-–" or ":" in text:
        return False
    before_blank = previous is None or not previous.strip()
    return before_blank and following is not None and bool(following.strip())


def utf16_positions(text: str) -> list[int] | None:
    """Qt counts positions in UTF-16 units, Python in characters; for text with
    characters outside the Basic Multilingual Plane (emoji, rare CJK), the Qt position
    of each Python index (one more entry than characters). ``None`` if they agree."""
    if all(ord(char) < 0x10000 for char in text):
        return None
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if ord(char) >= 0x10000 else 1))
    return positions


def to_qt_spans(
    spans: list[tuple[int, int]], positions: list[int] | None
) -> list[tuple[int, int]]:
    """``spans`` in Python indices as Qt positions (see :func:`utf16_positions`)."""
    if positions is None:
        return spans
    return [(positions[start], positions[start + length] - positions[start])
            for start, length in spans]
