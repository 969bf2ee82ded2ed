"""Calibration: the ratings of closed rounds gathered per vacancy or across vacancies,
and the reliability figures of ``domain.calibration`` computed on them.

Blind scoring (``domain.blind``): only *closed* rounds count. This module never reads
ratings itself; it asks :func:`~interviewdesk.store.assessments.panel_scores` with no
viewer (someone outside the panel), which refuses every interview whose round is still
open — so an open round is skipped here exactly as it is hidden everywhere else. The
only other reads are names and ids (vacancies, competencies, panel members), which
are no assessment.

A rater is an *interviewer* (not a panel seat), so the same person on several panels
is one column of the candidates × raters table. The period filter is on the day the
interview was planned (local clock); an interview without a date counts only when no
period is given.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from interviewdesk.domain.calibration import (
    IccResult,
    InterviewerFigures,
    Rating,
    icc,
    icc_table,
    interviewer_figures,
)
from interviewdesk.store.assessments import ScoresHidden, panel_scores
from interviewdesk.store.assessments._reading import local_day
from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Vacancy,
)


@dataclass(frozen=True)
class CalibrationData:
    """What the closed rounds of the chosen vacancies hold.

    ``interviews`` counts the closed rounds used; ``open_rounds`` the interviews left
    out because their round is still open (said on screen and paper, so nobody reads
    a small number as a small firm)."""

    ratings: tuple[Rating, ...]
    interviewers: dict[int, str]
    #: competency id → (competency name, vacancy id, vacancy title), in vacancy order.
    competencies: dict[int, tuple[str, int, str]]
    interviews: int
    open_rounds: int


@dataclass(frozen=True)
class CompetencyReliability:
    """The ICCs of one competency of one vacancy."""

    competency_id: int
    name: str
    vacancy_id: int
    vacancy_title: str
    single: IccResult
    average: IccResult


@dataclass(frozen=True)
class CalibrationReport:
    """Everything the calibration view and document show."""

    data: CalibrationData
    reliability: tuple[CompetencyReliability, ...]
    figures: tuple[InterviewerFigures, ...]


def _in_period(day: date | None, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def calibration_data(
    db: Database,
    vacancy_id: int | None = None,
    *,
    since: date | None = None,
    until: date | None = None,
) -> CalibrationData:
    """The ratings of the closed rounds of ``vacancy_id`` (every vacancy when
    ``None``) planned from ``since`` to ``until`` (inclusive; either may be open).

    Raises ``LookupError`` for an unknown vacancy and ``ValueError`` for a period
    that ends before it starts.
    """
    if since is not None and until is not None and until < since:
        raise ValueError("The period ends before it starts.")
    with db.session() as session:
        if vacancy_id is not None and session.get(Vacancy, vacancy_id) is None:
            raise LookupError(f"No vacancy with id {vacancy_id}.")
        query = (
            select(Interview.id, Interview.scheduled_at, Application.vacancy_id)
            .join(Application, col(Application.id) == col(Interview.application_id))
            .order_by(col(Interview.id))
        )
        if vacancy_id is not None:
            query = query.where(Application.vacancy_id == vacancy_id)
        interviews = [
            int(iid or 0)
            for iid, when, _vid in session.exec(query)
            if _in_period(local_day(when), since, until)
        ]
        vacancy_query = select(Vacancy).order_by(col(Vacancy.title), col(Vacancy.id))
        vacancies = {int(v.id or 0): v.title for v in session.exec(vacancy_query)}
        competency_rows = session.exec(
            select(Competency).order_by(col(Competency.position), col(Competency.id))
        ).all()
        members = {
            int(m.id or 0): (int(m.interviewer_id), name)
            for m, name in session.exec(
                select(PanelMember, Interviewer.name).join(
                    Interviewer, col(Interviewer.id) == col(PanelMember.interviewer_id)
                )
            )
        }
    ratings: list[Rating] = []
    interviewers: dict[int, str] = {}
    used_competencies: set[int] = set()
    closed = open_rounds = 0
    for interview_id in interviews:
        try:
            view = panel_scores(db, interview_id, None)
        except ScoresHidden:
            open_rounds += 1
            continue
        if not view.raters:  # nobody on the panel: nothing to calibrate
            continue
        closed += 1
        raters = [members[r.panel_member_id] for r in view.raters]
        for interviewer_id, name in raters:
            interviewers[interviewer_id] = name
        for row in view.rows:
            used_competencies.add(row.competency_id)
            for (interviewer_id, _name), score, evidence in zip(
                raters, row.scores, row.evidence, strict=True
            ):
                ratings.append(
                    Rating(interview_id, row.competency_id, interviewer_id, score, len(evidence))
                )
    order = {vid: i for i, vid in enumerate(vacancies)}
    competencies = {
        int(c.id or 0): (c.name, c.vacancy_id, vacancies.get(c.vacancy_id, ""))
        for c in sorted(competency_rows, key=lambda c: order.get(c.vacancy_id, 0))
        if int(c.id or 0) in used_competencies
    }
    return CalibrationData(tuple(ratings), interviewers, competencies, closed, open_rounds)


def reliability(data: CalibrationData) -> tuple[CompetencyReliability, ...]:
    """ICC(2,1) and ICC(2,k) per competency, in vacancy and competency order."""
    result = []
    for cid, (name, vid, title) in data.competencies.items():
        table = icc_table(data.ratings, cid)
        result.append(
            CompetencyReliability(
                cid, name, vid, title, icc(table, "ICC(2,1)"), icc(table, "ICC(2,k)")
            )
        )
    return tuple(result)


def calibration_report(
    db: Database,
    vacancy_id: int | None = None,
    *,
    since: date | None = None,
    until: date | None = None,
) -> CalibrationReport:
    """The whole calibration picture (see :func:`calibration_data` for the arguments
    and errors)."""
    data = calibration_data(db, vacancy_id, since=since, until=until)
    return CalibrationReport(data, reliability(data), tuple(interviewer_figures(data.ratings)))


def anonymised(names: Iterable[int]) -> dict[int, str]:
    """Stable neutral letters ("A", "B", … "Z", "AA") for interviewer ids, in id
    order, for showing figures without names."""
    labels = {}
    for index, interviewer_id in enumerate(sorted(names)):
        letters = ""
        number = index
        while True:
            letters = chr(ord("A") + number % 26) + letters
            number = number // 26 - 1
            if number < 0:
                break
        labels[interviewer_id] = letters
    return labels
