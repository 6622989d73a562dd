"""The agreement space on the flagship and on small scenarios: empty zone explained, concessions
optimal (checked by exhaustive search), proposals scored, preferences as documented."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import accord
from accord.model import Scenario
from accord.space.additive import blocks, exact
from accord.space.analysis import analyse_scenario
from accord.space.concessions import _alternatives, concessions, opened_space
from accord.space.preferences import numeric_value, option_values, scenario_space
from accord.space.zone import count
from tests.cli import run
from tests.scenarios import base_dict


@pytest.fixture(scope="module")
def flagship_report() -> dict:  # type: ignore[type-arg]
    code, out, err = run("analyze", "--json")
    assert code == 0, err
    return json.loads(out)["agreement_space"]  # type: ignore[no-any-return]


def test_flagship_zone_is_empty_and_the_colliding_red_lines_are_named(flagship_report: dict) -> None:  # type: ignore[type-arg]
    z = flagship_report["zone"]
    assert z["empty"] and z["size"] == 0
    assert "tied by cross-issue red lines" in z["method"]
    # the first issue found closed: the nuclear plant, refused by red lines on both sides
    assert set(z["colliding_red_lines"]) == {
        "RUS: nuclear.zaporizhzhia = ukrainian_control",
        "RUS: nuclear.zaporizhzhia = third_party_operated",
        "UKR: nuclear.zaporizhzhia = joint_operation",
        "UKR: nuclear.zaporizhzhia = russian_control"}


def test_flagship_concession_sets_are_distinct_concessions(flagship_report: dict) -> None:  # type: ignore[type-arg]
    """No set is listed twice: dropping a numeric red-line range is one concession whatever grid
    value the opening package then takes (once, sets #2 and #3 differed only in the army size
    of their opening packages, 100,000 against 350,000)."""
    described = [frozenset(c["description"] for c in s["changes"])
                 for s in flagship_report["concessions"]["sets"]]
    assert len(described) == len(set(described))
    for a, b in itertools.combinations(described, 2):
        assert not a <= b and not b <= a, "a later set contains an earlier one (Lawler's rule)"


def test_flagship_cheapest_concessions_open_the_zone(flagship_report: dict) -> None:  # type: ignore[type-arg]
    sets = flagship_report["concessions"]["sets"]
    assert sets and "exact" in flagship_report["concessions"]["method"]
    assert [s["cost"] for s in sets] == sorted(s["cost"] for s in sets)
    for s in sets:
        assert s["zone_size_after"] > 0
        assert s["changes"] and all(c["description"] for c in s["changes"])
        assert len(s["opening_package"]) == 17
        assert set(s["gains_at_nash_after"]) == {"RUS", "UKR"}
        assert all(g >= 0 for g in s["gains_at_nash_after"].values())
    # With red lines coded by substance on both sides, no single concession opens the zone: the
    # cheapest set has Ukraine accept the buffer zone and long-range caps and Russia accept
    # Article 5-like guarantees and someone else running the nuclear plant.
    given_up = [{c.get("red_line") or f"{c['issue']}={c.get('option', '')}" for c in s["changes"]}
                for s in sets]
    assert given_up[0] == {"territory.donbas=buffer_zone", "security.guarantees=article5_like",
                           "military.weapons_caps=long_range_caps",
                           "nuclear.zaporizhzhia=joint_operation",
                           "nuclear.zaporizhzhia=third_party_operated"}
    assert all(not (earlier < later) for i, later in enumerate(given_up) for earlier in given_up[:i])
    # The bargain that opens the zone no longer hands Ukraine, as a "gain", the terms it refuses:
    # no guarantees, a 100,000-man army or strict weapons caps.
    nash = sets[0]["nash_after"]
    assert nash["security.guarantees"] == "article5_like"
    assert float(nash["military.army_size"]) > 799_999 and nash["military.weapons_caps"] != "strict_caps"


def test_flagship_proposals_are_scored(flagship_report: dict) -> None:  # type: ignore[type-arg]
    props = {p["proposal"]: p for p in flagship_report["proposals"]}
    assert set(props) == {"berlin-declaration-2025", "russia-maximal-reading",
                          "istanbul-2022-guarantee-model", "istanbul-communique-2022",
                          "russia-memorandum-2025-06", "ukraine-memorandum-2025-06",
                          "us-28-point-plan-2025-11", "twenty-point-plan-2025-12"}
    plan = props["us-28-point-plan-2025-11"]
    assert plan["red_lines_crossed"]["RUS"] == ["nuclear.zaporizhzhia = third_party_operated"]
    assert "territory.donbas = buffer_zone" in plan["red_lines_crossed"]["UKR"]
    for memo, author in (("russia-memorandum-2025-06", "RUS"), ("ukraine-memorandum-2025-06", "UKR")):
        other = "UKR" if author == "RUS" else "RUS"
        assert props[memo]["utilities"][author] > props[memo]["utilities"][other]
        assert props[memo]["red_lines_crossed"][other]
    berlin = props["berlin-declaration-2025"]
    assert set(berlin["utilities"]) == {"RUS", "UKR"}
    assert "security.guarantees = article5_like" in berlin["red_lines_crossed"]["RUS"]
    assert berlin["acceptable_to"] == []  # open issues filled; even so Donbas or the plant bites
    assert isinstance(berlin["pareto_optimal_among_all_packages"], bool)
    assert berlin["undominated_by_packages_crossing_no_red_line"] in (True, False, None)
    assert "open issues filled (territory.donbas" in berlin["utilities_note"]
    assert "territory.donbas" in berlin["open_issues_filled"]
    for p in props.values():
        for imp in p["nearest_improvements"]:
            assert all(g >= 0 for g in imp["gains"].values()) and any(g > 0 for g in imp["gains"].values())
    maximal = props["russia-maximal-reading"]
    assert maximal["utilities"]["RUS"] > maximal["utilities"]["UKR"]


def test_analyze_terminal_output_says_it(tmp_path: Path) -> None:
    code, out, _ = run("analyze")
    assert code == 0
    assert "Agreement space" in out and "EMPTY" in out and "Cheapest concessions" in out
    assert "ukr-substitute-guarantees" in out


def test_space_command_json_and_plots(tmp_path: Path) -> None:
    code, out, err = run("space", "--json", "--plot", str(tmp_path), "--top", "2", "--power", "2,1")
    assert code == 0, err
    data = json.loads(out)
    assert data["zone"]["empty"] and len(data["concessions"]["sets"]) <= 2
    for p in data["plots"]:
        assert Path(p).stat().st_size > 1000


# -- small scenarios ------------------------------------------------------------------------------

def _small(reservations: dict[str, float]) -> Scenario:
    d = base_dict()
    d["reservations"] = [{"actor": a, "as_of": "2025-06", "value": v,
                          "evidence": [{"assumption": "test"}]} for a, v in reservations.items()]
    return Scenario.model_validate(d)


def test_value_rule_as_documented() -> None:
    s = _small({})
    issue = s.issue("land.north")
    a = option_values(s.position("AAA", "land.north"), issue)
    # ideal keep = 1; share acceptable, distance 1 of 2: 0.5 + 0.5 * 0.5; cede red line: 0.5 * 0
    assert a.tolist() == [1.0, 0.75, 0.0]
    b = option_values(s.position("BBB", "land.north"), issue)
    assert b.tolist() == [0.0, 0.25, 1.0]
    army = s.issue("army.size")
    v = numeric_value(s.position("AAA", "army.size"), army, np.asarray([0.0, 500.0, 800.0, 1000.0, 250.0]))
    assert v.tolist() == [0.0, 0.5, 1.0, 0.5, 0.25]
    space = scenario_space(s)
    # breakpoints 0 100 200 300 400 500 600 800 1000 (range, ideals, ranges, the proposal's 200,
    # the cross-issue red line's 400) and the midpoints between them
    assert space.options[2] == ("0", "50", "100", "150", "200", "250", "300", "350", "400", "450",
                                "500", "550", "600", "700", "800", "900", "1000")
    w = np.asarray([0.9, 0.4, 0.5]) / 1.8
    assert np.allclose([space.values[i][0].max() for i in range(3)], w)


def _brute_force_best(s: Scenario) -> float:
    space = scenario_space(s)
    sal = np.asarray([[(p.salience if (p := s.position(a, i.id)) else 0.0) for i in s.issues]
                      for a in space.parties])
    weights = sal / sal.sum(axis=1, keepdims=True)
    alts = _alternatives(s, space, s.as_of, weights)
    best = np.inf
    for combo in itertools.product(*alts):
        opts = [x.option for x in combo]
        cost = sum(x.cost for x in combo)
        for c in space.cross:
            if all(mask[opts[i]] for i, mask in c.holds.items()):
                cost += 2 * max(weights[c.party, i] for i in c.holds)
        u = np.sum([x.values for x in combo], axis=0)
        best = min(best, cost + np.maximum(space.reservation - u, 0).sum())
    return float(best)


@pytest.mark.parametrize("res", [{"AAA": 0.7, "BBB": 0.7}, {"AAA": 0.9, "BBB": 0.2},
                                 {"AAA": 0.3, "BBB": 0.95}])
def test_cheapest_concession_is_optimal_by_exhaustive_search(res: dict[str, float]) -> None:
    s = _small(res)
    found, _method = concessions(s, top=3)
    space = scenario_space(s)
    bs, _ = blocks(space)
    if count(bs, space.reservation)[0] > 0:
        assert found == []
        return
    assert found[0].cost == pytest.approx(_brute_force_best(s), abs=1e-12)
    for c in found:
        changed = exact(opened_space(s, s.as_of, space, c.changes))
        cb, _ = blocks(changed)
        assert count(cb, changed.reservation)[0] == c.zone_size > 0


def test_open_zone_lists_options_and_solutions() -> None:
    s = _small({"AAA": 0.2, "BBB": 0.2})
    data = analyse_scenario(s)
    assert not data["zone"]["empty"] and data["concessions"]["sets"] == []
    assert data["solutions"]["nash"] is not None
    for issue, opts in data["zone"]["options_in_zone"].items():
        assert opts, issue
    assert data["zone"]["first_packages"]


def test_red_line_naming_an_unknown_option_is_a_clear_error(tmp_path: Path) -> None:
    d = base_dict()
    d["positions"][2]["red_lines"] = ["surrender"]
    f = tmp_path / "bad.yaml"
    f.write_text(yaml.safe_dump(d))
    code, _, err = run("space", str(f))
    assert code == 2 and "surrender" in err and "bad.yaml" in err
    d = base_dict()
    d["red_lines"][0]["condition"] = "bloc.join = maybe AND army.size < 400"
    f.write_text(yaml.safe_dump(d))
    code, _out, err = run("space", str(f))
    assert code == 2 and "maybe" in err


def test_flagship_space_counts_every_package() -> None:
    space = scenario_space(accord.load("ukraine-2022-2026"))
    # 16 option issues (one of 5 options, one of 4, one of 2, thirteen of 3) and army size on a
    # 10-value grid (whole soldiers: no value between the red line's end 799,999 and 800,000)
    assert space.size == 5 * 4 * 2 * 3**13 * 10 == 637_729_200


def test_limits_of_the_exact_methods_are_reported_not_crashed(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.space.additive as additive

    monkeypatch.setattr(additive, "MAX_COMPOUND", 4)
    code, _, err = run("space")
    assert code == 2 and "cross-issue red lines tie 5 issues" in err.replace("\n", " ")
    from rich.console import Console

    from accord.report.sections.space import build, render

    s = accord.load("ukraine-2022-2026")
    data = build(s, s.as_of)
    assert data is not None and "cross-issue red lines tie 5 issues" in data["error"]
    console = Console(record=True, width=200)
    render(data, console)
    assert "Agreement space: not analysed" in console.export_text()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 10).map(lambda k: k / 10), min_size=6, max_size=6),
       st.tuples(st.integers(0, 20), st.integers(0, 20)).map(lambda t: (t[0] / 20, t[1] / 20)))
def test_cheapest_concession_is_optimal_on_random_saliences_and_reservations(
        saliences: list[float], res: tuple[float, float]) -> None:
    d = base_dict()
    for p, sal in zip(d["positions"][1:], saliences, strict=True):
        p["salience"] = sal
    d["reservations"] = [{"actor": a, "as_of": "2025-06", "value": v, "evidence": [{"assumption": "t"}]}
                         for a, v in zip(("AAA", "BBB"), res, strict=True)]
    s = Scenario.model_validate(d)
    found, _ = concessions(s, top=2)
    space = scenario_space(s)
    bs, _ = blocks(space)
    if count(bs, space.reservation)[0] > 0:
        assert found == []
        return
    assert found[0].cost == pytest.approx(_brute_force_best(s), abs=1e-9)
    assert all(c.zone_size > 0 for c in found)
    assert [c.cost for c in found] == sorted(c.cost for c in found)


def test_genius_semantics_for_a_scenario_rescale_each_issue_to_its_best_value() -> None:
    d = base_dict()
    d["positions"][3]["utilities"] = {"yes": 0.8, "no": 0.2}  # AAA on bloc.join: best is 0.8
    s = Scenario.model_validate(d)
    plain = scenario_space(s)
    genius = scenario_space(s, genius=True)
    w = 0.4 / 1.8
    assert plain.values[1][0].tolist() == pytest.approx([0.8 * w, 0.2 * w])
    assert genius.values[1][0].tolist() == pytest.approx([w, 0.25 * w])
    code, out, err = run("space", "--genius-semantics", "--json")
    assert code == 0, err
    assert "Genius semantics" in " ".join(json.loads(out)["notes"])
