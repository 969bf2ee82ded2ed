"""When a panel member's assessment form is complete, and where a form stands.

A form may be submitted once the member has chosen an overall recommendation and
has dealt with every competency of the vacancy: scored it 1–5 or marked it "not
assessed". The store keeps a rating's state without a column of its own (no row:
untouched; a row without a score: not assessed; a row with one: scored), so the one
ambiguous case is a row with evidence but no score — usually a forgotten click. It
counts as "not assessed" only when the rater confirms it.

Pure: the store reads the form and asks :func:`completeness`; the form window shows
what it returns (docs/architecture.md, the layers: rules in ``domain/``).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

RatingState = Literal["untouched", "not_assessed", "scored"]
FormState = Literal["not_started", "in_progress", "submitted"]


@dataclass(frozen=True)
class GivenRating:
    """What a member wrote about one competency: a score 1–5 (``None``: none picked)
    and the evidence."""

    score: int | None
    evidence: str = ""


def rating_state(rating: GivenRating | None) -> RatingState:
    """The state a rating is in: no rating at all is untouched."""
    if rating is None:
        return "untouched"
    return "not_assessed" if rating.score is None else "scored"


@dataclass(frozen=True)
class Completeness:
    """What a form still lacks before it can be submitted, by competency name."""

    missing_recommendation: bool = False
    #: Competencies neither scored nor marked not assessed.
    untouched: tuple[str, ...] = ()
    #: Competencies with evidence but no score: "not assessed" only if confirmed.
    evidence_without_score: tuple[str, ...] = ()

    def complete(self, *, accept_not_assessed: bool = False) -> bool:
        """Whether the form may be submitted; ``accept_not_assessed``: the rater
        confirmed that evidence without a score means "not assessed"."""
        return (not self.missing_recommendation and not self.untouched
                and (accept_not_assessed or not self.evidence_without_score))

    @property
    def needs_confirmation_only(self) -> bool:
        """Nothing is missing but the rater's word on evidence without a score."""
        return not self.missing_recommendation and not self.untouched


def completeness(competencies: Iterable[tuple[int, str]],
                 ratings: Mapping[int, GivenRating],
                 recommendation: str | None) -> Completeness:
    """What the form of ``competencies`` (``(id, name)`` in the form's order) lacks,
    given the member's ``ratings`` by competency id and their ``recommendation``.

    Evidence of only spaces is no evidence: such a row is plainly "not assessed".
    """
    untouched: list[str] = []
    unscored: list[str] = []
    for competency_id, name in competencies:
        rating = ratings.get(competency_id)
        if rating is None:
            untouched.append(name)
        elif rating.score is None and rating.evidence.strip():
            unscored.append(name)
    return Completeness(missing_recommendation=recommendation is None,
                        untouched=tuple(untouched), evidence_without_score=tuple(unscored))


def has_content(*, recommendation: str | None, strengths: str, weaknesses: str,
                any_rating: bool) -> bool:
    """Whether the member has filled in anything yet: a recommendation, a word of
    strengths or weaknesses, or any rating (even one only "not assessed")."""
    return bool(recommendation or strengths.strip() or weaknesses.strip() or any_rating)


def form_state(*, submitted: bool, content: bool) -> FormState:
    """Where a form stands, as everyone may see it (a state, never a score)."""
    if submitted:
        return "submitted"
    return "in_progress" if content else "not_started"
