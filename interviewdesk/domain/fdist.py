"""Quantiles of Fisher's F distribution, for the confidence interval of an ICC.

The app does not ship SciPy for one function: the F distribution's cumulative
probability is a regularised incomplete beta function, computed here with the
continued fraction of Numerical Recipes (Lentz's method), and a quantile is found by
bisection on it. Accurate to about 1e-10, far more than an interval printed with two
decimals needs.
"""

from math import exp, isfinite, lgamma, log

_EPS = 1e-15
_TINY = 1e-300


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (Lentz)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    return h


def beta_cdf(x: float, a: float, b: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1.0 - x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def f_cdf(value: float, df1: float, df2: float) -> float:
    """P(F ≤ value) for an F distribution with ``df1`` and ``df2`` degrees of freedom."""
    if value <= 0.0:
        return 0.0
    return beta_cdf(df1 * value / (df1 * value + df2), df1 / 2.0, df2 / 2.0)


def f_quantile(p: float, df1: float, df2: float) -> float:
    """The value below which an F(df1, df2) variable falls with probability ``p``.

    Raises ``ValueError`` for a probability outside (0, 1) or degrees of freedom that
    are not positive and finite.
    """
    if not 0.0 < p < 1.0:
        raise ValueError(f"Probability {p!r} is not between 0 and 1.")
    if not (isfinite(df1) and isfinite(df2) and df1 > 0 and df2 > 0):
        raise ValueError(f"Degrees of freedom {df1!r}, {df2!r} must be positive.")
    low, high = 0.0, 1.0
    while f_cdf(high, df1, df2) < p:
        high *= 2.0
        if high > 1e12:
            return high
    for _ in range(200):
        middle = (low + high) / 2.0
        if f_cdf(middle, df1, df2) < p:
            low = middle
        else:
            high = middle
        if high - low <= 1e-12 * max(1.0, high):
            break
    return (low + high) / 2.0
