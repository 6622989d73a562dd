"""Logrolling: pairs of issues two parties weigh differently, so that each giving way on the
issue it cares less about leaves both better off (Raiffa 1982, *The Art and Science of
Negotiation*, ch. 10 and 12: integrative trade-offs between issues of unequal importance).

For parties a, b and issues i, j with different best options, compare two ways of settling the
pair: the *compromise* C (on each issue the option maximising the smaller of the two parties'
values, ties: first option) and the *logroll* L (a gets its best option on i, b its best on j;
best = highest weighted value, ties: first option). The pair is a logrolling pair when both
parties get strictly more utility from L than from C, the other issues being equal. Reported
with each party's gain and the two options of each package.

Only options that cross no party's red line count (a logroll that hands a party an option the
other rejects outright is no trade): best and compromise options are chosen among the options
every party allows on the issue, and a pair whose logroll or compromise meets every clause of a
cross-issue red line on those two issues alone is left out. A cross-issue red line that also
names other issues depends on how they are settled and is listed under ``may_cross``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.space.additive import AdditiveSpace


@dataclass(frozen=True)
class Logroll:
    party_a: str
    issue_a: str
    party_b: str
    issue_b: str
    logroll: dict[str, str]
    compromise: dict[str, str]
    gains: dict[str, float]
    may_cross: tuple[str, ...] = ()
    """Cross-issue red lines the logroll meets on its two issues that also name other issues."""


def logrolls(space: AdditiveSpace, limit: int = 10) -> list[Logroll]:
    """Logrolling pairs (module docstring), largest joint gain first."""
    ok = [np.asarray(al.all(axis=0)) for al in space.allowed]  # options no party rejects outright
    masked = [np.where(ok[i][None, :], v, -np.inf) for i, v in enumerate(space.values)]
    best = [m.argmax(axis=1) for m in masked]
    out: list[Logroll] = []
    n = len(space.issues)
    for a in range(space.n_parties):
        for b in range(space.n_parties):
            if a == b:
                continue
            for i in range(n):
                for j in range(n):
                    if (i == j or not ok[i].any() or not ok[j].any()
                            or best[i][a] == best[i][b] or best[j][a] == best[j][b]):
                        continue
                    vi, vj = space.values[i], space.values[j]
                    ci, cj = _compromise(vi, a, b, ok[i]), _compromise(vj, a, b, ok[j])
                    li, lj = int(best[i][a]), int(best[j][b])
                    if _crosses(space, {i: li, j: lj}) or _crosses(space, {i: ci, j: cj}):
                        continue
                    ga = float(vi[a, li] + vj[a, lj] - vi[a, ci] - vj[a, cj])
                    gb = float(vi[b, li] + vj[b, lj] - vi[b, ci] - vj[b, cj])
                    if ga > 1e-12 and gb > 1e-12 and (a < b or not _same(out, a, b, i, j, space)):
                        out.append(Logroll(
                            space.parties[a], space.issues[i], space.parties[b], space.issues[j],
                            {space.issues[i]: space.options[i][li], space.issues[j]: space.options[j][lj]},
                            {space.issues[i]: space.options[i][ci], space.issues[j]: space.options[j][cj]},
                            {space.parties[a]: round(ga, 6), space.parties[b]: round(gb, 6)},
                            _may_cross(space, {i: li, j: lj})))
    out.sort(key=lambda x: -sum(x.gains.values()))
    return out[:limit]


def _compromise(v: np.ndarray, a: int, b: int, ok: np.ndarray) -> int:
    """The allowed option maximising the smaller of the two parties' normalised values."""
    low = np.minimum(v[a] / max(v[a].max(), 1e-300), v[b] / max(v[b].max(), 1e-300))
    return int(np.argmax(np.where(ok, low, -np.inf)))


def _crosses(space: AdditiveSpace, settled: dict[int, int]) -> bool:
    """Whether a cross-issue red line on the settled issues only holds for these options."""
    return any(set(c.holds) <= set(settled) and all(m[settled[k]] for k, m in c.holds.items())
               for c in space.cross)


def _may_cross(space: AdditiveSpace, settled: dict[int, int]) -> tuple[str, ...]:
    return tuple(f"{space.parties[c.party]}: {c.label} ({c.condition})" for c in space.cross
                 if not set(c.holds) <= set(settled) and set(c.holds) & set(settled)
                 and all(m[settled[k]] for k, m in c.holds.items() if k in settled))


def _same(found: list[Logroll], a: int, b: int, i: int, j: int, space: AdditiveSpace) -> bool:
    return any(x.party_a == space.parties[b] and x.party_b == space.parties[a]
               and x.issue_a == space.issues[j] and x.issue_b == space.issues[i] for x in found)
