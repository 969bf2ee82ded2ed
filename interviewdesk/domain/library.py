"""The firm's library of competencies and questions, as plain values: what the store
reads and writes, what the picker shows, and the starter set shipped with the app.

The starter set is a data file per language (``resources/library/starter.<lang>.toml``)
offered in the picker as a source of its own beside the firm's library, rather than
copied into the library on first open: the firm's library then holds only what the
firm itself chose to keep, deleting an entry never brings it back, and a firm that
works in both languages can take the starter competencies in either, whatever the
interface speaks. Pure Python: no Qt, no SQL.
"""

import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from interviewdesk.domain.agenda import QUESTION_STAGES
from interviewdesk.domain.scales import COMPETENCY_KINDS, QUESTION_KINDS, RATING_SCALE
from interviewdesk.preferences import LANGUAGES
from interviewdesk.resource_files import resource

STARTER_FOLDER = resource("library")
SCALE_POINTS = len(RATING_SCALE)


class LibraryError(ValueError):
    """A library file cannot be used; the message says which entry and why."""


@dataclass
class LibraryQuestion:
    """A question worth reusing: the stage it is asked in, its probes, its kind.

    ``id`` is the library row's id (``None`` for the starter set or a new entry);
    ``competency_id`` the library competency it tests, if any."""

    text: str
    stage: str
    probes: str = ""
    kind: str = "open"
    id: int | None = None
    competency_id: int | None = None
    #: The library row's version when read (0: new or not tracked; migration 0018).
    version: int = 0


@dataclass
class LibraryCompetency:
    """A competency worth reusing, with its five anchors and the questions that test it."""

    name: str
    description: str = ""
    kind: str = "core"
    keywords: str = ""
    anchors: list[str] = field(default_factory=lambda: [""] * SCALE_POINTS)
    questions: list[LibraryQuestion] = field(default_factory=list)
    id: int | None = None
    #: The library row's version when read (0: new or not tracked; migration 0018).
    version: int = 0


@dataclass
class LibraryContents:
    """Everything in one source: competencies (each with its questions) and the
    questions that test no competency."""

    competencies: list[LibraryCompetency] = field(default_factory=list)
    questions: list[LibraryQuestion] = field(default_factory=list)

    def is_empty(self) -> bool:
        """Whether there is nothing to pick."""
        return not self.competencies and not self.questions

    def matching(self, text: str) -> "LibraryContents":
        """What matches every word of ``text`` (case and accents ignored): a competency
        by its name, description or anchors (then with all its questions), a question
        by its text or probes (then under its competency)."""
        words = fold(text).split()
        if not words:
            return self

        def hit(*texts: str) -> bool:
            haystack = fold(" ".join(texts))
            return all(word in haystack for word in words)

        competencies = []
        for competency in self.competencies:
            if hit(competency.name, competency.description, *competency.anchors):
                competencies.append(competency)
                continue
            questions = [q for q in competency.questions if hit(q.text, q.probes)]
            if questions:
                competencies.append(LibraryCompetency(
                    name=competency.name, description=competency.description,
                    kind=competency.kind, keywords=competency.keywords,
                    anchors=list(competency.anchors), questions=questions, id=competency.id))
        loose = [q for q in self.questions if hit(q.text, q.probes)]
        return LibraryContents(competencies, loose)


def fold(text: str) -> str:
    """``text`` for matching: case folded, without accents ("Daniëlle" = "danielle")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_name(first: str, second: str) -> bool:
    """Whether two names (or two question texts) count as the same entry: equal after
    trimming, folding case and accents and collapsing spaces."""
    return " ".join(fold(first).split()) == " ".join(fold(second).split())


def starter_path(language: str) -> Path:
    """The starter set's file for ``language``."""
    if language not in LANGUAGES:
        raise LibraryError(f"There is no starter set in {language!r}.")
    return STARTER_FOLDER / f"starter.{language}.toml"


def load_starter(language: str) -> LibraryContents:
    """The shipped starter set in ``language``: common competencies with five
    behavioural anchors each and STAR questions with probes."""
    return parse_library(starter_path(language).read_text(encoding="utf-8"))


def parse_library(text: str) -> LibraryContents:
    """A library file's competencies; :class:`LibraryError` says what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LibraryError(f"The library file is not valid TOML: {error}") from None
    entries = data.get("competency", [])
    if not isinstance(entries, list):
        raise LibraryError("'competency' must be a list of tables ([[competency]]).")
    return LibraryContents([_competency(entry, n) for n, entry in enumerate(entries, 1)])


def _text(entry: dict[str, object], key: str, where: str, *, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise LibraryError(f"{where}: '{key}' must be a text.")
    return value.strip()


def _competency(entry: object, n: int) -> LibraryCompetency:
    where = f"competency {n}"
    if not isinstance(entry, dict):
        raise LibraryError(f"{where} is not a table.")
    name = _text(entry, "name", where)
    where = f"competency {n} ({name})"
    kind = _text(entry, "kind", where, required=False) or "core"
    if kind not in COMPETENCY_KINDS:
        raise LibraryError(f"{where}: unknown kind {kind!r}.")
    anchors = entry.get("anchors")
    if (not isinstance(anchors, list) or len(anchors) != SCALE_POINTS
            or not all(isinstance(a, str) and a.strip() for a in anchors)):
        raise LibraryError(f"{where}: needs {SCALE_POINTS} anchor texts, for 1 to 5.")
    questions = entry.get("question", [])
    if not isinstance(questions, list):
        raise LibraryError(f"{where}: 'question' must be a list of tables.")
    return LibraryCompetency(
        name=name,
        description=_text(entry, "description", where, required=False),
        kind=kind,
        keywords=_text(entry, "keywords", where, required=False),
        anchors=[a.strip() for a in anchors],
        questions=[_question(q, f"{where}, question {m}") for m, q in enumerate(questions, 1)],
    )


def _question(entry: object, where: str) -> LibraryQuestion:
    if not isinstance(entry, dict):
        raise LibraryError(f"{where} is not a table.")
    stage = _text(entry, "stage", where, required=False) or "behavioural"
    if stage not in QUESTION_STAGES:
        raise LibraryError(f"{where}: unknown stage {stage!r}.")
    kind = _text(entry, "kind", where, required=False) or "behavioural"
    if kind not in QUESTION_KINDS:
        raise LibraryError(f"{where}: unknown kind {kind!r}.")
    return LibraryQuestion(text=_text(entry, "text", where), stage=stage, kind=kind,
                           probes=_text(entry, "probes", where, required=False))
