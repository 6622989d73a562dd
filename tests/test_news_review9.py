"""Defects found by the ninth session's review (each shown by a sentence written for it), with
the right result asserted."""

from __future__ import annotations

import pytest

from accord.news.dates import find_dates
from accord.news.extract import extract

PUB = "2026-03-06"  # a Friday


@pytest.mark.parametrize("text", [
    "Last week, Zelensky said the next round of talks with Russia would take place in Geneva on Tuesday.",
    "Vergangene Woche erklärte Selenskyj, die Delegationen würden sich am Dienstag in Genf treffen.",
])
def test_a_weekday_told_as_to_come_after_last_week_is_the_coming_one(text: str) -> None:
    days = [d.first for d in find_dates(text, PUB)]
    assert days == ["2026-02-23", "2026-03-10"], days


@pytest.mark.parametrize("text", [
    "Last week the delegations met in Geneva on Tuesday.",
    "Vergangene Woche trafen sich die Delegationen am Dienstag in Genf.",
])
def test_a_weekday_told_as_past_after_last_week_is_a_day_of_that_week(text: str) -> None:
    assert [d.first for d in find_dates(text, PUB)] == ["2026-02-24"], text


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


@pytest.mark.parametrize("text", [
    "Trump drängt auf einen Gipfel mit Putin und Selenskyj.",
    "Selenskyj hofft auf ein baldiges Gipfeltreffen mit Putin.",
    "Officials in Washington are looking at holding a summit between Putin and Zelensky.",
    "Zelensky said he would raise the issue at this year's NATO summit in July.",
])
def test_a_summit_pressed_for_or_to_come_is_none_held(text: str) -> None:
    assert "summit" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "The Kremlin again referred to the terms set at last year's Alaska summit with Trump.",
    "Moskau verweist weiter auf die Vereinbarung beim letztjährigen Gipfel in Anchorage.",
])
def test_a_summit_named_as_an_occasion_past_stays_held(text: str) -> None:
    assert "summit" in _kinds(text), text


@pytest.mark.parametrize("text", [
    "The EU announced a new round of sanctions against Russia on Friday.",
    "Die EU kündigte am Freitag eine neue Sanktionsrunde gegen Russland an.",
    "Die EU kündigte am Freitag eine neue Runde von Sanktionen gegen Russland an.",
    "Putin kündigte am Montag die Fortsetzung der Angriffe an.",
])
def test_a_new_round_or_continuation_of_something_else_is_no_step(text: str) -> None:
    assert "statement_of_intent" not in _kinds(text), text


@pytest.mark.parametrize("text", [
    "Russia and Ukraine announced a new round in Istanbul next week.",
    "Die Delegationen kündigten eine neue Runde in Istanbul an.",
    "The Kremlin announced the resumption of negotiations with Kyiv.",
    "Der Kreml kündigte die Wiederaufnahme der Gespräche mit Kiew an.",
])
def test_a_new_round_or_resumption_of_talks_stays_a_step(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"], text


@pytest.mark.parametrize("text", [
    "On Friday Russia handed back 25 Ukrainian civilians, Kyiv's ombudsman said, urging Moscow to continue.",
    "Am Freitag kehrten 25 ukrainische Zivilisten aus Russland zurück, teilte der Ombudsmann mit, der "
    "weitere Schritte forderte.",
])
def test_a_demand_beside_an_exchange_carried_out_leaves_it_done(text: str) -> None:
    got = [(e.kind, e.quantity, e.date_start, e.cue) for e in extract(text, "t", PUB).events]
    assert got == [("partial_agreement", 25.0, "2026-03-06", "rule: exchange carried out")], got


def _round_parties(text: str) -> list[list[str]]:
    return [e.parties for e in extract(text, "t", PUB).events if e.kind == "round"]


@pytest.mark.parametrize("text", [
    "Delegations arriving from Moscow and Kyiv met in Istanbul on Thursday.",
    "Delegations coming from Russia and Ukraine held talks in Geneva on Thursday.",
    "Die Unterhändler, die aus Moskau angereist waren, trafen sich am Donnerstag in Istanbul mit der "
    "ukrainischen Delegation.",
])
def test_delegates_named_by_where_they_came_from_are_parties(text: str) -> None:
    assert _round_parties(text) == [["RUS", "UKR"]], text


def test_a_visitor_named_by_where_he_came_from_brings_no_party() -> None:
    text = "Witkoff, who arrived from Moscow, met the Ukrainian delegation in Miami on Thursday."
    assert _round_parties(text) == [["UKR", "USA"]], text


@pytest.mark.parametrize(("text", "expected"), [
    ("A court in Moscow issued an arrest order for a Ukrainian negotiator on Tuesday.", []),
    ("Ein Moskauer Gericht erließ am Dienstag einen Haftbefehl gegen einen ukrainischen Unterhändler.", []),
    ("Putin issued new orders to the army to halt strikes on energy sites on Tuesday.",
     ["statement_of_intent"]),
])
def test_only_an_order_to_the_forces_is_an_order_given(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected, text


@pytest.mark.parametrize("text", [
    "Selenskyj kündigte an, er werde nächste Woche nach Washington reisen, um über Garantien in einem "
    "künftigen Friedensabkommen zu sprechen.",
    "Zelensky announced he will send his team to Washington next week to work on guarantees in a future "
    "peace deal.",
])
def test_a_future_deal_named_as_the_topic_of_a_step_keeps_the_step(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"], text


def _stances(text: str) -> set[tuple[str | None, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


@pytest.mark.parametrize("text", [
    "Peskov called the meeting far from a breakthrough on the prisoner issue.",
    "Peskow nannte das Treffen zum Gefangenenaustausch alles andere als einen Durchbruch.",
])
def test_praise_denied_is_no_support(text: str) -> None:
    assert not any(p == "support" for _, _, p in _stances(text)), _stances(text)


@pytest.mark.parametrize("text", [
    "Zelensky hailed the prisoner swap as a breakthrough.",
    "Selenskyj nannte den Gefangenenaustausch einen Erfolg.",
])
def test_praise_is_still_support(text: str) -> None:
    assert ("UKR", "humanitarian.prisoners", "support") in _stances(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv wants a ceasefire from Monday.", ("UKR", "ceasefire.sequence", "support")),
    ("Kyiv wants security guarantees from Washington.", ("UKR", "security.guarantees", "demand")),
])
def test_a_wish_from_a_day_is_no_demand_on_another(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine said on Monday it is ready to withdraw from the talks in Istanbul next week.",
     ["statement_of_intent"]),
])
def test_readiness_to_leave_the_talks_is_a_step_not_a_concession(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected, text
