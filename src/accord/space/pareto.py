"""Pareto frontiers of additive utility spaces, exactly, by dynamic programming over issues.

A package is *dominated* when another package is at least as good for every party and strictly
better for one; the *Pareto frontier* is the set of packages no package dominates (equal utility
vectors do not dominate each other, so ties all stay on the frontier).

Decomposition (the principle of optimality for Minkowski sums, e.g. Mittal & Schulz 2013,
"A general framework for designing approximation schemes for combinatorial optimization problems
with many objectives combined into one", and the multi-objective knapsack DP of Klamroth &
Wiecek 2000): utilities add over independent blocks of issues, so if the options a package uses
on the first k blocks were dominated by another choice on those blocks, swapping it in would
dominate the whole package. Hence every frontier package has a non-dominated prefix, and
``F_k = ND(F_{k-1} + options of block k)``. On an exact space's integer form (see
``accord.space.additive``) every sum is exact, so the result is exactly the frontier of the
rational utilities. In float64 arithmetic, on partial packages a prefix is dropped only when
another is at least as good for every party and better by more than the rounding margin for
one (so the completion of the other still dominates after rounding), and complete packages are
compared as their float sums in block order; that equals a full enumeration adding in issue
order when the blocks are in issue order (no cross-issue red line groups non-adjacent issues).
Distinct utility vectors are kept as states with back-pointers, so tied packages are all
counted and can be listed lazily.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np

from accord.space.additive import Block, BoolArray, FloatArray, IntArray, margin

_BLOCK = 512


def nondominated(points: FloatArray, delta: FloatArray | None = None) -> BoolArray:
    """Mask of the rows of ``points`` (n, k) that no other row dominates (ties kept).

    With ``delta`` (per column, positive), a row counts as dominated only by a row at least as
    good everywhere and better by more than ``delta`` somewhere (a superset of the frontier).
    "More than" keeps every row when ``delta`` vanishes against the values (a margin below the
    spacing of large integer-scaled utilities): a row never dominates itself."""
    n, k = points.shape
    if n == 0:
        return np.zeros(0, dtype=bool)
    if k == 1:
        top = points[:, 0].max()
        return np.asarray(points[:, 0] + delta[0] >= top) if delta is not None else \
            np.asarray(points[:, 0] == top)
    if k == 2:
        return _nd2(points) if delta is None else _nd2_margin(points, delta)
    return _ndk(points, delta)


def _nd2_margin(p: FloatArray, d: FloatArray) -> BoolArray:
    # x is dominated with margin when some a has a0 > x0 + d0 and a1 >= x1, or a0 >= x0 and
    # a1 > x1 + d1: two range-maximum queries on the points sorted by the first coordinate.
    # Strict ">" so that x never counts as its own dominator when x0 + d0 rounds to x0.
    order = np.argsort(p[:, 0], kind="stable")
    u0, u1 = p[order, 0], p[order, 1]
    smax = np.r_[np.maximum.accumulate(u1[::-1])[::-1], -np.inf]
    c1 = smax[np.searchsorted(u0, p[:, 0] + d[0], "right")] >= p[:, 1]
    c2 = smax[np.searchsorted(u0, p[:, 0], "left")] > p[:, 1] + d[1]
    return np.asarray(~(c1 | c2))


def _nd2(p: FloatArray) -> BoolArray:
    # Sweep in decreasing first coordinate: a point survives when it is the best second
    # coordinate within its group of equal first coordinates and strictly beats every group
    # before it.
    order = np.lexsort((-p[:, 1], -p[:, 0]))
    s = p[order]
    new = np.r_[True, s[1:, 0] != s[:-1, 0]]
    gid = np.cumsum(new) - 1
    gmax = s[new, 1]
    prev = np.r_[-np.inf, np.maximum.accumulate(gmax)[:-1]]
    keep_sorted = (s[:, 1] == gmax[gid]) & (s[:, 1] > prev[gid])
    out = np.zeros(p.shape[0], dtype=bool)
    out[order] = keep_sorted
    return out


def _dominated_by(f: FloatArray, blk: FloatArray, d: FloatArray) -> BoolArray:
    """For each row of ``blk``: is some row of ``f`` at least as good everywhere and better by
    more than ``d`` somewhere? Column by column, on 2-D comparison tables."""
    ge = f[:, None, 0] >= blk[None, :, 0]
    gt = f[:, None, 0] > blk[None, :, 0] + d[0]
    for j in range(1, f.shape[1]):
        ge &= f[:, None, j] >= blk[None, :, j]
        gt |= f[:, None, j] > blk[None, :, j] + d[j]
    return np.asarray((ge & gt).any(axis=0))


def _ndk(p: FloatArray, delta: FloatArray | None = None) -> BoolArray:
    # Sorted in decreasing lexicographic order, every dominator of a point comes before it, and
    # a point dominated by a dominated point is dominated by a frontier point; so each block is
    # checked against the frontier found so far and against the earlier points of the block.
    k = p.shape[1]
    d = np.zeros(k) if delta is None else delta
    order = np.lexsort(tuple(-p[:, j] for j in range(k - 1, -1, -1)))
    s = p[order]
    front = np.empty((0, k), dtype=p.dtype)
    keep = np.zeros(s.shape[0], dtype=bool)
    for start in range(0, s.shape[0], _BLOCK):
        blk = s[start:start + _BLOCK]
        dom = np.zeros(blk.shape[0], dtype=bool)
        for fs in range(0, front.shape[0], 4 * _BLOCK):
            dom |= _dominated_by(front[fs:fs + 4 * _BLOCK], blk, d)
        dom |= _dominated_by(blk, blk, d)
        keep[start:start + blk.shape[0]] = ~dom
        front = np.concatenate([front, blk[~dom]])
    out = np.zeros(p.shape[0], dtype=bool)
    out[order] = keep
    return out


@dataclass(frozen=True)
class Frontier:
    """The Pareto frontier as distinct utility vectors (``points``), the number of
    packages behind each (``counts``), the first such package in tie-break order (``first``,
    option indices per issue) and back-pointers to list all of them (``packages``)."""

    blocks: tuple[Block, ...]
    n_issues: int
    points: FloatArray
    counts: tuple[int, ...]
    first: IntArray
    levels: tuple[tuple[IntArray, IntArray, IntArray], ...]
    method: str
    scale: FloatArray | None = None
    """Set when ``points`` are true utilities of an exact space (per party, the denominator
    that makes them integers, see ``accord.space.additive.exact``)."""

    @property
    def n_packages(self) -> int:
        return sum(self.counts)

    def __len__(self) -> int:
        return int(self.points.shape[0])

    def subset(self, mask: BoolArray) -> Frontier:
        idx = np.flatnonzero(mask)
        keep = set(int(i) for i in idx)
        # Back-pointers of the last level refer to final states: renumber them.
        renum = np.full(self.points.shape[0], -1, dtype=np.int64)
        renum[idx] = np.arange(idx.size)
        inv, parent, row = self.levels[-1] if self.levels else (np.empty(0, np.int64),) * 3
        sel = renum[inv] >= 0 if self.levels else np.empty(0, bool)
        levels = (*self.levels[:-1], (renum[inv][sel], parent[sel], row[sel])) if self.levels else ()
        return Frontier(self.blocks, self.n_issues, self.points[idx],
                        tuple(c for i, c in enumerate(self.counts) if i in keep), self.first[idx],
                        levels, self.method, self.scale)

    def unscaled(self, scale: FloatArray | None) -> Frontier:
        """This frontier of an exact space's integer form with true utilities as points."""
        if scale is None:
            return self
        return replace(self, points=np.asarray(self.points / scale), scale=scale)

    def packages(self, point: int, limit: int | None = None) -> Iterator[tuple[int, ...]]:
        """The packages (option indices per issue) whose utilities are ``points[point]``."""
        def walk(level: int, state: int) -> Iterator[list[tuple[int, int]]]:
            if level < 0:
                yield []
                return
            inv, parent, row = self.levels[level]
            for j in np.flatnonzero(inv == state):
                for prefix in walk(level - 1, int(parent[j])):
                    yield [*prefix, (level, int(row[j]))]

        for produced, path in enumerate(walk(len(self.levels) - 1, point)):
            if limit is not None and produced >= limit:
                return
            out = [0] * self.n_issues
            for level, r in path:
                b = self.blocks[level]
                for issue, opt in zip(b.issues, b.rows[r], strict=True):
                    out[issue] = int(opt)
            yield tuple(out)


def frontier(bs: list[Block], n_parties: int, n_issues: int, method: str = "",
             at_least: FloatArray | None = None) -> Frontier:
    """The Pareto frontier of the packages built from ``bs`` (see module docstring).

    With ``at_least`` (per party) only packages reaching it for every party are
    kept: prefixes that cannot reach it are pruned (their dominators could not be pruned, so
    the result is exactly the frontier restricted to those packages).
    """
    big = math.prod(b.size for b in bs) >= 2**62
    states = np.zeros((1, n_parties), dtype=np.float64)
    counts: np.ndarray = np.array([1], dtype=object if big else np.int64)
    lex = np.zeros((1, 0), dtype=np.int64)
    levels: list[tuple[IntArray, IntArray, IntArray]] = []
    maxrem = np.zeros((len(bs) + 1, n_parties), dtype=np.float64)
    for k in range(len(bs) - 1, -1, -1):
        top = bs[k].values.max(axis=0) if bs[k].size else np.zeros(n_parties)
        maxrem[k] = maxrem[k + 1] + top
    for k, b in enumerate(bs):
        f, nb = states.shape[0], b.size
        cand = (states[:, None, :] + b.values[None, :, :]).reshape(-1, n_parties)
        parent = np.repeat(np.arange(f, dtype=np.int64), nb)
        row = np.tile(np.arange(nb, dtype=np.int64), f)
        last = k == len(bs) - 1
        delta = None if last else margin([x.values for x in bs[k + 1:]], n_parties)
        if at_least is not None:
            slack = 0.0 if delta is None else delta
            ok = (cand + maxrem[k + 1] >= at_least - slack).all(axis=1)
            cand, parent, row = cand[ok], parent[ok], row[ok]
        keep = nondominated(cand, delta)
        cand, parent, row = cand[keep], parent[keep], row[keep]
        states, inv = np.unique(cand, axis=0, return_inverse=True)
        inv = inv.reshape(-1)
        new_counts = np.zeros(states.shape[0], dtype=counts.dtype)
        np.add.at(new_counts, inv, counts[parent])
        keys = (row, *(lex[parent][:, j] for j in range(lex.shape[1] - 1, -1, -1)), inv)
        order = np.lexsort(keys)
        firsts = order[np.r_[True, inv[order][1:] != inv[order][:-1]]] if order.size else order
        lex = np.column_stack([lex[parent[firsts]], row[firsts]]) if firsts.size else \
            np.zeros((0, k + 1), dtype=np.int64)
        counts = new_counts
        levels.append((inv, parent, row))
    first = np.zeros((states.shape[0], n_issues), dtype=np.int64)
    for k, b in enumerate(bs):
        if states.shape[0]:
            first[:, list(b.issues)] = b.rows[lex[:, k]]
    return Frontier(tuple(bs), n_issues, states, tuple(int(c) for c in counts), first, tuple(levels),
                    method)


def brute_force_frontier(utilities: FloatArray) -> BoolArray:
    """Frontier mask over an explicit list of package utilities (for tests and small spaces)."""
    return nondominated(utilities)
