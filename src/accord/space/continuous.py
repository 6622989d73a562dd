"""Bargaining solutions over the continuum of one numeric issue, in closed form.

A scenario's numeric issue is analysed on a grid that alternates breakpoints ``b_0 < ... < b_k``
(every kink of every party's value function and every end of a red-line range or number in a
cross-issue red line) and the midpoints ``m_j`` between them (``accord.space.preferences``).
On an open piece ``(b_j, b_{j+1})`` every party's value is linear and which packages cross a red
line does not change, so a package ``(c, x)`` (``c`` the options on the other issues) has
utilities ``U(c, m_j) + B_j (x - m_j)`` with the same slope vector ``B_j`` for every ``c``. Hence
only the options ``c`` that are Pareto-optimal at ``m_j`` (among packages crossing no red line)
can be optimal on the piece, and for each of them the criterion is a function of one variable
``t = x - m_j`` on the interval where every party keeps at least its reservation value:

- **Nash**: ``prod_p (g_p + B_p t)`` is a polynomial; its maximum is at a root of the
  derivative (``numpy.polynomial``, then checked) or at an end of the interval;
- **egalitarian** / **Kalai–Smorodinsky**: ``min_p`` of lines is concave and piecewise linear;
  its maximum is where two lines cross or at an end (KS lines are the gains divided by the ideal
  gains ``I_p - r_p``, ``I_p`` the best utility over the continuous zone, reached at an end of
  such an interval);
- **utilitarian**: linear, maximal at an end.

Ends of the interval are the piece's ends (grid breakpoints, where the grid analysis already
decides) or points where a party's utility meets its reservation value. The result is the best
of the grid solution and these candidates, computed in float64 (roots of the Nash polynomial are
accurate to rounding, not rational). When the best value is only approached at a piece's end
that crosses a red line (the piece is open there), it is a supremum, not attained, and is
reported as such. On an ``integer`` issue every candidate is moved to the whole numbers either
side of it that stay on the interval. Only spaces with exactly one numeric issue are solved this
way; with several, the result says so and the grid solutions stand.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.polynomial import polynomial as P

from accord.model.base import number
from accord.space.additive import AdditiveSpace, blocks, exact
from accord.space.bargaining import SOLUTIONS, normalise_power
from accord.space.pareto import frontier

_EPS = 1e-12


@dataclass(frozen=True)
class Piece:
    """One open piece (lo, hi) of the numeric issue with a frontier option set at its midpoint."""

    lo: float
    hi: float
    mid: int
    """Grid index of the midpoint."""
    points: np.ndarray
    """Utilities at the midpoint of the Pareto-optimal packages crossing no red line (m, P)."""
    firsts: np.ndarray
    """A package (option indices) behind each point."""
    slope: np.ndarray
    """d U_p / d x on the piece."""
    lo_ok: np.ndarray
    hi_ok: np.ndarray
    """Per point: whether its package with the grid value at that end crosses no red line."""


def _pieces(space: AdditiveSpace, n: int) -> list[Piece]:
    work = exact(space)
    scale = work.scale if work.scale is not None else np.ones(space.n_parties)
    xs = np.asarray([float(o) for o in space.options[n]])
    out = []
    recorded = dict(space.midpoints)
    mids = recorded.get(space.issues[n], tuple(range(1, len(xs) - 1, 2)))
    for j in mids:
        if not 0 < j < len(xs) - 1:
            continue
        lo, hi = xs[j - 1], xs[j + 1]
        slope = (space.values[n][:, j + 1] - space.values[n][:, j - 1]) / (hi - lo)
        only = np.zeros_like(space.allowed[n])
        only[:, j] = space.allowed[n][:, j]
        sub = replace(work, allowed=tuple(only if i == n else a for i, a in enumerate(work.allowed)))
        bs, m = blocks(sub, red_lines=True)
        if any(b.size == 0 for b in bs):
            continue
        f = frontier(bs, sub.n_parties, len(sub.issues), m)
        pts = np.asarray(f.points / scale)
        ends = []
        for e in (j - 1, j + 1):
            pk = f.first.copy()
            pk[:, n] = e
            ends.append(np.asarray(~space.crosses(pk).any(axis=1), dtype=bool))
        out.append(Piece(float(lo), float(hi), j, pts, f.first, slope, ends[0], ends[1]))
    return out


def _interval(g: np.ndarray, b: np.ndarray, lo: float, hi: float) -> tuple[float, float] | None:
    """t in [lo, hi] with g + b t >= 0 for every party."""
    for gp, bp in zip(g, b, strict=True):
        if abs(bp) < _EPS:
            if gp < -_EPS:
                return None
        elif bp > 0:
            lo = max(lo, -gp / bp)
        else:
            hi = min(hi, -gp / bp)
    return (lo, hi) if lo <= hi + _EPS else None


def _candidates(g: np.ndarray, b: np.ndarray, span: np.ndarray | None, lo: float, hi: float,
                name: str, alpha: np.ndarray | None) -> list[float]:
    ts = [lo, hi]
    if name == "nash":
        w = np.ones(g.size) if alpha is None else alpha
        # d/dt sum_p w_p log(g_p + b_p t) = 0  <=>  sum_p w_p b_p prod_{q != p} (g_q + b_q t) = 0
        deriv = np.zeros(1)
        for p in range(g.size):
            if w[p] <= 0:
                continue
            term = np.asarray([w[p] * b[p]])
            for q in range(g.size):
                if q != p and w[q] > 0:
                    term = P.polymul(term, [g[q], b[q]])
            deriv = P.polyadd(deriv, term)
        deriv = np.trim_zeros(np.asarray(deriv, dtype=np.float64), "b")
        if deriv.size > 1:
            ts += [float(x.real) for x in P.polyroots(deriv) if abs(x.imag) < 1e-9]
    if name in ("egalitarian", "kalai_smorodinsky"):
        s = np.ones(g.size) if span is None else np.where(span > 0, span, 1.0)
        gg, bb = g / s, b / s
        for p in range(g.size):
            for q in range(p + 1, g.size):
                if abs(bb[p] - bb[q]) > _EPS:
                    ts.append(float((gg[q] - gg[p]) / (bb[p] - bb[q])))
    return [t for t in ts if lo - _EPS <= t <= hi + _EPS]


def _whole(ts: list[float], at: float, lo: float, hi: float) -> list[float]:
    """The candidates moved to the whole numbers either side of each (an integer issue), kept
    where they stay in [lo, hi] (offsets ``t`` from the whole number ``at``)."""
    out = []
    for t in ts:
        for x in {math.floor(at + t + 1e-9), math.ceil(at + t - 1e-9)}:
            if lo - 1e-9 <= x - at <= hi + 1e-9:
                out.append(float(x - at))
    return sorted(set(out))


def _crit(name: str, u: np.ndarray, r: np.ndarray, span: np.ndarray, alpha: np.ndarray | None) -> float:
    gain = u - r
    if (gain < -1e-12).any():
        return -np.inf
    gain = np.maximum(gain, 0.0)
    if name == "nash":
        if alpha is None:
            return float(np.prod(gain))
        with np.errstate(divide="ignore"):
            return float(np.sum(np.where(alpha > 0, alpha * np.log(np.where(gain > 0, gain, 1e-300)), 0.0)))
    if name == "kalai_smorodinsky":
        return float(np.min(np.where(span > 0, gain / np.where(span > 0, span, 1.0), 1.0)))
    if name == "egalitarian":
        return float(gain.min())
    return float(u.sum())


def continuous_solutions(space: AdditiveSpace, power: Sequence[float] | None = None
                         ) -> dict[str, Any]:
    """The four solutions over the continuum of the space's numeric issue (module docstring),
    as JSON-ready data; ``{"computed": False, "reason": ...}`` when not applicable."""
    numeric = [space.issues.index(i) for i, _ in space.grid]
    if len(numeric) != 1:
        return {"computed": False,
                "reason": ("no numeric issue" if not numeric else
                           "more than one numeric issue: only the grid solutions are computed")}
    n = numeric[0]
    whole = space.issues[n] in space.integer
    r = np.asarray(space.reservation, dtype=np.float64)
    alpha = normalise_power(power, space.n_parties)
    pieces = _pieces(space, n)
    xs = np.asarray([float(o) for o in space.options[n]])
    # Ideal point over the continuous zone: a party's best utility is at an end of an interval.
    ideal = np.full(space.n_parties, -np.inf)
    feasible = []
    for pc in pieces:
        for k in range(pc.points.shape[0]):
            g = pc.points[k] - r
            iv = _interval(g, pc.slope, pc.lo - xs[pc.mid], pc.hi - xs[pc.mid])
            if iv is None:
                continue
            feasible.append((pc, k, g, iv))
            for t in iv:
                ideal = np.maximum(ideal, pc.points[k] + pc.slope * t)
    from accord.space.analysis import frontiers

    grid_zone = frontiers(space)[2]
    if len(grid_zone):
        ideal = np.maximum(ideal, grid_zone.points.max(axis=0))
    if not feasible and not len(grid_zone):
        return {"computed": True, "issue": space.issues[n], "empty": True, "solutions": {}}
    span = ideal - r
    out: dict[str, Any] = {}
    for name in SOLUTIONS:
        best: tuple[float, Any] | None = None
        for k in range(len(grid_zone)):  # isolated grid points and ends, as the grid has them
            u = grid_zone.points[k]
            val = _crit(name, u, r, span, alpha)
            if best is None or val > best[0] + 1e-12:
                best = (val, (None, grid_zone.first[k], float(xs[grid_zone.first[k][n]]), u, True))
        for pc, k, g, (lo, hi) in feasible:
            ts = _candidates(g, pc.slope, span if name == "kalai_smorodinsky" else None, lo, hi,
                             name, alpha)
            if whole:
                ts = _whole(ts, float(xs[pc.mid]), lo, hi)
            for t in ts:
                t = min(max(t, lo), hi)
                u = pc.points[k] + pc.slope * t
                val = _crit(name, u, r, span, alpha)
                x = float(xs[pc.mid] + t)
                at_lo, at_hi = abs(x - pc.lo) < 1e-9, abs(x - pc.hi) < 1e-9
                attained = not ((at_lo and not pc.lo_ok[k]) or (at_hi and not pc.hi_ok[k]))
                if best is None or val > best[0] + 1e-12:
                    best = (val, (pc, pc.firsts[k], x, u, attained))
        assert best is not None
        val, (_, first, x, u, attained) = best
        pkg = [space.options[i][int(j)] for i, j in enumerate(first)]
        pkg[n] = number(round(x)) if whole else f"{x:.6g}"
        out[name] = {"package": pkg, space.issues[n]: x, "utilities": [round(float(v), 6) for v in u],
                     "score": val, "attained": attained,
                     **({} if attained else {"note": f"supremum approached as {space.issues[n]} -> "
                                                     f"{x:g}, which crosses a red line"})}
    return {"computed": True, "issue": space.issues[n], "empty": False, "solutions": out,
            "method": (f"closed form on each open piece of {space.issues[n]} between breakpoints "
                       f"({len(pieces)} with packages crossing no red line), over the packages "
                       "Pareto-optimal at the piece's midpoint, and the grid values themselves "
                       "(float64; see accord.space.continuous)")}
