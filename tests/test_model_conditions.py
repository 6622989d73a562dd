"""Document metadata for web sources, monotone red lines (a warning with an opt-out), conditional
acceptance and dated cross-issue red lines."""

from __future__ import annotations

from typing import Any

import pytest

from accord.model import Scenario, conditional_red_lines, warnings
from accord.space import check_proposal, issue_collisions
from accord.space.preferences import scenario_space
from accord.space.zone import zone
from tests.scenarios import ASSUMED, base_dict


def _with(**changes: Any) -> dict[str, Any]:
    d = base_dict()
    d.update(changes)
    return d


# -- documents cited by URL -----------------------------------------------------------------------

def _web_doc(**extra: Any) -> dict[str, Any]:
    return {"id": "reuters-2025-12-14", "title": "Zelensky offers to drop NATO bid",
            "outlet": "Reuters", "url": "https://www.reuters.com/world/example",
            "published": "2025-12-14", **extra}


def test_a_document_cited_by_url_needs_no_length_and_its_evidence_no_span() -> None:
    d = base_dict()
    d["documents"].append(_web_doc())
    d["positions"][3]["evidence"] = [{"doc": "reuters-2025-12-14",
                                      "paraphrase": "Alpha wants to join the bloc"}]
    s = Scenario.model_validate(d)
    ev = s.positions[3].evidence[0]
    assert ev.span is None
    assert ev.describe() == "reuters-2025-12-14 Alpha wants to join the bloc"
    assert s.document("reuters-2025-12-14").outlet == "Reuters"


def test_evidence_without_span_on_a_document_whose_text_is_held_is_refused() -> None:
    d = base_dict()
    d["positions"][3]["evidence"] = [{"doc": "doc1", "paraphrase": "no span"}]
    with pytest.raises(ValueError) as err:
        Scenario.model_validate(d)
    assert "positions[3].evidence[0].span" in str(err.value)
    assert "without a span" in str(err.value)


# -- monotone red lines ---------------------------------------------------------------------------

def _three_option_red_line(red: list[str], **extra: Any) -> Scenario:
    d = base_dict()
    d["positions"][1] = {"actor": "AAA", "issue": "land.north", "as_of": "2025-06", "ideal": "keep",
                         "acceptable": ["keep"], "red_lines": red, "salience": 0.9,
                         "evidence": ASSUMED, **extra}
    return Scenario.model_validate(d)


def test_refusing_an_option_but_not_one_further_from_the_ideal_is_warned() -> None:
    found = warnings(_three_option_red_line(["share"]))
    assert len(found) == 1
    w = found[0]
    assert w.path == "positions[1].red_lines"
    assert "AAA refusing share on land.north but not cede" in w.found
    assert "red_lines_not_monotone" in w.fix


def test_monotone_red_lines_and_an_explicit_opt_out_are_not_warned() -> None:
    assert warnings(_three_option_red_line(["share", "cede"])) == []
    assert warnings(_three_option_red_line(["cede"])) == []
    assert warnings(_three_option_red_line(
        ["share"], red_lines_not_monotone="the source rejects sharing but names ceding as a fallback")) == []


def test_the_base_scenario_has_no_warnings() -> None:
    assert warnings(Scenario.model_validate(base_dict())) == []


# -- conditional acceptance -----------------------------------------------------------------------

def _conditional() -> dict[str, Any]:
    """AAA accepts bloc.join = no only if land.north = keep; BBB refuses yes."""
    d = base_dict()
    d["positions"][3] = {"actor": "AAA", "issue": "bloc.join", "as_of": "2025-06", "ideal": "yes",
                         "acceptable": ["yes", "no"], "red_lines": [],
                         "conditional": {"no": "land.north = keep"}, "salience": 0.4,
                         "evidence": ASSUMED}
    return d


def test_conditional_acceptance_becomes_a_cross_issue_red_line() -> None:
    s = Scenario.model_validate(_conditional())
    implied = conditional_red_lines(s.positions[3])
    assert [(r.id, r.condition) for r in implied] == [
        ("aaa.bloc.join.no.only-if", "bloc.join = no AND land.north != keep")]
    assert {r.id for r in s.cross_red_lines()} == {"aaa-no-bloc-and-small-army",
                                                    "aaa.bloc.join.no.only-if"}
    # before the position with the condition is in force, no implied red line
    assert {r.id for r in s.cross_red_lines("2024")} == {"aaa-no-bloc-and-small-army"}


def test_a_condition_with_two_clauses_gives_one_red_line_per_clause() -> None:
    d = _conditional()
    d["positions"][3]["conditional"] = {"no": "land.north = keep AND army.size >= 500"}
    s = Scenario.model_validate(d)
    assert [r.condition for r in conditional_red_lines(s.positions[3])] == [
        "bloc.join = no AND land.north != keep", "bloc.join = no AND army.size < 500"]


def test_conditional_collision_is_not_reported_as_unconditional() -> None:
    s = Scenario.model_validate(_conditional())
    bloc = next(c for c in issue_collisions(s) if c.issue == "bloc.join")
    assert bloc.conditional
    assert bloc.conditions == ("AAA accepts no only if land.north = keep",)
    assert "shared only on condition" in bloc.explain()
    # Without the condition AAA's `no` is not acceptable: an unconditional collision.
    d = _conditional()
    d["positions"][3]["acceptable"] = ["yes"]
    del d["positions"][3]["conditional"]
    plain = next(c for c in issue_collisions(Scenario.model_validate(d)) if c.issue == "bloc.join")
    assert not plain.conditional


def test_the_agreement_space_honours_the_condition() -> None:
    s = Scenario.model_validate(_conditional())
    space = scenario_space(s)
    assert "aaa.bloc.join.no.only-if" in [c.label for c in space.cross]
    # every zone package that settles bloc.join = no keeps land.north
    d = _conditional()
    del d["positions"][3]["conditional"]
    loose = scenario_space(Scenario.model_validate(d))
    assert zone(space).size < zone(loose).size


def test_a_proposal_meeting_the_option_without_its_condition_crosses_the_implied_red_line() -> None:
    s = Scenario.model_validate(_conditional())
    result = check_proposal(s, s.proposal("p2"))  # land.north = share, bloc.join = no
    assert any(c.red_line_id == "aaa.bloc.join.no.only-if" for c in result.crosses("AAA"))


@pytest.mark.parametrize(("conditional", "fragment"), [
    ({"no": "bloc.join = yes"}, "a condition on bloc.join itself"),
    ({"no": "land.nowhere = keep"}, "unknown issue 'land.nowhere'"),
    ({"no": "land.north = give"}, "option 'give', which is not in issue land.north"),
    ({"maybe": "land.north = keep"}, "option 'maybe'"),
])
def test_bad_conditions_are_named(conditional: dict[str, str], fragment: str) -> None:
    d = _conditional()
    d["positions"][3]["conditional"] = conditional
    with pytest.raises(ValueError) as err:
        Scenario.model_validate(d)
    assert fragment in str(err.value)
    assert "positions[3].conditional" in str(err.value)


def test_a_conditional_option_must_be_acceptable() -> None:
    d = _conditional()
    d["positions"][3]["acceptable"] = ["yes"]
    with pytest.raises(ValueError) as err:
        Scenario.model_validate(d)
    assert "does not list as acceptable" in str(err.value)


# -- dated cross-issue red lines ------------------------------------------------------------------

def test_a_cross_issue_red_line_holds_only_between_since_and_until() -> None:
    d = base_dict()
    d["red_lines"][0] |= {"since": "2025-03", "until": "2025-09"}
    s = Scenario.model_validate(d)
    assert [r.id for r in s.cross_red_lines("2025-06")] == ["aaa-no-bloc-and-small-army"]
    assert s.cross_red_lines("2025-02") == []
    assert s.cross_red_lines("2025-09") == []


def test_inverted_red_line_period_is_refused() -> None:
    d = base_dict()
    d["red_lines"][0] |= {"since": "2025-09", "until": "2025-03"}
    with pytest.raises(ValueError) as err:
        Scenario.model_validate(d)
    assert "red_lines[0].until" in str(err.value)
