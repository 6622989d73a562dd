"""How stable the concession ranking is under saliences perturbed by ±0.1 (seeded)."""

from __future__ import annotations

import numpy as np

import accord
from accord.space.concessions import concessions
from accord.space.stability import perturbed, ranking_stability


def _flagship_base() -> tuple[accord.Scenario, list]:  # type: ignore[type-arg]
    s = accord.load("ukraine-2022-2026")
    found, _ = concessions(s, s.as_of, top=2, open_zones=False)
    assert found
    return s, [c.changes for c in found]


def test_without_perturbation_the_cheapest_set_is_always_first() -> None:
    s, base = _flagship_base()
    out = ranking_stability(s, s.as_of, base, runs=3, spread=0.0)
    assert out["valid_runs"] == 3
    assert out["sets"][0]["rank"] == 1 and out["sets"][0]["first_in"] == 3
    assert out["sets"][0]["share_first"] == 1.0


def test_same_seed_same_counts_and_counts_add_up() -> None:
    s, base = _flagship_base()
    a = ranking_stability(s, s.as_of, base, runs=4, seed=7)
    b = ranking_stability(s, s.as_of, base, runs=4, seed=7)
    assert a == b
    assert sum(x["first_in"] for x in a["sets"]) == a["valid_runs"] == 4


def test_perturbation_moves_only_saliences_within_the_spread() -> None:
    s = accord.load("ukraine-2022-2026")
    p = perturbed(s, s.as_of, np.random.default_rng(0), 0.1)
    moved = [(a.salience, b.salience) for a, b in zip(s.positions, p.positions, strict=True)]
    assert any(x != y for x, y in moved)
    assert all(abs(x - y) <= 0.1 + 1e-12 and 0 <= y <= 1 for x, y in moved)
    assert [q.model_dump(exclude={"salience"}) for q in s.positions] == \
        [q.model_dump(exclude={"salience"}) for q in p.positions]


def test_space_json_reports_the_stability() -> None:
    from accord.space.analysis import analyse_scenario

    s = accord.load("ukraine-2022-2026")
    out = analyse_scenario(s, top=2, stability_runs=2)
    st = out["concessions"]["stability"]
    assert st["runs"] == 2 and st["seed"] == 0 and st["salience_spread"] == 0.1
    assert st["sets"][0]["changes"] == [ch["description"] for ch in out["concessions"]["sets"][0]["changes"]]
