"""One date everywhere: `--as-of D` hides later events and proposals, treats positions not yet
taken as unknown (not as "accepts everything"), leaves out a conflict model stated for a later
date, warns past the last dated fact, and says so when nothing is known."""

from __future__ import annotations

import json

import pytest

import accord
from accord.model import NoPositionsKnown, Scenario
from accord.model.dates import first_day, last_day
from accord.report import overview
from accord.space.analysis import analyse_scenario, known_at
from accord.space.preferences import scenario_space
from tests.cli import run
from tests.scenarios import base_dict


def _flagship() -> Scenario:
    return accord.load("ukraine-2022-2026")


def test_at_hides_later_events_proposals_positions_and_red_lines() -> None:
    s = _flagship()
    at = s.at("2022-12")
    assert at.as_of == "2022-12"
    limit = last_day("2022-12")
    assert at.events and all(first_day(e.start or at.reported(e) or "2022") <= limit for e in at.events)
    assert len(at.events) < len(s.events)
    assert all(p.date is None or first_day(p.date) <= limit for p in at.proposals)
    assert len(at.proposals) < len(s.proposals)
    assert all(first_day(p.as_of) <= limit for p in at.positions)
    assert at.conflict is not None and at.conflict.as_of == s.as_of  # its own date is kept


def test_analyze_as_of_a_2022_date_shows_only_what_was_known_then() -> None:
    report = overview(_flagship(), as_of="2022-12")
    assert all(first_day(e["start"]) <= last_day("2022-12") for e in report["timeline"] if e["start"])
    scored = [p["proposal"] for p in report["agreement_space"]["proposals"]]
    assert [p["id"] for p in report["proposals"]] == scored
    assert all(p["date"] is None or first_day(p["date"]) <= last_day("2022-12")
               for p in report["proposals"])
    # the 2026 conflict model is not used for 2022
    assert "skipped" in report["conflict"]
    unknown = report["agreement_space"]["unknown"]
    assert unknown["issues_excluded"] and unknown["positions"]
    assert any("no position by 2022-12" in w for w in report["warnings"])
    # an excluded issue is not counted in the zone
    space = report["agreement_space"]
    assert not set(unknown["issues_excluded"]) & set(space["issues"])


def test_unknown_issues_are_excluded_from_the_zone_count() -> None:
    d = base_dict()
    s = Scenario.model_validate(d)
    with pytest.raises(NoPositionsKnown):
        known_at(s, "2024")  # only AAA has a position (on land.north) by 2024
    with pytest.raises(NoPositionsKnown) as err:
        analyse_scenario(s, "2024")
    assert "no positions are known as of 2024" in str(err.value)
    assert "every one of them has a position on some issue is 2025-06" in str(err.value)
    full = analyse_scenario(s)
    assert full["unknown"]["issues_excluded"] == []


def test_an_issue_one_party_has_not_spoken_to_is_left_out_with_its_proposal_options() -> None:
    d = base_dict()
    d["positions"] = [p for p in d["positions"] if not (p["actor"] == "BBB" and p["issue"] == "bloc.join")]
    d["red_lines"] = []
    s = Scenario.model_validate(d)
    known, unknown = known_at(s, s.as_of)
    assert unknown["issues_excluded"] == ["bloc.join"]
    assert {"actor": "BBB", "issue": "bloc.join"} in unknown["positions"]
    assert [i.id for i in known.issues] == ["land.north", "army.size"]
    assert all("bloc.join" not in p.package for p in known.proposals)
    assert scenario_space(known).issues == ("land.north", "army.size")


def test_analyze_as_of_2021_says_no_positions_are_known() -> None:
    code, stdout, _ = run("analyze", "--as-of", "2021", "--json")
    assert code == 0
    report = json.loads(stdout)
    assert "no positions are known as of 2021" in report["agreement_space"]["error"]
    assert "zone" not in report["agreement_space"]
    assert any("no positions are known as of 2021" in w for w in report["warnings"])
    assert any("no party position is known as of 2021" in line["text"]
               for line in report["bottom_line"])
    code, stdout, _ = run("analyze", "--as-of", "2021")
    assert code == 0 and "no positions are known as of 2021" in " ".join(stdout.split())


def test_space_as_of_2021_is_refused_with_the_reason() -> None:
    code, _, stderr = run("space", "--as-of", "2021")
    assert code == 2
    text = " ".join(stderr.split())
    assert "no positions are known as of 2021" in text and "choose a later --as-of" in text


def test_a_date_past_the_last_dated_fact_is_warned() -> None:
    s = _flagship()
    last = s.last_dated()
    assert last is not None
    report = overview(s, as_of="2030")
    assert any(f"after the scenario's last dated fact ({last})" in w for w in report["warnings"])
    assert not any("last dated fact" in w for w in overview(s)["warnings"])


def test_the_conflict_model_not_yet_stated_is_one_whole_bullet() -> None:
    """`accord analyze --as-of 2022-12` cut the reason at its "; " and printed "today's state:
    not analysed: the conflict model states preferences ... after 2022-12; and 1 more"."""
    from accord.report.bottom_line import _shortened
    from accord.report.sections.conflict import headline

    skipped = {"skipped": "the conflict model states preferences and the status quo for "
                          "2026-02-18, after 2022-12; no model is stated for 2022-12",
               "model_as_of": "2026-02-18"}
    (line,) = headline(skipped)
    text = _shortened(line | {"section": "conflict"})["text"]
    assert "more" not in text and text.endswith("no model is stated for 2022-12.")
