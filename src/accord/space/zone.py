"""The agreement zone: packages that cross no red line and give every party at least its
reservation value (``U_p >= r_p``). Counted exactly, listed lazily, never sampled.

Counting is a depth-first walk over the blocks of ``accord.space.additive.blocks`` with two
bounds per partial package: if even the best remaining options leave a party below its
reservation value, the branch is dropped; if even the worst remaining options keep every party
at or above it, all completions are counted at once (product of remaining block sizes). Partial
packages with equal utility vectors are merged with a multiplicity, which keeps integer-valued
domains small. Memory is bounded: at most ``chunk`` partial packages are expanded at a time.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from accord.space.additive import AdditiveSpace, Block, FloatArray, IntArray, blocks, margin

CHUNK = 1 << 18


@dataclass(frozen=True)
class Bounds:
    maxrem: FloatArray
    minrem: FloatArray
    slack: FloatArray
    """Per level, the rounding margin of the remaining additions."""
    remsize: tuple[int, ...]


def _bounds(bs: list[Block], n_parties: int) -> Bounds:
    n = len(bs)
    maxrem = np.zeros((n + 1, n_parties), dtype=np.float64)
    minrem = np.zeros((n + 1, n_parties), dtype=np.float64)
    slack = np.zeros((n + 1, n_parties), dtype=np.float64)
    remsize = [1] * (n + 1)
    for k in range(n - 1, -1, -1):
        b = bs[k]
        if b.size:
            maxrem[k] = maxrem[k + 1] + b.values.max(axis=0)
            minrem[k] = minrem[k + 1] + b.values.min(axis=0)
        remsize[k] = remsize[k + 1] * b.size
        slack[k] = margin([x.values for x in bs[k:]], n_parties)
    return Bounds(maxrem, minrem, slack, tuple(remsize))


def _merge(rows: FloatArray, cnt: IntArray) -> tuple[FloatArray, IntArray]:
    """Equal rows merged into one with the summed multiplicity (sorted by a lexsort, cheaper
    than ``np.unique(axis=0)`` on floats)."""
    if rows.shape[0] < 2:
        return rows, cnt
    order = np.lexsort(rows.T[::-1])
    s = rows[order]
    new = np.r_[True, (s[1:] != s[:-1]).any(axis=1)]
    if new.all():
        return rows, cnt
    starts = np.flatnonzero(new)
    return s[starts], np.add.reduceat(cnt[order], starts)


def count(bs: list[Block], reservation: FloatArray, chunk: int = CHUNK) -> tuple[int, int]:
    """(number of packages in the zone, partial packages expanded) over blocks ``bs``."""
    p = reservation.shape[0]
    bd = _bounds(bs, p)
    if any(b.size == 0 for b in bs):
        return 0, 0
    total = 0
    expanded = 0
    stack: list[tuple[int, FloatArray, IntArray]] = [
        (0, np.zeros((1, p), dtype=np.float64), np.ones(1, dtype=np.int64))]
    while stack:
        k, s, c = stack.pop()
        if k == len(bs):
            total += int(c[(s >= reservation).all(axis=1)].sum())
            continue
        dead = ((s + bd.maxrem[k]) < reservation - bd.slack[k]).any(axis=1)
        sure = ((s + bd.minrem[k]) >= reservation + bd.slack[k]).all(axis=1)
        total += int(c[sure & ~dead].sum()) * bd.remsize[k]
        live = ~dead & ~sure
        s, c = s[live], c[live]
        if s.shape[0] == 0:
            continue
        expanded += s.shape[0]
        b = bs[k]
        nxt = (s[:, None, :] + b.values[None, :, :]).reshape(-1, p)
        cnt = np.repeat(c, b.size)
        nxt, merged = _merge(nxt, cnt)
        for start in range(0, nxt.shape[0], chunk):
            stack.append((k + 1, nxt[start:start + chunk], merged[start:start + chunk]))
    return total, expanded


def iterate(bs: list[Block], reservation: FloatArray, n_issues: int,
            chunk: int = CHUNK) -> Iterator[IntArray]:
    """Zone packages (option indices per issue) in chunks, in tie-break order (blocks in order,
    each block's rows in order), with the same pruning as :func:`count`."""
    p = reservation.shape[0]
    bd = _bounds(bs, p)
    if any(b.size == 0 for b in bs):
        return
    stack: list[tuple[int, FloatArray, IntArray]] = [
        (0, np.zeros((1, p), dtype=np.float64), np.zeros((1, 0), dtype=np.int64))]
    while stack:
        k, s, rows = stack.pop()
        if k == len(bs):
            dead = ~(s >= reservation).all(axis=1)
        else:
            dead = ((s + bd.maxrem[k]) < reservation - bd.slack[k]).any(axis=1)
        s, rows = s[~dead], rows[~dead]
        if s.shape[0] == 0:
            continue
        if k == len(bs):
            out = np.zeros((rows.shape[0], n_issues), dtype=np.int64)
            for j, b in enumerate(bs):
                out[:, list(b.issues)] = b.rows[rows[:, j]]
            yield out
            continue
        b = bs[k]
        nxt = (s[:, None, :] + b.values[None, :, :]).reshape(-1, p)
        r = np.column_stack([np.repeat(rows, b.size, axis=0),
                             np.tile(np.arange(b.size, dtype=np.int64), rows.shape[0])])
        parts = list(range(0, nxt.shape[0], chunk))
        for start in reversed(parts):
            stack.append((k + 1, nxt[start:start + chunk], r[start:start + chunk]))


def options_in_zone(space: AdditiveSpace, bs: list[Block]) -> dict[int, list[int]]:
    """For each issue, the options some zone package uses (exact: a pruned search per option,
    skipped for options already seen in a found package)."""
    seen: dict[int, set[int]] = {i: set() for i in range(len(space.issues))}
    for bi, b in enumerate(bs):
        for pos, issue in enumerate(b.issues):
            for opt in np.unique(b.rows[:, pos]):
                if int(opt) in seen[issue]:
                    continue
                sel = b.rows[:, pos] == opt
                sub = Block(b.issues, b.rows[sel], b.values[sel])
                trial = [*bs[:bi], sub, *bs[bi + 1:]]
                for found in iterate(trial, space.reservation, len(space.issues), chunk=4096):
                    for row in found[:64]:
                        for i, o in enumerate(row):
                            seen[i].add(int(o))
                    break
    return {i: sorted(v) for i, v in seen.items()}


@dataclass(frozen=True)
class Zone:
    """The agreement zone of a space: its exact size and how it was computed."""

    size: int
    blocks: tuple[Block, ...]
    method: str
    expanded: int


def zone(space: AdditiveSpace) -> Zone:
    bs, method = blocks(space, red_lines=True)
    size, expanded = count(bs, space.reservation)
    method += ("; zone counted by a depth-first walk over issues with reservation bounds "
               f"({expanded:,} partial packages expanded, of {math.prod(b.size for b in bs):,} packages "
               "crossing no red line)")
    return Zone(size, tuple(bs), method, expanded)
