"""Everything held on one candidate, for an access request (inzageverzoek, AVG art. 15)
and for portability (art. 20): one plain, JSON-ready structure that the PDF and the
JSON file of the access export both print, so they cannot disagree.

It reads every table that holds something about the candidate, in one session:
their details, consents, original documents (the bytes separately, see
:func:`original_documents`), applications with their contact log and reference
checks, and per interview the stage notes, the
answers with their STAR parts, the candidate's own questions, every panel member's
assessment (submitted or not: an access request covers internal notes too), the
panel's consensus and the decision. Dates are ISO strings.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from interviewdesk.domain.retention import RetentionPolicy
from interviewdesk.store import models
from interviewdesk.store.database import Database
from interviewdesk.store.retention import retention_of


@dataclass(frozen=True)
class OriginalDocument:
    """A stored original file, with its bytes."""

    kind: str
    filename: str
    media_type: str
    content: bytes


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def everything_held(db: Database, candidate_id: int, policy: RetentionPolicy | None = None,
                    today: date | None = None) -> dict[str, Any]:
    """All data held on the candidate; ``LookupError`` if there is no such candidate."""
    keep = retention_of(db, candidate_id, policy, today)
    with db.session() as session:
        candidate = session.get(models.Candidate, candidate_id)
        if candidate is None:
            raise LookupError(f"There is no candidate {candidate_id}.")
        consents = session.exec(select(models.Consent).where(
            models.Consent.candidate_id == candidate_id).order_by(col(models.Consent.purpose))
        ).all()
        documents = session.exec(select(models.CandidateDocument).where(
            models.CandidateDocument.candidate_id == candidate_id)).all()
        applications = session.exec(
            select(models.Application, models.Vacancy)
            .join(models.Vacancy, col(models.Vacancy.id) == col(models.Application.vacancy_id))
            .where(models.Application.candidate_id == candidate_id)
            .order_by(col(models.Application.created_at))).all()
        return {
            "candidate": {
                "id": candidate.id,
                "name": candidate.name,
                "email": candidate.email,
                "phone": candidate.phone,
                "city": candidate.city,
                "address_form": candidate.address_form,
                "notes": candidate.notes,
                "cv_text": candidate.cv_text,
                "letter_text": candidate.letter_text,
                "entered_at": _iso(candidate.created_at),
                "changed_at": _iso(candidate.updated_at),
            },
            "retention": {
                "keep_until": _iso(keep.keep.date),
                "reason": keep.keep.reason,
                "procedure_end": _iso(keep.keep.procedure_end),
            },
            "consents": [{"purpose": c.purpose, "given_on": _iso(c.given_on),
                          "recorded_by": c.recorded_by, "method": c.method, "note": c.note}
                         for c in consents],
            "documents": [{"kind": d.kind, "filename": d.filename, "media_type": d.media_type,
                           "size": len(d.content), "added_at": _iso(d.added_at)}
                          for d in documents],
            "applications": [_application(session, a, v) for a, v in applications],
        }


def original_documents(db: Database, candidate_id: int) -> list[OriginalDocument]:
    """The candidate's original files as they arrived (CV, letter)."""
    with db.session() as session:
        rows = session.exec(select(models.CandidateDocument).where(
            models.CandidateDocument.candidate_id == candidate_id)).all()
        return [OriginalDocument(r.kind, r.filename, r.media_type, r.content) for r in rows]


def _application(session: Session, application: models.Application,
                 vacancy: models.Vacancy) -> dict[str, Any]:
    interviews = session.exec(select(models.Interview).where(
        models.Interview.application_id == application.id)
        .order_by(col(models.Interview.scheduled_at))).all()
    return {
        "vacancy": vacancy.title,
        "status": application.status,
        "applied_at": _iso(application.created_at),
        "procedure_end": _iso(vacancy.procedure_end),
        "interviews": [_interview(session, interview) for interview in interviews],
        "contacts": [{"date": _iso(c.contacted_on), "by": c.by, "channel": c.channel,
                      "said": c.summary, "rejection": c.rejection, "reasons": c.reasons}
                     for c in session.exec(select(models.ContactEntry).where(
                         models.ContactEntry.application_id == application.id)
                         .order_by(col(models.ContactEntry.contacted_on)))],
        "reference_checks": [
            {"referee": r.referee_name, "relation": r.relation,
             "organisation": r.organisation, "phone": r.phone, "email": r.email,
             "called_on": _iso(r.called_on), "called_by": r.called_by, "asked": r.asked,
             "said": r.said}
            for r in session.exec(select(models.ReferenceCheck).where(
                models.ReferenceCheck.application_id == application.id)
                .order_by(col(models.ReferenceCheck.called_on), col(models.ReferenceCheck.id)))],
    }


def _interview(session: Session, interview: models.Interview) -> dict[str, Any]:
    interview_id = interview.id
    stages = session.exec(select(models.StageRecord).where(
        models.StageRecord.interview_id == interview_id)).all()
    answers = session.exec(
        select(models.Answer, models.Question.text)
        .join(models.Question, col(models.Question.id) == col(models.Answer.question_id))
        .where(models.Answer.interview_id == interview_id)
        .order_by(col(models.Question.stage), col(models.Question.position))).all()
    asked = session.exec(select(models.CandidateQuestion).where(
        models.CandidateQuestion.interview_id == interview_id)
        .order_by(col(models.CandidateQuestion.position))).all()
    panel = session.exec(
        select(models.PanelMember, models.Interviewer.name)
        .join(models.Interviewer,
              col(models.Interviewer.id) == col(models.PanelMember.interviewer_id))
        .where(models.PanelMember.interview_id == interview_id)
        .order_by(col(models.PanelMember.position))).all()
    names = {member.id: name for member, name in panel}
    competencies = {c.id: c.name for c in session.exec(select(models.Competency).where(
        models.Competency.vacancy_id == _vacancy_of(session, interview)))}
    assessments = session.exec(select(models.Assessment).where(
        models.Assessment.interview_id == interview_id)).all()
    consensus = session.exec(select(models.ConsensusScore).where(
        models.ConsensusScore.interview_id == interview_id)).all()
    decision = session.exec(select(models.Decision).where(
        models.Decision.interview_id == interview_id)).first()
    return {
        "scheduled_at": _iso(interview.scheduled_at),
        "location": interview.location,
        "started_at": _iso(interview.started_at),
        "finished_at": _iso(interview.finished_at),
        "panel": [{"name": name, "role": member.role} for member, name in panel],
        "stage_notes": [{"stage": s.stage, "notes": s.notes} for s in stages if s.notes.strip()],
        "answers": [{"question": text, "asked": a.asked, "notes": a.notes,
                     "situation": a.situation, "task": a.task, "action": a.action,
                     "result": a.result} for a, text in answers
                    if a.asked or any((a.notes, a.situation, a.task, a.action, a.result))],
        "candidate_questions": [{"question": q.question, "answer": q.answer} for q in asked],
        "assessments": [_assessment(session, a, names, competencies) for a in assessments],
        "consensus": [{"competency": competencies.get(c.competency_id, "?"), "score": c.score,
                       "reason": c.reason} for c in consensus],
        "decision": None if decision is None else {
            "outcome": decision.outcome, "rationale": decision.rationale,
            "next_steps": decision.next_steps, "feedback_date": _iso(decision.feedback_date),
            "decided_at": _iso(decision.decided_at)},
        "next_steps": interview.next_steps,
        "feedback_date": _iso(interview.feedback_date),
        "candidate_remarks": interview.candidate_remarks,
        "follow_up_notes": interview.follow_up_notes,
    }


def _vacancy_of(session: Session, interview: models.Interview) -> int:
    application = session.get(models.Application, interview.application_id)
    return application.vacancy_id if application is not None else -1


def _assessment(session: Session, assessment: models.Assessment, names: dict[int | None, str],
                competencies: dict[int | None, str]) -> dict[str, Any]:
    ratings = session.exec(select(models.Rating).where(
        models.Rating.assessment_id == assessment.id)).all()
    return {
        "rater": names.get(assessment.panel_member_id, "?"),
        "submitted_at": _iso(assessment.submitted_at),
        "recommendation": assessment.recommendation,
        "strengths": assessment.strengths,
        "weaknesses": assessment.weaknesses,
        "ratings": [{"competency": competencies.get(r.competency_id, "?"), "score": r.score,
                     "evidence": r.evidence} for r in ratings],
    }
