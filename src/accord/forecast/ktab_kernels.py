"""The numeric kernels of the KTAB Spatial Model of Politics (:mod:`accord.forecast.ktab`).

The elementary functions of one turn (Black-Scholes-like utilities, votes, victory odds,
coalitions, the conditional and Markov PCE, risk attitudes, distances), written once with the run
axis last for blocks of Monte Carlo runs and, where the tests compare layouts, once run-first;
and the sums that keep numpy's own pairwise order (:func:`_sum_first`, :class:`_Sum`), so a
number does not depend on how the runs were laid out or blocked. :mod:`accord.forecast.ktab`
puts them together into turns and runs; :mod:`accord.forecast.ktab_jit` compiles the same
kernels with numba.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from accord.forecast.compiling import worth_compiling
from accord.forecast.inputs import Array
from accord.forecast.ktab_options import (
    BigRAdjust,
    BigRRange,
    KtabOptions,
    PceModel,
    VictoryModel,
    VotingRule,
)

_numba: list[bool] = []
"""Whether numba could be imported (once known)."""

MAX_COMPILED_ACTORS = 968
"""Up to this many actors (and options) the compiled kernels take numpy's order of summation
(`ktab_jit.MAX_ITEMS`); KTAB refuses more than 400 actors anyway."""


def compiled() -> bool:
    """True when the kernels compiled with numba (:mod:`accord.forecast.ktab_jit`, the same
    bits as the numpy kernels) are used: numba can be imported, ACCORD_NO_NUMBA is not 1 and
    the batch is large enough to be worth compiling for (:mod:`accord.forecast.compiling`; read
    on every call, so that a test can compare both paths)."""
    if not worth_compiling():
        return False
    if not _numba:
        try:
            import accord.forecast.ktab_jit  # noqa: F401
        except ImportError:
            _numba.append(False)
        else:
            _numba.append(True)
    return _numba[0]


# ---------------------------------------------------------------- elementary functions

def _bs_util(d: Array, r: Array) -> Array:
    near = (1.0 - d) * (1.0 + d * r)
    if np.all(d <= 1.0):  # always so on the 0-1 scale: skip the second branch
        return near
    return np.where(d <= 1.0, near, (1.0 - d) * (1.0 + r))


def _vote(rule: VotingRule, w: Array, u1: Array, u2: Array) -> Array:
    du = u1 - u2
    if rule is VotingRule.PROPORTIONAL:
        return w * du
    binary = np.clip(du / 1e-8, -1.0, 1.0)
    if rule is VotingRule.BINARY:
        return w * binary
    if rule is VotingRule.PROP_BIN:
        return w * ((1 - 0.2) * du + 0.2 * binary)
    if rule is VotingRule.PROP_CUBIC:
        return w * ((1 - 0.5) * du + 0.5 * du * du * du)
    if rule is VotingRule.CUBIC:
        return w * (du * du * du)
    return np.where(du < 0, w * du, np.where(du > 0, (2.0 * w * du) / 3.0, 0.0))


def _victory(model: VictoryModel, s1: Array, s2: Array) -> Array:
    if model is VictoryModel.LINEAR:
        x1, x2 = s1, s2
    elif model is VictoryModel.SQUARE:
        x1, x2 = s1 * s1, s2 * s2
    elif model is VictoryModel.QUARTIC:
        x1, x2 = (s1 * s1) ** 2, (s2 * s2) ** 2
    else:
        x1, x2 = ((s1 * s1) ** 2) ** 2, ((s2 * s2) ** 2) ** 2
    return x1 / (x1 + x2)


# ---------------------------------------------------------------- sums in numpy's order

def _sum_first(a: Array) -> Array:
    """The sum over the first axis in exactly the order numpy's pairwise summation takes along
    a contiguous last axis (8 partial sums for 8 to 128 items, halves above): a sum laid out
    with the run axis last gives the same bits as the same sum laid out with it first."""
    n = a.shape[0]
    if n < 8:
        res = a[0].copy()
        for k in range(1, n):
            res += a[k]
        return res  # type: ignore[no-any-return]
    if n <= 128:
        r = [a[k].copy() for k in range(8)]
        top = n - n % 8
        for s in range(8, top, 8):
            for k in range(8):
                r[k] += a[s + k]
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for k in range(top, n):
            res += a[k]
        return res  # type: ignore[no-any-return]
    half = n // 2
    half -= half % 8
    return _sum_first(a[:half]) + _sum_first(a[half:])


class _Work:
    """Scratch arrays kept from block to block and step to step of a batch: large temporaries
    allocated afresh each time cost the kernel a page fault per 4 KiB, on every step."""

    def __init__(self) -> None:
        self.bufs: dict[str, Array] = {}

    def get(self, name: str, shape: tuple[int, ...]) -> Array:
        """A C-contiguous array of `shape` (uninitialised), the same memory on every call."""
        size = math.prod(shape)
        buf = self.bufs.get(name)
        if buf is None or buf.size < size:
            buf = self.bufs[name] = np.empty(size)
        return buf[:size].reshape(shape)


def _empty(work: _Work | None, name: str, shape: tuple[int, ...]) -> Array:
    return np.empty(shape) if work is None else work.get(name, shape)


class _Sum:
    """:func:`_sum_first` of n arrays of one shape that are computed one after another (or all
    at once, `group` = n): each is written into :meth:`out`, then :meth:`push` adds it in.
    The same additions in the same order as :func:`_sum_first`, without holding all n items
    (up to 128 items; above, they are kept and summed at the end)."""

    def __init__(self, n: int, shape: tuple[int, ...], group: int = 1, work: _Work | None = None,
                 name: str = "sum") -> None:
        self.n, self.k, self.group = n, 0, group
        self.keep_all = group > 1 or n > 128
        self.top = n - n % 8 if n >= 8 else 0
        self.acc = _empty(work, name, (n if self.keep_all else min(n, 8), *shape))
        self.scratch = self.acc[0] if self.keep_all else _empty(work, name + "+", shape)
        self.res = self.acc[0]

    def out(self) -> Array:
        """Where to write the next item (shape), or the next `group` items (group, *shape)."""
        k = self.k
        if self.keep_all and self.group > 1:
            return self.acc[k:k + self.group]
        if self.keep_all or (k < 8 and (k == 0 or self.n >= 8)):
            out: Array = self.acc[k]
            return out
        return self.scratch

    def push(self) -> None:
        k = self.k
        self.k += self.group
        if self.keep_all:
            return
        if self.n < 8:
            if k > 0:
                self.res += self.scratch
            return
        if k < 8:
            return
        if k < self.top:
            self.acc[k % 8] += self.scratch
            return
        if k == self.top:
            self._combine()
        self.res += self.scratch

    def _combine(self) -> None:
        r = self.acc
        np.add(r[0], r[1], out=r[0])
        np.add(r[2], r[3], out=r[2])
        np.add(r[4], r[5], out=r[4])
        np.add(r[6], r[7], out=r[6])
        np.add(r[0], r[2], out=r[0])
        np.add(r[4], r[6], out=r[4])
        np.add(r[0], r[4], out=r[0])

    def total(self) -> Array:
        if self.keep_all:
            return _sum_first(self.acc)
        if self.n >= 8 and self.k == self.top:
            self._combine()
        return self.res  # type: ignore[no-any-return]


_LOOP_RUNS = 20
"""From this many runs in a block on, the kernels over actors^3 cells go one actor at a time
over actors^2 x runs slabs (long loops, little memory, sums added as they come); below, all
actors at once in fewer, larger numpy calls (little Python overhead for the last few runs)."""

_SLAB_CELLS = 1 << 14
"""Runs are advanced in blocks of about this many actors^2 x runs cells, so that a step's
temporaries mostly stay in cache (on 13 actors, 12,000 to 25,000 cells measured equally fast,
half of that a sixth slower)."""


# ---------------------------------------------------------------- kernels, run axis last
#
# The arrays of a block of runs carry the run axis last ([..., b]): every operation then
# broadcasts over the outer (actor) axes and loops over runs innermost. The run-first forms
# below them (`_coalitions`, `_cond_pce_each`) are the same kernels transposed.

def _bs(d: Array, r: Array, far: bool) -> Array:
    """:func:`_bs_util` when it is known whether some distance exceeds 1 (`far`)."""
    near = (1.0 - d) * (1.0 + d * r)
    if not far:
        return near
    return np.where(d <= 1.0, near, (1.0 - d) * (1.0 + r))


def _vote_into(rule: VotingRule, w: Array, u1: Array, u2: Array, out: Array) -> Array:
    """:func:`_vote` written into `out` (in place for the proportional rule)."""
    if rule is VotingRule.PROPORTIONAL:
        np.subtract(u1, u2, out=out)
        out *= w
    else:
        out[...] = _vote(rule, w, u1, u2)
    return out


def _coalitions_t(opts: KtabOptions, w: Array, u: Array, work: _Work | None = None) -> Array:
    """c[i, j, b] = 1e-8 + sum_k max(0, v_k(i:j)), diagonal 1e-8; w [k, b], u [k, option, b].
    The sum over k runs in order (as numpy's sum over a leading axis)."""
    k, m, bsz = u.shape
    rule = opts.voting_rule
    if compiled() and max(k, m) <= MAX_COMPILED_ACTORS:
        from accord.forecast import ktab_jit
        return ktab_jit.run_coalitions(w, u, rule.value)
    if bsz < _LOOP_RUNS:
        v = _vote(rule, w[:, None, None], u[:, :, None], u[:, None, :])
        np.maximum(v, 0.0, out=v)                      # as np.where(v > 0, v, 0), faster
        c = 1e-8 + v.sum(axis=0)
    else:
        c = _empty(work, "coalitions", (m, m, bsz))
        v = _empty(work, "votes", (m, m, bsz))
        for a in range(k):
            dst = c if a == 0 else v
            _vote_into(rule, w[a], u[a, :, None], u[a, None, :], dst)
            np.maximum(dst, 0.0, out=dst)
            if a:
                c += v
        np.add(1e-8, c, out=c)
    idx = np.arange(m)
    c[idx, idx] = 1e-8
    return c  # type: ignore[no-any-return]


def _coalitions(opts: KtabOptions, w: Array, u: Array) -> Array:
    """:func:`_coalitions_t` with the run axis first: w (B, k), u (B, k, option) -> (B, m, m)."""
    c = _coalitions_t(opts, np.ascontiguousarray(w.T), np.ascontiguousarray(u.transpose(1, 2, 0)))
    return np.ascontiguousarray(np.moveaxis(c, 2, 0))


def _victory_matrix(opts: KtabOptions, c: Array, run_last: bool = False) -> Array:
    """P(i beats j) from coalition strengths c, options on the last two axes (or, `run_last`,
    on the first two)."""
    ax = (0, 1) if run_last else (-2, -1)
    p = _victory(opts.victory_model, c, np.swapaxes(c, *ax))
    idx = np.arange(c.shape[ax[0]])
    if run_last:
        p[idx, idx] = 0.5
    else:
        p[..., idx, idx] = 0.5
    return p


def _cond_pce(p: Array, member: NDArray[np.bool_] | None = None) -> Array:
    """Conditional PCE: prob_i proportional to prod_j P(i > j) over the options in `member`."""
    if member is not None:
        p = np.where(member[..., None, :], p, 1.0)
    raw = np.prod(p, axis=-1)
    if member is not None:
        raw = np.where(member, raw, 0.0)
    return raw / raw.sum(axis=-1, keepdims=True)  # type: ignore[no-any-return]


def _cond_pce_each_t(pt: Array, mt: NDArray[np.bool_], work: _Work | None = None) -> Array:
    """:func:`_cond_pce` of one victory matrix pt [i, j, b] over each actor's own options
    mt [k, j, b] -> [k, i, b]: the products over j in order (multiplying by 1 where j is not
    an option leaves the bits unchanged), the normalising sum in numpy's order."""
    k, m, bsz = mt.shape
    if compiled() and m <= MAX_COMPILED_ACTORS:
        from accord.forecast import ktab_jit
        return ktab_jit.run_cond_pce_each(pt, mt)
    if bsz < _LOOP_RUNS:
        raw = np.prod(np.where(mt[:, None], pt[None], 1.0), axis=2)   # [k, i, b]
    else:
        raw = _empty(work, "pce", (k, m, bsz))
        raw.fill(1.0)
        for j in range(m):
            raw *= np.where(mt[:, None, j], pt[None, :, j], 1.0)
    raw = np.where(mt, raw, 0.0)
    return raw / _sum_first(raw.transpose(1, 0, 2))[:, None]


def _cond_pce_each(p: Array, member: NDArray[np.bool_]) -> Array:
    """:func:`_cond_pce_each_t` with the run axis first: p (B, m, m), member (B, k, m) ->
    (B, k, m), equal to ``_cond_pce(p[:, None], member)``."""
    prob = _cond_pce_each_t(np.ascontiguousarray(p.transpose(1, 2, 0)),
                            np.ascontiguousarray(member.transpose(1, 2, 0)))
    return np.ascontiguousarray(prob.transpose(2, 0, 1))


def _markov_uniform(p: Array, member: NDArray[np.bool_]) -> Array:
    """KTAB's Markov PCE with uniform challenges, restricted to the options in `member`."""
    m = member.sum(axis=-1, keepdims=True).astype(float)
    prob = np.where(member, 1.0 / m, 0.0)
    pm = np.where(member[..., None, :] & member[..., :, None], p, 0.0)
    done = np.zeros(member.shape[:-1], dtype=bool)
    for _ in range(1000):
        q = (pm * (prob[..., :, None] + prob[..., None, :])).sum(axis=-1) / m
        change = np.abs(q - prob).max(axis=-1)
        prob = np.where(done[..., None], prob, (prob + q) / 2.0)
        done |= change <= 1e-6
        if done.all():
            break
    return prob


def _markov_incentive(c: Array, p: Array, member: NDArray[np.bool_]) -> Array:
    """KTAB's Markov PCE with challenges proportional to the incentive c_ij P_ij."""
    both = member[..., None, :] & member[..., :, None]
    n = c.shape[-1]
    inctv = np.where(both, c * p + 1e-10 * np.eye(n), 0.0)
    col = inctv.sum(axis=-2, keepdims=True)
    chlg = np.divide(inctv, col, out=np.zeros_like(inctv), where=col > 0)
    pm = np.where(both, p, 0.0)
    m = member.sum(axis=-1, keepdims=True).astype(float)
    prob = np.where(member, 1.0 / m, 0.0)
    done = np.zeros(member.shape[:-1], dtype=bool)
    for _ in range(1000):
        ct = prob[..., :, None] * np.swapaxes(chlg, -1, -2)
        q = (pm * (ct + np.swapaxes(ct, -1, -2))).sum(axis=-1)
        change = np.abs(q - prob).max(axis=-1)
        prob = np.where(done[..., None], prob, (prob + q) / 2.0)
        done |= change <= 1e-8
        if done.all():
            break
    return prob


def _pce(opts: KtabOptions, c: Array, member: NDArray[np.bool_] | None = None,
         p: Array | None = None) -> Array:
    """Probability of each option from coalition strengths c (.., m, m) under the PCE model."""
    if p is None:
        p = _victory_matrix(opts, c)
    if opts.pce_model is PceModel.CONDITIONAL:
        return _cond_pce(p, member)
    full = np.ones(p.shape[:-1], dtype=bool) if member is None else member
    full = np.broadcast_to(full, np.broadcast_shapes(full.shape, p.shape[:-1]))
    if opts.pce_model is PceModel.MARKOV_UNIFORM:
        return _markov_uniform(np.broadcast_to(p, full.shape + p.shape[-1:]), full)
    return _markov_incentive(np.broadcast_to(c, full.shape + c.shape[-1:]),
                             np.broadcast_to(p, full.shape + p.shape[-1:]), full)


def _big_r(p: Array, rr: BigRRange, axis: int = -1) -> Array:
    """Risk attitudes from position probabilities (positions along `axis`); all 0 (neutral)
    when every probability is equal, where KTAB's formula divides by zero."""
    p_min = p.min(axis=axis, keepdims=True)
    p_max = p.max(axis=axis, keepdims=True)
    span = np.where(p_max > p_min, p_max - p_min, 1.0)
    if rr is BigRRange.MIN:
        r = (p - p_min) / span
    elif rr is BigRRange.MID:
        r = (3 * p - (p_max + 2 * p_min)) / (2 * span)
    else:
        r = (2 * p - (p_max + p_min)) / span
    return np.where(p_max > p_min, r, 0.0)


def _est_r(rh: Array, ri: Array, ra: BigRAdjust) -> Array:
    if ra is BigRAdjust.FULL:
        return ri + 0.0 * rh
    if ra is BigRAdjust.TWO_THIRDS:
        return (rh + (2.0 * ri)) / 3.0
    if ra is BigRAdjust.HALF:
        return (rh + ri) / 2
    if ra is BigRAdjust.ONE_THIRD:
        return ((2.0 * rh) + ri) / 3.0
    return rh + 0.0 * ri


def _distance_t(pos: Array, sal: Array, den: Array, x: Array) -> Array:
    """d[a, m, b]: salience-weighted distance from actors' positions pos [D, a, b] (saliences
    sal, den = sum_k sal^2) to points x [D, m, b]."""
    if compiled() and len(pos) <= MAX_COMPILED_ACTORS:
        from accord.forecast import ktab_jit
        return ktab_jit.run_distance(pos, sal, den, x)
    ds = (pos[:, :, None] - x[:, None]) * sal[:, :, None]
    return np.sqrt(_sum_first(ds * ds) / den[:, None])


def _run_first(x: Array) -> Array:
    """A run-axis-last array laid out with the run axis first, contiguous (so that sums over
    its last axis take numpy's order for a contiguous axis)."""
    return np.ascontiguousarray(np.moveaxis(x, -1, 0))


def _round4(x: Array) -> Array:
    return np.trunc(0.5 + x * 10000.0) / 10000.0
