"""Exact (rational) utilities: decimal values whose float sums differ in the last bit still tie,
checked against a brute force in fractions, with cross-issue red lines on non-adjacent issues."""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.space.additive import AdditiveSpace, CrossConstraint, exact
from accord.space.analysis import analyse_space, frontiers
from accord.space.genius_semantics import GeniusProfile, genius_space

DECIMALS = (0.0, 0.1, 0.2, 0.3, 0.05, 0.15, 0.25, 0.7)


@st.composite
def decimal_spaces(draw: st.DrawFn) -> AdditiveSpace:
    """2-3 parties, 3-5 issues of 2-3 options, values from short decimals (float sums of which
    round differently depending on the order), a cross-issue red line on two non-adjacent
    issues (so the blocks are not in issue order) and sometimes another."""
    n_par = draw(st.integers(2, 3))
    sizes = draw(st.lists(st.integers(2, 3), min_size=3, max_size=5))
    value = st.sampled_from(DECIMALS)
    values = tuple(np.asarray(draw(st.lists(st.lists(value, min_size=n, max_size=n),
                                            min_size=n_par, max_size=n_par)), dtype=np.float64)
                   for n in sizes)
    allowed = tuple(np.asarray(draw(st.lists(st.lists(st.sampled_from([True, True, True, False]),
                                                      min_size=n, max_size=n),
                                             min_size=n_par, max_size=n_par)), dtype=bool)
                    for n in sizes)
    n = len(sizes)
    first = draw(st.integers(0, n - 3))
    second = draw(st.integers(first + 2, n - 1))
    pairs = [(first, second)]
    if draw(st.booleans()):
        pairs.append(tuple(draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))))
    constraints = []
    for i, j in pairs:
        holds = {k: np.asarray(draw(st.lists(st.booleans(), min_size=sizes[k], max_size=sizes[k])))
                 for k in (i, j)}
        constraints.append(CrossConstraint(draw(st.integers(0, n_par - 1)), holds, "x"))
    res = np.asarray(draw(st.lists(st.sampled_from((0.0, 0.1, 0.3, 0.4, 0.6)), min_size=n_par,
                                   max_size=n_par)), dtype=np.float64)
    return AdditiveSpace(tuple(f"P{a}" for a in range(n_par)), tuple(f"i{i}" for i in range(n)),
                         tuple(tuple(f"o{j}" for j in range(k)) for k in sizes), values, allowed, res,
                         tuple(constraints))


def _brute(space: AdditiveSpace) -> tuple[list[tuple[int, ...]], list[list[Fraction]], list[bool]]:
    """Every package, its utilities in fractions (decimal semantics), whether it crosses no red
    line."""
    pk = list(itertools.product(*(range(len(o)) for o in space.options)))
    us, ok = [], []
    for p in pk:
        us.append([sum((Fraction(str(float(space.values[i][a, j]))) for i, j in enumerate(p)), Fraction(0))
                   for a in range(space.n_parties)])
        free = all(space.allowed[i][:, j].all() for i, j in enumerate(p))
        free &= not any(all(c.holds[i][p[i]] for i in c.holds) for c in space.cross)
        ok.append(free)
    return pk, us, ok


def _nd(idx: list[int], us: list[list[Fraction]]) -> set[int]:
    return {a for a in idx if not any(all(x >= y for x, y in zip(us[b], us[a], strict=True))
                                      and us[b] != us[a] for b in idx)}


@settings(max_examples=60, deadline=None)
@given(decimal_spaces())
def test_exact_ties_match_fraction_brute_force(space: AdditiveSpace) -> None:
    assert exact(space).scale is not None
    pk, us, ok = _brute(space)
    r = [Fraction(str(float(x))) for x in space.reservation]
    zone = [k for k in range(len(pk)) if ok[k] and all(u >= q for u, q in zip(us[k], r, strict=True))]
    out = analyse_space(space)
    assert out["zone"]["size"] == len(zone)
    f_all, f_free, f_zone = frontiers(space)
    for f, idx in ((f_all, list(range(len(pk)))), (f_free, [k for k in range(len(pk)) if ok[k]]),
                   (f_zone, zone)):
        want = {pk[k] for k in _nd(idx, us)}
        got = {p for k in range(len(f)) for p in f.packages(k)}
        assert got == want
        assert f.n_packages == len(want)
    fz = sorted(_nd(zone, us))
    if not fz:
        assert all(v is None for v in out["solutions"].values())
        return
    gains = {k: [u - q for u, q in zip(us[k], r, strict=True)] for k in fz}
    ideal = [max(us[k][a] for k in zone) - r[a] for a in range(space.n_parties)]
    crit = {
        "nash": lambda k: np.prod(gains[k]),
        "egalitarian": lambda k: min(gains[k]),
        "utilitarian": lambda k: sum(us[k]),
        "kalai_smorodinsky": lambda k: min(g / s if s > 0 else Fraction(1)
                                           for g, s in zip(gains[k], ideal, strict=True)),
    }
    for name, fn in crit.items():
        best = max(fn(k) for k in fz)
        winners = [[space.options[i][j] for i, j in enumerate(pk[k])] for k in fz if fn(k) == best]
        assert out["solutions"][name]["package"] in winners, name


def test_reviewer_tie_on_non_adjacent_cross_red_line() -> None:
    """The review's case: 0.1 + 0.3 = 0.2 + 0.2 (in float64 0.30000000000000004 vs 0.3 on the
    way), with blocks (0), (1, 3), (2): all tied packages stay on the frontier."""
    z = np.zeros((2, 2))
    vals = (np.asarray([[.1, .3], [.2, 0]]), z, np.asarray([[.2, .2], [.2, 0]]), z)
    allowed = tuple(np.ones((2, 2), dtype=bool) for _ in range(4))
    cc = CrossConstraint(0, {1: np.asarray([True, False]), 3: np.asarray([True, False])}, "x")
    space = AdditiveSpace(("A", "B"), ("i", "j", "k", "l"), (("x", "y"),) * 4, vals, allowed,
                          np.zeros(2), (cc,))
    pk, us, ok = _brute(space)
    want = {pk[k] for k in _nd([k for k in range(len(pk)) if ok[k]], us)}
    f = frontiers(space)[2]
    assert {p for k in range(len(f)) for p in f.packages(k)} == want
    # (y, ., x, .) gives A 0.3 + 0.2 and (x, ., y, .) 0.1 + 0.2 + ... : both kinds are there
    assert any(p[0] == 1 for p in want) and len(want) == f.n_packages


def test_genius_spaces_keep_float64_sums() -> None:
    prof = GeniusProfile("a", (0.5, 0.5), ((1.0, 2.0, 3.0), (1.0, 1.0)))
    space = genius_space(["i", "j"], [["x", "y", "z"], ["u", "v"]], [prof, prof])
    assert space.arithmetic == "float64"
    assert exact(space) is space
    assert "float64" in analyse_space(space)["arithmetic"]


def test_values_without_small_fraction_fall_back_to_float64() -> None:
    vals = (np.asarray([[np.pi / 10, 0.2], [0.1, 0.3]]),)
    space = AdditiveSpace(("A", "B"), ("i",), (("x", "y"),), vals, (np.ones((2, 2), bool),),
                          np.zeros(2))
    work = exact(space)
    assert work.scale is None and work.arithmetic == "float64"
    assert any("float64" in n for n in work.notes)


@settings(max_examples=30, deadline=None)
@given(decimal_spaces(), st.lists(st.integers(1, 9), min_size=3, max_size=3))
def test_nash_power_is_scale_free(space: AdditiveSpace, raw: list[int]) -> None:
    """Powers are normalised: scaling them (even to 1e300) gives the same solution."""
    power = [float(x) for x in raw[: space.n_parties]]
    def nash(pw: list[float]) -> tuple[object, object] | None:
        s = analyse_space(space, pw)["solutions"]["nash"]
        return None if s is None else (s["package"], s["utilities"])

    base = nash(power)
    for factor in (1000.0, 1e300, 1e-300):
        assert nash([p * factor for p in power]) == base


def test_power_rejects_non_finite_and_negative() -> None:
    from tests.cli import run

    for bad in ("1e400,1", "-1,2", "0,0", "nan,1", "a,b"):
        code, _, stderr = run("space", "--power", bad)
        assert code == 2, bad
        assert "--power" in stderr and "Traceback" not in stderr


def test_grid_results_are_labelled() -> None:
    from tests.cli import run

    code, stdout, _ = run("space", "--json")
    assert code == 0
    import json

    data = json.loads(stdout)
    grid = data["on_grid"]
    assert grid and grid.startswith("on the grid of ") and "military.army_size" in grid
    assert data["zone"]["scope"] == data["pareto"]["scope"] == data["solutions_scope"] == grid
    assert data["concessions"]["scope"] == grid
    code, text, _ = run("space")
    assert "on the grid of" in " ".join(text.split())
