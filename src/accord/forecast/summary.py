"""Run several models on one input and gather JSON-ready results (forecasts, explanations,
histories, Monte Carlo intervals). Used by `accord forecast` and the analyze section."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from accord.forecast import compromise as cmp
from accord.forecast import eum, exchange, ktab, nbs
from accord.forecast.inputs import SpatialInput
from accord.forecast.montecarlo import MODELS, Executor, LocalExecutor, Uncertainty, monte_carlo

SOURCES = {
    "compromise": cmp.SOURCE_COMPROMISE,
    "median": cmp.SOURCE_MEDIAN,
    "nbs": nbs.SOURCE,
    "eum": eum.SOURCE,
    "ktab": ktab.SOURCE,
    "exchange": exchange.SOURCE,
}


def _num(v: float) -> float | None:
    return float(v) if np.isfinite(v) else None


def point_forecasts(data: SpatialInput, models: tuple[str, ...] = MODELS,
                    history: bool = False, options: dict[str, Any] | None = None,
                    ) -> dict[str, dict[str, Any]]:
    """{model: {"values": {dimension: value}, "explanation": ..., "history": ...}}."""
    out: dict[str, dict[str, Any]] = {}
    dims = data.dimensions
    options = options or {}
    eum_opts = options.get("eum") or eum.EumOptions()
    ktab_opts = options.get("ktab") or ktab.KtabOptions()
    ex_opts = options.get("exchange") or exchange.ExchangeOptions()
    for m in models:
        entry: dict[str, Any] = {"source": SOURCES[m]}
        if m == "compromise":
            vals = cmp.compromise(data)
            entry["explanation"] = "capability x salience weighted mean of the positions"
        elif m == "median":
            vals = cmp.weighted_median(data)
            entry["explanation"] = "capability x salience weighted median (median voter)"
        elif m == "nbs":
            res = nbs.nbs(data)
            vals = np.array([np.nan if r.value is None else r.value for r in res])
            entry["explanation"] = {d: r.explanation for d, r in zip(dims, res, strict=True)}
        elif m == "eum":
            hs = [eum.run(data, eum_opts, dimension=k) for k in range(data.n_dims)]
            vals = np.array([h.outcome() for h in hs])
            entry["explanation"] = ("weighted median after "
                                    f"{eum_opts.rounds} rounds of challenges and offers")
            entry["options"] = {k: str(v) for k, v in vars(eum_opts).items()}
            entry["rounds"] = {d: {"medians": h.medians, "means": h.means}
                               for d, h in zip(dims, hs, strict=True)}
            if history:
                entry["history"] = {d: h.rounds for d, h in zip(dims, hs, strict=True)}
        elif m == "ktab":
            vals = np.full(data.n_dims, np.nan)
            hist_out = {}
            together = ktab.joint(data)
            groups = [list(range(data.n_dims))] if together else [[k] for k in range(data.n_dims)]
            for ks in groups:
                h = ktab.run(data if together else data.dimension(ks[0]), ktab_opts)
                vals[ks] = h.outcome()
                key = "all dimensions" if together else dims[ks[0]]
                hist_out[key] = {"states": h.n_states,
                                 "positions": [p.tolist() for p in h.positions],
                                 "probabilities": [p.tolist() for p in h.probabilities],
                                 "actors": list(h.data.actors)}
                if history:
                    hist_out[key]["turns"] = h.turns
            entry["explanation"] = ("most probable position at the end of KTAB's bargaining, "
                                    + ("over all dimensions at once" if together else
                                       "issue by issue (saliences do not fit KTAB's joint "
                                       "form: every actor on every issue, summing to <= 1)"))
            entry["states"] = hist_out
            entry["options"] = {k: str(v) for k, v in vars(ktab_opts).items()}
        elif m == "exchange":
            ex = exchange.run(data, ex_opts)
            vals = ex.outcome()
            entry["explanation"] = (f"compromise after {len(ex.rounds)} round(s) of Equal Gain "
                                    "exchanges across issues")
            if history:
                entry["history"] = ex.rounds
        else:
            raise ValueError(f"unknown model {m!r}; choose from {', '.join(MODELS)}")
        entry["values"] = {d: _num(v) for d, v in zip(dims, vals, strict=True)}
        out[m] = entry
    return out


def _tick(progress: Callable[[str, int, int], None] | None, model: str,
          ) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(model, done, total)


def forecast_report(data: SpatialInput, models: tuple[str, ...] = MODELS, runs: int = 0,
                    seed: int = 0, uncertainty: Uncertainty | None = None,
                    mc_models: tuple[str, ...] | None = None, history: bool = False,
                    options: dict[str, Any] | None = None,
                    progress: Callable[[str, int, int], None] | None = None,
                    executor: Executor | None = None) -> dict[str, Any]:
    """Point forecasts of every model and, when `runs` > 0, Monte Carlo intervals. The Monte
    Carlo chunks run on `executor` when given (e.g. a Dask executor; the same numbers), else
    here one after another with `progress(model, done, total)`."""
    report: dict[str, Any] = {
        "input": {"name": data.name, "actors": list(data.actors),
                  "dimensions": list(data.dimensions),
                  "scale": {d: list(map(float, s)) for d, s in zip(data.dimensions, data.scale,
                                                                    strict=True)},
                  "notes": list(data.notes)},
        "forecasts": point_forecasts(data, models, history, options),
    }
    if runs > 0:
        unc = uncertainty or Uncertainty.uniform_spread(data)
        width = data.scale[:, 1] - data.scale[:, 0]
        report["monte_carlo"] = {
            "uncertainty": {
                "kind": unc.kind,
                "position_spread": {d: float(np.max(unc.position[:, k]))
                                    for k, d in enumerate(data.dimensions)},
                "position_spread_share_of_scale": float(np.max(unc.position / width)),
                "salience_spread": float(np.max(unc.salience)),
                "capability_spread_relative": float(np.max(unc.capability))},
            "models": {m: monte_carlo(data, m, runs, seed, unc, (options or {}).get(m),
                                      executor=executor or LocalExecutor(_tick(progress, m))
                                      ).as_dict()
                       for m in (mc_models or models)},
        }
    return report
