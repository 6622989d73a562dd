"""A simulation study of a scenario: the game and the fitted parameters as of a date, the
baseline run, named what-ifs, the drivers and a backtest against what happened. Pure: the
caller loads the scenario and its parameter file."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import numpy as np

from accord.model import Scenario
from accord.simulate.engine import Cadence, Mechanisms, Progress, WhatIf, run
from accord.simulate.game import Game, from_scenario
from accord.simulate.parameters import GENERIC, ParameterSet, Source
from accord.simulate.sensitivity import Executor, Local, drivers
from accord.simulate.summary import explain_what_if, headline, summarise, weeks_in
from accord.simulate.timeline import battle_trend, cadence, partial_deal_rates, ratification

DEFAULT_MECHANISMS = Mechanisms()
MAX_RUNS = 200_000
MAX_WEEKS = 520
SCREENED = (
    "battle_trend",
    "battle_noise",
    "value_per_1000km2",
    "war_cost_first",
    "war_cost_second",
    "horizon_weeks",
    "trend_optimism_first",
    "trend_optimism_second",
    "private_optimism_first",
    "private_optimism_second",
    "pressure_hazard",
    "pressure_on_first",
    "pressure_cost",
    "red_line_cost",
    "referendum_support",
    "referendum_sd",
    "audience_cost",
)
"""Parameters the sensitivity analysis varies (the partial-deal rates do not affect a deal)."""


@dataclass(frozen=True)
class Crowd:
    question: str
    made: str
    horizon_months: int
    probability: float
    source: Source


@dataclass(frozen=True)
class Setup:
    scenario: Scenario
    params: ParameterSet
    parties: tuple[str, ...] | None = None
    ratifier: str | None = None
    ratify_options: Mapping[str, Sequence[str]] = field(default_factory=dict)
    what_ifs: tuple[WhatIf, ...] = ()
    outcome_ceasefire: str | None = None
    outcome_checked: str | None = None
    outcome_source: Source | None = None
    crowd: tuple[Crowd, ...] = ()


def _date(value: str) -> dt.date:
    parts = value.split("-")
    return dt.date(
        int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
    )


def coverage(game: Game, total: int, as_of: dt.date) -> str:
    """What the odds rest on when the game leaves issues out (no position of every party on them
    by ``as_of``): a clause for the headline, empty when every issue is in the game."""
    n = len(game.issues)
    if not n or n >= total:
        return ""
    return (f"; resting on {n} of {total} issues only (on the others some party has no known "
            f"position by {as_of.isoformat()}: the deals simulated leave them open)")


def prepare(setup: Setup, as_of: dt.date) -> tuple[Game, ParameterSet, Cadence]:
    """The game at ``as_of`` and the parameters with the timeline's fitted rates as defaults."""
    parties = setup.parties or tuple(setup.scenario.parties)
    day = as_of.isoformat()
    if not any(setup.scenario.position(a, i.id, day) for a in parties for i in setup.scenario.issues):
        raise ValueError(f"no position of {', '.join(parties)} is known on {day}: nothing to simulate "
                         "(choose a later --as-of)")
    ratifier, options = setup.ratifier, setup.ratify_options
    if ratifier is None and (rule := ratification(setup.scenario, as_of)) is not None:
        ratifier, options = rule
    # the game is played on the issues on which every party's position is known by then, as
    # the agreement zone is counted: an unknown position is not indifference
    known = setup.scenario.known_issues(day, list(parties))
    game = from_scenario(known, as_of.isoformat(), setup.parties, ratifier, options)
    cad, src = cadence(setup.scenario, as_of)
    fitted: dict[str, tuple[float, Source]] = dict(partial_deal_rates(setup.scenario, as_of))
    trend = battle_trend(setup.scenario, as_of, game.parties)
    if trend is not None:
        fitted["battle_trend"] = trend
    if cad.count:
        fitted["round_rate"] = (cad.rate, src)
    for p in setup.params:
        if p.source.date and p.source.date[:10] > as_of.isoformat() and p.name not in fitted:
            generic = next(g for g in GENERIC if g.name == p.name)
            fitted[p.name] = (
                generic.default,
                Source(
                    f"{generic.source.paraphrase} (the sourced value, {p.source.outlet or p.source.doc} of "
                    f"{p.source.date}, was not yet known on {as_of.isoformat()})",
                    assumption=True,
                ),
            )
    params = setup.params.with_defaults(fitted) if fitted else setup.params
    return game, params, cad


def _weeks(start: dt.date, until: dt.date) -> int:
    return max(1, math.ceil((until - start).days / 7))


def _within_year(weeks: int) -> int:
    """The steps a P(... within 12 months) needs of a run of ``weeks``: a step's events are
    fixed by then, so stopping there gives the same answer as running on (the draws of a step
    never depend on the length of the run)."""
    return min(weeks, math.ceil(weeks_in(12)))


def _horizon(weeks: int, until: dt.date) -> str:
    return "12 months" if weeks >= weeks_in(12) else f"until {until}"


def evaluate_p(
    values: dict[str, float],
    *,
    game: Game,
    params: ParameterSet,
    start: dt.date,
    weeks: int,
    runs: int,
    seed: int,
    cadence_: Cadence,
    kind: str,
) -> float:
    """P(kind within 12 months) for one parameter vector (top-level, so Dask can pickle it)."""
    ceasefire, settlement = evaluate_both(values, game=game, params=params, start=start, weeks=weeks,
                                          runs=runs, seed=seed, cadence_=cadence_)
    return settlement if kind == "settlement" else ceasefire


def evaluate_both(
    values: dict[str, float],
    *,
    game: Game,
    params: ParameterSet,
    start: dt.date,
    weeks: int,
    runs: int,
    seed: int,
    cadence_: Cadence,
) -> tuple[float, float]:
    """(P(ceasefire), P(settlement)) within 12 months from one run of one parameter vector: the
    two numbers `evaluate_p` gives for each kind, without running the simulation twice."""
    tr = run(
        game, params.with_values(**values), start=start, weeks=weeks, runs=runs, seed=seed, cadence=cadence_
    )
    limit = min(weeks, weeks_in(12)) + 1e-9
    return float((tr.ceasefire <= limit).mean()), float((tr.settlement <= limit).mean())


def _evaluator(
    game: Game,
    params: ParameterSet,
    start: dt.date,
    weeks: int,
    runs: int,
    seed: int,
    cad: Cadence,
    kind: str,
) -> partial[float]:
    """One parameter vector -> P(kind within 12 months), picklable for Dask."""
    return partial(
        evaluate_p,
        game=game,
        params=params,
        start=start,
        weeks=weeks,
        runs=runs,
        seed=seed,
        cadence_=cad,
        kind=kind,
    )


def simulate(
    setup: Setup,
    *,
    as_of: dt.date,
    until: dt.date,
    runs: int,
    seed: int,
    what_ifs: Sequence[WhatIf] = (),
    mechanisms: Mechanisms = DEFAULT_MECHANISMS,
    overrides: Mapping[str, float] | None = None,
    drivers_runs: int = 0,
    drivers_trajectories: int = 6,
    sobol_for: int = 3,
    sobol_n: int = 32,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    if not 1 <= runs <= MAX_RUNS:
        raise ValueError(f"runs must be between 1 and {MAX_RUNS:,}")
    weeks = _weeks(as_of, until)
    if weeks > MAX_WEEKS:
        raise ValueError(
            f"the simulation covers at most {MAX_WEEKS} weeks (10 years); {as_of} to {until} is {weeks}"
        )
    game, params, cad = prepare(setup, as_of)
    if overrides:
        params = params.with_values(**overrides)
    tr = run(
        game,
        params,
        start=as_of,
        weeks=weeks,
        runs=runs,
        seed=seed,
        mechanisms=mechanisms,
        cadence=cad,
        progress=progress,
    )
    base = summarise(game, tr)
    out: dict[str, Any] = {
        "scenario": setup.scenario.id,
        "as_of": as_of.isoformat(),
        "until": until.isoformat(),
        "seed": seed,
        "parties": list(game.parties),
        "headline": headline(base) + coverage(game, len(setup.scenario.issues), as_of),
        "summary": base,
        "curves": _curves(tr),
        "parameters": params.table(),
        "cadence": {"rounds_in_year": cad.count, "weekly_rate": cad.rate if cad.count else None},
        "bargaining_set": {
            "points": int(game.points.shape[0]),
            "notes": list(game.notes),
            "ratifier": game.parties[game.ratifier] if game.ratifier is not None else None,
            "issues": list(game.issues),
            "scenario_issues": len(setup.scenario.issues),
        },
        "mechanisms": {k: getattr(mechanisms, k) for k in mechanisms.__dataclass_fields__},
        "what_ifs": [],
    }
    for w in what_ifs:
        tw = run(
            game,
            params,
            start=as_of,
            weeks=weeks,
            runs=runs,
            seed=seed,
            mechanisms=mechanisms,
            what_ifs=[w],
            cadence=cad,
        )
        other = summarise(game, tw)
        out["what_ifs"].append({**explain_what_if(w, base, other), "curves": _curves(tw)})
    if drivers_runs:
        # the drivers explain P(settlement within 12 months, or by ``until`` when sooner): each
        # of their runs stops there, however far the main run goes
        fn = _evaluator(game, params, as_of, _within_year(weeks), drivers_runs, seed, cad, "settlement")
        names = [n for n in SCREENED if params.spec(n).high > params.spec(n).low]
        out["drivers"] = drivers(
            fn,
            params,
            names,
            seed=seed,
            trajectories=drivers_trajectories,
            sobol_n=sobol_n,
            sobol_for=sobol_for,
            executor=executor,
            output=(
                "P(settlement within 12 months)" if weeks >= weeks_in(12) else f"P(settlement by {until})"
            ),
        )
    return out


def _curves(tr: Any) -> dict[str, list[Any]]:
    from accord.simulate.summary import curves

    rows = curves(tr)
    return {
        "dates": [r["date"] for r in rows],
        "ceasefire": [round(r["ceasefire"]["p"], 4) for r in rows],
        "ceasefire_low": [round(r["ceasefire"]["low"], 4) for r in rows],
        "ceasefire_high": [round(r["ceasefire"]["high"], 4) for r in rows],
        "settlement": [round(r["settlement"]["p"], 4) for r in rows],
        "settlement_low": [round(r["settlement"]["low"], 4) for r in rows],
        "settlement_high": [round(r["settlement"]["high"], 4) for r in rows],
        "partial_ceasefire_in_force": [round(r["partial_ceasefire_in_force"], 4) for r in rows],
    }


def sweep(
    setup: Setup,
    name: str,
    values: Sequence[float],
    *,
    as_of: dt.date,
    until: dt.date,
    runs: int,
    seed: int,
    executor: Executor | None = None,
) -> dict[str, Any]:
    """P(ceasefire) and P(settlement) within 12 months (or by ``until``) for each value of one
    parameter, every value with the same seed (common random numbers); any executor with
    ``map`` (local, Dask) gives the same numbers."""
    game, params, cad = prepare(setup, as_of)
    params.spec(name)
    weeks = _weeks(as_of, until)
    ex = executor or Local()
    # one run per value gives both probabilities (they were two runs with the same seed)
    fn = partial(evaluate_both, game=game, params=params, start=as_of, weeks=_within_year(weeks),
                 runs=runs, seed=seed, cadence_=cad)
    both = ex.map(fn, [{name: float(v)} for v in values])
    rows = [[b[0] for b in both], [b[1] for b in both]]
    spec = params.spec(name)
    return {
        "parameter": name,
        "unit": spec.unit,
        "mechanism": spec.mechanism,
        "meaning": spec.meaning,
        "horizon": _horizon(weeks, until),
        "values": [float(v) for v in values],
        "ceasefire": rows[0],
        "settlement": rows[1],
        "runs": runs,
        "seed": seed,
    }


BACKTEST_DATES = ("2025-03-01", "2025-06-01", "2025-09-01", "2025-12-01")
BACKTEST_HORIZONS = (3, 6, 12)


def backtest(
    setup: Setup,
    *,
    dates: Sequence[str] = BACKTEST_DATES,
    horizons: Sequence[int] = BACKTEST_HORIZONS,
    runs: int = 2000,
    seed: int = 0,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """As of each past date, with only the positions, reservations and timeline known then,
    the predicted probability of a general ceasefire within each horizon, against what
    happened (resolved only when the horizon ends by the date the outcome was checked), scored
    by the Brier and the logarithmic score (scoringrules). One case: read with caution."""
    if setup.outcome_checked is None:
        raise ValueError("the backtest needs the outcome (a parameter file with `outcome:`)")
    checked = _date(setup.outcome_checked)
    happened = _date(setup.outcome_ceasefire) if setup.outcome_ceasefire else None
    rows = []
    for n, d in enumerate(dates):
        start = _date(d)
        until = start + dt.timedelta(days=round(max(horizons) * 365.25 / 12))
        try:
            game, params, cad = prepare(setup, start)
        except ValueError as exc:  # e.g. no package can be valued with what was known then
            for h in horizons:
                end = start + dt.timedelta(days=round(h * 365.25 / 12))
                rows.append(
                    {
                        "as_of": d,
                        "horizon_months": h,
                        "until": end.isoformat(),
                        "p_ceasefire": None,
                        "observed": None,
                        "error": f"the agreement-space engine gave no bargaining set: {exc}",
                    }
                )
            continue
        tr = run(game, params, start=start, weeks=_weeks(start, until), runs=runs, seed=seed, cadence=cad)
        for h in horizons:
            end = start + dt.timedelta(days=round(h * 365.25 / 12))
            p = float((tr.ceasefire <= weeks_in(h) + 1e-9).mean())
            resolved = end <= checked or (happened is not None and happened <= end)
            obs = None if not resolved else int(happened is not None and start < happened <= end)
            rows.append(
                {"as_of": d, "horizon_months": h, "until": end.isoformat(), "p_ceasefire": p, "observed": obs}
            )
        if progress is not None:
            progress(n + 1, len(dates))
    scored = [r for r in rows if r["observed"] is not None]
    out: dict[str, Any] = {
        "question": "a general ceasefire agreed within the horizon",
        "rows": rows,
        "resolved": len(scored),
        "checked": setup.outcome_checked,
        "outcome": setup.outcome_ceasefire,
        "outcome_source": setup.outcome_source.cite() if setup.outcome_source else None,
        "caveat": "one war, overlapping horizons: the scores describe this case, "
        "they do not validate the model",
    }
    if scored:
        # imported here: scoringrules compiles numba kernels on import (about 3 s of CPU), which
        # every `accord analyze` would pay for a score only the backtest computes
        import scoringrules as sr

        seen = np.asarray([r["observed"] for r in scored], dtype=np.float64)
        fct = np.asarray([r["p_ceasefire"] for r in scored], dtype=np.float64)
        out["brier"] = float(np.mean(sr.brier_score(seen, fct)))
        # the log score of a forecast of exactly 0 or 1 that misses is infinite: clip for it only
        out["log_score"] = float(np.mean(sr.log_score(seen, np.clip(fct, 1e-3, 1 - 1e-3))))
        out["brier_climatology_half"] = float(np.mean(sr.brier_score(seen, np.full_like(fct, 0.5))))
    crowd = []
    for c in setup.crowd:
        start = _date(c.made)
        try:
            game, params, cad = prepare(setup, start)
        except ValueError as exc:
            crowd.append(
                {
                    "question": c.question,
                    "made": c.made,
                    "crowd": c.probability,
                    "accord": None,
                    "error": str(exc),
                    "source": c.source.cite(),
                }
            )
            continue
        tr = run(
            game,
            params,
            start=start,
            weeks=_weeks(start, start + dt.timedelta(days=round(c.horizon_months * 365.25 / 12))),
            runs=runs,
            seed=seed,
            cadence=cad,
        )
        crowd.append(
            {
                "question": c.question,
                "made": c.made,
                "crowd": c.probability,
                "accord": float(np.isfinite(tr.ceasefire).mean()),
                "source": c.source.cite(),
            }
        )
    out["crowd"] = crowd
    return out


PER_RUN = ("round_rate", "discount", "private_optimism_first", "private_optimism_second")
"""Drawn or fixed once per run: a what-if from a date cannot change them (use --set)."""


def checked_value(params: ParameterSet, name: str, value: float, where: str) -> float:
    """``value`` for parameter ``name`` if finite and within its declared range, else ValueError
    naming ``where``, the range and the unit."""
    spec = params.spec(name)
    if not math.isfinite(value) or not spec.low <= value <= spec.high:
        raise ValueError(
            f"{where}: {name} = {value!r} is outside its range [{spec.low:g}, {spec.high:g}] {spec.unit}"
        )
    return value


def _what_if_date(value: str, raw: str) -> str:
    try:
        d = _date(value)
    except (ValueError, IndexError):
        raise ValueError(f"what-if {raw!r}: {value!r} is not a date (write YYYY-MM or YYYY-MM-DD)") from None
    if not 7 <= len(value) <= 10 or value.count("-") not in (1, 2):
        raise ValueError(f"what-if {raw!r}: {value!r} is not a date (write YYYY-MM or YYYY-MM-DD)")
    return d.isoformat() if value.count("-") == 2 else value


def with_what_ifs(setup: Setup, ids: Sequence[str]) -> list[WhatIf]:
    """Named what-ifs of the setup, or ``PARAM=VALUE[@DATE]`` / ``pressure-on:ACTOR[@DATE]``.
    Unknown names raise KeyError; bad values, dates, actors or per-run parameters ValueError."""
    known = {w.id: w for w in setup.what_ifs}
    out = []
    for raw in ids:
        if raw in known:
            out.append(known[raw])
            continue
        body, _, when = raw.partition("@")
        start = _what_if_date(when, raw) if when else None
        if body.startswith("pressure-on:"):
            actor = body.split(":", 1)[1].strip().upper()
            if setup.parties is not None and actor not in setup.parties:
                raise ValueError(
                    f"what-if {raw!r}: {actor} is not a bargaining party ({', '.join(setup.parties)})"
                )
            out.append(
                WhatIf(
                    raw,
                    f"mediator pressure on {actor}" + (f" from {when}" if when else ""),
                    start,
                    (),
                    actor,
                    "mediator pressure: that side's weekly cost of war rises",
                )
            )
            continue
        name, eq, value = body.partition("=")
        name = name.strip()
        if not eq:
            raise KeyError(raw)
        setup.params.spec(name)
        if name in PER_RUN:
            raise ValueError(f"what-if {raw!r}: {name} is fixed for a whole run; set it with --set")
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"what-if {raw!r}: {value.strip()!r} is not a number") from None
        checked_value(setup.params, name, number, f"what-if {raw!r}")
        spec = setup.params.spec(name)
        out.append(
            WhatIf(
                raw,
                f"{name} set to {value.strip()}" + (f" from {when}" if when else ""),
                start,
                ((name, number),),
                None,
                f"{spec.mechanism}: {spec.meaning}",
            )
        )
    return out


def default_setup(scenario: Scenario, params: ParameterSet) -> Setup:
    return replace(Setup(scenario, params))
