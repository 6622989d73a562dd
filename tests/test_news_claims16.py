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
    "The grain deal was concluded in July 2022 and lapsed this week.",
    "Die im Juli 2022 von der Türkei und den Vereinten Nationen vermittelte Vereinbarung "
    "ermöglichte die Ausfuhr von Getreide über das Meer.",
    "Das Getreideabkommen war im Juli 2022 von Ankara und der UNO ausgehandelt worden.",
    "Das Getreideabkommen wurde im Juli 2022 in Istanbul unterzeichnet.",
])
def test_a_grain_deal_told_by_its_making_is_an_agreement_of_its_day(text: str) -> None:
    deals = _deals(text)
    assert len(deals) == 1 and deals[0][0] == "2022-07" and "UKR" in deals[0][1]


@pytest.mark.parametrize("text", [
    "The deal, brokered by the United Nations and Turkey in July 2022, let ships leave Odesa "
    "with grain.",
    "Das von den Vereinten Nationen und der Türkei im Juli 2022 vermittelte Abkommen ließ "
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
