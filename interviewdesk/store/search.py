"""Full-text search over candidates (name, e-mail, CV, letter) and interview notes,
through the ``search_index`` FTS5 table of migration 0006, which triggers keep in step
with those tables. Diacritics are folded, so "Danielle" finds "Daniëlle"; each word
typed matches as a prefix, and every word must occur.

Assessment evidence is not searched: a member's evidence may not be seen by others
before the round closes (blind scoring), and a search cannot know who asks.

On a team server (PostgreSQL) there is no FTS5 index: :func:`search` reads the same
columns there with a regular expression per word (``\\m`` = the start of a word, so
each word is a prefix as in FTS5), on text lower-cased and with the accents of Latin
letters folded by ``translate()`` (no ``unaccent`` extension needed). The snippet is
cut in Python around the first hit. Slower than an index, but a firm's candidate pool
is thousands of rows, not millions.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from interviewdesk.store.database import Database

#: How many hits a search returns at most.
LIMIT = 50
#: Words of context either side of the hit in a snippet.
SNIPPET_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """Where a search found something: the candidate, the kind of text
    (``name``, ``cv``, ``letter``, ``stage_notes``, ``answer_notes``, ``closing_notes``
    — the closing's remarks and follow-up notes, migration 0008), the interview
    for notes, and the text around the hit with the hit between « and »."""

    candidate_id: int
    candidate_name: str
    kind: str
    interview_id: int | None
    snippet: str


def match_expression(typed: str) -> str:
    """``typed`` as an FTS5 query: each word a quoted prefix, all required; "" when
    nothing searchable was typed. Quoting keeps FTS5's own syntax (AND, NEAR, *, ^,
    column filters) out of the user's reach."""
    words = _WORD.findall(typed)
    return " ".join(f'"{word}"*' for word in words[:20])


def search(db: Database, typed: str, limit: int = LIMIT) -> list[SearchHit]:
    """The best hits for ``typed``, best first (FTS5's rank; on a server: names first,
    then CV, letter and notes)."""
    if not db.is_sqlite:
        return _search_server(db, typed, limit)
    expression = match_expression(typed)
    if not expression:
        return []
    with db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT candidate.id, candidate.name, hit.kind, hit.interview_id, hit.snippet "
            "FROM (SELECT candidate_id, interview_id, kind, rank, "
            "      snippet(search_index, 3, '«', '»', '…', :words) AS snippet "
            "      FROM search_index WHERE search_index MATCH :expression) AS hit "
            "LEFT JOIN interview ON interview.id = hit.interview_id "
            "LEFT JOIN application ON application.id = interview.application_id "
            "JOIN candidate ON candidate.id = COALESCE(hit.candidate_id, "
            "                                          application.candidate_id) "
            "ORDER BY hit.rank LIMIT :limit"),
            {"expression": expression, "limit": limit, "words": SNIPPET_WORDS}).all()
    return [SearchHit(int(row.id), str(row.name), str(row.kind),
                      int(row.interview_id) if row.interview_id is not None else None,
                      " ".join(str(row.snippet).split()))
            for row in rows]



# -- a team server: no FTS5 -------------------------------------------------------------

#: Letters that Unicode does not decompose into a base letter and an accent.
_EXTRA_FOLDS = {"ł": "l", "ø": "o", "đ": "d", "æ": "a", "œ": "o", "ı": "i"}


@functools.cache
def _fold_table() -> tuple[str, str]:
    """``translate()``'s two strings: each lower-case Latin letter with a diacritic
    (U+00E0–U+024F), and the letter without it."""
    accented, plain = [], []
    for code in range(0x00E0, 0x0250):
        char = chr(code)
        if char != char.lower():
            continue
        base = _EXTRA_FOLDS.get(char) or "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha():
            accented.append(char)
            plain.append(base)
    return "".join(accented), "".join(plain)


def fold(value: str) -> str:
    """``value`` lower-cased with its accents folded, as the server's SQL folds it."""
    accented, plain = _fold_table()
    return value.lower().translate(str.maketrans(accented, plain))


_NONE = "CAST(NULL AS integer)"  # no interview (a UNION needs the type)
#: (kind, SQL for the text, the FROM clause, SQL for the candidate, for the interview,
#: for the id of the row the text is in).
_INTERVIEW_TABLES = ("JOIN application ON application.id = interview.application_id "
                     "JOIN candidate ON candidate.id = application.candidate_id")
_SERVER_SOURCES = (
    ("name", "candidate.name || ' ' || candidate.email", "candidate", "candidate.id", _NONE,
     "candidate.id"),
    ("cv", "candidate.cv_text", "candidate", "candidate.id", _NONE, "candidate.id"),
    ("letter", "candidate.letter_text", "candidate", "candidate.id", _NONE, "candidate.id"),
    ("stage_notes", "stagerecord.notes",
     "stagerecord JOIN interview ON interview.id = stagerecord.interview_id "
     + _INTERVIEW_TABLES, "candidate.id", "stagerecord.interview_id", "stagerecord.id"),
    ("answer_notes", "answer.notes || ' ' || answer.situation || ' ' || answer.task || ' ' "
     "|| answer.action || ' ' || answer.result",
     "answer JOIN interview ON interview.id = answer.interview_id " + _INTERVIEW_TABLES,
     "candidate.id", "answer.interview_id", "answer.id"),
    ("closing_notes", "interview.candidate_remarks || ' ' || interview.follow_up_notes",
     "interview " + _INTERVIEW_TABLES, "candidate.id", "interview.id", "interview.id"),
)


@dataclass(frozen=True)
class ServerHit:
    """A hit on a team server: :class:`SearchHit` plus the id of the row the text is in
    (the stage record or answer of a note, for saying where in the interview it is)."""

    row_id: int
    candidate_id: int
    candidate_name: str
    kind: str
    interview_id: int | None
    snippet: str


def server_hits(db: Database, typed: str, limit: int) -> list[ServerHit]:
    """The hits for ``typed`` on PostgreSQL, which has no FTS5 index: every word a
    folded prefix match (a regular expression at a word start) over the same texts."""
    words = [fold(word) for word in _WORD.findall(typed)[:20]]
    if not words:
        return []
    accented, plain = _fold_table()
    parameters: dict[str, object] = {"accented": accented, "plain": plain, "limit": limit}
    for number, word in enumerate(words):
        # \w+ words hold no regular-expression syntax; escaped all the same.
        parameters[f"w{number}"] = r"\m" + re.sub(r"(\W)", r"\\\1", word)
    selects = []
    for order, (kind, body, tables, candidate, interview, row) in enumerate(_SERVER_SOURCES):
        folded = f"translate(lower({body}), :accented, :plain)"
        matches = " AND ".join(f"{folded} ~ :w{number}" for number in range(len(words)))
        selects.append(
            f"SELECT {row} AS row_id, {candidate} AS candidate_id, candidate.name AS name, "
            f"'{kind}' AS kind, {interview} AS interview_id, {body} AS body, "
            f"{order} AS kind_order FROM {tables} WHERE {matches}")
    query = (" UNION ALL ".join(selects)
             + " ORDER BY kind_order, name, candidate_id, interview_id LIMIT :limit")
    with db.engine.connect() as connection:
        rows: list[Any] = list(connection.execute(text(query), parameters).all())
    return [ServerHit(int(row_id), int(candidate_id), name, kind,
                      int(interview_id) if interview_id is not None else None,
                      snippet(body, words))
            for row_id, candidate_id, name, kind, interview_id, body, _order in rows]


def _search_server(db: Database, typed: str, limit: int) -> list[SearchHit]:
    """:func:`search` on PostgreSQL (see :func:`server_hits`)."""
    return [SearchHit(hit.candidate_id, hit.candidate_name, hit.kind, hit.interview_id,
                      hit.snippet) for hit in server_hits(db, typed, limit)]


def snippet(body: str, words: list[str]) -> str:
    """The words of ``body`` around the first one that starts with one of ``words``
    (folded), each such word marked « », at most :data:`SNIPPET_WORDS` words shown
    (like FTS5's ``snippet()``, with … where text was left out)."""
    tokens = body.split()

    def starts(found: str) -> bool:
        return any(fold(found).startswith(word) for word in words)

    def hit(token: str) -> bool:
        return any(starts(part) for part in _WORD.findall(token))

    def mark(token: str) -> str:
        return _WORD.sub(lambda m: f"«{m.group()}»" if starts(m.group()) else m.group(), token)

    first = next((index for index, token in enumerate(tokens) if hit(token)), 0)
    start = max(0, first - SNIPPET_WORDS // 2)
    end = min(len(tokens), start + SNIPPET_WORDS)
    shown = [mark(token) for token in tokens[start:end]]
    return " ".join(["…"] * (start > 0) + shown + ["…"] * (end < len(tokens)))
