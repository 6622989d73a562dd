"""Parties of a meeting (ninth session, known defects 8-9): the country of a place named with
it, a side that presses another and the place someone came from sit at no table."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-13"


def _parties(text: str) -> list[list[str]]:
    return [e.parties for e in extract(text, "t", PUB).events if e.kind == "round"]


@pytest.mark.parametrize("text", [
    "Negotiators of Russia and Ukraine met in Istanbul, Turkey, on Wednesday.",
    "Unterhändler Russlands und der Ukraine trafen sich am Mittwoch in Istanbul, Türkei.",
])
def test_the_country_of_the_place_is_no_party(text: str) -> None:
    assert _parties(text) == [["RUS", "UKR"]], text


@pytest.mark.parametrize("text", [
    "Under pressure from Trump, negotiators of Russia and Ukraine met in Geneva on Wednesday.",
    "Auf Druck von US-Präsident Trump kamen Unterhändler Russlands und der Ukraine am Mittwoch in "
    "Genf zusammen.",
])
def test_who_presses_the_sides_is_no_party(text: str) -> None:
    assert _parties(text) == [["RUS", "UKR"]], text


@pytest.mark.parametrize("text", [
    "Zelensky, who had arrived from Poland, met the US envoy Witkoff in Kyiv on Wednesday.",
    "Selenskyj, der aus Polen angereist war, traf am Mittwoch in Kiew den US-Gesandten Witkoff.",
])
def test_where_a_visitor_came_from_is_no_party(text: str) -> None:
    assert _parties(text) == [["UKR", "USA"]], text


def test_a_country_listed_among_the_sides_stays_a_party() -> None:
    text = "Vertreter der Türkei, Russlands und der Ukraine trafen sich am Mittwoch in Istanbul."
    assert _parties(text) == [["RUS", "TUR", "UKR"]]
