"""The return package: one panel member's submitted assessment, made on their laptop
and read on the chair's.

It carries that member's own form and nothing else of anyone (their ratings by
competency, strengths, weaknesses, recommendation, when it was submitted, and each
time it was reopened with the reason), and, only if they choose, their interview
notes. On the chair's laptop the first return adds the form as submitted; a later one
that differs is held as a :class:`~interviewdesk.store.models.PendingReturn` for the
chair to accept or decline (:mod:`interviewdesk.exchange.changes`), never written over
the form already in.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from interviewdesk.domain.scales import RECOMMENDATIONS, is_valid_rating
from interviewdesk.exchange.archive import Package, new_package
from interviewdesk.exchange.errors import PackageError
from interviewdesk.exchange.ledger import scoring_member
from interviewdesk.exchange.offline_marks import mark_in
from interviewdesk.exchange.records import Tally
from interviewdesk.store.assessments import _reading as reading
from interviewdesk.store.assessments.forms import has_content
from interviewdesk.store.database import Database
from interviewdesk.store.lookups import interview_context
from interviewdesk.store.models import (
    Answer,
    Assessment,
    AssessmentReopening,
    Competency,
    Interview,
    Interviewer,
    PanelMember,
    PendingReturn,
    Question,
    Rating,
    StageRecord,
    utc_now,
)

NOTE_FIELDS = ("notes", "situation", "task", "action", "result")


class FormNotSubmitted(PackageError):
    """Only a submitted form can be returned."""


class NotThisLaptopsMember(PackageError):
    """A return is made on the member's own laptop, for that member only: anywhere else
    it would hand one member's scores to whoever asks (blind scoring)."""


@dataclass(frozen=True)
class ReturnOutcome:
    """What reading a return did: ``submitted`` (the form is in), ``pending_change`` (held
    for the chair), or ``unchanged`` (the form in already says this)."""

    outcome: str
    interview_id: int
    member_name: str
    notes_added: int


def scoring_member_of(db: Database, interview_id: int) -> int | None:
    """The panel member whose form this laptop may return for ``interview_id`` (see
    :func:`~interviewdesk.exchange.ledger.scoring_member`); ``None``: nobody's."""
    with db.session() as session:
        return scoring_member(session, interview_id)


def build_return_package(db: Database, interview_id: int, panel_member_id: int, *,
                         with_notes: bool = False) -> Package:
    """The return package of ``panel_member_id``'s submitted form for ``interview_id``.

    Raises :class:`NotThisLaptopsMember` unless this laptop received the interview in
    a panel package for that member, :class:`FormNotSubmitted` when that form is not
    submitted (or not begun), ``LookupError`` for an unknown interview or a member not on its panel.
    """
    with db.session() as session:
        context = interview_context(session, interview_id)
        member = session.get(PanelMember, panel_member_id)
        if member is None or member.interview_id != interview_id:
            raise LookupError(f"Panel member {panel_member_id} is not on interview "
                              f"{interview_id}.")
        person = session.get(Interviewer, member.interviewer_id)
        name = person.name if person is not None else "?"
        if scoring_member(session, interview_id) != panel_member_id:
            raise NotThisLaptopsMember(
                f"This laptop did not receive interview {interview_id} in a panel package for "
                f"{name}, so it cannot return {name}'s form: a return is made on the panel "
                "member's own laptop, from the panel package they imported."
            )
        assessment = reading.form_of(session, interview_id, panel_member_id)
        if assessment is None or assessment.submitted_at is None:
            raise FormNotSubmitted(
                f"{name}'s assessment of interview {interview_id} is not submitted; submit "
                "it first (only a submitted form can be returned to the chair)."
            )
        competencies = {c.id: c.uuid for c in session.exec(
            select(Competency).where(Competency.vacancy_id == context.vacancy.id))}
        package = new_package("return", {
            "interview": context.interview.uuid,
            "panel_member": member.uuid,
            "with_notes": with_notes,
        })
        package.tables["form"] = [{
            "uuid": assessment.uuid,
            "strengths": assessment.strengths,
            "weaknesses": assessment.weaknesses,
            "recommendation": assessment.recommendation,
            "submitted_at": _iso(assessment.submitted_at),
        }]
        package.tables["rating"] = [
            {"competency": competencies[rating.competency_id], "score": rating.score,
             "evidence": rating.evidence}
            for rating in reading.own_ratings(session, int(assessment.id or 0)).values()
            if rating.competency_id in competencies
        ]
        package.tables["reopening"] = [
            {"reason": row.reason, "reopened_at": _iso(row.reopened_at)}
            for row in session.exec(select(AssessmentReopening).where(
                AssessmentReopening.assessment_id == assessment.id).order_by(
                    col(AssessmentReopening.reopened_at), col(AssessmentReopening.id)))
        ]
        if with_notes:
            package.tables["stage_notes"], package.tables["answer_notes"] = \
                _notes(session, interview_id)
        return package


def _notes(session: Session, interview_id: int) -> tuple[list[dict[str, Any]],
                                                          list[dict[str, Any]]]:
    stages = [{"stage": record.stage, "notes": record.notes}
              for record in session.exec(select(StageRecord).where(
                  StageRecord.interview_id == interview_id).order_by(col(StageRecord.id)))
              if record.notes.strip()]
    answers = []
    for answer, question in session.exec(
            select(Answer, Question).join(Question, col(Question.id) == col(Answer.question_id))
            .where(Answer.interview_id == interview_id).order_by(col(Answer.id))):
        fields = {name: getattr(answer, name) for name in NOTE_FIELDS}
        if any(value.strip() for value in fields.values()):
            answers.append({"question": question.uuid, **fields})
    return stages, answers


def _iso(moment: datetime | None) -> str | None:
    return reading.as_utc(moment).isoformat() if moment is not None else None


# -- reading a return on the chair's laptop ---------------------------------------------


def parse_return(package: Package) -> dict[str, Any]:
    """The returned form as the pending-change content: checked for shape and values,
    ratings keyed by competency uuid. Raises :class:`PackageError`."""
    forms = package.table("form")
    if len(forms) != 1:
        raise PackageError("A return package holds exactly one assessment form.")
    form = forms[0]
    _require(form, {"uuid": str, "strengths": str, "weaknesses": str,
                    "recommendation": (str, type(None)), "submitted_at": str}, "the form")
    if form["recommendation"] is not None and form["recommendation"] not in RECOMMENDATIONS:
        raise PackageError("The returned form has an unknown recommendation.")
    if form["recommendation"] is None:
        raise PackageError("The returned form has no recommendation, so it is not submitted.")
    _moment(form["submitted_at"])
    ratings: dict[str, dict[str, Any]] = {}
    for rating in package.table("rating"):
        _require(rating, {"competency": str, "score": (int, type(None)), "evidence": str},
                 "a rating")
        if isinstance(rating["score"], bool) or not is_valid_rating(rating["score"]):
            raise PackageError("A returned rating is not a score from 1 to 5.")
        if rating["competency"] in ratings:
            raise PackageError("The returned form rates one competency twice.")
        ratings[rating["competency"]] = {"score": rating["score"],
                                         "evidence": rating["evidence"]}
    reopenings = []
    for row in package.table("reopening"):
        _require(row, {"reason": str, "reopened_at": str}, "a reopening")
        _moment(row["reopened_at"])
        reopenings.append(row)
    with_notes = package.header.get("with_notes") is True
    stage_notes = package.table("stage_notes") if with_notes else []
    answer_notes = package.table("answer_notes") if with_notes else []
    if not with_notes and ("stage_notes" in package.tables or "answer_notes" in package.tables):
        raise PackageError("The return package holds notes its manifest does not announce.")
    for row in stage_notes:
        _require(row, {"stage": str, "notes": str}, "a stage's notes")
    for row in answer_notes:
        _require(row, {"question": str, **dict.fromkeys(NOTE_FIELDS, str)}, "a question's notes")
    return {"uuid": form["uuid"], "strengths": form["strengths"],
            "weaknesses": form["weaknesses"], "recommendation": form["recommendation"],
            "submitted_at": form["submitted_at"], "ratings": ratings,
            "reopenings": reopenings, "stage_notes": stage_notes,
            "answer_notes": answer_notes}


def import_return(session: Session, package: Package) -> tuple[ReturnOutcome, Tally]:
    """Add the returned form in the caller's transaction (see the module docstring)."""
    content = parse_return(package)
    interview = session.exec(select(Interview).where(
        Interview.uuid == package.header.get("interview"))).first()
    if interview is None:
        raise PackageError("This return belongs to an interview that is not on this laptop; "
                           "import it on the laptop that sent the panel package.")
    mark = mark_in(session, int(interview.id or 0))
    if mark is not None:  # team mode: its notes would meet the laptop's when it comes back
        raise PackageError(f"This return belongs to an interview that is {mark.sentence()}; "
                           "import it once the interview is brought back. Nothing was "
                           "imported.")
    member = session.exec(select(PanelMember).where(
        PanelMember.uuid == package.header.get("panel_member"),
        PanelMember.interview_id == interview.id)).first()
    if member is None:
        raise PackageError("This return is from someone who is no longer on the interview's "
                           "panel on this laptop.")
    person = session.get(Interviewer, member.interviewer_id)
    name = person.name if person is not None else "?"
    context = interview_context(session, int(interview.id or 0))
    competencies = {c.uuid: int(c.id or 0) for c in reading.competencies(
        session, int(context.vacancy.id or 0))}
    unknown = set(content["ratings"]) - set(competencies)
    if unknown or set(competencies) - set(content["ratings"]):
        raise PackageError(
            f"{name}'s form rates other competencies than the vacancy has on this laptop (it "
            "was changed after the panel package was made); send them a new panel package."
        )
    tally = Tally()
    assessment = reading.form_of(session, int(interview.id or 0), int(member.id or 0))
    if assessment is None or (assessment.submitted_at is None
                              and not has_content(session, assessment)):
        if assessment is None:
            assessment = Assessment(interview_id=int(interview.id or 0),
                                    panel_member_id=int(member.id or 0))
            session.add(assessment)
            session.flush()
            tally.created["assessment"] += 1
        apply_content(session, assessment, content, competencies, tally)
        outcome = "submitted"
    elif assessment.submitted_at is not None and _same_form(session, assessment, content,
                                                            competencies):
        outcome = "unchanged"
    else:
        session.add(PendingReturn(assessment_id=int(assessment.id or 0),
                                  package_uuid=package.package_id,
                                  reason=_new_reason(session, assessment, content),
                                  content={k: v for k, v in content.items()
                                           if k not in ("stage_notes", "answer_notes")}))
        tally.created["pendingreturn"] += 1
        outcome = "pending_change"
    notes = _add_notes(session, int(interview.id or 0), name, content, tally)
    session.flush()
    return ReturnOutcome(outcome, int(interview.id or 0), name, notes), tally


def apply_content(session: Session, assessment: Assessment, content: dict[str, Any],
                  competencies: dict[str, int], tally: Tally) -> None:
    """Make ``assessment`` say what ``content`` says, submitted as it was submitted."""
    assessment.strengths = content["strengths"]
    assessment.weaknesses = content["weaknesses"]
    assessment.recommendation = content["recommendation"]
    assessment.submitted_at = _moment(content["submitted_at"])
    session.add(assessment)
    existing = reading.own_ratings(session, int(assessment.id or 0))
    for competency_uuid, given in content["ratings"].items():
        cid = competencies[competency_uuid]
        rating = existing.get(cid) or Rating(assessment_id=int(assessment.id or 0),
                                             competency_id=cid)
        rating.score = given["score"]
        rating.evidence = given["evidence"]
        session.add(rating)
    tally.updated["rating"] += len(content["ratings"])
    known = {(row.reason, reading.as_utc(row.reopened_at))
             for row in session.exec(select(AssessmentReopening).where(
                 AssessmentReopening.assessment_id == assessment.id))}
    for row in content["reopenings"]:
        moment = _moment(row["reopened_at"])
        if (row["reason"], moment) not in known:
            session.add(AssessmentReopening(assessment_id=int(assessment.id or 0),
                                            reason=row["reason"], reopened_at=moment))
            tally.created["assessmentreopening"] += 1
    session.flush()


def _same_form(session: Session, assessment: Assessment, content: dict[str, Any],
               competencies: dict[str, int]) -> bool:
    ratings = reading.own_ratings(session, int(assessment.id or 0))
    by_id = {cid: content["ratings"][uid] for uid, cid in competencies.items()}
    return (assessment.strengths == content["strengths"]
            and assessment.weaknesses == content["weaknesses"]
            and assessment.recommendation == content["recommendation"]
            and all(cid in ratings and ratings[cid].score == given["score"]
                    and ratings[cid].evidence == given["evidence"]
                    for cid, given in by_id.items()))


def _new_reason(session: Session, assessment: Assessment, content: dict[str, Any]) -> str:
    """The member's reason for the change: the reopenings this laptop has not seen."""
    known = {row.reason for row in session.exec(select(AssessmentReopening).where(
        AssessmentReopening.assessment_id == assessment.id))}
    new = [row["reason"] for row in content["reopenings"] if row["reason"] not in known]
    return "; ".join(new)


def _add_notes(session: Session, interview_id: int, name: str, content: dict[str, Any],
               tally: Tally) -> int:
    """The member's notes, added below the chair's under their name, once."""
    added = 0
    heading = f"— {name} —"
    for row in content["stage_notes"]:
        record = session.exec(select(StageRecord).where(
            StageRecord.interview_id == interview_id,
            StageRecord.stage == row["stage"])).first()
        if record is None:
            record = StageRecord(interview_id=interview_id, stage=row["stage"])
        block = f"{heading}\n{row['notes'].strip()}"
        if block in record.notes:
            continue
        record.notes = f"{record.notes.rstrip()}\n\n{block}".lstrip()
        session.add(record)
        added += 1
    for row in content["answer_notes"]:
        question = session.exec(select(Question).where(Question.uuid == row["question"])).first()
        if question is None:
            continue  # a question the chair removed since: its notes have nowhere to go
        answer = session.exec(select(Answer).where(
            Answer.interview_id == interview_id, Answer.question_id == question.id)).first()
        if answer is None:
            answer = Answer(interview_id=interview_id, question_id=int(question.id or 0))
        changed = False
        for field in NOTE_FIELDS:
            text = row[field].strip()
            block = f"{heading}\n{text}"
            if text and block not in getattr(answer, field):
                setattr(answer, field, f"{getattr(answer, field).rstrip()}\n\n{block}".lstrip())
                changed = True
        if changed:
            answer.updated_at = utc_now()
            session.add(answer)
            added += 1
    tally.updated["notes"] += added
    return added


def _require(row: Any, shape: dict[str, Any], what: str) -> None:
    if not isinstance(row, dict) or set(row) != set(shape):
        raise PackageError(f"In the return package, {what} does not have the expected fields.")
    for key, kind in shape.items():
        if not isinstance(row[key], kind):
            raise PackageError(f"In the return package, {what} has a wrong {key}.")


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise PackageError("The return package holds a date that is not a date.") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
