"""Twelfth session: claims (capture, control, denial, compliance) and partial agreements
(exchanges told over several sentences), on sentences written for these tests in German and
English. Each claim is (claimant, place, date) per the corpus README: one record per claimant and
place (convention 5); each agreement one record per real-world occurrence."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-03-12"  # a Wednesday


def _agreements(text: str) -> list[tuple[str | None, float | None, str]]:
    """(date, quantity, the text of the record's first sentence) of every partial agreement."""
    return [(e.date_start, e.quantity, text[e.start:e.end].split(". ")[0][:40])
            for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]


# -- exchanges: the first time after a gap is of now; people added are part of the exchange -------

@pytest.mark.parametrize("text", [
    "Zum ersten Mal seit Wochen haben Russland und die Ukraine wieder Soldaten ausgetauscht. "
    "Die Ukraine habe 84 Soldaten übergeben. Zudem durften zwei Zivilisten nach Hause "
    "zurückkehren. Dafür kamen 84 ukrainische Soldaten frei.",
    "Erstmals seit Monaten tauschten Moskau und Kiew wieder Gefangene aus. Außerdem seien drei "
    "Seeleute heimgekehrt.",
])
def test_first_exchange_after_a_gap_is_one_exchange_of_the_report_day(text: str) -> None:
    found = _agreements(text)
    assert len(found) == 1
    assert found[0][0] == PUB


def test_people_added_to_an_exchange_in_english_are_that_exchange() -> None:
    text = ("Russia and Ukraine swapped prisoners of war on Monday. Kyiv said 120 soldiers had come "
            "home. In addition, four civilians were returned to Ukraine.")
    found = _agreements(text)
    assert len(found) == 1 and found[0][0] == "2025-03-10"


def test_added_people_give_no_number_of_the_exchange() -> None:
    text = ("Russland und die Ukraine haben erneut Gefangene ausgetauscht. Zudem seien zwei "
            "Zivilisten freigekommen.")
    assert [q for _, q, _ in _agreements(text)] == [None]


@pytest.mark.parametrize(("text", "day", "quantity"), [
    ("Russland und die Ukraine haben am Montag insgesamt 240 Gefangene ausgetauscht.", "2025-03-10", 240),
    ("Russia and Ukraine exchanged 410 prisoners in total on Sunday, officials in both capitals said.",
     "2025-03-09", 410),
])
def test_the_total_of_one_swap_is_an_exchange(text: str, day: str, quantity: int) -> None:
    assert [(d, q) for d, q, _ in _agreements(text)] == [(day, quantity)]


@pytest.mark.parametrize("text", [
    "Die Ukraine hat nach eigenen Angaben bisher insgesamt 4000 Gefangene ausgetauscht.",
    "Since the start of the war, Ukraine has exchanged more than 5,000 prisoners in total.",
    "Russland hat insgesamt 6000 Leichen übergeben.",
])
def test_a_running_total_is_still_no_exchange(text: str) -> None:
    assert _agreements(text) == []


# -- claims: taking over, full control, no control, refuted, the region that locates a place ----

def _claims(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(claimant, place, type) of every claim."""
    return sorted(((e.parties[0] if e.parties else None, e.place, e.claim)
                   for e in extract(text, "t", PUB).events if e.kind == "claim"),
                  key=lambda x: tuple(str(v) for v in x))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv dismissed Moscow's assertion that Russian units had taken over much of two further "
     "towns – Toretsk, a rail hub, and Siversk, close to the front line.",
     [("UKR", "siversk", "denial"), ("UKR", "toretsk", "denial")]),
    ("Kyiv rejected Russian statements that its troops had taken over most of Toretsk.",
     [("UKR", "toretsk", "denial")]),
])
def test_taken_over_told_as_the_other_sides_statement_is_denied_per_place(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "place"), [
    ('Zelensky said Ukrainian troops were "in full control" in the Kharkiv region.', "kharkiv"),
    ("The Ukrainian army said its units remained in full control of Kupiansk.", "kupiansk"),
])
def test_full_control_told_by_a_side_is_its_claim(text: str, place: str) -> None:
    assert [(p, c) for _, p, c in _claims(text)] == [(place, "capture")]


@pytest.mark.parametrize(("text", "places"), [
    ("Ukraine's General Staff said Russian forces have no control over Siversk and Lyman, where "
     "heavy fighting continues.", ["lyman", "siversk"]),
    ("Die ukrainische Armee erklärte, die russischen Truppen hätten keine Kontrolle über Toretsk.",
     ["toretsk"]),
])
def test_no_control_of_the_other_side_is_a_denial(text: str, places: list[str]) -> None:
    assert _claims(text) == [("UKR", p, "denial") for p in places]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's army claimed the capture of Lyman in Donetsk region, a claim refuted by Kyiv.",
     [("RUS", "lyman", "capture"), ("UKR", "lyman", "denial")]),
    ("Das russische Militär meldete die Einnahme von Lyman im Gebiet Donezk.",
     [("RUS", "lyman", "capture")]),
    ("On Monday Russia's defence ministry said its troops had captured Siversk in the Donetsk region.",
     [("RUS", "siversk", "capture")]),
])
def test_the_region_that_locates_a_place_claimed_is_no_claim_of_its_own(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize("text", [
    "The new minister took over the post in Kyiv on Monday.",
    "Turkey took over the chairmanship of the talks in Istanbul.",
])
def test_an_office_taken_over_is_no_capture(text: str) -> None:
    assert _claims(text) == []


# -- denials going on: their own places, their side, their day; a rebuttal told again -------------

def _dated_claims(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(claimant, place, type, date) of every claim, in text order."""
    return [(e.parties[0] if e.parties else None, e.place, e.claim, e.date_start)
            for e in extract(text, "t", PUB).events if e.kind == "claim"]


def test_a_rebuttal_naming_its_place_after_a_denial_is_that_sides_denial_there() -> None:
    text = ("Ukraine's General Staff said Russian forces have no control over Siversk. The spokesman "
            "also said that reports about the capture of Toretsk are untrue.")
    assert _dated_claims(text) == [("UKR", "siversk", "denial", PUB), ("UKR", "toretsk", "denial", PUB)]


def test_a_rebuttal_of_a_claim_already_denied_by_that_side_is_no_new_claim() -> None:
    text = ("On Monday, Kyiv denied that Russian troops had taken Siversk. Ukraine's army rejected the "
            "claim, saying fighting went on.")
    assert _dated_claims(text) == [("UKR", "siversk", "denial", "2025-03-10")]


def test_a_rebuttal_of_the_other_sides_claim_is_still_a_denial() -> None:
    text = "Russia's defence ministry said its troops had captured Siversk. Kyiv said the claim was untrue."
    assert _dated_claims(text) == [("RUS", "siversk", "capture", PUB), ("UKR", "siversk", "denial", PUB)]


def test_a_denial_told_as_going_on_takes_the_day_of_the_one_before() -> None:
    text = ("On Monday, Kyiv denied that Russian troops had taken Siversk. Ukraine also dismissed Moscow's "
            "assertion that Russian units had taken over much of two further towns – Toretsk, a rail "
            "hub, and Lyman, close to the front line.")
    assert [(p, d) for _, p, _, d in _dated_claims(text)] == [
        ("siversk", "2025-03-10"), ("toretsk", "2025-03-10"), ("lyman", "2025-03-10")]


@pytest.mark.parametrize("text", [
    'The army said Ukrainian troops were "in full control" in the Kharkiv region and that Russian '
    "raiding groups which had crossed the border had been pushed back.",
    "Kyiv dismissed statements that Russian forces had taken over most of Toretsk.",
])
def test_a_backshifted_past_perfect_under_a_verb_of_saying_dates_the_claim_by_the_report(text: str) -> None:
    assert {d for *_, d in _dated_claims(text)} == {PUB}


def test_a_capture_told_as_earlier_still_has_no_day() -> None:
    text = "Russian forces had captured Toretsk before the winter, the report noted."
    assert {d for *_, d in _dated_claims(text)} <= {None}


# -- a deal told again: keyed by its item when it has no taxonomy topic; a term's start is no day ---

def test_a_grain_deal_extension_told_three_times_is_one_agreement() -> None:
    text = ("The grain deal has been extended for another 60 days, the Turkish president announced on "
            "Monday. \"The grain agreement was extended for 60 days as of March 19,\" he wrote. "
            "Guterres on Monday welcomed the agreement reached by the parties to continue the grain "
            "initiative.")
    assert [d for d, _, _ in _agreements(text)] == ["2025-03-10"]


def test_a_grain_deal_signed_earlier_stays_its_own_agreement() -> None:
    text = ("The grain deal has been extended for another 60 days, Ankara announced on Monday. On July "
            "22, 2022, Russia and Ukraine signed the grain agreement in Istanbul.")
    assert sorted(d or "" for d, _, _ in _agreements(text)) == ["2022-07-22", "2025-03-10"]


@pytest.mark.parametrize("text", [
    "Russland und die Ukraine haben sich am Montag auf eine Verlängerung des Getreideabkommens ab dem "
    "19. März geeinigt.",
    "Russia and Ukraine agreed on Monday to extend the grain deal, effective March 19.",
])
def test_the_start_of_a_term_is_not_the_day_of_the_agreement(text: str) -> None:
    assert [d for d, _, _ in _agreements(text)] == ["2025-03-10"]


# -- a deal kept: obligations and a moratorium; a ban on attacks is no attack; since-phrases -------

def test_obligations_kept_while_the_other_side_attacks_is_a_compliance_claim_of_the_report_day() -> None:
    text = ("Seit Beginn der Waffenruhe am 8. März hat die russische Armee nach Angaben des Generalstabs "
            "in Kiew 40 Angriffe verübt, während die ukrainischen Truppen ihre Verpflichtungen einhalten.")
    assert [(c, d) for _, _, c, d in _dated_claims(text)] == [("compliance", PUB)]


def test_a_moratorium_said_kept_in_reported_speech_is_a_compliance_claim() -> None:
    text = ("Das Verteidigungsministerium in Moskau erklärte, Russland halte sich an die Bedingungen "
            "des Moratoriums.")
    assert [(p, c) for p, _, c, _ in _dated_claims(text)] == [("RUS", "compliance")]


@pytest.mark.parametrize("text", [
    "Am Mittwoch endet das Verbot für beide Seiten, Angriffe auf Kraftwerke durchzuführen.",
    "Heute endet das Verbot für beide Seiten, Angriffe auf Kraftwerke durchzuführen",
    "The ban on strikes against energy facilities expires on Wednesday, officials in Moscow said.",
])
def test_attacks_a_ban_holds_off_are_no_accusation(text: str) -> None:
    assert _dated_claims(text) == []


def test_attacks_carried_out_despite_a_pause_are_still_a_violation_claim() -> None:
    text = "Kiew wirft Moskau vor, trotz der Feuerpause Angriffe auf Kraftwerke durchzuführen."
    assert [(p, c) for p, _, c, _ in _dated_claims(text)] == [("UKR", "violation")]


# -- an agreement told in the present (reports and headlines) ------------------------------------

@pytest.mark.parametrize(("text", "quantity"), [
    ("The delegations agree on a format for humanitarian corridors out of the besieged towns.", None),
    ("Russia, Ukraine agree to swap 300 prisoners", 300),
    ("Kiew und Moskau einigen sich auf einen Austausch von 300 Gefangenen", 300),
    ("Die Delegationen einigen sich nach Angaben beider Seiten auf humanitäre Korridore für Zivilisten.",
     None),
])
def test_an_agreement_told_in_the_present_is_one(text: str, quantity: int | None) -> None:
    assert [(d, q) for d, q, _ in _agreements(text)] == [(PUB, quantity)]


@pytest.mark.parametrize("text", [
    "Kyiv and Moscow could agree on a local truce around the plant, the mediator said.",
    "Kyiv will not agree to a ceasefire without guarantees.",
    "Ob sich beide Seiten auf eine Waffenruhe einigen können, ist offen.",
    "We agree to disagree on the humanitarian corridors, the envoy said.",
])
def test_an_agreement_only_possible_or_refused_is_none(text: str) -> None:
    assert _agreements(text) == []


# -- claims told again from one dated statement -------------------------------------------------

def test_claims_told_from_a_dated_briefing_take_its_day_and_a_repeat_is_one_record() -> None:
    text = ("Russia's chief of staff told Putin on Monday that Russian forces had taken control of "
            "Siversk. The Kremlin said the two men met at a command post in the south. \"Our units have "
            "liberated the town of Siversk,\" Gerasimov told the president. Gerasimov also told Putin that "
            "Russian forces had taken control of half of Toretsk. He said most of Lyman was also under "
            "Russian control.")
    assert [(c, p, d) for c, p, _, d in _dated_claims(text)] == [
        ("RUS", "siversk", "2025-03-10"), ("RUS", "toretsk", "2025-03-10"), ("RUS", "lyman", "2025-03-10")]


def test_a_claim_said_now_is_of_the_report_day() -> None:
    text = ("Russia's army said on Monday that its troops had captured Siversk. The ministry says its "
            "forces now control Lyman.")
    assert [(p, d) for _, p, _, d in _dated_claims(text)] == [("siversk", "2025-03-10"), ("lyman", PUB)]


def test_the_other_sides_denial_is_not_told_from_the_first_sides_statement() -> None:
    text = ("Russia's army said on Monday that its troops had captured Siversk. Ukraine's General Staff "
            "denied that Russian forces had taken the town of Siversk.")
    assert [(c, d) for c, _, _, d in _dated_claims(text)] == [("RUS", "2025-03-10"), ("UKR", PUB)]


# -- a deal named by the day it took effect, inside a claim about keeping it -----------------------

@pytest.mark.parametrize("text", [
    "Seit Beginn der Waffenruhe am 8. März hat die russische Armee nach Angaben des Generalstabs in Kiew "
    "40 Angriffe verübt, während die ukrainischen Truppen ihre Verpflichtungen einhalten.",
    "Since the truce took effect on March 8, Russia has violated it 40 times, Kyiv said.",
])
def test_the_day_a_deal_took_effect_is_an_agreement_besides_the_claim(text: str) -> None:
    assert [d for d, _, _ in _agreements(text)] == ["2025-03-08"]
    assert [d for *_, d in _dated_claims(text)] == [PUB]


def test_a_claim_naming_a_deal_without_its_start_day_adds_no_agreement() -> None:
    text = "Kyiv said Russia had violated the truce 40 times since it was agreed."
    assert _agreements(text) == []
