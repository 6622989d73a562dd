"""Seventeenth session (claims17): claims and partial agreements in wording families the rules
missed, on sentences written for these tests in German and English. A claim is (claimant, place,
claim type) per the corpus README (one record per claimant and place, convention 5); an agreed
item is a `partial_agreement`, also when it was agreed in a call or carried out (convention 10)."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-03-20"  # a Thursday


def _claims(text: str, pub: str = PUB) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    """(claim type, claimants, place) of every claim."""
    return [(e.claim, tuple(e.parties), e.place)
            for e in extract(text, "t", pub).events if e.kind == "claim"]


def _kinds(text: str, pub: str = PUB) -> list[str]:
    return [e.kind for e in extract(text, "t", pub).events]


# -- a deal or its part said not carried out: a violation claim --------------------------------

@pytest.mark.parametrize("text, claimant", [
    ("Moscow insists that its part of the grain deal has not been fulfilled.", "RUS"),
    ("Peskov said the Russian side of the agreement had not yet been implemented.", "RUS"),
    ("Kyiv said Russian troops do not adhere to the ceasefire.", "UKR"),
    ("The Ukrainian army said Moscow didn't abide by the Easter truce.", "UKR"),
    ("Russland erklärte, das Abkommen sei bislang nicht umgesetzt worden.", "RUS"),
    ("Der Kreml sagte, die Ukraine habe die Vereinbarung zur Energiepause nicht umgesetzt.", "RUS"),
    ("Kiew erklärte, Moskau setze die Vereinbarungen über die Feuerpause nicht um.", "UKR"),
])
def test_a_deal_said_not_carried_out_is_a_violation_claim(text: str, claimant: str) -> None:
    claims = _claims(text)
    assert [c[:2] for c in claims] == [("violation", (claimant,))]


@pytest.mark.parametrize("text", [
    "The agreement has not been signed yet, Peskov said.",
    "Kyiv said the deal would not be implemented unless Moscow withdrew.",
    "Die Vereinbarung soll nicht umgesetzt werden, falls Kiew angreift, sagte Peskow.",
    "The exchange agreed in Istanbul was carried out on Friday, Kyiv said.",
])
def test_a_deal_not_yet_signed_or_a_condition_is_no_violation_claim(text: str) -> None:
    assert [c for c in _claims(text) if c[0] == "violation"] == []


# -- army groups and fighters as the forces that took a place -----------------------------------

@pytest.mark.parametrize("text, place", [
    ("On Saturday Prigozhin said his Wagner fighters had now completed the capture of Bakhmut, and "
     "Moscow confirmed it.", "bakhmut"),
    ("Gerasimov said the North grouping now controls most of Vovchansk.", "vovchansk"),
    ("The Russian defence ministry said formations of the Centre grouping had liberated Pokrovsk.",
     "pokrovsk"),
    ("Die russische Truppengruppe Ost habe Kupjansk erobert, erklärte das Verteidigungsministerium "
     "in Moskau.", "kupiansk"),
    ("Gerassimow sagte, Kämpfer der russischen Gruppierung Süd hätten Siwersk eingenommen.",
     "siversk"),
])
def test_army_groups_and_fighters_are_forces_that_take_a_place(text: str, place: str) -> None:
    assert ("capture", ("RUS",), place) in _claims(text) or ("control", ("RUS",), place) in _claims(text)


@pytest.mark.parametrize("text", [
    "Kupjansk stehe „unter der Kontrolle der russischen Armee“, erklärte ein Sprecher in Moskau.",
    "Kupjansk sei „unter der vollständigen Kontrolle der russischen Streitkräfte“, sagte Peskow.",
])
def test_control_of_a_side_in_quotes_is_a_claim(text: str) -> None:
    assert [c[2] for c in _claims(text)] == ["kupiansk"]


# -- the verdict first: "Also untrue are statements that X was captured" ------------------------

@pytest.mark.parametrize("text", [
    "Kyiv said Kupiansk was under the control of Ukraine's forces. \"Also untrue are statements "
    "that Vovchansk in the Kharkiv region has been captured.\"",
    "The Ukrainian general staff said that Kupiansk is under the control of Ukrainian forces. "
    "\"Untrue are also reports that Vovchansk in Kharkiv region was seized.\"",
])
def test_captures_called_untrue_after_a_control_claim_are_its_speakers_denials(text: str) -> None:
    denials = [c for c in _claims(text) if c[0] == "denial"]
    assert denials == [("denial", ("UKR",), "vovchansk")]


# -- an item agreed in a call: the call and the agreement ---------------------------------------

@pytest.mark.parametrize("text", [
    "Trump and Putin agreed in a phone call on Tuesday to a pause in strikes on energy facilities.",
    "Putin and Trump agreed during a call on Tuesday to halt attacks on power plants.",
    "The two presidents agreed in a telephone conversation on Tuesday to a pause in strikes on "
    "energy infrastructure.",
])
def test_an_energy_pause_agreed_in_a_call_is_an_agreement(text: str) -> None:
    assert "partial_agreement" in _kinds(text)


# -- an exchange ranked by an ordinal is one exchange, not a running total ----------------------

@pytest.mark.parametrize("text", [
    "Ukraine and Russia exchanged captured soldiers again, in the year's fourth major swap so far.",
    "Ukraine and Russia swapped prisoners on Friday, the 52nd exchange since the start of the war.",
    "Kyiv and Moscow exchanged captured soldiers, their third swap this year so far.",
])
def test_an_exchange_ranked_by_an_ordinal_is_carried_out(text: str) -> None:
    assert _kinds(text).count("partial_agreement") == 1


@pytest.mark.parametrize("text", [
    "Russia has freed 2,000 prisoners so far.",
    "Ukraine has returned 6,000 bodies since the start of the war.",
])
def test_a_running_total_is_still_no_exchange(text: str) -> None:
    assert "partial_agreement" not in _kinds(text)


# -- a mutual charge told with "einander": one claim per side -----------------------------------

@pytest.mark.parametrize("text", [
    "Beide Seiten warfen einander vor, gegen die vereinbarte Waffenruhe verstoßen zu haben.",
    "Russland und die Ukraine haben einander vorgeworfen, die Energiepause gebrochen zu haben.",
    "Moskau und Kiew beschuldigten einander, die Feuerpause verletzt zu haben.",
    "Russia and Ukraine accused each other of breaking the truce.",
])
def test_a_mutual_violation_charge_is_one_claim_per_side(text: str) -> None:
    assert sorted(c[1] for c in _claims(text)) == [("RUS",), ("UKR",)]


def test_a_reciprocal_word_in_a_compound_is_no_mutual_charge() -> None:
    assert _claims("Kiew warf Moskau vor, die Waffenruhe nacheinander in drei Orten gebrochen "
                   "zu haben.") == [("violation", ("UKR",), None)]


# -- an agreement in German verb-second order with the subject before "sich" --------------------

@pytest.mark.parametrize("text", [
    "Wie die Agentur meldet, einigten die Parteien sich auf einen Austausch von Gefangenen.",
    "Am Freitag einigten beide Seiten sich in Istanbul auf einen Gefangenenaustausch.",
    "Nach langen Gesprächen verständigten die Delegationen sich auf eine Rückgabe von Leichen.",
])
def test_an_agreement_with_the_subject_before_sich_is_an_agreement(text: str) -> None:
    assert "partial_agreement" in _kinds(text)


def test_an_agreement_said_made_is_an_agreement() -> None:
    assert "partial_agreement" in _kinds(
        "An agreement was made to open humanitarian corridors for civilians, Kyiv said.")
    assert "partial_agreement" in _kinds(
        "A deal was struck on Friday to halt strikes on energy facilities, both sides said.")


# -- an exchange told as conducted or made possible ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The last swap of prisoners, mediated again by the UAE, was conducted on Feb. 8.",
    "Riyadh said its mediation led to the release of ten captured soldiers in an exchange between "
    "Russia and Ukraine.",
    "Selenskyj dankte der Türkei, die einen Gefangenenaustausch ermöglicht habe.",
    "The exchange of captured soldiers was held on Saturday near the border.",
])
def test_an_exchange_told_as_conducted_or_made_possible_is_carried_out(text: str) -> None:
    assert "partial_agreement" in _kinds(text)


@pytest.mark.parametrize("text", [
    "The next swap of prisoners will be conducted on Monday.",
    "Ankara hopes its mediation could lead to the release of more prisoners.",
])
def test_an_exchange_to_come_is_not_carried_out(text: str) -> None:
    assert [e for e in extract(text, "t", PUB).events
            if e.kind == "partial_agreement" and e.date_start is not None
            and e.date_start <= PUB and "carried out" in (e.cue or "")] == []
