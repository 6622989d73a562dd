"""Genius-compatible utilities (the ANAC negotiation platform, Genius 10.4).

``U_p(b) = sum_i w'_pi * e_pi(b_i) / max_v e_pi(v)`` with ``w'_pi = w_pi / sum_j w_pj``
(``AdditiveUtilitySpace.getUtility``, ``EvaluatorDiscrete`` normalised by the issue maximum,
``normalizeWeights``). The reservation value is on that normalised 0-1 scale (missing: 0).
Discounting is ``U * d**t`` with ``t`` the normalised time in [0, 1] (``discounted``); analyses of
the agreement space are undiscounted (t = 0), as in the Genius reference values. Utilities are
float64 sums in issue order, as Genius adds them, and ties are ties of those floats
(``arithmetic="float64"``): reference values such as 955 Pareto packages of party_9 depend on a
one-ulp tie of Genius's own float sums, so exact rational arithmetic would differ there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from accord.space.additive import AdditiveSpace


@dataclass(frozen=True)
class GeniusProfile:
    """One party's raw Genius profile: a weight and an evaluation per option, per issue."""

    name: str
    weights: tuple[float, ...]
    evaluations: tuple[tuple[float, ...], ...]
    reservation: float | None = None
    discount: float | None = None


def genius_space(issues: Sequence[str], options: Sequence[Sequence[str]],
                 profiles: Sequence[GeniusProfile]) -> AdditiveSpace:
    """The additive space the profiles define under Genius semantics (see module docstring).

    Raises ValueError when a weight is negative, the weights sum to zero, an evaluation is
    negative or an issue's evaluations are all zero (Genius would divide by zero)."""
    n = len(issues)
    values = []
    for i in range(n):
        rows = []
        for prof in profiles:
            total = float(sum(prof.weights))
            if total <= 0 or any(w < 0 for w in prof.weights):
                raise ValueError(f"{prof.name}: weights must be non-negative with a positive sum")
            ev = np.asarray(prof.evaluations[i], dtype=np.float64)
            if (ev < 0).any() or ev.max() <= 0:
                raise ValueError(f"{prof.name}: issue {issues[i]!r} needs non-negative "
                                 "evaluations with a positive maximum")
            rows.append(prof.weights[i] / total * (ev / ev.max()))
        values.append(np.asarray(rows, dtype=np.float64))
    res = np.asarray([p.reservation or 0.0 for p in profiles])
    return AdditiveSpace(
        parties=tuple(p.name for p in profiles),
        issues=tuple(issues),
        options=tuple(tuple(o) for o in options),
        values=tuple(values),
        allowed=tuple(np.ones((len(profiles), len(o)), dtype=bool) for o in options),
        reservation=res,
        arithmetic="float64",
        notes=("Genius semantics: evaluations divided by the issue maximum, weights renormalised "
               "to sum 1, reservation values on that scale (missing: 0), undiscounted",),
    )


def discounted(utility: float, discount: float | None, t: float) -> float:
    """Genius discounting ``U * d**t`` at normalised time ``t`` in [0, 1] (no factor: U)."""
    if not 0.0 <= t <= 1.0:
        raise ValueError(f"t must lie in [0, 1], got {t}")
    if discount is None or discount <= 0.0 or discount >= 1.0:
        return utility
    return float(utility * discount**t)
