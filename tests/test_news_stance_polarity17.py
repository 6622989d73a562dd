"""Stance polarity and holder rules of session 17, cause by cause, in German and English, found
on the polarity and actor misses of the external tuning sets (train14, fresh14, fresh15, fresh16).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-10"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# a step offered under a condition stays the offer (propose): `conditional` is an acceptance only
# under a condition (README); the condition named is what the offering side demands
@pytest.mark.parametrize(("text", "offered", "asked"), [
    ("Putin bot eine sofortige Waffenruhe an, falls Kiew seine Truppen aus dem Donbass abzieht.",
     ("RUS", "ceasefire.sequence", "propose"), ("RUS", "territory.donbas", "demand")),
    ("Der Kreml schlug eine Feuerpause vor, unter der Bedingung, dass die Ukraine auf den "
     "NATO-Beitritt verzichtet.",
     ("RUS", "ceasefire.sequence", "propose"), ("RUS", "alliance.nato", "demand")),
    ("Wenn Kiew sich aus dem Donbass zurückzieht, bietet Moskau eine Waffenruhe an.",
     ("RUS", "ceasefire.sequence", "propose"), ("RUS", "territory.donbas", "demand")),
    ("Moscow offered a truce on condition that Kyiv abandons its bid to join NATO.",
     ("RUS", "ceasefire.sequence", "propose"), ("RUS", "alliance.nato", "demand")),
    ("The Kremlin proposed an immediate ceasefire if Ukraine pulled its forces out of the Donbas.",
     ("RUS", "ceasefire.sequence", "propose"), ("RUS", "territory.donbas", "demand")),
    ("If Kyiv leaves the Donbas, Russia will offer a ceasefire, Peskov said.",
     ("RUS", "ceasefire.sequence", "propose"), ("RUS", "territory.donbas", "demand")),
])
def test_a_step_offered_under_a_condition_is_proposed(
        text: str, offered: tuple[str, str, str], asked: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert {offered, asked} <= got, got
    assert (offered[0], offered[1], "conditional") not in got


# an acceptance or a concession under a condition stays conditional
@pytest.mark.parametrize(("text", "expected"), [
    ("Moskau ist unter der Bedingung, dass Kiew auf die NATO verzichtet, zu einer Waffenruhe bereit.",
     ("RUS", "ceasefire.sequence", "conditional")),
    ("Russia is ready for a ceasefire on condition that Kyiv drops its NATO bid.",
     ("RUS", "ceasefire.sequence", "conditional")),
    ("Kyiv offered to give up its NATO bid if it receives security guarantees.",
     ("UKR", "alliance.nato", "conditional")),
])
def test_acceptance_under_a_condition_stays_conditional(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


# a side named after a preposition in the speaker's clause ("in der Ukraine", "for Ukraine") holds
# nothing: the speaker's side proposes
@pytest.mark.parametrize("text", [
    "Der russische Präsident Putin schlug eine Waffenruhe in der Ukraine vor, falls Kiew auf den "
    "NATO-Beitritt verzichtet.",
    "Präsident Putin schlug eine Feuerpause für die Ukraine vor, unter der Bedingung, dass Kiew "
    "zuerst seine Soldaten aus dem Donbass abzieht.",
])
def test_a_side_after_a_preposition_is_no_holder(text: str) -> None:
    got = _stances(text)
    assert ("RUS", "ceasefire.sequence", "propose") in got, got
    assert not any(a == "UKR" for a, _, _ in got), got


# a side named in a compound participle ("a U.S.-proposed ceasefire", "the Kremlin-backed plan")
# holds that position on what the participle qualifies, not the sentence's subject or speaker
@pytest.mark.parametrize(("text", "expected"), [
    ("A senior Kremlin aide said that a US-proposed 30-day truce would only help Kyiv regroup.",
     ("USA", "ceasefire.sequence", "propose")),
    ("Kyiv says it accepted the U.S.-proposed ceasefire weeks ago.",
     ("USA", "ceasefire.sequence", "propose")),
    ("Moscow has ignored the Ukrainian-proposed exchange of all prisoners for all prisoners.",
     ("UKR", "humanitarian.prisoners", "propose")),
])
def test_a_side_in_a_compound_participle_holds_it(text: str, expected: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert expected in got, got


def test_the_speaker_does_not_take_the_compound_participle() -> None:
    got = _stances("A senior Kremlin aide said that a US-proposed 30-day truce would only help Kyiv "
                   "regroup.")
    assert ("RUS", "ceasefire.sequence", "propose") not in got, got


# agreeing to a step named as a noun with its owner ("Ukraine's agreement to a truce") is that
# side's acceptance; German "Kiews Zustimmung zu" is read the same way
@pytest.mark.parametrize(("text", "expected"), [
    ("Sybiha pointed to Ukraine's agreement to a 30-day ceasefire as proof of goodwill.",
     ("UKR", "ceasefire.sequence", "accept")),
    ("Russia's agreement to an energy truce was confirmed by the White House.",
     ("RUS", "ceasefire.energy", "accept")),
    ("Der Außenminister verwies auf Kiews Zustimmung zu einer 30-tägigen Waffenruhe.",
     ("UKR", "ceasefire.sequence", "accept")),
])
def test_an_owners_agreement_to_a_step_is_its_acceptance(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text), _stances(text)


# a side's participle of backing before a proposal or plan makes it that side's proposal
@pytest.mark.parametrize("text", [
    "Kyiv has accepted a US-backed proposal for a 30-day ceasefire.",
    "Officials in Kyiv said they would sign the U.S.-backed ceasefire plan without delay.",
])
def test_a_backed_proposal_is_the_backers_proposal(text: str) -> None:
    got = _stances(text)
    assert ("USA", "ceasefire.sequence", "propose") in got, got
    assert ("USA", "ceasefire.sequence", "support") not in got, got
