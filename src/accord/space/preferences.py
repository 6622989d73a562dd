"""Each party's utility over packages, derived from its positions (semantics in docs/space.md).

``U_a(package) = sum_i w_ai * v_ai(option_i)``:

- **Weights**: ``w_ai = salience_ai / sum_j salience_aj`` over the issues on which actor ``a``
  holds a position (as of the date); issues without a position weigh 0. An actor with no
  positions at all values every package at 1.
- **Values on option issues**: the position's explicit ``utilities`` where given; otherwise the
  *top* options (the ideal; without an ideal the acceptable options; without either every
  option) are worth 1, and any other option ``o`` is worth ``0.5 + 0.5 * c`` when acceptable and
  ``0.5 * c`` when not (red lines included), where the closeness ``c = 1 - d / (n - 1)``, ``d``
  the distance in the option order to the nearest top option and ``n`` the number of options
  (``c = 0.5`` on categorical issues).
- **Values on numeric issues**: ``utility_points`` interpolated piecewise-linearly (constant
  beyond the first and last point) where given; otherwise 1 at the ideal (on the whole
  acceptable range when there is no ideal), falling linearly to 0.5 at the ends of the
  acceptable range and on to 0 at the ends of the issue's range.
- **Red lines** (hard): an option in ``red_lines``, a value in a closed ``red_line_ranges``
  interval, or a package meeting every clause of a cross-issue red line in force at the date
  (declared, or implied by a ``conditional`` acceptance: see ``Scenario.cross_red_lines``) is
  unacceptable to the actor, whatever its utility.
- **Reservation value**: the actor's latest reservation as of the date (0 if none).
- **Numeric issues** are analysed on a finite grid: every breakpoint any party's value function
  or constraint has there (range ends, ideals, acceptable-range ends, red-line-range ends,
  utility points, numbers in cross-issue red lines, values proposals use) and the midpoint of
  every gap between neighbouring breakpoints, so each open piece left by a closed red-line range
  is represented. On an ``integer`` issue (a count such as soldiers) the midpoint is the whole
  number nearest to it inside the gap, and a gap without a whole number inside (799,999 to
  800,000) has none: no grid value is a fraction of a soldier. Results (zone size, frontiers,
  bargaining solutions, concessions) are exact on that grid, not over the continuum: between
  grid values a party's utility is linear, so a continuous solution can lie between two grid
  values. Every result says so (``AdditiveSpace.grid``, ``on_grid`` in the JSON, "on the grid
  of N values of ISSUE" in the terminal).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from accord.model import Issue, Position, Scenario
from accord.model.base import number
from accord.model.dates import first_day, last_day
from accord.space.acceptability import acceptable_options
from accord.space.additive import AdditiveSpace, BoolArray, CrossConstraint, FloatArray


def option_values(position: Position | None, issue: Issue) -> FloatArray:
    """The value (0-1) of each option of an option issue to the position's actor."""
    opts = issue.option_ids()
    n = len(opts)
    if position is None:
        return np.ones(n)
    acceptable = acceptable_options(position, issue)
    if isinstance(position.ideal, str):
        top = {position.ideal}
    else:
        listed = set(position.acceptable) - set(position.red_lines)
        top = listed or set(opts) - set(position.red_lines) or set(opts)
    out = np.empty(n)
    top_idx = [j for j, o in enumerate(opts) if o in top]
    for j, o in enumerate(opts):
        if o in position.utilities:
            out[j] = position.utilities[o]
            continue
        if o in top:
            out[j] = 1.0
            continue
        if issue.kind == "ordinal":
            d = min(abs(j - t) for t in top_idx)
            c = 1.0 - d / (n - 1)
        else:
            c = 0.5
        out[j] = 0.5 + 0.5 * c if o in acceptable else 0.5 * c
    return out


def numeric_value(position: Position | None, issue: Issue, x: FloatArray) -> FloatArray:
    """The value (0-1) of numbers ``x`` on a numeric issue to the position's actor."""
    assert issue.range is not None
    x = np.asarray(x, dtype=np.float64)
    if position is None:
        return np.ones_like(x)
    if position.utility_points:
        pts = np.asarray(position.utility_points, dtype=np.float64)
        return np.asarray(np.interp(x, pts[:, 0], pts[:, 1]))
    lo_r, hi_r = issue.range
    lo, hi = position.acceptable_range or issue.range
    if isinstance(position.ideal, float | int) and not isinstance(position.ideal, bool):
        peak_lo = peak_hi = min(max(float(position.ideal), lo), hi)
    else:
        peak_lo, peak_hi = lo, hi
    xs = [lo_r, lo, peak_lo, peak_hi, hi, hi_r]
    ys = [0.0 if lo > lo_r else 0.5, 0.5, 1.0, 1.0, 0.5, 0.0 if hi < hi_r else 0.5]
    # np.interp needs increasing abscissae: merge equal ones, keeping the larger value.
    merged: dict[float, float] = {}
    for a, b in zip(xs, ys, strict=True):
        merged[a] = max(merged.get(a, 0.0), b)
    ks = sorted(merged)
    return np.asarray(np.interp(x, ks, [merged[k] for k in ks]))


def numeric_grid(scenario: Scenario, issue: Issue, actors: list[str], as_of: str) -> list[float]:
    """The values a numeric issue is analysed at (see module docstring)."""
    ordered, mids = _breakpoints_and_midpoints(scenario, issue, actors, as_of)
    return sorted(set(ordered) | set(mids))


def _midpoint(a: float, b: float, integer: bool) -> float | None:
    """The value representing the open piece (a, b): its midpoint; on an integer issue the whole
    number nearest to it strictly inside (None when the piece holds no whole number)."""
    if not integer:
        return (a + b) / 2
    first, last = math.floor(a) + 1, math.ceil(b) - 1
    if first > last:
        return None
    return float(min(max(math.floor((a + b) / 2 + 0.5), first), last))


def _breakpoints_and_midpoints(scenario: Scenario, issue: Issue, actors: list[str], as_of: str
                               ) -> tuple[list[float], list[float]]:
    assert issue.range is not None
    pts = {float(issue.range[0]), float(issue.range[1])}
    for a in actors:
        p = scenario.position(a, issue.id, as_of)
        if p is None:
            continue
        if isinstance(p.ideal, float | int):
            pts.add(float(p.ideal))
        for pair in [p.acceptable_range, *p.red_line_ranges]:
            if pair is not None:
                pts.update(float(v) for v in pair)
        pts.update(float(xv) for xv, _ in p.utility_points)
    for r in scenario.cross_red_lines(as_of):
        for c in r.clauses:
            if c.issue == issue.id:
                pts.update(c.number_values() or ())
    for prop in scenario.proposals:
        v = prop.package.get(issue.id)
        if isinstance(v, float | int):
            pts.add(float(v))
    lo, hi = issue.range
    ordered = sorted(v for v in pts if lo <= v <= hi)
    mids = [m for a, b in itertools.pairwise(ordered) if (m := _midpoint(a, b, issue.integer)) is not None]
    return ordered, mids


def reservation_value(scenario: Scenario, actor: str, as_of: str) -> float:
    """The actor's latest reservation value on or before ``as_of`` (0 when none)."""
    limit = last_day(as_of)
    found = [r for r in scenario.reservations if r.actor == actor and first_day(r.as_of) <= limit]
    if not found:
        return 0.0
    from accord.model.dates import sort_key

    return float(max(found, key=lambda r: sort_key(r.as_of)).value)


def scenario_space(scenario: Scenario, as_of: str | None = None,
                   parties: list[str] | None = None, genius: bool = False,
                   extra_values: dict[str, list[float]] | None = None) -> AdditiveSpace:
    """The parties' additive space (default parties: actors with role ``party``).

    With ``genius`` the values follow Genius semantics: each party's option values on an issue
    are divided by their maximum there (so the best option is worth 1, as Genius'
    ``EvaluatorDiscrete`` normalises), weights being the normalised saliences as always.
    ``extra_values`` adds values to numeric issues' grids (e.g. to keep a package of another
    space representable)."""
    date = as_of or scenario.as_of
    parts = unweighted_space(scenario, date, parties, genius, extra_values)
    return parts.weighted(saliences(scenario, parts.parties, date))


def saliences(scenario: Scenario, parties: Sequence[str], date: str) -> FloatArray:
    """Party x issue: the salience of each position in force at ``date`` (0 where none)."""
    return np.asarray([[(p.salience if (p := scenario.position(a, issue.id, date)) else 0.0)
                        for issue in scenario.issues] for a in parties], dtype=np.float64)


@dataclass(frozen=True)
class UnweightedSpace:
    """Everything of :func:`scenario_space` that does not depend on the saliences: options,
    unweighted option values (``raw``), red lines, cross-issue red lines, reservation values.
    :meth:`weighted` makes the space for given saliences, so analyses that only move saliences
    (the concession-ranking stability runs) build this once."""

    parties: tuple[str, ...]
    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    raw: tuple[FloatArray, ...]
    allowed: tuple[BoolArray, ...]
    reservation: FloatArray
    cross: tuple[CrossConstraint, ...]
    notes: tuple[str, ...]
    grid: tuple[tuple[str, int], ...]
    midpoints: tuple[tuple[str, tuple[int, ...]], ...]
    integer: tuple[str, ...]
    genius: bool

    def weighted(self, sal: FloatArray) -> AdditiveSpace:
        """The space for saliences ``sal`` (party x issue, as :func:`saliences` gives them)."""
        genius = self.genius
        totals = sal.sum(axis=1)
        weights = np.where(totals[:, None] > 0, sal / np.where(totals > 0, totals, 1.0)[:, None], 0.0)
        values = []
        for i in range(len(self.issues)):
            w = weights[:, i][:, None]
            vals = self.raw[i]
            if genius:
                top = vals.max(axis=1, keepdims=True)
                vals = np.where(top > 0, vals / np.where(top > 0, top, 1.0), vals)
            v = vals * w
            # An actor without any position values every package at 1: put it on the first issue.
            if i == 0:
                v = np.where((totals == 0)[:, None], 1.0, v)
            values.append(np.asarray(v, dtype=np.float64))
        return AdditiveSpace(self.parties, self.issues, self.options, tuple(values), self.allowed,
                             self.reservation, self.cross, self.notes, grid=self.grid,
                             midpoints=self.midpoints, integer=self.integer,
                             arithmetic="float64" if genius else "exact")


def unweighted_space(scenario: Scenario, date: str, parties: list[str] | None = None,
                     genius: bool = False, extra_values: dict[str, list[float]] | None = None
                     ) -> UnweightedSpace:
    """The salience-free part of :func:`scenario_space` (same arguments)."""
    chosen = list(scenario.parties if parties is None else parties)
    if not chosen:
        raise ValueError("the scenario has no parties; give actors `role: party` or name them")
    options: list[tuple[str, ...]] = []
    raw: list[FloatArray] = []
    allowed = []
    notes = []
    grids: dict[int, list[float]] = {}
    midpoints: list[tuple[str, tuple[int, ...]]] = []
    for i, issue in enumerate(scenario.issues):
        positions = [scenario.position(a, issue.id, date) for a in chosen]
        if issue.is_numeric:
            breaks, mids = _breakpoints_and_midpoints(scenario, issue, chosen, date)
            grid = sorted(set(breaks) | set(mids))
            if extra_values and issue.id in extra_values:
                lo, hi = issue.range or (-np.inf, np.inf)
                grid = sorted(set(grid) | {float(v) for v in extra_values[issue.id] if lo <= v <= hi})
            grids[i] = grid
            kept = set(mids) - set(breaks) - set((extra_values or {}).get(issue.id, ()))
            midpoints.append((issue.id, tuple(k for k, v in enumerate(grid) if v in kept)))
            x = np.asarray(grid)
            options.append(tuple(number(v) for v in grid))
            raw.append(np.asarray([numeric_value(p, issue, x) for p in positions]))
            ok = np.ones((len(chosen), len(grid)), dtype=bool)
            for a, p in enumerate(positions):
                for lo, hi in p.red_line_ranges if p else []:
                    ok[a] &= ~((x >= lo) & (x <= hi))
            allowed.append(ok)
            notes.append(f"{issue.id}: numeric, analysed at {len(grid)} values (every breakpoint of "
                         "the parties' value functions and constraints and the midpoints between them)")
        else:
            options.append(tuple(issue.option_ids()))
            raw.append(np.asarray([option_values(p, issue) for p in positions]))
            allowed.append(np.asarray([[o not in (p.red_lines if p else ()) for o in issue.option_ids()]
                                       for p in positions]))
    index = {issue.id: i for i, issue in enumerate(scenario.issues)}
    cross = []
    for r in scenario.cross_red_lines(date):
        if r.actor not in chosen:
            continue
        holds: dict[int, np.ndarray] = {}
        for c in r.clauses:
            i = index[c.issue]
            settled: list[str | float] = list(grids[i]) if i in grids else list(options[i])
            mask = np.asarray([c.holds(v) for v in settled], dtype=bool)
            holds[i] = holds[i] & mask if i in holds else mask
        cross.append(CrossConstraint(chosen.index(r.actor), holds, r.id, r.condition))
    reservation = np.asarray([reservation_value(scenario, a, date) for a in chosen])
    if genius:
        notes.append("Genius semantics: option values divided by each issue's best value")
    return UnweightedSpace(tuple(chosen), tuple(i.id for i in scenario.issues), tuple(options),
                           tuple(raw), tuple(allowed), reservation, tuple(cross), tuple(notes),
                           grid=tuple((scenario.issues[i].id, len(g)) for i, g in grids.items()),
                           midpoints=tuple(midpoints),
                           integer=tuple(i.id for i in scenario.issues if i.is_numeric and i.integer),
                           genius=genius)

