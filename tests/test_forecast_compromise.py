"""Compromise model, weighted median and NBS: reference values and invariants."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast.compromise import compromise, weighted_median, weighted_median_1d, weighted_median_batch
from accord.forecast.inputs import InputError, make_input
from accord.forecast.nbs import nbs_1d
from accord.interop.spatial import read_decide, read_ktab

COP21 = {"differentiation": 49.26, "mrv": 57.21, "legal": 57.97, "adapt_legal": 59.51,
         "adapt_inst": 59.64, "finance_vol": 47.64, "finance_who": 38.10, "adapt_finance": 55.12,
         "ld": 40.11, "progress": 45.60, "amb2050": 67.88, "amb2100": 85.71, "eaa": 57.10}
COPENHAGEN = {"Newtreaty": 61.58, "DevlopC2020": 58.14, "Domestred": 30.71, "MRVdecrease": 52.24,
              "Commitments": 51.95, "Control": 57.62, "Extra": 64.62}


@pytest.mark.parametrize(("stem", "mean", "median"), [("SOE-Policy", "35.01", 30.0),
                                                       ("SOE-Competitive", "39.96", 40.0)])
def test_soe(shared_dir: Path, stem: str, mean: str, median: float) -> None:
    data = read_ktab(shared_dir / "reference" / "spatial" / "ktab" / f"{stem}.csv")
    assert f"{compromise(data)[0]:.2f}" == mean
    assert weighted_median(data)[0] == median


@pytest.mark.parametrize(("stem", "expected"), [("cop21", COP21), ("copenhagen", COPENHAGEN)])
def test_decide_round0(shared_dir: Path, stem: str, expected: dict[str, float]) -> None:
    data = read_decide(shared_dir / "reference" / "spatial" / "exchange" / f"{stem}.csv")
    got = dict(zip(data.dimensions, compromise(data), strict=True))
    assert {k: f"{v:.2f}" for k, v in got.items()} == {k: f"{v:.2f}" for k, v in expected.items()}
    if stem == "cop21":
        assert int(data.present[:, data.dimensions.index("amb2050")].sum()) == 8


rows = st.lists(st.tuples(st.floats(-1e3, 1e3), st.floats(0.01, 1), st.floats(0.01, 10)),
                min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(rows)
def test_compromise_within_range(r: list[tuple[float, float, float]]) -> None:
    if len(r) < 2:
        r = r * 2
    data = make_input("h", [f"a{i}" for i in range(len(r))], ["x"], [c for _, _, c in r],
                      [[x] for x, _, _ in r], [[s] for _, s, _ in r], scale=[(-1e3, 1e3)])
    value = compromise(data)[0]
    xs = [x for x, _, _ in r]
    assert min(xs) - 1e-9 <= value <= max(xs) + 1e-9


@settings(max_examples=80, deadline=None)
@given(rows, st.floats(-1e3, 1e3))
def test_weighted_median_is_a_minimiser(r: list[tuple[float, float, float]], probe: float) -> None:
    x = np.array([a for a, _, _ in r])
    w = np.array([s * c for _, s, c in r])
    m = weighted_median_1d(x, w)
    loss = lambda y: float(np.sum(w * np.abs(x - y)))  # noqa: E731
    assert loss(m) <= loss(probe) * (1 + 1e-9) + 1e-9
    for y in x:
        assert loss(m) <= loss(float(y)) * (1 + 1e-9) + 1e-9
    assert weighted_median_batch(x[None], w[None])[0] == m


nbs_rows = st.lists(st.tuples(st.integers(-10_000, 10_000).map(lambda v: v / 10),
                              st.floats(0.01, 1), st.floats(0.01, 10)), min_size=1, max_size=10)


@settings(max_examples=60, deadline=None)
@given(nbs_rows, st.integers(-20_000, 20_000).map(lambda v: v / 10))
def test_nbs_maximises_nash_product(r: list[tuple[float, float, float]], d: float) -> None:
    x = np.array([a for a, _, _ in r])
    s = np.array([b for _, b, _ in r])
    c = np.array([e for _, _, e in r])
    res = nbs_1d(x, s, c, d)
    if res.value is None:
        lo, hi = np.max(x - np.abs(d - x)), np.min(x + np.abs(d - x))
        assert not lo < hi or np.any(x == d)
        return
    assert res.bargaining_set is not None
    lo, hi = res.bargaining_set

    def logp(y: float) -> float:
        with np.errstate(divide="ignore"):   # -inf at the edge of the bargaining set
            return float(np.sum(c * s * np.log((d - x) ** 2 - (y - x) ** 2)))
    best = logp(res.value)
    for y in np.linspace(lo, hi, 41)[1:-1]:
        assert best >= logp(float(y)) - 1e-7 * max(1.0, abs(best))


def test_nbs_far_disagreement_tends_to_weighted_mean() -> None:
    x, s, c = np.array([10.0, 40, 80]), np.array([0.5, 0.8, 0.3]), np.array([1.0, 2, 1])
    far = nbs_1d(x, s, c, 1e6).value
    assert far is not None
    assert abs(far - float((c * s * x).sum() / (c * s).sum())) < 1e-3
    assert nbs_1d(x, s, c, None).value == pytest.approx(float((c * s * x).sum() / (c * s).sum()))


def test_input_rejects_nonsense() -> None:
    with pytest.raises(InputError):
        make_input("x", ["a", "b"], ["d"], [0, 0], [[1], [2]], [[0.5], [0.5]])
    with pytest.raises(InputError):
        make_input("x", ["a", "b"], ["d"], [1, 1], [[1], [2]], [[1.5], [0.5]])
