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
