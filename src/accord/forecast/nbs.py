"""The spatial Nash bargaining solution with a disagreement point, by exact optimisation.

Nash (1950), generalised (asymmetric) form (Kalai 1977) with bargaining power c_i s_i
(capability times salience, as in Achen 2006) and quadratic spatial utilities
u_i(x) = -(x - x_i)^2. The solution maximises prod_i (u_i(x) - u_i(d))^{c_i s_i} over the points
every actor prefers to the disagreement point d (the status quo). Issues are bargained separately,
each with its own d. (A salience factor inside u_i would cancel out of the maximiser, since
s_i multiplies both u_i(x) and u_i(d).)

Actor i gains over d exactly on the open interval |x - x_i| < |d - x_i|; the bargaining set is the
intersection of these intervals. On it, log of the product is strictly concave and its derivative
runs from +inf to -inf, so the maximiser is the derivative's only root, found by bracketing to
machine precision (`scipy.optimize.brentq`). Without a disagreement point (d far away) the
solution tends to the capability x salience weighted mean; that limit is returned and said so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq

from accord.forecast.compromise import compromise
from accord.forecast.inputs import SpatialInput

SOURCE = "Nash (1950); asymmetric form Kalai (1977), powers c*s as in Achen (2006)"


@dataclass(frozen=True)
class NbsResult:
    value: float | None
    """The solution, or None when no point is better than d for every actor."""
    bargaining_set: tuple[float, float] | None
    explanation: str


def nbs_1d(x: np.ndarray, s: np.ndarray, c: np.ndarray, d: float | None) -> NbsResult:
    """Asymmetric NBS on one issue. `x`, `s`, `c` per actor; `d` the disagreement point."""
    keep = (s > 0) & (c > 0)
    x, s, c = x[keep], s[keep], c[keep]
    if d is None or not np.isfinite(d):
        w = c * s
        value = float((w * x).sum() / w.sum())
        return NbsResult(value, None, "no disagreement point: the limit of a distant one, the "
                         "capability x salience weighted mean")
    r = np.abs(d - x)
    if np.any(r == 0):
        who = int(np.argmax(r == 0))
        return NbsResult(None, None, f"actor {who} sits at the disagreement point and loses by "
                         "any move: no bargaining set")
    lo, hi = float(np.max(x - r)), float(np.min(x + r))
    if not lo < hi:
        return NbsResult(None, None, "no point is better than the disagreement point for every "
                         "actor")

    def slope(y: float) -> float:
        gain = (d - x) ** 2 - (y - x) ** 2
        with np.errstate(divide="ignore", invalid="ignore"):
            return float(np.sum(c * s * (-2.0 * (y - x)) / gain))

    span = hi - lo
    a, b = lo + span * 1e-15, hi - span * 1e-15
    while slope(a) <= 0 and a > lo:
        a = lo + (a - lo) / 2 if a - lo > 1e-300 else lo
        if a == lo:
            break
    with np.errstate(divide="ignore", invalid="ignore"):
        value = brentq(slope, a, b, xtol=1e-13, rtol=4 * np.finfo(float).eps, maxiter=500) \
            if slope(a) > 0 > slope(b) else (a if slope(a) <= 0 else b)
    return NbsResult(float(value), (lo, hi), "maximises prod (u_i(x) - u_i(d))^(c_i s_i) inside "
                     "the bargaining set")


def nbs_batch(x: np.ndarray, s: np.ndarray, c: np.ndarray, d: float | None) -> np.ndarray:
    """`nbs_1d(...).value` (NaN for None) for many runs at once: `x`, `s`, `c` (runs, actors).
    Without a disagreement point the weighted mean of every run in one pass (the same sums as
    nbs_1d when every actor counts); with one, each run's own root."""
    if (d is None or not np.isfinite(d)) and np.all((s > 0) & (c > 0)):
        w = c * s
        return (w * x).sum(axis=-1) / w.sum(axis=-1)  # type: ignore[no-any-return]
    values = [nbs_1d(x[b], s[b], c[b], d).value for b in range(x.shape[0])]
    return np.array([np.nan if v is None else v for v in values])


def nbs(data: SpatialInput) -> list[NbsResult]:
    """Per dimension, the NBS with the dimension's status quo as disagreement point."""
    out = []
    fallback = compromise(data)
    for k in range(data.n_dims):
        keep = data.present[:, k]
        sq = float(data.status_quo[k])
        res = nbs_1d(data.position[keep, k], data.salience[keep, k], data.capability[keep],
                     sq if np.isfinite(sq) else None)
        if res.value is None and not np.isfinite(fallback[k]):
            raise AssertionError("unreachable")
        out.append(res)
    return out
