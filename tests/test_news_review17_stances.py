"""Review17 stance items (stance rules of session 17 that went too far). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-05-16"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# item 2: "elections in" + a time, a German noun or a Ukrainian city is Ukraine's vote, not another
# country's
@pytest.mark.parametrize(("text", "expected"), [
    ("Selenskyj lehnt Wahlen in Kriegszeiten ab.", ("UKR", "politics.elections", "reject")),
    ("Die Ukraine lehnt Wahlen in Zeiten des Krieges ab.", ("UKR", "politics.elections", "reject")),
    ("Trump urged Zelensky to hold elections in September.", ("USA", "politics.elections", "demand")),
    ("Trump demanded that Zelensky hold elections in May.", ("USA", "politics.elections", "demand")),
    ("Moscow wants elections in Kharkiv and Odesa.", ("RUS", "politics.elections", "support")),
])
def test_elections_in_a_time_or_ukrainian_place_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize("text", [
    "Moscow is waiting for the outcome of the elections in Hungary before it answers.",
    "Der Kreml verfolgt die Wahlen in Moldau genau.",
    "Trump spoke about the elections in the United States at length.",
])
def test_elections_in_a_foreign_country_stay_foreign(text: str) -> None:
    assert not any(i == "politics.elections" for _, i, _ in _stances(text))


# item 3: a relative clause after the agenda's topic states a position of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("The delegations are to discuss a ceasefire, which Moscow rejects.",
     ("RUS", "ceasefire.sequence", "reject")),
    ("Zelensky said the talks would discuss a ceasefire that Russia rejects.",
     ("RUS", "ceasefire.sequence", "reject")),
    ("Die Delegationen sollen über eine Waffenruhe beraten, die Russland ablehnt.",
     ("RUS", "ceasefire.sequence", "reject")),
    ("Die Außenminister berieten über Sicherheitsgarantien, die Kiew verlangt.",
     ("UKR", "security.guarantees", "demand")),
])
def test_relative_clause_after_an_agenda_keeps_its_position(text: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize("text", [
    "The delegations are to discuss a ceasefire and the exchange of prisoners.",
    "Die Delegationen sollen über eine Waffenruhe und Sicherheitsgarantien beraten.",
])
def test_agenda_without_a_relative_clause_takes_no_position(text: str) -> None:
    assert not any(i in ("ceasefire.sequence", "security.guarantees") for _, i, _ in _stances(text))


# item 7: a reason clause after an open point states a position; "any progress" is no negation
@pytest.mark.parametrize(("text", "expected"), [
    ("Differences remain over the Donbas because Russia demands that Ukraine withdraw its troops.",
     ("RUS", "territory.donbas", "demand")),
    ("Zelensky welcomed any progress on prisoner exchanges.", ("UKR", "humanitarian.prisoners", "support")),
])
def test_position_after_an_open_point_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize(("text", "issue"), [
    ("Differences remain over the Donbas, the envoy said after the meeting.", "territory.donbas"),
    ("There was no progress on prisoner exchanges, Zelensky said.", "humanitarian.prisoners"),
])
def test_open_point_alone_takes_no_position(text: str, issue: str) -> None:
    assert not any(i == issue for _, i, _ in _stances(text))


# item 6: "X's agreement to" is no acceptance when negated or under a condition
def test_negated_agreement_is_no_acceptance() -> None:
    got = _stances("There is no sign of Russia's agreement to a ceasefire.")
    assert ("RUS", "ceasefire.sequence", "accept") not in got


def test_conditional_agreement_is_no_acceptance() -> None:
    got = _stances("Ukraine's agreement to a ceasefire depends on security guarantees.")
    assert ("UKR", "ceasefire.sequence", "accept") not in got
    assert ("UKR", "security.guarantees", "accept") not in got


def test_agreement_to_a_step_stays_acceptance() -> None:
    assert ("UKR", "ceasefire.sequence", "accept") in _stances(
        "Ukraine's agreement to a thirty-day ceasefire surprised the Kremlin.")


# item 15: "-backed" before people or a body is a proxy, no position on the sentence's issue
def test_backed_authorities_are_a_proxy() -> None:
    got = _stances("The Kremlin-backed authorities in Donetsk held elections in September.")
    assert not any(a == "RUS" and p == "support" for a, _, p in got)


def test_backed_plan_stays_a_position() -> None:
    got = _stances("Russia-backed officials in Crimea praised it.") | _stances(
        "Zelensky rejected the Kremlin-backed plan to freeze the front in the Donbas.")
    assert not any(a == "RUS" and i == "territory.crimea" for a, i, _ in got)
    assert ("RUS", "territory.donbas", "propose") in got
