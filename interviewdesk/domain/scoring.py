"""Scoring a panel's assessments: per competency the raters' scores, their mean and
spread, and whether the panel must talk about it; per rater a weighted total; per
candidate the panel's result. Pure functions on plain mappings, so the store, the
panel view, the comparison and the PDF report all compute the same numbers.

Decisions this module makes, so no caller makes them differently:

* A competency's **flag** is ``"discrepancy"`` when the assessed scores lie
  :data:`DISCREPANCY_POINTS` or more apart, ``"gap"`` when nobody assessed it, and
  ``None`` otherwise. A competency only one rater assessed is not flagged (there is
  nobody to disagree with), but neither is it *agreement*: its :attr:`Status` is
  ``"single"``, and :attr:`CompetencySummary.agreed` is true only for two or more
  raters within the limit. A gap is never agreement.
* A rater's **weighted total** is Σ(weight·score) / Σ(weight) over the competencies
  that rater scored; a competency left "not assessed" neither counts as a low score
  nor dilutes the total. It is ``None`` when the rater scored nothing that weighs.
* The **panel result** of a competency is the consensus score when the panel recorded
  one (even for an unflagged competency: the panel has the last word), otherwise the
  mean when the competency is not flagged, otherwise ``None``: an unresolved flag has
  no result, rather than a mean that hides the disagreement.
* Raters are sorted by their key and sums are computed exactly (``Fraction``), so the
  order in which raters or competencies arrive never changes a result, not even in the
  last bit of a float; and every total stays within the scale.
"""

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from math import isfinite
from typing import Any, Generic, Literal, TypeVar

from interviewdesk.domain.scales import MAX_SCORE, MIN_SCORE, RECOMMENDATIONS, is_valid_rating

#: Raters whose scores for a competency lie this many points apart (or more) disagree.
DISCREPANCY_POINTS = 2

Flag = Literal["discrepancy", "gap"]
Status = Literal["agreement", "single", "discrepancy", "gap"]

#: A rater's key: the store uses panel member ids, tests use names.
R = TypeVar("R", bound=Hashable)
#: A competency's key: the store uses competency ids.
C = TypeVar("C", bound=Hashable)
K = TypeVar("K", bound=Hashable)


def _sort_key(key: Any) -> tuple[str, Any]:
    """Sort keys of one kind by value; the type name keeps mixed keys comparable."""
    return (type(key).__name__, key)


def _sorted(keys: Any) -> list[Any]:
    return sorted(keys, key=_sort_key)


def _check_score(score: object, where: str) -> None:
    if not is_valid_rating(score):
        raise ValueError(f"{where}: {score!r} is not a score from {MIN_SCORE} to {MAX_SCORE}.")


def _check_weights(weights: Mapping[Any, float]) -> None:
    for key, weight in weights.items():
        if not isfinite(weight) or weight < 0:
            raise ValueError(f"Competency {key!r} has weight {weight!r}; weights are ≥ 0.")


def _to_float(value: Fraction) -> float:
    """A correctly rounded float: the same exact value always gives the same float."""
    return float(value)


@dataclass(frozen=True)
class CompetencySummary(Generic[R, C]):
    """What the raters said about one competency.

    ``scores`` holds every rater's score (``None``: not assessed), sorted by rater key.
    ``mean`` and ``spread`` cover the assessed scores only and are ``None`` if nobody
    assessed the competency; one rater gives a spread of 0.
    """

    competency: C
    scores: tuple[tuple[R, int | None], ...]
    assessed: int
    mean: float | None
    spread: int | None
    status: Status

    @property
    def flag(self) -> Flag | None:
        """``"discrepancy"`` or ``"gap"`` when the panel must discuss it, else ``None``."""
        if self.status == "discrepancy" or self.status == "gap":
            return self.status
        return None

    @property
    def agreed(self) -> bool:
        """Two or more raters assessed it and lie less than the limit apart."""
        return self.status == "agreement"

    def score_of(self, rater: R) -> int | None:
        """The score ``rater`` gave (``None`` if not assessed or not a rater)."""
        return dict(self.scores).get(rater)


def summarize(competency: C, scores: Mapping[R, int | None]) -> CompetencySummary[R, C]:
    """Summarize the raters' ``scores`` for one competency (``None``: not assessed).

    Raises ``ValueError`` for a score that is not on the scale.
    """
    for rater, score in scores.items():
        _check_score(score, f"Rater {rater!r}, competency {competency!r}")
    ordered = tuple((rater, scores[rater]) for rater in _sorted(scores))
    assessed = [score for _rater, score in ordered if score is not None]
    if not assessed:
        return CompetencySummary(competency, ordered, 0, None, None, "gap")
    spread = max(assessed) - min(assessed)
    mean = _to_float(Fraction(sum(assessed), len(assessed)))
    if spread >= DISCREPANCY_POINTS:
        status: Status = "discrepancy"
    elif len(assessed) == 1:
        status = "single"
    else:
        status = "agreement"
    return CompetencySummary(competency, ordered, len(assessed), mean, spread, status)


def weighted_total(
    scores: Mapping[C, float | int | None], weights: Mapping[C, float]
) -> float | None:
    """Σ(weight·score) / Σ(weight) over the competencies in ``weights`` that have a
    score; ``None`` if none has, or all of those weigh 0.

    Scores may be means (floats). With every score within the scale, the total is too:
    it is computed exactly and rounded once.
    """
    _check_weights(weights)
    numerator = Fraction(0)
    denominator = Fraction(0)
    for competency in _sorted(weights):
        score = scores.get(competency)
        if score is None:
            continue
        weight = Fraction(weights[competency])
        numerator += weight * Fraction(score)
        denominator += weight
    if denominator == 0:
        return None
    return _to_float(numerator / denominator)


def rater_totals(
    ratings: Mapping[R, Mapping[C, int | None]], weights: Mapping[C, float]
) -> dict[R, float | None]:
    """Each rater's weighted total over what that rater assessed, keyed in rater order."""
    for rater, scores in ratings.items():
        for competency, score in scores.items():
            _check_score(score, f"Rater {rater!r}, competency {competency!r}")
    return {rater: weighted_total(ratings[rater], weights) for rater in _sorted(ratings)}


def panel_result(
    summary: CompetencySummary[R, C], consensus: Mapping[C, int | None]
) -> float | None:
    """The panel's score for a competency: the consensus if recorded, else the mean of
    an unflagged competency, else ``None`` (an open flag)."""
    if summary.competency in consensus:
        return consensus[summary.competency]
    if summary.flag is None:
        return summary.mean
    return None


@dataclass(frozen=True)
class PanelAnalysis(Generic[R, C]):
    """The whole panel matrix as numbers.

    ``competencies`` keeps the order of the ``weights`` given (the vacancy's order);
    ``totals`` are the raters' weighted totals sorted by rater key; ``results`` the
    panel result per competency; ``overall`` the candidate's weighted score from those
    results; ``open_flags`` the flagged competencies without a consensus score.
    """

    competencies: tuple[CompetencySummary[R, C], ...]
    totals: tuple[tuple[R, float | None], ...]
    results: tuple[tuple[C, float | None], ...]
    overall: float | None
    open_flags: tuple[C, ...] = field(default=())

    def summary(self, competency: C) -> CompetencySummary[R, C]:
        """The summary of ``competency``; ``KeyError`` if it is not in the analysis."""
        for summary in self.competencies:
            if summary.competency == competency:
                return summary
        raise KeyError(competency)

    def total_of(self, rater: R) -> float | None:
        """``rater``'s weighted total (``None`` if not a rater or nothing assessed)."""
        return dict(self.totals).get(rater)

    def result_of(self, competency: C) -> float | None:
        """The panel result of ``competency``."""
        return dict(self.results).get(competency)


def analyse_panel(
    ratings: Mapping[R, Mapping[C, int | None]],
    weights: Mapping[C, float],
    consensus: Mapping[C, int | None] | None = None,
) -> PanelAnalysis[R, C]:
    """Analyse the panel: ``ratings`` maps each rater to their scores per competency
    (a competency missing from a rater's mapping is not assessed), ``weights`` names
    the competencies of the vacancy in display order, ``consensus`` holds the scores
    the panel agreed on (a key present with ``None``: agreed it cannot be assessed).

    Raises ``ValueError`` for a score off the scale, a negative weight, or a score or
    consensus for a competency that ``weights`` does not name: a bug to surface, not
    a number to drop silently.
    """
    consensus = dict(consensus or {})
    _check_weights(weights)
    for rater, scores in ratings.items():
        unknown = set(scores) - set(weights)
        if unknown:
            raise ValueError(f"Rater {rater!r} scored unknown competencies {_sorted(unknown)}.")
    unknown = set(consensus) - set(weights)
    if unknown:
        raise ValueError(f"Consensus for unknown competencies {_sorted(unknown)}.")
    for competency, score in consensus.items():
        _check_score(score, f"Consensus on {competency!r}")

    summaries = tuple(
        summarize(competency, {rater: ratings[rater].get(competency) for rater in ratings})
        for competency in weights
    )
    results = tuple((s.competency, panel_result(s, consensus)) for s in summaries)
    return PanelAnalysis(
        competencies=summaries,
        totals=tuple(rater_totals(ratings, weights).items()),
        results=results,
        overall=weighted_total(dict(results), weights),
        open_flags=tuple(
            s.competency for s in summaries if s.flag is not None and s.competency not in consensus
        ),
    )


@dataclass(frozen=True)
class RecommendationSummary:
    """How many raters gave each recommendation, in the scale's order (strong no first),
    and how many gave none yet."""

    counts: tuple[tuple[str, int], ...]
    missing: int

    def count(self, key: str) -> int:
        """How many raters recommended ``key``; ``KeyError`` for an unknown key."""
        counts = dict(self.counts)
        if key not in counts:
            raise KeyError(key)
        return counts[key]


def summarize_recommendations(recommendations: Mapping[K, str | None]) -> RecommendationSummary:
    """Count the raters' recommendations (``None``: none chosen).

    Raises ``ValueError`` for a key that is not a recommendation.
    """
    counts = dict.fromkeys(RECOMMENDATIONS.keys(), 0)
    missing = 0
    for rater, key in recommendations.items():
        if key is None:
            missing += 1
        elif key in counts:
            counts[key] += 1
        else:
            raise ValueError(f"Rater {rater!r}: {key!r} is not a recommendation.")
    return RecommendationSummary(tuple(counts.items()), missing)
