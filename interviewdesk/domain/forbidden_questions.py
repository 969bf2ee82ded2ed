"""Questions an interviewer may not ask (Algemene wet gelijke behandeling, NVP
Sollicitatiecode): health or sick leave, pregnancy or family plans, religion, sexual
orientation, political views, union membership, origin or nationality, age, and
marital status.

The words live in ``forbidden_questions.toml`` beside this module, so a firm's HR can
read and extend them without reading code. :func:`find` is pure: the question kit
editor and the interview notes underline what it returns, with the explanation.
Dutch and English terms are both looked for, whatever the interface language: a
Dutch kit is often edited in an English interface.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from interviewdesk.domain.agenda import Text
from interviewdesk.resource_files import resource

WORDS_FILE = resource("forbidden_questions.toml")


@dataclass(frozen=True)
class Topic:
    """One forbidden subject: its key, why it is forbidden, and how to spot it."""

    key: str
    explanation: Text
    pattern: re.Pattern[str]
    allowed: re.Pattern[str] | None


@dataclass(frozen=True)
class Finding:
    """A forbidden term at ``start``–``end`` of the text, and its topic."""

    start: int
    end: int
    topic: Topic


def _term(term: str) -> str:
    """A term as a regular expression: whole words, any spaces, "*" for a longer word."""
    stem = term.strip().lower()
    longer = stem.endswith("*")
    words = stem.rstrip("*").split()
    body = r"\s+".join(re.escape(word) for word in words)
    tail = r"\w*" if longer else ""
    return rf"(?<!\w){body}{tail}(?!\w)"


def _alternatives(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # Longest first, so "sick leave" wins over "sick".
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile("|".join(_term(term) for term in ordered), re.IGNORECASE)


@cache
def topics(path: Path = WORDS_FILE) -> tuple[Topic, ...]:
    """The topics of the word list at ``path`` (read once)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = []
    for entry in data["topic"]:
        terms = [*entry.get("nl", []), *entry.get("en", [])]
        allowed = entry.get("allowed", {})
        pattern = _alternatives(terms)
        if pattern is None:
            raise ValueError(f"The topic {entry['key']!r} in {path.name} has no terms.")
        found.append(Topic(
            key=entry["key"],
            explanation=Text(nl=entry["explanation"]["nl"], en=entry["explanation"]["en"]),
            pattern=pattern,
            allowed=_alternatives([*allowed.get("nl", []), *allowed.get("en", [])]),
        ))
    return tuple(found)


def find(text: str) -> list[Finding]:
    """Every forbidden term in ``text``, in order; none inside an allowed phrase."""
    findings = []
    for topic in topics():
        spared = ([match.span() for match in topic.allowed.finditer(text)]
                  if topic.allowed is not None else [])
        for match in topic.pattern.finditer(text):
            start, end = match.span()
            if any(low <= start and end <= high for low, high in spared):
                continue
            findings.append(Finding(start, end, topic))
    return sorted(findings, key=lambda finding: finding.start)
