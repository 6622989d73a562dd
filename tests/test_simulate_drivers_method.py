"""The drivers name the methods that ran: `accord analyze` (Morris only) headed its table "Morris
screening (SALib), then Sobol (SALib)" with no Sobol index anywhere."""

from __future__ import annotations

from accord.simulate.parameters import ParameterSet
from accord.simulate.sensitivity import drivers


def _evaluate(values: dict[str, float]) -> float:
    return values["battle_trend"] / 100.0


def test_morris_alone_is_named_alone_and_sobol_when_it_ran() -> None:
    params = ParameterSet()
    names = ["battle_trend", "red_line_cost"]
    alone = drivers(_evaluate, params, names, seed=1, trajectories=2, sobol_for=0)
    assert alone["method"] == "Morris screening (SALib)" and alone["sobol"] == []
    both = drivers(_evaluate, params, names, seed=1, trajectories=2, sobol_for=1, sobol_n=8)
    assert both["method"] == "Morris screening (SALib), then Sobol (SALib)" and both["sobol"]
