"""Comparing a vacancy's candidates: per candidate the panel's result on every
competency, the weighted total and the outcome.

Per application one interview is shown: the latest whose assessment round is closed,
or else the latest interview (its scores hidden). The comparison has no viewer, so it
asks ``domain.blind`` as someone outside the panel: scores appear only for an
interview whose round is closed — every form in, or closed early by the chair with a
reason (then over the forms that are in) — so it can never show a member who has not
submitted the others' scores while the round is open.
Applications without an interview are left out: there is nothing to compare yet. An
interview not started and planned for later is ``"not_held"``.
"""

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

from sqlmodel import col, select

from interviewdesk.domain.blind import matrix_refusal
from interviewdesk.domain.scales import DECISION_OUTCOMES
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments.round import describe
from interviewdesk.store.database import Database
from interviewdesk.store.models import Application, Candidate, Interview, Vacancy

ComparisonState = Literal["complete", "awaiting_forms", "not_held"]
SortKey = Literal["candidate", "date", "overall", "outcome", "status"] | int


@dataclass(frozen=True)
class ComparisonCompetency:
    """A column of the comparison."""

    id: int
    name: str
    weight: float


@dataclass(frozen=True)
class ComparisonRow:
    """One candidate. ``results`` and ``from_consensus`` follow the order of
    :attr:`VacancyComparison.competencies`. Unless ``state == "complete"`` every
    result and ``overall`` is ``None``, and ``missing`` names whose form is not in."""

    application_id: int
    candidate_id: int
    candidate_name: str
    status: str
    interview_id: int
    interview_date: datetime | None
    state: ComparisonState
    results: tuple[float | None, ...]
    from_consensus: tuple[bool, ...]
    open_flags: int
    overall: float | None
    outcome: str | None
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class VacancyComparison:
    """The comparison table of one vacancy: its competencies and a row per candidate."""

    vacancy_id: int
    vacancy_title: str
    competencies: tuple[ComparisonCompetency, ...]
    rows: tuple[ComparisonRow, ...]

    def result(self, row: ComparisonRow, competency_id: int) -> float | None:
        """``row``'s panel result on ``competency_id``."""
        ids = [c.id for c in self.competencies]
        return row.results[ids.index(competency_id)]

    def cell(self, row: ComparisonRow, key: SortKey) -> Any:
        """The sortable value of ``row`` in column ``key`` (``None``: empty)."""
        if isinstance(key, int):
            return self.result(row, key)
        if key == "candidate":
            return row.candidate_name.casefold()
        if key == "date":
            return row.interview_date
        if key == "overall":
            return row.overall
        if key == "status":
            return row.status
        if key == "outcome":
            return DECISION_OUTCOMES.rank(row.outcome) if row.outcome else None
        raise KeyError(key)

    def sorted_by(self, key: SortKey, *, descending: bool = False) -> list[ComparisonRow]:
        """The rows sorted by a column (a competency by its id); empty cells last in
        either direction, ties by candidate name."""
        by_name = sorted(self.rows, key=lambda row: row.candidate_name.casefold())
        filled = [row for row in by_name if self.cell(row, key) is not None]
        empty = [row for row in by_name if self.cell(row, key) is None]
        return sorted(filled, key=lambda row: self.cell(row, key), reverse=descending) + empty


def _moment(interview: Interview) -> tuple[datetime, int]:
    when = reading.as_utc(interview.scheduled_at or interview.started_at)
    return (when or datetime.min.replace(tzinfo=UTC), int(interview.id or 0))


def _not_held(interview: Interview, now: datetime) -> bool:
    if interview.started_at is not None or interview.finished_at is not None:
        return False
    planned = reading.as_utc(interview.scheduled_at)
    return planned is None or planned > now


def vacancy_comparison(
    db: Database, vacancy_id: int, now: datetime | None = None
) -> VacancyComparison:
    """The comparison of ``vacancy_id``'s candidates as of ``now`` (which interviews
    are still to come); ``LookupError`` if the vacancy does not exist."""
    now = now or datetime.now(UTC)
    with db.session() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None:
            raise LookupError(f"There is no vacancy {vacancy_id}.")
        competencies = reading.competencies(session, vacancy_id)
        interviews: dict[int, list[tuple[Interview, Application, Candidate]]] = {}
        for interview, application, candidate in session.exec(
            select(Interview, Application, Candidate)
            .join(Application, col(Application.id) == Interview.application_id)
            .join(Candidate, col(Candidate.id) == Application.candidate_id)
            .where(Application.vacancy_id == vacancy_id)
        ):
            interviews.setdefault(int(application.id or 0), []).append(
                (interview, application, candidate)
            )

        rows = []
        for found in interviews.values():
            found.sort(key=lambda triple: _moment(triple[0]), reverse=True)
            panels = {int(i.id or 0): reading.seats(session, int(i.id or 0)) for i, _a, _c in found}
            complete = [
                triple
                for triple in found
                if panels[int(triple[0].id or 0)]
                and any(seat.submitted for seat in panels[int(triple[0].id or 0)])
                and matrix_refusal(describe(panels[int(triple[0].id or 0)], triple[0]), None)
                is None
            ]
            interview, application, candidate = (complete or found)[0]
            interview_id = int(interview.id or 0)
            seats = panels[interview_id]
            decision = reading.decision(session, interview_id)
            row = ComparisonRow(
                application_id=int(application.id or 0),
                candidate_id=int(candidate.id or 0),
                candidate_name=candidate.name,
                status=application.status,
                interview_id=interview_id,
                interview_date=reading.as_utc(interview.scheduled_at or interview.started_at),
                state="not_held" if _not_held(interview, now) else "awaiting_forms",
                results=(None,) * len(competencies),
                from_consensus=(False,) * len(competencies),
                open_flags=0,
                overall=None,
                outcome=decision.outcome if decision else None,
                missing=tuple(seat.interviewer.name for seat in seats if not seat.submitted),
            )
            if complete:
                consensus = reading.consensus(session, interview_id)
                analysis = reading.analysis(session, seats, competencies, consensus)
                row = replace(
                    row,
                    state="complete",
                    results=tuple(result for _cid, result in analysis.results),
                    from_consensus=tuple(int(c.id or 0) in consensus for c in competencies),
                    open_flags=len(analysis.open_flags),
                    overall=analysis.overall,
                )
            rows.append(row)
        rows.sort(key=lambda row: (row.candidate_name.casefold(), row.application_id))
        return VacancyComparison(
            vacancy_id=vacancy_id,
            vacancy_title=vacancy.title,
            competencies=tuple(
                ComparisonCompetency(int(c.id or 0), c.name, c.weight) for c in competencies
            ),
            rows=tuple(rows),
        )
