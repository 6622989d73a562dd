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

Monte Carlo runs advance together: :func:`run_batch` takes them with a leading run axis and
advances the runs still going in cache-sized blocks, each laid out with the run axis last
(every operation broadcasts over the short actor axes and loops over runs innermost). The
kernels over actors^3 cells (challenges, coalitions, each actor's PCE over its options) take
one actor at a time over actors^2 x runs slabs; every sum keeps numpy's own order for the
original layout (:func:`_sum_first`, :class:`_Sum`), so the numbers do not depend on the layout
or on which runs share a block. The elementary kernels and the ordered sums live in
:mod:`accord.forecast.ktab_kernels`; this module holds the state, the challenges, the turn and
the runs. With numba installed these kernels run compiled
(:mod:`accord.forecast.ktab_jit`, the same bits; :func:`compiled`), the numpy forms are the
fallback (without numba, or with ACCORD_NO_NUMBA=1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.forecast.compiling import batch
from accord.forecast.inputs import Array, InputError, SpatialInput
from accord.forecast.ktab_kernels import (
    _LOOP_RUNS,
    _SLAB_CELLS,
    MAX_COMPILED_ACTORS,
    _big_r,
    _bs,
    _bs_util,
    _coalitions,
    _coalitions_t,
    _cond_pce_each_t,
    _distance_t,
    _empty,
    _est_r,
    _pce,
    _round4,
    _run_first,
    _Sum,
    _sum_first,
    _victory_matrix,
    _vote,
    _vote_into,
    _Work,
    compiled,
)
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


# ---------------------------------------------------------------- one state

@dataclass
class _StateEval:
    """A block's state seen by every actor, run axis last."""

    dist: Array          # [i, j, b]: salience-weighted distance from i's position to j's
    risk: Array          # [i, b]
    rhi: Array           # [h, i, b]: h's estimate of i's risk attitude
    far: bool            # some distance above 1 (utilities then take KTAB's second branch)

    def util(self, h: Array, i: Array, j: Array) -> Array:
        """h's estimate of i's utility for j's position, for index arrays of a common shape
        (with the run axis added last): bs(d[i, j], R[h, i])."""
        return _bs(self.dist[i, j], self.rhi[h, i], self.far)

    def own(self) -> Array:
        """[i, j, b]: i's utility for j's position, in its own view."""
        idx = np.arange(self.dist.shape[0])
        return _bs(self.dist, self.rhi[idx, idx][:, None], self.far)

    def full_util(self) -> Array:
        """(B, h, i, j) with the run axis first: h's estimate of i's utility for j's position."""
        d = np.moveaxis(self.dist, 2, 0)
        rhi = np.moveaxis(self.rhi, 2, 0)
        return _bs_util(d[:, None, :, :], rhi[:, :, :, None])


def _evaluate(opts: KtabOptions, pos: Array, sal: Array, cap: Array, den: Array,
              work: _Work | None = None) -> _StateEval:
    """Distances, risk attitudes and their estimates for a block: pos, sal [D, n, b], cap and
    den = sum_k sal^2 [n, b]."""
    d = _distance_t(pos, sal, den, pos)
    rn = _bs_util(d, np.zeros_like(d))
    c = _coalitions_t(opts, cap, rn, work)
    if opts.pce_model is PceModel.CONDITIONAL:
        p = _victory_matrix(opts, c, run_last=True)
        raw = np.prod(p, axis=1)
        prob = raw / _sum_first(raw)
    else:
        prob = _pce(opts, _run_first(c)).T
    r = _big_r(prob, opts.big_r_range, axis=0)
    rhi = _est_r(r[:, None], r[None, :], opts.big_r_adjust)        # [h, i, b]
    return _StateEval(d, r, rhi, not bool(np.all(d <= 1.0)))


def _prob_edu(opts: KtabOptions, util: Array, wsc: Array, ssum: Array,
              h: NDArray[np.intp], k: NDArray[np.intp], i: NDArray[np.intp],
              j: NDArray[np.intp], batched: bool = False) -> tuple[Array, Array]:
    """h's estimate of P(i beats j) and of the expected gain to k of i challenging j (the
    general form, run axis first: util (B, h, i, j), wsc and ssum (B, n)).

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


def _challenges(opts: KtabOptions, ev: _StateEval, wsc: Array, ssum: Array,
                work: _Work | None = None) -> tuple[Array, Array]:
    """Every actor's estimate of winning and expected gain of challenging every other actor,
    [i, j, b]: compiled (:func:`accord.forecast.ktab_jit.challenges`) or with numpy
    (:func:`_challenges_numpy`), the same bits either way."""
    if compiled() and len(wsc) <= MAX_COMPILED_ACTORS:
        from accord.forecast import ktab_jit
        return ktab_jit.run_challenges(ev.dist, ev.rhi, wsc, ssum, ev.far, opts.voting_rule.value,
                                       opts.third_party_commit.value)
    return _challenges_numpy(opts, ev, wsc, ssum, work)


def _challenges_numpy(opts: KtabOptions, ev: _StateEval, wsc: Array, ssum: Array,
                      work: _Work | None = None) -> tuple[Array, Array]:
    """:func:`_prob_edu` for every pair (i, j) from the challenger's own view (h = k = i), as
    [i, j, b] arrays (wsc, ssum [n, b]). The same arithmetic on the same numbers, so the same
    bits: sums over third parties in numpy's order (:class:`_Sum`). The actors^3 cells are
    taken one third party m at a time as [i, j, b] slabs (util[i, m, j] built from distances
    and risk estimates as they are needed), or all at once for a few runs."""
    n, _, bsz = ev.dist.shape
    idx = np.arange(n)
    rule, far = opts.voting_rule, ev.far
    d, rt = ev.dist, ev.rhi
    own = ev.own()                                     # [i, j] = util(i; i, j)
    col = _bs(d.transpose(1, 0, 2), rt, far)           # [i, j] = util(i; j, i)
    dg = _bs(d[idx, idx][None], rt, far)               # [i, j] = util(i; j, j)
    uii = own[idx, idx][:, None]                       # [i, 1]
    uij = own
    wi, wj = wsc[:, None], wsc[None]
    # np.maximum(v, 0) for np.where(v > 0, v, 0): the same sums (a zero's sign cannot show
    # in a sum with a positive constant) at a fraction of the cost
    ci = _vote(rule, wi, uii, uij)
    cj = _vote(rule, wj, col, dg)
    chij0 = 1e-10 + np.maximum(ci, 0.0) + np.maximum(cj, 0.0)
    chji0 = 1e-10 - np.minimum(ci, 0.0) - np.minimum(cj, 0.0)
    g = 1 if bsz >= _LOOP_RUNS else n                  # third parties per slab
    shape = (n, n, bsz) if g == 1 else (n, n, n, bsz)
    t, vn, cni, cnj, twice, bj = (_empty(work, f"slab{k}", shape) for k in range(6))
    pos_sum = _Sum(n, (n, n, bsz), g, work, "for")
    neg_sum = _Sum(n, (n, n, bsz), g, work, "against")
    tpc = opts.third_party_commit
    q = np.arange(g)
    for m0 in range(0, n, g):
        if g == 1:                                     # slabs [i, j, b] of third party m0
            d_m, r_m = d[m0][None], rt[:, m0][:, None]     # d[m, j], R[i, m]
            uni, unn = col[:, m0][:, None], dg[:, m0][:, None]   # util(i; m, i), util(i; m, m)
            wn = wsc[m0]
        else:                                          # all at once: [m, i, j, b]
            d_m, r_m = d[:, None], rt.transpose(1, 0, 2)[:, :, None]
            uni = col.transpose(1, 0, 2)[:, :, None]
            unn = dg.transpose(1, 0, 2)[:, :, None]
            wn = wsc[:, None, None]
        # t[m, i, j] = util(i; m, j) = bs(d[m, j], R[i, m]), as _bs computes it
        np.multiply(d_m, r_m, out=t)
        t += 1.0
        t *= 1.0 - d_m
        if far:
            t[...] = np.where(d_m <= 1.0, t, (1.0 - d_m) * (1.0 + r_m))
        _vote_into(rule, wn, uni, t, vn)
        np.maximum(vn, 0.0, out=cni)
        cni += chij0
        np.minimum(vn, 0.0, out=cnj)
        np.subtract(chji0, cnj, out=cnj)
        pin = np.add(cni, cnj, out=vn)
        np.divide(cni, pin, out=pin)
        pjn = np.subtract(1.0, pin, out=cnj)
        if tpc is ThirdPartyCommit.FULL:
            a, ci3 = 3 * uni, 3 * uni
            np.multiply(3, t, out=bj)
            dj = np.multiply(3, t, out=twice)
        elif tpc is ThirdPartyCommit.SEMI:
            a, ci3 = uni + uni + unn, uni + uni + uni
            np.add(t, t, out=twice)
            np.add(twice, t, out=bj)
            dj = np.add(twice, unn, out=twice)
        else:
            a, ci3 = uni + uni + unn, uni + uni + unn
            np.add(t, t, out=twice)
            np.add(twice, unn, out=bj)
            dj = np.add(twice, unn, out=twice)
        u_ik_j = np.multiply(pin, a, out=cni)
        bj *= pjn
        u_ik_j += bj
        u_i_jk = np.multiply(pin, ci3, out=pin)
        dj *= pjn
        u_i_jk += dj
        vk = _vote_into(rule, wn, u_ik_j, u_i_jk, t)
        if g == 1:                                     # only third parties vote:
            vk[m0] = 0.0                               # m != i
            vk[:, m0] = 0.0                            # and m != j
        else:
            vk[q, q] = 0.0
            vk[q, :, q] = 0.0
        np.maximum(vk, 0.0, out=pos_sum.out())
        pos_sum.push()
        np.minimum(vk, 0.0, out=neg_sum.out())
        neg_sum.push()
    chij = chij0 + pos_sum.total()
    chji = chji0 - neg_sum.total()
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    eu_sq = uii + uij
    u_vict = uii + uii
    u_lose = uij + uij
    sj = ssum[None]
    eu_chlg = (1 - sj) * u_vict + sj * (phij * u_vict + phji * u_lose)
    return phij, eu_chlg - eu_sq


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


def _probabilities(opts: KtabOptions, pos: Array, cap: Array, own: Array) -> Array:
    """Each actor's position's probability (PCE over unique positions, own utilities), run
    axis first: pos (B, n, D), cap (B, n), own (B, i, j) = i's utility for j's position."""
    n = pos.shape[1]
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
    """What happened in one step, run axis first (B, actor)."""

    targets: NDArray[np.intp]
    p_win: Array
    gain: Array
    bargain_init: Array
    bargain_rcvr: Array
    chosen: NDArray[np.intp]
    choice_prob: Array


def _step(opts: KtabOptions, pos: Array, sal: Array, cap: Array, den: Array, ev: _StateEval,
          record: bool, draws: Array | None = None,
          work: _Work | None = None) -> tuple[Array, _Turn | None]:
    """One turn of a block: pos, sal [D, n, b], cap, den [n, b] -> new positions [D, n, b].
    `draws` (B, n, 1): the uniform draws of stochastic transitions."""
    dims, n, bsz = pos.shape
    idx = np.arange(n)
    ssum = _sum_first(sal)
    wsc = ssum * cap
    p_win, gain = _challenges(opts, ev, wsc, ssum, work)
    gain[idx, idx] = -np.inf
    cand = np.where(gain > 1e-5, gain, -np.inf)
    target = np.argmax(cand, axis=1)                       # [i, b]
    has = np.isfinite(np.take_along_axis(cand, target[:, None], axis=1)[:, 0])
    piij = np.take_along_axis(p_win, target[:, None], axis=1)[:, 0]
    xj = np.take_along_axis(pos, target[None], axis=1)     # [D, i, b]
    sj = np.take_along_axis(sal, target[None], axis=1)
    iij = _interpolate(opts, pos, sal, xj, sj, piij[None])  # i's view
    bm = opts.bargain_model
    if bm is BargainModel.INIT_ONLY:
        variants = [iij]
    else:
        target_f = np.ascontiguousarray(target.T)
        irow = np.broadcast_to(idx, (bsz, n))
        pjij = _prob_edu(opts, ev.full_util(), wsc.T, ssum.T, target_f, irow, irow, target_f,
                         batched=True)[0].T
        jij = _interpolate(opts, pos, sal, xj, sj, pjij[None])  # the target's view
        if bm is BargainModel.INIT_RCVR:
            variants = [iij, jij]
        else:
            wi = (cap * ssum)[None]
            wj = np.take_along_axis(cap * ssum, target, axis=0)[None]
            variants = [((wi * iij[0] + wj * jij[0]) / (wi + wj),
                         (wi * iij[1] + wj * jij[1]) / (wi + wj))]
    nv = len(variants)
    slots = n * nv                                        # slot i * nv + v; status quo = slots
    b_init = np.stack([v[0] for v in variants], axis=2).reshape(dims, slots, bsz)
    b_rcvr = np.stack([v[1] for v in variants], axis=2).reshape(dims, slots, bsz)
    r_own = ev.risk[:, None]
    u_self = ev.own()                                      # [a, m]
    u_init = _bs_util(_distance_t(pos, sal, den, b_init), r_own)   # [a, slot]
    u_rcvr = _bs_util(_distance_t(pos, sal, den, b_rcvr), r_own)
    # others[a, i] = sum_m u_self[a, m] keep[m, i]: every actor but i and its target
    keep = (idx[:, None, None] != idx[None, :, None]) & (idx[:, None, None] != target[None])
    u_by_m = u_self.transpose(1, 0, 2)                     # [m, a]
    if bsz < _LOOP_RUNS:
        others = _sum_first(u_by_m[:, :, None] * keep[:, None])
    else:
        acc = _Sum(n, (n, n, bsz), 1, work, "others")
        for m in range(n):
            np.multiply(u_by_m[m, :, None], keep[m, None], out=acc.out())
            acc.push()
        others = acc.total()
    if nv > 1:
        others = np.repeat(others, nv, axis=1)
    u_brg = (u_init + u_rcvr + others) / n
    u_sq = _sum_first(u_by_m)[:, None] / n
    u_opt = np.concatenate([u_brg, u_sq], axis=1)          # [a, slots + 1]
    c = _coalitions_t(opts, cap, u_opt, work)
    pv = _victory_matrix(opts, c, run_last=True)
    owner = np.repeat(idx, nv)                             # initiator of each slot
    member = np.ones((n, slots + 1, bsz), dtype=bool)      # member[k, slot]
    tgt_slot = np.repeat(target, nv, axis=0)               # [slot, b]
    has_slot = np.repeat(has, nv, axis=0)
    member[:, :slots] = has_slot[None] & (
        (owner[None, :, None] == idx[:, None, None]) | (tgt_slot[None] == idx[:, None, None]))
    if opts.pce_model is PceModel.CONDITIONAL:
        prob = _cond_pce_each_t(pv, member, work)          # [k, slot]
    else:
        prob = _pce(opts, _run_first(c)[:, None], _run_first(member).astype(bool),
                    _run_first(pv)[:, None]).transpose(1, 2, 0)
    # KTAB's queue order for actor k: bargains of initiators < k, status quo, own, the rest
    key = np.repeat((2 * np.arange(slots) + 1)[None, :], n, axis=0)
    key = np.concatenate([key, (2 * nv * idx)[:, None]], axis=1)       # (k, slot)
    if opts.state_transitions is StateTransitions.STOCHASTIC:
        assert draws is not None
        prob_f = np.ascontiguousarray(prob.transpose(2, 0, 1))          # (B, k, slot)
        member_f = member.transpose(2, 0, 1)
        order = np.argsort(key, axis=1)                                 # (k, slot)
        ps = np.take_along_axis(prob_f, np.broadcast_to(order, prob_f.shape), axis=2)
        cum = np.cumsum(ps, axis=2)
        u = draws * cum[:, :, -1:]
        pos_in = np.minimum((cum < u).sum(axis=2), slots)
        ms = np.take_along_axis(np.broadcast_to(order, prob_f.shape), pos_in[..., None], 2)[..., 0]
        valid = np.take_along_axis(member_f, ms[..., None], 2)[..., 0]
        chosen = np.where(valid, ms, slots).T                           # [k, b]
    else:
        best = prob.max(axis=1, keepdims=True)
        tied = member & (prob == best)
        chosen = np.argmin(np.where(tied, key[:, :, None], 10 ** 9), axis=1)   # [k, b]
    is_brg = chosen < slots
    s = np.where(is_brg, chosen, 0)
    from_init = (s // nv == idx[:, None])[None]
    pick = np.where(from_init, np.take_along_axis(b_init, s[None], axis=1),
                    np.take_along_axis(b_rcvr, s[None], axis=1))
    new = np.where(is_brg[None], pick, pos)
    turn = None
    if record:
        turn = _Turn(np.where(has, target, -1).T, piij.T,
                     np.take_along_axis(gain, target[:, None], axis=1)[:, 0].T,
                     b_init.reshape(dims, n, nv, bsz)[:, :, 0].transpose(2, 1, 0),
                     b_rcvr.reshape(dims, n, nv, bsz)[:, :, 0].transpose(2, 1, 0),
                     np.where(chosen < slots, chosen // nv, n).T,
                     np.take_along_axis(prob, chosen[:, None], axis=1)[:, 0].T)
    return new, turn


def _state_dist(a: Array, b: Array) -> Array:
    return np.sqrt(((a - b) ** 2).sum(axis=-1)).sum(axis=-1)  # type: ignore[no-any-return]


def _block(pos: Array, sal: Array, cap: Array) -> tuple[Array, Array, Array, Array]:
    """Run-first (B, n, D) arrays of a block to the run-axis-last layout, and den."""
    p = np.ascontiguousarray(pos.transpose(2, 1, 0))
    s = np.ascontiguousarray(sal.transpose(2, 1, 0))
    return p, s, np.ascontiguousarray(cap.T), _sum_first(s * s)


def _final_probabilities(opts: KtabOptions, pos: Array, sal: Array, cap: Array) -> Array:
    """Each actor's position's probability in the states pos (B, n, D), block by block."""
    out = np.empty(pos.shape[:2])
    size = max(1, _SLAB_CELLS // pos.shape[1] ** 2)
    for a in range(0, len(pos), size):
        sl = slice(a, a + size)
        p, s, c, den = _block(pos[sl], sal[sl], cap[sl])
        ev = _evaluate(opts, p, s, c, den)
        out[sl] = _probabilities(opts, pos[sl], cap[sl], np.moveaxis(ev.own(), 2, 0))
    return out


@dataclass
class KtabBatch:
    """Result of a batch of runs: final positions (B, n, D) on 0-1, probabilities (B, n), turns."""

    final: Array
    final_prob: Array
    steps: NDArray[np.intp]


def run_batch(pos: Array, sal: Array, cap: Array, opts: KtabOptions | None = None) -> KtabBatch:
    """Run KTAB on a batch: `pos`, `sal` (B, n, D) on 0-1 (KTAB divides its 0-100 input by 100),
    `cap` (B, n). Runs stop independently by KTAB's stop rule.

    The runs still going advance together, in blocks of runs whose every temporary stays in
    cache; a run's numbers do not depend on its batch or block."""
    opts = opts or KtabOptions()
    check_options(opts)
    pos = np.array(pos, dtype=float)
    sal = np.asarray(sal, dtype=float)
    cap = np.asarray(cap, dtype=float)
    bsz, n = pos.shape[:2]
    with batch(bsz):
        return _run_batch(pos, sal, cap, opts, bsz, n)


def _run_batch(pos: Array, sal: Array, cap: Array, opts: KtabOptions, bsz: int, n: int
               ) -> KtabBatch:
    """:func:`run_batch` once the batch size is known to the kernels."""
    steps = np.zeros(bsz, dtype=np.intp)
    final_prob = np.zeros(pos.shape[:2])
    live = np.arange(bsz)           # runs still going; only these are computed
    cur, s_l, c_l = pos.copy(), sal, cap
    d01 = np.zeros(bsz)
    rng = np.random.default_rng(opts.seed)
    stochastic = opts.state_transitions is StateTransitions.STOCHASTIC
    size = max(1, _SLAB_CELLS // n ** 2)
    work = _Work()
    for it in range(1, opts.max_iter + 1):
        draws = rng.random((live.size, n, 1)) if stochastic else None
        new = np.empty_like(cur)
        each = -(-live.size // -(-live.size // size))     # blocks of (nearly) equal size
        for a in range(0, live.size, each):
            sl = slice(a, a + each)
            p, s, c, den = _block(cur[sl], s_l[sl], c_l[sl])
            ev = _evaluate(opts, p, s, c, den, work)
            moved_to, _ = _step(opts, p, s, c, den, ev, record=False,
                                draws=None if draws is None else draws[sl], work=work)
            new[sl] = moved_to.transpose(2, 1, 0)
        moved = _state_dist(new, cur)
        if it == 1:
            d01 = moved + opts.min_sig_delta
        cur = new
        steps[live] = it
        stop = (it >= opts.max_iter) | ((it >= opts.min_iter) & (moved / d01 < opts.min_delta_ratio))
        if stop.any():
            done = live[stop]
            pos[done] = cur[stop]
            final_prob[done] = _final_probabilities(opts, cur[stop], s_l[stop], c_l[stop])
            keep = ~stop
            live, cur, s_l, c_l, d01 = live[keep], cur[keep], s_l[keep], c_l[keep], d01[keep]
        if live.size == 0:
            break
    return KtabBatch(pos, final_prob, steps)

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
    pos, sal, cap = (a[None] for a in _to_unit(data))
    hist = KtabHistory(data, opts)
    d01 = 0.0
    rng = np.random.default_rng(opts.seed)
    stochastic = opts.state_transitions is StateTransitions.STOCHASTIC

    def evaluate(p: Array) -> tuple[tuple[Array, Array, Array, Array], _StateEval]:
        block = _block(p, sal, cap)
        return block, _evaluate(opts, *block)

    def keep(p: Array, e: _StateEval) -> None:
        hist.positions.append(_from_unit(data, p[0]))
        hist.probabilities.append(_probabilities(opts, p, cap, _run_first(e.own()))[0])
        hist.risk.append(e.risk[:, 0].copy())

    block, ev = evaluate(pos)
    keep(pos, ev)
    names = data.actors
    for it in range(1, opts.max_iter + 1):
        draws = rng.random((1, len(names), 1)) if stochastic else None
        moved_to, turn = _step(opts, *block, ev, record=True, draws=draws)
        assert turn is not None
        new = np.ascontiguousarray(moved_to.transpose(2, 1, 0))
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
        block, ev = evaluate(pos)
        keep(pos, ev)
        if it >= opts.max_iter or (it >= opts.min_iter and ratio < opts.min_delta_ratio):
            break
    return hist
