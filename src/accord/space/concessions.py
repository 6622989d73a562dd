"""Minimal concessions: the cheapest changes to positions that open an agreement zone.

**Change set** (each change is made by one party; costs are on that party's utility scale,
where its issue weights ``w`` sum to 1):

- ``accept``: the party moves its position one option: it accepts the next option beyond its
  acceptable set on an issue (on an ordinal issue the neighbour in the option order; on a
  categorical issue any option). A red line on that option is dropped. The option is re-valued
  by the rule for acceptable options (docs/space.md). Cost ``w``, doubled when it drops a red
  line. Reaching an option k steps away takes k changes.
- ``drop_range``: drop a red-line range on a numeric issue. Cost ``2 w``.
- ``drop_cross``: drop a cross-issue red line. Cost twice the largest weight among its issues.
- ``lower_reservation``: lower a reservation value by ``delta``. Cost ``delta``.

**Search** (exact). Every package together with the changes it needs is a point
``(cost, U_1, ..., U_P)``: on each issue, each option comes with the ways each party can come to
accept it (as is, or after the steps that reach it), and the issues tied by cross-issue red lines
form one group whose combinations add the cost of the cross-issue red lines they cross. Cost and
utilities add over issues, so the Pareto frontier of (low cost, high utilities) is computed
exactly with the same dynamic programme as the agreement space (``accord.space.pareto``). The
total cost of a point is its change cost plus the reservation lowering it still needs,
``sum_p max(0, r_p - U_p)``; that total never improves when a point is dominated, so the
cheapest concession sets are all on that frontier: the ranking below is optimal, not heuristic.
Alternatives (``top``) are the cheapest *distinct sets of changes* (options accepted, red lines
dropped, reservation lowerings), in order of total cost: the choices (one alternative per issue
or group) are ranked exactly by Murty's partitioning (Murty 1968, Operations Research 16(3);
Lawler 1972, Management Science 18(7)), each subproblem solved by the exact search below; a
choice whose set of changes equals a listed set, or contains one (all its changes, each
reservation lowering at least as large), is skipped as not a new concession.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import numpy as np

from accord.model import Evidence, Issue, Position, Reservation, Scenario, conditional_red_lines
from accord.space.acceptability import acceptable_options
from accord.space.additive import AdditiveSpace, Block
from accord.space.pareto import nondominated
from accord.space.preferences import option_values, scenario_space


@dataclass(frozen=True)
class Change:
    """One concession by one party."""

    kind: str
    actor: str
    cost: float
    issue: str | None = None
    option: str | None = None
    red_line: str | None = None
    amount: float = 0.0
    to_value: float = 0.0
    """For ``lower_reservation``: the new reservation value (the opening package's utility)."""
    drops_red_line: bool = False

    def describe(self) -> str:
        if self.kind == "accept":
            extra = " (drops its red line)" if self.drops_red_line else ""
            return f"{self.actor} accepts {self.issue} = {self.option}{extra}"
        if self.kind == "drop_range":
            return f"{self.actor} drops its red-line range {self.red_line} on {self.issue}"
        if self.kind == "drop_cross":
            return f"{self.actor} drops its cross-issue red line {self.red_line}"
        return f"{self.actor} lowers its reservation value by {self.amount:.3f}"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "actor": self.actor, "cost": round(self.cost, 6),
                                  "description": self.describe()}
        for key in ("issue", "option", "red_line"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.kind == "lower_reservation":
            out["amount"] = round(self.amount, 6)
        return out


@dataclass(frozen=True)
class Concession:
    """A set of changes that opens the agreement zone, its total cost, the package the search
    found for it and what the changed scenario's zone then holds."""

    changes: tuple[Change, ...]
    cost: float
    package: tuple[str, ...]
    utilities: tuple[float, ...]
    zone_size: int = 0
    nash: tuple[str, ...] | None = None
    nash_utilities: tuple[float, ...] | None = None
    gains: dict[str, float] = field(default_factory=dict)
    """Per party: utility at the opened zone's Nash point minus its original reservation value."""


@dataclass(frozen=True)
class _Alt:
    option: int
    cost: float
    values: tuple[float, ...]
    changes: tuple[Change, ...]


def _nondominated_by_red_lines(pts: np.ndarray, changes: list[tuple[Change, ...]]) -> np.ndarray:
    """Non-dominated rows of (-cost, utilities) among rows giving up the same red lines (rows
    giving up different red lines are different alternatives and never prune each other)."""
    keep = np.zeros(len(changes), dtype=bool)
    groups: dict[frozenset[str], list[int]] = {}
    for n, chs in enumerate(changes):
        groups.setdefault(frozenset(k for c in chs if (k := _red_line_key(c))), []).append(n)
    for idx in groups.values():
        sel = np.asarray(idx)
        keep[sel[nondominated(pts[sel])]] = True
    return keep


def _steps(position: Position, issue: Issue, option: str) -> list[str]:
    """Options the party must accept, in order, to reach ``option`` (empty when acceptable)."""
    opts = issue.option_ids()
    accepted = acceptable_options(position, issue)
    if option in accepted:
        return []
    if issue.kind != "ordinal" or not accepted:
        return [option]
    j = opts.index(option)
    near = min((abs(opts.index(a) - j), opts.index(a)) for a in accepted)[1]
    step = 1 if j > near else -1
    return [opts[k] for k in range(near + step, j + step, step)]


def _moved(position: Position, accepted: list[str]) -> Position:
    return position.model_copy(update={
        "acceptable": list(dict.fromkeys([*position.acceptable,
                                          *([position.ideal] if isinstance(position.ideal, str) else []),
                                          *accepted])),
        "red_lines": [r for r in position.red_lines if r not in accepted]})


def _alternatives(scenario: Scenario, space: AdditiveSpace, date: str, weights: np.ndarray,
                  genius: bool = False) -> list[list[_Alt]]:
    """Per issue, each option with each way the parties can come to accept it (ND-reduced)."""
    out = []
    for i, issue in enumerate(scenario.issues):
        per_option: list[_Alt] = []
        for j, label in enumerate(space.options[i]):
            variants: list[list[tuple[float, float, tuple[Change, ...]]]] = []
            for a, actor in enumerate(space.parties):
                w = float(weights[a, i])
                p = scenario.position(actor, issue.id, date)
                base = float(space.values[i][a, j])
                mine: list[tuple[float, float, tuple[Change, ...]]] = []
                if p is None:
                    mine.append((0.0, base, ()))
                elif issue.is_numeric:
                    x = float(label)
                    hit = [(lo, hi) for lo, hi in p.red_line_ranges if lo <= x <= hi]
                    if not hit:
                        mine.append((0.0, base, ()))
                    else:
                        ch = tuple(Change("drop_range", actor, 2 * w, issue.id, label,
                                          f"[{lo:g}, {hi:g}]") for lo, hi in hit)
                        mine.append((sum(c.cost for c in ch), base, ch))
                else:
                    if label not in p.red_lines:
                        mine.append((0.0, base, ()))
                    steps = _steps(p, issue, label)
                    if steps:
                        ch = tuple(Change("accept", actor, w * (2 if s in p.red_lines else 1), issue.id,
                                          s, drops_red_line=s in p.red_lines) for s in steps)
                        moved = option_values(_moved(p, steps), issue)
                        if genius and moved.max() > 0:
                            moved = moved / moved.max()
                        v = moved[j] * w
                        mine.append((sum(c.cost for c in ch), float(v), ch))
                variants.append(mine)
            for combo in itertools.product(*variants):
                per_option.append(_Alt(j, sum(c for c, _, _ in combo),
                                       tuple(v for _, v, _ in combo),
                                       tuple(ch for _, _, chs in combo for ch in chs)))
        pts = np.asarray([[-x.cost, *x.values] for x in per_option])
        keep = _nondominated_by_red_lines(pts, [x.changes for x in per_option])
        out.append([x for x, k in zip(per_option, keep, strict=True) if k])
    return out


def concessions(scenario: Scenario, as_of: str | None = None, parties: list[str] | None = None,
                top: int = 5, open_zones: bool = True, genius: bool = False
                ) -> tuple[list[Concession], str]:
    """The ``top`` cheapest concession sets that open the agreement zone (see module
    docstring), with a sentence on the method. Empty when the zone is already open."""
    date = as_of or scenario.as_of
    prob = _problem(scenario, date, parties, genius)
    space, bl, alts, compound_alts, tied, sigs, r = prob
    n_issues, n_par = len(space.issues), space.n_parties
    # Lawler's ranking (Lawler 1972, Management Science 18(7)): the next set listed is the
    # cheapest choice whose set of changes contains no set listed before, so it misses at least
    # one element of each listed set: one of its changes (rows making it are excluded) or the
    # full size of one of its reservation lowerings (that party must then get more than the
    # listed set's lowered value). Each branch picks one element per listed set; the best
    # branch wins. Every branch is solved exactly by the search below.
    row_keys: list[list[frozenset[tuple[str, ...]]]] = []  # made when a second set is sought
    found: list[Concession] = []
    listed: list[tuple[frozenset[tuple[str, ...]], dict[str, float], np.ndarray]] = []
    while len(found) < top:
        best = None
        elements = [[("change", c) for c in sorted(key[0])]
                    + [("lower", a) for a in range(n_par) if space.parties[a] in key[1]]
                    for key in listed]
        for hit in itertools.product(*elements):
            banned = {x for kind, x in hit if kind == "change"}
            above = np.full(n_par, -np.inf)
            for (kind, x), key in zip(hit, listed, strict=True):
                if kind == "lower":
                    assert isinstance(x, int)
                    above[x] = max(above[x], float(key[2][x]))
            if not banned:
                keep = [np.arange(b.size, dtype=np.int64) for b in bl]
            else:
                if not row_keys:
                    for b in bl:
                        i = b.issues[0]
                        options = ([combo[-1] for combo in compound_alts] if i in tied and compound_alts
                                   else alts[i])
                        row_keys.append([change_key(list(x.changes))[0] for x in options])
                keep = [np.asarray([n for n, ks in enumerate(rk) if not (ks & banned)], dtype=np.int64)
                        for rk in row_keys]
            cand = _best_keep(bl, r, sigs, keep, above if np.isfinite(above).any() else None)
            if cand is not None and (best is None or (cand[0], cand[1]) < (best[0], best[1])):
                best = cand
        if best is None:
            break
        total_cost, _, _, u_k, picks_k = best
        if not listed and total_cost <= 0.0:
            return [], "the agreement zone is not empty: no concession needed"
        short_k = np.maximum(r - u_k, 0.0)
        changes, package = _changes(bl, alts, compound_alts, tied, picks_k)
        for a in range(n_par):
            if short_k[a] > 0:
                changes.append(Change("lower_reservation", space.parties[a], float(short_k[a]),
                                      amount=float(short_k[a]), to_value=float(u_k[a])))
        fixed, lowered = change_key(changes)
        listed.append((fixed, lowered, np.asarray(u_k, dtype=np.float64)))
        con = Concession(tuple(changes), float(total_cost), tuple(space.labels(package)),
                         tuple(float(x) for x in u_k))
        found.append(_open(scenario, date, space, con, genius) if open_zones else con)
    method = (f"exact branch and bound: dynamic programming over {n_issues} issues "
              f"({sum(len(a) for a in alts)} option alternatives) on change cost and utilities up "
              "to the level that assures each reservation value; sets ranked by change cost plus "
              "the reservation lowering still needed; each next set the cheapest whose changes "
              "contain no set listed before (Lawler's ranking)")
    return found, method


class _Problem(NamedTuple):
    space: AdditiveSpace
    blocks: list[Block]
    """Per issue (or group of tied issues): rows (-change cost, utilities) of its alternatives."""
    alts: list[list[_Alt]]
    compound_alts: list[tuple[_Alt, ...]]
    tied: list[int]
    sigs: list[np.ndarray]
    reservation: np.ndarray


def _problem(scenario: Scenario, date: str, parties: list[str] | None, genius: bool) -> _Problem:
    """The search problem: blocks of alternatives with their change costs and utilities."""
    space = scenario_space(scenario, date, parties, genius=genius)
    sal = np.asarray([[(p.salience if (p := scenario.position(a, iss.id, date)) else 0.0)
                       for iss in scenario.issues] for a in space.parties])
    tot = sal.sum(axis=1, keepdims=True)
    weights = np.where(tot > 0, sal / np.where(tot > 0, tot, 1.0), 0.0)
    alts = _alternatives(scenario, space, date, weights, genius)
    n_issues, n_par = len(space.issues), space.n_parties
    tied = sorted({i for c in space.cross for i in c.holds})
    bl: list[Block] = []
    compound_alts: list[tuple[_Alt, ...]] = []
    for i in range(n_issues):
        if i in tied:
            continue
        vals = np.asarray([[-x.cost, *x.values] for x in alts[i]]).reshape(-1, n_par + 1)
        bl.append(Block((i,), np.arange(len(alts[i]), dtype=np.int64).reshape(-1, 1), vals))
    if tied:
        total = math.prod(len(alts[i]) for i in tied)
        if total > 1 << 22:
            raise ValueError(f"cross-issue red lines tie issues with {total} alternatives; "
                             "too many for the exact concession search")
        kept = _tied_rows(space, weights, [alts[i] for i in tied], tied)
        compound_alts = [tuple([*combo, m]) for combo, m in kept]
        bl.append(Block((tied[0],), np.arange(len(kept), dtype=np.int64).reshape(-1, 1),
                        np.asarray([[-m.cost, *m.values] for _, m in kept])))
        bl.sort(key=lambda b: b.issues[0])
    r = space.reservation
    bits: dict[str, int] = {}
    sigs = []
    for b in bl:
        i = b.issues[0]
        options = ([combo[-1] for combo in compound_alts] if i in tied and compound_alts else alts[i])
        row = np.zeros(len(options), dtype=np.int64)
        for n, x in enumerate(options):
            for ch in x.changes:
                key = _red_line_key(ch)
                if key is not None:
                    if key not in bits:
                        if len(bits) >= 62:
                            raise ValueError("more than 62 red lines; too many for the exact search")
                        bits[key] = len(bits)
                    row[n] |= 1 << bits[key]
        sigs.append(row)
    return _Problem(space, bl, alts, compound_alts, tied, sigs, r)


def _tied_rows(space: AdditiveSpace, weights: np.ndarray, per_issue: list[list[_Alt]], tied: list[int]
               ) -> list[tuple[tuple[_Alt, ...], _Alt]]:
    """Every combination of the alternatives of the issues tied by cross-issue red lines (in
    ``itertools.product`` order) merged into one alternative that also drops the cross-issue red
    lines it crosses; of those, the ones no combination giving up the same red lines dominates
    on (-cost, utilities). Costs and utilities are summed in the order a loop over the
    combinations would add them (alternatives in issue order, then the dropped cross-issue red
    lines in their order), so the floats are the same; only the kept rows become objects."""
    n_par = space.n_parties
    sizes = [len(a) for a in per_issue]
    # grid[t]: the alternative picked on tied issue t in each combination (product order)
    grid = [g.reshape(-1) for g in np.indices(sizes)] if sizes else []
    cost = np.zeros(grid[0].size)
    vals = np.zeros((grid[0].size, n_par))
    for t, alts_t in enumerate(per_issue):
        cost = cost + np.asarray([x.cost for x in alts_t])[grid[t]]
        vals = vals + np.asarray([x.values for x in alts_t]).reshape(-1, n_par)[grid[t]]
    # the red lines each combination gives up, as columns of a boolean table (for grouping)
    names: dict[str, int] = {}
    per_alt = [[[names.setdefault(k, len(names)) for c in x.changes if (k := _red_line_key(c))]
                for x in alts_t] for alts_t in per_issue]
    drops = []
    for c in space.cross:
        issues_w = [weights[c.party, i] for i in c.holds]
        drops.append(Change("drop_cross", space.parties[c.party], 2 * float(max(issues_w)),
                            red_line=c.label))
    cross_cols = [names.setdefault(k, len(names)) for d in drops if (k := _red_line_key(d))]
    given_up = np.zeros((grid[0].size, len(names)), dtype=bool)
    for t, cols_t in enumerate(per_alt):
        table = np.zeros((len(cols_t), len(names)), dtype=bool)
        for a, cols in enumerate(cols_t):
            table[a, cols] = True
        given_up |= table[grid[t]]
    extra_cost = np.zeros(grid[0].size)
    held = []
    for c, d, col in zip(space.cross, drops, cross_cols, strict=True):
        hit = np.ones(grid[0].size, dtype=bool)
        for i, mask in c.holds.items():
            t = tied.index(i)
            option = np.asarray([x.option for x in per_issue[t]], dtype=np.int64)
            hit &= np.asarray(mask)[option[grid[t]]]
        extra_cost = extra_cost + np.where(hit, d.cost, 0.0)
        given_up[:, col] |= hit
        held.append(hit)
    total = cost + extra_cost
    pts = np.column_stack([-total, vals])
    keep = np.zeros(total.size, dtype=bool)
    _, group = np.unique(given_up, axis=0, return_inverse=True)
    group = np.asarray(group).reshape(-1)
    for g in range(int(group.max()) + 1 if group.size else 0):
        sel = np.flatnonzero(group == g)
        keep[sel[nondominated(pts[sel])]] = True
    rows = np.flatnonzero(keep)
    picked = [g[rows].tolist() for g in grid]
    hits = [h[rows].tolist() for h in held]
    costs, utils = total[rows].tolist(), vals[rows].tolist()
    out = []
    for n in range(rows.size):
        combo = tuple(alts_t[picked[t][n]] for t, alts_t in enumerate(per_issue))
        extra = tuple(d for d, hit in zip(drops, hits, strict=True) if hit[n])
        merged = _Alt(-1, costs[n], tuple(utils[n]), tuple(ch for x in combo for ch in x.changes) + extra)
        out.append((combo, merged))
    return out


def choice_set(prob: _Problem, picks: np.ndarray) -> tuple[float, list[Change], list[int]]:
    """Total cost, changes (reservation lowerings included) and package of one choice (a row
    per block): for tests and explanations."""
    space, bl, alts, compound_alts, tied, _, r = prob
    cost = -sum(float(b.values[int(k), 0]) for b, k in zip(bl, picks, strict=True))
    u = sum((b.values[int(k), 1:] for b, k in zip(bl, picks, strict=True)), np.zeros(space.n_parties))
    changes, package = _changes(bl, alts, compound_alts, tied, np.asarray(picks))
    short = np.maximum(r - u, 0.0)
    for a in range(space.n_parties):
        if short[a] > 0:
            changes.append(Change("lower_reservation", space.parties[a], float(short[a]),
                                  amount=float(short[a]), to_value=float(u[a])))
    return cost + float(short.sum()), changes, package


def _red_line_key(c: Change) -> str | None:
    if c.kind == "accept" and c.drops_red_line:
        return f"{c.actor}:{c.issue}={c.option}"
    if c.kind in ("drop_range", "drop_cross"):
        return f"{c.actor}:{c.red_line}"
    return None


def _search(bl: list[Block], r: np.ndarray, sigs: list[np.ndarray], top: int,
            above: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """End points (cost, utilities, red-line signature, picked alternative per block) holding,
    for every set of red lines given up that can be among the ``top`` cheapest, its cheapest
    completions.

    States are compared only within equal signatures (the red lines given up so far). A party's
    utility counts only up to ``r - minrem_k`` (from there it meets its reservation value
    whatever the remaining blocks bring), so states that differ only above that level are equal
    for the ranking and one is kept. A state is dropped when even its lower bound (cost so far
    plus the reservation shortfall with the best remaining options) exceeds the ``top``-th best
    total reached by completions with distinct signatures (each completed with the cheapest
    alternative of every remaining block)."""
    n_par = r.shape[0]
    nb_all = len(bl)
    minrem = np.zeros((nb_all + 1, n_par))
    maxrem = np.zeros((nb_all + 1, n_par))
    for k in range(nb_all - 1, -1, -1):
        minrem[k] = minrem[k + 1] + bl[k].values[:, 1:].min(axis=0)
        maxrem[k] = maxrem[k + 1] + bl[k].values[:, 1:].max(axis=0)
    # A fixed completion per level for upper bounds: the cheapest alternative of each block.
    cheap = [int(np.lexsort((-b.values[:, 1:].sum(axis=1), -b.values[:, 0]))[0]) for b in bl]
    comp_cost = np.zeros(nb_all + 1)
    comp_u = np.zeros((nb_all + 1, n_par))
    comp_sig = np.zeros(nb_all + 1, dtype=np.int64)
    for k in range(nb_all - 1, -1, -1):
        comp_cost[k] = comp_cost[k + 1] - bl[k].values[cheap[k], 0]
        comp_u[k] = comp_u[k + 1] + bl[k].values[cheap[k], 1:]
        comp_sig[k] = comp_sig[k + 1] | sigs[k][cheap[k]]
    cost = np.zeros(1)
    u = np.zeros((1, n_par))
    sig = np.zeros(1, dtype=np.int64)
    picks = np.zeros((1, 0), dtype=np.int64)
    for k, b in enumerate(bl):
        f, nb = cost.shape[0], b.size
        if f == 0 or nb == 0:
            return (np.zeros(0), np.zeros((0, n_par)), np.zeros(0, dtype=np.int64),
                    np.zeros((0, nb_all), dtype=np.int64))
        c2 = (cost[:, None] - b.values[None, :, 0]).reshape(-1)
        u2 = (u[:, None, :] + b.values[None, :, 1:]).reshape(-1, n_par)
        s2 = (sig[:, None] | sigs[k][None, :]).reshape(-1)
        p2 = np.column_stack([np.repeat(picks, nb, axis=0), np.tile(np.arange(nb), f)])
        lb = c2 + np.maximum(r - (u2 + maxrem[k + 1]), 0.0).sum(axis=1)
        ub = c2 + comp_cost[k + 1] + np.maximum(r - (u2 + comp_u[k + 1]), 0.0).sum(axis=1)
        if above is not None:
            # ``above``: utilities every end point must exceed. Hopeless states go; completions
            # that miss it give no upper bound.
            lb = np.where((u2 + maxrem[k + 1] > above).all(axis=1), lb, np.inf)
            ub = np.where((u2 + comp_u[k + 1] > above).all(axis=1), ub, np.inf)
        final_sig = s2 | comp_sig[k + 1]
        order = np.lexsort((ub, final_sig))
        firsts = order[np.r_[True, final_sig[order][1:] != final_sig[order][:-1]]]
        best_ubs = np.sort(ub[firsts])
        bound = best_ubs[min(top, best_ubs.size) - 1] + 1e-9
        keep = (lb <= bound) & np.isfinite(lb)
        c2, u2, s2, p2 = c2[keep], u2[keep], s2[keep], p2[keep]
        key = np.column_stack([-c2, np.minimum(u2, r - minrem[k + 1])])
        chosen = _survivors(s2, key)
        cost, u, sig, picks = c2[chosen], u2[chosen], s2[chosen], p2[chosen]
    return cost, u, sig, picks


_PAIRS = 1 << 22
"""Groups whose pairs number up to this are compared pair by pair in one go."""


def _survivors(sig: np.ndarray, key: np.ndarray) -> np.ndarray:
    """The states to keep, grouped by signature (ascending), each group in index order: those
    no state of the same signature dominates in ``key``, and of equal keys the first. Most
    groups are small, so all their pairs are compared at once (a state is dropped when a state
    of its group dominates it or equals it and comes first); the largest groups, if their pairs
    would take too much memory, go through ``nondominated`` and ``np.unique`` one by one, which
    keep the same states."""
    order = np.argsort(sig, kind="stable")
    cuts = np.flatnonzero(np.r_[True, sig[order][1:] != sig[order][:-1], True])
    sizes = np.diff(cuts)
    keep = np.ones(order.size, dtype=bool)
    # the groups of more than one state whose pairs are compared at once, smallest first
    multi = np.flatnonzero(sizes > 1)
    multi = multi[np.argsort(sizes[multi], kind="stable")]
    n_pairs = np.cumsum(sizes[multi].astype(np.int64) ** 2)
    small, large = multi[n_pairs <= _PAIRS], multi[n_pairs > _PAIRS]
    if small.size:
        g = sizes[small]
        start = cuts[small]
        # every state of these groups (positions in ``order``) against every state of its group
        pos = np.repeat(start, g) + (np.arange(int(g.sum())) - np.repeat(np.cumsum(g) - g, g))
        per = np.repeat(g, g)
        first = np.repeat(np.repeat(start, g), per)
        i = np.repeat(pos, per)
        j = first + (np.arange(i.size) - np.repeat(np.cumsum(per) - per, per))
        ki, kj = key[order[i]], key[order[j]]
        ge = (kj >= ki).all(axis=1)
        gt = (kj > ki).any(axis=1)
        gone = (ge & gt) | (ge & ~gt & (j < i))
        keep[np.unique(i[gone])] = False
    for n in large.tolist():
        lo, hi = int(cuts[n]), int(cuts[n + 1])
        idx = order[lo:hi]
        mask = np.zeros(idx.size, dtype=bool)
        nd = np.flatnonzero(nondominated(key[idx]))
        if nd.size > 1:
            _, first_seen = np.unique(key[idx[nd]], axis=0, return_index=True)
            nd = nd[np.sort(first_seen)]
        mask[nd] = True
        keep[lo:hi] = mask
    return np.asarray(order[keep], dtype=np.int64)


def _bits(mask: int) -> list[int]:
    return [1 << b for b in range(mask.bit_length()) if mask >> b & 1]


def change_key(changes: list[Change]) -> tuple[frozenset[tuple[str, ...]], dict[str, float]]:
    """A set of changes as (the changes other than reservation lowerings, lowering per actor).
    Dropping a red-line range is one concession whatever grid value the package then takes, so
    its key leaves the value out (two sets that differ only there are the same set)."""
    fixed = frozenset((c.kind, c.actor, c.issue or "",
                       "" if c.kind == "drop_range" else c.option or "", c.red_line or "")
                      for c in changes if c.kind != "lower_reservation")
    return fixed, {c.actor: c.amount for c in changes if c.kind == "lower_reservation"}


def _contains(key: tuple[frozenset[tuple[str, ...]], dict[str, float]],
              other: tuple[frozenset[tuple[str, ...]], dict[str, float]]) -> bool:
    """Does set ``key`` contain set ``other`` (every change of it, every lowering at least as
    large)?"""
    return other[0] <= key[0] and all(key[1].get(a, 0.0) >= d - 1e-12 for a, d in other[1].items())


def _best(bl: list[Block], r: np.ndarray, sigs: list[np.ndarray], forbid: int
          ) -> tuple[float, float, int, np.ndarray, np.ndarray] | None:
    """The cheapest alternative giving up none of the red lines in ``forbid``: (total, change
    cost, red-line signature, utilities, picked row per block), or None when there is none."""
    return _best_keep(bl, r, sigs, [np.flatnonzero((s & forbid) == 0) for s in sigs])


def _best_keep(bl: list[Block], r: np.ndarray, sigs: list[np.ndarray], keep: list[np.ndarray],
               above: np.ndarray | None = None) -> tuple[float, float, int, np.ndarray, np.ndarray] | None:
    """The cheapest choice using only rows ``keep`` of each block (and, with ``above``, giving
    every party more than that): (total, change cost, red-line signature, utilities, picked
    row per block), or None when there is none."""
    if any(k.size == 0 for k in keep):
        return None
    sub = [Block(b.issues, b.rows[k], b.values[k]) for b, k in zip(bl, keep, strict=True)]
    cost, u, sig, picks = _search(sub, r, [s[k] for s, k in zip(sigs, keep, strict=True)], 1, above)
    if above is not None:
        ok = (u > above).all(axis=1)
        cost, u, sig, picks = cost[ok], u[ok], sig[ok], picks[ok]
    if cost.size == 0:
        return None
    totals = cost + np.maximum(r - u, 0.0).sum(axis=1)
    j = int(np.lexsort((cost, totals))[0])
    rows = np.asarray([int(k[p]) for k, p in zip(keep, picks[j], strict=True)])
    return float(totals[j]), float(cost[j]), int(sig[j]), u[j], rows


def _changes(bl: list[Block], alts: list[list[_Alt]], compound_alts: list[tuple[_Alt, ...]],
             tied: list[int], picks: np.ndarray) -> tuple[list[Change], list[int]]:
    changes: list[Change] = []
    package = [0] * len(alts)
    for n, b in enumerate(bl):
        i = b.issues[0]
        if i in tied and compound_alts:
            combo = compound_alts[int(picks[n])]
            for ti, x in zip(tied, combo[:-1], strict=True):
                package[ti] = x.option
            changes.extend(combo[-1].changes)
        else:
            x = alts[i][int(picks[n])]
            package[i] = x.option
            changes.extend(x.changes)
    return changes, package


def apply(scenario: Scenario, date: str, changes: tuple[Change, ...]) -> Scenario:
    """The scenario with the changes made to the positions, red lines and reservations in
    force at ``date``."""
    positions = list(scenario.positions)
    for ch in changes:
        if ch.kind not in ("accept", "drop_range") or ch.issue is None:
            continue
        cur = scenario.position(ch.actor, ch.issue, date)
        assert cur is not None
        idx = next(n for n, p in enumerate(positions)
                   if p.actor == cur.actor and p.issue == cur.issue and p.as_of == cur.as_of)
        p = positions[idx]
        if ch.kind == "accept" and ch.option is not None:
            positions[idx] = _moved(p, [ch.option])
        else:
            positions[idx] = p.model_copy(update={"red_line_ranges": [
                (lo, hi) for lo, hi in p.red_line_ranges if f"[{lo:g}, {hi:g}]" != ch.red_line]})
    dropped = {ch.red_line for ch in changes if ch.kind == "drop_cross"}
    for idx, p in enumerate(positions):
        # A dropped red line implied by a conditional acceptance: accept without the condition.
        lifted = {opt for opt in p.conditional
                  if any(r.id in dropped for r in conditional_red_lines(p.model_copy(
                      update={"conditional": {opt: p.conditional[opt]}})))}
        if lifted:
            positions[idx] = p.model_copy(update={"conditional": {
                o: c for o, c in p.conditional.items() if o not in lifted}})
    reservations = list(scenario.reservations)
    for ch in changes:
        if ch.kind == "lower_reservation":
            reservations.append(Reservation(actor=ch.actor, as_of=date, value=max(0.0, ch.to_value),
                                            evidence=[Evidence(assumption="concession under study")]))
    return scenario.model_copy(update={
        "positions": positions,
        "red_lines": [r for r in scenario.red_lines if r.id not in dropped],
        "reservations": reservations})


def opened_space(scenario: Scenario, date: str, space: AdditiveSpace, changes: tuple[Change, ...],
                 genius: bool = False) -> AdditiveSpace:
    """The space after the changes, with the numeric values of ``space`` kept on the grid (a
    dropped red-line range would otherwise drop its breakpoints, and the opening package with
    them)."""
    keep = {iss.id: [float(x) for x in space.options[i]]
            for i, iss in enumerate(scenario.issues) if iss.is_numeric}
    return scenario_space(apply(scenario, date, changes), date, list(space.parties), genius=genius,
                          extra_values=keep)


def _open(scenario: Scenario, date: str, space: AdditiveSpace, con: Concession,
          genius: bool = False) -> Concession:
    from accord.space.analysis import frontiers
    from accord.space.bargaining import solve
    from accord.space.zone import zone

    changed = opened_space(scenario, date, space, con.changes, genius)
    # The search adds floats; the opened space compares exact utilities. Lower each reservation
    # to the opening package's exact utility so float noise cannot leave it just out of reach.
    try:
        u = changed.utilities(np.asarray([changed.package_index(con.package)]))[0]
    except ValueError:  # a numeric value that is no longer a grid point after the changes
        u = np.full(space.n_parties, np.inf)
    fixed = tuple(replace(ch, to_value=min(ch.to_value, float(u[space.parties.index(ch.actor)])))
                  if ch.kind == "lower_reservation" else ch for ch in con.changes)
    if fixed != con.changes:
        con = replace(con, changes=fixed)
        changed = opened_space(scenario, date, space, fixed, genius)
    size = zone(changed).size
    front = frontiers(changed)[2]
    sol = solve(front, changed.reservation).get("nash")
    if sol is None:
        return Concession(con.changes, con.cost, con.package, con.utilities, size)
    gains = {p: round(sol.utilities[a] - float(space.reservation[a]), 6)
             for a, p in enumerate(space.parties)}
    return Concession(con.changes, con.cost, con.package, con.utilities, size,
                      tuple(changed.labels(sol.package)), sol.utilities, gains)
