"""Sixteenth session (claims16): claims, partial agreements and pledges in wording families the
rules missed or misread, on sentences written for these tests in German and English. A claim is
(claimant, place, claim type) per the corpus README (one record per claimant and place,
convention 5); an agreed item, also one told in the background by how it was made, is a
`partial_agreement` dated by the day it was made (convention 7)."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2023-07-20"  # a Thursday


def _deals(text: str, pub: str = PUB) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    """(first day, parties, mediators) of every partial agreement."""
    return [(e.date_start, tuple(e.parties), tuple(e.mediators))
            for e in extract(text, "t", pub).events if e.kind == "partial_agreement"]


# -- a grain deal told in the background by how it was made (brokered, mediated, concluded) -------

@pytest.mark.parametrize("text", [
    "The accord, which was brokered by Turkey and the United Nations in July 2022, let Ukraine "
    "ship its grain through the Black Sea.",
    "The grain corridor deal, mediated by the UN and Turkey in July 2022, was hailed as a rare "
    "success.",
    "Ankara and the UN helped mediate the grain deal in July 2022.",
    "The Black Sea grain deal was concluded in July 2022 but lapsed this week.",
    "Die im Juli 2022 von der Türkei und den Vereinten Nationen vermittelte Vereinbarung "
    "ermöglichte die Ausfuhr von Getreide über das Meer.",
    "Das Getreideabkommen war im Juli 2022 von Ankara und der UNO ausgehandelt worden.",
    "Das Getreideabkommen wurde im Juli 2022 in Istanbul unterzeichnet.",
])
def test_a_grain_deal_told_by_its_making_is_an_agreement_of_its_day(text: str) -> None:
    deals = _deals(text)
    assert len(deals) == 1 and deals[0][0] == "2022-07" and "UKR" in deals[0][1]


@pytest.mark.parametrize("text", [
    "The deal, brokered in July 2022 by the United Nations and Turkey, let ships leave Odesa "
    "with grain.",
    "Das von der UNO und der Türkei im Juli 2022 vermittelte Getreideabkommen ließ "
    "Getreidefrachter aus Odessa auslaufen.",
])
def test_the_brokers_of_a_grain_deal_mediate_it_between_the_warring_sides(text: str) -> None:
    assert _deals(text) == [("2022-07", ("RUS", "UKR"), ("TUR", "UN"))]


@pytest.mark.parametrize("text", [
    "The UN hopes a new grain deal can be brokered before the winter.",
    "Ankara wants to broker a new grain deal with Moscow.",
    "Die Türkei will ein neues Getreideabkommen vermitteln.",
    "Moscow quit the grain deal that the UN had brokered.",
])
def test_a_grain_deal_hoped_for_or_left_is_no_agreement(text: str) -> None:
    assert _deals(text) == []


def _claims(text: str, pub: str = "2024-08-16") -> list[tuple[str | None, tuple[str, ...], str | None]]:
    """(claim type, claimant, place) of every claim."""
    return [(e.claim, tuple(e.parties), e.place)
            for e in extract(text, "t", pub).events if e.kind == "claim"]


# -- a bare denial in a quote right after a capture claim ("This is not true.") --------------------

@pytest.mark.parametrize("text", [
    "Russian forces have captured the town of Marinka, the defence ministry in Moscow said on "
    "Thursday. A Ukrainian army spokesman told reporters: \"This is not true.\"",
    "Moscow said on Thursday its troops had taken Marinka. \"That is simply false,\" a spokesman "
    "for the Ukrainian army said.",
    "Russland meldete am Donnerstag die Einnahme von Marjinka. Ein Sprecher der ukrainischen "
    "Armee sagte: \"Das ist nicht wahr.\"",
    "Russland meldete am Donnerstag die Einnahme von Marjinka. \"Das stimmt nicht\", sagte ein "
    "Sprecher der ukrainischen Armee.",
])
def test_a_bare_denial_after_a_capture_claim_is_the_other_sides_denial(text: str) -> None:
    assert _claims(text) == [("capture", ("RUS",), "marinka"), ("denial", ("UKR",), "marinka")]


@pytest.mark.parametrize("text", [
    "Russland meldete am Donnerstag die Einnahme von Marjinka. Kiew sagte, die Lage sei schwierig. "
    "Ob das stimmt, ist unklar.",
    "The ministry in Kyiv said the situation near Marinka was difficult. It is not true that the "
    "army has run out of shells, the minister added.",
])
def test_a_doubt_or_a_denial_with_no_claim_before_it_is_no_denial(text: str) -> None:
    assert ("denial", ("UKR",), "marinka") not in _claims(text)


# -- claims of a report denied, and a part in an attack denied -------------------------------------

@pytest.mark.parametrize("text", [
    "Kremlsprecher Peskow hat Behauptungen widerlegt, dass ein Treffen mit dem Kanzler vorbereitet "
    "werde.",
    "Der Kreml wies am Freitag Behauptungen zurück, wonach ein Gipfel in Vorbereitung sei.",
    "Kremlin spokesman Dmitry Peskov denied claims that a meeting with the chancellor was being "
    "prepared.",
])
def test_claims_of_a_report_denied_by_a_side_are_its_denial(text: str) -> None:
    assert _claims(text) == [("denial", ("RUS",), None)]


@pytest.mark.parametrize("text", [
    "Das ukrainische Militär hat jede Beteiligung an dem Anschlag bestritten.",
    "Die Ukraine bestreitet jede Beteiligung an der Explosion.",
    "Kyiv denied any involvement in the blast at the pumping station.",
    "Ukraine's army rejected any responsibility for the explosion.",
])
def test_a_part_in_an_attack_denied_is_a_denial(text: str) -> None:
    assert [(c, p) for c, p, _ in _claims(text)] == [("denial", ("UKR",))]


def test_a_role_in_drafting_a_plan_denied_is_no_claim() -> None:
    assert _claims("Ukraine's foreign minister denied any role in drafting the plan.") == []


# the attack must be what the part denied is in, not an attack noun near it (review16 item 7)
@pytest.mark.parametrize("text", [
    "Russia denied responsibility for the delay of the talks after the drone incident.",
    "Kyiv denied any involvement in drafting the plan that followed the drone talks.",
    "Die Ukraine bestritt jede Verantwortung für die Verzögerung der Gespräche nach dem Vorfall.",
])
def test_a_part_in_something_else_near_an_attack_noun_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_a_delay_denied_near_an_attack_noun_stays_a_postponement() -> None:
    kinds = [e.kind for e in extract("Russia denied responsibility for the delay of the talks after "
                                     "the drone incident.", "t", PUB).events]
    assert kinds == ["postponement"]


def test_a_part_in_a_drone_strike_denied_is_a_denial() -> None:
    assert [(c, p) for c, p, _ in _claims("Moscow denied any responsibility for the deadly drone strike "
                                          "on Sumy.")] == [("denial", ("RUS",))]


# -- "die Stadt im Gebiet X": the town named just before, not its region (German spellings too) ---

@pytest.mark.parametrize("text", [
    "Selenskyj besuchte am Freitag Kupjansk. Der Kreml hatte am Vortag erklärt, dass die Stadt "
    "im Gebiet Charkiw schon erobert sei.",
    "Selenskyj besuchte am Freitag Kupjansk. Moskau hatte behauptet, die Stadt im Gebiet Charkiw "
    "sei eingenommen worden.",
    "Zelensky visited Kupiansk on Friday. The Kremlin had said the city in the Kharkiv region was "
    "captured, which Kyiv denied.",
])
def test_the_town_in_a_region_is_the_town_named_before(text: str) -> None:
    assert ("RUS",) in [p for _, p, _ in _claims(text, "2025-12-12")]
    assert {place for _, _, place in _claims(text, "2025-12-12")} == {"kupiansk"}


@pytest.mark.parametrize("text, place", [
    ("Russland meldete am Freitag die Einnahme des Dorfes Otradne im Gebiet Saporischschja.", "otradne"),
    ("Das russische Verteidigungsministerium meldete die Eroberung von Kupjansk im Gebiet Charkiw.",
     "kupiansk"),
    ("Russia said on Friday it had captured the village of Otradne in the Zaporizhzhia region.", "otradne"),
])
def test_a_region_in_german_spelling_only_locates_the_place_claimed(text: str, place: str) -> None:
    assert [p for _, _, p in _claims(text, "2025-12-12")] == [place]


@pytest.mark.parametrize("text", [
    "Russland meldete am Freitag die Einnahme von Siwersk, was die Ukraine zurückweist.",
    "Moskau meldete am Freitag die Eroberung von Siwersk, was Kiew umgehend zurückwies.",
])
def test_a_rebuttal_at_the_end_of_a_side_clause_is_a_denial(text: str) -> None:
    assert _claims(text, "2025-12-12") == [("capture", ("RUS",), "siversk"), ("denial", ("UKR",), "siversk")]


# -- a pledge with the verb second and two names after it: the first gives ----------------------

@pytest.mark.parametrize("text, giver", [
    ("Am Montag sagte Berlin Kiew weitere Luftabwehrsysteme zu.", "DEU"),
    ("Am Donnerstag sagte Paris Kiew weitere 200 Millionen Euro zu.", "FRA"),
    ("Am Freitag sicherte Washington Kiew weitere Raketen zu.", "USA"),
])
def test_the_name_right_after_the_pledge_verb_gives_and_the_next_receives(text: str, giver: str) -> None:
    pledges = [(tuple(e.parties), e.place) for e in extract(text, "t", "2025-09-05").events
               if e.kind == "pledge"]
    assert pledges == [((giver,), None)]


def test_a_pledge_with_its_subject_first_keeps_its_giver() -> None:
    pledges = [tuple(e.parties) for e in extract(
        "Am Donnerstag sagte Deutschland der Ukraine weitere 500 Millionen Euro zu.", "t",
        "2025-09-05").events if e.kind == "pledge"]
    assert pledges == [("DEU",)]


# -- children returned by agreement: an item of its own (no exchange of captives, no stance) -------

@pytest.mark.parametrize("text", [
    "Russia has agreed to return six children from Ukraine to their families, in a deal mediated by Qatar.",
    "Qatar has mediated the return of four Ukrainian children to their families, officials said on Monday.",
    "Four other children were returned to Ukraine in October after a Qatar-brokered agreement.",
    "Russland hat zugestimmt, sechs ukrainische Kinder an ihre Familien zurückzugeben.",
    "Moskau und Kiew einigten sich unter Vermittlung Katars darauf, vier Kinder zurückzugeben.",
])
def test_children_returned_by_agreement_are_an_agreed_item(text: str) -> None:
    ex = extract(text, "t", "2023-12-06")
    assert [(e.kind, e.topic, tuple(e.parties)) for e in ex.events] == [
        ("partial_agreement", None, ("RUS", "UKR"))]
    assert [s for s in ex.stances if s.issue == "humanitarian.prisoners"] == []


def test_children_who_must_be_returned_are_no_agreement() -> None:
    assert extract("Children must be returned to their families, Zelensky said.", "t",
                   "2023-12-06").events == []


# -- review16 item 6: a deal noun that is no subject of the making, a hypothetical deal, a deal
# not yet concluded: no agreed deal with parties

def test_talks_on_a_deal_concluded_without_result_are_no_deal() -> None:
    kinds = [e.kind for e in extract("The talks on the grain deal were concluded without result on "
                                     "Friday.", "t", PUB).events]
    assert "partial_agreement" not in kinds


def test_a_brokered_deal_that_only_could_is_none() -> None:
    assert _deals("Ein von Katar vermitteltes Abkommen könnte den Austausch von 300 Gefangenen "
                  "ermöglichen.") == []


def test_a_deal_not_yet_concluded_gets_no_parties() -> None:
    assert all(parties == () for _, parties, _ in _deals(
        "Das Abkommen über den Austausch der Gefangenen wurde noch nicht abgeschlossen."))
