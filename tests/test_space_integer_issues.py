"""Count issues (`integer: true`) are analysed and printed in whole numbers only.

The flagship's army-size grid had the midpoint 799,999.5 between Ukraine's red-line end 799,999
and 800,000, and the logrolling output offered "military.army_size=799999.5" soldiers."""

from __future__ import annotations

import json
import re

import pytest

from accord.model import Scenario
from accord.space.continuous import continuous_solutions
from accord.space.preferences import scenario_space
from tests.cli import run
from tests.scenarios import base_dict

ASSUMED = [{"assumption": "test"}]


def _count_scenario(integer: bool) -> Scenario:
    """AAA refuses [0, 299] soldiers and prefers many; BBB prefers few: the open pieces (0, 299)
    and (299, 300) and the Nash point between 300 and 1000 are where fractions came from."""
    d = base_dict()
    d["issues"] = [i for i in d["issues"] if i["id"] == "army.size"]
    d["issues"][0]["integer"] = integer
    d["positions"] = [
        {"actor": "AAA", "issue": "army.size", "as_of": "2025-06", "utility_points": [[0, 0.0], [1000, 1.0]],
         "red_line_ranges": [[0, 299]], "salience": 1, "evidence": ASSUMED},
        {"actor": "BBB", "issue": "army.size", "as_of": "2025-06", "utility_points": [[0, 1.0], [1000, 0.1]],
         "acceptable_range": [0, 300], "salience": 1, "evidence": ASSUMED}]
    d["red_lines"], d["proposals"], d["reservations"] = [], [], []
    return Scenario.model_validate(d)


def test_integer_issue_grid_has_whole_midpoints_and_skips_gaps_without_one() -> None:
    plain = scenario_space(_count_scenario(False))
    assert "299.5" in plain.options[0]  # the gap (299, 300) stands for itself on a real line
    whole = scenario_space(_count_scenario(True))
    values = [float(v) for v in whole.options[0]]
    assert all(v.is_integer() for v in values), values
    # no whole number lies strictly between 299 and 300; (0, 299) is represented by 150
    assert 150.0 in values and not any(299 < v < 300 for v in values)


def test_integer_issue_continuous_solutions_are_whole_numbers() -> None:
    cont = continuous_solutions(scenario_space(_count_scenario(True)))
    assert cont["computed"] and not cont["empty"]
    for name, sol in cont["solutions"].items():
        assert float(sol["army.size"]).is_integer(), (name, sol["army.size"])
        assert re.fullmatch(r"\d+", sol["package"][0]), sol["package"]
    fractional = continuous_solutions(scenario_space(_count_scenario(False)))
    assert not float(fractional["solutions"]["nash"]["army.size"]).is_integer()


def test_integer_only_on_numeric_issues_with_whole_range_ends() -> None:
    d = base_dict()
    d["issues"][0]["integer"] = True
    with pytest.raises(ValueError, match="integer"):
        Scenario.model_validate(d)
    d = base_dict()
    army = next(i for i in d["issues"] if i["id"] == "army.size")
    army.update(integer=True, range=[0, 999.5])
    with pytest.raises(ValueError, match="whole-number ends"):
        Scenario.model_validate(d)


def test_flagship_space_prints_whole_soldiers_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run("space")
    assert code == 0, err
    assert "military.army_size=800000" in out
    assert not re.search(r"army_size\s*(?:=|→)\s*\d+\.\d", out), out
    code, js, err = run("space", "--json")
    assert code == 0, err
    data = json.loads(js)
    assert all(re.fullmatch(r"\d+", v) for v in data["issues"]["military.army_size"])
    for row in data["logrolling"]:
        for side in ("logroll", "compromise"):
            assert re.fullmatch(r"\d+", row[side].get("military.army_size", "0")), row
    assert "10 values of military.army_size" in data["on_grid"]


@pytest.mark.parametrize(("field", "value", "where"), [
    ("ideal", 650.5, "ideal"),
    ("red_line_ranges", [[0, 99.5]], "red_line_ranges"),
    ("utility_points", [[0, 0.0], [500.5, 0.5], [1000, 1.0]], "utility_points"),
])
def test_a_fraction_on_an_integer_issue_is_refused_naming_the_field(
        field: str, value: object, where: str) -> None:
    """review16 item 16: only the issue's range ends were checked, so a position with ideal
    650.5 put 650.5 on the grid of an issue said to count whole soldiers."""
    d = _count_scenario(True).model_dump(mode="json", exclude_none=True)
    d["positions"][0][field] = value
    with pytest.raises(ValueError, match=rf"(?s){where}.*whole number"):
        Scenario.model_validate(d)
    d["issues"][0]["integer"] = False
    Scenario.model_validate(d)  # the same values are fine on a real-valued issue
