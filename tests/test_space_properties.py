"""Invariants of the agreement-space engine against brute force on small random spaces."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.space.additive import AdditiveSpace, CrossConstraint, blocks, exact
from accord.space.bargaining import scores, solve
from accord.space.pareto import frontier, nondominated
from accord.space.zone import count, iterate


@st.composite
def spaces(draw: st.DrawFn, ties: bool = True, cross: bool = True) -> AdditiveSpace:
    """2-3 parties, 1-4 issues of 2-4 options; with ``ties`` values on a grid of 1/8 (many
    exact ties, sums exact), otherwise arbitrary floats; random red lines and reservations."""
    n_par = draw(st.integers(2, 3))
    sizes = draw(st.lists(st.integers(2, 4), min_size=1, max_size=4))
    if ties:
        value = st.integers(0, 4).map(lambda k: k / 8)
    else:
        value = st.floats(0, 0.25, allow_nan=False, allow_subnormal=False)
    values = tuple(np.asarray(draw(st.lists(st.lists(value, min_size=n, max_size=n),
                                            min_size=n_par, max_size=n_par)), dtype=np.float64)
                   for n in sizes)
    allowed = tuple(np.asarray(draw(st.lists(st.lists(st.booleans().map(lambda b: b or draw(st.booleans())),
                                                      min_size=n, max_size=n),
                                             min_size=n_par, max_size=n_par)), dtype=bool)
                    for n in sizes)
    constraints = []
    if cross and len(sizes) >= 2:
        for _ in range(draw(st.integers(0, 2))):
            issues = draw(st.lists(st.integers(0, len(sizes) - 1), min_size=2, max_size=2, unique=True))
            holds = {i: np.asarray(draw(st.lists(st.booleans(), min_size=sizes[i], max_size=sizes[i])))
                     for i in issues}
            constraints.append(CrossConstraint(draw(st.integers(0, n_par - 1)), holds, "x"))
    res = np.asarray(draw(st.lists(st.integers(0, 8).map(lambda k: k / 8 * 0.5), min_size=n_par,
                                   max_size=n_par)), dtype=np.float64)
    return AdditiveSpace(tuple(f"P{a}" for a in range(n_par)), tuple(f"i{i}" for i in range(len(sizes))),
                         tuple(tuple(f"o{j}" for j in range(n)) for n in sizes), values, allowed, res,
                         tuple(constraints))


def _all(space: AdditiveSpace) -> tuple[np.ndarray, np.ndarray]:
    pk = np.asarray(list(itertools.product(*(range(len(o)) for o in space.options))))
    return pk, space.utilities(pk)


def _front_set(space: AdditiveSpace, red_lines: bool) -> set[tuple[int, ...]]:
    space = exact(space)  # the arithmetic ``space.utilities`` uses
    bs, m = blocks(space, red_lines=red_lines)
    f = frontier(bs, space.n_parties, len(space.issues), m)
    return {p for k in range(len(f)) for p in f.packages(k)}


@settings(max_examples=150, deadline=None)
@given(spaces())
def test_decomposed_frontier_equals_brute_force_with_ties(space: AdditiveSpace) -> None:
    pk, u = _all(space)
    brute = {tuple(int(x) for x in p) for p in pk[nondominated(u)]}
    assert _front_set(space, red_lines=False) == brute
    ok = ~space.crosses(pk).any(axis=1)
    brute_free = {tuple(int(x) for x in p) for p in pk[ok][nondominated(u[ok])]} if ok.any() else set()
    assert _front_set(space, red_lines=True) == brute_free


@settings(max_examples=100, deadline=None)
@given(spaces(ties=False, cross=False))
def test_decomposed_frontier_equals_brute_force_on_arbitrary_floats(space: AdditiveSpace) -> None:
    pk, u = _all(space)
    brute = {tuple(int(x) for x in p) for p in pk[nondominated(u)]}
    assert _front_set(space, red_lines=False) == brute


@settings(max_examples=100, deadline=None)
@given(spaces())
def test_no_frontier_package_is_dominated(space: AdditiveSpace) -> None:
    _pk, u = _all(space)
    for p in _front_set(space, red_lines=False):
        up = space.utilities(np.asarray([p]))[0]
        assert not ((u >= up).all(axis=1) & (u > up).any(axis=1)).any()


@settings(max_examples=150, deadline=None)
@given(spaces())
def test_zone_packages_cross_no_red_line_and_beat_reservations(space: AdditiveSpace) -> None:
    pk, u = _all(space)
    brute = (~space.crosses(pk).any(axis=1)) & (u >= space.reservation).all(axis=1)
    bs, _ = blocks(space, red_lines=True)
    size, _ = count(bs, space.reservation)
    assert size == int(brute.sum())
    listed = [tuple(int(x) for x in row) for chunk in iterate(bs, space.reservation, len(space.issues), 3)
              for row in chunk]
    assert len(listed) == len(set(listed)) == size
    if listed:
        arr = np.asarray(listed)
        assert not space.crosses(arr).any()
        assert (space.utilities(arr) >= space.reservation).all()
    assert set(listed) == {tuple(int(x) for x in p) for p in pk[brute]}


@settings(max_examples=150, deadline=None)
@given(spaces(), st.booleans())
def test_nash_point_maximises_the_nash_product_over_the_zone(space: AdditiveSpace, weighted: bool) -> None:
    pk, u = _all(space)
    zone = (~space.crosses(pk).any(axis=1)) & (u >= space.reservation).all(axis=1)
    bs, m = blocks(space, red_lines=True)
    f = frontier(bs, space.n_parties, len(space.issues), m)
    f = f.subset(np.asarray((f.points >= space.reservation).all(axis=1)))
    power = [1.0 + a for a in range(space.n_parties)] if weighted else None
    sols = solve(f, space.reservation, power)
    if not zone.any():
        assert sols == {}
        return
    best = scores("nash", u[zone], space.reservation, power).max()
    nash = sols["nash"]
    assert nash.score == best
    got = space.utilities(np.asarray([nash.package]))[0]
    assert scores("nash", got[None, :], space.reservation, power)[0] == best
    for name in ("kalai_smorodinsky", "egalitarian", "utilitarian"):
        s = scores(name, u[zone], space.reservation)
        assert sols[name].score == s.max()


@settings(max_examples=100, deadline=None)
@given(spaces(cross=False))
def test_ties_go_to_the_first_package_in_outcome_order(space: AdditiveSpace) -> None:
    pk, u = _all(space)
    zone = (~space.crosses(pk).any(axis=1)) & (u >= space.reservation).all(axis=1)
    bs, m = blocks(space, red_lines=True)
    f = frontier(bs, space.n_parties, len(space.issues), m)
    f = f.subset(np.asarray((f.points >= space.reservation).all(axis=1)))
    sols = solve(f, space.reservation)
    front = nondominated(u[zone]) if zone.any() else np.zeros(0, bool)
    for name, sol in sols.items():
        s = scores(name, u[zone][front], space.reservation)
        winners = pk[zone][front][s == s.max()]
        assert sol.package == tuple(int(x) for x in winners[0])  # pk is in outcome order


@settings(max_examples=200, deadline=None)
@given(st.one_of(spaces(), spaces(ties=False)))
def test_meet_in_the_middle_count_equals_brute_force(space: AdditiveSpace) -> None:
    from accord.space.zone import count_mitm

    if space.n_parties != 2:
        return
    pk, u = _all(space)
    brute = int(((~space.crosses(pk).any(axis=1)) & (u >= space.reservation).all(axis=1)).sum())
    bs, _ = blocks(space, red_lines=True)
    assert count_mitm(bs, space.reservation) == brute
