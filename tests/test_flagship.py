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
ACTORS = {"RUS", "UKR", "USA", "EUR", "DEU", "FRA", "GBR", "POL", "EU", "TUR", "NATO",
          "SAU", "ARE", "QAT", "VAT", "CHE", "BLR", "UN"}
PERSONS = {"putin", "lavrov", "medinsky", "ushakov", "ryabkov", "gerasimov", "zelensky", "kuleba",
           "umerov", "trump", "witkoff", "kushner", "cavusoglu", "merz", "macron", "starmer", "tusk",
           "von_der_leyen", "rutte", "rubio", "yermak", "budanov", "kostyukov", "dmitriev", "shoigu",
           "kubrakov", "fidan", "guterres"}
ISSUES = {
    "territory.donbas": ["hold_line", "demilitarised_zone", "buffer_zone", "cede_de_facto",
                         "cede_de_jure"],
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
    "ceasefire.monitoring": ["international_mission", "remote_technical", "bilateral_centre"],
    "nuclear.zaporizhzhia": ["ukrainian_control", "third_party_operated", "joint_operation",
                             "russian_control"],
}
# Issues added from the public record, where not every actor has a stated position.
RECORD_ISSUES = {"ceasefire.monitoring", "nuclear.zaporizhzhia"}
# The rounds, summits and calls the record must show, with their start dates.
ROUNDS = {
    "belarus-2022-02-28": "2022-02-28", "belarus-2022-03-03": "2022-03-03",
    "belarus-2022-03-07": "2022-03-07", "antalya-2022-03-10": "2022-03-10",
    "istanbul-2022-03": "2022-03-29", "trump-putin-call-2025-02-12": "2025-02-12",
    "riyadh-2025-02-18": "2025-02-18", "jeddah-2025-03-11": "2025-03-11",
    "trump-putin-call-2025-03-18": "2025-03-18", "riyadh-2025-03-23": "2025-03-23",
    "istanbul-2025-05-16": "2025-05-16", "istanbul-2025-06-02": "2025-06-02",
    "istanbul-2025-07-23": "2025-07-23", "alaska-2025-08-15": "2025-08-15",
    "washington-2025-08-18": "2025-08-18", "geneva-2025-11-23": "2025-11-23",
    "florida-2025-11-30": "2025-11-30", "moscow-2025-12-02": "2025-12-02",
    "berlin-2025-12-15": "2025-12-14", "miami-2025-12-19": "2025-12-19",
    "mar-a-lago-2025-12-28": "2025-12-28", "abu-dhabi-2026-01": "2026-01-23",
    "abu-dhabi-2026-02": "2026-02-04", "geneva-2026-02-17": "2026-02-17",
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
            if issue in RECORD_ISSUES and actor == "EUR" and issue == "nuclear.zaporizhzhia":
                assert p is None  # no source gives a European position on the plant
                continue
            assert p is not None, (actor, issue)
            for ev in p.evidence:
                assert ev.assumption or (ev.doc and ev.paraphrase), (actor, issue)


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
    rounds = {e["id"]: e for e in report["timeline"] if e["kind"] == "round"}
    assert {i: rounds[i]["start"] for i in ROUNDS if i in rounds} == ROUNDS
    for event_id in ROUNDS:
        r = rounds[event_id]
        assert r["format"] and r["parties"] and r["evidence"], event_id
    istanbul = _round(report, "istanbul", "2025-05-16")
    assert istanbul["heads"] == {"UKR": "umerov", "RUS": "medinsky"}
    assert istanbul["duration_minutes"] == 90
    assert _round(report, "moscow", "2025-12-02")["end"] == "2025-12-02"
    assert _round(report, "berlin", "2025-12-14")["end"] == "2025-12-15"
    abu_dhabi = _round(report, "abu_dhabi", "2026-01-23")
    assert abu_dhabi["end"] == "2026-01-24" and abu_dhabi["mediators"] == ["USA", "ARE"]
    assert abu_dhabi["heads"] == {"RUS": "kostyukov", "UKR": "umerov", "USA": "witkoff"}
    second = _round(report, "abu_dhabi", "2026-02-04")
    assert second["end"] == "2026-02-05" and second["outcome"] == "partial"
    geneva = _round(report, "geneva", "2026-02-17")
    assert geneva["mediators"] == ["USA", "CHE"] and geneva["heads"]["RUS"] == "medinsky"
    (moved,) = [e for e in report["timeline"] if e["kind"] == "postponement"]
    assert (moved["start"], moved["end"]) == ("2026-02-04", "2026-02-05")
    assert moved["moved_from"] == {"start": "2026-02-01", "end": "2026-02-02"}


def test_analyze_json_has_the_partial_deals_with_their_numbers(report: dict) -> None:  # type: ignore[type-arg]
    deals = {e["id"]: e for e in report["timeline"] if e["kind"] == "partial_agreement"}
    (quantity,) = deals["prisoner-exchange-2025-05-16"]["quantities"]
    assert (quantity["value"], quantity["unit"], quantity["per_side"]) == (1000, "prisoners", True)
    per_side = {i: next(q["value"] for q in e["quantities"] if q.get("per_side"))
                for i, e in deals.items() if e.get("topic") == "humanitarian.prisoners"}
    assert per_side == {"uae-exchange-2024-12-30": 150, "exchange-2025-03-19": 175,
                        "prisoner-exchange-2025-05-16": 1000, "exchange-2025-05-23": 1000,
                        "bodies-2025-06": 6000, "exchange-2025-10-02": 185,
                        "exchange-2026-02-05": 157}
    assert deals["grain-deal-2022-07-22"]["mediators"] == ["TUR", "UN"]
    assert deals["grain-deal-2022-07-22"]["end"] == "2023-07-17"
    for deal in ("energy-moratorium-2025-03-18", "energy-pause-2026"):
        assert deals[deal]["topic"] == "ceasefire.energy"
    assert deals["easter-truce-2025-04-19"]["format"] == "unilateral"


def test_donbas_collides_by_red_lines_on_both_sides(report: dict) -> None:  # type: ignore[type-arg]
    collisions = {c["issue"]: c for c in report["collisions"]}
    donbas = collisions["territory.donbas"]
    assert donbas["parties"] == ["RUS", "UKR"] and not donbas["conditional"]
    assert not set(donbas["acceptable"]["RUS"]) & set(donbas["acceptable"]["UKR"])
    by = {(e["actor"], e["option"]): e for e in donbas["exclusions"]}
    for option in ("hold_line", "demilitarised_zone"):
        assert by[("RUS", option)]["by"] == "red_line" and by[("RUS", option)]["evidence"]
    for option in ("buffer_zone", "cede_de_facto", "cede_de_jure"):
        assert by[("UKR", option)]["by"] == "red_line" and by[("UKR", option)]["evidence"]
    assert donbas["red_line_clash"]


def test_nato_is_a_conditional_not_an_unconditional_collision(report: dict) -> None:  # type: ignore[type-arg]
    nato = next(c for c in report["collisions"] if c["issue"] == "alliance.nato")
    assert nato["conditional"]
    assert nato["conditions"] == ["UKR accepts renounced only if security.guarantees = article5_like"]
    assert "renounced" in set(nato["acceptable"]["RUS"]) & set(nato["acceptable"]["UKR"])
    member = next(e for e in nato["exclusions"]
                  if e["actor"] == "RUS" and e["option"] == "membership_path")
    assert member["by"] == "red_line" and member["evidence"]


def test_capabilities_show_their_figures_and_source(flagship: Scenario, report: dict) -> None:  # type: ignore[type-arg]
    actors = {a["id"]: a for a in report["actors"]}
    anchor = actors["USA"]["capability_figures"][0]["value"]
    assert anchor == 997
    for actor in ("RUS", "UKR", "USA", "EUR", "DEU", "FRA", "GBR", "POL"):
        a = actors[actor]
        figures = a["capability_figures"]
        assert figures and a["capability_formula"] and a["capability_basis"], actor
        for f in figures:
            assert f["year"] == "2024" and f["evidence"], actor
            assert all(flagship.document(ev["doc"]).url for ev in f["evidence"]), actor
        # the number is the formula applied to the stated figures, not a judgement
        assert a["capability"] == round(sum(f["value"] for f in figures) / anchor, 3), actor
    assert (actors["RUS"]["capability"], actors["UKR"]["capability"]) == (0.149, 0.065)
    # actors without a sourced figure have no capability rather than a guessed one
    assert all(actors[a]["capability"] is None for a in ("EU", "TUR", "NATO", "SAU", "UN"))


def test_each_named_proposal_is_checked_against_each_actor(flagship: Scenario, report: dict) -> None:  # type: ignore[type-arg]
    ids = {p["id"] for p in report["proposals"]}
    assert {"berlin-declaration-2025", "russia-maximal-reading", "istanbul-2022-guarantee-model",
            "istanbul-communique-2022", "russia-memorandum-2025-06", "ukraine-memorandum-2025-06",
            "us-28-point-plan-2025-11", "twenty-point-plan-2025-12"} <= ids
    scored = {p["proposal"]: p for p in report["agreement_space"]["proposals"]}
    for pid in ("us-28-point-plan-2025-11", "russia-memorandum-2025-06", "ukraine-memorandum-2025-06"):
        assert set(scored[pid]["utilities"]) == {"RUS", "UKR"}, pid
    plan = next(p for p in report["proposals"] if p["id"] == "us-28-point-plan-2025-11")
    assert plan["package"]["territory.donbas"] == "buffer_zone"
    crossed = plan["against"]["UKR"]["red_lines_crossed"]
    assert "territory.donbas = buffer_zone is a red line of UKR" in crossed
    memo = next(p for p in report["proposals"] if p["id"] == "russia-memorandum-2025-06")
    assert memo["against"]["RUS"]["red_lines_crossed"] == []
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
