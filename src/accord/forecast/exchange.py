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

Index = NDArray[np.intp]

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
    """For a demander `dem`, a supplier `sup` and an issue of a run (a column: `x`, `y`, `cs`
    laid out (actor, column), `tot`, `out` (column), `start` and the result (dem, sup,
    column)): the largest outcome shift the supplier's move allows, min(reach, room) with
    reach = cs_sup |x_dem - y_sup| / total and room = (x_dem - outcome) * sign(x_dem - y_sup),
    or -1 (no exchange) once the supplier's direction sign(x_dem - y_sup) differs from `start`,
    the direction at the round's start. A candidate (i, j, p, q) takes min(side(i, j, p),
    side(j, i, q) / ratio), exactly the arithmetic of :meth:`_Round.evaluate`. The columns are
    the last, long axis, so that every operation runs one long loop."""
    gap = x[:, None, :] - y[None, :, :]
    direction = np.sign(gap)
    np.abs(gap, out=gap)
    reach = np.multiply(cs[None, :, :], gap, out=gap)
    reach /= tot
    room = (x[:, None, :] - out) * direction
    np.minimum(reach, room, out=reach)
    reach[direction != start] = -1.0          # seldom: a well-predicted branch
    return reach


def run_batch(x: Array, s: Array, cap: Array, present: NDArray[np.bool_],
              opts: ExchangeOptions | None = None) -> Array:
    """The outcome after the last round, (B, dimensions), of many runs that share which actor
    takes a position on which issue (`present`, (actors, dimensions)); `x`, `s` (B, actors,
    dimensions), `cap` (B, actors). The rules of :func:`run`, with every run's exchanges carried
    out in step (one exchange per run per step, a run that has none left waits for the others),
    for the default `recalc="all"` and `tie_break="index"`; other options are refused (use
    :func:`run` per run).

    Every candidate's gain depends on its two sides only, (demander i, supplier j, issue p) and
    (j, i, q); an exchange changes the sides on its two issues, so only those are recalculated,
    and only the live candidates holding one of the two issues get a new gain from them (see
    :func:`_batch_round`): the same arithmetic on the same numbers as :func:`run`."""
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
    w = opts.fixed_weight + opts.salience_weight * (1.0 - sal)
    from accord.forecast.compiling import worth_compiling

    if allowed.any() and worth_compiling(bsz):
        from accord.forecast import exchange_jit  # imports numba: only for large batches

        if exchange_jit.enabled():
            # compiled, one run after another, with the same arithmetic (see exchange_jit)
            x = exchange_jit.run_positions(x, sal, cs, total, pres, w, opts.rounds,
                                           opts.min_gain, opts.max_exchanges)
            return _final_compromise(cs, x, total)
    slots = _Slots(n, d, allowed)
    # what does not change from round to round: which actor of a pair cares relatively more
    # about p, each candidate's ratio and unit gain, (B, slot)
    flat = sal.reshape(bsz, n * d)
    sip, siq = flat.take(slots.i * d + slots.p, axis=1), flat.take(slots.i * d + slots.q, axis=1)
    sjp, sjq = flat.take(slots.j * d + slots.p, axis=1), flat.take(slots.j * d + slots.q, axis=1)
    below = siq + sjq
    fits = sip * sjq > sjp * siq
    ratio, unit = (sip + sjp) / below, (sip * sjq - sjp * siq) / below
    going = np.ones(bsz, dtype=bool)            # runs whose last round had an exchange
    for _ in range(opts.rounds):
        live = np.flatnonzero(going)
        if live.size == 0 or not allowed.any():
            break
        y = _batch_round(x[live], cs[live], total[live], slots, fits[live], ratio, unit, live,
                         opts)
        moved = np.isfinite(y[:, 0, 0]) if d else np.zeros(live.size, dtype=bool)
        going[live[~moved]] = False
        upd = live[moved]
        xl, yl = x[upd], np.where(pres, y[moved], np.nan)
        x[upd] = np.where(pres, xl + (yl - xl) * w[upd], np.nan)
    return _final_compromise(cs, x, total)


def _final_compromise(cs: Array, x: Array, total: Array) -> Array:
    """Each run's compromise of the start positions `x` (B, actors, dimensions), as run()."""
    return np.where(cs > 0, cs * np.nan_to_num(x), 0.0).sum(axis=1) / total  # type: ignore[no-any-return]


class _Slots:
    """The candidate slots (actor pair i < j, issue p, issue q) of :func:`run_batch` in the
    order of run()'s (i, j, p, q): both actors of the pair on both issues, p != q. `side_a`,
    `side_b`: the (dem, sup) of each candidate's two sides (i, j, p) and (j, i, q), as dem * n
    + sup; `bits` marks its two issues in a bit set, issue r as bit r modulo the bit
    width (a set that also marks an issue it does not hold only costs a needless
    recalculation)."""

    def __init__(self, n: int, d: int, allowed: NDArray[np.bool_]) -> None:
        pi, pj = np.triu_indices(n, 1)
        self.pair, self.p, self.q = np.nonzero(allowed)
        self.i, self.j = pi[self.pair], pj[self.pair]
        self.pi, self.pj = pi, pj
        self.side_a = self.i * n + self.j
        self.side_b = self.j * n + self.i
        self.pair_p = self.pair * d + self.p
        self.pair_q = self.pair * d + self.q
        self.bit_type: type[np.unsignedinteger[Any]] = next(
            t for t in (np.uint8, np.uint16, np.uint32, np.uint64) if np.iinfo(t).bits >= d
        ) if d <= 64 else np.uint64
        width = np.iinfo(self.bit_type).bits
        self.bit = (np.ones(d, dtype=self.bit_type)
                    << (np.arange(d) % width).astype(self.bit_type))
        self.bits = self.bit[self.p] | self.bit[self.q]


_DEAD_OR_ALIVE = np.array([-np.inf, np.inf])
"""np.fmin with entry 0 gives -inf, with entry 1 the other operand (a number, never NaN)."""


def _packing(keep: NDArray[np.bool_]) -> tuple[Index, Index, int]:
    """Moving every row's kept entries of `keep` (rows, columns) to its first columns, in
    order: the flat places they come from and go to, and the new number of columns (the most
    kept entries of a row)."""
    rows, cols = keep.shape
    src = np.flatnonzero(keep)
    count = np.count_nonzero(keep, axis=1)
    most = int(count.max()) if rows else 0
    row = src // max(cols, 1)
    first = np.cumsum(count) - count                   # where each row's entries start in src
    return src, row * most + (np.arange(src.size) - first[row]), most


def _pack(values: NDArray[Any], src: Index, dest: Index, shape: tuple[int, int],
          fill: Any) -> Any:
    """A new (rows, columns) array filled with `fill`, with the entries of `values` at the
    flat places `src` moved to the flat places `dest`."""
    new = np.full(shape, fill, dtype=values.dtype)
    new.ravel()[dest] = values.ravel().take(src)
    return new


def _batch_round(x: Array, cs: Array, total: Array, slots: _Slots, fits: NDArray[np.bool_],
                 ratio_s: Array, unit_s: Array, runs: Index, opts: ExchangeOptions) -> Array:
    """One round for every run: the voting positions at its end, (B, n, d), or NaN for the
    runs in which no exchange took place. `fits` (B, slot): whether i cares relatively more
    about p than j does; `ratio_s`, `unit_s` (all runs, slot): each slot's ratio and unit gain,
    the row of run b being `runs[b]`.

    The candidates of a run are a row of (run, column) arrays, in run()'s (i, j, p, q) order,
    so that the first maximum of a row (argmax) is run()'s pick, ties to the lowest index
    included: `gain`; `side_a`, `side_b`, the flat places of its two sides in `sides`; `ratio`
    and `unit`, its ratio and unit gain; `bits`, the bit set of its two issues, 0 once the
    candidate is dead (its shift became <= 0 or it was carried out; it stays dead, as in
    run()). After each step only the candidates of the stepping runs whose bit set meets the
    two issues just moved are recalculated (run()'s `live & touched`); the others keep their
    gain, which is what a recalculation would give, as neither of their sides changed. Rows
    of runs that stopped, and columns dead in every row, are dropped once they are many;
    moving columns keeps each row's order.

    Speed (numpy on this kind of data): every operation in the loop is on whole contiguous
    arrays or flat `take`s with intp indices; masks that are random (which candidates died)
    never drive a masked assignment or boolean indexing, whose per-element branches
    mispredict."""
    bsz, n, d = x.shape
    x = np.nan_to_num(x)
    out = np.where(cs > 0, cs * x, 0.0).sum(axis=1) / total
    side = np.sign(x - out[:, None, :])
    # actor-major copies (actor, column), a column being one issue of one run (run * d +
    # issue): an exchange touches two columns of its run, and the sides (dem, sup, column)
    # of many columns are computed with the long column axis innermost
    cols = bsz * d
    x_a = np.ascontiguousarray(x.transpose(1, 0, 2)).reshape(n, cols)
    c_a = np.ascontiguousarray(cs.transpose(1, 0, 2)).reshape(n, cols)
    y_a = x_a.copy()
    x_f, c_f, y_f = x_a.ravel(), c_a.ravel(), y_a.ravel()
    tot_f, out_f = total.ravel(), out.ravel()
    start = np.sign(x_a[:, None, :] - x_a[None, :, :])            # (dem, sup, column)
    sides = _sides(x_a, y_a, c_a, tot_f, out_f, start)
    sides_f, sides_2, start_2 = sides.ravel(), sides.reshape(n * n, cols), start.reshape(n * n, cols)
    # the candidates: slots whose two actors are on opposite sides of both outcomes, each
    # run's in the first columns of its row; a side's place in `sides` is (dem * n + sup) *
    # cols + run * d + issue
    opposite = (side[:, slots.pi] * side[:, slots.pj] < 0).reshape(bsz, -1)   # (B, pair * d)
    ok = fits & opposite.take(slots.pair_p, axis=1) & opposite.take(slots.pair_q, axis=1)
    nslot = max(ok.shape[1], 1)
    src, dest, width = _packing(ok)
    shape = (bsz, width)
    slot, row = src % nslot, src // nslot
    first = row * d                                 # the run's first column
    side_a, side_b = np.zeros(shape, dtype=np.intp), np.zeros(shape, dtype=np.intp)
    side_a.ravel()[dest] = slots.side_a.take(slot) * cols + first + slots.p.take(slot)
    side_b.ravel()[dest] = slots.side_b.take(slot) * cols + first + slots.q.take(slot)
    at_slot = runs.take(row) * nslot + slot
    ratio, unit = np.ones(shape), np.zeros(shape)
    ratio.ravel()[dest] = ratio_s.ravel().take(at_slot)
    unit.ravel()[dest] = unit_s.ravel().take(at_slot)
    bits = np.zeros(shape, dtype=slots.bit_type)
    bits.ravel()[dest] = slots.bits.take(slot)

    def evaluate(at: Index) -> None:
        """Recalculate the gain of the candidates at the flat places `at` (run()'s
        `evaluate`: min(side a, side b / ratio) times the unit gain); a candidate whose
        shift is no longer > 0 gets -inf, which marks it dead."""
        a = sides_f.take(side_a.ravel().take(at))
        b = sides_f.take(side_b.ravel().take(at))
        b /= ratio.ravel().take(at)
        np.minimum(a, b, out=a)
        good = a > 0
        a *= unit.ravel().take(at)
        np.fmin(a, _DEAD_OR_ALIVE.take(good.astype(np.intp)), out=a)   # -inf where not good
        gain.ravel()[at] = a
        bits.ravel()[at] = bits.ravel().take(at) * good            # 0: dead

    # the first gains, on whole arrays (no places to gather): the columns left over hold
    # bits 0 and get -inf
    a = sides_f.take(side_a)
    b = sides_f.take(side_b)
    b /= ratio
    np.minimum(a, b, out=a)
    good = a > 0
    good &= bits != 0
    a *= unit
    np.fmin(a, _DEAD_OR_ALIVE.take(good.astype(np.intp)), out=a)
    gain = a
    bits *= good
    count = np.zeros(bsz, dtype=np.intp)
    # `live` maps the rows of the candidate arrays to runs: the rows of runs that stopped are
    # dropped once they are many (a run that stopped never moves again, so leaving it out
    # changes no other run's numbers)
    live = np.arange(bsz)
    act = np.ones(bsz, dtype=bool)
    steps = 0
    while gain.shape[1]:
        steps += 1
        nrow, ncol = gain.shape
        best = np.argmax(gain, axis=1)
        top = gain.ravel().take(np.arange(0, nrow * ncol, ncol) + best)
        stop = act & ~((top > opts.min_gain) & (count.take(live) < opts.max_exchanges))
        if stop.any():
            act &= ~stop
            gain[stop] = -np.inf
            bits[stop] = 0
        if not act.any():
            break
        c = np.flatnonzero(act)
        r, ck = live.take(c), c * ncol + best.take(c)
        k = c.size
        # the two sides of each chosen candidate, (i, j, p) then (j, i, q): each is a move of
        # its supplier (j on p, i on q) toward its demander's position, done side by side
        where = np.concatenate([side_a.ravel().take(ck), side_b.ravel().take(ck)])
        rk = ratio.ravel().take(ck)
        # the chosen candidate's shift, from its sides, unchanged since its gain was computed
        both = sides_f.take(where)
        ak = np.minimum(both[:k], both[k:] / rk)
        moved = where % cols                                   # the columns of p, then of q
        dem, sup = where // (cols * n) * cols + moved, (where // cols) % n * cols + moved
        toward = np.sign(x_f.take(dem) - y_f.take(sup))
        # j's move on p is (dp ak) tot / c, i's on q (dq ak) ratio tot / c: times 1.0 on p
        toward *= np.concatenate([ak, ak])
        toward *= np.concatenate([np.ones(k), rk])
        y_sup = y_f.take(sup)
        y_f[sup] = y_sup + toward * tot_f.take(moved) / c_f.take(sup)
        count[r] += 1
        gain.ravel()[ck] = -np.inf
        bits.ravel()[ck] = 0
        # the outcomes and sides of the two columns just moved; the outcome sums each
        # column's products in a row of its own, as run() sums them
        tot_m = tot_f.take(moved)
        c_m, y_m = c_a.take(moved, axis=1), y_a.take(moved, axis=1)
        out_m = np.ascontiguousarray((c_m * y_m).T).sum(axis=1) / tot_m
        out_f[moved] = out_m
        new = _sides(x_a.take(moved, axis=1), y_m, c_m, tot_m, out_m,
                     start_2.take(moved, axis=1).reshape(n, n, -1))
        sides_2[:, moved] = new.reshape(n * n, -1)
        if c.size < 0.6 * nrow:
            live, act = live.take(c), act.take(c)
            side_a, side_b = side_a.take(c, axis=0), side_b.take(c, axis=0)
            ratio, unit, gain = ratio.take(c, axis=0), unit.take(c, axis=0), gain.take(c, axis=0)
            bits = bits.take(c, axis=0)
            c = np.arange(c.size)
        # recalculate the live candidates of the stepping rows that hold p or q
        mark = np.zeros(gain.shape[0], dtype=bits.dtype)
        issue_bits = slots.bit.take(moved % d)
        mark[c] = issue_bits[:k] | issue_bits[k:]
        evaluate(np.flatnonzero((bits & mark[:, None]) != 0))   # on bool: a faster nonzero
        if steps % 4 == 0 and (keep := bits != 0).sum(axis=1).max() < 0.6 * gain.shape[1]:
            src, dest, most = _packing(keep)
            shape = (gain.shape[0], most)
            side_a, side_b = _pack(side_a, src, dest, shape, 0), _pack(side_b, src, dest, shape, 0)
            ratio, unit = _pack(ratio, src, dest, shape, 1.0), _pack(unit, src, dest, shape, 0.0)
            gain = _pack(gain, src, dest, shape, -np.inf)
            bits = _pack(bits, src, dest, shape, 0)
    return np.where((count > 0)[:, None, None], y_a.reshape(n, bsz, d).transpose(1, 0, 2), np.nan)
