"""Defects a reviewer found in the twelfth session's rules, each shown with our own German and
English sentences: near misses (negations, fears, reported past facts) that a new rule read as
the thing it looks for."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-10"


def _claims(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.place, e.claim, e.parties) for e in extract(text, published=PUB).events if e.kind == "claim"]


# a loss negated, denied, feared or at risk is no loss told (claims._lost_place, e6fd73c)
@pytest.mark.parametrize("text", [
    "Ukraine has not lost Pokrovsk, Syrskyi said.",
    "Ukraine never lost control of Kupiansk, Zelensky said on Monday.",
    "Kyiv denied that it had lost Kupiansk, the general staff said.",
    "Ukraine is at risk of losing Pokrovsk within weeks, analysts said.",
    "Ukraine fears losing Kupiansk, Syrskyi said.",
    "Kiew bestreitet, Pokrowsk verloren zu haben.",
    "Die Ukraine habe die Kontrolle über Pokrowsk keineswegs verloren, so der Generalstab.",
])
def test_a_loss_not_told_is_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize("text", [
    "Ukraine lost Pokrovsk after weeks of heavy fighting, Syrskyi admitted.",
    "Nach wochenlangen Kämpfen hat die Ukraine Pokrowsk verloren, räumte Syrskyj ein.",
])
def test_a_loss_told_stays_a_claim(text: str) -> None:
    assert _claims(text) == [("pokrovsk", "capture", ["UKR"])]
