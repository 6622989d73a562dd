"""The compiled exchange rounds (exchange_jit, numba) give bit for bit the numbers of the numpy
path of run_batch (ACCORD_NO_NUMBA=1) and of run(): random inputs of several sizes with absent
positions, ties between actors, runs stopping apart, and the flagship input."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import exchange, exchange_jit
from accord.forecast.inputs import Array, make_input
from accord.forecast.montecarlo import Uncertainty, sample

pytestmark = pytest.mark.skipif(exchange_jit.numba is None, reason="numba is not installed")


@pytest.fixture(autouse=True)
def _compile_every_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled kernels run from batches of 200 runs on by default; these tests compare
    them with numpy on small batches too."""
    monkeypatch.setenv("ACCORD_NUMBA_MIN_RUNS", "1")


def _both(pos: Array, sal: Array, cap: Array, present: Array,
          opts: exchange.ExchangeOptions | None = None) -> tuple[Array, Array]:
    """run_batch compiled, then on its numpy path (ACCORD_NO_NUMBA=1)."""
    with pytest.MonkeyPatch.context() as mp, np.errstate(invalid="ignore"):
        # (invalid: the outcome of an issue nobody takes a position on is NaN)
        mp.delenv("ACCORD_NO_NUMBA", raising=False)
        assert exchange_jit.enabled()
        compiled = exchange.run_batch(pos, sal, cap, present, opts)
        mp.setenv("ACCORD_NO_NUMBA", "1")
        assert not exchange_jit.enabled()
        plain = exchange.run_batch(pos, sal, cap, present, opts)
    return compiled, plain


def _same_bits(a: Array, b: Array) -> bool:
    """Equal to the last bit, NaN where NaN (a -0.0 is not a 0.0)."""
    return a.shape == b.shape and a.tobytes() == b.tobytes()


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 12), st.integers(2, 7),
       st.sampled_from([0.0, 0.15, 0.4]), st.booleans(), st.sampled_from([1, 3, 10]),
       st.sampled_from([3, 100_000]), st.sampled_from([1e-9, 1e-2]))
def test_compiled_equals_numpy_batch(seed: int, n: int, d: int, absent: float, twins: bool,
                                     rounds: int, most: int, min_gain: float) -> None:
    rng = np.random.default_rng(seed)
    runs = 15
    pos = rng.uniform(0, 100, (runs, n, d)).round(int(rng.integers(0, 3)))
    sal = rng.uniform(0.05, 1.0, (runs, n, d))
    cap = rng.uniform(0.5, 5.0, (runs, n))
    present = rng.random((n, d)) >= absent
    if twins:   # two actors alike: candidates with equal gains, ties to the first
        pos[:, 1], sal[:, 1], cap[:, 1] = pos[:, 0], sal[:, 0], cap[:, 0]
    opts = exchange.ExchangeOptions(rounds=rounds, max_exchanges=most, min_gain=min_gain)
    compiled, plain = _both(pos, sal, cap, present, opts)
    assert _same_bits(compiled, plain)


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(8, 11))
def test_compiled_equals_run_with_many_actors(seed: int, n: int) -> None:
    """Eight actors and more: run() sums an issue's outcome pairwise (numpy's 1-D sum)."""
    rng = np.random.default_rng(seed)
    d = 4
    pos = rng.uniform(0, 100, (n, d)).round(1)
    pos[0, 0] = np.nan
    sal = rng.uniform(0.05, 1.0, (n, d))
    sal[0, 0] = 0.0
    data = make_input("many", [f"a{i}" for i in range(n)], [f"d{k}" for k in range(d)],
                      rng.uniform(0.5, 5.0, n).tolist(), pos.tolist(), sal.tolist())
    p, s, c = sample(data, Uncertainty.uniform_spread(data, 0.2), 4, rng)
    got = exchange.run_batch(p, s, c, data.present)
    for b in range(4):
        one = replace(data, position=np.where(data.present, p[b], np.nan), salience=s[b],
                      capability=c[b])
        assert _same_bits(got[b], exchange.run(one).outcome())


def test_compiled_equals_numpy_batch_on_the_flagship() -> None:
    import accord
    from accord.cli.common import DEFAULT_SCENARIO
    from accord.forecast.flagship import scenario_input

    data = scenario_input(accord.load(DEFAULT_SCENARIO)).data
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), 300,
                           np.random.default_rng([1, 0]))
    compiled, plain = _both(pos, sal, cap, data.present)
    assert _same_bits(compiled, plain)
    assert not np.allclose(compiled, compiled[0])      # the runs differ: a real comparison


@pytest.mark.parametrize("n", [*range(1, 20), 127, 128, 129, 136, 255, 256, 300, 1000])
def test_pairwise_sum_is_numpys(n: int) -> None:
    rng = np.random.default_rng(n)
    for _ in range(20):
        a = rng.standard_normal(n) * 10.0 ** rng.integers(-8, 17, n)
        a[rng.random(n) < 0.1] = -0.0
        assert np.float64(exchange_jit._pairwise(a, n)).tobytes() == a.sum().tobytes()


def test_numpy_path_without_numba(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without numba (as if it could not be imported) run_batch takes its numpy path."""
    called: list[int] = []
    monkeypatch.setattr(exchange_jit, "run_positions", lambda *a: called.append(1))
    data = make_input("three", ["a", "b", "c"], ["d0", "d1"], [1.0, 2.0, 3.0],
                      [[10.0, 80.0], [90.0, 20.0], [50.0, 50.0]],
                      [[0.9, 0.2], [0.2, 0.9], [0.5, 0.5]])
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), 4, np.random.default_rng(3))
    monkeypatch.setattr(exchange_jit, "numba", None)
    assert not exchange_jit.enabled()
    assert np.isfinite(exchange.run_batch(pos, sal, cap, data.present)).all()
    assert not called
