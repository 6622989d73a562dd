"""Red-line collisions between parties and proposal checks (accord.space.acceptability)."""

from __future__ import annotations

from accord.model import Scenario
from accord.space import acceptable_options, check_proposal, issue_collisions
from tests.scenarios import base, base_dict


def test_collisions_name_the_issues_and_who_excludes_what() -> None:
    s = base()
    found = {c.issue: c for c in issue_collisions(s)}
    assert set(found) == {"land.north", "bloc.join"}
    north = found["land.north"]
    assert north.acceptable == {"AAA": ["keep", "share"], "BBB": ["cede"]}
    by = {(e.actor, e.option): e.by for e in north.exclusions}
    assert by == {("BBB", "keep"): "not_acceptable", ("BBB", "share"): "not_acceptable",
                  ("AAA", "cede"): "red_line"}
    assert not north.red_line_clash
    assert "cede: AAA (red line)" in north.explain()
    # bloc.join: AAA lists only its ideal, so only the ideal is acceptable to it
    assert found["bloc.join"].acceptable == {"AAA": ["yes"], "BBB": ["no"]}
    assert found["bloc.join"].red_line_clash is False


def test_no_collision_when_ranges_meet_and_when_an_earlier_date_is_asked() -> None:
    s = base()
    assert "army.size" not in {c.issue for c in issue_collisions(s)}  # [500, 600] is shared
    # In 2022 only AAA's permissive position exists: BBB has none, so nothing collides
    assert issue_collisions(s, as_of="2022-12") == []


def test_numeric_collision_when_intervals_do_not_meet() -> None:
    d = base_dict()
    d["positions"][6]["acceptable_range"] = [0, 400]
    s = Scenario.model_validate(d)
    army = [c for c in issue_collisions(s) if c.issue == "army.size"]
    assert len(army) == 1
    assert army[0].acceptable["AAA"] == ["[500, 1000]"]
    assert "do not meet" in army[0].explain()


def test_a_red_line_bound_is_itself_a_red_line() -> None:
    """Red-line ranges are closed: ranges that touch only at the bound do not meet."""
    d = base_dict()
    d["positions"][5]["acceptable_range"] = [0, 1000]  # AAA: red line [0, 300]
    d["positions"][6]["acceptable_range"] = [0, 300]   # BBB
    s = Scenario.model_validate(d)
    army = [c for c in issue_collisions(s) if c.issue == "army.size"]
    assert len(army) == 1 and army[0].acceptable["AAA"] == ["(300, 1000]"]
    d["proposals"][0]["package"]["army.size"] = 300
    crossing = check_proposal(Scenario.model_validate(d), Scenario.model_validate(d).proposal("p1"))
    assert "army.size = 300 is a red line of AAA" in {c.describe() for c in crossing.by_actor["AAA"]}
    d["positions"][6]["acceptable_range"] = [0, 300.5]
    assert "army.size" not in {c.issue for c in issue_collisions(Scenario.model_validate(d))}


def test_no_parties_means_no_collisions() -> None:
    s = base()
    assert issue_collisions(s, parties=[]) == []


def test_acceptable_options_rules() -> None:
    s = base()
    issue = s.issue("bloc.join")
    assert acceptable_options(None, issue) == {"yes", "no"}
    assert acceptable_options(s.position("BBB", "bloc.join"), issue) == {"no"}
    assert acceptable_options(s.position("AAA", "bloc.join"), issue) == {"yes"}


def test_proposal_crossings_single_and_cross_issue() -> None:
    s = base()
    result = check_proposal(s, s.proposal("p1"))
    aaa = {c.describe() for c in result.by_actor["AAA"]}
    assert "land.north = cede is a red line of AAA" in aaa
    assert "army.size = 200 is a red line of AAA" in aaa
    assert any("aaa-no-bloc-and-small-army" in d and d.startswith("crosses") for d in aaa)
    assert "bloc.join = no is outside AAA's acceptable options" in aaa
    assert result.crosses("BBB") == []


def test_cross_issue_red_line_on_an_open_issue_is_only_possible() -> None:
    s = base()
    result = check_proposal(s, s.proposal("p2"))
    cross = [c for c in result.by_actor["AAA"] if c.kind == "cross_issue"]
    assert len(cross) == 1 and cross[0].possible
    assert result.crosses("AAA") == []
