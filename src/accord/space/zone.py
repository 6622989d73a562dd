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

from accord.space.additive import AdditiveSpace, Block, FloatArray, IntArray, blocks, exact, margin

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


def _sums(bs: list[Block], n_parties: int) -> FloatArray:
    """Utilities of every combination of the blocks (added in block order)."""
    s = np.zeros((1, n_parties))
    for b in bs:
        s = (s[:, None, :] + b.values[None, :, :]).reshape(-1, n_parties)
    return s


def _dominance_count(points: FloatArray, queries: FloatArray) -> int:
    """Number of (point, query) pairs with point >= query in both coordinates, by a bottom-up
    merge decomposition (each earlier element in the first-coordinate order is counted in
    exactly one left sibling block), vectorised level by level: O(n log^2 n)."""
    n_p = points.shape[0]
    allv = np.concatenate([points, queries])
    is_point = np.r_[np.ones(n_p, bool), np.zeros(queries.shape[0], bool)]
    # Decreasing first coordinate; on ties points first (>= counts equality).
    order = np.lexsort((~is_point, -allv[:, 0]))
    _, rank = np.unique(allv[order, 1], return_inverse=True)
    rank = rank.reshape(-1).astype(np.int64)
    pt = is_point[order]
    n = order.size
    big = np.int64(n + 1)
    total = 0
    s = 1
    pos = np.arange(n, dtype=np.int64)
    while s < n:
        blk = pos // s
        pair = blk // 2
        left = (blk % 2 == 0) & pt
        right = (blk % 2 == 1) & ~pt
        if left.any() and right.any():
            keys = np.sort(pair[left] * big + rank[left])
            q_pair, q_rank = pair[right], rank[right]
            hi = np.searchsorted(keys, (q_pair + 1) * big, "left")
            lo = np.searchsorted(keys, q_pair * big + q_rank, "left")
            total += int((hi - lo).sum())
        s *= 2
    return total


MITM_SIDE = 1 << 21
"""Largest half enumerated by the meet-in-the-middle count (two parties)."""


def count_mitm(bs: list[Block], reservation: FloatArray) -> int | None:
    """Exact zone size for two parties by meet in the middle: the blocks are split into two
    halves whose partial utilities are enumerated (at most ``MITM_SIDE`` each), and pairs whose
    sum reaches both reservation values are counted by 2-D dominance counting. Sums of halves
    may round differently from the issue-order sum, so pairs are counted twice, with the
    reservation values raised and lowered by the rounding margin; the pairs in between (within
    rounding of a reservation value, usually none) are listed and decided on their issue-order
    sums. None when a half or that list would be too large."""
    if reservation.shape[0] != 2 or any(b.size == 0 for b in bs):
        return None if reservation.shape[0] != 2 else 0
    if len(bs) == 1:
        return int((bs[0].values >= reservation).all(axis=1).sum())
    sizes = [b.size for b in bs]
    best, split = math.inf, 0
    for k in range(1, len(bs)):
        a, b = math.prod(sizes[:k]), math.prod(sizes[k:])
        if max(a, b) < best:
            best, split = max(a, b), k
    if best > MITM_SIDE:
        return None
    left, right = _sums(bs[:split], 2), _sums(bs[split:], 2)
    slack = margin([b.values for b in bs], 2)
    t_hi, t_lo = reservation + slack - left, reservation - slack - left
    sure = _dominance_count(right, t_hi)
    possible = _dominance_count(right, t_lo)
    if sure == possible:
        return sure
    if possible - sure > 1 << 22:
        return None
    pairs = _band_pairs(right, t_lo, t_hi)
    # Issue-order sums of the undecided packages: the left half's partial sum, then each
    # block of the right half in order (rows of `_sums` vary the last block fastest).
    s = left[pairs[:, 0]].copy()
    radix = [b.size for b in bs[split:]]
    rest = pairs[:, 1].copy()
    digits = np.empty((rest.size, len(radix)), dtype=np.int64)
    for j in range(len(radix) - 1, -1, -1):
        digits[:, j] = rest % radix[j]
        rest //= radix[j]
    for j, blk in enumerate(bs[split:]):
        s = s + blk.values[digits[:, j]]
    return sure + int((s >= reservation).all(axis=1).sum())


def _band_pairs(right: FloatArray, t_lo: FloatArray, t_hi: FloatArray) -> IntArray:
    """(left, right) index pairs with right >= t_lo in both coordinates but not right >= t_hi
    in both: first coordinate in [t_lo, t_hi) and second >= t_lo, or first >= t_hi and second
    in [t_lo, t_hi)."""
    found = []
    for c, other in ((0, 1), (1, 0)):
        order = np.argsort(right[:, c], kind="stable")
        sv = right[order, c]
        lo = np.searchsorted(sv, t_lo[:, c], "left")
        hi = np.searchsorted(sv, t_hi[:, c], "left")
        n = hi - lo
        a = np.repeat(np.arange(n.size, dtype=np.int64), n)
        offs = np.arange(a.size, dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
        b = order[np.repeat(lo, n) + offs]
        bound = t_lo[a, other] if c == 0 else t_hi[a, other]
        keep = right[b, other] >= bound
        found.append(np.column_stack([a[keep], b[keep]]))
    return np.concatenate(found)


def zone(space: AdditiveSpace) -> Zone:
    """The zone of ``space``, computed on its exact form (blocks hold that form's values)."""
    space = exact(space)
    bs, method = blocks(space, red_lines=True)
    packages = math.prod(b.size for b in bs)
    if packages > 1 << 24:
        size = count_mitm(bs, space.reservation)
        if size is not None:
            method += ("; zone counted exactly by meet in the middle (two halves of the issues "
                       f"enumerated, pairs counted by 2-D dominance counting) over {packages:,} "
                       "packages crossing no red line")
            return Zone(size, tuple(bs), method, 0)
    size, expanded = count(bs, space.reservation)
    method += ("; zone counted by a depth-first walk over issues with reservation bounds "
               f"({expanded:,} partial packages expanded, of {packages:,} packages "
               "crossing no red line)")
    return Zone(size, tuple(bs), method, expanded)
