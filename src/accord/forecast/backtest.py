"""Scoring forecasts against known outcomes: the DEU III validation set (Arregui & Perarnaud
2021, doi:10.34810/data53, CC BY 4.0; pooled DEU I-III issues of EU legislative decisions).

Each issue is one dimension on 0-100 with positions and saliences of up to 30 actors (the
Commission, the Parliament and the member states), an optional reference point and the outcome.
Models are run issue by issue; the score is the absolute error on the 0-100 scale. A paired
bootstrap (seeded) compares each model's mean absolute error with the compromise model's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.forecast.compromise import weighted_median_1d
from accord.forecast.inputs import Array, SpatialInput

DEU_ACTORS = ("com", "ep", "at", "be", "bu", "cr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "el",
              "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "si", "sk", "es",
              "se", "uk")
"""DEU III actor codes in file order (columns `pcom ... puk`)."""

SOURCE = "DEU III, Arregui & Perarnaud (2021), doi:10.34810/data53 (CC BY 4.0)"


@dataclass(frozen=True)
class DeuIssue:
    """One DEU issue. `position` and `salience` have one entry per actor in `DEU_ACTORS`; an
    actor without a position has NaN there; a missing salience next to a position is NaN too."""

    proposal: str
    issue: str
    year: int
    position: Array
    salience: Array
    reference: float
    outcome: float


@dataclass(frozen=True)
class DeuData:
    issues: tuple[DeuIssue, ...]
    gdp: Array
    """blksv's GDP row (one value per actor), usable as capability."""


@dataclass(frozen=True)
class CouncilWeights:
    """Council votes before Nice (<= 2001), under Nice (2002-2011) and 2019 population as the
    Lisbon proxy (>= 2012), per state code; Commission and Parliament get the regime's maximum."""

    pre_nice: dict[str, float]
    nice: dict[str, float]
    lisbon: dict[str, float]

    def for_year(self, year: int) -> Array:
        table = self.pre_nice if year <= 2001 else self.nice if year <= 2011 else self.lisbon
        top = max(table.values())
        return np.array([top if a in ("com", "ep") else table.get(a, np.nan) for a in DEU_ACTORS])


Capability = Callable[[DeuIssue], Array]


def issue_input(issue: DeuIssue, capability: Array, missing_salience: float = 50.0,
                ) -> SpatialInput:
    """The spatial input of one issue: actors with a position, salience on 0-1 (a missing
    salience next to a position counts as `missing_salience` on 0-100)."""
    has = np.isfinite(issue.position) & np.isfinite(capability) & (capability > 0)
    sal = np.where(np.isfinite(issue.salience), issue.salience, missing_salience)[has] / 100.0
    # an actor that states a position with salience 0 still votes in unweighted aggregators;
    # weighted ones give it no weight. Keep it with a tiny salience so it stays "present".
    sal = np.where(sal > 0, sal, 1e-12)
    sq = issue.reference if np.isfinite(issue.reference) else np.nan
    return SpatialInput(
        name=f"{issue.issue}", actors=tuple(a for a, h in zip(DEU_ACTORS, has, strict=True) if h),
        dimensions=(issue.issue,), capability=capability[has],
        position=issue.position[has][:, None], salience=sal[:, None],
        scale=np.array([[0.0, 100.0]]), status_quo=np.array([sq]))


@dataclass(frozen=True)
class Score:
    model: str
    n: int
    mae: float
    median_ae: float
    errors: Array


def score(name: str, predictions: Array, outcomes: Array) -> Score:
    ok = np.isfinite(predictions) & np.isfinite(outcomes)
    err = np.abs(predictions[ok] - outcomes[ok])
    return Score(name, int(ok.sum()), float(err.mean()), float(np.median(err)),
                 np.where(ok, np.abs(predictions - outcomes), np.nan))


def paired_bootstrap(model: Score, baseline: Score, runs: int = 10_000, seed: int = 0,
                     ) -> dict[str, Any]:
    """Paired bootstrap of MAE(model) - MAE(baseline) over the issues both scored (seeded).

    Returns the observed difference, its 95 % interval and the share of resamples in which the
    model does better (a negative difference)."""
    both = np.isfinite(model.errors) & np.isfinite(baseline.errors)
    diff = model.errors[both] - baseline.errors[both]
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, diff.size, size=(runs, diff.size))
    means = diff[idx].mean(axis=1)
    lo, hi = np.quantile(means, [0.025, 0.975])
    return {"model": model.model, "baseline": baseline.model, "n": int(diff.size),
            "difference": float(diff.mean()), "ci95": [float(lo), float(hi)],
            "p_better": float((means < 0).mean()), "runs": runs, "seed": seed}


# ---------------------------------------------------------------- simple aggregators

def _weighted_mean(x: Array, w: Array) -> float:
    return float((w * x).sum() / w.sum()) if w.sum() > 0 else float("nan")


def baseline_predictions(data: DeuData, council: CouncilWeights | None,
                         missing_salience: float = 50.0) -> dict[str, Array]:
    """Predictions of the simple aggregators for every issue (NaN where one does not apply).

    Weighted means use capability x salience; a salience missing next to a position counts as
    `missing_salience`. Council weights by proposal year: <= 2001 pre-Nice votes, 2002-2011 Nice
    votes, >= 2012 population; Commission and Parliament get the regime's maximum."""
    gdp = np.where(np.isfinite(data.gdp), data.gdp, np.nan)
    out: dict[str, list[float]] = {k: [] for k in (
        "compromise_equal", "compromise_gdp", "compromise_council", "unweighted_mean",
        "unweighted_median", "commission", "parliament", "status_quo", "compromise_equal_drop",
        "capability_council", "median_salience", "median_council")}
    for iss in data.issues:
        has = np.isfinite(iss.position)
        x = iss.position[has]
        s = np.where(np.isfinite(iss.salience), iss.salience, missing_salience)[has]
        out["compromise_equal"].append(_weighted_mean(x, s))
        g = gdp[has]
        out["compromise_gdp"].append(_weighted_mean(x[np.isfinite(g)], (s * g)[np.isfinite(g)]))
        if council is not None:
            c = council.for_year(iss.year)[has]
            ok = np.isfinite(c)
            out["compromise_council"].append(_weighted_mean(x[ok], (s * c)[ok]))
        else:
            out["compromise_council"].append(float("nan"))
        if council is not None:
            out["capability_council"].append(_weighted_mean(x[ok], c[ok]))
            out["median_council"].append(weighted_median_1d(x[ok], (s * c)[ok]) if ok.any()
                                         else float("nan"))
        else:
            out["capability_council"].append(float("nan"))
            out["median_council"].append(float("nan"))
        known = np.isfinite(iss.salience)[has]
        out["compromise_equal_drop"].append(_weighted_mean(x[known], iss.salience[has][known]))
        out["median_salience"].append(weighted_median_1d(x, s) if (s > 0).any() else float("nan"))
        out["unweighted_mean"].append(float(x.mean()) if x.size else float("nan"))
        out["unweighted_median"].append(float(np.median(x)) if x.size else float("nan"))
        out["commission"].append(float(iss.position[0]))
        out["parliament"].append(float(iss.position[1]))
        out["status_quo"].append(float(iss.reference))
    return {k: np.array(v) for k, v in out.items()}


# ---------------------------------------------------------------- model backtest

BACKTEST_MODELS = ("compromise", "median", "nbs", "eum", "ktab", "exchange")


def model_predictions(data: DeuData, council: CouncilWeights, models: tuple[str, ...] =
                      BACKTEST_MODELS, missing_salience: float = 50.0,
                      progress: Callable[[str], None] | None = None,
                      executor: Any = None) -> dict[str, Array]:
    """Every model's forecast for every issue with an outcome, capabilities = Council weights by
    regime. The NBS takes the reference point `rp` as disagreement point (compromise limit where
    there is none); the exchange model runs over the issues of one proposal together. Models
    are independent pieces: with an `executor` (`accord.forecast.montecarlo.Executor`, e.g.
    Dask) they run in parallel with the same numbers; otherwise one after another, with
    `progress(model)` before each."""
    one = _ModelPredictions(data, council, missing_salience)
    if executor is not None:
        return dict(zip(models, executor.map(one, list(models)), strict=True))
    out = {}
    for m in models:
        if progress:
            progress(m)
        out[m] = one(m)
    return out


@dataclass(frozen=True)
class _ModelPredictions:
    """One model's forecasts for every issue (a picklable task)."""

    data: DeuData
    council: CouncilWeights
    missing_salience: float

    def __call__(self, m: str) -> Array:
        from accord.forecast import eum, ktab
        from accord.forecast.compromise import compromise, weighted_median
        from accord.forecast.exchange import ExchangeOptions
        from accord.forecast.exchange import run as run_exchange
        from accord.forecast.nbs import nbs

        data, council, missing_salience = self.data, self.council, self.missing_salience
        n = len(data.issues)
        out = np.full(n, np.nan)
        inputs: list[SpatialInput | None] = []
        for iss in data.issues:
            cap = council.for_year(iss.year)
            has = np.isfinite(iss.position) & np.isfinite(cap)
            inputs.append(issue_input(iss, cap, missing_salience) if has.sum() >= 2 else None)
        if m == "exchange":
            groups: dict[str, list[int]] = {}
            for k, iss in enumerate(data.issues):
                if inputs[k] is not None:
                    groups.setdefault(iss.proposal, []).append(k)
            for ks in groups.values():
                out[ks] = _exchange_group(data, council, ks, missing_salience, run_exchange,
                                          ExchangeOptions())
            return out
        for k, inp in enumerate(inputs):
            if inp is None:
                continue
            if m == "compromise":
                out[k] = compromise(inp)[0]
            elif m == "median":
                out[k] = weighted_median(inp)[0]
            elif m == "nbs":
                sol = nbs(inp)[0]
                out[k] = np.nan if sol.value is None else sol.value
            elif m == "eum":
                if np.ptp(inp.position[:, 0]) == 0:
                    out[k] = inp.position[0, 0]
                else:
                    out[k] = eum.run_batch(inp.position[:, 0][None], inp.capability[None],
                                           inp.salience[:, 0][None],
                                           scale=(float(inp.scale[0, 0]),
                                                  float(inp.scale[0, 1]))).medians[0, -1]
            elif m == "ktab":
                res = ktab.run_batch(inp.position[None] / 100.0, inp.salience[None],
                                     inp.capability[None])
                out[k] = 100.0 * res.final[0, int(np.argmax(res.final_prob[0])), 0]
        return out


def _exchange_group(data: DeuData, council: CouncilWeights, ks: list[int], missing: float,
                    run_exchange: Any, opts: Any) -> Array:
    issues = [data.issues[k] for k in ks]
    cap = council.for_year(issues[0].year)
    pos = np.stack([i.position for i in issues], axis=1)
    sal = np.stack([np.where(np.isfinite(i.salience), i.salience, missing) for i in issues], 1)
    sal = np.where(np.isfinite(pos), sal, 0.0) / 100.0
    sal = np.where(np.isfinite(pos) & (sal <= 0), 1e-12, sal)
    keep = np.isfinite(cap) & (sal.sum(axis=1) > 0)
    inp = SpatialInput("proposal", tuple(a for a, k in zip(DEU_ACTORS, keep, strict=True) if k),
                       tuple(i.issue for i in issues), cap[keep], pos[keep], sal[keep],
                       np.tile([0.0, 100.0], (len(issues), 1)), np.full(len(issues), np.nan))
    result: Array = run_exchange(inp, opts).outcome()
    return result


def run_backtest(data: DeuData, council: CouncilWeights, models: tuple[str, ...] =
                 BACKTEST_MODELS, bootstrap_runs: int = 10_000, seed: int = 0,
                 progress: Callable[[str], None] | None = None,
                 executor: Any = None) -> dict[str, Any]:
    """Score every model and every simple baseline on the issues with an outcome; paired
    bootstrap of each model against the compromise model (Council weights). The models run on
    `executor` when given (see :func:`model_predictions`)."""
    outcome = np.array([i.outcome for i in data.issues])
    base = baseline_predictions(data, council)
    preds = model_predictions(data, council, models, progress=progress, executor=executor)
    nbs_split: dict[str, Any] | None = None
    if "nbs" in preds:
        # The NBS proper needs a disagreement point; without DEU's reference point `rp` it is its
        # distant-disagreement limit, i.e. the compromise. Score the two kinds of issue apart so
        # that neither the MAE nor the bootstrap mixes them.
        has_rp = np.array([np.isfinite(i.reference) for i in data.issues])
        p = preds.pop("nbs")
        preds["nbs_rp"] = np.where(has_rp, p, np.nan)
        preds["nbs_no_rp"] = np.where(has_rp, np.nan, p)
        scored = np.isfinite(outcome)
        nbs_split = {
            "issues_with_rp": int((has_rp & scored).sum()),
            "issues_without_rp": int((~has_rp & scored).sum()),
            "no_bargaining_set": int((has_rp & scored & ~np.isfinite(p)).sum()),
            "note": "nbs_rp: the NBS with DEU's reference point rp as disagreement point; "
                    "nbs_no_rp: issues without rp, where the NBS is its distant-disagreement "
                    "limit (= the compromise model, so it gets no bootstrap); issues with rp but "
                    "no point every actor prefers to rp have no NBS and are not scored"}
    scores = {name: score(name, p, outcome) for name, p in preds.items()}
    reference = score("compromise_council", base["compromise_council"], outcome)
    # nbs_no_rp is the compromise model by construction: no bootstrap against itself
    boot = [paired_bootstrap(s, reference, bootstrap_runs, seed) for name, s in scores.items()
            if name not in ("compromise", "nbs_no_rp")]
    return {
        "source": SOURCE,
        "issues_with_outcome": int(np.isfinite(outcome).sum()),
        "models": {n: {"n": s.n, "mae": s.mae, "median_ae": s.median_ae} for n, s in scores.items()},
        "baselines": {n: {"n": s.n, "mae": s.mae, "median_ae": s.median_ae}
                      for n, s in ((k, score(k, v, outcome)) for k, v in base.items())},
        "bootstrap_vs_compromise": boot,
        **({"nbs": nbs_split} if nbs_split is not None else {}),
    }
