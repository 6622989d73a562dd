"""The fast paths of the Monte Carlo (many runs in one batch) give each run exactly the numbers
of the model run alone on that run's input: bit for bit, on random inputs."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import exchange, ktab, ktab_kernels
from accord.forecast.inputs import SpatialInput, make_input
from accord.forecast.montecarlo import Uncertainty, outcomes, sample
from accord.forecast.nbs import nbs_1d, nbs_batch


def _random_input(seed: int, n: int, d: int, absent: bool) -> SpatialInput:
    rng = np.random.default_rng(seed)
    pos = rng.uniform(0, 100, (n, d)).round(1).tolist()
    sal = rng.uniform(0.05, 1.0, (n, d))
    if absent:  # one actor takes no position on the first issue
        sal[0, 0] = 0.0
        pos[0][0] = float("nan")
    return make_input("random", [f"a{i}" for i in range(n)], [f"d{k}" for k in range(d)],
                      rng.uniform(0.5, 5.0, n).tolist(), pos, sal.tolist())


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(3, 5), st.integers(2, 4), st.booleans())
def test_exchange_batch_equals_single_runs(seed: int, n: int, d: int, absent: bool) -> None:
    data = _random_input(seed, n, d, absent)
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data, 0.2), 12,
                           np.random.default_rng(seed))
    got = exchange.run_batch(pos, sal, cap, data.present)
    for b in range(12):
        one = replace(data, position=np.where(data.present, pos[b], np.nan), salience=sal[b],
                      capability=cap[b])
        np.testing.assert_array_equal(got[b], exchange.run(one).outcome())


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(3, 5), st.integers(3, 5), st.integers(1, 6),
       st.sampled_from([1e-9, 1e-3, 0.5]))
def test_exchange_batch_equals_single_runs_when_runs_stop_apart(
        seed: int, n: int, d: int, most: int, min_gain: float) -> None:
    """Many runs that stop after different numbers of exchanges (a cap and a gain threshold),
    so the batch drops the rows of stopped runs part-way: every run still as alone."""
    data = _random_input(seed, n, d, False)
    opts = exchange.ExchangeOptions(max_exchanges=most, min_gain=min_gain, rounds=3)
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data, 0.4), 40,
                           np.random.default_rng(seed))
    got = exchange.run_batch(pos, sal, cap, data.present, opts)
    for b in range(40):
        one = replace(data, position=np.where(data.present, pos[b], np.nan), salience=sal[b],
                      capability=cap[b])
        np.testing.assert_array_equal(got[b], exchange.run(one, opts).outcome())


def test_exchange_batch_refuses_other_rules() -> None:
    data = _random_input(1, 3, 2, False)
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), 2, np.random.default_rng(1))
    for opts in (exchange.ExchangeOptions(recalc="same_supply"),
                 exchange.ExchangeOptions(tie_break="random")):
        try:
            exchange.run_batch(pos, sal, cap, data.present, opts)
        except ValueError as exc:
            assert "run()" in str(exc)
        else:
            raise AssertionError("accepted a rule it does not implement")
        # the Monte Carlo still runs them, one run at a time
        assert outcomes("exchange", data, pos, sal, cap, opts).shape == (2, 2)


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 6), st.booleans())
def test_nbs_batch_equals_single_runs(seed: int, n: int, with_d: bool) -> None:
    rng = np.random.default_rng(seed)
    x, s, c = rng.uniform(0, 100, (9, n)), rng.uniform(0.01, 1, (9, n)), rng.uniform(0.1, 3, (9, n))
    d = 50.0 if with_d else None
    got = nbs_batch(x, s, c, d)
    for b in range(9):
        value = nbs_1d(x[b], s[b], c[b], d).value
        assert (np.isnan(got[b]) and value is None) or got[b] == value


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(3, 6))
def test_ktab_issue_by_issue_batch_equals_single_issue_runs(seed: int, n: int) -> None:
    """Saliences summing above 1: KTAB goes issue by issue; the issues share one batch."""
    data = _random_input(seed, n, 3, False)
    data = replace(data, salience=np.clip(data.salience + 0.5, 0, 1))
    assert not ktab.joint(data)
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), 6, np.random.default_rng(seed))
    got = outcomes("ktab", data, pos, sal, cap)
    for k in range(3):
        res = ktab.run_batch((pos[:, :, k] / 100)[..., None], sal[:, :, k][..., None], cap)
        top = np.argmax(res.final_prob, axis=1)
        np.testing.assert_array_equal(got[:, k], 0 + res.final[np.arange(6), top, 0] * 100)


@settings(max_examples=8, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(3, 9), st.integers(1, 3), st.sampled_from([5, 40]))
def test_ktab_challenges_equal_general_form(seed: int, n: int, dims: int, bsz: int) -> None:
    """The challenge step (run axis last; all third parties at once for a few runs, one at a
    time for more) equals the general gathered form."""
    rng = np.random.default_rng(seed)
    pos, sal = rng.uniform(0, 1, (bsz, n, dims)), rng.uniform(0.05, 1 / dims, (bsz, n, dims))
    cap = rng.uniform(1, 100, (bsz, n))
    opts = ktab.KtabOptions()
    ev = ktab._evaluate(opts, *ktab._block(pos, sal, cap))
    ssum = sal.sum(axis=-1)
    idx = np.arange(n)
    ii, jj = idx[:, None], idx[None, :]
    want = ktab._prob_edu(opts, ev.full_util(), ssum * cap, ssum, ii, ii, ii, jj)
    got = [np.moveaxis(a, 2, 0) for a in ktab._challenges(opts, ev, (ssum * cap).T.copy(),
                                                          ssum.T.copy())]
    off = ii != jj
    for w, g in zip(want, got, strict=True):
        np.testing.assert_array_equal(g[:, off], w[:, off])


def test_ktab_run_does_not_depend_on_its_batch() -> None:
    data = _random_input(5, 7, 2, False)
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), 40, np.random.default_rng(3))
    sal = sal / sal.sum(axis=2, keepdims=True)
    whole = ktab.run_batch(pos / 100, sal, cap)
    for b in (0, 17, 39):
        alone = ktab.run_batch(pos[b:b + 1] / 100, sal[b:b + 1], cap[b:b + 1])
        np.testing.assert_array_equal(whole.final[b], alone.final[0])
        np.testing.assert_array_equal(whole.final_prob[b], alone.final_prob[0])
        assert whole.steps[b] == alone.steps[0]


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(1, 300), st.sampled_from([1, 0]))
def test_ktab_running_sum_takes_sum_firsts_order(seed: int, n: int, group: int) -> None:
    """Items summed as they come (or all at once, group 0 = n) give the bits of _sum_first."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, 3, 4)) * 10.0 ** rng.uniform(-6, 6, (n, 3, 4))
    g = group or n
    acc = ktab_kernels._Sum(n, (3, 4), g)
    for k in range(0, n, g):
        acc.out()[...] = x[k] if g == 1 else x[k:k + g]
        acc.push()
    np.testing.assert_array_equal(acc.total(), ktab_kernels._sum_first(x))
