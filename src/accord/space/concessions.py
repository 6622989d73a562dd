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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple, overload

import numpy as np

from accord.model import Evidence, Issue, Position, Reservation, Scenario, conditional_red_lines
from accord.space.acceptability import acceptable_options
from accord.space.additive import AdditiveSpace, Block
from accord.space.pareto import nondominated
from accord.space.preferences import (
    UnweightedSpace,
    option_values,
    saliences,
    scenario_space,
    unweighted_space,
)


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


@dataclass(frozen=True)
class _Way:
    """One way a party can come to accept an option, before weighting: the changes it makes as
    (kind, option, red line, cost in units of the party's issue weight, drops a red line), and
    the option's unweighted value after them (None: the value the space gives it as is)."""

    changes: tuple[tuple[str, str | None, str | None, float, bool], ...]
    moved: float | None = None


def _ways(scenario: Scenario, parties: Sequence[str], options: Sequence[Sequence[str]], date: str,
          genius: bool = False) -> list[list[list[list[_Way]]]]:
    """Per issue, option and party, the ways that party can come to accept the option (the part
    of `_alternatives` that does not depend on the saliences)."""
    out = []
    for i, issue in enumerate(scenario.issues):
        per_option: list[list[list[_Way]]] = []
        for j, label in enumerate(options[i]):
            per_party: list[list[_Way]] = []
            for actor in parties:
                p = scenario.position(actor, issue.id, date)
                mine: list[_Way] = []
                if p is None:
                    mine.append(_Way(()))
                elif issue.is_numeric:
                    x = float(label)
                    hit = [(lo, hi) for lo, hi in p.red_line_ranges if lo <= x <= hi]
                    mine.append(_Way(tuple(("drop_range", label, f"[{lo:g}, {hi:g}]", 2.0, False)
                                           for lo, hi in hit)))
                else:
                    if label not in p.red_lines:
                        mine.append(_Way(()))
                    steps = _steps(p, issue, label)
                    if steps:
                        moved = option_values(_moved(p, steps), issue)
                        if genius and moved.max() > 0:
                            moved = moved / moved.max()
                        mine.append(_Way(tuple(("accept", st, None, 2.0 if st in p.red_lines else 1.0,
                                                st in p.red_lines) for st in steps), moved[j]))
                per_party.append(mine)
            per_option.append(per_party)
        out.append(per_option)
    return out


def _alternatives(scenario: Scenario, space: AdditiveSpace, date: str, weights: np.ndarray,
                  genius: bool = False, ways: list[list[list[list[_Way]]]] | None = None
                  ) -> list[list[_Alt]]:
    """Per issue, each option with each way the parties can come to accept it (ND-reduced);
    ``ways`` (from `_ways`) when already made for these positions."""
    if ways is None:
        ways = _ways(scenario, space.parties, space.options, date, genius)
    out = []
    for i, issue in enumerate(scenario.issues):
        per_option: list[_Alt] = []
        for j, per_party in enumerate(ways[i]):
            variants: list[list[tuple[float, float, tuple[Change, ...]]]] = []
            for a, actor in enumerate(space.parties):
                w = float(weights[a, i])
                base = float(space.values[i][a, j])
                mine: list[tuple[float, float, tuple[Change, ...]]] = []
                for way in per_party[a]:
                    ch = tuple(Change(kind, actor, m * w, issue.id, option, red_line,
                                      drops_red_line=drops)
                               for kind, option, red_line, m, drops in way.changes)
                    mine.append((sum(c.cost for c in ch) if ch else 0.0,
                                 base if way.moved is None else float(way.moved * w), ch))
                variants.append(mine)
            for combo in itertools.product(*variants):
                per_option.append(_Alt(j, sum(c for c, _, _ in combo),
                                       tuple(v for _, v, _ in combo),
                                       tuple(ch for _, _, chs in combo for ch in chs)))
        pts = np.asarray([[-x.cost, *x.values] for x in per_option])
        keep = _nondominated_by_red_lines(pts, [x.changes for x in per_option])
        out.append([x for x, k in zip(per_option, keep, strict=True) if k])
    return out


@dataclass(frozen=True)
class Prepared:
    """What the concession search needs of a scenario at a date that does not depend on the
    saliences (the space's options and unweighted values, red lines, the ways each party can
    accept each option): made once by `prepare`, reused by `concessions(..., saliences=...)`
    for each perturbed run of `accord.space.stability`."""

    date: str
    parties: list[str] | None
    genius: bool
    unweighted: UnweightedSpace
    ways: list[list[list[list[_Way]]]]
    layouts: dict[object, _Layout] = field(default_factory=dict, compare=False)
    """The tied issues' layouts met so far (see `_tied_rows`), by their alternatives."""


def prepare(scenario: Scenario, date: str, parties: list[str] | None = None,
            genius: bool = False) -> Prepared:
    unweighted = unweighted_space(scenario, date, parties, genius)
    return Prepared(date, parties, genius, unweighted,
                    _ways(scenario, unweighted.parties, unweighted.options, date, genius))


def concessions(scenario: Scenario, as_of: str | None = None, parties: list[str] | None = None,
                top: int = 5, open_zones: bool = True, genius: bool = False,
                prepared: Prepared | None = None, saliences: np.ndarray | None = None
                ) -> tuple[list[Concession], str]:
    """The ``top`` cheapest concession sets that open the agreement zone (see module
    docstring), with a sentence on the method. Empty when the zone is already open.
    ``prepared`` (from `prepare` for the same scenario, date, parties and ``genius``) saves
    rebuilding the salience-free part; ``saliences`` (party x issue, as
    `accord.space.preferences.saliences` gives them) replace the scenario's, as if its
    positions had those (``open_zones`` then needs a scenario that has them)."""
    date = as_of or scenario.as_of
    prob = _problem(scenario, date, parties, genius, prepared, saliences)
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
    compound_alts: Sequence[tuple[_Alt, ...]]
    tied: list[int]
    sigs: list[np.ndarray]
    reservation: np.ndarray


def _problem(scenario: Scenario, date: str, parties: list[str] | None, genius: bool,
             prepared: Prepared | None = None, sal: np.ndarray | None = None) -> _Problem:
    """The search problem: blocks of alternatives with their change costs and utilities
    (``prepared`` and ``sal``: see `concessions`)."""
    if prepared is None:
        prepared = prepare(scenario, date, parties, genius)
    assert (prepared.date, prepared.parties, prepared.genius) == (date, parties, genius)
    if sal is None:
        sal = saliences(scenario, prepared.unweighted.parties, date)
    space = prepared.unweighted.weighted(sal)
    tot = sal.sum(axis=1, keepdims=True)
    weights = np.where(tot > 0, sal / np.where(tot > 0, tot, 1.0), 0.0)
    alts = _alternatives(scenario, space, date, weights, genius, prepared.ways)
    n_issues, n_par = len(space.issues), space.n_parties
    tied = sorted({i for c in space.cross for i in c.holds})
    bl: list[Block] = []
    compound_alts: Sequence[tuple[_Alt, ...]] = []
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
        compound = _tied_rows(space, weights, [alts[i] for i in tied], tied, prepared.layouts)
        compound_alts = compound
        bl.append(Block((tied[0],), np.arange(len(compound), dtype=np.int64).reshape(-1, 1),
                        compound.points()))
        bl.sort(key=lambda b: b.issues[0])
    r = space.reservation
    bits: dict[str, int] = {}
    sigs = []
    for b in bl:
        i = b.issues[0]
        if i in tied and compound_alts:
            sigs.append(compound.signatures(bits))
            continue
        options = alts[i]
        row = np.zeros(len(options), dtype=np.int64)
        for n, x in enumerate(options):
            for ch in x.changes:
                key = _red_line_key(ch)
                if key is not None:
                    if key not in bits:
                        _new_bit(bits, key)
                    row[n] |= 1 << bits[key]
        sigs.append(row)
    return _Problem(space, bl, alts, compound_alts, tied, sigs, r)


def _new_bit(bits: dict[str, int], key: str) -> None:
    if len(bits) >= 62:
        raise ValueError("more than 62 red lines; too many for the exact search")
    bits[key] = len(bits)


class _Compound(Sequence[tuple[_Alt, ...]]):
    """The kept combinations of the tied issues' alternatives (see `_tied_rows`), each as the
    combination's alternatives followed by the merged alternative. Rows are made into objects
    only when asked for (the search needs the few it picks; the Lawler ranking all of them), and
    their points and red-line signatures come from the arrays directly."""

    def __init__(self, per_issue: list[list[_Alt]], drops: list[Change], picked: np.ndarray,
                 hits: np.ndarray, costs: np.ndarray, utils: np.ndarray, given: np.ndarray,
                 names: dict[str, int], alt_cols: list[list[list[int]]], drop_cols: list[int]):
        self.per_issue, self.drops = per_issue, drops
        self.picked, self.hits, self.costs, self.utils = picked, hits, costs, utils
        self.given, self.names, self.alt_cols, self.drop_cols = given, names, alt_cols, drop_cols
        self._rows: dict[int, tuple[_Alt, ...]] = {}

    def __len__(self) -> int:
        return int(self.costs.size)

    @overload
    def __getitem__(self, n: int) -> tuple[_Alt, ...]: ...
    @overload
    def __getitem__(self, n: slice) -> Sequence[tuple[_Alt, ...]]: ...

    def __getitem__(self, n: int | slice) -> tuple[_Alt, ...] | Sequence[tuple[_Alt, ...]]:
        if isinstance(n, slice):
            return [self[k] for k in range(len(self))[n]]
        if n < 0:
            n += len(self)
        if not 0 <= n < len(self):
            raise IndexError(n)
        row = self._rows.get(n)
        if row is None:
            combo = tuple(alts_t[int(self.picked[t, n])] for t, alts_t in enumerate(self.per_issue))
            extra = tuple(d for d, hit in zip(self.drops, self.hits[:, n], strict=True) if hit)
            merged = _Alt(-1, float(self.costs[n]), tuple(self.utils[n].tolist()),
                          tuple(ch for x in combo for ch in x.changes) + extra)
            row = self._rows[n] = (*combo, merged)
        return row

    def points(self) -> np.ndarray:
        """Rows (-change cost, utilities), as `Block` holds them."""
        return np.column_stack([-self.costs, self.utils])

    def signatures(self, bits: dict[str, int]) -> np.ndarray:
        """Each row's red-line signature, numbering the red lines not in ``bits`` yet in the
        order the rows' changes name them (as a loop over the rows' changes would)."""
        keys = list(self.names)
        present = np.flatnonzero(self.given.any(axis=0)).tolist()
        # the rows where a red line not numbered yet first occurs, in order: each such red line
        # is numbered there, in the order of that row's changes
        firsts = sorted({int(np.argmax(self.given[:, c])) for c in present if keys[c] not in bits})
        for n in firsts:
            cols = [c for t, alts_t in enumerate(self.alt_cols) for c in alts_t[int(self.picked[t, n])]]
            cols += [c for c, hit in zip(self.drop_cols, self.hits[:, n], strict=True) if hit]
            for c in cols:
                if keys[c] not in bits:
                    _new_bit(bits, keys[c])
        value = np.asarray([1 << bits[k] if k in bits else 0 for k in keys], dtype=np.int64)
        if not keys:
            return np.zeros(len(self), dtype=np.int64)
        return np.asarray(np.bitwise_or.reduce(np.where(self.given, value, 0), axis=1),
                          dtype=np.int64)


class _Layout(NamedTuple):
    """What `_tied_rows` derives from the tied issues' alternatives' options and red lines
    alone (not from costs or utilities), kept in `Prepared.layouts` between runs that only
    move the saliences."""

    grid: list[np.ndarray]
    names: dict[str, int]
    per_alt: list[list[list[int]]]
    cross_cols: list[int]
    given_up: np.ndarray
    held: list[np.ndarray]
    groups: list[np.ndarray]


def _layout(space: AdditiveSpace, per_issue: list[list[_Alt]], tied: list[int]) -> _Layout:
    sizes = [len(a) for a in per_issue]
    # grid[t]: the alternative picked on tied issue t in each combination (product order)
    grid = [g.reshape(-1) for g in np.indices(sizes)] if sizes else []
    # the red lines each combination gives up, as columns of a boolean table (for grouping)
    names: dict[str, int] = {}
    per_alt = [[[names.setdefault(k, len(names)) for c in x.changes if (k := _red_line_key(c))]
                for x in alts_t] for alts_t in per_issue]
    cross_cols = [names.setdefault(f"{space.parties[c.party]}:{c.label}", len(names))
                  for c in space.cross]  # (the key `_red_line_key` gives a drop_cross change)
    given_up = np.zeros((grid[0].size, len(names)), dtype=bool)
    for t, cols_t in enumerate(per_alt):
        table = np.zeros((len(cols_t), len(names)), dtype=bool)
        for a, cols in enumerate(cols_t):
            table[a, cols] = True
        given_up |= table[grid[t]]
    held = []
    for c, col in zip(space.cross, cross_cols, strict=True):
        hit = np.ones(grid[0].size, dtype=bool)
        for i, mask in c.holds.items():
            t = tied.index(i)
            option = np.asarray([x.option for x in per_issue[t]], dtype=np.int64)
            hit &= np.asarray(mask)[option[grid[t]]]
        given_up[:, col] |= hit
        held.append(hit)
    _, group = np.unique(given_up, axis=0, return_inverse=True)
    group = np.asarray(group).reshape(-1)
    groups = [np.flatnonzero(group == g) for g in range(int(group.max()) + 1 if group.size else 0)]
    return _Layout(grid, names, per_alt, cross_cols, given_up, held, groups)


def _tied_rows(space: AdditiveSpace, weights: np.ndarray, per_issue: list[list[_Alt]], tied: list[int],
               layouts: dict[object, _Layout] | None = None) -> _Compound:
    """Every combination of the alternatives of the issues tied by cross-issue red lines (in
    ``itertools.product`` order) merged into one alternative that also drops the cross-issue red
    lines it crosses; of those, the ones no combination giving up the same red lines dominates
    on (-cost, utilities). Costs and utilities are summed in the order a loop over the
    combinations would add them (alternatives in issue order, then the dropped cross-issue red
    lines in their order), so the floats are the same; only the kept rows become objects.
    ``layouts``: layouts made before, by the alternatives' options and red lines."""
    n_par = space.n_parties
    key = tuple(tuple((x.option, tuple(k for c in x.changes if (k := _red_line_key(c))))
                      for x in alts_t) for alts_t in per_issue)
    lay = layouts.get(key) if layouts is not None else None
    if lay is None:
        lay = _layout(space, per_issue, tied)
        if layouts is not None:
            layouts[key] = lay
    grid = lay.grid
    cost = np.zeros(grid[0].size)
    vals = np.zeros((grid[0].size, n_par))
    for t, alts_t in enumerate(per_issue):
        cost = cost + np.asarray([x.cost for x in alts_t])[grid[t]]
        vals = vals + np.asarray([x.values for x in alts_t]).reshape(-1, n_par)[grid[t]]
    drops = []
    for c in space.cross:
        issues_w = [weights[c.party, i] for i in c.holds]
        drops.append(Change("drop_cross", space.parties[c.party], 2 * float(max(issues_w)),
                            red_line=c.label))
    extra_cost = np.zeros(grid[0].size)
    for d, hit in zip(drops, lay.held, strict=True):
        extra_cost = extra_cost + np.where(hit, d.cost, 0.0)
    total = cost + extra_cost
    pts = np.column_stack([-total, vals])
    keep = np.zeros(total.size, dtype=bool)
    for sel in lay.groups:
        keep[sel[nondominated(pts[sel])]] = True
    rows = np.flatnonzero(keep)
    picked = np.asarray([g[rows] for g in grid], dtype=np.int64).reshape(len(grid), rows.size)
    hits = np.asarray([h[rows] for h in lay.held], dtype=bool).reshape(len(lay.held), rows.size)
    return _Compound(per_issue, drops, picked, hits, total[rows], vals[rows], lay.given_up[rows],
                     lay.names, lay.per_alt, lay.cross_cols)


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


def _changes(bl: list[Block], alts: list[list[_Alt]], compound_alts: Sequence[tuple[_Alt, ...]],
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
