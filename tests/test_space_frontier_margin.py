"""Regression: the pruning margin of the Pareto dynamic programme must never let a point dominate
itself. With integer-scaled utilities and issues every party values at 0, the margin (about
1e-14) vanished against the values and `accord space --as-of 2022-03` reported a zone of 183,708
packages with an empty frontier and no bargaining solution."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.space.additive import AdditiveSpace, blocks, exact
from accord.space.analysis import analyse_space, frontiers
from accord.space.bargaining import SOLUTIONS
from accord.space.pareto import frontier, nondominated


@st.composite
def big_integer_points(draw: st.DrawFn) -> np.ndarray:
    k = draw(st.integers(1, 3))
    n = draw(st.integers(1, 40))
    rows = draw(st.lists(st.lists(st.integers(0, 2**45), min_size=k, max_size=k),
                         min_size=n, max_size=n))
    return np.asarray(rows, dtype=np.float64)


@settings(max_examples=200, deadline=None)
@given(big_integer_points(), st.floats(1e-16, 1e-12))
def test_a_vanishing_margin_keeps_at_least_the_exact_frontier(points: np.ndarray, eps: float) -> None:
    delta = np.full(points.shape[1], eps)
    kept = nondominated(points, delta)
    exact_front = nondominated(points)
    assert exact_front.any()
    assert (kept | ~exact_front).all(), "a frontier point was pruned"


@st.composite
def scaled_spaces(draw: st.DrawFn) -> AdditiveSpace:
    """2-3 parties; large integer utilities; some issues worth nothing to everyone (as issues
    without any position are); no red lines, reservations 0 (so the zone is every package)."""
    n_par = draw(st.integers(2, 3))
    sizes = draw(st.lists(st.integers(2, 3), min_size=2, max_size=5))
    zero = draw(st.lists(st.booleans(), min_size=len(sizes), max_size=len(sizes)))
    values = []
    for n, z in zip(sizes, zero, strict=True):
        if z:
            values.append(np.zeros((n_par, n)))
        else:
            values.append(np.asarray(draw(st.lists(st.lists(st.integers(0, 2**40), min_size=n,
                                                            max_size=n),
                                                   min_size=n_par, max_size=n_par)), dtype=np.float64))
    allowed = tuple(np.ones((n_par, n), dtype=bool) for n in sizes)
    return AdditiveSpace(tuple(f"P{a}" for a in range(n_par)), tuple(f"i{i}" for i in range(len(sizes))),
                         tuple(tuple(f"o{j}" for j in range(n)) for n in sizes), tuple(values),
                         allowed, np.zeros(n_par))


@settings(max_examples=100, deadline=None)
@given(scaled_spaces())
def test_frontier_of_integer_scaled_spaces_equals_brute_force(space: AdditiveSpace) -> None:
    work = exact(space)
    bs, m = blocks(work, red_lines=False)
    f = frontier(bs, work.n_parties, len(work.issues), m)
    got = {p for k in range(len(f)) for p in f.packages(k)}
    pk = np.asarray(list(itertools.product(*(range(len(o)) for o in space.options))))
    u = work.utilities(pk)
    assert got == {tuple(int(x) for x in p) for p in pk[nondominated(u)]}


@settings(max_examples=60, deadline=None)
@given(scaled_spaces())
def test_a_non_empty_zone_has_a_frontier_and_all_four_solutions(space: AdditiveSpace) -> None:
    out = analyse_space(space)
    assert out["zone"]["size"] > 0
    assert out["pareto"]["zone"]["points"] > 0
    assert all(out["solutions"][name] is not None for name in SOLUTIONS)
    assert len(frontiers(space)[2]) > 0


def test_flagship_as_of_march_2022_has_a_frontier_and_solutions() -> None:
    from accord.io import load
    from accord.space.analysis import analyse_scenario

    out = analyse_scenario(load("ukraine-2022-2026"), as_of="2022-03")
    assert out["zone"]["size"] > 0
    assert out["pareto"]["zone"]["points"] > 0
    assert all(out["solutions"][name] is not None for name in SOLUTIONS)
