"""The KTAB kernels compiled with numba give bit for bit the numbers of the numpy kernels
(issue 16): whole Monte Carlo batches run through both paths (ACCORD_NO_NUMBA=1 selects numpy)
on several actor counts, options and seeds, and the sums in numpy's order on any length."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast import ktab, ktab_kernels
from accord.forecast.ktab import KtabOptions


@pytest.fixture(autouse=True)
def _compile_every_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled kernels run from batches of 200 runs on by default; these tests compare
    them with numpy on small batches too."""
    monkeypatch.setenv("ACCORD_NUMBA_MIN_RUNS", "1")

ktab_jit = pytest.importorskip(
    "accord.forecast.ktab_jit", reason="numba is not importable: only the numpy path exists here")


def _draws(seed: int, n: int, d: int, runs: int, spread: float = 1.0) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    pos = rng.uniform(0, spread, (runs, n, d)).round(3)
    sal = rng.uniform(0.05, 1.0, (runs, n, d))
    sal /= sal.sum(axis=2, keepdims=True) * rng.uniform(1.0, 1.5, (runs, n, 1))
    cap = rng.uniform(0.5, 5.0, (runs, n))
    return pos, sal, cap


def _both(monkeypatch: pytest.MonkeyPatch, pos: np.ndarray, sal: np.ndarray, cap: np.ndarray,
          opts: KtabOptions) -> tuple[ktab.KtabBatch, ktab.KtabBatch]:
    monkeypatch.delenv("ACCORD_NO_NUMBA", raising=False)
    assert ktab.compiled()
    fast = ktab.run_batch(pos, sal, cap, opts)
    monkeypatch.setenv("ACCORD_NO_NUMBA", "1")
    assert not ktab.compiled()
    slow = ktab.run_batch(pos, sal, cap, opts)
    monkeypatch.delenv("ACCORD_NO_NUMBA")
    return fast, slow


def _assert_same(fast: ktab.KtabBatch, slow: ktab.KtabBatch) -> None:
    np.testing.assert_array_equal(fast.steps, slow.steps)
    assert fast.final.tobytes() == slow.final.tobytes()
    assert fast.final_prob.tobytes() == slow.final_prob.tobytes()


@pytest.mark.parametrize(("seed", "n", "d", "runs"), [
    (1, 2, 1, 30),     # two actors
    (2, 4, 1, 25),     # the flagship's issues: 4 actors, sums below 8 items
    (3, 9, 2, 24),     # 8 to 15 items: numpy's eight partial sums
    (4, 13, 2, 40),    # SOE-Pol-Comp's size, blocks of 20 runs and more
    (5, 13, 3, 7),     # a few runs (the numpy path's all-at-once form)
    (6, 19, 2, 12),    # 16 items and more: partial sums that accumulate
])
def test_compiled_batches_equal_numpy(monkeypatch: pytest.MonkeyPatch, seed: int, n: int, d: int,
                                      runs: int) -> None:
    fast, slow = _both(monkeypatch, *_draws(seed, n, d, runs), KtabOptions())
    _assert_same(fast, slow)
    # the compiled kernels did run
    assert ktab_jit.challenges.signatures and ktab_jit.coalitions.signatures
    assert ktab_jit.cond_pce_each.signatures and ktab_jit.distance.signatures


K = ktab


@pytest.mark.parametrize("kw", [
    {"voting_rule": K.VotingRule.BINARY}, {"voting_rule": K.VotingRule.PROP_BIN},
    {"voting_rule": K.VotingRule.PROP_CUBIC}, {"voting_rule": K.VotingRule.CUBIC},
    {"voting_rule": K.VotingRule.ASYM_PROSPECT},
    {"third_party_commit": K.ThirdPartyCommit.FULL},
    {"third_party_commit": K.ThirdPartyCommit.NONE},
    {"victory_model": K.VictoryModel.QUARTIC, "big_r_range": K.BigRRange.MAX,
     "big_r_adjust": K.BigRAdjust.HALF},
    {"bargain_model": K.BargainModel.PW_COMPROMISE, "inter_vec_bargain": K.InterVecBargain.S2PMAX},
    {"bargain_model": K.BargainModel.INIT_RCVR},
    {"pce_model": K.PceModel.MARKOV_INCENTIVE},
    {"state_transitions": K.StateTransitions.STOCHASTIC, "seed": 7},
])
def test_compiled_equals_numpy_for_every_option(monkeypatch: pytest.MonkeyPatch,
                                                kw: dict[str, object]) -> None:
    opts = KtabOptions(**kw)  # type: ignore[arg-type]
    for seed, n in ((11, 5), (12, 10)):
        fast, slow = _both(monkeypatch, *_draws(seed, n, 2, 22), opts)
        _assert_same(fast, slow)


def test_compiled_equals_numpy_with_distances_above_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Positions off the 0-1 scale: KTAB's second utility branch (distance above 1)."""
    pos, sal, cap = _draws(21, 6, 2, 24, spread=4.0)
    sal = sal / sal.sum(axis=2, keepdims=True)
    for rule in (K.VotingRule.PROPORTIONAL, K.VotingRule.BINARY):
        fast, slow = _both(monkeypatch, pos, sal, cap, KtabOptions(voting_rule=rule))
        _assert_same(fast, slow)


@pytest.mark.parametrize("n", [1, 2, 7, 8, 9, 15, 16, 17, 64, 127, 128, 129, 200, 248, 249, 400,
                               488, 489, 968])
def test_compiled_sum_takes_numpys_order(n: int) -> None:
    rng = np.random.default_rng(n)
    x = rng.standard_normal((n, 11)) * 10.0 ** rng.uniform(-8, 8, (n, 11))
    out = np.empty(11)
    ktab_jit._pairwise_sum(x, 0, n, out)
    assert out.tobytes() == ktab_kernels._sum_first(x).tobytes()


def _kernels(opts: KtabOptions, pos: np.ndarray, sal: np.ndarray,
             cap: np.ndarray) -> list[np.ndarray]:
    """Every compiled kernel's output on one block (run axis last): distances, risk estimates,
    the challenge step, coalitions and each actor's conditional PCE."""
    p, s, c, den = ktab._block(pos, sal, cap)
    ev = ktab._evaluate(opts, p, s, c, den)
    ssum = ktab_kernels._sum_first(s)
    phij, gain = ktab._challenges(opts, ev, ssum * c, ssum)
    u = ev.own()
    coal = ktab_kernels._coalitions_t(opts, c, u)
    pv = ktab_kernels._victory_matrix(opts, coal, run_last=True)
    member = np.random.default_rng(0).random(u.shape) < 0.6
    member[np.arange(len(u)), np.arange(len(u))] = True      # every actor has an option
    return [ev.dist, ev.rhi, phij, gain, coal, ktab_kernels._cond_pce_each_t(pv, member)]


@pytest.mark.parametrize(("seed", "n", "runs", "spread"), [
    (31, 3, 5, 1.0), (32, 9, 30, 1.0), (33, 13, 97, 1.0), (34, 17, 21, 3.0)])
@pytest.mark.parametrize("rule", list(ktab.VotingRule))
def test_compiled_kernels_equal_numpy_kernels(monkeypatch: pytest.MonkeyPatch, seed: int, n: int,
                                              runs: int, spread: float,
                                              rule: ktab.VotingRule) -> None:
    """Kernel by kernel, bit for bit: a last-bit difference inside a step need not show in a
    run's final positions (bargains are rounded to 4 decimals), so the steps are compared too."""
    opts = KtabOptions(voting_rule=rule, third_party_commit=list(ktab.ThirdPartyCommit)[seed % 3])
    draws = _draws(seed, n, 2, runs, spread)
    fast = _kernels(opts, *draws)
    monkeypatch.setenv("ACCORD_NO_NUMBA", "1")
    slow = _kernels(opts, *draws)
    for f, s in zip(fast, slow, strict=True):
        assert f.shape == s.shape and f.tobytes() == s.tobytes()


def test_kernels_compile_without_a_cache_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where numba has no writable place for its cache it refuses cache=True at decoration
    ("no locator"): the kernels are then compiled without it instead of failing at import."""
    calls: list[dict[str, object]] = []

    def njit(**kw: object) -> object:
        calls.append(kw)
        if kw.get("cache"):
            raise RuntimeError("cannot cache function 'f': no locator available for file 'f.py'")
        return lambda fn: fn

    monkeypatch.setattr(ktab_jit, "njit", njit)
    assert ktab_jit._jit(lambda x: x + 1)(1) == 2
    assert calls == [{"cache": True, "error_model": "numpy"}, {"error_model": "numpy"}]
