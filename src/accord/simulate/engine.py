"""The negotiation over calendar time, vectorised over Monte Carlo runs.

Every run advances week by week (``step_days``) from the start date. Mechanisms (docs/simulate.md
gives each with its source):

* **battlefield**: territory changes hands by a trend plus noise; each party's value of no deal
  moves with it (``value_per_1000km2``), towards the first party when the trend is positive.
* **expectations**: a party values fighting on by what it *expects* over ``horizon_weeks``: the
  trend as it sees it (overrated in its own favour by ``trend_optimism_*``) minus its weekly cost
  of war; plus a private overestimate drawn once per run (``private_optimism_*``, uniform).
  Mutual optimism keeps the zone empty although a settlement would leave both better off
  (Fearon 1995, Slantchev 2003).
* **rounds** arrive as a Poisson process, each run with its own rate drawn from the Gamma
  posterior of the cadence fitted to the timeline (or ``round_rate``).
* **protocol** at a round: if some package crossing no red line gives every party at least its
  perceived value of no deal, the Nash point of that zone is agreed (``nash``); or the first
  party proposes the subgame-perfect alternating-offers split (Rubinstein 1982;
  ``alternating_offers``); or it makes a take-it-or-leave-it offer not knowing the other's
  private optimism (``screening``, Fearon 1995 §"private information").
* **red lines**: a package crossing a party's red line is agreed only if the party's gain
  covers ``red_line_cost``, the political cost of crossing it (audience costs, Fearon 1994;
  Tomz 2007); with the cost high enough red lines are hard, as in the agreement-space engine.
* **ratification**: a package that needs the ratifying party's referendum passes when the yes
  share, drawn around ``referendum_support``, exceeds one half; a failed vote raises the signer's
  value of no deal (``audience_cost``; Fearon 1994, Putnam 1988).
* **ceasefire first**: at a round with no zone, a ceasefire is agreed when no party expects to
  gain by fighting on (every expected net gain below zero).
* **mediator**: with weekly hazard ``pressure_hazard`` the mediator turns to pressure on one side
  (the first with probability ``pressure_on_first``), raising that side's weekly cost of war.
* **partial deals**: exchanges (Poisson) and partial ceasefires such as energy-strike pauses
  (agreed and broken with their own hazards), counted alongside.
* **attrition** (off unless asked for): each party concedes with hazard cost/stake, the mixed
  equilibrium of the symmetric war of attrition (Maynard Smith 1974; Bishop & Cannings 1978).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from accord.simulate.game import Game
from accord.simulate.parameters import ParameterSet

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
Protocol = Literal["nash", "alternating_offers", "screening"]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Mechanisms:
    """Which mechanisms run (each can be switched off, e.g. to check a closed form)."""

    battlefield: bool = True
    expectations: bool = True
    private_information: bool = True
    mediator: bool = True
    ratification: bool = True
    ceasefire_first: bool = True
    partial_deals: bool = True
    attrition: bool = False
    fitted_cadence: bool = True
    protocol: Protocol = "nash"

    @classmethod
    def only(cls, **on: bool | str) -> Mechanisms:
        """Everything off except the named mechanisms (protocol stays ``nash`` unless given)."""
        base = {
            f: False
            for f in (
                "battlefield",
                "expectations",
                "private_information",
                "mediator",
                "ratification",
                "ceasefire_first",
                "partial_deals",
                "attrition",
                "fitted_cadence",
            )
        }
        base.update(on)  # type: ignore[arg-type]
        return cls(**base)  # type: ignore[arg-type]


@dataclass(frozen=True)
class WhatIf:
    """A change to the world from a date on: parameter values, or the mediator's pressure
    turning on one party for good."""

    id: str
    description: str
    start: str | None = None
    set: tuple[tuple[str, float], ...] = ()
    pressure_on: str | None = None
    mechanism: str = ""


@dataclass(frozen=True)
class Cadence:
    """Rounds observed on the timeline: ``count`` rounds over ``weeks`` weeks (Gamma posterior
    of the weekly rate with a Jeffreys-like prior: shape count + 0.5, rate weeks)."""

    count: int
    weeks: float
    first: str = ""
    last: str = ""

    @property
    def rate(self) -> float:
        return (self.count + 0.5) / self.weeks


@dataclass
class Trajectories:
    """Per-run outcomes (times in weeks from the start; ``inf`` when it did not happen)."""

    start: dt.date
    step_days: int
    weeks: int
    ceasefire: FloatArray
    settlement: FloatArray
    package: IntArray
    """Per run: the frontier point agreed (nearest vertex on a continuous frontier), -1 if none."""
    utilities: FloatArray
    """(runs, parties): the utilities agreed (NaN without a settlement)."""
    rounds: IntArray
    failed_votes: IntArray
    exchanges: IntArray
    pause_weeks: FloatArray
    pause_share: FloatArray
    """(steps,) share of runs with a partial ceasefire in force in each step."""
    blocked: FloatArray
    """(parties,) rounds without a zone in which that party's perceived value of no deal was
    above every package the other parties would accept (summed over runs)."""
    zone_rounds: int
    empty_rounds: int
    how: IntArray
    """Per run: 0 no deal, 1 zone at a round, 2 attrition (a side conceded), 3 ceasefire first."""
    attrition_hazard: FloatArray = field(default_factory=lambda: np.zeros(0))

    @property
    def runs(self) -> int:
        return int(self.settlement.shape[0])


# -- one round's bargaining ------------------------------------------------------------------------


def zone_mask(points: FloatArray, rhat: FloatArray) -> BoolArray:
    """(m, K): True where frontier point k gives every party at least run m's value."""
    # party by party on (m, K) planes: a reduction over a short last axis of an (m, K, n)
    # array cost most of a simulation's time
    ok = points[None, :, 0] >= rhat[:, 0, None]
    for j in range(1, points.shape[1]):
        ok &= points[None, :, j] >= rhat[:, j, None]
    return np.asarray(ok)


def nash_points(points: FloatArray, rhat: FloatArray) -> tuple[BoolArray, IntArray]:
    """Per run: is the zone non-empty, and the frontier point maximising the Nash product over
    it (ties: the first point in frontier order)."""
    ok = zone_mask(points, rhat)
    # the product of the gains in party order, as numpy's product over the party axis forms it
    gain = np.maximum(points[None, :, 0] - rhat[:, 0, None], 0.0)
    for j in range(1, points.shape[1]):
        gain *= np.maximum(points[None, :, j] - rhat[:, j, None], 0.0)
    score = np.where(ok, gain, -1.0)
    return np.asarray(ok.any(axis=1), dtype=bool), np.asarray(score.argmax(axis=1), dtype=np.int64)


def nondominated_points(points: FloatArray) -> BoolArray:
    """Mask of the points no other point weakly dominates with a strict gain (duplicates: the
    first kept)."""
    k = points.shape[0]
    ge = (points[:, None, :] >= points[None, :, :]).all(axis=2)  # ge[a, b]: a weakly dominates b
    gt = (points[:, None, :] > points[None, :, :]).any(axis=2)
    strictly = ge & gt
    same = ge & ~gt
    earlier = np.triu(np.ones((k, k), dtype=bool), 1)  # earlier[a, b]: a comes before b
    dominated = strictly.any(axis=0) | (same & earlier).any(axis=0)
    return np.asarray(~dominated)


def _polyline(points: FloatArray) -> tuple[FloatArray, FloatArray]:
    order = np.argsort(points[:, 0], kind="stable")
    return points[order, 0], points[order, 1]


def bargaining_range(game: Game, rhat: Sequence[float]) -> tuple[float, float] | None:
    """Two parties: the interval of the first party's utility over the frontier packages that
    give both at least ``rhat`` (on a continuous frontier, the exact interval of the polyline;
    None when empty). Fearon's (1995) bargaining range when the frontier is a pie."""
    r = np.asarray(rhat, dtype=np.float64)
    if game.n_parties != 2:
        raise ValueError("the bargaining range is defined here for two parties")
    if not game.continuous:
        ok = zone_mask(game.points, r[None, :])[0]
        if not ok.any():
            return None
        u = game.points[ok, 0]
        return float(u.min()), float(u.max())
    x, y = _polyline(game.points)
    lo = max(float(r[0]), float(x[0]))
    # the largest x with f(x) >= r[1]: f decreasing along the frontier
    eps = 1e-12  # float rounding of 1 - p and the like; utilities are on a 0-1 scale
    if float(np.interp(lo, x, y)) < r[1] - eps:
        return None
    hi = float(x[-1]) if y[-1] >= r[1] else float(np.interp(-r[1], -y, x))
    return (lo, max(hi, lo)) if hi >= lo - eps else None


def alternating_offers(
    game: Game, rhat: Sequence[float], discount: Sequence[float], tol: float = 1e-15, max_iter: int = 100_000
) -> tuple[float, float]:
    """The stationary subgame-perfect agreement of Rubinstein's (1982) alternating-offers game on
    a two-party continuous frontier, the first party proposing, gains measured from ``rhat``:
    the proposer keeps the most it can while giving the responder exactly its discounted value as
    the next proposer. Returns the agreed utilities (immediate agreement)."""
    if game.n_parties != 2 or not game.continuous:
        raise ValueError("alternating offers are solved here on a two-party continuous frontier")
    x, y = _polyline(game.points)
    r1, r2 = float(rhat[0]), float(rhat[1])
    d1, d2 = float(discount[0]), float(discount[1])

    def f(u2: float) -> float:  # the first party's most, given the second gets u2
        return float(np.interp(-u2, -y, x))

    def g(u1: float) -> float:  # the second party's most, given the first gets u1
        return float(np.interp(u1, x, y))

    w1, w2 = f(r2), g(r1)  # each as proposer with the other held to its value of no deal
    for _ in range(max_iter):
        n1 = f(r2 + d2 * (w2 - r2))
        n2 = g(r1 + d1 * (w1 - r1))
        if abs(n1 - w1) <= tol and abs(n2 - w2) <= tol:
            w1, w2 = n1, n2
            break
        w1, w2 = n1, n2
    offer2 = r2 + d2 * (w2 - r2)
    return f(offer2), offer2


def _nearest_point(game: Game, u: tuple[float, float]) -> int:
    return int(np.argmin(((game.points - np.asarray(u)) ** 2).sum(axis=1)))


def screening_offer(game: Game, r_proposer: float, base_responder: float, spread: float) -> int:
    """The first party's take-it-or-leave-it offer when the responder's value of no deal is
    ``base_responder`` plus a private amount uniform on [0, spread]: the frontier point
    maximising P(accept)·u₁ + (1 − P(accept))·r₁ (Fearon 1995). On a continuous frontier the
    points are its vertices, so use a fine one."""
    u1, u2 = game.points[:, 0], game.points[:, 1]
    if spread > 0:
        accept = np.clip((u2 - base_responder) / spread, 0.0, 1.0)
    else:
        accept = (u2 >= base_responder).astype(np.float64)
    return int(np.argmax(accept * u1 + (1.0 - accept) * r_proposer))


# -- the run ---------------------------------------------------------------------------------------


def _weekly(
    params: ParameterSet, what_ifs: Sequence[WhatIf], start: dt.date, steps: int, step_days: int
) -> dict[str, FloatArray]:
    """Each parameter's value in each step, what-ifs applied from their dates."""
    out = {p.name: np.full(steps, params[p.name]) for p in params}
    for w in what_ifs:
        first = 0
        if w.start:
            d = dt.date.fromisoformat(w.start if len(w.start) == 10 else f"{w.start}-01"[:10])
            first = max(0, math.ceil((d - start).days / step_days) - 1)
        for name, value in w.set:
            if name not in out:
                raise KeyError(f"what-if {w.id}: unknown parameter {name!r}")
            out[name][first:] = value
    return out


def run(
    game: Game,
    params: ParameterSet,
    *,
    start: dt.date,
    weeks: int,
    runs: int,
    seed: int,
    mechanisms: Mechanisms = Mechanisms(),
    what_ifs: Sequence[WhatIf] = (),
    cadence: Cadence | None = None,
    step_days: int = 7,
    progress: Progress | None = None,
) -> Trajectories:
    """Simulate ``runs`` trajectories of ``weeks`` steps (each ``step_days`` long). Seeded: the
    same seed gives the same trajectories."""
    if runs < 1 or weeks < 1:
        raise ValueError("runs and weeks must be at least 1")
    # one stream per mechanism (spawned from the seed), so switching a mechanism or changing a
    # rate that only it draws with leaves every other mechanism's draws as they were
    streams = np.random.SeedSequence(seed).spawn(8)
    g_round, g_priv, g_battle, g_mediator, g_vote, g_attrition, g_deals, _ = (
        np.random.default_rng(x) for x in streams
    )
    n = game.n_parties
    m = mechanisms
    dt_w = step_days / 7.0
    pw = _weekly(params, what_ifs, start, weeks, step_days)
    side = np.zeros(n)
    side[0], side[1] = 1.0, -1.0
    forced = np.full((weeks, n), False)
    for w in what_ifs:
        if w.pressure_on is not None:
            if w.pressure_on not in game.parties:
                raise KeyError(
                    f"what-if {w.id}: {w.pressure_on} is not a bargaining party ({', '.join(game.parties)})"
                )
            first = 0
            if w.start:
                d = dt.date.fromisoformat(w.start if len(w.start) == 10 else f"{w.start}-01"[:10])
                first = max(0, math.ceil((d - start).days / step_days) - 1)
            forced[first:, game.parties.index(w.pressure_on)] = True

    # per-run draws, made up front in a fixed order so that one seed gives one world
    if m.fitted_cadence and cadence is not None and cadence.weeks > 0 and cadence.count > 0:
        # the fitted posterior's spread, centred on round_rate (its default is the fitted mean)
        lam = g_round.gamma(cadence.count + 0.5, 1.0 / cadence.weeks, size=runs) * (
            params["round_rate"] / cadence.rate
        )
    else:
        lam = np.full(runs, params["round_rate"])
    priv = np.zeros((runs, n))
    if m.private_information:
        for j, name in ((0, "private_optimism_first"), (1, "private_optimism_second")):
            priv[:, j] = g_priv.uniform(0.0, 1.0, size=runs) * params[name]
    stake = np.asarray(
        [
            game.points[game.best_for(j), j] - game.points[game.best_for(1 - j), j] if n == 2 else 1.0
            for j in range(n)
        ]
    )

    theta = np.zeros(runs)
    shift = np.zeros((runs, n))
    pressure = np.zeros((runs, n), dtype=bool)
    settled = np.full(runs, np.inf)
    ceasefire = np.full(runs, np.inf)
    package = np.full(runs, -1, dtype=np.int64)
    how = np.zeros(runs, dtype=np.int64)
    rounds = np.zeros(runs, dtype=np.int64)
    failed = np.zeros(runs, dtype=np.int64)
    exchanges = np.zeros(runs, dtype=np.int64)
    pause_on = np.zeros(runs, dtype=bool)
    pause_weeks = np.zeros(runs)
    pause_share = np.zeros(weeks)
    blocked = np.zeros(n)
    zone_rounds = empty_rounds = 0
    hazards = np.zeros(n)
    disc = (params["discount"], params["discount"])
    spe_cache: dict[bytes, tuple[float, float] | None] = {}
    eff_cost = math.nan
    eff = game.points
    keep_idx = np.arange(game.points.shape[0])
    offer_cache: dict[bytes, int] = {}
    agreed_u = np.full((runs, n), np.nan)

    for t in range(weeks):
        now = (t + 1) * dt_w
        open_ = ~np.isfinite(settled)
        fighting = open_ & ~np.isfinite(ceasefire)
        trend = pw["battle_trend"][t]
        if m.battlefield:
            theta = theta + np.where(
                fighting,
                trend * dt_w + pw["battle_noise"][t] * math.sqrt(dt_w) * g_battle.standard_normal(runs),
                0.0,
            )
        vpk = pw["value_per_1000km2"][t] / 1000.0
        r_true = game.reservation[None, :] + side[None, :] * vpk * theta[:, None] + shift
        cost = np.zeros((runs, n))
        cost[:, 0] = pw["war_cost_first"][t]
        cost[:, 1] = pw["war_cost_second"][t]
        if m.mediator:
            new = (
                open_[:, None]
                & ~pressure.any(axis=1, keepdims=True)
                & (g_mediator.random((runs, 1)) < 1.0 - math.exp(-pw["pressure_hazard"][t] * dt_w))
            )
            on_first = g_mediator.random(runs) < pw["pressure_on_first"][t]
            pressure[:, 0] |= new[:, 0] & on_first
            pressure[:, 1] |= new[:, 0] & ~on_first
        else:
            pass
        # a what-if's pressure adds to the mediator's own (which may still fall on the other side)
        cost = cost + pw["pressure_cost"][t] * (pressure | forced[t][None, :])
        if m.expectations:
            opt = np.asarray(
                [pw["trend_optimism_first"][t], pw["trend_optimism_second"][t]] + [0.0] * (n - 2)
            )
            expected = side * trend + opt * abs(trend)
            gain = pw["horizon_weeks"][t] * (vpk * expected[None, :] - cost)
            gain = np.where(fighting[:, None], gain, 0.0)
        else:
            gain = np.zeros((runs, n))
        rhat = r_true + gain + priv

        # rounds
        has_round = open_ & (g_round.random(runs) < 1.0 - np.exp(-lam * dt_w))
        idx = np.flatnonzero(has_round)
        rounds[idx] += 1
        yes_draw = g_vote.standard_normal(runs)
        # crossing one's own red line costs a leader (audience costs): effective utilities, of
        # which only the non-dominated points can be agreed or decide who blocks (exact)
        cost_now = float(pw["red_line_cost"][t])
        if cost_now != eff_cost:
            eff_all = game.points - cost_now * game.crosses
            keep_idx = np.flatnonzero(nondominated_points(eff_all))
            eff, eff_cost = eff_all[keep_idx], cost_now
        if idx.size:
            r_hat = rhat[idx]
            if m.protocol == "nash":
                ok, kk = nash_points(eff, r_hat)
                k = keep_idx[kk]
            elif m.protocol == "alternating_offers":
                ok = np.zeros(idx.size, dtype=bool)
                k = np.zeros(idx.size, dtype=np.int64)
                for j in range(idx.size):
                    key = r_hat[j].tobytes()  # the split depends only on the values of no deal
                    if key not in spe_cache:
                        spe_cache[key] = (
                            None
                            if bargaining_range(game, r_hat[j]) is None
                            else alternating_offers(game, r_hat[j], disc)
                        )
                    split = spe_cache[key]
                    if split is not None:
                        ok[j] = True
                        k[j] = _nearest_point(game, split)
                        agreed_u[idx[j]] = split
            else:  # screening
                spread = params["private_optimism_second"] if m.private_information else 0.0
                known = np.column_stack([r_hat[:, 0], r_hat[:, 1] - priv[idx, 1]])
                k = np.zeros(idx.size, dtype=np.int64)
                for j in range(idx.size):
                    key = known[j].tobytes()  # the offer depends only on what the proposer knows
                    if key not in offer_cache:
                        offer_cache[key] = screening_offer(
                            game, float(known[j, 0]), float(known[j, 1]), spread
                        )
                    k[j] = offer_cache[key]
                ok = game.points[k, 1] >= r_hat[:, 1]
            zone_rounds += int(ok.sum())
            empty_rounds += int((~ok).sum())
            # who blocks at rounds without a zone: the party whose value exceeds every package the
            # others would accept
            if (~ok).any():
                rb = r_hat[~ok]
                for j in range(n):
                    others = np.delete(np.arange(n), j)
                    fine = zone_mask(eff[:, others], rb[:, others])
                    best = np.where(fine, eff[None, :, j], -np.inf).max(axis=1)
                    blocked[j] += float((fine.any(axis=1) & (best < rb[:, j])).sum())
            agree = ok.copy()
            if m.ratification and game.ratifier is not None:
                needs = agree & game.ratify[k]
                yes = pw["referendum_support"][t] + pw["referendum_sd"][t] * yes_draw[idx]
                fails = needs & (yes <= 0.5)
                failed[idx[fails]] += 1
                shift[idx[fails], game.ratifier] += pw["audience_cost"][t]
                agree &= ~fails
            done = idx[agree]
            settled[done] = now
            package[done] = k[agree]
            if m.protocol != "alternating_offers":
                agreed_u[done] = game.points[k[agree]]
            else:
                agreed_u[idx[~agree]] = np.nan
            how[done] = 1
            ceasefire[done] = np.minimum(ceasefire[done], now)
            if m.ceasefire_first:
                # the two warring parties (first and second) decide whether to stop fighting
                warring = (gain[idx, :2] + priv[idx, :2] < 0).all(axis=1)
                calm = idx[~ok & warring & ~np.isfinite(ceasefire[idx])]
                ceasefire[calm] = now
                how[calm] = np.where(how[calm] == 0, 3, how[calm])

        # attrition: each open party concedes with hazard cost/stake (exact times within the step)
        if m.attrition:
            hazards = np.asarray([cost[:, j].mean() / stake[j] if stake[j] > 0 else 0.0 for j in range(n)])
            h = cost / np.where(stake > 0, stake, np.inf)[None, :]
            total = h.sum(axis=1)
            u = g_attrition.random(runs)
            p_any = 1.0 - np.exp(-total * dt_w)
            hit = fighting & (u < p_any) & (total > 0)
            # given a concession within the step, its time is -ln(1 - u)/total (u < p_any)
            frac = -np.log1p(-u[hit]) / total[hit]
            who = (g_attrition.random(runs)[hit] * total[hit] >= h[hit, 0]).astype(np.int64)
            when = t * dt_w + frac
            hit_idx = np.flatnonzero(hit)
            settled[hit_idx] = when
            ceasefire[hit_idx] = np.minimum(ceasefire[hit_idx], when)
            package[hit_idx] = np.asarray([game.best_for(1 - int(w)) for w in who], dtype=np.int64)
            agreed_u[hit_idx] = game.points[package[hit_idx]]
            how[hit_idx] = 2

        # partial deals
        if m.partial_deals:
            exchanges += np.where(open_, g_deals.poisson(pw["exchange_rate"][t] * dt_w, size=runs), 0)
            start_p = ~pause_on & (g_deals.random(runs) < 1.0 - math.exp(-pw["pause_rate"][t] * dt_w))
            stop_p = pause_on & (g_deals.random(runs) < 1.0 - math.exp(-pw["pause_breakdown"][t] * dt_w))
            pause_on = (pause_on | start_p) & ~stop_p & open_ & ~np.isfinite(ceasefire)
            pause_weeks += pause_on * dt_w
            pause_share[t] = float(pause_on.mean())
        if progress is not None:
            progress(t + 1, weeks)

    return Trajectories(
        start,
        step_days,
        weeks,
        ceasefire,
        settled,
        package,
        agreed_u,
        rounds,
        failed,
        exchanges,
        pause_weeks,
        pause_share,
        blocked,
        zone_rounds,
        empty_rounds,
        how,
        hazards,
    )
