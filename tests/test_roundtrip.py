"""Any valid scenario survives YAML -> model -> YAML (and JSON -> model) unchanged."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from accord.io import load_text
from accord.model import Scenario, check
from tests.strategies import scenario_dicts

MINI_YAML = """\
id: mini
title: Minimal example
as_of: 2025-12
documents:
  - {id: doc1, title: A report, length: 100}
actors:
  - {id: RUS, names: {en: Russia, de: Russland}, role: party}
  - {id: UKR, names: {en: Ukraine}, role: party}
persons:
  - id: putin
    names: {en: Vladimir Putin}
    offices:
      - {actor: RUS, title: president, since: 2012-05-07, evidence: [{assumption: public record}]}
issues:
  - id: alliance.nato
    label: NATO membership
    options:
      - {id: membership_path, label: Membership path}
      - {id: renounced, label: Renounced}
  - {id: military.army_size, label: Army size, kind: numeric, unit: soldiers, range: [0, 1000000]}
positions:
  - actor: RUS
    issue: alliance.nato
    as_of: 2025-12
    ideal: renounced
    salience: 0.9
    red_lines: [membership_path]
    evidence: [{doc: doc1, span: [0, 10], paraphrase: Russia rejects NATO membership}]
  - {actor: UKR, issue: military.army_size, as_of: 2025-12, ideal: 800000, salience: 0.5,
     red_line_ranges: [[0, 100000]], evidence: [{assumption: test}]}
red_lines:
  - {id: rus-troops-nato, actor: RUS,
     condition: "alliance.nato = membership_path AND military.army_size > 500000",
     evidence: [{assumption: test}]}
events:
  - {id: e1, kind: round, title: Talks, start: 2025-05-16, evidence: [{assumption: test}]}
"""

def assert_yaml_round_trip(s: Scenario) -> None:
    text = s.to_yaml()
    again = load_text(text, source="dumped.yaml")
    assert again == s
    assert again.to_yaml() == text
    assert again.to_yaml() == text


def assert_json_round_trip(s: Scenario) -> None:
    text = json.dumps(s.model_dump(mode="json"), ensure_ascii=False)
    assert load_text(text, source="dumped.json", fmt="json") == s


# -- example-based --------------------------------------------------------------------------------

def test_mini_round_trips() -> None:
    s = load_text(MINI_YAML, source="mini.yaml")
    assert_yaml_round_trip(s)
    assert_json_round_trip(s)


def test_mini_dump_is_canonical() -> None:
    text = load_text(MINI_YAML).to_yaml()
    data = yaml.safe_load(text)
    assert next(iter(data)) == "schema_version"
    assert list(data)[:4] == ["schema_version", "id", "title", "as_of"]
    # defaults are left out; dates stay partial strings
    assert "kind" not in data["actors"][0]
    assert data["as_of"] == "2025-12"
    assert data["persons"][0]["offices"][0]["since"] == "2012-05-07"
    assert "exclusive" not in data["persons"][0]["offices"][0]


def test_mini_validates_from_a_dict() -> None:
    s = Scenario.model_validate(yaml.safe_load(MINI_YAML))
    assert s == load_text(MINI_YAML)


# -- properties -----------------------------------------------------------------------------------

def _round_trips(data: dict[str, Any]) -> None:
    """(a) YAML -> model -> YAML gives an equal scenario and the very same text; (b) the JSON dump
    loads back equal. The generated dict is valid as it stands, as a model and as a file."""
    s = Scenario.model_validate(data)
    assert check(s) == []
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    assert load_text(yaml.dump(data, Dumper=dumper, allow_unicode=True), source="generated.yaml") == s
    assert_yaml_round_trip(s)
    assert_json_round_trip(s)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_dicts())
def test_any_valid_scenario_round_trips(data: dict[str, Any]) -> None:
    _round_trips(data)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario_dicts())
def test_any_valid_scenario_round_trips_long(data: dict[str, Any]) -> None:
    """The same property over many more scenarios (CI runs it with -m slow)."""
    _round_trips(data)


# -- fixed bugs, kept as regression tests ----------------------------------------------------------

def test_yaml_round_trip_without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.model.scenario as scenario_module

    monkeypatch.setattr(scenario_module, "_Dumper", scenario_module.make_dumper(yaml.SafeDumper))
    s = load_text(MINI_YAML).model_copy(update={"title": "a\x85b"})
    assert load_text(s.to_yaml()).title == "a\x85b"
