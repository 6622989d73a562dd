"""The built-in flagship scenario: what the foundation issue's acceptance asks of it.

These tests need no seed articles (the evidence spans are checked in test_flagship_evidence.py).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.model import Scenario
from accord.space import issue_collisions

# The taxonomy of DESIGN.md (stable ids shared by scenario, extraction and gold data).
ACTORS = {"RUS", "UKR", "USA", "EUR", "DEU", "FRA", "GBR", "POL", "EU", "TUR", "NATO"}
PERSONS = {"putin", "lavrov", "medinsky", "ushakov", "ryabkov", "gerasimov", "zelensky", "kuleba",
           "umerov", "trump", "witkoff", "kushner", "cavusoglu", "merz", "macron", "starmer", "tusk",
           "von_der_leyen", "rutte"}
ISSUES = {
    "territory.donbas": ["hold_line", "demilitarised_zone", "cede_de_facto", "cede_de_jure"],
    "territory.south": ["hold_line", "cede_de_facto", "withdraw_and_cede"],
    "territory.crimea": ["not_recognised", "de_facto", "de_jure"],
    "alliance.nato": ["membership_path", "deferred", "renounced"],
    "alliance.eu": ["accession_supported", "accession_slowed", "accession_blocked"],
    "security.guarantees": ["article5_like", "istanbul2022_veto", "none"],
    "security.foreign_troops": ["multinational_force", "monitors_only", "none"],
    "military.army_size": [],
    "military.weapons_caps": ["none", "long_range_caps", "strict_caps"],
    "politics.elections": ["no_link", "elections_after_ceasefire", "leadership_change"],
    "economy.frozen_assets": ["reparations", "frozen", "returned"],
    "economy.sanctions": ["maintained", "phased_relief", "lifted"],
    "ceasefire.sequence": ["ceasefire_first", "with_settlement", "after_settlement"],
    "ceasefire.energy": ["moratorium", "none"],
    "humanitarian.prisoners": ["all_for_all", "phased_exchanges", "none"],
}


@pytest.fixture(scope="module")
def flagship() -> Scenario:
    return accord.load("ukraine-2022-2026")


@pytest.fixture(scope="module")
def report() -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["analyze", "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_taxonomy_is_complete(flagship: Scenario) -> None:
    assert {a.id for a in flagship.actors} == ACTORS
    assert {p.id for p in flagship.persons} == PERSONS
    assert {i.id: i.option_ids() for i in flagship.issues} == ISSUES
    army = flagship.issue("military.army_size")
    assert army.is_numeric and army.unit == "soldiers" and army.range == (0, 1_000_000)
    assert set(flagship.actor("EUR").members) == {"DEU", "FRA", "GBR", "POL", "EU"}
    assert flagship.parties == ["RUS", "UKR"]


def test_four_actors_hold_a_position_on_every_issue(flagship: Scenario) -> None:
    for actor in ("RUS", "UKR", "USA", "EUR"):
        for issue in ISSUES:
            p = flagship.position(actor, issue)
            assert p is not None, (actor, issue)
            for ev in p.evidence:
                assert ev.assumption or (ev.doc and ev.span and ev.paraphrase), (actor, issue)


def test_earlier_positions_show_the_2022_stances(flagship: Scenario) -> None:
    for actor in ("RUS", "UKR"):
        history = flagship.position_history(actor, "territory.donbas")
        assert history[0].as_of.startswith("2022"), actor
        assert len(history) >= 2
    assert flagship.position("RUS", "territory.crimea", as_of="2022-12").ideal == "de_jure"


def _round(report: dict, place: str, start: str) -> dict:  # type: ignore[type-arg]
    found = [e for e in report["timeline"]
             if e["kind"] == "round" and e.get("place") == place and e["start"] == start]
    assert len(found) == 1, (place, start, [(e.get("place"), e["start"]) for e in report["timeline"]])
    return found[0]


def test_analyze_json_names_the_rounds_with_their_dates(report: dict) -> None:  # type: ignore[type-arg]
    istanbul = _round(report, "istanbul", "2025-05-16")
    assert istanbul["heads"] == {"UKR": "umerov", "RUS": "medinsky"}
    assert istanbul["duration_minutes"] == 90
    assert _round(report, "moscow", "2025-12-02")["end"] == "2025-12-02"
    assert _round(report, "berlin", "2025-12-14")["end"] == "2025-12-15"
    abu_dhabi = _round(report, "abu_dhabi", "2026-01-23")
    assert abu_dhabi["end"] == "2026-01-24" and abu_dhabi["mediators"] == ["USA"]
    planned = _round(report, "abu_dhabi", "2026-02-04")
    assert planned["end"] == "2026-02-05" and planned["outcome"] == "planned"
    (moved,) = [e for e in report["timeline"] if e["kind"] == "postponement"]
    assert (moved["start"], moved["end"]) == ("2026-02-04", "2026-02-05")
    assert moved["moved_from"] == {"start": "2026-02-01", "end": "2026-02-02"}


def test_analyze_json_has_the_prisoner_exchange(report: dict) -> None:  # type: ignore[type-arg]
    (exchange,) = [e for e in report["timeline"]
                   if e["kind"] == "partial_agreement" and e.get("topic") == "humanitarian.prisoners"]
    assert exchange["start"] == "2025-05-16"
    (quantity,) = exchange["quantities"]
    assert (quantity["value"], quantity["unit"], quantity["per_side"]) == (1000, "prisoners", True)


def test_donbas_and_nato_have_no_option_acceptable_to_rus_and_ukr(report: dict) -> None:  # type: ignore[type-arg]
    collisions = {c["issue"]: c for c in report["collisions"]}
    for issue in ("territory.donbas", "alliance.nato"):
        c = collisions[issue]
        assert c["parties"] == ["RUS", "UKR"]
        assert not set(c["acceptable"]["RUS"]) & set(c["acceptable"]["UKR"])
        assert c["explanation"] and c["exclusions"]
    donbas = {(e["actor"], e["option"]): e for e in collisions["territory.donbas"]["exclusions"]}
    assert donbas[("UKR", "cede_de_jure")]["by"] == "red_line"
    assert donbas[("UKR", "cede_de_jure")]["evidence"]
    assert donbas[("RUS", "hold_line")]["by"] == "not_acceptable"
    nato = next(e for e in collisions["alliance.nato"]["exclusions"]
                if e["actor"] == "RUS" and e["option"] == "membership_path")
    assert nato["by"] == "red_line" and nato["evidence"]


def test_each_named_proposal_is_checked_against_each_actor(flagship: Scenario, report: dict) -> None:  # type: ignore[type-arg]
    ids = {p["id"] for p in report["proposals"]}
    assert {"berlin-declaration-2025", "russia-maximal-reading", "istanbul-2022-guarantee-model"} <= ids
    berlin = next(p for p in report["proposals"] if p["id"] == "berlin-declaration-2025")
    assert berlin["date"] == "2025-12-15" and berlin["package"]["military.army_size"] == 800000
    assert any("security.foreign_troops = multinational_force" in c
               for c in berlin["against"]["RUS"]["red_lines_crossed"])
    maximal = next(p for p in report["proposals"] if p["id"] == "russia-maximal-reading")
    assert maximal["package"]["military.army_size"] == 100000
    assert maximal["against"]["UKR"]["red_lines_crossed"]
    assert maximal["against"]["RUS"]["red_lines_crossed"] == []


def test_collisions_follow_the_date_asked(flagship: Scenario) -> None:
    now = {c.issue for c in issue_collisions(flagship)}
    assert {"territory.donbas", "alliance.nato"} <= now
    in_2022 = {c.issue for c in issue_collisions(flagship, as_of="2022-12")}
    assert "territory.donbas" in in_2022


def test_flagship_round_trips(flagship: Scenario) -> None:
    text = flagship.to_yaml()
    again = accord.io.load_text(text)
    assert again == flagship and again.to_yaml() == text


def test_analyze_prints_every_section() -> None:
    result = CliRunner().invoke(app, ["analyze", "--full"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    for heading in ("Actors", "Timeline", "Positions", "Issues with no option acceptable to every party",
                    "Proposals against each actor's red lines", "Cross-issue red lines"):
        assert heading in result.stdout, heading
