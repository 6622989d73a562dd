"""Bueno de Mesquita's expected-utility model (EUM) as reconstructed by Scholz, Calbert & Smith,
"Unravelling Bueno De Mesquita's group decision model", J. Theoretical Politics 23(4), 2011
(ICAART 2011 version), vectorised over runs.

One round:
1. Risk exponents start at 1; each actor's "danger" is the sum of the others' expected utilities
   of challenging it; R_i = (2 danger_i - max - min) / (max - min); r_i = (1 - R_i/3)/(1 + R_i/3).
2. With these r_i, every actor i rates every other actor j: E^i(U_ij), its own expected utility
   of challenging j, and E^i(U_ji), j's expected utility of challenging i, both seen by i:
   E = s_j [P U_s + (1-P) U_f] + (1-s_j) U_s - Q U_sq - (1-Q)[T U_b + (1-T) U_w],
   U_s = 2 - 4 (0.5 - 0.5 |x_i-x_j|/R)^r, U_f = 2 - 4 (0.5 + 0.5 |x_i-x_j|/R)^r,
   U_b, U_w with the median mu, U_sq = 2 - 4 * 0.5^r.
3. Offers j -> i: conflict (both expect gains, j more: i moves to x_j), compromise (j gains, i
   loses less than j gains: i moves |E_ij / E_ji| of the way), capitulation (j gains, i loses
   more: i moves to x_j). Each actor takes one offer; all move at once.
4. The round's forecast: the c*s-weighted median (Condorcet winner) and mean of the positions.

The sources leave several points open. Each is an option of :class:`EumOptions`; the defaults are
the choices of the public reconstruction that reproduces Scholz et al.'s Table 2 (Q = 1):

- `probability_denominator`: "all_triples" (the reconstruction's code: the sum of |votes| over every
  voter and every ordered pair of positions) or "pairwise" (the printed formula);
- `vote_risk`: "voter" (votes weigh distance^r with the voter's own r) or "neutral" (r = 1);
- `security_exponent`: the superscript of U_sq, printed inconsistently: "risk" (0.5^r) or "one"
  (0.5^1, so U_sq = 0);
- `capitulation`: "never" (the reconstruction's code never takes this branch) or "figure" (the
  paper's figure: when i's loss exceeds j's gain, i gives in fully);
- `compromise_condition`: "gain_exceeds_loss" (the figure: compromise when j's gain exceeds i's
  loss) or "any" (the text: any j gain against an i loss is a compromise);
- `selection`: "priority" (the reconstruction: conflict offers first, then compromise, then
  capitulation; the least move within conflicts and capitulations, within compromises the offer
  with the lowest |E| weighted position) or "least_move" (the paper: the offer that moves i least);
- `t_rule` for Q < 1: T = 1 when x_j is nearer to x_i than the median is ("nearer"), else 0;
- `scale`: the range R that normalises distances. "declared" (default): the issue's declared scale
  (`SpatialInput.scale`, ALGORITHMS.md: R on the issue's scale), the same for every Monte Carlo
  run; "positions": the range of the run's own initial positions (the public reconstruction). For
  an EUM CSV file the declared scale *is* the range of its positions, so both reproduce the
  reference numbers there; they differ on scenarios with wider anchors and in Monte Carlo runs.

Offer decisions compare expected utilities with a relative tolerance :data:`DECISION_RTOL`
(`a` beats `b` when a - b > 1e-12 max(1, |a|, |b|)), so that last-bit rounding differences
(an algebraic rewrite, numpy's SIMD power against libm's) cannot flip a challenge; the
per-actor loop in `benchmarks/forecast.py` uses the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from accord.forecast.inputs import Array, InputError, Range, SpatialInput, check_ranges

SOURCE = ("Bueno de Mesquita (1994, 1997); reconstruction of Scholz, Calbert & Smith, J. "
          "Theoretical Politics 23(4) 2011")


@dataclass(frozen=True)
class EumOptions:
    q: float = 1.0
    rounds: int = 8
    probability_denominator: Literal["all_triples", "pairwise"] = "all_triples"
    vote_risk: Literal["voter", "neutral"] = "voter"
    security_exponent: Literal["risk", "one"] = "risk"
    capitulation: Literal["never", "figure"] = "never"
    compromise_condition: Literal["gain_exceeds_loss", "any"] = "gain_exceeds_loss"
    selection: Literal["priority", "least_move"] = "priority"
    median_tie: Literal["lowest"] = "lowest"
    scale: Literal["declared", "positions"] = "declared"


MAX_ROUNDS = 1000
"""Most rounds one EUM run may take (the published applications use 5-10; positions settle long
before this)."""
RANGES: dict[str, Range] = {"q": (0.0, 1.0), "rounds": (0, MAX_ROUNDS)}
"""Valid range (closed) of each numeric :class:`EumOptions` field; Q is a probability."""


DECISION_RTOL = 1e-12
"""Relative tolerance of the offer decisions (see the module docstring)."""


def beats(a: Array | float, b: Array | float) -> NDArray[np.bool_]:
    """a > b by more than DECISION_RTOL * max(1, |a|, |b|) (elementwise)."""
    tol = DECISION_RTOL * np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
    return np.asarray(np.subtract(a, b) > tol, dtype=bool)


def check_options(opts: EumOptions) -> None:
    """Raise :class:`InputError` when an option lies outside :data:`RANGES`."""
    check_ranges("eum", opts, RANGES)


def median_position(pos: Array, w: Array) -> Array:
    """Weighted Condorcet winner among the actors' positions: the position p minimising
    sum_k w_k |x_k - p| (it wins every pairwise vote); the lowest on ties. Shapes (B, n)."""
    loss = np.matmul(np.abs(pos[:, :, None] - pos[:, None, :]), w[:, :, None])[..., 0]  # (B, p)
    best = loss.min(axis=-1, keepdims=True)
    tied = loss <= best + 1e-12 * np.abs(best) + 1e-15
    cand = np.where(tied, pos, np.inf)
    return cand.min(axis=-1)  # type: ignore[no-any-return]


def mean_position(pos: Array, w: Array) -> Array:
    return (w * pos).sum(axis=-1) / w.sum(axis=-1)  # type: ignore[no-any-return]


def _prob(opts: EumOptions, dist: Array, cs: Array, r: Array | None) -> Array:
    """P[b, i, j]: probability that i's position beats j's (0 when they coincide).

    Votes v_k(i, j) = c_k s_k (d_kj^r_k - d_ki^r_k) are antisymmetric in (i, j), so the sum of
    |v| over all voters and ordered pairs equals twice the sum of the positive parts, and the
    pairwise denominator sum_k |v_k(i, j)| equals num(i, j) + num(j, i). `dist` (B, k, m) holds
    |x_k - x_m| / R; coinciding positions get P = 0 because their votes cancel exactly."""
    dr = dist
    if r is not None and opts.vote_risk == "voter":
        dr = dr ** r[:, :, None]
    bsz, n = dist.shape[:2]
    diff = dr[:, :, None, :] - dr[:, :, :, None]                              # (B, k, i, j)
    np.maximum(diff, 0.0, out=diff)
    num = np.matmul(cs[:, None, :], diff.reshape(bsz, n, n * n)).reshape(bsz, n, n)
    if opts.probability_denominator == "all_triples":
        den = 2.0 * num.sum(axis=(1, 2))[:, None, None]
    else:
        den = num + np.swapaxes(num, 1, 2)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)  # type: ignore[no-any-return]


def _expected(opts: EumOptions, pos: Array, dist: Array, sal: Array, p: Array, r: Array | None,
              rng_: Array, mu: Array, want_ij: bool = True) -> tuple[Array | None, Array]:
    """(E^i(U_ij), E^i(U_ji)) as (B, i, j) arrays, both as perceived by i with i's r
    (r = None: every r = 1)."""
    # E = s_t [P U_s + (1-P) U_f] + (1-s_t) U_s - Q U_sq, written as
    # U_s - s_t (1-P)(U_s - U_f) - Q U_sq: fewer passes, and exactly equal for i and j when they
    # share a position (then U_s = U_f).
    a = np.minimum(dist, 1.0)
    half = 0.5 * a
    if r is None:
        low, high = 0.5 - half, 0.5 + half
        usq: Array | float = 0.0
    else:
        ri = r[:, :, None]
        low, high = (0.5 - half) ** ri, (0.5 + half) ** ri
        usq = 2 - 4 * 0.5 ** ri if opts.security_exponent == "risk" else 0.0
    us = 2 - 4 * low
    du = 4 * (high - low)                        # U_s - U_f
    base = us - opts.q * usq
    e_ji = base - sal[:, :, None] * du * (1 - np.swapaxes(p, 1, 2))
    e_ij = None
    if want_ij:
        e_ij = base - sal[:, None, :] * du * (1 - p)
    if opts.q != 1.0:
        rr = np.ones_like(pos)[:, :, None] if r is None else r[:, :, None]
        dmu = np.abs(pos - mu[:, None])[:, :, None] / rng_[:, None, None]
        ub = 2 - 4 * np.clip(0.5 - 0.25 * (dmu + a), 0.0, None) ** rr
        uw = 2 - 4 * (0.5 + 0.25 * (dmu + a)) ** rr
        t = (a < dmu).astype(float)
        extra = (1 - opts.q) * (t * ub + (1 - t) * uw)
        e_ji = e_ji - extra
        if e_ij is not None:
            e_ij = e_ij - extra
    return e_ij, e_ji


def _risk(opts: EumOptions, pos: Array, dist: Array, sal: Array, cs: Array, rng_: Array,
          mu: Array) -> Array:
    p = _prob(opts, dist, cs, None)
    _, e_ji = _expected(opts, pos, dist, sal, p, None, rng_, mu, want_ij=False)
    danger = e_ji.sum(axis=-1) - np.einsum("bii->bi", e_ji)     # others' challenges of i
    hi, lo = danger.max(axis=-1, keepdims=True), danger.min(axis=-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        big_r = np.where(hi > lo, (2 * danger - hi - lo) / np.where(hi > lo, hi - lo, 1.0), 0.0)
    return (1 - big_r / 3.0) / (1 + big_r / 3.0)


@dataclass
class _Round:
    r: Array
    e_ij: Array
    e_ji: Array
    p: Array
    kind: NDArray[np.int8]      # 0 none, 1 conflict, 2 compromise, 3 capitulation (b, i, j)
    offer: Array                # position offered to i by j
    chosen: NDArray[np.intp]    # j whose offer i took, -1 for none


def _round(opts: EumOptions, pos: Array, sal: Array, cs: Array, rng_: Array,
           record: bool = False) -> tuple[Array, _Round | None]:
    mu = median_position(pos, cs) if opts.q != 1.0 else pos[:, 0]
    dist = np.abs(pos[:, :, None] - pos[:, None, :]) / rng_[:, None, None]
    r = _risk(opts, pos, dist, sal, cs, rng_, mu)
    p = _prob(opts, dist, cs, r)
    e_ij_, e_ji = _expected(opts, pos, dist, sal, p, r, rng_, mu)
    assert e_ij_ is not None
    e_ij = e_ij_
    xi, xj = pos[:, :, None], pos[:, None, :]
    ae_ij = np.abs(e_ij)
    # actors at one position have E_ij = E_ji exactly, so no offer arises between them
    # the rule of `beats`, with the tolerances shared between the comparisons computed once
    tol_j = DECISION_RTOL * np.maximum(1.0, np.abs(e_ji))
    tol_i = DECISION_RTOL * np.maximum(1.0, ae_ij)
    tol_ij = np.maximum(tol_i, tol_j)               # = DECISION_RTOL max(1, |e_ji|, |e_ij|)
    conflict = (e_ji - e_ij > tol_ij) & (e_ij > tol_i)
    gain_loss = (e_ji > tol_j) & (-e_ij > tol_i)
    compromise = gain_loss & (e_ji - ae_ij > tol_ij) \
        if opts.compromise_condition == "gain_exceeds_loss" else gain_loss
    capit = gain_loss & (ae_ij - e_ji > tol_ij) & ~compromise if opts.capitulation == "figure" \
        else np.zeros_like(conflict)
    with np.errstate(invalid="ignore", divide="ignore"):   # only read where e_ji > 0
        comp_pos = xi + (xj - xi) * (ae_ij / e_ji)
    offer = np.where(compromise, comp_pos, xj)
    move = np.abs(offer - xi)
    inf = np.inf
    if opts.selection == "least_move":
        score = np.where(conflict | compromise | capit, move, inf)
        j = np.argmin(score, axis=-1)
        ok = np.isfinite(np.min(score, axis=-1))
    else:
        with np.errstate(invalid="ignore", divide="ignore"):   # only read where e_ji > 0
            key_comp = (ae_ij * xi + e_ji * xj) / (ae_ij + e_ji)
        s1 = np.where(conflict, move, inf)
        s2 = np.where(compromise, key_comp, inf)
        has1, has2 = conflict.any(-1), compromise.any(-1)
        j = np.where(has1, np.argmin(s1, -1), np.argmin(s2, -1))
        ok = has1 | has2
        if opts.capitulation == "figure":
            s3 = np.where(capit, move, inf)
            j = np.where(ok, j, np.argmin(s3, -1))
            ok = ok | capit.any(-1)
    took = np.take_along_axis(offer, j[..., None], axis=-1)[..., 0]
    new = np.where(ok, took, pos)
    if not record:
        return new, None
    kind = np.zeros(conflict.shape, dtype=np.int8)
    kind[conflict] = 1
    kind[compromise] = 2
    kind[capit] = 3
    return new, _Round(r, e_ij, e_ji, p, kind, offer, np.where(ok, j, -1))


def _range(opts: EumOptions, pos: Array, scale: tuple[float, float] | None) -> Array:
    """R per run, (B,)."""
    if opts.scale == "declared" and scale is not None and scale[1] > scale[0]:
        return np.full(pos.shape[0], float(scale[1] - scale[0]))
    rng_ = pos.max(axis=1) - pos.min(axis=1)
    return np.where(rng_ > 0, rng_, 1.0)


@dataclass
class EumBatch:
    medians: Array   # (B, rounds + 1)
    means: Array     # (B, rounds + 1)
    final: Array     # (B, n)


def run_batch(pos: Array, cap: Array, sal: Array, opts: EumOptions | None = None,
              scale: tuple[float, float] | None = None) -> EumBatch:
    """Run the EUM on (B, n) arrays of positions, capabilities and saliences (0-1). The range R
    is the width of the declared `scale` (low, high) when given and `opts.scale` is "declared",
    otherwise the range of each run's initial positions."""
    opts = opts or EumOptions()
    check_options(opts)
    pos = np.array(pos, dtype=float)
    cs = cap * sal
    rng_ = _range(opts, pos, scale)
    meds, means = [median_position(pos, cs)], [mean_position(pos, cs)]
    for _ in range(opts.rounds):
        pos, _r = _round(opts, pos, sal, cs, rng_)
        meds.append(median_position(pos, cs))
        means.append(mean_position(pos, cs))
    return EumBatch(np.stack(meds, 1), np.stack(means, 1), pos)


_KINDS = {1: "conflict", 2: "compromise", 3: "capitulation"}


@dataclass
class EumHistory:
    data: SpatialInput
    options: EumOptions
    positions: list[Array] = field(default_factory=list)
    medians: list[float] = field(default_factory=list)
    means: list[float] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)

    def outcome(self) -> float:
        return self.medians[-1]


def run(data: SpatialInput, opts: EumOptions | None = None, dimension: int = 0) -> EumHistory:
    """Run the EUM on one dimension of `data` and record every round: risk exponents, each
    actor's expected utilities against each other actor, the offers made, the one accepted and
    the move."""
    opts = opts or EumOptions()
    check_options(opts)
    if data.n_actors > 400:
        raise InputError(f"{data.n_actors} actors: the EUM handles at most 400 (actors^3 memory)")
    one = data.dimension(dimension) if data.n_dims > 1 or not np.all(data.present) else data
    names = one.actors
    pos = one.position[:, 0][None].copy()
    cap, sal = one.capability[None], one.salience[:, 0][None]
    cs = cap * sal
    rng_ = _range(opts, pos, (float(one.scale[0, 0]), float(one.scale[0, 1])))
    hist = EumHistory(one, opts, [pos[0].copy()], [float(median_position(pos, cs)[0])],
                      [float(mean_position(pos, cs)[0])])
    for number in range(1, opts.rounds + 1):
        new, rd_ = _round(opts, pos, sal, cs, rng_, record=True)
        assert rd_ is not None
        rd = rd_
        offers = []
        n = len(names)
        for i in range(n):
            for j in range(n):
                k = int(rd.kind[0, i, j])
                if k:
                    offers.append({"from": names[j], "to": names[i], "kind": _KINDS[k],
                                   "eu_receiver": float(rd.e_ij[0, i, j]),
                                   "eu_proposer": float(rd.e_ji[0, i, j]),
                                   "p_receiver_wins": float(rd.p[0, i, j]),
                                   "position": float(rd.offer[0, i, j])})
        moves = [{"actor": names[i], "from": float(pos[0, i]), "to": float(new[0, i]),
                  "accepted_from": names[int(rd.chosen[0, i])] if rd.chosen[0, i] >= 0 else None}
                 for i in range(n)]
        pos = new
        hist.positions.append(pos[0].copy())
        hist.medians.append(float(median_position(pos, cs)[0]))
        hist.means.append(float(mean_position(pos, cs)[0]))
        hist.rounds.append({"round": number, "risk_exponents": dict(zip(names, rd.r[0].tolist(),
                                                                        strict=True)),
                            "offers": offers, "moves": moves, "median": hist.medians[-1],
                            "mean": hist.means[-1]})
    return hist
