"""The KTAB Spatial Model of Politics (SMP), default configuration, vectorised over runs.

Source: KAPSARC, KTAB (MIT licence), `examples/smp/libsrc/smp.cpp`, `smpbcn.cpp` and
`kmodel/libsrc/kmodel.cpp` (2017); described in `ALGORITHMS.md` section D of the project's
reference folder and in Efird, Lester & Wise (2016), J. East Asian Studies 16. Re-implemented
from the description and checked against KTAB's own reference logs (every position and
probability of `dummyData_3Dim` and `SOE-Pol-Comp`).

One turn:
1. Distances d_ij = sqrt(sum_k (s_ik (x_ik - x_jk))^2 / sum_k s_ik^2), utilities
   u = (1 - d)(1 + d R).
2. Risk attitudes from the risk-neutral probability of each position (conditional PCE), mapped to
   [-1/2, 1] (`BigRRange.MID`); actor h estimates i's risk as (2 R_h + R_i) / 3 (`ONE_THIRD`).
3. Each actor i picks the target j with the largest expected gain of challenging j (its own
   estimate, third parties vote with `SemiCommit`), if above 1e-5.
4. The bargain interpolates both positions with weights s^2 P^2 (`S2P2`), from i's view only
   (`InitOnlyInterp`), rounded to 4 decimals.
5. Every actor takes, among its status quo and the bargains it is part of, the one most likely
   under a capability-weighted conditional PCE of the utilities of the resulting states.
6. Stop after 100 turns, or after at least 2 when the step's total move falls below 2 % of the
   first step's (+1e-4).

All arrays carry a leading run axis so that Monte Carlo runs advance together; the kernels
over actors^3 cells (challenges, coalitions, each actor's PCE over its options) work with the
run axis last inside, with sums in numpy's own order, so the numbers do not depend on the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.forecast.inputs import Array, InputError, SpatialInput
from accord.forecast.ktab_options import (
    MAX_ITER,
    RANGES,
    BargainModel,
    BigRAdjust,
    BigRRange,
    InterVecBargain,
    KtabOptions,
    PceModel,
    StateTransitions,
    ThirdPartyCommit,
    VictoryModel,
    VotingRule,
    check_options,
)

__all__ = ["MAX_ITER", "RANGES", "SOURCE", "BargainModel", "BigRAdjust", "BigRRange",
           "InterVecBargain", "KtabBatch", "KtabHistory", "KtabOptions", "PceModel",
           "StateTransitions", "ThirdPartyCommit", "VictoryModel", "VotingRule", "check_options",
           "complete", "joint", "run", "run_batch"]

SOURCE = ("KTAB Spatial Model of Politics (KAPSARC, MIT licence), examples/smp (2017 defaults); "
          "Efird, Lester & Wise (2016)")


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


def _coalitions(opts: KtabOptions, w: Array, u: Array) -> Array:
    """c[b, i, j] = 1e-8 + sum_k max(0, v_k(i:j)); w (B, k), u (B, k, option).

    Computed with the run axis last (long contiguous loops; the actor and option axes are
    short) in cache-sized blocks of runs; the sum over k runs in the same order either way."""
    bsz, k, m = u.shape
    ut = np.ascontiguousarray(u.transpose(1, 2, 0))      # [k, option, b]
    wt = np.ascontiguousarray(w.T)[:, None, None, :]     # [k, 1, 1, b]
    c = np.empty((m, m, bsz))
    block = max(1, _BLOCK_CELLS // (k * m * m))
    for a in range(0, bsz, block):
        sl = slice(a, a + block)
        v = _vote(opts.voting_rule, wt[..., sl], ut[:, :, None, sl], ut[:, None, :, sl])
        np.maximum(v, 0.0, out=v)                      # as np.where(v > 0, v, 0), faster
        c[..., sl] = 1e-8 + v.sum(axis=0)
    idx = np.arange(m)
    c[idx, idx] = 1e-8
    # back to the run axis first, contiguous: later sums and products over the last axis then
    # take numpy's order for a contiguous axis, as before
    return np.ascontiguousarray(np.moveaxis(c, 2, 0))


def _victory_matrix(opts: KtabOptions, c: Array) -> Array:
    p = _victory(opts.victory_model, c, np.swapaxes(c, 1, 2))
    idx = np.arange(c.shape[1])
    p[:, idx, idx] = 0.5
    return p


def _cond_pce(p: Array, member: NDArray[np.bool_] | None = None) -> Array:
    """Conditional PCE: prob_i proportional to prod_j P(i > j) over the options in `member`."""
    if member is not None:
        p = np.where(member[..., None, :], p, 1.0)
    raw = np.prod(p, axis=-1)
    if member is not None:
        raw = np.where(member, raw, 0.0)
    return raw / raw.sum(axis=-1, keepdims=True)  # type: ignore[no-any-return]


def _cond_pce_each(p: Array, member: NDArray[np.bool_]) -> Array:
    """:func:`_cond_pce` of the same victory matrix p (B, m, m) over each actor's own options,
    member (B, k, m) -> (B, k, m): the same products and sums in the same order, laid out with
    the run axis last (long contiguous loops; the option axes are short)."""
    pt = np.ascontiguousarray(p.transpose(1, 2, 0))               # [i, j, b]
    mt = np.ascontiguousarray(member.transpose(1, 2, 0))          # [k, j, b]
    raw = np.prod(np.where(mt[:, None], pt[None], 1.0), axis=2)   # [k, i, b]
    raw = np.where(mt, raw, 0.0)
    prob = raw / _sum_first(raw.transpose(1, 0, 2))[:, None]
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


def _big_r(p: Array, rr: BigRRange) -> Array:
    """Risk attitudes from position probabilities; all 0 (neutral) when every probability is
    equal, where KTAB's formula divides by zero."""
    p_min = p.min(axis=-1, keepdims=True)
    p_max = p.max(axis=-1, keepdims=True)
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


def _distance(ideal: Array, sal: Array, pos: Array) -> Array:
    """d[b, i, j]: salience-weighted distance from i's ideal to j's position."""
    ds = (ideal[:, :, None, :] - pos[:, None, :, :]) * sal[:, :, None, :]
    return np.sqrt((ds * ds).sum(axis=-1) / (sal * sal).sum(axis=-1)[:, :, None])  # type: ignore[no-any-return]


def _distance_to(pos_a: Array, sal_a: Array, x: Array) -> Array:
    """Distance from actors' positions (B, a, D) to points x (B, m, D) -> (B, a, m)."""
    ds = (pos_a[:, :, None, :] - x[:, None, :, :]) * sal_a[:, :, None, :]
    return np.sqrt((ds * ds).sum(axis=-1) / (sal_a * sal_a).sum(axis=-1)[:, :, None])  # type: ignore[no-any-return]


def _round4(x: Array) -> Array:
    return np.trunc(0.5 + x * 10000.0) / 10000.0


# ---------------------------------------------------------------- one state

@dataclass
class _StateEval:
    dist: Array          # (B, n, n)
    risk: Array          # (B, n)
    util: Array          # (B, h, i, j): h's estimate of i's utility for j's position


def _evaluate(opts: KtabOptions, pos: Array, sal: Array, cap: Array) -> _StateEval:
    d = _distance(pos, sal, pos)
    rn = _bs_util(d, np.zeros_like(d))
    c = _coalitions(opts, cap, rn)
    p = _pce(opts, c)
    r = _big_r(p, opts.big_r_range)
    rhi = _est_r(r[:, :, None], r[:, None, :], opts.big_r_adjust)  # (B, h, i)
    util = _bs_util(d[:, None, :, :], rhi[:, :, :, None])
    return _StateEval(d, r, util)


def _prob_edu(opts: KtabOptions, util: Array, wsc: Array, ssum: Array,
              h: NDArray[np.intp], k: NDArray[np.intp], i: NDArray[np.intp],
              j: NDArray[np.intp], batched: bool = False) -> tuple[Array, Array]:
    """h's estimate of P(i beats j) and of the expected gain to k of i challenging j.

    `h, k, i, j` are broadcastable index arrays of a common shape S; returns two (B,) + S arrays.
    With `batched`, the index arrays already carry the run axis first (shape (B,) + S')."""
    lead = np.ndim(i) - 1 if batched else np.ndim(i)
    b = np.arange(util.shape[0]).reshape((-1,) + (1,) * lead)
    n = util.shape[1]
    uii, uij = util[b, h, i, i], util[b, h, i, j]
    uji, ujj = util[b, h, j, i], util[b, h, j, j]
    wi, wj = wsc[b, i], wsc[b, j]
    ci = _vote(opts.voting_rule, wi, uii, uij)
    cj = _vote(opts.voting_rule, wj, uji, ujj)
    chij0 = 1e-10 + np.where(ci > 0, ci, 0.0) + np.where(cj > 0, cj, 0.0)
    chji0 = 1e-10 - np.where(ci < 0, ci, 0.0) - np.where(cj < 0, cj, 0.0)
    # third parties along a new last axis
    m = np.arange(n)
    bb, hh, ii, jj = b[..., None], h[..., None], i[..., None], j[..., None]
    uni, unj, unn = util[bb, hh, m, ii], util[bb, hh, m, jj], util[bb, hh, m, m]
    wn = wsc[bb, m]
    vn = _vote(opts.voting_rule, wn, uni, unj)
    cni = np.where(vn > 0, chij0[..., None] + vn, chij0[..., None])
    cnj = np.where(vn < 0, chji0[..., None] - vn, chji0[..., None])
    pin = cni / (cni + cnj)
    pjn = 1.0 - pin
    tpc = opts.third_party_commit
    if tpc is ThirdPartyCommit.FULL:
        a, bj, ci3, dj = 3 * uni, 3 * unj, 3 * uni, 3 * unj
    elif tpc is ThirdPartyCommit.SEMI:
        a, bj, ci3, dj = uni + uni + unn, unj + unj + unj, uni + uni + uni, unj + unj + unn
    else:
        a, bj, ci3, dj = uni + uni + unn, unj + unj + unn, uni + uni + unn, unj + unj + unn
    u_ik_j = pin * a + pjn * bj
    u_i_jk = pin * ci3 + pjn * dj
    vk = _vote(opts.voting_rule, wn, u_ik_j, u_i_jk)
    third = (m != ii) & (m != jj)
    vk = np.where(third, vk, 0.0)
    chij = chij0 + np.where(vk > 0, vk, 0.0).sum(axis=-1)
    chji = chji0 - np.where(vk < 0, vk, 0.0).sum(axis=-1)
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    uki, ukj = util[b, h, k, i], util[b, h, k, j]
    eu_sq = uki + ukj
    u_vict = uki + uki
    u_lose = ukj + ukj
    sj = ssum[b, j]
    eu_chlg = (1 - sj) * u_vict + sj * (phij * u_vict + phji * u_lose)
    return phij, eu_chlg - eu_sq


_BLOCK_CELLS = 1 << 15
"""Cells (actors^3 x runs) per block in :func:`_challenges` and :func:`_coalitions`: their
temporaries (256 KiB each) then stay in cache while the run axis, innermost, keeps numpy's
loops long (measured best for 4 and 13 actors)."""


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


def _challenges(opts: KtabOptions, util: Array, wsc: Array, ssum: Array) -> tuple[Array, Array]:
    """:func:`_prob_edu` for every pair (i, j) from the challenger's own view (h = k = i), as
    (B, i, j) arrays. The same arithmetic on the same numbers (so the same results, sums in
    the same order), laid out with the run axis last so that every operation broadcasts over
    outer axes only and runs in long contiguous loops (the actor axes are short: 4 on the
    flagship), in cache-sized blocks of runs."""
    bsz, n = util.shape[:2]
    block = max(1, _BLOCK_CELLS // n ** 3)
    if bsz > block:
        parts = [_challenges(opts, util[a:a + block], wsc[a:a + block], ssum[a:a + block])
                 for a in range(0, bsz, block)]
        return np.concatenate([q[0] for q in parts]), np.concatenate([q[1] for q in parts])
    idx = np.arange(n)
    rule = opts.voting_rule
    # t[h, y, x, b] = util[b, h, x, y]
    t = np.ascontiguousarray(util.transpose(1, 3, 2, 0))
    own = t[idx, :, idx]                               # [i, j, b] = util[b, i, i, j]
    col = t[idx, idx]                                  # [i, j, b] = util[b, i, j, i]
    dg = t[:, idx, idx]                                # [i, j, b] = util[b, i, j, j]
    uii = own[idx, idx][:, None]                       # [i, 1, b]
    uij, uji, ujj = own, col, dg
    w = np.ascontiguousarray(wsc.T)                    # [k, b]
    wi, wj = w[:, None], w[None]
    # np.maximum(v, 0) for np.where(v > 0, v, 0): the same sums (a zero's sign cannot show
    # in a sum with a positive constant) at a fraction of the cost
    ci = _vote(rule, wi, uii, uij)
    cj = _vote(rule, wj, uji, ujj)
    chij0 = 1e-10 + np.maximum(ci, 0.0) + np.maximum(cj, 0.0)
    chji0 = 1e-10 - np.minimum(ci, 0.0) - np.minimum(cj, 0.0)
    # third parties m on the third axis: [i, j, m, b]
    uni = col[:, None]                                 # util[b, i, m, i]
    unj = t                                            # util[b, i, m, j]
    unn = dg[:, None]                                  # util[b, i, m, m]
    wn = w[None, None]
    vn = _vote(rule, wn, uni, unj)
    cni = np.maximum(vn, 0.0)
    cni += chij0[:, :, None]
    cnj = np.minimum(vn, 0.0)
    np.subtract(chji0[:, :, None], cnj, out=cnj)
    pin = np.add(cni, cnj, out=vn)
    np.divide(cni, pin, out=pin)
    pjn = np.subtract(1.0, pin, out=cnj)
    tpc = opts.third_party_commit
    if tpc is ThirdPartyCommit.FULL:
        a, bj, ci3, dj = 3 * uni, 3 * unj, 3 * uni, 3 * unj
    elif tpc is ThirdPartyCommit.SEMI:
        twice = unj + unj
        a, bj, ci3, dj = uni + uni + unn, twice + unj, uni + uni + uni, twice + unn
    else:
        a, bj, ci3, dj = uni + uni + unn, unj + unj + unn, uni + uni + unn, unj + unj + unn
    u_ik_j = np.multiply(pin, a, out=cni)
    bj = np.multiply(pjn, bj, out=bj)
    u_ik_j += bj
    u_i_jk = np.multiply(pin, ci3, out=pin)
    dj = np.multiply(pjn, dj, out=pjn)
    u_i_jk += dj
    vk = _vote(rule, wn, u_ik_j, u_i_jk)
    vk[idx, :, idx] = 0.0                             # only third parties vote: m != i
    vk[:, idx, idx] = 0.0                             # and m != j
    vm = np.moveaxis(vk, 2, 0)                        # [m, i, j, b]
    chij = chij0 + _sum_first(np.maximum(vm, 0.0))
    chji = chji0 - _sum_first(np.minimum(vm, 0.0))
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    eu_sq = uii + uij
    u_vict = uii + uii
    u_lose = uij + uij
    sj = ssum.T[None]
    eu_chlg = (1 - sj) * u_vict + sj * (phij * u_vict + phji * u_lose)
    gain = eu_chlg - eu_sq
    return (np.ascontiguousarray(np.moveaxis(phij, 2, 0)),
            np.ascontiguousarray(np.moveaxis(gain, 2, 0)))


def _interpolate(opts: KtabOptions, xi: Array, si: Array, xj: Array, sj: Array,
                 pi: Array) -> tuple[Array, Array]:
    pj = 1 - pi
    if opts.inter_vec_bargain is InterVecBargain.S2PMAX:
        di = np.where(pj > pi, pj - pi, 0.0)
        dj = np.where(pi > pj, pi - pj, 0.0)
        si2, sj2 = si * si, sj * sj
        dik = (di * sj2) / ((di * sj2) + 1e-6 + ((1 - di) * si2))
        djk = (dj * si2) / ((dj * si2) + 1e-6 + ((1 - dj) * sj2))
        return xi + dik * (xj - xi), xj + djk * (xi - xj)
    power = 1 if opts.inter_vec_bargain is InterVecBargain.S1P1 else 2
    wi = si ** power * pi ** power
    wj = sj ** power * pj ** power
    bi = _round4(((wi + 1e-6) * xi + wj * xj) / (wi + 1e-6 + wj))
    bj = _round4((wi * xi + (1e-6 + wj) * xj) / (wi + 1e-6 + wj))
    return bi, bj


def _probabilities(opts: KtabOptions, pos: Array, cap: Array, ev: _StateEval) -> Array:
    """Each actor's position's probability (PCE over unique positions, own utilities)."""
    n = pos.shape[1]
    idx = np.arange(n)
    own = ev.util[:, idx, idx, :]  # (B, i, j) = util[i][i, j]
    gap = np.sqrt(((pos[:, :, None, :] - pos[:, None, :, :]) ** 2).sum(-1))
    same = gap < opts.pos_tol
    earlier = np.tril(np.ones((n, n), dtype=bool), -1)
    unique = ~np.any(same & earlier[None], axis=2)
    c = _coalitions(opts, cap, own)
    prob = _pce(opts, c, unique)
    # like KTAB's posProb: the last unique position equivalent to the actor's
    hits = same & unique[:, None, :]
    rep = n - 1 - np.argmax(hits[:, :, ::-1], axis=2)
    return np.take_along_axis(prob, rep, axis=1)


@dataclass
class _Turn:
    targets: NDArray[np.intp]
    p_win: Array
    gain: Array
    bargain_init: Array
    bargain_rcvr: Array
    chosen: NDArray[np.intp]
    choice_prob: Array


def _step(opts: KtabOptions, pos: Array, sal: Array, cap: Array, ev: _StateEval,
          record: bool, rng: np.random.Generator | None = None) -> tuple[Array, _Turn | None]:
    bsz, n, dims = pos.shape
    idx = np.arange(n)
    bidx = np.arange(bsz)
    ssum = sal.sum(axis=-1)
    wsc = ssum * cap
    ii, jj = idx[:, None], idx[None, :]
    p_win, gain = _challenges(opts, ev.util, wsc, ssum)
    gain = np.where(ii == jj, -np.inf, gain)
    cand = np.where(gain > 1e-5, gain, -np.inf)
    target = np.argmax(cand, axis=2)
    has = np.isfinite(np.take_along_axis(cand, target[..., None], axis=2)[..., 0])
    piij = np.take_along_axis(p_win, target[..., None], axis=2)[..., 0]
    xj = np.take_along_axis(pos, target[..., None], axis=1)
    sj = np.take_along_axis(sal, target[..., None], axis=1)
    iij = _interpolate(opts, pos, sal, xj, sj, piij[..., None])   # i's view
    bm = opts.bargain_model
    if bm is BargainModel.INIT_ONLY:
        variants = [iij]
    else:
        irow = np.broadcast_to(idx, (bsz, n))
        pjij = _prob_edu(opts, ev.util, wsc, ssum, target, irow, irow, target, batched=True)[0]
        jij = _interpolate(opts, pos, sal, xj, sj, pjij[..., None])  # the target's view
        if bm is BargainModel.INIT_RCVR:
            variants = [iij, jij]
        else:
            wi = (cap * ssum)[..., None, None]
            wj = np.take_along_axis(cap * ssum, target, axis=1)[..., None, None]
            variants = [((wi[..., 0] * iij[0] + wj[..., 0] * jij[0]) / (wi[..., 0] + wj[..., 0]),
                         (wi[..., 0] * iij[1] + wj[..., 0] * jij[1]) / (wi[..., 0] + wj[..., 0]))]
    nv = len(variants)
    b_init = np.stack([v[0] for v in variants], axis=2)   # (B, i, variant, D)
    b_rcvr = np.stack([v[1] for v in variants], axis=2)
    slots = n * nv                                        # slot i * nv + v; status quo = slots
    r_own = ev.risk
    u_self = ev.util[:, idx, idx, :]                       # (B, a, n)
    u_init = _bs_util(_distance_to(pos, sal, b_init.reshape(bsz, slots, dims)),
                      r_own[:, :, None])                   # (B, a, slot)
    u_rcvr = _bs_util(_distance_to(pos, sal, b_rcvr.reshape(bsz, slots, dims)),
                      r_own[:, :, None])
    keep = (idx[None, None, :] != idx[None, :, None]) & (idx[None, None, :] != target[:, :, None])
    # others[b, a, i] = sum_m u_self[b, a, m] keep[b, i, m], laid out (m, a, i, run)
    others = _sum_first(np.ascontiguousarray(u_self.transpose(2, 1, 0))[:, :, None, :]
                        * np.ascontiguousarray(keep.transpose(2, 1, 0))[:, None, :, :])
    others = np.ascontiguousarray(others.transpose(2, 0, 1))             # (B, a, i)
    others = np.repeat(others, nv, axis=2)
    u_brg = (u_init + u_rcvr + others) / n
    u_sq = u_self.sum(axis=-1, keepdims=True) / n
    u_opt = np.concatenate([u_brg, u_sq], axis=2)          # (B, a, slots + 1)
    c = _coalitions(opts, cap, u_opt)
    pv = _victory_matrix(opts, c)
    owner = np.repeat(idx, nv)                             # initiator of each slot
    member = np.zeros((bsz, n, slots + 1), dtype=bool)     # member[b, k, slot]
    member[:, :, slots] = True
    tgt_slot = np.repeat(target, nv, axis=1)               # (B, slot)
    has_slot = np.repeat(has, nv, axis=1)
    member[:, :, :slots] = has_slot[:, None, :] & (
        (owner[None, None, :] == idx[None, :, None]) | (tgt_slot[:, None, :] == idx[None, :, None]))
    if opts.pce_model is PceModel.CONDITIONAL:
        prob = _cond_pce_each(pv, member)                  # (B, k, slot)
    else:
        prob = _pce(opts, c[:, None], member, pv[:, None])
    # KTAB's queue order for actor k: bargains of initiators < k, status quo, own, the rest
    key = np.repeat((2 * np.arange(slots) + 1)[None, :], n, axis=0)
    key = np.concatenate([key, (2 * nv * idx)[:, None]], axis=1)       # (k, slot)
    if opts.state_transitions is StateTransitions.STOCHASTIC:
        assert rng is not None
        order = np.argsort(key, axis=1)                                 # (k, slot)
        ps = np.take_along_axis(prob, np.broadcast_to(order, prob.shape), axis=2)
        cum = np.cumsum(ps, axis=2)
        u = rng.random((bsz, n, 1)) * cum[:, :, -1:]
        pos_in = np.minimum((cum < u).sum(axis=2), slots)
        ms = np.take_along_axis(np.broadcast_to(order, prob.shape), pos_in[..., None], 2)[..., 0]
        valid = np.take_along_axis(member, ms[..., None], 2)[..., 0]
        chosen = np.where(valid, ms, slots)
    else:
        best = prob.max(axis=2, keepdims=True)
        tied = member & (prob == best)
        chosen = np.argmin(np.where(tied, key[None], 10 ** 9), axis=2)   # (B, k)
    new = pos.copy()
    for k in range(n):
        slot = chosen[:, k]
        is_brg = slot < slots
        s = np.where(is_brg, slot, 0)
        init, var = s // nv, s % nv
        pick = np.where((init == k)[:, None], b_init[bidx, init, var], b_rcvr[bidx, init, var])
        new[:, k] = np.where(is_brg[:, None], pick, pos[:, k])
    turn = None
    if record:
        turn = _Turn(np.where(has, target, -1), piij, np.take_along_axis(
            gain, target[..., None], axis=2)[..., 0], b_init[:, :, 0], b_rcvr[:, :, 0],
            np.where(chosen < slots, chosen // nv, n),
            np.take_along_axis(prob, chosen[..., None], axis=2)[..., 0])
    return new, turn


def _state_dist(a: Array, b: Array) -> Array:
    return np.sqrt(((a - b) ** 2).sum(axis=-1)).sum(axis=-1)  # type: ignore[no-any-return]


@dataclass
class KtabBatch:
    """Result of a batch of runs: final positions (B, n, D) on 0-1, probabilities (B, n), turns."""

    final: Array
    final_prob: Array
    steps: NDArray[np.intp]


def run_batch(pos: Array, sal: Array, cap: Array, opts: KtabOptions | None = None) -> KtabBatch:
    """Run KTAB on a batch: `pos`, `sal` (B, n, D) on 0-1 (KTAB divides its 0-100 input by 100),
    `cap` (B, n). Runs stop independently by KTAB's stop rule."""
    opts = opts or KtabOptions()
    check_options(opts)
    pos = np.array(pos, dtype=float)
    sal = np.asarray(sal, dtype=float)
    cap = np.asarray(cap, dtype=float)
    bsz = pos.shape[0]
    steps = np.zeros(bsz, dtype=np.intp)
    final_prob = np.zeros(pos.shape[:2])
    live = np.arange(bsz)           # runs still going; only these are computed
    cur, s_l, c_l = pos.copy(), sal, cap
    ev = _evaluate(opts, cur, s_l, c_l)
    d01 = np.zeros(bsz)
    rng = np.random.default_rng(opts.seed)
    for it in range(1, opts.max_iter + 1):
        new, _ = _step(opts, cur, s_l, c_l, ev, record=False, rng=rng)
        moved = _state_dist(new, cur)
        if it == 1:
            d01 = moved + opts.min_sig_delta
        cur = new
        steps[live] = it
        ev = _evaluate(opts, cur, s_l, c_l)
        stop = (it >= opts.max_iter) | ((it >= opts.min_iter) & (moved / d01 < opts.min_delta_ratio))
        if stop.any():
            done = live[stop]
            pos[done] = cur[stop]
            final_prob[done] = _probabilities(opts, cur[stop], c_l[stop], _StateEval(
                ev.dist[stop], ev.risk[stop], ev.util[stop]))
            keep = ~stop
            live, cur, s_l, c_l, d01 = live[keep], cur[keep], s_l[keep], c_l[keep], d01[keep]
            ev = _StateEval(ev.dist[keep], ev.risk[keep], ev.util[keep])
        if live.size == 0:
            break
    return KtabBatch(pos, final_prob, steps)


# ---------------------------------------------------------------- single run with history

@dataclass
class KtabHistory:
    """A single run with its full history (positions on the input's scale)."""

    data: SpatialInput
    options: KtabOptions
    positions: list[Array] = field(default_factory=list)
    """One (actors, dimensions) array per state."""
    probabilities: list[Array] = field(default_factory=list)
    risk: list[Array] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    turns: list[list[dict[str, Any]]] = field(default_factory=list)

    @property
    def n_states(self) -> int:
        return len(self.positions)

    def outcome(self) -> Array:
        """Per dimension: the final position with the highest probability."""
        last, prob = self.positions[-1], self.probabilities[-1]
        return last[int(np.argmax(prob))]  # type: ignore[no-any-return]

    def weighted_outcome(self) -> Array:
        """Per dimension: capability x salience weighted mean of the final positions."""
        w = self.data.capability[:, None] * self.data.salience
        return (w * self.positions[-1]).sum(0) / w.sum(0)  # type: ignore[no-any-return]


def complete(data: SpatialInput) -> bool:
    """True when every actor has a position on every dimension. As in KTAB, a salience of 0 on a
    dimension is allowed (the actor has a position there but does not care about it)."""
    return bool(np.all(np.isfinite(data.position)))


def joint(data: SpatialInput) -> bool:
    """True when KTAB can bargain over all dimensions at once, as KTAB itself does: every actor
    has a position everywhere and its saliences sum to at most 1. Otherwise the dimensions are
    bargained one at a time."""
    return complete(data) and bool(np.all(data.salience.sum(axis=1) <= 1 + 1e-12))


def _to_unit(data: SpatialInput) -> tuple[Array, Array, Array]:
    lo, hi = data.scale[:, 0], data.scale[:, 1]
    if np.all(lo == 0.0) and np.all(hi == 100.0):
        pos = data.position / 100.0  # exactly KTAB's own division
    else:
        pos = (data.position - lo) / (hi - lo)
    return pos, data.salience, data.capability


def _from_unit(data: SpatialInput, pos: Array) -> Array:
    lo, hi = data.scale[:, 0], data.scale[:, 1]
    if np.all(lo == 0.0) and np.all(hi == 100.0):
        return 100.0 * pos
    return lo + pos * (hi - lo)


def run(data: SpatialInput, opts: KtabOptions | None = None) -> KtabHistory:
    """Run KTAB once on `data`, recording every turn: who challenged whom, the challenger's
    estimate of winning, the expected gain, the bargain offered and which bargain each actor took.

    Salience is per dimension on 0-1 (KTAB's 0-100 input divided by 100); an actor's saliences
    should sum to at most 1.
    """
    opts = opts or KtabOptions()
    check_options(opts)
    if data.n_actors > 400:
        raise InputError(f"{data.n_actors} actors: KTAB handles at most 400 (actors^3 memory)")
    if not complete(data):
        raise InputError("KTAB needs a position for every actor on every dimension (a salience "
                         "of 0 is allowed)")
    pos, sal, cap = (a[None] for a in _to_unit(data))
    hist = KtabHistory(data, opts)
    ev = _evaluate(opts, pos, sal, cap)
    d01 = 0.0
    rng = np.random.default_rng(opts.seed)

    def keep(p: Array, e: _StateEval) -> None:
        hist.positions.append(_from_unit(data, p[0]))
        hist.probabilities.append(_probabilities(opts, p, cap, e)[0])
        hist.risk.append(e.risk[0].copy())

    keep(pos, ev)
    names = data.actors
    for it in range(1, opts.max_iter + 1):
        new, turn = _step(opts, pos, sal, cap, ev, record=True, rng=rng)
        assert turn is not None
        moved = float(_state_dist(new, pos)[0])
        if it == 1:
            d01 = moved + opts.min_sig_delta
        ratio = moved / d01
        hist.ratios.append(ratio)
        events = []
        n = len(names)
        for i in range(n):
            j = int(turn.targets[0, i])
            slot = int(turn.chosen[0, i])
            took = "status quo" if slot == n else f"bargain of {names[slot]}"
            events.append({
                "actor": names[i],
                "challenges": names[j] if j >= 0 else None,
                "p_win": float(turn.p_win[0, i]) if j >= 0 else None,
                "expected_gain": float(turn.gain[0, i]) if j >= 0 else None,
                "offer_self": _from_unit(data, turn.bargain_init[0, i]).tolist() if j >= 0 else None,
                "offer_target": _from_unit(data, turn.bargain_rcvr[0, i]).tolist() if j >= 0 else None,
                "accepted": took,
                "accepted_probability": float(turn.choice_prob[0, i]),
                "moved_to": _from_unit(data, new[0, i]).tolist(),
            })
        hist.turns.append(events)
        pos = new
        ev = _evaluate(opts, pos, sal, cap)
        keep(pos, ev)
        if it >= opts.max_iter or (it >= opts.min_iter and ratio < opts.min_delta_ratio):
            break
    return hist
