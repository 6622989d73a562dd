"""Simulation speed: 10,000 trajectories x 104 weekly steps on the flagship with the
agreement-zone check at every round, against a straightforward per-trajectory loop (the same
model, one run at a time) measured in the same run on a sample of runs and scaled.

    python benchmarks/simulate.py [--runs 10000] [--weeks 104] [--loop-runs 100] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import time

import numpy as np

import accord
from accord.io.simulation import setup_for
from accord.simulate import run
from accord.simulate.study import prepare


def per_trajectory(game, params, cad, start, weeks, runs, seed):  # type: ignore[no-untyped-def]
    """The naive implementation: one trajectory at a time, Python scalars, the zone checked
    by scanning the frontier at each round (same mechanisms as the default run)."""
    rng = np.random.default_rng(seed)
    pts = game.points - params["red_line_cost"] * game.crosses
    deals = 0
    for _ in range(runs):
        lam = rng.gamma(cad.count + 0.5, 1.0 / cad.weeks)
        priv = [
            rng.uniform() * params["private_optimism_first"],
            rng.uniform() * params["private_optimism_second"],
        ]
        theta, pressure, done = 0.0, [False, False], False
        for _t in range(weeks):
            theta += params["battle_trend"] + params["battle_noise"] * rng.standard_normal()
            if rng.random() < 1 - math.exp(-params["pressure_hazard"]) and not any(pressure):
                pressure[0 if rng.random() < params["pressure_on_first"] else 1] = True
            vpk = params["value_per_1000km2"] / 1000
            r = [game.reservation[0] + vpk * theta, game.reservation[1] - vpk * theta]
            cost = [
                params["war_cost_first"] + params["pressure_cost"] * pressure[0],
                params["war_cost_second"] + params["pressure_cost"] * pressure[1],
            ]
            trend = params["battle_trend"]
            exp = [
                trend + params["trend_optimism_first"] * abs(trend),
                -trend + params["trend_optimism_second"] * abs(trend),
            ]
            rhat = [r[j] + params["horizon_weeks"] * (vpk * exp[j] - cost[j]) + priv[j] for j in range(2)]
            if rng.random() < 1 - math.exp(-lam):
                best, arg = -1.0, -1
                for k in range(pts.shape[0]):
                    if pts[k, 0] >= rhat[0] and pts[k, 1] >= rhat[1]:
                        v = (pts[k, 0] - rhat[0]) * (pts[k, 1] - rhat[1])
                        if v > best:
                            best, arg = v, k
                if arg >= 0:
                    done = True
            if done:
                deals += 1
                break
    return deals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=10_000)
    ap.add_argument("--weeks", type=int, default=104)
    ap.add_argument("--loop-runs", type=int, default=100)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    scenario = accord.load("ukraine-2022-2026")
    setup = setup_for(scenario)
    assert setup is not None
    start = dt.date(2026, 2, 3)
    t0 = time.perf_counter()
    game, params, cad = prepare(setup, start)
    t_prep = time.perf_counter() - t0
    t0 = time.perf_counter()
    tr = run(game, params, start=start, weeks=a.weeks, runs=a.runs, seed=1, cadence=cad)
    t_vec = time.perf_counter() - t0
    t0 = time.perf_counter()
    per_trajectory(game, params, cad, start, a.weeks, a.loop_runs, 1)
    t_loop = (time.perf_counter() - t0) / a.loop_runs * a.runs
    res = {
        "runs": a.runs,
        "weeks": a.weeks,
        "frontier_points": int(game.points.shape[0]),
        "prepare_s": round(t_prep, 3),
        "vectorised_s": round(t_vec, 3),
        "per_trajectory_loop_s_scaled": round(t_loop, 1),
        "loop_runs_measured": a.loop_runs,
        "ratio": round(t_loop / t_vec, 1),
        "target_s": 10.0,
        "p_ceasefire_by_end": float(np.isfinite(tr.ceasefire).mean()),
    }
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        print(
            f"simulate: {a.runs:,} runs x {a.weeks} weeks, {res['frontier_points']} frontier points: "
            f"{t_vec:.2f} s vectorised (target < 10 s; game {t_prep:.2f} s); per-trajectory loop "
            f"{t_loop:.1f} s (measured on {a.loop_runs} runs, scaled): {t_loop / t_vec:.0f}x"
        )


if __name__ == "__main__":
    main()
