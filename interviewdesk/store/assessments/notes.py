"""The notes taken during an interview, offered on the assessment form so a rater can
quote one as evidence ("one action to quote a note from this interview"). Notes are
shared interview records, not scores: every panel member may see them.
"""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from interviewdesk.domain.agenda import default_agenda
from interviewdesk.store.models import Answer, Question, StageRecord


@dataclass(frozen=True)
class InterviewNote:
    """A note taken during this interview that a rater can quote as evidence: a
    stage's notes (``question`` empty) or the notes on one question, with STAR parts."""

    stage: str
    question: str
    competency_id: int | None
    notes: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""

    @property
    def text(self) -> str:
        """The note as one quotable text; STAR parts marked S/T/A/R (the same letters
        in Dutch and English)."""
        lines = [self.notes.strip()] if self.notes.strip() else []
        for letter, part in zip(
            "STAR", (self.situation, self.task, self.action, self.result), strict=True
        ):
            if part.strip():
                lines.append(f"{letter}: {part.strip()}")
        return "\n".join(lines)


def interview_notes(session: Session, interview_id: int) -> tuple[InterviewNote, ...]:
    """The interview's stage notes and question notes, in agenda and question order."""
    order = {key: index for index, key in enumerate(default_agenda().keys())}
    notes: list[tuple[tuple[int, int, int], InterviewNote]] = []
    for record in session.exec(select(StageRecord).where(StageRecord.interview_id == interview_id)):
        if record.notes.strip():
            notes.append(
                (
                    (order.get(record.stage, len(order)), -1, 0),
                    InterviewNote(record.stage, "", None, record.notes),
                )
            )
    for answer, question in session.exec(
        select(Answer, Question)
        .join(Question, col(Question.id) == Answer.question_id)
        .where(Answer.interview_id == interview_id)
    ):
        note = InterviewNote(
            question.stage,
            question.text,
            question.competency_id,
            answer.notes,
            answer.situation,
            answer.task,
            answer.action,
            answer.result,
        )
        if note.text:
            notes.append(
                ((order.get(question.stage, len(order)), question.position, question.id or 0), note)
            )
    return tuple(note for _key, note in sorted(notes, key=lambda pair: pair[0]))
