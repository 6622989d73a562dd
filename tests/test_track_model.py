"""The tracking records of the scenario model: agreements, incidents, exchanges, claims,
indicators, ratification rules; their cross-record rules."""

from __future__ import annotations

import pytest

from accord.io import ScenarioFileError, load_text
from accord.model import Scenario
from tests.track_scenarios import track_dict, track_scenario


def _problems(data: dict[str, object]) -> str:
    with pytest.raises(ScenarioFileError) as info:
        _load_yaml(data)
    return "\n".join(p.render(info.value.source) for p in info.value.problems)


def test_valid_track_records_load_and_round_trip() -> None:
    s = track_scenario()
    assert [a.id for a in s.agreements] == ["pause", "swap", "monitor"]
    assert s.exchanges[2].released == {"AAA": 3, "BBB": None}
    assert load_text(s.to_yaml()) == s


def test_incident_for_unknown_agreement_is_named_with_a_hint() -> None:
    data = track_dict()
    data["incidents"][0]["agreement"] = "paus"
    text = _problems(data)
    assert "incidents[0].agreement: found unknown agreement 'paus'" in text
    assert "did you mean 'pause'" in text


def test_effective_date_before_announcement_is_refused() -> None:
    data = track_dict()
    data["agreements"][0]["effective"][1]["date"] = "2025-03-10"
    text = _problems(data)
    assert "agreements[0].effective[1].date" in text
    assert "before the announcement 2025-03-18" in text


def test_incident_before_the_deal_and_effective_non_party_are_refused() -> None:
    data = track_dict()
    data["incidents"][1]["date"] = "2025-02-01"
    data["agreements"][0]["effective"][0]["actor"] = "MED"
    text = _problems(data)
    assert "incidents[1].date" in text and "announcement of pause" in text
    assert "effective[0].actor" in text and "not a party" in text


def test_confirmed_incident_needs_its_independent_source() -> None:
    data = track_dict()
    data["incidents"][0]["verification"] = "confirmed"
    del data["incidents"][0]["denied_by"]
    assert "without `confirmed_by`" in _problems(data)


def test_claim_needs_the_fields_of_its_kind() -> None:
    data = track_dict()
    del data["claims"][0]["extent"]
    assert "a control claim without extent" in _problems(data)


def _load_yaml(data: dict[str, object]) -> Scenario:
    import yaml

    return load_text(yaml.safe_dump(data, allow_unicode=True))
