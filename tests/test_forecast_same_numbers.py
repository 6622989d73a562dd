"""Same seed, same numbers: the vectorised KTAB and exchange batches give, bit for bit, what
they gave before their speed-ups (issue 16). Digests of the outputs were recorded from the
implementation on main at b2fe75b (before the run-axis-last KTAB kernels and the exchange
model's issue-major rounds), on these seeded synthetic cases. A digest that changes means a
changed result: an intended change of the models must say so and record new digests."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import exchange, ktab, ktab_kernels
from accord.forecast.inputs import SpatialInput, make_input
from accord.forecast.montecarlo import Uncertainty, sample

Arrays = tuple[np.ndarray, np.ndarray, np.ndarray]


def _case(seed: int, n: int, d: int, runs: int) -> tuple[SpatialInput, Arrays]:
    rng = np.random.default_rng(seed)
    pos = rng.uniform(0, 100, (n, d)).round(1).tolist()
    sal = rng.uniform(0.05, 1.0, (n, d))
    data = make_input("golden", [f"a{i}" for i in range(n)], [f"d{k}" for k in range(d)],
                      rng.uniform(0.5, 5.0, n).tolist(), pos, sal.tolist())
    drawn = sample(data, Uncertainty.uniform_spread(data), runs, np.random.default_rng(seed + 1))
    return data, drawn


def _digest(*arrays: np.ndarray) -> str:
    h = hashlib.sha256()
    for a in arrays:
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


@pytest.mark.parametrize(("seed", "n", "d", "runs", "want"), [
    (11, 13, 2, 24, "37924ed00b44c5b5"),   # SOE-Pol-Comp's size: 13 actors, 2 dimensions
    (12, 4, 1, 60, "93d7e20b56ae51a1"),    # the flagship's size per issue: 4 actors
    (13, 9, 3, 20, "79f07d9c5f7611bd"),    # 9 actors: numpy's 8-way partial sums
])
def test_ktab_batch_same_numbers_as_before(seed: int, n: int, d: int, runs: int,
                                           want: str) -> None:
    _, (pos, sal, cap) = _case(seed, n, d, runs)
    res = ktab.run_batch(pos / 100, sal / sal.sum(axis=2, keepdims=True), cap)
    assert _digest(res.final, res.final_prob, res.steps) == want


@pytest.mark.parametrize(("seed", "n", "d", "runs", "want"), [
    (21, 4, 6, 40, "57a821fa738a3df4"),
    (22, 6, 4, 30, "d2732e2be706a460"),
])
def test_exchange_batch_same_numbers_as_before(seed: int, n: int, d: int, runs: int,
                                               want: str) -> None:
    data, (pos, sal, cap) = _case(seed, n, d, runs)
    assert _digest(exchange.run_batch(pos, sal, cap, data.present)) == want


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 300))
def test_ktab_sum_first_takes_numpys_order(seed: int, n: int) -> None:
    """A sum laid out with the run axis last gives the bits of numpy's sum along a contiguous
    last axis (its pairwise order), for any count of summands."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((3, 5, n)) * 10.0 ** rng.uniform(-6, 6, (3, 5, n))
    np.testing.assert_array_equal(ktab_kernels._sum_first(np.moveaxis(x, -1, 0).copy()), x.sum(axis=-1))


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 16), st.integers(1, 40))
def test_ktab_run_axis_last_kernels_equal_direct_form(seed: int, n: int, bsz: int) -> None:
    """Coalitions and each actor's conditional PCE over its options equal the direct (run axis
    first) formulas bit for bit."""
    rng = np.random.default_rng(seed)
    opts = ktab.KtabOptions()
    w, u = rng.uniform(0.1, 5, (bsz, n)), rng.uniform(-0.5, 1, (bsz, n, n + 1))
    v = w[:, :, None, None] * (u[:, :, :, None] - u[:, :, None, :])
    want = 1e-8 + np.maximum(v, 0.0).sum(axis=1)
    idx = np.arange(n + 1)
    want[:, idx, idx] = 1e-8
    c = ktab_kernels._coalitions(opts, w, u)
    np.testing.assert_array_equal(c, want)
    p = ktab_kernels._victory_matrix(opts, c)
    member = rng.uniform(size=(bsz, n, n + 1)) < 0.5
    member[:, :, -1] = True
    np.testing.assert_array_equal(ktab_kernels._cond_pce_each(p, member),
                                  ktab_kernels._cond_pce(p[:, None], member))
