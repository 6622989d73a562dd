"""Monte Carlo over uncertain inputs, parameter sweeps, and executors (local or Dask).

Inputs are given as distributions around the stated values: each position, salience and
capability gets a spread and a distribution kind (triangular with its mode at the stated value,
uniform, or normal with the spread as standard deviation). Samples are clipped to the dimension's
scale, to 0-1 for saliences and to >= 1e-9 for capabilities. Runs are processed in fixed-size
chunks; chunk c draws from ``numpy.random.default_rng([seed, c])``, so a result depends only on
(seed, runs, chunk size) and not on where the chunks run: the local executor and the Dask
executor give identical numbers for the same seed. Within a chunk every model is vectorised over
runs (numpy arrays with a leading run axis) where the model allows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol, TypeVar

import numpy as np

from accord.forecast import compiling, eum, ktab
from accord.forecast.compromise import compromise_batch, weighted_median_batch
from accord.forecast.inputs import Array, InputError, SpatialInput

Kind = Literal["triangular", "uniform", "normal"]
MODELS = ("compromise", "median", "nbs", "eum", "ktab", "exchange")
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Uncertainty:
    """Spreads around the stated inputs: `position` on each dimension's scale (actors,
    dimensions), `salience` on 0-1 (actors, dimensions), `capability` relative (actors,), e.g.
    0.25 = +-25 %."""

    position: Array
    salience: Array
    capability: Array
    kind: Kind = "triangular"

    @classmethod
    def uniform_spread(cls, data: SpatialInput, position: float = 0.1, salience: float = 0.1,
                       capability: float = 0.25, kind: Kind = "triangular") -> Uncertainty:
        """The same spread everywhere; `position` as a share of each dimension's scale width."""
        width = data.scale[:, 1] - data.scale[:, 0]
        n, d = data.n_actors, data.n_dims
        return cls(np.broadcast_to(position * width, (n, d)).copy(), np.full((n, d), salience),
                   np.full(n, capability), kind)


def _draw(rng: np.random.Generator, kind: Kind, centre: Array, spread: Array, runs: int) -> Array:
    shape = (runs, *centre.shape)
    u = rng.random(shape)
    if kind == "uniform":
        z = 2 * u - 1
    elif kind == "normal":
        z = rng.standard_normal(shape)
    else:  # symmetric triangular on [-1, 1] by inverse CDF
        z = np.where(u < 0.5, np.sqrt(2 * u) - 1, 1 - np.sqrt(2 * (1 - u)))
    return centre + spread * z


def sample(data: SpatialInput, unc: Uncertainty, runs: int, rng: np.random.Generator,
           ) -> tuple[Array, Array, Array]:
    """(positions, saliences, capabilities) with a leading run axis."""
    pos = _draw(rng, unc.kind, data.position, unc.position, runs)
    pos = np.clip(pos, data.scale[:, 0], data.scale[:, 1])
    sal = np.clip(_draw(rng, unc.kind, data.salience, unc.salience, runs), 1e-9, 1.0)
    sal = np.where(data.present, sal, 0.0)
    cap = _draw(rng, unc.kind, data.capability, unc.capability * data.capability, runs)
    return pos, sal, np.clip(cap, 1e-9, None)


# ---------------------------------------------------------------- batched models

MAX_ACTORS = 400
"""The EUM and KTAB hold actors^3 arrays per run; beyond this many actors they refuse."""
_CELLS = 4_000_000
"""Runs are fed to the EUM and KTAB in slices of about this many actors^3 cells (memory bound;
the slicing depends only on the number of actors, so results stay reproducible)."""


def outcomes(model: str, data: SpatialInput, pos: Array, sal: Array, cap: Array,
             options: Any = None) -> Array:
    """Each run's forecast per dimension, (runs, dimensions), for one model."""
    runs = pos.shape[0]
    with compiling.batch(runs):
        return _outcomes(model, data, pos, sal, cap, options)


def _outcomes(model: str, data: SpatialInput, pos: Array, sal: Array, cap: Array,
              options: Any) -> Array:
    """:func:`outcomes` within the batch mark."""
    runs, n, d = pos.shape
    if model in ("eum", "ktab"):
        if n > MAX_ACTORS:
            raise InputError(f"{n} actors: the {model} model handles at most {MAX_ACTORS}")
        step = max(1, _CELLS // max(1, n ** 3))
        if runs > step:
            return np.concatenate([outcomes(model, data, pos[a:a + step], sal[a:a + step],
                                            cap[a:a + step], options)
                                   for a in range(0, runs, step)])
    out = np.full((runs, d), np.nan)
    if model == "ktab" and ktab.joint(data):
        opts = options or ktab.KtabOptions()
        lo, hi = data.scale[:, 0], data.scale[:, 1]
        res = ktab.run_batch((pos - lo) / (hi - lo), sal, cap, opts)
        top = np.argmax(res.final_prob, axis=1)
        return lo + res.final[np.arange(runs), top] * (hi - lo)  # type: ignore[no-any-return]
    if model == "ktab":
        return _ktab_by_issue(data, pos, sal, cap, options or ktab.KtabOptions())
    if model == "exchange":
        return _exchange(data, pos, sal, cap, options)
    for k in range(d):
        keep = data.present[:, k]
        x, s, c = pos[:, keep, k], sal[:, keep, k], cap[:, keep]
        w = c * s
        if model == "compromise":
            out[:, k] = compromise_batch(x, w)
        elif model == "median":
            out[:, k] = weighted_median_batch(x, w)
        elif model == "eum":
            out[:, k] = eum.run_batch(x, c, s, options or eum.EumOptions(),
                                      scale=(float(data.scale[k, 0]),
                                             float(data.scale[k, 1]))).medians[:, -1]
        elif model == "nbs":
            from accord.forecast.nbs import nbs_batch
            sq = float(data.status_quo[k])
            out[:, k] = nbs_batch(x, s, c, sq if np.isfinite(sq) else None)
        else:
            raise ValueError(f"unknown model {model!r}; choose from {', '.join(MODELS)}")
    return out


def _ktab_by_issue(data: SpatialInput, pos: Array, sal: Array, cap: Array,
                   opts: ktab.KtabOptions) -> Array:
    """KTAB issue by issue. Issues with the same actors are bargained in one batch (every run
    of every such issue advances together): each run's numbers do not depend on its batch,
    except with stochastic transitions, whose draws do, so those go issue by issue."""
    runs, _, d = pos.shape
    out = np.full((runs, d), np.nan)
    groups: dict[bytes, list[int]] = {}
    for k in range(d):
        key = data.present[:, k].tobytes()
        if opts.state_transitions is ktab.StateTransitions.STOCHASTIC:
            key += bytes([k % 256, k // 256])
        groups.setdefault(key, []).append(k)
    for ks in groups.values():
        keep = data.present[:, ks[0]]
        lo, hi = data.scale[ks, 0], data.scale[ks, 1]
        x = (pos[:, keep][:, :, ks] - lo) / (hi - lo)             # (runs, actors, issues)
        s = sal[:, keep][:, :, ks]
        n = int(keep.sum())
        stack = len(ks) * runs                                      # issue-major: issue, run
        xs = np.moveaxis(x, 2, 0).reshape(stack, n, 1)
        ss = np.moveaxis(s, 2, 0).reshape(stack, n, 1)
        cs = np.broadcast_to(cap[:, keep], (len(ks), runs, n)).reshape(stack, n)
        best = np.empty(stack)
        step = max(1, _CELLS // max(1, n ** 3))
        for a in range(0, stack, step):
            res = ktab.run_batch(xs[a:a + step], ss[a:a + step], cs[a:a + step], opts)
            top = np.argmax(res.final_prob, axis=1)
            best[a:a + step] = res.final[np.arange(len(top)), top, 0]
        out[:, ks] = lo + best.reshape(len(ks), runs).T * (hi - lo)
    return out


def _exchange(data: SpatialInput, pos: Array, sal: Array, cap: Array, options: Any) -> Array:
    """The exchange model: all runs in step (`exchange.run_batch`) for the default recalculation
    and tie-break, one run at a time otherwise."""
    from accord.forecast import exchange

    opts = options or exchange.ExchangeOptions()
    if opts.recalc == "all" and opts.tie_break == "index":
        return exchange.run_batch(pos, sal, cap, data.present, opts)
    out = np.full((pos.shape[0], data.n_dims), np.nan)
    for b in range(pos.shape[0]):
        one = replace(data, position=np.where(data.present, pos[b], np.nan),
                      salience=sal[b], capability=cap[b])
        out[b] = exchange.run(one, opts).outcome()
    return out


# ---------------------------------------------------------------- executors

class Executor(Protocol):
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]: ...


@dataclass
class LocalExecutor:
    """Runs the chunks one after another in this process; `progress(done, total)` is called
    after each chunk when given."""

    progress: Callable[[int, int], None] | None = None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        out = []
        for k, x in enumerate(items, start=1):
            out.append(fn(x))
            if self.progress is not None:
                self.progress(k, len(items))
        return out


@dataclass
class DaskExecutor:
    """Runs the chunks as Dask tasks: on a `distributed.Client` when given, otherwise with a
    local scheduler ("threads", "processes" or "synchronous")."""

    client: Any = None
    scheduler: str = "threads"

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        from dask.base import compute
        from dask.delayed import delayed

        tasks = [delayed(fn)(x) for x in items]
        if self.client is not None:
            return list(self.client.gather(self.client.compute(tasks)))
        return list(compute(*tasks, scheduler=self.scheduler))  # type: ignore[no-untyped-call]


# ---------------------------------------------------------------- Monte Carlo

@dataclass(frozen=True)
class Summary:
    median: float
    p25: float
    p75: float
    p05: float
    p95: float
    valid: int

    def as_dict(self) -> dict[str, float | int | list[float | None] | None]:
        """JSON-ready; a figure without any valid run is None (null), never NaN."""
        def f(v: float) -> float | None:
            return v if np.isfinite(v) else None

        return {"median": f(self.median), "interval50": [f(self.p25), f(self.p75)],
                "interval90": [f(self.p05), f(self.p95)], "valid_runs": self.valid}


@dataclass
class MonteCarlo:
    model: str
    runs: int
    seed: int
    chunk: int
    samples: Array
    """(runs, dimensions) forecasts."""
    dimensions: tuple[str, ...]
    summaries: list[Summary] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"model": self.model, "runs": self.runs, "seed": self.seed, "chunk": self.chunk,
                "issues": {d: s.as_dict() for d, s in zip(self.dimensions, self.summaries,
                                                          strict=True)}}


def summarise(values: Array) -> Summary:
    ok = values[np.isfinite(values)]
    if ok.size == 0:
        nan = float("nan")
        return Summary(nan, nan, nan, nan, nan, 0)
    q = [float(v) for v in np.quantile(ok, [0.5, 0.25, 0.75, 0.05, 0.95])]
    return Summary(q[0], q[1], q[2], q[3], q[4], int(ok.size))


@dataclass(frozen=True)
class _Chunk:
    model: str
    data: SpatialInput
    unc: Uncertainty
    options: Any
    seed: int
    index: int
    runs: int
    total: int = 0
    """Runs of the whole forecast (the compiled kernels are used when it is large)."""


def _run_chunk(ch: _Chunk) -> Array:
    rng = np.random.default_rng([ch.seed, ch.index])
    pos, sal, cap = sample(ch.data, ch.unc, ch.runs, rng)
    opts = ch.options
    if isinstance(opts, ktab.KtabOptions) and \
            opts.state_transitions is ktab.StateTransitions.STOCHASTIC:
        # each chunk draws its own bargain choices, still fixed by (seed, chunk)
        state = np.random.SeedSequence([ch.seed, ch.index, opts.seed]).generate_state(1)[0]
        opts = replace(opts, seed=int(state))
    with compiling.batch(ch.total):
        return outcomes(ch.model, ch.data, pos, sal, cap, opts)


def monte_carlo(data: SpatialInput, model: str, runs: int = 1000, seed: int = 0,
                uncertainty: Uncertainty | None = None, options: Any = None, chunk: int = 500,
                executor: Executor | None = None) -> MonteCarlo:
    """Distribution of each dimension's forecast under `uncertainty` (default: +-10 % of the
    scale on positions, +-0.1 on saliences, +-25 % on capabilities, triangular)."""
    if runs < 1:
        raise ValueError("runs must be at least 1")
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; choose from {', '.join(MODELS)}")
    unc = uncertainty or Uncertainty.uniform_spread(data)
    sizes = [min(chunk, runs - start) for start in range(0, runs, chunk)]
    chunks = [_Chunk(model, data, unc, options, seed, i, n, runs) for i, n in enumerate(sizes)]
    parts = (executor or LocalExecutor()).map(_run_chunk, chunks)
    samples = np.concatenate(parts, axis=0)
    return MonteCarlo(model, runs, seed, chunk, samples, data.dimensions,
                      [summarise(samples[:, k]) for k in range(data.n_dims)])


# ---------------------------------------------------------------- sweeps

def sweep(fn: Callable[[T], R], values: Iterable[T], executor: Executor | None = None,
          ) -> list[tuple[T, R]]:
    """Evaluate `fn` at every value (in parallel with a Dask executor)."""
    vals = list(values)
    return list(zip(vals, (executor or LocalExecutor()).map(fn, vals), strict=True))


@dataclass(frozen=True)
class _OptionPoint:
    model: str
    data: SpatialInput
    options: Any
    name: str
    value: Any

    def __call__(self, value: Any) -> Array:
        opts = replace(self.options, **{self.name: value})
        d = self.data
        res: Array = outcomes(self.model, d, d.position[None], d.salience[None],
                              d.capability[None], opts)[0]
        return res


def sweep_option(data: SpatialInput, model: Literal["eum", "ktab"], name: str,
                 values: Iterable[Any], executor: Executor | None = None,
                 ) -> list[tuple[Any, Array]]:
    """The model's forecast per dimension for each value of one of its options (for example
    the EUM's `q`, or KTAB's `big_r_adjust`)."""
    base = eum.EumOptions() if model == "eum" else ktab.KtabOptions()
    if name not in base.__dataclass_fields__:
        raise ValueError(f"{model} has no option {name!r}; options: "
                         f"{', '.join(base.__dataclass_fields__)}")
    point = _OptionPoint(model, data, base, name, None)
    return sweep(point, values, executor)


@dataclass(frozen=True)
class _OptionsPoint:
    model: str
    data: SpatialInput

    def __call__(self, options: Any) -> Array:
        d = self.data
        res: Array = outcomes(self.model, d, d.position[None], d.salience[None],
                              d.capability[None], options)[0]
        return res


def sweep_options(data: SpatialInput, model: str, option_sets: Iterable[Any],
                  executor: Executor | None = None) -> list[Array]:
    """The model's forecast per dimension for each of several complete option sets (one
    parameter varied by the caller), in order."""
    return [r for _, r in sweep(_OptionsPoint(model, data), option_sets, executor)]


@dataclass(frozen=True)
class _CapabilityPoint:
    model: str
    data: SpatialInput
    actor: int

    def __call__(self, factor: float) -> Array:
        cap = self.data.capability.copy()
        cap[self.actor] *= factor
        d = self.data
        res: Array = outcomes(self.model, d, d.position[None], d.salience[None], cap[None])[0]
        return res


def sweep_capability(data: SpatialInput, model: str, actor: str, factors: Iterable[float],
                     executor: Executor | None = None) -> list[tuple[float, Array]]:
    """The forecast per dimension when one actor's capability is multiplied by each factor."""
    if actor not in data.actors:
        raise ValueError(f"no actor {actor!r}; actors: {', '.join(data.actors)}")
    return sweep(_CapabilityPoint(model, data, data.actors.index(actor)), factors, executor)
