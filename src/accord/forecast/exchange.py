"""Stokman's exchange model of collective decision making, Equal Gain variant.

Sources: Stokman & Van Oosten (1994), "The exchange of voting positions", in Bueno de Mesquita &
Stokman (eds.), *European Community Decision Making*; Stokman & Thomson (2015) and the Decide
model description (Stokman, Van der Knoop & Van Oosten). Re-implemented from the published
description; no code of the GPL Decide package was used. The package was only run as a black box
(`benchmarks/exchange_check.py`) to compare outputs; two rules below (the sequential realisation
with recalculation, and the new start position) were pinned down that way and are marked.

Notation: actor i on issue d has position x_id, salience s_id, power c_id; cs_id = c_id s_id.
Within a round every actor also has a *voting position* y_id, initially x_id.

Per round:
1. The outcome of issue d is the compromise (Nash bargaining solution)
   O_d = sum_i cs_id y_id / sum_i cs_id.
2. Candidates (fixed at the start of the round): actors i, j and issues p, q with
   s_ip s_jq > s_jp s_iq (i cares relatively more about p, j about q) and i, j on opposite sides
   of the round-start outcome on both p and q. i *demands* p and *supplies* q; j demands q and
   supplies p: j moves its voting position on p toward x_ip, i moves on q toward x_jq.
3. Equal Gain. A move of j on p shifts O_p by a = cs_jp |dy_jp| / sum_p cs; a move of i on q
   shifts O_q by b = cs_iq |dy_iq| / sum_q cs. Expected utility gains are
   EU_i = s_ip a - s_iq b and EU_j = s_jq b - s_jp a; they are equal when
   b = a (s_ip + s_jp) / (s_iq + s_jq), and then both gain a (s_ip s_jq - s_jp s_iq) / (s_iq + s_jq).
   The shifts are as large as possible: one of the two moves all the way to the other's
   position, the other as far as equal gain requires. A shift is also capped so that the
   outcome does not pass the demanding actor's position.
4. Realisation (sequential, as Decide does it; marked rule): the exchange with the largest gain
   is carried out (voting positions and outcomes updated at once), then candidates are
   recalculated against the new voting positions and outcomes and the largest is taken again,
   until no candidate has a gain above `min_gain`. A recalculated candidate stays alive only
   while both suppliers still move toward their partner's position (a voting position never
   moves back past it). One actor may exchange several times in a round, also on an issue it
   has demanded before. `recalc="all"` (default) recalculates every candidate, so every
   realised exchange has exactly the stated equal gain and no outcome passes the demanding
   actor's position; `recalc="same_supply"` recalculates only the candidates in which an actor
   supplies again on the issue it has just supplied on and keeps the others as computed earlier
   (Decide's behaviour as observed; a stale exchange can then overshoot).
5. New start position (marked rule, Decide's default weights): for the next round each actor's
   position moves part of the way to its voting position,
   x'_id = x_id + (y_id - x_id) (fixed_weight + salience_weight (1 - s_id)),
   so an actor gives ground more permanently on issues it cares little about. The outcome
   reported after a round is the compromise of these new start positions.
6. Rounds repeat until no exchange is possible or `rounds` is reached.

Ties (equal gains to 1e-12 relative) are broken deterministically by the lowest
(i, j, p, q) index, or at random with a seeded generator (`tie_break="random"`, `seed`), which
is how Decide breaks them (its results vary by about a point between runs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from accord.forecast.inputs import Array, SpatialInput

SOURCE = ("Stokman & Van Oosten (1994); Stokman & Thomson (2015); Equal Gain variant with "
          "sequential realisation and Decide's new-start-position rule")



@dataclass(frozen=True)
class ExchangeOptions:
    rounds: int = 10
    min_gain: float = 1e-9
    """Exchanges whose equal gain is at or below this are not carried out."""
    tie_break: Literal["index", "random"] = "index"
    """Equal gains: lowest (i, j, p, q) index first, or a seeded random pick (as Decide)."""
    seed: int = 0
    """Seed for `tie_break="random"`."""
    fixed_weight: float = 0.1
    """New start position: share of the move to the voting position kept by every actor..."""
    salience_weight: float = 0.4
    """...plus this share times (1 - salience)."""
    recalc: Literal["all", "same_supply"] = "all"
    """After an exchange, recalculate only the candidates in which one of its actors supplies
    on the same issue again (Decide) or every candidate against the new outcomes."""
    max_exchanges: int = 100_000
    """Safety bound on the exchanges carried out in one round."""


@dataclass
class ExchangeHistory:
    data: SpatialInput
    options: ExchangeOptions
    outcomes: list[Array] = field(default_factory=list)
    """Compromise of the start positions: round 0, then after each round."""
    voting_outcomes: list[Array] = field(default_factory=list)
    """Compromise of the voting positions at the end of each round (before the new start)."""
    positions: list[Array] = field(default_factory=list)
    """Start positions: round 0, then after each round."""
    rounds: list[list[dict[str, Any]]] = field(default_factory=list)
    """Per round, the exchanges in the order carried out (JSON-ready)."""

    def outcome(self) -> Array:
        return self.outcomes[-1]


def _compromise(cs: Array, y: Array) -> Array:
    total = cs.sum(axis=0)
    out: Array = np.where(cs > 0, cs * np.nan_to_num(y), 0.0).sum(axis=0) / total
    return out


class _Round:
    """Vectorised state of one round over all (i, j, p, q) candidates."""

    def __init__(self, data: SpatialInput, x: Array) -> None:
        n, d = x.shape
        self.data = data
        self.s = np.where(data.present, data.salience, 0.0)
        self.cs = data.capability[:, None] * self.s
        self.total = self.cs.sum(axis=0)
        self.x = np.nan_to_num(x)
        self.y = self.x.copy()
        self.out0 = _compromise(self.cs, self.y)
        self.out = self.out0.copy()
        s, pres = self.s, data.present
        side = np.sign(self.x - self.out0[None, :])                          # (n, d)
        # index grids: [i, j, p, q]
        sip = s[:, None, :, None]
        siq = s[:, None, None, :]
        sjp = s[None, :, :, None]
        sjq = s[None, :, None, :]
        opposite = (side[:, None, :] * side[None, :, :]) < 0                  # (i, j, d)
        cand = (sip * sjq > sjp * siq) \
            & opposite[:, :, :, None] & opposite[:, :, None, :] \
            & pres[:, None, :, None] & pres[:, None, None, :] \
            & pres[None, :, :, None] & pres[None, :, None, :]
        # (i, j, p, q) and (j, i, q, p) are the same exchange: keep i < j
        cand &= np.triu(np.ones((n, n), dtype=bool), k=1)[:, :, None, None]
        cand &= ~np.eye(d, dtype=bool)[None, None, :, :]
        self.idx = np.argwhere(cand)                                          # (k, 4)
        i, j, p, q = self.idx.T
        self.i, self.j, self.p, self.q = i, j, p, q
        self.ratio = (s[i, p] + s[j, p]) / (s[i, q] + s[j, q])
        self.unit_gain = (s[i, p] * s[j, q] - s[j, p] * s[i, q]) / (s[i, q] + s[j, q])
        self.dir_p = np.sign(self.x[i, p] - self.x[j, p])
        self.dir_q = np.sign(self.x[j, q] - self.x[i, q])
        self.alive = np.ones(len(i), dtype=bool)
        self.gain = np.full(len(i), -np.inf)
        self.to_jp = np.zeros(len(i))
        self.to_iq = np.zeros(len(i))
        self.evaluate()

    def evaluate(self, sel: Any = slice(None)) -> None:
        """(Re)calculate the gain and the target voting positions of the candidates `sel`
        against the current voting positions and outcomes."""
        i, j, p, q = self.i[sel], self.j[sel], self.p[sel], self.q[sel]
        x, y, cs, tot, out = self.x, self.y, self.cs, self.total, self.out
        ratio = self.ratio[sel]
        dir_p = np.sign(x[i, p] - y[j, p])          # j moves toward i's position on p
        dir_q = np.sign(x[j, q] - y[i, q])          # i moves toward j's position on q
        reach_a = cs[j, p] * np.abs(x[i, p] - y[j, p]) / tot[p]
        reach_b = cs[i, q] * np.abs(x[j, q] - y[i, q]) / tot[q]
        # the outcome may not pass the demanding actor's position
        room_a = (x[i, p] - out[p]) * dir_p
        room_b = (x[j, q] - out[q]) * dir_q
        a = np.minimum(np.minimum(reach_a, room_a), np.minimum(reach_b, room_b) / ratio)
        # a supplier never moves back past the partner (voting positions stay on the side
        # of the partner's position they started on)
        ok = (a > 0) & (dir_p == self.dir_p[sel]) & (dir_q == self.dir_q[sel]) & self.alive[sel]
        a = np.where(ok, a, 0.0)
        self.gain[sel] = np.where(ok, a * self.unit_gain[sel], -np.inf)
        self.to_jp[sel] = y[j, p] + dir_p * a * tot[p] / np.where(ok, cs[j, p], 1.0)
        self.to_iq[sel] = y[i, q] + dir_q * a * ratio * tot[q] / np.where(ok, cs[i, q], 1.0)

    def carry_out(self, k: int, recalc: str) -> dict[str, Any]:
        i, j, p, q = (int(v) for v in self.idx[k])
        names, dims = self.data.actors, self.data.dimensions
        gain = float(self.gain[k])
        before = (float(self.out[p]), float(self.out[q]))
        from_j, from_i = float(self.y[j, p]), float(self.y[i, q])
        self.y[j, p] = self.to_jp[k]
        self.y[i, q] = self.to_iq[k]
        # an elementwise product and a sum, not a BLAS dot, so that run_batch (which sums
        # the same products) reaches the same outcomes bit for bit
        self.out[p] = float((self.cs[:, p] * self.y[:, p]).sum()) / self.total[p]
        self.out[q] = float((self.cs[:, q] * self.y[:, q]).sum()) / self.total[q]
        self.gain[k] = -np.inf
        self.alive[k] = False
        # candidates in which an actor supplies again on the issue it has just supplied on
        again = (((self.j == j) & (self.p == p)) | ((self.j == i) & (self.p == q))
                 | ((self.i == j) & (self.q == p)) | ((self.i == i) & (self.q == q)))
        live = np.isfinite(self.gain)
        # only candidates on p or q can have changed (their positions and outcomes moved)
        touched = (self.p == p) | (self.p == q) | (self.q == p) | (self.q == q)
        self.evaluate(np.flatnonzero(live & (touched if recalc == "all" else again)))
        s = self.s
        da, db = abs(self.out[p] - before[0]), abs(self.out[q] - before[1])
        return {
            "actors": [names[i], names[j]],
            "issues": [dims[p], dims[q]],
            "demand": {names[i]: dims[p], names[j]: dims[q]},
            "moves": [
                {"actor": names[j], "issue": dims[p], "from": from_j,
                 "to": float(self.y[j, p]), "toward": float(self.x[i, p])},
                {"actor": names[i], "issue": dims[q], "from": from_i,
                 "to": float(self.y[i, q]), "toward": float(self.x[j, q])},
            ],
            "outcome_shift": {dims[p]: [before[0], float(self.out[p])],
                              dims[q]: [before[1], float(self.out[q])]},
            "gain": {names[i]: float(s[i, p] * da - s[i, q] * db),
                     names[j]: float(s[j, q] * db - s[j, p] * da)},
            "equal_gain": gain,
        }


def _pick(gain: Array, rng: np.random.Generator | None) -> int:
    best = float(gain.max())
    if rng is None:
        return int(np.argmax(gain))
    ties = np.flatnonzero(gain >= best - 1e-12 * max(abs(best), 1.0))
    return int(ties[rng.integers(len(ties))]) if len(ties) > 1 else int(ties[0])


def run(data: SpatialInput, opts: ExchangeOptions | None = None) -> ExchangeHistory:
    """Run the exchange model, recording each round's exchanges (who, on which issues, the
    moves and both actors' gains) and the outcomes after it."""
    opts = opts or ExchangeOptions()
    present = data.present
    x = np.where(present, data.position, np.nan).astype(float)
    s = np.where(present, data.salience, 0.0)
    hist = ExchangeHistory(data, opts)
    rng = np.random.default_rng(opts.seed) if opts.tie_break == "random" else None
    cs = data.capability[:, None] * s
    hist.outcomes.append(_compromise(cs, x))
    hist.positions.append(x.copy())
    for _ in range(opts.rounds):
        state = _Round(data, x)
        done: list[dict[str, Any]] = []
        while len(done) < opts.max_exchanges and len(state.idx):
            k = _pick(state.gain, rng)
            if not state.gain[k] > opts.min_gain:
                break
            done.append(state.carry_out(k, opts.recalc))
        if not done:
            break
        hist.voting_outcomes.append(state.out.copy())
        y = np.where(present, state.y, np.nan)
        w = opts.fixed_weight + opts.salience_weight * (1.0 - s)
        x = np.where(present, x + (y - x) * w, np.nan)
        hist.rounds.append(done)
        hist.outcomes.append(_compromise(cs, x))
        hist.positions.append(x.copy())
    return hist


def realised_counts(hist: ExchangeHistory) -> list[int]:
    """Exchanges carried out per round."""
    return [len(r) for r in hist.rounds]



# ---------------------------------------------------------------- many runs at once

def _sides(x: Array, y: Array, cs: Array, tot: Array, out: Array, start: Array) -> Array:
    """For a demander `dem`, a supplier `sup` and an issue r, per run (`x`, `y`, `cs` laid out
    (..., issue, actor), `tot`, `out` (..., issue), `start` and the result (..., issue, dem,
    sup)): the largest outcome shift the supplier's move allows, min(reach, room) with reach =
    cs_sup |x_dem - y_sup| / total and room = (x_dem - outcome) * sign(x_dem - y_sup), or -1
    (no exchange) once the supplier's direction sign(x_dem - y_sup) differs from `start`, the
    direction at the round's start. A candidate (i, j, p, q) takes min(side(i, j, p),
    side(j, i, q) / ratio), exactly the arithmetic of :meth:`_Round.evaluate`."""
    gap = x[..., :, None] - y[..., None, :]
    direction = np.sign(gap)
    reach = cs[..., None, :] * np.abs(gap) / tot[..., None, None]
    room = (x[..., :, None] - out[..., None, None]) * direction
    return np.where(direction == start, np.minimum(reach, room), -1.0)


def run_batch(x: Array, s: Array, cap: Array, present: NDArray[np.bool_],
              opts: ExchangeOptions | None = None) -> Array:
    """The outcome after the last round, (B, dimensions), of many runs that share which actor
    takes a position on which issue (`present`, (actors, dimensions)); `x`, `s` (B, actors,
    dimensions), `cap` (B, actors). The rules of :func:`run`, with every run's exchanges carried
    out in step (one exchange per run per step, a run that has none left waits for the others),
    for the default `recalc="all"` and `tie_break="index"`; other options are refused (use
    :func:`run` per run).

    Every candidate's gain depends on its two sides only, (demander i, supplier j, issue p) and
    (j, i, q); an exchange changes the sides on its two issues, so only those are recalculated
    and the gains of the live candidates are recombined from them: the same arithmetic on the
    same numbers as :func:`run`."""
    opts = opts or ExchangeOptions()
    if opts.recalc != "all" or opts.tie_break != "index":
        raise ValueError("run_batch takes recalc='all' and tie_break='index'; run the others "
                         "one at a time with run()")
    bsz, n, d = x.shape
    pres = np.asarray(present, dtype=bool)
    sal = np.where(pres, s, 0.0)
    cs = cap[:, :, None] * sal
    total = cs.sum(axis=1)
    x = np.where(pres, x, np.nan).astype(float)
    # candidate slots (actor pair i < j, issue p, issue q): both actors on both issues, p != q
    pi, pj = np.triu_indices(n, 1)
    both = pres[pi] & pres[pj]                                     # (pair, issue)
    allowed = both[:, :, None] & both[:, None, :] & ~np.eye(d, dtype=bool)
    slots = _Slots(n, d, allowed)
    # what does not change from round to round: which actor of a pair cares relatively more
    # about p, and each candidate's ratio and unit gain, (B, slot)
    flat = sal.reshape(bsz, n * d)
    sip, siq = flat.take(slots.i * d + slots.p, axis=1), flat.take(slots.i * d + slots.q, axis=1)
    sjp, sjq = flat.take(slots.j * d + slots.p, axis=1), flat.take(slots.j * d + slots.q, axis=1)
    below = siq + sjq
    fits = sip * sjq > sjp * siq
    ratio = (sip + sjp) / below
    unit_gain = (sip * sjq - sjp * siq) / below
    going = np.ones(bsz, dtype=bool)            # runs whose last round had an exchange
    w = opts.fixed_weight + opts.salience_weight * (1.0 - sal)
    for _ in range(opts.rounds):
        live = np.flatnonzero(going)
        if live.size == 0 or not allowed.any():
            break
        y = _batch_round(x[live], cs[live], total[live], slots, fits[live], ratio[live],
                         unit_gain[live], opts)
        moved = np.isfinite(y[:, 0, 0]) if d else np.zeros(live.size, dtype=bool)
        going[live[~moved]] = False
        upd = live[moved]
        xl, yl = x[upd], np.where(pres, y[moved], np.nan)
        x[upd] = np.where(pres, xl + (yl - xl) * w[upd], np.nan)
    return np.where(cs > 0, cs * np.nan_to_num(x), 0.0).sum(axis=1) / total  # type: ignore[no-any-return]


class _Slots:
    """The candidate slots (actor pair i < j, issue p, issue q) of :func:`run_batch` in the
    order of run()'s (i, j, p, q): both actors of the pair on both issues, p != q; `sa`, `sb`
    locate each candidate's two sides (i, j, p) and (j, i, q) in an (issue, dem, sup) array."""

    def __init__(self, n: int, d: int, allowed: NDArray[np.bool_]) -> None:
        pi, pj = np.triu_indices(n, 1)
        self.pair, self.p, self.q = np.nonzero(allowed)
        self.i, self.j = pi[self.pair], pj[self.pair]
        self.pi, self.pj = pi, pj
        self.sa = (self.p * n + self.i) * n + self.j
        self.sb = (self.q * n + self.j) * n + self.i
        self.pair_p = self.pair * d + self.p
        self.pair_q = self.pair * d + self.q


def _batch_round(x: Array, cs: Array, total: Array, slots: _Slots, fits: NDArray[np.bool_],
                 ratio_s: Array, unit_gain_s: Array, opts: ExchangeOptions) -> Array:
    """One round for every run: the voting positions at its end, (B, n, d), or NaN for the
    runs in which no exchange took place. `fits`, `ratio_s`, `unit_gain_s` (B, slot): whether
    i cares relatively more about p than j does, and each slot's ratio and unit gain."""
    bsz, n, d = x.shape
    rows = np.arange(bsz)
    x = np.nan_to_num(x)
    out = np.where(cs > 0, cs * x, 0.0).sum(axis=1) / total
    side = np.sign(x - out[:, None, :])
    # issue-major copies (B, issue, actor): an exchange touches two issues, whose actors and
    # sides are then contiguous blocks
    xt = np.ascontiguousarray(x.transpose(0, 2, 1))
    ct = np.ascontiguousarray(cs.transpose(0, 2, 1))
    yt = xt.copy()
    start = np.sign(xt[:, :, :, None] - xt[:, :, None, :])        # (B, issue, dem, sup)
    sides = _sides(xt, yt, ct, total, out, start)
    # the candidates: slots whose two actors are on opposite sides of both outcomes; each
    # run's own go to its first columns, in order (a stable sort); columns of dead candidates
    # are dropped later
    opposite = (side[:, slots.pi] * side[:, slots.pj] < 0).reshape(bsz, -1)   # (B, pair * d)
    ok = fits & opposite.take(slots.pair_p, axis=1) & opposite.take(slots.pair_q, axis=1)
    width = int(ok.sum(axis=1).max())
    keep = np.argsort(~ok, axis=1, kind="stable")[:, :width]
    ok = np.take_along_axis(ok, keep, axis=1)
    ratio = np.where(ok, np.take_along_axis(ratio_s, keep, axis=1), 1.0)
    unit_gain = np.where(ok, np.take_along_axis(unit_gain_s, keep, axis=1), 0.0)
    # flat index of each candidate's two sides in the (B, issue, dem, sup) arrays
    base = (rows * (n * n * d))[:, None]
    ga = base + np.where(ok, slots.sa[keep], 0)
    gb = base + np.where(ok, slots.sb[keep], 0)
    count = np.zeros(bsz, dtype=np.intp)
    exchanged = np.zeros(bsz, dtype=bool)
    # `live` maps the rows of the candidate arrays to runs: the rows of runs that stopped are
    # dropped once they are many, as columns of dead candidates are below (a run that stopped
    # never moves again, so leaving it out changes no other run's numbers)
    live = rows
    act = np.ones(bsz, dtype=bool)

    def combine() -> tuple[Array, Array]:
        """Each candidate's shift `a` and gain; a candidate whose gain is gone (a <= 0) is
        dropped from `ok` for good, as run() drops it from `alive`."""
        flat = sides.ravel()
        a = flat.take(ga)
        b = flat.take(gb)
        b /= ratio
        np.minimum(a, b, out=a)
        ok[...] &= a > 0
        gain = np.multiply(a, unit_gain, out=b)
        gain[~ok] = -np.inf
        return a, gain

    a, gain = combine()
    while gain.shape[1]:
        here = np.arange(live.size)
        best = np.argmax(gain, axis=1)
        top = gain[here, best]
        stop = act & ~((top > opts.min_gain) & (count[live] < opts.max_exchanges))
        if stop.any():
            act &= ~stop
            ok[stop] = False
        if not act.any():
            break
        c = np.flatnonzero(act)
        r, k = live[c], best[c]
        sa, sb = ga[c, k] - base[r, 0], gb[c, k] - base[r, 0]
        p, i, j = sa // (n * n), (sa // n) % n, sa % n
        q = sb // (n * n)
        ak, rk = a[c, k], ratio[c, k]
        dp = np.sign(xt[r, p, i] - yt[r, p, j])
        dq = np.sign(xt[r, q, j] - yt[r, q, i])
        to_jp = yt[r, p, j] + dp * ak * total[r, p] / ct[r, p, j]
        to_iq = yt[r, q, i] + dq * ak * rk * total[r, q] / ct[r, q, i]
        yt[r, p, j] = to_jp
        yt[r, q, i] = to_iq
        count[r] += 1
        exchanged[r] = True
        ok[c, k] = False
        if c.size < 0.6 * live.size:
            live, act, ok = live[c], act[c], ok[c]
            ratio, unit_gain, ga, gb = ratio[c], unit_gain[c], ga[c], gb[c]
        # the outcomes and sides of the two issues just moved, (run, issue p or q, ...)
        rr, moved = r[:, None], np.stack([p, q], axis=1)
        tot_m, c_m, y_m = total[rr, moved], ct[rr, moved], yt[rr, moved]
        out_m = (c_m * y_m).sum(axis=2) / tot_m
        out[rr, moved] = out_m
        sides[rr, moved] = _sides(xt[rr, moved], y_m, c_m, tot_m, out_m, start[rr, moved])
        a, gain = combine()
        most = int(ok.sum(axis=1).max())
        if most < 0.6 * gain.shape[1]:
            keep = np.argsort(~ok, axis=1, kind="stable")[:, :most]
            ok, ratio, unit_gain, ga, gb, a, gain = (
                np.take_along_axis(v, keep, axis=1)
                for v in (ok, ratio, unit_gain, ga, gb, a, gain))
    return np.where(exchanged[:, None, None], yt.transpose(0, 2, 1), np.nan)
