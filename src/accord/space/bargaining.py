"""Bargaining solutions over the agreement zone, measured from the reservation point ``r``
(the disagreement point). Each is chosen among the Pareto-optimal zone packages; every maximiser
of these criteria with positive gains is Pareto-optimal, so nothing is lost by that.

- **Nash** (Nash 1950, "The bargaining problem", Econometrica 18(2); with bargaining power
  ``alpha``, the asymmetric form of Kalai 1977 / Roth 1979): maximise
  ``prod_p (U_p - r_p) ** alpha_p``.
- **Kalai–Smorodinsky** (Kalai & Smorodinsky 1975, "Other solutions to Nash's bargaining
  problem", Econometrica 43(3)): maximise ``min_p (U_p - r_p) / (I_p - r_p)`` where ``I_p`` is
  party p's best utility in the zone (the ideal point); a party with ``I_p = r_p`` counts 1.
- **Egalitarian** (Kalai 1977, "Proportional solutions to bargaining situations",
  Econometrica 45(7)): maximise ``min_p (U_p - r_p)``.
- **Utilitarian**: maximise ``sum_p U_p``.

These are the definitions of the Genius reference values (``argmax over the rational Pareto
set``).

**Bargaining power.** Powers are checked (finite, non-negative, not all zero; else
``ValueError``) and normalised to sum 1, so ``6000,4000`` and ``0.6,0.4`` are the same solution.
The weighted Nash criterion is evaluated as ``sum_p alpha_p * log(U_p - r_p)`` (no underflow or
overflow for any number of parties); a party with ``alpha_p = 0`` does not count; a package
where a party with positive power gains nothing scores ``-inf`` (it is chosen only when every
zone package does, by the tie rule below).

**Ties.** In exact arithmetic (accord's own semantics, ``Frontier.scale`` set) the candidates
within a relative 1e-9 of the best float score are re-scored with exact fractions (Nash
product, ratios, minima and sums of rationals), so exact ties are ties and near-ties are
resolved exactly; the weighted Nash criterion (irrational in general) is compared as
``prod_p gain_p ** alpha_p`` exactly when every ``alpha_p`` is an integer multiple of the
smallest, otherwise by its float value. In float64 arithmetic (Genius) criteria are compared as
floats. Remaining ties go to the first package in outcome order: issues in order, options in
listed order, last issue fastest (``itertools.product`` order); issues tied into one group by
cross-issue red lines are compared as a group at the place of their first issue.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from accord.space.additive import FloatArray, true_fraction
from accord.space.pareto import Frontier

SOLUTIONS = ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian")


@dataclass(frozen=True)
class Solution:
    name: str
    point: int
    """Index into the frontier's points."""
    package: tuple[int, ...]
    utilities: tuple[float, ...]
    score: float


def normalise_power(power: Sequence[float] | None, n_parties: int) -> NDArray[np.float64] | None:
    """Bargaining powers scaled to sum 1 (None stays None); ValueError on a wrong count, a
    negative, non-finite or all-zero power."""
    if power is None:
        return None
    a = np.asarray([float(x) for x in power], dtype=np.float64)
    if a.size != n_parties:
        raise ValueError(f"{a.size} bargaining powers given for {n_parties} parties")
    if not np.isfinite(a).all() or (a < 0).any():
        raise ValueError("bargaining powers must be finite and non-negative, e.g. 0.6,0.4")
    total = float(a.sum())
    if total <= 0 or not math.isfinite(total):
        raise ValueError("bargaining powers must not all be zero and their sum must be finite")
    return np.asarray(a / total)


def _first(front: Frontier, best: NDArray[np.int64]) -> int:
    if best.size == 1:
        return int(best[0])
    firsts = front.first[best]
    order = np.lexsort(tuple(firsts[:, j] for j in range(firsts.shape[1] - 1, -1, -1)))
    return int(best[order[0]])


def _pick(front: Frontier, score: NDArray[np.float64]) -> int:
    return _first(front, np.flatnonzero(score == score.max()))


def _integer_powers(a: NDArray[np.float64]) -> list[int] | None:
    pos = a[a > 0]
    small = float(pos.min())
    ratios = a / small
    ints = np.rint(ratios)
    if np.all(np.abs(ratios - ints) <= 1e-9 * np.maximum(1.0, ratios)) and ints.max() <= 64:
        return [int(x) for x in ints]
    return None


def _exact_score(name: str, u: list[Fraction], r: list[Fraction], span: list[Fraction],
                 ipow: list[int] | None) -> Fraction:
    gain = [x - y for x, y in zip(u, r, strict=True)]
    if name == "nash":
        out = Fraction(1)
        for g, k in zip(gain, ipow or [1] * len(gain), strict=True):
            if k:
                out *= (g if g > 0 or ipow is None else Fraction(0)) ** k
        return out
    if name == "kalai_smorodinsky":
        return min(g / s if s > 0 else Fraction(1) for g, s in zip(gain, span, strict=True))
    if name == "egalitarian":
        return min(gain)
    return sum(u, Fraction(0))


def scores(name: str, u: NDArray[np.float64], r: NDArray[np.float64],
           power: Sequence[float] | None = None) -> NDArray[np.float64]:
    """The criterion of solution ``name`` for utilities ``u`` (m, parties) and reservation ``r``
    (the weighted Nash criterion as ``sum_p alpha_p log gain_p``, powers normalised)."""
    gain = u - r
    if name == "nash":
        if power is None:
            return np.asarray(np.prod(gain, axis=1))
        a = normalise_power(power, u.shape[1])
        assert a is not None
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.where(gain > 0, np.log(np.where(gain > 0, gain, 1.0)), -np.inf)
            terms = np.where(a > 0, a * logs, 0.0)
        return np.asarray(terms.sum(axis=1))
    if name == "kalai_smorodinsky":
        span = u.max(axis=0) - r
        ratio = np.where(span > 0, gain / np.where(span > 0, span, 1.0), 1.0)
        return np.asarray(ratio.min(axis=1))
    if name == "egalitarian":
        return np.asarray(gain.min(axis=1))
    if name == "utilitarian":
        return np.asarray(u.sum(axis=1))
    raise ValueError(f"unknown solution {name!r}; one of {', '.join(SOLUTIONS)}")


def solve(front: Frontier, reservation: FloatArray, power: Sequence[float] | None = None
          ) -> dict[str, Solution]:
    """All four solutions over a frontier of zone packages (empty dict when it is empty)."""
    if len(front) == 0:
        return {}
    u = front.points
    r = reservation
    a = normalise_power(power, u.shape[1])
    out = {}
    for name in SOLUTIONS:
        weighted = name == "nash" and a is not None
        s = scores(name, u, r, [float(x) for x in a] if weighted and a is not None else None)
        top = float(s.max())
        ipow = _integer_powers(a) if weighted and a is not None else None
        if front.scale is None or not math.isfinite(top) or (weighted and ipow is None):
            k = _pick(front, s)
        else:
            near = np.flatnonzero(s >= top - 1e-9 * max(1.0, abs(top)))
            sc = [float(x) for x in front.scale]
            rf = [true_fraction(float(x), d) for x, d in zip(r, sc, strict=True)]
            uf = [[true_fraction(float(x), d) for x, d in zip(u[k], sc, strict=True)] for k in near]
            span: list[Fraction] = []
            if name == "kalai_smorodinsky":
                span = [true_fraction(float(x), d) - y
                        for x, d, y in zip(u.max(axis=0), sc, rf, strict=True)]
            ex = [_exact_score(name, x, rf, span, ipow) for x in uf]
            best = max(ex)
            k = _first(front, near[[n for n, e in enumerate(ex) if e == best]])
        out[name] = Solution(name, k, tuple(int(x) for x in front.first[k]),
                             tuple(float(x) for x in u[k]), float(s[k]))
    return out
