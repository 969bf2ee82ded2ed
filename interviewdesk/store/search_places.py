"""Full-text hits with the place they are at, for the home view's search: the
candidate, the vacancy to show them under, and for interview notes the interview
(its date) and the stage (and question) the note belongs to, so a result can say
where the hit is and open there.

:func:`interviewdesk.store.search.search` serves the command line, which needs less;
both read the same ``search_index`` (migrations 0006 and 0008) with the same query
syntax. Assessment evidence is not in the index (blind scoring). Each hit's rowid
tells its source row (rowid = row id × 8 + code, see migration 0006), so a handful of
look-ups by primary key place fifty hits.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from interviewdesk.domain.agenda import CLOSING
from interviewdesk.store.database import Database
from interviewdesk.store.rows import HIT_END, HIT_START, PlacedHit  # with the other rows
from interviewdesk.store.search import LIMIT, SNIPPET_WORDS, match_expression, server_hits

#: Up to this many matches the hits are ranked by relevance (FTS5's bm25, computed for
#: every match: ≈ 10–60 ms for all 10,000 CVs of the benchmark database); beyond it a
#: word is too common for a ranking to help, and the newest rows come first (FTS5 reads
#: them in rowid order and stops at the limit, ≈ 1 ms).
RANKED_MAX = 2000
def search_places(db: Database, typed: str, limit: int = LIMIT) -> list[PlacedHit]:
    """The best ``limit`` hits for ``typed``, best first (newest first when more than
    :data:`RANKED_MAX` rows match), each with its place. A team server has no FTS5
    index: its hits come from :func:`~interviewdesk.store.search.server_hits`, placed
    the same way."""
    if not db.is_sqlite:
        found = server_hits(db, typed, limit)
        if not found:
            return []
        with db.engine.connect() as connection:
            # rowid = row id × 8 + code, as in the index; the code is not needed here.
            return _placed(connection, [
                (hit.row_id * 8, hit.candidate_id if hit.interview_id is None else None,
                 hit.interview_id, hit.kind, hit.snippet) for hit in found])
    expression = match_expression(typed)
    if not expression:
        return []
    with db.engine.connect() as connection:
        matches: int = connection.execute(text(
            "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH "
            ":expression LIMIT :most)"),
            {"expression": expression, "most": RANKED_MAX + 1}).scalar_one()
        order = "rank" if matches <= RANKED_MAX else "rowid DESC"
        rows = connection.execute(text(
            "SELECT rowid, candidate_id, interview_id, kind, "
            f"snippet(search_index, 3, '{HIT_START}', '{HIT_END}', '…', :words) "
            "FROM search_index WHERE search_index MATCH :expression "
            f"ORDER BY {order} LIMIT :limit"),
            {"expression": expression, "limit": limit, "words": SNIPPET_WORDS}).all()
        if not rows:
            return []
        return _placed(connection, rows)


def _placed(connection: Connection, rows: Sequence[Sequence[Any]]) -> list[PlacedHit]:
    interviews = _by_id(connection, "SELECT interview.id, interview.scheduled_at, "
                        "application.candidate_id, application.vacancy_id FROM interview "
                        "JOIN application ON application.id = interview.application_id "
                        "WHERE interview.id IN ({ids})",
                        {int(r[2]) for r in rows if r[2] is not None})
    stages = _by_id(connection, "SELECT id, stage FROM stagerecord WHERE id IN ({ids})",
                    {int(r[0]) // 8 for r in rows if r[3] == "stage_notes"})
    answers = _by_id(connection, "SELECT answer.id, question.stage, question.id FROM answer "
                     "JOIN question ON question.id = answer.question_id "
                     "WHERE answer.id IN ({ids})",
                     {int(r[0]) // 8 for r in rows if r[3] == "answer_notes"})
    candidate_ids = {int(r[1]) for r in rows if r[1] is not None}
    candidate_ids |= {int(i[2]) for i in interviews.values()}
    names = _by_id(connection, "SELECT id, name FROM candidate WHERE id IN ({ids})",
                   candidate_ids)
    latest: dict[int, int] = {}
    for row in connection.execute(text(
            "SELECT candidate_id, vacancy_id FROM application WHERE candidate_id IN "
            f"({_ids(candidate_ids)}) ORDER BY created_at, id")):
        latest[int(row[0])] = int(row[1])
    vacancy_ids = set(latest.values()) | {int(i[3]) for i in interviews.values()}
    titles = _by_id(connection, "SELECT id, title FROM vacancy WHERE id IN ({ids})",
                    vacancy_ids)

    hits = []
    for rowid, candidate_id, interview_id, kind, snippet in rows:
        interview = interviews.get(int(interview_id)) if interview_id is not None else None
        vacancy_id: int | None
        if interview is not None:
            candidate_id, vacancy_id = int(interview[2]), int(interview[3])
        elif candidate_id is not None:
            candidate_id = int(candidate_id)
            vacancy_id = latest.get(candidate_id)
        else:
            continue  # an interview deleted in the meantime
        if candidate_id not in names:
            continue
        stage, question_id = "", None
        if kind == "stage_notes" and int(rowid) // 8 in stages:
            stage = str(stages[int(rowid) // 8][1])
        elif kind == "answer_notes" and int(rowid) // 8 in answers:
            _id, stage, question_id = answers[int(rowid) // 8]
            question_id = int(question_id)
        elif kind == "closing_notes":
            stage = CLOSING
        hits.append(PlacedHit(
            candidate_id=candidate_id, candidate_name=str(names[candidate_id][1]),
            kind=str(kind), snippet=" ".join(str(snippet).split()), vacancy_id=vacancy_id,
            vacancy_title=str(titles[vacancy_id][1]) if vacancy_id in titles else "",
            interview_id=int(interview_id) if interview is not None else None,
            interview_at=_moment(interview[1]) if interview is not None else None,
            stage=stage, question_id=question_id))
    return hits


def _ids(ids: set[int]) -> str:
    """Integer ids as an SQL list (ints only, so nothing can be injected)."""
    return ", ".join(str(int(i)) for i in sorted(ids)) or "NULL"


def _by_id(connection: Connection, sql: str, ids: set[int]) -> dict[int, tuple]:
    if not ids:
        return {}
    return {int(row[0]): tuple(row) for row in connection.execute(
        text(sql.format(ids=_ids(ids))))}


def _moment(value: object) -> datetime | None:
    """A stored moment as an aware datetime (raw SQL returns SQLite's text)."""
    if value is None or isinstance(value, datetime):
        return value
    from datetime import UTC

    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
