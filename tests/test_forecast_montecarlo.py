"""Monte Carlo: seeded, vectorised, executor-independent; sweeps."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import eum, ktab
from accord.forecast.inputs import make_input
from accord.forecast.montecarlo import (
    MODELS,
    DaskExecutor,
    Uncertainty,
    monte_carlo,
    sample,
    sweep_capability,
    sweep_option,
)

DATA = make_input("t", ["a", "b", "c", "d"], ["x", "y"], [1.0, 2.0, 0.5, 1.5],
                  [[10, 80], [40, 20], [70, 55], [90, 30]],
                  [[0.5, 0.3], [0.4, 0.5], [0.2, 0.6], [0.6, 0.3]])


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["compromise", "median", "eum"]))
def test_same_seed_same_numbers(seed: int, model: str) -> None:
    a = monte_carlo(DATA, model, runs=60, seed=seed, chunk=25)
    b = monte_carlo(DATA, model, runs=60, seed=seed, chunk=25)
    np.testing.assert_array_equal(a.samples, b.samples)
    assert a.as_dict() == b.as_dict()


def test_different_seed_differs() -> None:
    a = monte_carlo(DATA, "compromise", runs=50, seed=1)
    b = monte_carlo(DATA, "compromise", runs=50, seed=2)
    assert not np.array_equal(a.samples, b.samples)


@pytest.mark.parametrize("scheduler", ["threads", "synchronous"])
def test_dask_equals_local(scheduler: str) -> None:
    for model in ("compromise", "eum", "ktab"):
        local = monte_carlo(DATA, model, runs=40, seed=7, chunk=15)
        dask = monte_carlo(DATA, model, runs=40, seed=7, chunk=15,
                           executor=DaskExecutor(scheduler=scheduler))
        np.testing.assert_array_equal(local.samples, dask.samples)


@pytest.mark.slow
def test_dask_local_cluster_equals_local() -> None:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False) as cluster, \
            Client(cluster) as client:
        got = monte_carlo(DATA, "eum", runs=30, seed=3, chunk=10,
                          executor=DaskExecutor(client=client))
    np.testing.assert_array_equal(got.samples, monte_carlo(DATA, "eum", runs=30, seed=3,
                                                           chunk=10).samples)


def test_intervals_nest_and_cover() -> None:
    mc = monte_carlo(DATA, "compromise", runs=400, seed=0)
    for s in mc.summaries:
        assert s.p05 <= s.p25 <= s.median <= s.p75 <= s.p95
        assert s.valid == 400


def test_samples_respect_bounds() -> None:
    unc = Uncertainty.uniform_spread(DATA, position=0.5, salience=0.9, capability=2.0,
                                     kind="normal")
    pos, sal, cap = sample(DATA, unc, 500, np.random.default_rng(0))
    assert pos.min() >= 0 and pos.max() <= 100
    assert sal.min() > 0 and sal.max() <= 1 and cap.min() > 0


def test_vectorised_models_match_single_runs() -> None:
    """Each Monte Carlo run equals the model run alone on that run's sampled input."""
    rng = np.random.default_rng(11)
    unc = Uncertainty.uniform_spread(DATA)
    pos, sal, cap = sample(DATA, unc, 5, rng)
    from accord.forecast.montecarlo import outcomes

    got_eum = outcomes("eum", DATA, pos, sal, cap)
    got_ktab = outcomes("ktab", DATA, pos, sal, cap)
    for b in range(5):
        for k in range(2):
            one = eum.run_batch(pos[b:b + 1, :, k], cap[b:b + 1], sal[b:b + 1, :, k],
                                scale=(float(DATA.scale[k, 0]), float(DATA.scale[k, 1])))
            assert got_eum[b, k] == one.medians[0, -1]
        res = ktab.run_batch(pos[b:b + 1] / 100, sal[b:b + 1], cap[b:b + 1])
        top = int(np.argmax(res.final_prob[0]))
        np.testing.assert_allclose(got_ktab[b], 100 * res.final[0, top], rtol=1e-12)


def test_every_model_runs() -> None:
    for model in MODELS:
        mc = monte_carlo(DATA, model, runs=8, seed=0)
        assert mc.samples.shape == (8, 2)


def test_sweeps() -> None:
    pts = sweep_option(DATA, "eum", "q", [1.0, 0.5])
    assert [v for v, _ in pts] == [1.0, 0.5] and all(r.shape == (2,) for _, r in pts)
    caps = sweep_capability(DATA, "compromise", "b", [0.5, 1.0, 4.0])
    first = [r[0] for _, r in caps]
    assert first[0] > first[1] > first[2]   # b sits low on x: more clout pulls x down
    threaded = sweep_capability(DATA, "compromise", "b", [0.5, 1.0, 4.0],
                                executor=DaskExecutor(scheduler="threads"))
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(caps, threaded, strict=True))
    with pytest.raises(ValueError, match="no option"):
        sweep_option(DATA, "eum", "nonsense", [1])


def test_flagship_section_seeded() -> None:
    import accord
    from accord.report.sections.forecast import build

    s = accord.load("ukraine-2022-2026")
    a = build(s, s.as_of)
    b = build(s, s.as_of)
    assert a == b and a is not None
    names = {row["issue"] for row in a["issues"]}
    assert "territory.donbas" in names and "military.army_size" in names
    for row in a["issues"]:
        lo, hi = row["scale"]
        for m, v in row["models"].items():
            if v["value"] is not None:
                assert lo - 1e-9 <= v["value"] <= hi + 1e-9, (row["issue"], m)
        mc = row["monte_carlo"]["compromise"]
        assert mc["interval90"][0] <= mc["interval50"][0] <= mc["median"] <= mc["interval50"][1] \
            <= mc["interval90"][1]


def test_ktab_joint_only_in_ktab_form() -> None:
    import accord
    from accord.forecast.flagship import scenario_input

    assert not ktab.joint(scenario_input(accord.load("ukraine-2022-2026")).data)
    assert ktab.joint(DATA)   # everyone everywhere, saliences summing to <= 1
    heavy = make_input("s", ["a", "b"], ["x", "y"], [1, 1], [[0, 10], [50, 60]],
                       [[0.8, 0.5], [0.3, 0.3]])
    assert not ktab.joint(heavy)


def test_stochastic_ktab_monte_carlo_seeded() -> None:
    opts = ktab.KtabOptions(state_transitions=ktab.StateTransitions.STOCHASTIC, seed=1)
    a = monte_carlo(DATA, "ktab", runs=12, seed=4, chunk=6, options=opts)
    b = monte_carlo(DATA, "ktab", runs=12, seed=4, chunk=6, options=opts,
                    executor=DaskExecutor(scheduler="threads"))
    np.testing.assert_array_equal(a.samples, b.samples)
