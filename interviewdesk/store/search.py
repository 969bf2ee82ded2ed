"""Full-text search over candidates (name, e-mail, CV, letter) and interview notes,
through the ``search_index`` FTS5 table of migration 0006, which triggers keep in step
with those tables. Diacritics are folded, so "Danielle" finds "Daniëlle"; each word
typed matches as a prefix, and every word must occur.

Assessment evidence is not searched: a member's evidence may not be seen by others
before the round closes (blind scoring), and a search cannot know who asks.
"""

import re
from dataclasses import dataclass

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
    """The best hits for ``typed``, best first (FTS5's rank)."""
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

