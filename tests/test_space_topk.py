"""Top-k concession sets: distinct sets of changes, the k cheapest by exhaustive search."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest

from accord.model import Scenario
from accord.space.analysis import analyse_scenario
from accord.space.concessions import _contains, _problem, change_key, choice_set, concessions
from tests.scenarios import base_dict

A = [{"assumption": "test"}]


def _one_issue() -> Scenario:
    """The review's case: one issue a/b/c, AAA's red line c, BBB's red line a, both
    reservations 0.9; the cheapest fix drops no red line."""
    d = base_dict()
    d["issues"] = [{"id": "x.y", "label": "X", "options": [
        {"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}]}]
    d["positions"] = [
        {"actor": "AAA", "issue": "x.y", "as_of": "2025-06", "ideal": "a", "acceptable": ["a", "b"],
         "red_lines": ["c"], "salience": 1, "evidence": A},
        {"actor": "BBB", "issue": "x.y", "as_of": "2025-06", "ideal": "c", "acceptable": ["b", "c"],
         "red_lines": ["a"], "salience": 1, "evidence": A}]
    d["red_lines"] = []
    d["proposals"] = []
    d["reservations"] = [{"actor": a, "as_of": "2025-06", "value": 0.9, "evidence": A}
                         for a in ("AAA", "BBB")]
    return Scenario.model_validate(d)


def _small(res: dict[str, float]) -> Scenario:
    d = base_dict()
    d["reservations"] = [{"actor": a, "as_of": "2025-06", "value": v, "evidence": A}
                         for a, v in res.items()]
    return Scenario.model_validate(d)


def _exhaustive(s: Scenario, k: int) -> list[tuple[float, Any]]:
    """Every choice of alternatives, reduced to distinct sets of changes, ranked by cost, each
    kept unless it contains a cheaper kept set: the first k."""
    prob = _problem(s, s.as_of, None, False)
    best: dict[Any, float] = {}
    keys: dict[Any, Any] = {}
    for picks in itertools.product(*(range(b.size) for b in prob.blocks)):
        cost, changes, _ = choice_set(prob, np.asarray(picks))
        fixed, lowered = change_key(changes)
        h = (fixed, tuple(sorted(lowered.items())))
        if h not in best or cost < best[h]:
            best[h], keys[h] = cost, (fixed, lowered)
    kept: list[tuple[float, Any]] = []
    for h in sorted(best, key=lambda x: best[x]):
        if not any(_contains(keys[h], other) for _, other in kept):
            kept.append((best[h], keys[h]))
    return kept[:k]


@pytest.mark.parametrize("make", [
    _one_issue,
    lambda: _small({"AAA": 0.7, "BBB": 0.7}),
    lambda: _small({"AAA": 0.9, "BBB": 0.2}),
    lambda: _small({"AAA": 0.3, "BBB": 0.95}),
], ids=["one-issue", "small-0.7-0.7", "small-0.9-0.2", "small-0.3-0.95"])
def test_top_k_are_the_k_cheapest_distinct_sets(make: Any) -> None:
    s = make()
    found, _ = concessions(s, top=5, open_zones=False)
    want = _exhaustive(s, 5)
    assert [round(c.cost, 9) for c in found] == [round(c, 9) for c, _ in want]
    keys = [change_key(list(c.changes)) for c in found]
    for n, key in enumerate(keys):
        assert not any(_contains(key, other) for other in keys[:n])
    assert len({(k[0], tuple(sorted(k[1].items()))) for k in keys}) == len(keys)


def test_review_case_lists_three_distinct_sets() -> None:
    out = analyse_scenario(_one_issue(), top=5)
    sets = out["concessions"]["sets"]
    assert len(sets) == 3
    kinds = [sorted(ch["kind"] for ch in c["changes"]) for c in sets]
    assert kinds[0] == ["lower_reservation", "lower_reservation"]
    assert {c["opening_package"]["x.y"] for c in sets} == {"a", "b", "c"}
    assert all(c["zone_size_after"] > 0 for c in sets)


def _survivors_one_by_one(sig: np.ndarray, key: np.ndarray) -> np.ndarray:
    """The search's former group loop: per signature, ``nondominated`` then ``np.unique``."""
    from accord.space.pareto import nondominated

    order = np.argsort(sig, kind="stable")
    cuts = np.flatnonzero(np.r_[True, sig[order][1:] != sig[order][:-1], True])
    out = []
    for lo, hi in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        idx = order[lo:hi]
        if hi - lo > 1:
            idx = idx[nondominated(key[idx])]
            if idx.size > 1:
                _, first = np.unique(key[idx], axis=0, return_index=True)
                idx = idx[np.sort(first)]
        out.append(idx)
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


@pytest.mark.parametrize("pairs", [1 << 22, 30, 0])
@pytest.mark.parametrize("seed", range(40))
def test_search_keeps_the_same_states_as_the_group_loop(seed: int, pairs: int,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The search's states compared a signature group at a time, pair by pair in one go (or,
    for groups too large for that, one by one): the same states in the same order as the loop
    over groups it replaced, ties and duplicates included."""
    import importlib

    mod = importlib.import_module("accord.space.concessions")  # the package exports a function
    monkeypatch.setattr(mod, "_PAIRS", pairs)
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 120))
    sig = rng.integers(0, int(rng.integers(1, 12)), size=n).astype(np.int64)
    key = np.round(rng.random((n, int(rng.integers(2, 5)))), int(rng.integers(0, 3)))
    assert mod._survivors(sig, key).tolist() == _survivors_one_by_one(sig, key).tolist()


def _tied_rows_one_by_one(space: Any, weights: np.ndarray, per_issue: list[Any],
                          tied: list[int]) -> list[Any]:
    """The concession search's former loop over the combinations of the tied issues."""
    from accord.space.concessions import Change, _Alt, _nondominated_by_red_lines

    rows = []
    for combo in itertools.product(*per_issue):
        opts = {i: x.option for i, x in zip(tied, combo, strict=True)}
        extra: list[Change] = []
        for c in space.cross:
            if all(mask[opts[i]] for i, mask in c.holds.items()):
                issues_w = [weights[c.party, i] for i in c.holds]
                extra.append(Change("drop_cross", space.parties[c.party], 2 * float(max(issues_w)),
                                    red_line=c.label))
        merged = _Alt(-1, sum(x.cost for x in combo) + sum(e.cost for e in extra),
                      tuple(sum(x.values[a] for x in combo) for a in range(space.n_parties)),
                      tuple(ch for x in combo for ch in x.changes) + tuple(extra))
        rows.append((combo, merged))
    pts = np.asarray([[-m.cost, *m.values] for _, m in rows])
    keep = _nondominated_by_red_lines(pts, [m.changes for _, m in rows])
    return [r for r, k in zip(rows, keep, strict=True) if k]


_LAYOUTS: dict[object, object] = {}
"""Layouts of the tied issues kept across the cases below (see `_tied_rows`)."""


@pytest.mark.parametrize("seed", [None, 1, 2, 3])
def test_tied_issues_combined_as_the_loop_did(seed: int | None) -> None:
    """The combinations of the issues tied by cross-issue red lines (the flagship's, on its
    stated saliences and on perturbed ones): the same rows, costs, utilities (as floats, bit
    for bit) and changes as the loop over ``itertools.product`` the search used before."""
    import accord
    from accord.space.concessions import _alternatives, _tied_rows
    from accord.space.preferences import scenario_space
    from accord.space.stability import perturbed

    s = accord.load("ukraine-2022-2026")
    date = s.as_of
    if seed is not None:
        s = perturbed(s, date, np.random.default_rng(seed), 0.1)
    space = scenario_space(s, date)
    sal = np.asarray([[(p.salience if (p := s.position(a, iss.id, date)) else 0.0)
                       for iss in s.issues] for a in space.parties])
    tot = sal.sum(axis=1, keepdims=True)
    weights = np.where(tot > 0, sal / np.where(tot > 0, tot, 1.0), 0.0)
    alts = _alternatives(s, space, date, weights)
    tied = sorted({i for c in space.cross for i in c.holds})
    assert len(tied) >= 2
    per_issue = [alts[i] for i in tied]
    expected = _tied_rows_one_by_one(space, weights, per_issue, tied)
    new = _tied_rows(space, weights, per_issue, tied)
    assert [(row[:-1], row[-1]) for row in new] == expected
    # the same with the layouts kept between runs (as the stability runs keep them)
    again = _tied_rows(space, weights, per_issue, tied, _LAYOUTS)
    assert [(row[:-1], row[-1]) for row in again] == expected
