"""What the assessment form changes, as one small typed edit per record
(:mod:`interviewdesk.store.edits`, as the interview wizard's): the form itself
(strengths, weaknesses, recommendation) and one competency's rating (score, evidence).

A score of ``None`` means "not assessed"; a field that is not changed is
:data:`~interviewdesk.store.edits.UNCHANGED`. The free texts (strengths, weaknesses,
evidence) are guarded against overwriting a text saved meanwhile in another window or
by the same member on another laptop of a team server.
"""

from dataclasses import dataclass
from typing import ClassVar

from interviewdesk.store.edits import UNCHANGED, Edit, Unchanged


@dataclass(frozen=True)
class AssessmentEdit(Edit):
    """The form's own fields: strengths and weaknesses as they now read, and the
    overall recommendation (a key of ``scales.RECOMMENDATIONS``, or ``None``)."""

    KIND: ClassVar[str] = "assessment"
    TEXTS: ClassVar[tuple[str, ...]] = ("strengths", "weaknesses")

    strengths: str | Unchanged = UNCHANGED
    weaknesses: str | Unchanged = UNCHANGED
    recommendation: str | Unchanged | None = UNCHANGED


@dataclass(frozen=True)
class RatingEdit(Edit):
    """One competency's rating: a score 1–5 or ``None`` ("not assessed"), and the
    evidence notes as they now read."""

    KIND: ClassVar[str] = "rating"
    KEY_FIELDS: ClassVar[tuple[str, ...]] = ("competency_id",)
    TEXTS: ClassVar[tuple[str, ...]] = ("evidence",)

    competency_id: int
    score: int | Unchanged | None = UNCHANGED
    evidence: str | Unchanged = UNCHANGED


#: Anything the form writes.
FormEdit = AssessmentEdit | RatingEdit


def form_text_edit(record: tuple[str, str | int], name: str, text: str) -> FormEdit:
    """The edit that writes ``text`` to the guarded text ``name`` of ``record``: how a
    conflict's outcome is saved. ``ValueError`` for anything else."""
    if record[0] == "assessment" and name == "strengths":
        return AssessmentEdit(strengths=text)
    if record[0] == "assessment" and name == "weaknesses":
        return AssessmentEdit(weaknesses=text)
    if record[0] == "rating" and name == "evidence":
        return RatingEdit(int(record[1]), evidence=text)
    raise ValueError(f"{record[0]}.{name} is not a text of the form.")
