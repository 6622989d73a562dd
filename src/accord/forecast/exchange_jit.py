"""The exchange model's rounds compiled with numba: every run of a batch on its own, one exchange
after another, with the arithmetic of :func:`accord.forecast.exchange.run` and
:func:`accord.forecast.exchange.run_batch` operation for operation, so that the outcomes are
the same to the last bit (tests/test_forecast_exchange_jit.py compares both paths).

What has to be reproduced exactly, besides the order of the operations in each formula:
- the compromise at the start of a round, ``np.where(cs > 0, cs * x, 0).sum(axis=0) / total``:
  numpy adds the actors one after another, starting from 0.0 (in :func:`_round`);
- the outcome of an issue after an exchange, ``(cs[:, p] * y[:, p]).sum() / total[p]``: a
  one-dimensional sum, which numpy adds pairwise (eight running sums from eight values on, the
  halves of a longer array separately; :func:`_pairwise`);
- ``np.minimum`` (a NaN wins), ``np.sign``, ``np.nan_to_num``;
- the pick: the largest gain, ties to the first candidate in run()'s (i, j, p, q) order.

The kernel is used when numba can be imported and the environment variable ACCORD_NO_NUMBA is
not set to 1; otherwise :func:`accord.forecast.exchange.run_batch` takes its numpy path.
Compiled code is cached on disk (``cache=True``): the first call in a fresh installation
compiles (about 9 s CPU), later processes load it (about 0.3 s).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar, cast

import numpy as np
from numpy.typing import NDArray

from accord.forecast.inputs import Array

numba: Any
try:  # pragma: no cover - which branch runs depends on the installation
    numba = importlib.import_module("numba")
except ImportError:  # pragma: no cover
    numba = None

F = TypeVar("F", bound=Callable[..., Any])
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]


class Scratch(NamedTuple):
    """Arrays a round works in, allocated once per batch: the sides (issue, dem, sup) with
    their reach, direction and whether that is the start's, the outcomes, a column's products,
    each actor's side of the outcome (actor, issue), the issues on which a pair is on opposite
    sides, the candidates (actors, issues, ratio,
    unit gain, gain) and the candidates per issue."""
    sides: Array
    reach: Array
    direction: Array
    same: Bools
    out: Array
    prod: Array
    side: Array
    opposite: Ints
    cand_i: Ints
    cand_j: Ints
    cand_p: Ints
    cand_q: Ints
    cand_ratio: Array
    cand_unit: Array
    gain: Array
    issue_start: Ints
    issue_members: Ints


def _jit(fn: F, **options: Any) -> F:
    """numba.njit(fn) with error_model="numpy" (a division by zero gives inf or NaN, as in
    numpy, instead of raising), cached on disk; without the cache where numba finds no
    writable place for it (it refuses cache=True then); `fn` itself without numba."""
    if numba is None:
        return fn
    try:
        return cast(F, numba.njit(cache=True, error_model="numpy", **options)(fn))
    except RuntimeError:    # pragma: no cover - "cannot cache function ...: no locator"
        return cast(F, numba.njit(error_model="numpy", **options)(fn))


def _compiled(fn: F) -> F:
    """A compiled function (on its first call; loaded from numba's cache later)."""
    return _jit(fn)


def _inlined(fn: F) -> F:
    """A small helper of the compiled functions, inlined into them by numba."""
    return _jit(fn, inline="always")


def enabled() -> bool:
    """Whether :func:`run_positions` should be used: numba importable and ACCORD_NO_NUMBA not
    set to 1 (read on every call, so that it can be switched in a running process)."""
    return numba is not None and os.environ.get("ACCORD_NO_NUMBA", "") != "1"


@_inlined
def _sign(v: float) -> float:
    """np.sign of a float: -1, 0 or 1, NaN for NaN."""
    if v > 0.0:
        return 1.0
    if v < 0.0:
        return -1.0
    if v == 0.0:
        return 0.0
    return v


@_inlined
def _min(a: float, b: float) -> float:
    """np.minimum of two floats: the first if it is not larger or is NaN, else the second."""
    if a <= b or a != a:
        return a
    return b


@_compiled
def _block_sum(a: Array, lo: int, n: int) -> float:
    """numpy's pairwise sum of a[lo:lo + n] for n <= 128 (numpy/_core/src/umath/
    loops_utils.h.src): fewer than 8 values one after another from 0.0, else eight running
    sums combined as a tree and the values left over added after them."""
    if n < 8:
        res = 0.0
        for k in range(n):
            res += a[lo + k]
        return res
    r0, r1, r2, r3 = a[lo], a[lo + 1], a[lo + 2], a[lo + 3]
    r4, r5, r6, r7 = a[lo + 4], a[lo + 5], a[lo + 6], a[lo + 7]
    k = 8
    while k < n - n % 8:
        r0 += a[lo + k]
        r1 += a[lo + k + 1]
        r2 += a[lo + k + 2]
        r3 += a[lo + k + 3]
        r4 += a[lo + k + 4]
        r5 += a[lo + k + 5]
        r6 += a[lo + k + 6]
        r7 += a[lo + k + 7]
        k += 8
    tree: float = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while k < n:
        tree += a[lo + k]
        k += 1
    return tree


@_compiled
def _pairwise(a: Array, n: int) -> float:
    """``a[:n].sum()`` as numpy computes it: 0.0 plus the pairwise sum, which splits more than
    128 values into two halves (the first a multiple of 8) summed separately, then added."""
    if n <= 128:
        return 0.0 + _block_sum(a, 0, n)
    # the halving tree, evaluated left to right with an explicit stack
    seg_lo = np.empty(64, dtype=np.int64)
    seg_n = np.empty(64, dtype=np.int64)
    left = np.empty(64, dtype=np.float64)
    left_done = np.zeros(64, dtype=np.bool_)
    top = 0
    seg_lo[0], seg_n[0], left_done[0] = 0, n, False
    result = 0.0
    descend = True
    while True:
        if descend:
            m = seg_n[top]
            if m > 128:
                half = m // 2
                half -= half % 8
                seg_lo[top + 1], seg_n[top + 1], left_done[top + 1] = seg_lo[top], half, False
                top += 1
                continue
            result = _block_sum(a, seg_lo[top], m)
            descend = False
        # `result` is the sum of segment `top`: hand it to its parent
        top -= 1
        if top < 0:
            return 0.0 + result
        if not left_done[top]:
            left[top], left_done[top] = result, True
            half = seg_n[top] // 2
            half -= half % 8
            seg_lo[top + 1], seg_n[top + 1], left_done[top + 1] = (seg_lo[top] + half,
                                                                  seg_n[top] - half, False)
            top += 1
            descend = True
        else:
            result = left[top] + result


@_inlined
def _supplier(x: Array, y: Array, cs: Array, total: Array, scratch: Scratch, r: int,
              sup: int) -> None:
    """What of the sides (dem, `sup`, issue `r`) depends on the supplier's voting position
    (exchange.run_batch's `_sides`): its direction sign(x_dem - y_sup), whether that is still
    the direction at the round's start (`x` holds the start positions), and its reach
    cs_sup |x_dem - y_sup| / total."""
    for dem in range(x.shape[0]):
        gap = x[dem, r] - y[sup, r]
        direction = _sign(gap)
        scratch.direction[r, dem, sup] = direction
        scratch.reach[r, dem, sup] = cs[sup, r] * abs(gap) / total[r]
        scratch.same[r, dem, sup] = direction == _sign(x[dem, r] - x[sup, r])


@_inlined
def _issue_sides(x: Array, out: Array, scratch: Scratch, r: int) -> None:
    """The sides (dem, sup) of issue `r`: min(reach, room) with room = (x_dem - outcome) *
    direction, or -1 once the supplier's direction differs from the round's start."""
    n = x.shape[0]
    for dem in range(n):
        room = x[dem, r] - out[r]
        for sup in range(n):
            if scratch.same[r, dem, sup]:
                scratch.sides[r, dem, sup] = _min(scratch.reach[r, dem, sup],
                                                  room * scratch.direction[r, dem, sup])
            else:
                scratch.sides[r, dem, sup] = -1.0


@_inlined
def _gain(sides: Array, i: int, j: int, p: int, q: int, ratio: float, unit: float) -> float:
    """A candidate's gain from its two sides, min(side a, side b / ratio) times the unit gain,
    or -inf (dead) when that shift is not > 0: run()'s `evaluate`."""
    a = _min(sides[p, i, j], sides[q, j, i] / ratio)
    if not a > 0:
        return -np.inf
    g: float = a * unit
    return g


@_inlined
def _moved(xr: Array, y: Array, cs: Array, total: Array, out: Array, scratch: Scratch,
           r: int, sup: int) -> None:
    """After supplier `sup` moved on issue `r`: the outcome, ``(cs[:, r] * y[:, r]).sum() /
    total[r]`` as numpy sums it, and the sides of the issue."""
    n = xr.shape[0]
    prod = scratch.prod
    for a in range(n):
        prod[a] = cs[a, r] * y[a, r]
    out[r] = _pairwise(prod, n) / total[r]
    _supplier(xr, y, cs, total, scratch, r, sup)
    _issue_sides(xr, out, scratch, r)


@_inlined
def _index_issues(nc: int, cp: Ints, cq: Ints, start: Ints, members: Ints, d: int) -> None:
    """The candidates holding each issue r: members[start[r]:start[r + 1]], in order."""
    start[:] = 0
    for c in range(nc):
        start[cp[c] + 1] += 1
        start[cq[c] + 1] += 1
    for r in range(d):
        start[r + 1] += start[r]
    for c in range(nc):
        members[start[cp[c]]] = c
        start[cp[c]] += 1
        members[start[cq[c]]] = c
        start[cq[c]] += 1
    for r in range(d, 0, -1):       # start[r] now holds the end of r: shift back by one
        start[r] = start[r - 1]
    start[0] = 0


@_inlined
def _first_largest(gain: Array, nc: int) -> tuple[int, float]:
    """The first largest of gain[:nc] (np.argmax, gains never NaN) and its value; (-1, -inf)
    if nc is 0. Four running maxima over every fourth entry (independent chains of compare
    and select), then the largest of the four, the first in order among equal ones."""
    b0, b1, b2, b3 = -1, -1, -1, -1
    t0, t1, t2, t3 = -np.inf, -np.inf, -np.inf, -np.inf
    c = 0
    while c + 4 <= nc:
        if gain[c] > t0:
            b0, t0 = c, gain[c]
        if gain[c + 1] > t1:
            b1, t1 = c + 1, gain[c + 1]
        if gain[c + 2] > t2:
            b2, t2 = c + 2, gain[c + 2]
        if gain[c + 3] > t3:
            b3, t3 = c + 3, gain[c + 3]
        c += 4
    while c < nc:
        if gain[c] > t0:
            b0, t0 = c, gain[c]
        c += 1
    best, top = b0, t0
    for b, t in ((b1, t1), (b2, t2), (b3, t3)):
        if t > top or (t == top and b < best and b >= 0):
            best, top = b, t
    return best, top


@_compiled
def _round(xr: Array, y: Array, cs: Array, total: Array, pres: Bools, pair_i: Ints,
           pair_j: Ints, fits: Bools, ratio_s: Array, unit_s: Array, min_gain: float,
           max_exchanges: int, scratch: Scratch) -> int:
    """One round of one run, as run(): `xr` the start positions (NaN as 0), `y` the voting
    positions (set to `xr` here, moved in place); `pair_i`, `pair_j` the actor pairs i < j in
    order; `fits`, `ratio_s`, `unit_s` (pair, p, q) whether i cares relatively more about p
    than j does, and then the ratio and unit gain. Returns the number of exchanges carried
    out.

    The live candidates are the first entries of the `cand_*` arrays, in run()'s order (a
    dead one has gain -inf and stays dead, as in run()): the pick is the first largest gain.
    After an exchange on issues p and q only the live candidates holding p or q are
    recalculated, found through a list of candidates per issue; the others keep their gain,
    which is what run()'s recalculation gives, as neither of their sides moved."""
    sides, out, side = scratch.sides, scratch.out, scratch.side
    ci, cj, cp, cq = scratch.cand_i, scratch.cand_j, scratch.cand_p, scratch.cand_q
    cr, cu, gain = scratch.cand_ratio, scratch.cand_unit, scratch.gain
    start, members = scratch.issue_start, scratch.issue_members
    n, d = xr.shape
    for r in range(d):
        acc = 0.0
        for a in range(n):
            acc += cs[a, r] * xr[a, r] if cs[a, r] > 0 else 0.0
        out[r] = acc / total[r]
        for a in range(n):
            y[a, r] = xr[a, r]
            side[a, r] = _sign(xr[a, r] - out[r])
    for r in range(d):
        for sup in range(n):
            _supplier(xr, y, cs, total, scratch, r, sup)
        _issue_sides(xr, out, scratch, r)
    # candidates in run()'s order: pair (i < j), then p, then q, both issues among those on
    # which i and j both take a position on opposite sides of the outcome
    nc = 0
    opposite = scratch.opposite
    for pr in range(pair_i.shape[0]):
        i, j = pair_i[pr], pair_j[pr]
        no = 0
        for r in range(d):
            if pres[i, r] and pres[j, r] and side[i, r] * side[j, r] < 0:
                opposite[no] = r
                no += 1
        for a in range(no):
            p = opposite[a]
            for b in range(no):
                q = opposite[b]
                if q == p or not fits[pr, p, q]:
                    continue
                g = _gain(sides, i, j, p, q, ratio_s[pr, p, q], unit_s[pr, p, q])
                if g == -np.inf:          # dead from the start: never a candidate again
                    continue
                ci[nc], cj[nc], cp[nc], cq[nc] = i, j, p, q
                cr[nc], cu[nc], gain[nc] = ratio_s[pr, p, q], unit_s[pr, p, q], g
                nc += 1
    _index_issues(nc, cp, cq, start, members, d)
    dead = 0
    count = 0
    while count < max_exchanges:
        best, top = _first_largest(gain, nc)
        if not top > min_gain:
            break
        i, j, p, q, rk = ci[best], cj[best], cp[best], cq[best], cr[best]
        ak = _min(sides[p, i, j], sides[q, j, i] / rk)
        toward = _sign(xr[i, p] - y[j, p]) * ak
        toward *= 1.0
        y[j, p] = y[j, p] + toward * total[p] / cs[j, p]
        toward = _sign(xr[j, q] - y[i, q]) * ak
        toward *= rk
        y[i, q] = y[i, q] + toward * total[q] / cs[i, q]
        count += 1
        gain[best] = -np.inf
        dead += 1
        _moved(xr, y, cs, total, out, scratch, p, j)
        _moved(xr, y, cs, total, out, scratch, q, i)
        for r in (p, q):
            for m in range(start[r], start[r + 1]):
                c = members[m]
                if gain[c] != -np.inf:
                    gain[c] = _gain(sides, ci[c], cj[c], cp[c], cq[c], cr[c], cu[c])
                    if gain[c] == -np.inf:
                        dead += 1
        if dead * 2 > nc and nc >= 32:
            # drop the dead candidates, keeping the order of the live ones
            live = 0
            for c in range(nc):
                if gain[c] != -np.inf:
                    ci[live], cj[live], cp[live], cq[live] = ci[c], cj[c], cp[c], cq[c]
                    cr[live], cu[live], gain[live] = cr[c], cu[c], gain[c]
                    live += 1
            nc, dead = live, 0
            _index_issues(nc, cp, cq, start, members, d)
    return count


@_compiled
def _positions(x: Array, sal: Array, cs: Array, total: Array, pres: Bools, w: Array,
               pair_i: Ints, pair_j: Ints, rounds: int, min_gain: float,
               max_exchanges: int) -> Array:
    """The start positions after the last round of every run (x, NaN where absent, is
    overwritten and returned)."""
    bsz, n, d = x.shape
    npair = pair_i.shape[0]
    # per pair (i < j) and issues p != q both take a position on: whether i cares relatively
    # more about p than j does, and then the ratio and unit gain (per run)
    fits = np.zeros((npair, d, d), dtype=np.bool_)
    ratio = np.ones((npair, d, d))
    unit = np.zeros((npair, d, d))
    xr = np.zeros((n, d))
    y = np.zeros((n, d))
    ns = max(1, npair * d * d)
    scratch = Scratch(np.zeros((d, n, n)), np.zeros((d, n, n)), np.zeros((d, n, n)),
                      np.zeros((d, n, n), dtype=np.bool_), np.zeros(d), np.zeros(n),
                      np.zeros((n, d)), np.zeros(d, dtype=np.int64),
                      np.zeros(ns, dtype=np.int64), np.zeros(ns, dtype=np.int64),
                      np.zeros(ns, dtype=np.int64), np.zeros(ns, dtype=np.int64),
                      np.ones(ns), np.zeros(ns), np.full(ns, -np.inf),
                      np.zeros(d + 1, dtype=np.int64), np.zeros(2 * ns, dtype=np.int64))
    big = np.finfo(np.float64).max
    for b in range(bsz):
        s = sal[b]
        for pr in range(npair):
            i, j = pair_i[pr], pair_j[pr]
            for p in range(d):
                if not (pres[i, p] and pres[j, p]):
                    continue
                for q in range(d):
                    if q == p or not (pres[i, q] and pres[j, q]):
                        continue
                    sip, siq, sjp, sjq = s[i, p], s[i, q], s[j, p], s[j, q]
                    fits[pr, p, q] = sip * sjq > sjp * siq
                    if fits[pr, p, q]:
                        below = siq + sjq
                        ratio[pr, p, q] = (sip + sjp) / below
                        unit[pr, p, q] = (sip * sjq - sjp * siq) / below
        for _ in range(rounds):
            for a in range(n):
                for r in range(d):
                    v = x[b, a, r]
                    xr[a, r] = 0.0 if v != v else (big if v > big else (-big if v < -big
                                                                          else v))
            moved = _round(xr, y, cs[b], total[b], pres, pair_i, pair_j, fits, ratio, unit,
                           min_gain, max_exchanges, scratch)
            if moved == 0:
                break
            for a in range(n):
                for r in range(d):
                    if pres[a, r]:
                        v = x[b, a, r]
                        x[b, a, r] = v + (y[a, r] - v) * w[b, a, r]
                    else:
                        x[b, a, r] = np.nan
    return x


def run_positions(x: Array, sal: Array, cs: Array, total: Array, present: Bools, w: Array,
                  rounds: int, min_gain: float, max_exchanges: int) -> Array:
    """The start positions (B, actors, dimensions) after the last round of each run, compiled;
    `x` NaN where absent, `sal` 0 there, `cs`, `w` (B, actors, dimensions), `total` (B,
    dimensions), `present` (actors, dimensions)."""
    pi, pj = np.triu_indices(x.shape[1], 1)
    f = np.ascontiguousarray
    return _positions(np.array(x, dtype=np.float64), f(sal, dtype=np.float64),
                      f(cs, dtype=np.float64), f(total, dtype=np.float64),
                      f(present, dtype=np.bool_), f(w, dtype=np.float64),
                      f(pi, dtype=np.int64), f(pj, dtype=np.int64), int(rounds),
                      float(min_gain), int(max_exchanges))
