"""Review16 items 5, 11 and 12 (attribute rules of session 16 that went too far): a visit denied
or told in another clause places no meeting, a head who refuses talks is no party, and talks that
yield the agreement told with them keep the report's day. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-05-16"


def _meetings(text: str) -> list:  # type: ignore[type-arg]
    return [e for e in extract(text, "t", PUB).events if e.kind in ("round", "summit")]


# item 5: a visit denied or told beside the meeting does not place it
@pytest.mark.parametrize("text", [
    "Umerov and Witkoff held talks on Friday; Zelensky did not visit Washington.",
    "Witkoff met Putin on Friday, a week after Trump visited Kyiv.",
    "Lavrov met Rubio on Friday; the US president will not visit Moscow before a ceasefire.",
])
def test_a_visit_denied_or_beside_places_nothing(text: str) -> None:
    got = _meetings(text)
    assert got and all(e.place is None for e in got), [(e.kind, e.place) for e in got]


@pytest.mark.parametrize(("text", "place"), [
    ("The envoy visited Moscow on Friday and met the Russian president.", "moscow"),
    ("Der Gesandte besuchte am Freitag Moskau und traf dort Präsident Putin.", "moscow"),
])
def test_a_visit_that_tells_the_meeting_places_it(text: str, place: str) -> None:
    assert place in {e.place for e in _meetings(text)}


# item 11: a head who refuses talks, or comments on a meeting, is no party of it
@pytest.mark.parametrize(("text", "parties"), [
    ("Xi welcomed the summit between Putin and Trump in Alaska on Friday.", {"RUS", "USA"}),
    ("Russian and Ukrainian delegations met in Istanbul on Friday while Xi refused to hold any talks "
     "with Zelensky.", {"RUS", "UKR"}),
])
def test_a_refusing_or_commenting_head_is_no_party(text: str, parties: set[str]) -> None:
    got = _meetings(text)
    assert got and all(set(e.parties) == parties for e in got), [sorted(e.parties) for e in got]


def test_a_host_who_meets_is_still_a_party() -> None:
    got = _meetings("Erdoğan sprach am Dienstag in Ankara mit Putin.")
    assert any({"RUS", "TUR"} <= set(e.parties) for e in got)


# item 12: talks that yield an agreement keep the day the agreement gets
@pytest.mark.parametrize("text", [
    "Russland und die Ukraine einigten sich bei Gesprächen in Istanbul auf den Austausch von "
    "1000 Gefangenen.",
    "Bei Gesprächen in Istanbul vereinbarten Russland und die Ukraine einen Austausch von 1000 Gefangenen.",
])
def test_talks_yielding_an_agreement_keep_the_day(text: str) -> None:
    events = extract(text, "t", PUB).events
    rounds = [e for e in events if e.kind == "round"]
    deals = [e for e in events if e.kind == "partial_agreement"]
    assert rounds and deals
    assert all(e.date_start == PUB for e in rounds + deals), [(e.kind, e.date_start) for e in events]


def test_a_meeting_only_as_a_setting_stays_undated() -> None:
    got = _meetings("Putin stimmte in einem Telefonat mit dem US-Präsidenten einer Feuerpause zu.")
    assert got and all(e.date_start is None for e in got)
