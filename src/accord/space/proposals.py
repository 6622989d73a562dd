"""Scoring named proposals against the agreement space.

A proposal fixes some issues; the open ones are filled, issue by issue, with the option that
gives the parties the largest summed utility on that issue among the options that are no
party's red line (all options when each is someone's red line; ties: the first option), so every
proposal is scored as one package (``reference package``); the range of each party's utility over
all completions is reported as well. For that package: each party's utility and its gain over
its reservation value, the red lines it crosses and whose, whether it is Pareto-optimal among
all packages (red lines ignored: no package at least as good for all and better for one) and
whether it is undominated by the packages that cross no red line (no such package is at least
as good for all and better for one), and the nearest frontier packages that
are at least as good for every party, with what each party gains by moving there (Euclidean
distance in utility space; the frontier of packages crossing no red line when there is one,
else of all packages).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from accord.model import Proposal
from accord.space.additive import AdditiveSpace
from accord.space.pareto import Frontier


@dataclass(frozen=True)
class ProposalScore:
    proposal: str
    package: tuple[str, ...]
    filled: tuple[str, ...]
    """Issues the proposal leaves open (filled as described in the module docstring)."""
    utilities: dict[str, float]
    ranges: dict[str, tuple[float, float]]
    crosses: dict[str, list[str]]
    pareto_optimal: bool
    """Among all packages, red lines ignored."""
    undominated_within_red_lines: bool | None
    """No package crossing no red line Pareto-improves it (None when no package crosses none)."""
    improvements: list[dict[str, Any]] = field(default_factory=list)


def reference_package(space: AdditiveSpace, proposal: Proposal) -> tuple[list[int], list[str]]:
    """Option indices for the proposal's package, open issues filled (module docstring)."""
    out, filled = [], []
    for i, issue in enumerate(space.issues):
        value = proposal.package.get(issue)
        opts = space.options[i]
        if value is None:
            total = space.values[i].sum(axis=0)
            ok = space.allowed[i].all(axis=0)
            out.append(int(np.argmax(np.where(ok, total, -np.inf))) if ok.any() else int(np.argmax(total)))
            filled.append(issue)
        elif isinstance(value, str):
            out.append(opts.index(value))
        else:
            grid = np.asarray([float(o) for o in opts])
            out.append(int(np.argmin(np.abs(grid - float(value)))))
    return out, filled


def crossed_red_lines(space: AdditiveSpace, package: list[int]) -> dict[str, list[str]]:
    """Per party, the red lines the package crosses (single-issue and cross-issue)."""
    out: dict[str, list[str]] = {p: [] for p in space.parties}
    for i, allowed in enumerate(space.allowed):
        for a in np.flatnonzero(~allowed[:, package[i]]):
            out[space.parties[a]].append(f"{space.issues[i]} = {space.options[i][package[i]]}")
    for c in space.cross:
        if all(mask[package[i]] for i, mask in c.holds.items()):
            out[space.parties[c.party]].append(f"{c.label} ({c.condition})")
    return out


def score(space: AdditiveSpace, proposal: Proposal, front_all: Frontier, front: Frontier,
          front_kind: str, nearest: int = 3, front_free: Frontier | None = None) -> ProposalScore:
    """Score one proposal; ``front_all`` decides Pareto-optimality among all packages,
    ``front_free`` (packages crossing no red line) whether one of those improves it, ``front``
    (of kind ``front_kind``) supplies the nearest improvements."""
    pkg, filled = reference_package(space, proposal)
    u = space.utilities(np.asarray([pkg]))[0]
    ranges = {}
    for a, party in enumerate(space.parties):
        lo = hi = 0.0
        for i, issue in enumerate(space.issues):
            v = space.values[i][a]
            if issue in proposal.package:
                lo += float(v[pkg[i]])
                hi += float(v[pkg[i]])
            else:
                lo += float(v.min())
                hi += float(v.max())
        ranges[party] = (round(lo, 6), round(hi, 6))
    pts = front.points
    better = (pts >= u).all(axis=1) & (pts > u).any(axis=1)
    improvements = []
    if better.any():
        idx = np.flatnonzero(better)
        dist = np.linalg.norm(pts[idx] - u, axis=1)
        for k in idx[np.argsort(dist, kind="stable")][:nearest]:
            first = front.first[k]
            improvements.append({
                "package": dict(zip(space.issues, space.labels(first), strict=True)),
                "changes": {space.issues[i]: space.labels(first)[i] for i in range(len(pkg))
                            if int(first[i]) != pkg[i]},
                "utilities": {p: round(float(pts[k, a]), 6) for a, p in enumerate(space.parties)},
                "gains": {p: round(float(pts[k, a] - u[a]), 6) for a, p in enumerate(space.parties)},
                "frontier": front_kind,
                "crosses": {p: v for p, v in crossed_red_lines(space, [int(x) for x in first]).items() if v},
            })
    return ProposalScore(
        proposal.id, tuple(space.labels(pkg)), tuple(filled),
        {p: round(float(u[a]), 6) for a, p in enumerate(space.parties)}, ranges,
        crossed_red_lines(space, pkg), _undominated(front_all, u),
        _undominated(front_free, u) if front_free is not None and len(front_free) else None,
        improvements)


def _undominated(front_all: Frontier, u: np.ndarray) -> bool:
    pts = front_all.points
    return not bool(((pts >= u).all(axis=1) & (pts > u).any(axis=1)).any())


def to_json(s: ProposalScore, space: AdditiveSpace) -> dict[str, Any]:
    res = {p: round(float(space.reservation[a]), 6) for a, p in enumerate(space.parties)}
    return {
        "proposal": s.proposal,
        "package": dict(zip(space.issues, s.package, strict=True)),
        "open_issues_filled": list(s.filled),
        "utilities": s.utilities,
        "utilities_note": ("for the package above: the proposal with its open issues filled "
                           f"({', '.join(s.filled)})" if s.filled else "for the proposal's package"),
        "gain_over_reservation": {p: round(s.utilities[p] - res[p], 6) for p in s.utilities},
        "utility_range_over_completions": {p: list(v) for p, v in s.ranges.items()},
        "red_lines_crossed": {p: v for p, v in s.crosses.items()},
        "acceptable_to": [p for p, v in s.crosses.items() if not v and s.utilities[p] >= res[p]],
        "pareto_optimal_among_all_packages": s.pareto_optimal,
        "undominated_by_packages_crossing_no_red_line": s.undominated_within_red_lines,
        "nearest_improvements": s.improvements,
    }

