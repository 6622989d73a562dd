"""Logrolling: pairs of issues two parties weigh differently, so that each giving way on the
issue it cares less about leaves both better off (Raiffa 1982, *The Art and Science of
Negotiation*, ch. 10 and 12: integrative trade-offs between issues of unequal importance).

For parties a, b and issues i, j with different best options, compare two ways of settling the
pair: the *compromise* C (on each issue the option maximising the smaller of the two parties'
values, ties: first option) and the *logroll* L (a gets its best option on i, b its best on j;
best = highest weighted value, ties: first option). The pair is a logrolling pair when both
parties get strictly more utility from L than from C, the other issues being equal. Reported
with each party's gain and the two options of each package.
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


def logrolls(space: AdditiveSpace, limit: int = 10) -> list[Logroll]:
    """Logrolling pairs (module docstring), largest joint gain first."""
    best = [v.argmax(axis=1) for v in space.values]
    out: list[Logroll] = []
    n = len(space.issues)
    for a in range(space.n_parties):
        for b in range(space.n_parties):
            if a == b:
                continue
            for i in range(n):
                for j in range(n):
                    if i == j or best[i][a] == best[i][b] or best[j][a] == best[j][b]:
                        continue
                    vi, vj = space.values[i], space.values[j]
                    ci = int(np.argmax(np.minimum(vi[a] / max(vi[a].max(), 1e-300),
                                                  vi[b] / max(vi[b].max(), 1e-300))))
                    cj = int(np.argmax(np.minimum(vj[a] / max(vj[a].max(), 1e-300),
                                                  vj[b] / max(vj[b].max(), 1e-300))))
                    li, lj = int(best[i][a]), int(best[j][b])
                    ga = float(vi[a, li] + vj[a, lj] - vi[a, ci] - vj[a, cj])
                    gb = float(vi[b, li] + vj[b, lj] - vi[b, ci] - vj[b, cj])
                    if ga > 1e-12 and gb > 1e-12 and (a < b or not _same(out, a, b, i, j, space)):
                        out.append(Logroll(
                            space.parties[a], space.issues[i], space.parties[b], space.issues[j],
                            {space.issues[i]: space.options[i][li], space.issues[j]: space.options[j][lj]},
                            {space.issues[i]: space.options[i][ci], space.issues[j]: space.options[j][cj]},
                            {space.parties[a]: round(ga, 6), space.parties[b]: round(gb, 6)}))
    out.sort(key=lambda x: -sum(x.gains.values()))
    return out[:limit]


def _same(found: list[Logroll], a: int, b: int, i: int, j: int, space: AdditiveSpace) -> bool:
    return any(x.party_a == space.parties[b] and x.party_b == space.parties[a]
               and x.issue_a == space.issues[j] and x.issue_b == space.issues[i] for x in found)
