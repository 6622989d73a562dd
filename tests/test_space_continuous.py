"""Bargaining solutions over the continuum of a numeric issue against dense sampling."""

from __future__ import annotations

import numpy as np
import pytest

from accord.space.analysis import analyse_space
from accord.space.continuous import _crit, continuous_solutions
from accord.space.preferences import scenario_space
from tests.test_space_topk import _small


@pytest.mark.parametrize("res", [{"AAA": 0.2, "BBB": 0.2}, {"AAA": 0.5, "BBB": 0.4},
                                 {"AAA": 0.6, "BBB": 0.3}, {"AAA": 0.1, "BBB": 0.55}])
@pytest.mark.parametrize("power", [None, [0.7, 0.3]])
def test_continuous_solutions_beat_every_sampled_package(res: dict[str, float],
                                                         power: list[float] | None) -> None:
    s = _small(res)
    space = scenario_space(s)
    cont = continuous_solutions(space, power)
    dense = list(np.round(np.linspace(0.0, 1000.0, 4001), 6))
    fine = scenario_space(s, extra_values={"army.size": dense})
    pk = np.asarray(np.meshgrid(*[np.arange(len(o)) for o in fine.options], indexing="ij")
                    ).reshape(len(fine.options), -1).T
    u = fine.utilities(pk)
    ok = ~fine.crosses(pk).any(axis=1) & (u >= fine.reservation).all(axis=1)
    grid = analyse_space(space, power)["solutions"]
    if not ok.any():
        assert grid["nash"] is None
        return
    assert cont["computed"] and not cont["empty"]
    zone_u = u[ok]
    r = fine.reservation
    alpha = None if power is None else np.asarray(power) / sum(power)
    # KS: the continuous ideal point is at least the sampled one
    span_sampled = zone_u.max(axis=0) - r
    span = np.asarray([max(cont["solutions"][n]["utilities"][a] for n in cont["solutions"])
                       for a in range(space.n_parties)]) - r
    span = np.maximum(span, span_sampled)
    for name, sol in cont["solutions"].items():
        sampled = max(_crit(name, row, r, span, alpha) for row in zone_u)
        got = _crit(name, np.asarray(sol["utilities"]), r, span, alpha)
        assert sol["score"] >= sampled - 1e-9, name
        assert sol["score"] <= sampled + 2e-4, name
        assert got == pytest.approx(sol["score"], abs=1e-5), name
        # never worse than the grid solution
        if grid[name] is not None and name != "kalai_smorodinsky":
            assert sol["score"] >= _crit(name, np.asarray(grid[name]["utilities"]), r, span, alpha) - 1e-6


def test_flagship_has_one_numeric_issue_and_an_empty_zone() -> None:
    import accord

    cont = continuous_solutions(scenario_space(accord.load("ukraine-2022-2026")))
    assert cont["computed"] and cont["issue"] == "military.army_size" and cont["empty"]


def test_supremum_at_an_open_end_is_marked_not_attained() -> None:
    """AAA is indifferent on army.size but rejects [0, 300]; BBB prefers fewer soldiers: every
    criterion improves as the size falls towards 300, which crosses AAA's red line."""
    from accord.model import Scenario
    from tests.scenarios import base_dict

    d = base_dict()
    d["issues"] = [i for i in d["issues"] if i["id"] == "army.size"]
    a = [{"assumption": "test"}]
    d["positions"] = [
        {"actor": "AAA", "issue": "army.size", "as_of": "2025-06", "utility_points": [[0, 0.5], [1000, 0.5]],
         "red_line_ranges": [[0, 300]], "salience": 1, "evidence": a},
        {"actor": "BBB", "issue": "army.size", "as_of": "2025-06", "utility_points": [[0, 1], [1000, 0]],
         "salience": 1, "evidence": a}]
    d["red_lines"], d["proposals"], d["reservations"] = [], [], []
    cont = continuous_solutions(scenario_space(Scenario.model_validate(d)))
    for name in ("nash", "egalitarian", "utilitarian"):
        sol = cont["solutions"][name]
        assert sol["army.size"] == pytest.approx(300.0) and sol["attained"] is False, name
        assert "supremum" in sol["note"]
