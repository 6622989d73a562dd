"""One call that runs the whole agreement-space analysis and returns plain, JSON-ready data.

``analyse_space`` works on any additive space (a scenario's or a Genius domain's);
``analyse_scenario`` adds what needs the scenario: why the zone is empty (a minimal set of
colliding red lines), the cheapest concessions, proposal scores and logrolling pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from accord.model import NoPositionsKnown, Scenario
from accord.space.additive import AdditiveSpace, blocks, exact
from accord.space.bargaining import SOLUTIONS, normalise_power, solve
from accord.space.pareto import Frontier, frontier
from accord.space.zone import iterate, options_in_zone, zone


def _r(x: float) -> float:
    return round(float(x), 6)


def _alpha(power: Sequence[float], n: int) -> list[float]:
    a = normalise_power(power, n)
    return [] if a is None else [float(x) for x in a]


def _continuous(space: AdditiveSpace, power: Sequence[float] | None) -> dict[str, Any] | None:
    """Solutions over the continuum of a numeric issue (None when the space has none)."""
    if not space.grid:
        return None
    from accord.space.continuous import continuous_solutions

    return continuous_solutions(space, power)


def frontiers(space: AdditiveSpace) -> tuple[Frontier, Frontier, Frontier]:
    """(frontier of all packages, of packages crossing no red line, of the agreement zone),
    computed on the space's exact form (see ``accord.space.additive``), with true utilities."""
    work = exact(space)
    bs_all, m_all = blocks(work, red_lines=False)
    f_all = frontier(bs_all, work.n_parties, len(work.issues), m_all)
    bs, m = blocks(work, red_lines=True)
    f_free = frontier(bs, work.n_parties, len(work.issues), m)
    f_zone = f_free.subset(np.asarray((f_free.points >= work.reservation).all(axis=1)))
    return f_all.unscaled(work.scale), f_free.unscaled(work.scale), f_zone.unscaled(work.scale)


def _points(space: AdditiveSpace, f: Frontier, limit: int) -> list[dict[str, Any]]:
    order = np.lexsort(tuple(f.first[:, j] for j in range(f.first.shape[1] - 1, -1, -1)))
    return [{"package": space.labels(f.first[k]), "utilities": [_r(x) for x in f.points[k]],
             "packages_with_these_utilities": f.counts[k]} for k in order[:limit]]


def analyse_space(space: AdditiveSpace, power: Sequence[float] | None = None, limit: int = 20
                  ) -> dict[str, Any]:
    """Zone, frontiers and bargaining solutions of an additive space."""
    work = exact(space)
    z = zone(work)
    f_all, f_free, f_zone = frontiers(space)
    sols = solve(f_zone, space.reservation, power)
    sample: list[list[str]] = []
    for chunk in iterate(list(z.blocks), work.reservation, len(space.issues), chunk=limit):
        sample.extend(space.labels(row) for row in chunk[: limit - len(sample)])
        if len(sample) >= limit:
            break
    in_zone = options_in_zone(work, list(z.blocks)) if z.size else {}
    return {
        "parties": list(space.parties),
        "issues": {iss: list(opts) for iss, opts in zip(space.issues, space.options, strict=True)},
        "packages": space.size,
        "reservation": {p: _r(space.reservation[a]) for a, p in enumerate(space.parties)},
        "notes": list(work.notes),
        "on_grid": space.on_grid or None,
        "arithmetic": ("exact (rational utilities compared as integers)" if work.scale is not None
                       else "float64 sums in issue order (Genius semantics)"
                       if space.arithmetic == "float64" else "float64 sums in issue order"),
        "zone": {
            "size": z.size,
            "scope": space.on_grid or "exact over all packages",
            "empty": z.size == 0,
            "method": z.method,
            "first_packages": sample,
            "options_in_zone": {space.issues[i]: [space.options[i][j] for j in v]
                                for i, v in in_zone.items()},
        },
        "pareto": {
            "scope": space.on_grid or "exact over all packages",
            "all_packages": {"points": len(f_all), "packages": f_all.n_packages,
                             "method": f_all.method or "",
                             "first": _points(space, f_all, limit)},
            "no_red_line_crossed": {"points": len(f_free), "packages": f_free.n_packages},
            "zone": {"points": len(f_zone), "packages": f_zone.n_packages,
                     "first": _points(space, f_zone, limit)},
        },
        "solutions_scope": space.on_grid or "exact over all packages",
        "solutions": {
            name: ({"package": space.labels(s.package), "utilities": [_r(x) for x in s.utilities],
                    "gains": [_r(x - space.reservation[a]) for a, x in enumerate(s.utilities)],
                    "score": s.score} if (s := sols.get(name)) else None)
            for name in SOLUTIONS
        },
        "solutions_continuous": _continuous(space, power),
        "solution_definitions": {
            "nash": ("max prod_p (U_p - r_p)" if power is None else
                     "max sum_p alpha_p log(U_p - r_p) (weighted Nash; powers normalised to sum 1: "
                     f"alpha = {[_r(x) for x in _alpha(power, space.n_parties)]}; "
                     "a zero gain of a party with positive power scores -inf)"),
            "kalai_smorodinsky": "max min_p (U_p - r_p) / (best U_p in zone - r_p)",
            "egalitarian": "max min_p (U_p - r_p)",
            "utilitarian": "max sum_p U_p",
            "among": "Pareto-optimal zone packages; ties: first package in outcome order",
        },
    }


def red_line_conflict(space: AdditiveSpace) -> list[str]:
    """A minimal set of red lines that together leave no package crossing none of them
    (deletion filter: drop each red line in turn and keep it out when the rest still collide),
    or [] when some package crosses no red line."""
    singles = [(a, i, j) for i, al in enumerate(space.allowed) for a, j in zip(*np.nonzero(~al), strict=True)]
    items: list[tuple[str, Any]] = [("single", s) for s in singles] + [("cross", c) for c in space.cross]

    def feasible(active: list[tuple[str, Any]]) -> bool:
        allowed = [np.ones_like(al) for al in space.allowed]
        for kind, x in active:
            if kind == "single":
                allowed[x[1]][x[0], x[2]] = False
        trial = replace(space, allowed=tuple(allowed), cross=tuple(x for k, x in active if k == "cross"))
        bs, _ = blocks(trial, red_lines=True)
        return all(b.size > 0 for b in bs)

    if feasible(items):
        return []
    core = list(items)
    for item in list(items):
        rest = [x for x in core if x is not item]
        if not feasible(rest):
            core = rest
    out = []
    for kind, x in core:
        if kind == "single":
            a, i, j = x
            out.append(f"{space.parties[a]}: {space.issues[i]} = {space.options[i][j]}")
        else:
            out.append(f"{space.parties[x.party]}: {x.label} ({x.condition})")
    return out


def known_at(scenario: Scenario, date: str) -> tuple[Scenario, dict[str, Any]]:
    """The scenario as it stood at ``date`` (``Scenario.at``) restricted to the issues on which
    every party has a position then (``Scenario.known_issues``), and what was left out: the
    unknown (actor, issue) pairs and the issues excluded from the zone count. Raises
    ``NoPositionsKnown`` when no issue is known."""
    dated = scenario.at(date)
    pairs = dated.unknown_positions(date)
    try:
        known = dated.known_issues(date)
    except NoPositionsKnown:
        raise NoPositionsKnown(scenario, date, None) from None
    excluded = [i.id for i in dated.issues if i.id not in {k.id for k in known.issues}]
    note = (f"{len(excluded)} of {len(dated.issues)} issues excluded: some party has no position on "
            f"them by {date}, so the zone counts packages of the other {len(known.issues)} issues"
            if excluded else "")
    return known, {"positions": [{"actor": a, "issue": i} for a, i in pairs],
                   "issues_excluded": excluded, "note": note}


def analyse_scenario(scenario: Scenario, as_of: str | None = None, top: int = 3,
                     power: Sequence[float] | None = None, limit: int = 10,
                     genius: bool = False, stability_runs: int = 20) -> dict[str, Any]:
    """Everything ``analyse_space`` gives for the scenario's parties, plus the colliding red
    lines, the cheapest concessions, proposal scores and logrolling pairs, all as of ``as_of``
    (see ``known_at``: later proposals and positions are left out, and so are issues on which a
    party's position is unknown then, listed under ``unknown``). ``stability_runs`` perturbed
    rankings say how often each concession set stays first (``accord.space.stability``)."""
    from accord.space.concessions import concessions
    from accord.space.preferences import scenario_space
    from accord.space.proposals import score, to_json
    from accord.space.tradeoffs import logrolls

    date = as_of or scenario.as_of
    scenario, unknown = known_at(scenario, date)
    space = scenario_space(scenario, date, genius=genius)
    out = analyse_space(space, power, limit)
    out["as_of"] = date
    out["unknown"] = unknown
    conflict = red_line_conflict(space)
    out["zone"]["colliding_red_lines"] = conflict
    if out["zone"]["empty"] and not conflict:
        f_free = frontiers(space)[1]
        best = f_free.points.max(axis=0) if len(f_free) else np.zeros(space.n_parties)
        out["zone"]["reservations_out_of_reach"] = [
            p for a, p in enumerate(space.parties) if best[a] < space.reservation[a]]
    try:
        found, method = (concessions(scenario, date, top=top, genius=genius) if out["zone"]["empty"]
                         else ([], ""))
    except ValueError as exc:  # a search too large to be exact: say so instead of guessing
        found, method = [], f"not computed: {exc}"
    from accord.space.stability import ranking_stability

    out["concessions"] = {
        "stability": (ranking_stability(scenario, date, [c.changes for c in found], runs=stability_runs,
                                        genius=genius) if found and stability_runs else None),
        "method": method,
        "scope": space.on_grid or "exact over all packages",
        "cost_rule": ("accepting one more option costs the party's weight on the issue (doubled "
                      "when that drops a red line); dropping a cross-issue red line twice the "
                      "largest weight among its issues; lowering a reservation value by d costs d"),
        "sets": [{
            "cost": _r(c.cost),
            "changes": [ch.to_json() for ch in c.changes],
            "opening_package": dict(zip(space.issues, c.package, strict=True)),
            "opening_utilities": {p: _r(c.utilities[a]) for a, p in enumerate(space.parties)},
            "zone_size_after": c.zone_size,
            "nash_after": dict(zip(space.issues, c.nash, strict=True)) if c.nash else None,
            "gains_at_nash_after": c.gains,
        } for c in found],
    }
    f_all, f_free, _ = frontiers(space)
    near, kind = (f_free, "packages crossing no red line") if len(f_free) else (f_all, "all packages")
    out["proposals"] = [to_json(score(space, p, f_all, near, kind, front_free=f_free), space)
                        for p in scenario.proposals]
    out["logrolling"] = [{
        "parties": [x.party_a, x.party_b], "issues": [x.issue_a, x.issue_b],
        "logroll": x.logroll, "compromise": x.compromise, "gains": x.gains,
        "may_cross": list(x.may_cross),
        "explanation": (f"{x.party_a} gets its best option on {x.issue_a}, {x.party_b} its best on "
                        f"{x.issue_b} (among options no party rejects outright); both gain over "
                        "splitting the difference on each"),
    } for x in logrolls(space, limit=5)]
    return out

