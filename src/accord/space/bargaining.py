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
set``). Ties (equal criterion values, compared exactly in floating point
utilities) go to the first package in outcome order: issues in order, options in listed order,
last issue fastest (``itertools.product`` order); issues tied into one group by cross-issue red
lines are compared as a group at the place of their first issue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from accord.space.additive import FloatArray
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


def _pick(front: Frontier, score: NDArray[np.float64]) -> int:
    best = np.flatnonzero(score == score.max())
    if best.size == 1:
        return int(best[0])
    firsts = front.first[best]
    order = np.lexsort(tuple(firsts[:, j] for j in range(firsts.shape[1] - 1, -1, -1)))
    return int(best[order[0]])


def scores(name: str, u: NDArray[np.float64], r: NDArray[np.float64],
           power: Sequence[float] | None = None) -> NDArray[np.float64]:
    """The criterion of solution ``name`` for utilities ``u`` (m, parties) and reservation ``r``."""
    gain = u - r
    if name == "nash":
        if power is None:
            return np.asarray(np.prod(gain, axis=1))
        a = np.asarray(power, dtype=np.float64)
        return np.asarray(np.prod(np.maximum(gain, 0.0) ** a, axis=1))
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
    out = {}
    for name in SOLUTIONS:
        s = scores(name, u, r, power if name == "nash" else None)
        k = _pick(front, s)
        out[name] = Solution(name, k, tuple(int(x) for x in front.first[k]),
                             tuple(float(x) for x in u[k]), float(s[k]))
    return out
