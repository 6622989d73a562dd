"""Fourteenth session (claims14): claims, partial agreements and pledges in wording families the
rules missed, on sentences written for these tests in German and English. Each claim is
(claimant, place, claim type) per the corpus README: one record per claimant and place
(convention 5)."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2025-12-02"  # a Tuesday


def _claims(text: str) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """(claimant, place, claim type) of every claim, sorted."""
    return sorted((tuple(e.parties), e.place, e.claim)
                  for e in extract(text, "t", PUB).events if e.kind == "claim")


# -- a capture told with a German verb of telling in the perfect or pluperfect, or announced --------

@pytest.mark.parametrize("text", [
    "Moskau hatte die Einnahme der Stadt Kupjansk gemeldet.",
    "Der Kreml hat die Eroberung von Kupjansk verkündet.",
    "Der Kreml verkündete am Sonntag die Einnahme von Kupjansk.",
    "Putin hatte vergangene Woche erklärt, Kupjansk sei erobert worden.",
    "Kupjansk war bereits von Kremlchef Putin als erobert bezeichnet worden.",
    "Der Kreml bezeichnete Kupjansk als vollständig eingenommen.",
    "Moscow described Kupiansk as fully captured.",
])
def test_a_capture_announced_or_told_in_the_pluperfect_is_a_claim(text: str) -> None:
    assert _claims(text) == [(("RUS",), "kupiansk", "capture")]


def test_a_capture_of_two_towns_told_in_the_pluperfect_is_one_claim_per_town() -> None:
    text = "Der Kreml hatte die Eroberung der Städte Pokrowsk und Wowtschansk verkündet."
    assert _claims(text) == [(("RUS",), "pokrovsk", "capture"), (("RUS",), "vovchansk", "capture")]


@pytest.mark.parametrize("text", [
    "Laut Moskau hat die Armee das Dorf Petriwka eingenommen.",
    "Moskau zufolge ist das Dorf Petriwka inzwischen eingenommen.",
])
def test_a_capture_told_by_a_german_source_phrase_is_a_claim(text: str) -> None:
    assert _claims(text) == [(("RUS",), "petrivka", "capture")]


# -- "neither X nor Y was taken": a denial per place ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Doch laut Kiew sind weder Pokrowsk noch Myrnohrad vollständig eingenommen worden.",
    "Nach Angaben aus Kiew wurden weder Pokrowsk noch Myrnohrad von russischen Truppen erobert.",
    "Ukraine's army said Russian troops had captured neither Pokrovsk nor Myrnohrad.",
])
def test_neither_nor_taken_is_a_denial_per_place(text: str) -> None:
    assert _claims(text) == [(("UKR",), "myrnohrad", "denial"), (("UKR",), "pokrovsk", "denial")]


@pytest.mark.parametrize("text", [
    "The Ukrainian military neither confirmed nor denied reports that Russian troops had captured Pokrovsk.",
    "Die ukrainische Armee wollte weder bestätigen noch dementieren, dass Pokrowsk eingenommen sei.",
])
def test_neither_confirmed_nor_denied_stays_no_claim(text: str) -> None:
    assert _claims(text) == []
