"""How consistent are our interviewers? Inter-rater reliability and per-interviewer
figures, as pure functions on plain tables (no Qt, no SQL), so that they can be
checked against published tables.

**Reliability** is the intraclass correlation of Shrout & Fleiss (1979) for a two-way
random-effects model — every candidate rated by the same raters, raters seen as a
sample of the firm's interviewers:

* ``ICC(2,1)`` — how far one interviewer's score can be trusted on its own;
* ``ICC(2,k)`` — how far the *mean* of the ``k`` panel members can be trusted.

Both come from the mean squares of a two-way ANOVA without replication (BMS between
candidates, JMS between raters, EMS residual, over ``n`` candidates and ``k`` raters)::

    ICC(2,1) = (BMS − EMS) / (BMS + (k−1)·EMS + k·(JMS − EMS)/n)
    ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)

The 95 % confidence interval is the F-based one of McGraw & Wong (1996) for
ICC(A,1) with Satterthwaite's degrees of freedom; ICC(2,k)'s bounds are the single
bounds stepped up with Spearman–Brown, as McGraw & Wong do. There is no interval
when the residual mean square is zero (raters differ by a constant, or not at all):
the F ratios are then undefined; a perfect 1.0 gets the interval [1, 1]. Bounds are
kept within [−1, 1] (a stepped-up lower bound can fall below −1 on a few interviews).
Nor is there an interval when the approximation leaves out the estimate itself
(possible for a negative ICC on a few interviews).

Decisions this module makes, so no caller makes them differently:

* **Missing values.** The ANOVA needs a complete table, so a candidate who lacks a
  score from a kept rater is left out (listwise deletion); ``None`` marks a missing
  score ("not assessed", or not on that panel). Because panels differ between
  interviews, the raters kept are the group of two or more that keeps the most
  scores (complete candidates × raters). Such a best group is always the set of
  raters common to the candidates it keeps, so only those intersections are tried
  (every candidate's set of raters and their intersections; should an irregular
  table give more than :data:`MAX_GROUPS` of them, only the candidates' own sets).
  Among equally large groups the one with more candidates wins, then the one with
  the *lowest* ICC(2,1) — the cautious reading, and a rule that looks at the scores
  only, so the order of raters and candidates never changes a result. The figures
  say how many candidates and raters they rest on.
* **Too little data.** Below :data:`MIN_CANDIDATES` candidates rated by
  :data:`MIN_RATERS` or more of the same raters there is no number, only
  ``"not_enough_data"``.
* **Undefined.** When the scores do not vary (the denominator is zero) or the
  estimate falls outside [−1, 1] (possible for the ANOVA estimator when candidates
  hardly differ and raters disagree), the ICC is ``None`` with reading
  ``"undefined"``: such a number has no interpretation, and clipping it would invent
  one.
* **Reading** after Koo & Li (2016): ``"good"`` from .75, ``"moderate"`` from .50,
  ``"poor"`` below. (Koo & Li call .90 and up "excellent"; with a five-point scale
  and a handful of interviews the app does not claim that much.)
* Sums use :func:`math.fsum` (exactly rounded), so neither the order of the
  candidates nor of the raters changes a result, not even in the last bit.
"""

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from math import fsum, isfinite
from statistics import pstdev
from typing import Literal

from interviewdesk.domain.fdist import f_quantile

Kind = Literal["ICC(2,1)", "ICC(2,k)"]
KINDS: tuple[Kind, ...] = ("ICC(2,1)", "ICC(2,k)")
Reading = Literal["good", "moderate", "poor", "not_enough_data", "undefined"]

#: Fewer candidates than this (rated by the same two or more raters) give no ICC.
MIN_CANDIDATES = 3
MIN_RATERS = 2
GOOD = 0.75
MODERATE = 0.5
#: The confidence level of the interval.
CONFIDENCE = 0.95
#: The most groups of raters tried for the complete table (see the module docstring).
MAX_GROUPS = 4096
#: A score this many points or more from the other raters' mean is "far off".
FAR_OFF_POINTS = 2

#: One table row: a candidate's scores by rater, ``None`` where there is none.
Row = Sequence[float | None]


@dataclass(frozen=True)
class IccResult:
    """An ICC with what it rests on. ``value``, ``low`` and ``high`` are ``None``
    when there is no number (see ``reading``)."""

    kind: Kind
    value: float | None
    low: float | None
    high: float | None
    reading: Reading
    candidates: int
    raters: int

    @property
    def has_value(self) -> bool:
        """Whether there is a number to show."""
        return self.value is not None


@dataclass(frozen=True)
class _Anova:
    n: int
    k: int
    bms: float
    jms: float
    ems: float


def reading_of(value: float | None) -> Reading:
    """The plain-words reading of an ICC after Koo & Li (2016)."""
    if value is None:
        return "undefined"
    if value >= GOOD:
        return "good"
    if value >= MODERATE:
        return "moderate"
    return "poor"


def _groups(raters_of_rows: list[frozenset[int]]) -> set[frozenset[int]]:
    """The candidate groups of raters: the rows' own rater sets and, up to
    :data:`MAX_GROUPS`, every intersection of them (see the module docstring)."""
    own = {raters for raters in raters_of_rows if len(raters) >= MIN_RATERS}
    groups = set(own)
    frontier = set(own)
    while frontier:
        new = {a & b for a in frontier for b in own} - groups
        new = {g for g in new if len(g) >= MIN_RATERS}
        groups |= new
        if len(groups) > MAX_GROUPS:
            return own
        frontier = new
    return groups


def _check(table: Iterable[Row]) -> list[list[float | None]]:
    rows = []
    for r, row in enumerate(table):
        checked: list[float | None] = []
        for value in row:
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or not isfinite(value)
            ):
                raise ValueError(f"Row {r + 1}: {value!r} is not a score.")
            checked.append(None if value is None else float(value))
        rows.append(checked)
    return rows


def _mean_squares(rows: list[list[float]]) -> _Anova:
    n, k = len(rows), len(rows[0])
    grand = fsum(v for row in rows for v in row) / (n * k)
    row_means = [fsum(row) / k for row in rows]
    col_means = [fsum(row[j] for row in rows) / n for j in range(k)]
    ss_rows = k * fsum((m - grand) ** 2 for m in row_means)
    ss_cols = n * fsum((m - grand) ** 2 for m in col_means)
    ss_error = fsum(
        (rows[i][j] - row_means[i] - col_means[j] + grand) ** 2 for i in range(n) for j in range(k)
    )
    return _Anova(n, k, ss_rows / (n - 1), ss_cols / (k - 1), ss_error / ((n - 1) * (k - 1)))


def _anova(table: Iterable[Row]) -> _Anova | None:
    """The mean squares of the best complete part of ``table`` (see the module
    docstring); too small a part has ``n`` below :data:`MIN_CANDIDATES` and no
    mean squares, no part at all gives ``None``."""
    rows = _check(table)
    raters_of_rows = [frozenset(j for j, v in enumerate(row) if v is not None) for row in rows]
    options = []
    for group in _groups(raters_of_rows):
        kept = [i for i, raters in enumerate(raters_of_rows) if group <= raters]
        options.append((len(kept) * len(group), len(kept), group, kept))
    if not options:
        return None
    best_cells, best_rows = max((cells, n) for cells, n, _g, _k in options)
    tied = [(g, k) for cells, n, g, k in options if (cells, n) == (best_cells, best_rows)]
    if best_rows < MIN_CANDIDATES:
        return _Anova(best_rows, len(tied[0][0]), 0.0, 0.0, 0.0)
    analyses = []
    for group, kept in tied:
        columns = sorted(group)
        table_ = [[float(rows[i][j]) for j in columns] for i in kept]  # type: ignore[arg-type]
        analyses.append(_mean_squares(table_))
    if len(analyses) == 1:
        return analyses[0]

    def cautious(a: _Anova) -> tuple[int, float, float, float, float]:
        value = _single(a)
        return (0 if value is None else 1, value or 0.0, a.bms, a.jms, a.ems)

    return min(analyses, key=cautious)


def _single(a: _Anova) -> float | None:
    denominator = a.bms + (a.k - 1) * a.ems + a.k * (a.jms - a.ems) / a.n
    if denominator <= 0 or not isfinite(denominator):
        return None
    return (a.bms - a.ems) / denominator


def _average(a: _Anova) -> float | None:
    denominator = a.bms + (a.jms - a.ems) / a.n
    if denominator <= 0 or not isfinite(denominator):
        return None
    return (a.bms - a.ems) / denominator


def _interval(a: _Anova, single: float) -> tuple[float, float] | None:
    """McGraw & Wong's (1996) interval for ICC(A,1), as in Shrout & Fleiss's
    formula with Satterthwaite's degrees of freedom."""
    n, k = a.n, a.k
    if a.ems <= 0:
        return None
    fj = a.jms / a.ems
    numerator = (k - 1) * (n - 1) * (k * single * fj + n * (1 + (k - 1) * single) - k * single) ** 2
    denominator = (n - 1) * k**2 * single**2 * fj**2 + (
        n * (1 + (k - 1) * single) - k * single
    ) ** 2
    if denominator <= 0:
        return None
    v = numerator / denominator
    if not isfinite(v) or v <= 0:
        return None
    alpha = 1 - CONFIDENCE
    f_low = f_quantile(1 - alpha / 2, n - 1, v)
    f_high = f_quantile(1 - alpha / 2, v, n - 1)
    spread = k * a.jms + (k * n - k - n) * a.ems
    low = n * (a.bms - f_low * a.ems) / (f_low * spread + n * a.bms)
    high = n * (f_high * a.bms - a.ems) / (spread + n * f_high * a.bms)
    return max(-1.0, low), min(1.0, high)


def _spearman_brown(value: float, k: int) -> float:
    return k * value / (1 + (k - 1) * value)


def icc(ratings: Iterable[Row], kind: Kind = "ICC(2,1)") -> IccResult:
    """The intraclass correlation ``kind`` of a candidates × raters table.

    ``ratings`` holds one row per candidate and one column per rater; ``None`` is a
    missing score (see the module docstring for how missing scores, too little data
    and undefined values are handled). Raises ``ValueError`` for an unknown ``kind``
    or a value that is not a number.
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown ICC kind {kind!r}; expected one of {', '.join(KINDS)}.")
    a = _anova(ratings)
    if a is None or a.n < MIN_CANDIDATES:
        return IccResult(
            kind, None, None, None, "not_enough_data", a.n if a else 0, a.k if a else 0
        )
    single = _single(a)
    value = single if kind == "ICC(2,1)" else _average(a)
    if value is None or single is None or not -1.0 <= value <= 1.0:
        return IccResult(kind, None, None, None, "undefined", a.n, a.k)
    bounds = _interval(a, single) if -1.0 < single < 1.0 else None
    if bounds is not None and not bounds[0] <= single <= bounds[1]:
        # Satterthwaite's approximation can miss the estimate itself when raters
        # disagree more than candidates differ (a negative ICC on a few interviews):
        # an interval that does not hold its own estimate is no interval.
        bounds = None
    low = high = None
    if bounds is not None:
        low, high = bounds
        if kind == "ICC(2,k)":
            low, high = (_spearman_brown(b, a.k) if b > -1 / (a.k - 1) else -1.0 for b in bounds)
            low, high = max(-1.0, low), min(1.0, high)
    elif single == 1.0:
        low = high = 1.0
    return IccResult(kind, value, low, high, reading_of(value), a.n, a.k)


# --- Per interviewer -------------------------------------------------------------------


@dataclass(frozen=True)
class Rating:
    """One score as the per-interviewer figures need it: which interview and
    competency, by whom, the score (``None`` = not assessed), and how long the
    written evidence is (in characters)."""

    interview: Hashable
    competency: Hashable
    rater: Hashable
    score: int | None
    evidence_length: int = 0


@dataclass(frozen=True)
class Figure:
    """A number with the count it rests on; ``value`` is ``None`` when ``count`` is 0."""

    value: float | None
    count: int


@dataclass(frozen=True)
class InterviewerFigures:
    """How one interviewer rates, compared with the others on the same panels.

    * ``leniency`` — mean of (own score − mean of the other raters' scores) over the
      competencies where both exist; positive is milder than the panel. The panel
      score here leaves the interviewer out, so that nobody is compared with
      themselves.
    * ``spread`` — standard deviation of the interviewer's own scores (how much of
      the scale they use); ``lowest``/``highest`` the scores used.
    * ``far_off`` — the share of those comparisons where the score lay
      :data:`FAR_OFF_POINTS` or more from the others' mean.
    * ``not_assessed`` — the share of their ratings left "not assessed".
    * ``evidence_length`` — mean characters of evidence with a score.
    """

    rater: Hashable
    leniency: Figure
    spread: Figure
    lowest: int | None
    highest: int | None
    far_off: Figure
    not_assessed: Figure
    evidence_length: Figure


def _mean(values: Sequence[float]) -> float | None:
    return fsum(values) / len(values) if values else None


def _by_rater(
    ratings: Iterable[Rating],
) -> tuple[dict[Hashable, list[Rating]], dict[tuple[Hashable, Hashable], list[Rating]]]:
    by_item: dict[tuple[Hashable, Hashable], list[Rating]] = {}
    by_rater: dict[Hashable, list[Rating]] = {}
    for rating in ratings:
        by_item.setdefault((rating.interview, rating.competency), []).append(rating)
        by_rater.setdefault(rating.rater, []).append(rating)
    return by_rater, by_item


def _rater_order(rater: Hashable) -> tuple[str, Hashable]:
    return (type(rater).__name__, rater)


def _deviations_of(
    rater: Hashable, own: list[Rating], by_item: dict[tuple[Hashable, Hashable], list[Rating]]
) -> list[float]:
    differences = []
    for r in own:
        if r.score is None:
            continue
        others = [
            o.score
            for o in by_item[(r.interview, r.competency)]
            if o.rater != rater and o.score is not None
        ]
        if others:
            differences.append(r.score - fsum(others) / len(others))
    return differences


def deviations(ratings: Iterable[Rating]) -> dict[Hashable, list[float]]:
    """Per interviewer (in key order) each score minus the mean of the *other* raters'
    scores on the same competency of the same interview, where both exist: the dots
    of the calibration plot, and what :attr:`InterviewerFigures.leniency` averages."""
    by_rater, by_item = _by_rater(ratings)
    return {
        rater: _deviations_of(rater, by_rater[rater], by_item)
        for rater in sorted(by_rater, key=_rater_order)
    }


def interviewer_figures(ratings: Iterable[Rating]) -> list[InterviewerFigures]:
    """Per interviewer the figures of :class:`InterviewerFigures`, sorted by rater
    key (by type name, then value), from the ratings of closed rounds."""
    by_rater, by_item = _by_rater(ratings)
    result = []
    for rater in sorted(by_rater, key=_rater_order):
        own = by_rater[rater]
        scores = [r.score for r in own if r.score is not None]
        differences = _deviations_of(rater, own, by_item)
        far = [1.0 if abs(d) >= FAR_OFF_POINTS else 0.0 for d in differences]
        evidence = [float(r.evidence_length) for r in own if r.score is not None]
        result.append(
            InterviewerFigures(
                rater=rater,
                leniency=Figure(_mean(differences), len(differences)),
                spread=Figure(pstdev(scores) if scores else None, len(scores)),
                lowest=min(scores) if scores else None,
                highest=max(scores) if scores else None,
                far_off=Figure(_mean(far), len(far)),
                not_assessed=Figure(
                    _mean([1.0 if r.score is None else 0.0 for r in own]), len(own)
                ),
                evidence_length=Figure(_mean(evidence), len(evidence)),
            )
        )
    return result


def icc_table(ratings: Iterable[Rating], competency: Hashable) -> list[list[float | None]]:
    """The candidates × raters table of one competency (rows: interviews; columns:
    raters in key order), ``None`` where a rater gave no score."""
    chosen = [r for r in ratings if r.competency == competency]
    raters = sorted({r.rater for r in chosen}, key=_rater_order)
    interviews = sorted({r.interview for r in chosen}, key=_rater_order)
    cells = {(r.interview, r.rater): r.score for r in chosen}
    return [[cells.get((i, rater)) for rater in raters] for i in interviews]


@dataclass(frozen=True)
class Comparison:
    """One score set against the mean of the other raters' scores on the same
    competency of the same interview: a dot of the calibration plot, with what a
    tooltip needs to say where it comes from."""

    interview: Hashable
    competency: Hashable
    score: int
    others_mean: float
    others: int

    @property
    def deviation(self) -> float:
        """The score minus the others' mean (positive: milder)."""
        return self.score - self.others_mean


def comparisons(ratings: Iterable[Rating]) -> dict[Hashable, list[Comparison]]:
    """Per interviewer (in key order) each of their scores with the other raters' mean
    where both exist; the deviations are exactly :func:`deviations`."""
    by_rater, by_item = _by_rater(ratings)
    result: dict[Hashable, list[Comparison]] = {}
    for rater in sorted(by_rater, key=_rater_order):
        found = []
        for r in by_rater[rater]:
            if r.score is None:
                continue
            others = [o.score for o in by_item[(r.interview, r.competency)]
                      if o.rater != rater and o.score is not None]
            if others:
                found.append(Comparison(r.interview, r.competency, r.score,
                                        fsum(others) / len(others), len(others)))
        result[rater] = found
    return result
