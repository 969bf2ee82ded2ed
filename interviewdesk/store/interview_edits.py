"""What the interview wizard may change, as one small typed edit per target: a stage,
an answer, a candidate question, the interview (see :mod:`interviewdesk.store.edits`,
shared with the assessment form). Each carries only the fields that changed; a
misspelt field is a ``TypeError`` where the edit is made. The free texts of each
(:attr:`TEXTS`) are guarded against overwriting someone else's text.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, ClassVar

from interviewdesk.domain.concurrent_edits import RecordKey
from interviewdesk.store.edits import UNCHANGED, Edit, Unchanged


@dataclass(frozen=True)
class StageEdit(Edit):
    """One agenda stage's record: ``checklist`` holds the ticks that changed (item key
    → ticked), merged into what is stored."""

    KIND: ClassVar[str] = "stage"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("stage",)
    TEXTS: ClassVar[tuple[str, ...]] = ("notes",)

    stage: str
    checklist: Mapping[str, bool] | Unchanged = UNCHANGED
    notes: str | Unchanged = UNCHANGED
    seconds_spent: int | Unchanged = UNCHANGED
    done: bool | Unchanged = UNCHANGED


@dataclass(frozen=True)
class AnswerEdit(Edit):
    """What was noted for one question (created on the first edit)."""

    KIND: ClassVar[str] = "answer"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("question_id",)
    TEXTS: ClassVar[tuple[str, ...]] = ("notes", "situation", "task", "action", "result")

    question_id: int
    asked: bool | Unchanged = UNCHANGED
    notes: str | Unchanged = UNCHANGED
    situation: str | Unchanged = UNCHANGED
    task: str | Unchanged = UNCHANGED
    action: str | Unchanged = UNCHANGED
    result: str | Unchanged = UNCHANGED


@dataclass(frozen=True)
class CandidateQuestionEdit(Edit):
    """A question the candidate asked, and the panel's answer."""

    KIND: ClassVar[str] = "candidate_question"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("candidate_question_id",)
    TEXTS: ClassVar[tuple[str, ...]] = ("question", "answer")

    candidate_question_id: int
    question: str | Unchanged = UNCHANGED
    answer: str | Unchanged = UNCHANGED
    answered: bool | Unchanged = UNCHANGED
    position: int | Unchanged = UNCHANGED


@dataclass(frozen=True)
class InterviewEdit(Edit):
    """The interview itself: where it stands and the closing stage's fields. Setting
    ``finished_at`` marks the candidate as interviewed."""

    KIND: ClassVar[str] = "interview"
    TEXTS: ClassVar[tuple[str, ...]] = ("next_steps", "candidate_remarks", "follow_up_notes")

    current_stage: str | Unchanged = UNCHANGED
    next_steps: str | Unchanged = UNCHANGED
    feedback_date: date | Unchanged | None = UNCHANGED
    candidate_thanked: bool | Unchanged = UNCHANGED
    finished_at: datetime | Unchanged | None = UNCHANGED
    candidate_remarks: str | Unchanged = UNCHANGED
    follow_up_notes: str | Unchanged = UNCHANGED


#: Anything the wizard writes.
WizardEdit = StageEdit | AnswerEdit | CandidateQuestionEdit | InterviewEdit


def record_key(kind: type[WizardEdit], key: str | int = 0) -> RecordKey:
    """The record key of an edit of type ``kind`` for ``key`` (for forgetting edits
    of a record that is deleted)."""
    return (kind.KIND, key)


def text_edit(record: RecordKey, name: str, text: str) -> WizardEdit:
    """The edit that writes ``text`` to the guarded text ``name`` of ``record``: how a
    conflict's outcome (named by record and field) is saved. ``ValueError`` for a
    field that is not a guarded text of that record."""
    kind, key = record
    empty: WizardEdit
    if kind == StageEdit.KIND:
        empty = StageEdit(str(key))
    elif kind == AnswerEdit.KIND:
        empty = AnswerEdit(int(key))
    elif kind == CandidateQuestionEdit.KIND:
        empty = CandidateQuestionEdit(int(key))
    else:
        empty = InterviewEdit()
    if name not in empty.TEXTS:
        raise ValueError(f"{name!r} is not a text of {type(empty).__name__}.")
    change: dict[str, Any] = {name: text}
    return replace(empty, **change)
