"""The KTAB kernels over actors^3 cells compiled with numba, for a block of runs: the challenge
step (every actor's estimate of winning and expected gain of challenging every other actor,
third parties voting), coalition strengths, each actor's conditional PCE over its own options,
and salience-weighted distances.

Each computes what its numpy counterpart in :mod:`accord.forecast.ktab` computes (`_challenges_numpy`,
`_coalitions_t`, `_cond_pce_each_t`, `_distance_t`), bit for bit:

- every elementwise operation is the numpy path's, with its operands grouped the same way
  (IEEE addition and multiplication are commutative, not associative: ``(a + b) + c`` stays
  ``(a + b) + c``); numba compiles without `fastmath`, so LLVM neither reassociates nor fuses
  a multiply and an add (no FMA), and `error_model="numpy"` makes a division by zero give
  inf or nan as numpy does (and lets LLVM vectorise divisions);
- the sums over third parties, options and dimensions are taken in the order of
  :func:`accord.forecast.ktab_kernels._sum_first` (numpy's pairwise summation along a contiguous
  axis): a sequential sum below 8 items, eight interleaved partial sums combined as
  ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) and the remainder added in order up to
  128 items, the two halves (the first a multiple of 8 long) summed apart above; the sum over
  voters in the coalitions runs in order from the first, as numpy's sum over a leading axis.

Arrays carry the run axis last, as in the numpy kernels: the innermost loops run over the
runs of a block, with no reduction across them, so LLVM vectorises them. The voting rule and
third-party commitment are run-time codes; KTAB's defaults (proportional votes, semi-commit)
are also passed as constants, so that LLVM compiles a loop without their branches.

Compiled on first use (`cache=True`: the machine code is kept in `__pycache__`, or in
NUMBA_CACHE_DIR, and later processes load it; where numba finds no writable place for it,
compiled in every process). :func:`accord.forecast.ktab_kernels.compiled` decides
whether these kernels or the numpy ones are used (numba importable, ACCORD_NO_NUMBA not 1);
`tests/test_forecast_ktab_compiled.py` holds both to the same bits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import numpy as np
from numba import njit
from numpy.typing import NDArray

from accord.forecast.inputs import Array

F = TypeVar("F", bound=Callable[..., Any])


def _jit(fn: F) -> F:
    """numba.njit(fn, cache=True, error_model="numpy"): compiled on the first call and kept in
    numba's disk cache; a division by zero gives inf or NaN, as in numpy, instead of raising.
    Where numba finds no writable place for the cache it refuses cache=True ("no locator"):
    then compiled in every process instead of failing at import."""
    try:
        return cast(F, njit(cache=True, error_model="numpy")(fn))
    except RuntimeError:  # pragma: no cover - depends on the file system
        return cast(F, njit(error_model="numpy")(fn))

# voting rules, in the order of accord.forecast.ktab_options.VotingRule's checks
PROPORTIONAL, BINARY, PROP_BIN, PROP_CUBIC, CUBIC, ASYM_PROSPECT = range(6)
# third-party commitment
FULL, SEMI, NONE = range(3)


@_jit
def _vote(rule: int, w: float, u1: float, u2: float) -> float:
    """:func:`accord.forecast.ktab_kernels._vote` on scalars."""
    du = u1 - u2
    if rule == PROPORTIONAL:
        return w * du
    if rule == CUBIC:
        return w * (du * du * du)
    if rule == PROP_CUBIC:
        return w * ((1 - 0.5) * du + 0.5 * du * du * du)
    if rule == ASYM_PROSPECT:
        if du < 0:
            return w * du
        if du > 0:
            return (2.0 * w * du) / 3.0
        return 0.0
    binary = du / 1e-8                     # np.clip(du / 1e-8, -1.0, 1.0)
    if binary < -1.0:
        binary = -1.0
    elif binary > 1.0:
        binary = 1.0
    if rule == BINARY:
        return w * binary
    return w * ((1 - 0.2) * du + 0.2 * binary)   # PROP_BIN


@_jit
def _bs(d: float, r: float, far: bool) -> float:
    """:func:`accord.forecast.ktab_kernels._bs` on scalars."""
    if far and not d <= 1.0:
        return (1.0 - d) * (1.0 + r)
    return (1.0 - d) * (1.0 + d * r)


@_jit
def _segment_sum(buf: Array, lo: int, hi: int, out: Array) -> None:
    """out[b] = sum over k in [lo, hi) of buf[k, b], in numpy's pairwise order for at most 128
    items (:func:`accord.forecast.ktab_kernels._sum_first`)."""
    nb = buf.shape[1]
    size = hi - lo
    if size < 8:
        for b in range(nb):
            out[b] = buf[lo, b]
        for k in range(lo + 1, hi):
            for b in range(nb):
                out[b] += buf[k, b]
        return
    top = lo + size - size % 8
    if top - lo == 8:                 # 8-15 items: the eight partial sums are the first items
        acc = buf[lo:lo + 8]
    else:                             # eight partial sums, each a sum in order
        acc = buf[lo:lo + 8].copy()
        for s in range(lo + 8, top, 8):
            for q in range(8):
                for b in range(nb):
                    acc[q, b] += buf[s + q, b]
    for b in range(nb):
        out[b] = ((acc[0, b] + acc[1, b]) + (acc[2, b] + acc[3, b])) + (
            (acc[4, b] + acc[5, b]) + (acc[6, b] + acc[7, b]))
    for k in range(top, hi):
        for b in range(nb):
            out[b] += buf[k, b]


@_jit
def _sum_248(buf: Array, lo: int, hi: int, out: Array) -> None:
    """:func:`_segment_sum` for up to 248 items: above 128, the two halves (the first a
    multiple of 8 long, both at most 128) summed apart, then added, as numpy does."""
    size = hi - lo
    if size <= 128:
        _segment_sum(buf, lo, hi, out)
        return
    half = size // 2
    half -= half % 8
    right = np.empty(buf.shape[1])
    _segment_sum(buf, lo, lo + half, out)
    _segment_sum(buf, lo + half, hi, right)
    for b in range(buf.shape[1]):
        out[b] = out[b] + right[b]


@_jit
def _sum_488(buf: Array, lo: int, hi: int, out: Array) -> None:
    """The same for up to 488 items (halves of at most 248)."""
    size = hi - lo
    if size <= 128:
        _segment_sum(buf, lo, hi, out)
        return
    half = size // 2
    half -= half % 8
    right = np.empty(buf.shape[1])
    _sum_248(buf, lo, lo + half, out)
    _sum_248(buf, lo + half, hi, right)
    for b in range(buf.shape[1]):
        out[b] = out[b] + right[b]


MAX_ITEMS = 968
"""The most items :func:`_pairwise_sum` sums (KTAB takes at most 400 actors): numba's cache
cannot hold a recursive function (it crashes on loading it), so the halving is unrolled."""


@_jit
def _pairwise_sum(buf: Array, lo: int, hi: int, out: Array) -> None:
    """out[b] = sum over k in [lo, hi) of buf[k, b] in :func:`accord.forecast.ktab_kernels._sum_first`'s
    order, for up to :data:`MAX_ITEMS` items."""
    size = hi - lo
    if size <= 128:
        _segment_sum(buf, lo, hi, out)
        return
    half = size // 2
    half -= half % 8
    right = np.empty(buf.shape[1])
    _sum_488(buf, lo, lo + half, out)
    _sum_488(buf, lo + half, hi, right)
    for b in range(buf.shape[1]):
        out[b] = out[b] + right[b]


@_jit
def _third_party(d_mj: Array, r_im: Array, uni: Array, unn: Array, wn: Array, chij0: Array,
                 chji0: Array, third: bool, far: bool, rule: int, commit: int, vote_for: Array,
                 vote_against: Array) -> None:
    """Third party m's vote in i's challenge of j, over the runs of a block (1-D arrays): for i
    into `vote_for`, against into `vote_against` (0 when m is i or j). d_mj = dist[m, j],
    r_im = R[i, m], uni = util(i; m, i), unn = util(i; m, m), wn = wsc[m]."""
    for b in range(d_mj.shape[0]):
        t = _bs(d_mj[b], r_im[b], far)                 # util(i; m, j)
        u_mi = uni[b]
        u_mm = unn[b]
        w = wn[b]
        vn = _vote(rule, w, u_mi, t)
        cni = max(vn, 0.0) + chij0[b]
        cnj = chji0[b] - min(vn, 0.0)
        pin = cni / (cni + cnj)
        pjn = 1.0 - pin
        if commit == FULL:
            a = 3 * u_mi
            ci3 = 3 * u_mi
            bj = 3 * t
            dj = 3 * t
        elif commit == SEMI:
            a = u_mi + u_mi + u_mm
            ci3 = u_mi + u_mi + u_mi
            bj = t + t + t
            dj = t + t + u_mm
        else:
            a = u_mi + u_mi + u_mm
            ci3 = u_mi + u_mi + u_mm
            bj = t + t + u_mm
            dj = t + t + u_mm
        u_ik_j = pin * a + bj * pjn
        u_i_jk = pin * ci3 + dj * pjn
        vk = _vote(rule, w, u_ik_j, u_i_jk) if third else 0.0
        vote_for[b] = max(vk, 0.0)
        vote_against[b] = min(vk, 0.0)


@_jit
def challenges(dist: Array, rhi: Array, wsc: Array, ssum: Array, far: bool, rule: int,
               commit: int) -> tuple[Array, Array]:
    """P(i beats j) and i's expected gain of challenging j, both [i, j, b], from the block's
    distances dist [i, j, b], risk estimates rhi [h, i, b], c x s weights wsc [n, b] and
    salience sums ssum [n, b]; `rule` and `commit` are the codes above."""
    n, _, nb = dist.shape
    default = rule == PROPORTIONAL and commit == SEMI and not far   # KTAB's defaults
    phij = np.empty((n, n, nb))
    gain = np.empty((n, n, nb))
    own = np.empty((n, n, nb))           # own[i, j] = util(i; i, j) = bs(d[i, j], R[i, i])
    col = np.empty((n, n, nb))           # col[i, j] = util(i; j, i) = bs(d[j, i], R[i, j])
    dg = np.empty((n, n, nb))            # dg[i, j] = util(i; j, j) = bs(d[j, j], R[i, j])
    for i in range(n):
        for j in range(n):
            for b in range(nb):
                own[i, j, b] = _bs(dist[i, j, b], rhi[i, i, b], far)
                col[i, j, b] = _bs(dist[j, i, b], rhi[i, j, b], far)
                dg[i, j, b] = _bs(dist[j, j, b], rhi[i, j, b], far)
    for_buf = np.empty((n, nb))          # each third party's vote for i, then against
    against_buf = np.empty((n, nb))
    chij0 = np.empty(nb)
    chji0 = np.empty(nb)
    chij = np.empty(nb)
    chji = np.empty(nb)
    for i in range(n):
        for j in range(n):
            for b in range(nb):
                ci = _vote(rule, wsc[i, b], own[i, i, b], own[i, j, b])
                cj = _vote(rule, wsc[j, b], col[i, j, b], dg[i, j, b])
                chij0[b] = 1e-10 + max(ci, 0.0) + max(cj, 0.0)
                chji0[b] = 1e-10 - min(ci, 0.0) - min(cj, 0.0)
            for m in range(n):
                third = m != i and m != j
                if default:     # constants: LLVM drops the other branches and vectorises
                    _third_party(dist[m, j], rhi[i, m], col[i, m], dg[i, m], wsc[m], chij0,
                                 chji0, third, False, PROPORTIONAL, SEMI, for_buf[m],
                                 against_buf[m])
                else:
                    _third_party(dist[m, j], rhi[i, m], col[i, m], dg[i, m], wsc[m], chij0,
                                 chji0, third, far, rule, commit, for_buf[m], against_buf[m])
            _pairwise_sum(for_buf, 0, n, chij)
            _pairwise_sum(against_buf, 0, n, chji)
            for b in range(nb):
                hij = chij0[b] + chij[b]
                hji = chji0[b] - chji[b]
                p = hij / (hij + hji)
                q = hji / (hij + hji)
                phij[i, j, b] = p
                uii = own[i, i, b]
                uij = own[i, j, b]
                eu_sq = uii + uij
                u_vict = uii + uii
                u_lose = uij + uij
                sj = ssum[j, b]
                eu_chlg = (1 - sj) * u_vict + sj * (p * u_vict + q * u_lose)
                gain[i, j, b] = eu_chlg - eu_sq
    return phij, gain


@_jit
def _votes_for(w: Array, ui: Array, uj: Array, rule: int, first: bool, c: Array) -> None:
    """c[b] = max(0, vote(i:j)) (`first`) or c[b] += it, for one voter over a block's runs."""
    for b in range(c.shape[0]):
        v = max(_vote(rule, w[b], ui[b], uj[b]), 0.0)
        c[b] = v if first else c[b] + v


@_jit
def coalitions(w: Array, u: Array, rule: int) -> Array:
    """c[i, j, b] = 1e-8 + sum_k max(0, vote_k(i:j)) (diagonal 1e-8) from weights w [k, b] and
    utilities u [k, option, b]: :func:`accord.forecast.ktab_kernels._coalitions_t`, the sum over k in
    order from its first item."""
    k, m, nb = u.shape
    c = np.empty((m, m, nb))
    for i in range(m):
        for j in range(m):
            for a in range(k):
                if rule == PROPORTIONAL:      # a constant: LLVM vectorises this loop
                    _votes_for(w[a], u[a, i], u[a, j], PROPORTIONAL, a == 0, c[i, j])
                else:
                    _votes_for(w[a], u[a, i], u[a, j], rule, a == 0, c[i, j])
            for b in range(nb):
                c[i, j, b] = 1e-8 + c[i, j, b] if i != j else 1e-8
    return c


@_jit
def cond_pce_each(pt: Array, mt: NDArray[np.bool_]) -> Array:
    """Each actor k's conditional PCE over its own options: prob[k, i, b] proportional to
    prod_j P(i > j) over the j with mt[k, j, b], 0 where i is not k's option; victory matrix
    pt [i, j, b]. :func:`accord.forecast.ktab_kernels._cond_pce_each_t`: the product over j in order
    from 1, the normalising sum in numpy's order."""
    k, m, nb = mt.shape
    prob = np.empty((k, m, nb))
    raw = np.empty((m, nb))
    total = np.empty(nb)
    for a in range(k):
        for i in range(m):
            for b in range(nb):
                raw[i, b] = 1.0
            for j in range(m):
                for b in range(nb):
                    if mt[a, j, b]:
                        raw[i, b] *= pt[i, j, b]
            for b in range(nb):
                if not mt[a, i, b]:
                    raw[i, b] = 0.0
        _pairwise_sum(raw, 0, m, total)
        for i in range(m):
            for b in range(nb):
                prob[a, i, b] = raw[i, b] / total[b]
    return prob


@_jit
def distance(pos: Array, sal: Array, den: Array, x: Array) -> Array:
    """d[a, m, b] = sqrt(sum_k (sal[k, a] (pos[k, a] - x[k, m]))^2 / den[a]) for positions
    pos, saliences sal [D, a, b] and points x [D, m, b]: :func:`accord.forecast.ktab_kernels._distance_t`,
    the sum over dimensions in numpy's order."""
    dims, n, nb = pos.shape
    mm = x.shape[1]
    d = np.empty((n, mm, nb))
    sq = np.empty((dims, nb))
    total = np.empty(nb)
    for a in range(n):
        for m in range(mm):
            for k in range(dims):
                for b in range(nb):
                    ds = (pos[k, a, b] - x[k, m, b]) * sal[k, a, b]
                    sq[k, b] = ds * ds
            _pairwise_sum(sq, 0, dims, total)
            for b in range(nb):
                d[a, m, b] = np.sqrt(total[b] / den[a, b])
    return d


RULE_CODES = {"proportional": PROPORTIONAL, "binary": BINARY, "prop_bin": PROP_BIN,
              "prop_cubic": PROP_CUBIC, "cubic": CUBIC, "asym_prospect": ASYM_PROSPECT}
COMMIT_CODES = {"full": FULL, "semi": SEMI, "none": NONE}


def run_challenges(dist: Array, rhi: Array, wsc: Array, ssum: Array, far: bool, rule: str,
                   commit: str) -> tuple[Array, Array]:
    """:func:`challenges` with the voting rule and third-party commitment by name (the values
    of `VotingRule` and `ThirdPartyCommit`), on C-contiguous float arrays (one compiled
    version for every call)."""
    fn = cast(Callable[..., tuple[Array, Array]], challenges)
    c = np.ascontiguousarray
    return fn(c(dist, dtype=float), c(rhi, dtype=float), c(wsc, dtype=float),
              c(ssum, dtype=float), bool(far), RULE_CODES[rule], COMMIT_CODES[commit])


def run_coalitions(w: Array, u: Array, rule: str) -> Array:
    """:func:`coalitions` with the voting rule by name."""
    fn = cast(Callable[..., Array], coalitions)
    return fn(np.ascontiguousarray(w, dtype=float), np.ascontiguousarray(u, dtype=float),
              RULE_CODES[rule])


def run_cond_pce_each(pt: Array, mt: NDArray[np.bool_]) -> Array:
    """:func:`cond_pce_each` on C-contiguous arrays."""
    fn = cast(Callable[..., Array], cond_pce_each)
    return fn(np.ascontiguousarray(pt, dtype=float), np.ascontiguousarray(mt, dtype=np.bool_))


def run_distance(pos: Array, sal: Array, den: Array, x: Array) -> Array:
    """:func:`distance` on C-contiguous arrays."""
    fn = cast(Callable[..., Array], distance)
    c = np.ascontiguousarray
    return fn(c(pos, dtype=float), c(sal, dtype=float), c(den, dtype=float), c(x, dtype=float))
