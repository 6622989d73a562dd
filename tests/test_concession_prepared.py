"""The concession-ranking stability runs build the salience-free part of the concession search
once and reuse it (only the saliences move from run to run), with the same results as a fresh
search on each perturbed scenario."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

import accord
from accord.space.concessions import concessions, prepare
from accord.space.preferences import saliences
from accord.space.stability import _key, perturbed, ranking_stability

# (the package `accord.space` exports a function of the same name as this module)
concessions_module = importlib.import_module("accord.space.concessions")


@pytest.fixture(scope="module")
def flagship() -> accord.Scenario:
    return accord.load("ukraine-2022-2026")


def test_stability_runs_build_the_problem_once(flagship: accord.Scenario,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    s = flagship
    found, _ = concessions(s, s.as_of, top=1, open_zones=False)
    calls = [0]
    real = concessions_module.option_values

    def counted(*args: object, **kwargs: object) -> np.ndarray:
        calls[0] += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(concessions_module, "option_values", counted)
    counts = []
    for runs in (2, 6):
        calls[0] = 0
        ranking_stability(s, s.as_of, [c.changes for c in found], runs=runs)
        counts.append(calls[0])
    assert counts[0] > 0 and counts[0] == counts[1]  # not once per run


@pytest.mark.parametrize("seed", [0, 3, 11])
def test_prepared_search_equals_a_fresh_one_on_the_perturbed_scenario(
        flagship: accord.Scenario, seed: int) -> None:
    s = flagship
    date = s.as_of
    prepared = prepare(s, date)
    rng = np.random.default_rng(seed)
    for _ in range(3):
        moved = perturbed(s, date, rng, 0.2)
        fresh, method = concessions(moved, date, top=3, open_zones=False)
        reused, method2 = concessions(s, date, top=3, open_zones=False, prepared=prepared,
                                      saliences=saliences(moved, list(s.parties), date))
        assert method == method2
        assert [(c.changes, c.cost, c.package, c.utilities) for c in fresh] == \
            [(c.changes, c.cost, c.package, c.utilities) for c in reused]


def test_stability_counts_equal_fresh_searches(flagship: accord.Scenario) -> None:
    s = flagship
    date = s.as_of
    found, _ = concessions(s, date, top=2, open_zones=False)
    out = ranking_stability(s, date, [c.changes for c in found], runs=5, seed=4)
    rng = np.random.default_rng(4)
    firsts: dict[object, int] = {}
    for _ in range(5):
        best, _ = concessions(perturbed(s, date, rng, 0.1), date, top=1, open_zones=False)
        key = _key(best[0].changes) if best else ()
        firsts[key] = firsts.get(key, 0) + 1
    assert sorted(x["first_in"] for x in out["sets"] if x["first_in"]) == sorted(firsts.values())
    assert out["valid_runs"] == 5
