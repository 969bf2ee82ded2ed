"""What an offline copy holds, table by table: which columns are copied to the
laptop, which of them point at other copied records (ids differ between the server
and the laptop, so they are mapped), and which come back to the server.

Everything not listed stays on the server: contact details, PIN hashes, logins,
other interviews. The vacancy, its competencies and question kit, the candidate and
the panel travel for reading only; what the interview produces (stage records,
answers, questions added on the spot, the candidate's questions, the taker's own
assessment and ratings, the panel's decision and consensus) comes back, and so does
what is recorded about the application meanwhile (its status, the contact log, the
reference checks, and the candidate's consents, without which no referee may be
called).
"""

from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticUndefined
from sqlmodel import SQLModel

from interviewdesk.store.models import (
    Answer,
    Application,
    Assessment,
    Candidate,
    CandidateDocument,
    CandidateQuestion,
    Competency,
    ConsensusScore,
    Consent,
    ContactEntry,
    Decision,
    Interview,
    Interviewer,
    PanelMember,
    Question,
    Rating,
    ReferenceCheck,
    StageRecord,
    Vacancy,
)


@dataclass(frozen=True)
class Part:
    """One table of an offline copy.

    ``columns``: copied (besides ``id``); ``refs``: column → table it points at;
    ``merged``: the columns bring-back compares and writes (none: read only);
    ``natural``: columns that identify a row besides its id (a unique constraint), so
    a record made offline meets one the server made meanwhile instead of clashing.
    """

    model: type[SQLModel]
    columns: tuple[str, ...]
    refs: dict[str, str] = field(default_factory=dict)
    merged: tuple[str, ...] = ()
    natural: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The table's name."""
        return str(self.model.__table__.name)  # type: ignore[attr-defined]

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field a row of this part has in the package."""
        return ("id", *self.columns)

    def defaults(self) -> dict[str, Any]:
        """The merged columns' values in a record nobody has touched (the base of a
        record made on both sides at once)."""
        fields = self.model.model_fields
        values = {name: fields[name].get_default(call_default_factory=True)
                  for name in self.merged}
        # A required field (a consent's date) had no value before the record existed.
        return {name: None if value is PydanticUndefined else value
                for name, value in values.items()}


INTERVIEW_MERGED = ("current_stage", "started_at", "finished_at", "next_steps",
                    "feedback_date", "candidate_thanked", "candidate_remarks",
                    "follow_up_notes")

DECISION_MERGED = ("outcome", "rationale", "next_steps", "feedback_date", "override_reason",
                   "decided_at")
CONTACT_MERGED = ("contacted_on", "by", "channel", "summary", "rejection", "reasons")
REFERENCE_MERGED = ("referee_name", "relation", "organisation", "phone", "email", "called_on",
                    "interviewer_id", "called_by", "asked", "said")

PARTS: tuple[Part, ...] = (
    Part(Vacancy, ("uuid", "title", "department", "location", "text", "procedure_end")),
    Part(Competency, ("uuid", "vacancy_id", "position", "name", "kind", "weight",
                      "description", "keywords", "anchor_1", "anchor_2", "anchor_3",
                      "anchor_4", "anchor_5"), {"vacancy_id": "vacancy"}),
    Part(Candidate, ("uuid", "name", "city", "cv_text", "letter_text", "address_form")),
    Part(CandidateDocument, ("candidate_id", "kind", "filename", "media_type", "content",
                             "added_at"), {"candidate_id": "candidate"}),
    # A decision recorded offline moves the application on (domain.application_status).
    Part(Application, ("uuid", "candidate_id", "vacancy_id", "status"),
         {"candidate_id": "candidate", "vacancy_id": "vacancy"}, ("status",)),
    Part(Interviewer, ("uuid", "name", "job_title")),
    Part(Interview, ("uuid", "application_id", "scheduled_at", "planned_minutes", "location",
                     *INTERVIEW_MERGED, "round_closed_at", "round_closed_by",
                     "round_closed_reason"),
         {"application_id": "application"}, INTERVIEW_MERGED),
    # The kit (interview_id empty) is read only; questions added on the spot come back.
    Part(Question, ("uuid", "vacancy_id", "interview_id", "stage", "position", "text",
                    "probes", "kind", "competency_id"),
         {"vacancy_id": "vacancy", "interview_id": "interview", "competency_id": "competency"},
         ("stage", "position", "text", "probes", "kind", "competency_id")),
    Part(PanelMember, ("uuid", "interview_id", "interviewer_id", "role", "position"),
         {"interview_id": "interview", "interviewer_id": "interviewer"}),
    Part(StageRecord, ("interview_id", "stage", "checklist", "notes", "seconds_spent", "done"),
         {"interview_id": "interview"}, ("checklist", "notes", "seconds_spent", "done"),
         ("interview_id", "stage")),
    Part(Answer, ("interview_id", "question_id", "asked", "notes", "situation", "task",
                  "action", "result", "updated_at"),
         {"interview_id": "interview", "question_id": "question"},
         ("asked", "notes", "situation", "task", "action", "result"),
         ("interview_id", "question_id")),
    Part(CandidateQuestion, ("interview_id", "position", "question", "answer", "answered"),
         {"interview_id": "interview"}, ("position", "question", "answer", "answered")),
    # Only the forms the taker may see (domain.blind); only their own comes back.
    Part(Assessment, ("uuid", "interview_id", "panel_member_id", "strengths", "weaknesses",
                      "recommendation", "submitted_at"),
         {"interview_id": "interview", "panel_member_id": "panelmember"},
         ("strengths", "weaknesses", "recommendation", "submitted_at"),
         ("interview_id", "panel_member_id")),
    Part(Rating, ("assessment_id", "competency_id", "score", "evidence"),
         {"assessment_id": "assessment", "competency_id": "competency"},
         ("score", "evidence"), ("assessment_id", "competency_id")),
    # The panel's discussion: the decision always (it holds no scores), the consensus
    # only where the taker may see the matrix (domain.blind.matrix_refusal).
    Part(Decision, ("interview_id", *DECISION_MERGED), {"interview_id": "interview"},
         DECISION_MERGED, ("interview_id",)),
    Part(ConsensusScore, ("interview_id", "competency_id", "score", "reason"),
         {"interview_id": "interview", "competency_id": "competency"}, ("score", "reason"),
         ("interview_id", "competency_id")),
    # What the firm records about the application: the candidate's consents (a reference
    # check needs the one for references), the contact log and the reference checks.
    Part(Consent, ("candidate_id", "purpose", "given_on", "recorded_by", "method", "note",
                   "recorded_at"), {"candidate_id": "candidate"},
         ("given_on", "recorded_by", "method", "note"), ("candidate_id", "purpose")),
    Part(ContactEntry, ("application_id", *CONTACT_MERGED, "recorded_at"),
         {"application_id": "application"}, CONTACT_MERGED),
    Part(ReferenceCheck, ("application_id", *REFERENCE_MERGED, "recorded_at", "updated_at"),
         {"application_id": "application", "interviewer_id": "interviewer"},
         REFERENCE_MERGED),
)

#: Tables whose records belong to an application (or to its candidate), not to one
#: interview: bring-back checks them against the copy's applications and candidates.
BY_APPLICATION = ("contactentry", "referencecheck")
BY_CANDIDATE = ("consent",)

BY_NAME: dict[str, Part] = {part.name: part for part in PARTS}
