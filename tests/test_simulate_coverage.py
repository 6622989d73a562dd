"""The odds say what they rest on: a simulation as of a date when some party's position on
some issues is unknown plays the game on the other issues only, and its headline and the bottom
line of `accord analyze` say how many of the scenario's issues that is; a zone of one package is
'1 package'."""

from __future__ import annotations

import datetime as dt

import accord
from accord.io.simulation import setup_for
from accord.report.sections import simulate as simulate_section
from accord.report.sections.space import packages
from accord.simulate.study import simulate


def test_early_odds_name_the_issues_they_rest_on() -> None:
    scenario = accord.load("ukraine-2022-2026")
    setup = setup_for(scenario)
    assert setup is not None
    start = dt.date(2022, 12, 28)
    data = simulate(setup, as_of=start, until=start + dt.timedelta(days=366), runs=40, seed=0,
                    sobol_for=0)
    bset = data["bargaining_set"]
    n, total = len(bset["issues"]), bset["scenario_issues"]
    assert total == len(scenario.issues) and 0 < n < total
    assert f"resting on {n} of {total} issues only" in data["headline"]
    line = simulate_section.headline(data)[0]["text"]
    assert f"Resting on {n} of {total} issues only" in line


def test_late_odds_rest_on_every_issue() -> None:
    scenario = accord.load("ukraine-2022-2026")
    setup = setup_for(scenario)
    assert setup is not None
    start = dt.date.fromisoformat(scenario.as_of[:10])
    data = simulate(setup, as_of=start, until=start + dt.timedelta(days=100), runs=40, seed=0,
                    sobol_for=0)
    bset = data["bargaining_set"]
    if len(bset["issues"]) == bset["scenario_issues"]:
        assert "resting on" not in data["headline"]
        assert "Resting on" not in simulate_section.headline(data)[0]["text"]


def test_one_package_is_singular() -> None:
    assert packages(1) == "1 package"
    assert packages(1024) == "1,024 packages"
