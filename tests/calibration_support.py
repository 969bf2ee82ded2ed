"""A store filled with panels whose scores are known, for the calibration tests."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from interviewdesk.store.database import Database
from interviewdesk.store.models import (
    Application,
    Assessment,
    Candidate,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    Rating,
    Vacancy,
)


@dataclass
class Filled:
    """Ids of what :func:`fill` wrote."""

    vacancy_id: int
    competency_ids: list[int]
    interviewer_ids: list[int]
    interview_ids: list[int] = field(default_factory=list)


def fill(
    db: Database,
    title: str,
    interviewers: Sequence[str],
    panels: Sequence[Sequence[Sequence[int | None]]],
    *,
    competencies: Sequence[str] = ("Samenwerken", "Vakkennis"),
    submitted: Sequence[bool] | None = None,
    start: datetime = datetime(2026, 3, 2, 9, tzinfo=UTC),
    interviewer_ids: Sequence[int] | None = None,
) -> Filled:
    """A vacancy ``title`` and one interview per entry of ``panels``; each panel is
    a list per competency of the interviewers' scores (``None``: not assessed), in
    ``interviewers`` order. Interview ``i`` is planned ``i`` days after ``start``.
    ``submitted`` says per interview whether the last form is in (default: all in).
    ``interviewer_ids`` reuses existing interviewers instead of adding new ones."""
    with db.session() as session:
        vacancy = Vacancy(title=title)
        session.add(vacancy)
        session.flush()
        comps = [Competency(vacancy_id=vacancy.id, name=n, position=i)
                 for i, n in enumerate(competencies)]
        session.add_all(comps)
        if interviewer_ids is None:
            people = [Interviewer(name=n) for n in interviewers]
            session.add_all(people)
            session.flush()
            ids = [int(p.id or 0) for p in people]
        else:
            ids = list(interviewer_ids)
        session.flush()
        filled = Filled(int(vacancy.id or 0), [int(c.id or 0) for c in comps], ids)
        for index, panel in enumerate(panels):
            candidate = Candidate(name=f"Kandidaat {title} {index}")
            session.add(candidate)
            session.flush()
            application = Application(candidate_id=candidate.id, vacancy_id=vacancy.id)
            session.add(application)
            session.flush()
            when = start.replace(day=start.day + index)
            interview = Interview(application_id=application.id, scheduled_at=when)
            session.add(interview)
            session.flush()
            filled.interview_ids.append(int(interview.id or 0))
            for seat, interviewer_id in enumerate(ids):
                member = PanelMember(interview_id=interview.id, interviewer_id=interviewer_id,
                                     role="chair" if seat == 0 else "member", position=seat)
                session.add(member)
                session.flush()
                done = submitted is None or submitted[index] or seat < len(ids) - 1
                form = Assessment(interview_id=interview.id, panel_member_id=member.id,
                                  submitted_at=when if done else None)
                session.add(form)
                session.flush()
                for comp, scores in zip(comps, panel, strict=True):
                    score = scores[seat]
                    session.add(Rating(assessment_id=form.id, competency_id=comp.id,
                                       score=score,
                                       evidence="" if score is None else "x" * (10 * score)))
        return filled
