"""Claims of attacks and captures (defects left by the tenth session, fixed as general defects):
capitals attacked, claims told by a mayor, the attack and capture vocabulary, a source named
after a list of places. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(e.kind, e.date_start, e.place, e.parties) for e in extract(text, "t", PUB).events]


# 2 and 5. a capital that is the object of an attack is its place ("hit the city of Kyiv", "die
# Stadt Kiew", "the Ukrainian capital"); a city's mayor speaks for Ukraine
@pytest.mark.parametrize("text", [
    "Russian missiles hit the city of Kyiv on Monday, Ukrainian officials said.",
    "Russian drones struck the Ukrainian capital overnight, the city's mayor said.",
    "Russische Raketen trafen am Montag die Stadt Kiew, teilte der Bürgermeister mit.",
    "Russische Drohnen griffen in der Nacht die ukrainische Hauptstadt an, sagte der Bürgermeister.",
])
def test_capital_attacked_is_the_place_and_mayor_speaks_for_ukraine(text: str) -> None:
    claims = [e for e in _events(text) if e[0] == "claim"]
    assert [(c[2], c[3]) for c in claims] == [("kyiv", ["UKR"])], _events(text)


@pytest.mark.parametrize("text", [
    "Russian missiles hit Odesa, Kyiv said.",  # the capital speaks: not attacked
    "Russia attacked Odesa on Monday, the Ukrainian ministry in Kyiv said.",
    "Russian missiles hit Odesa on Monday, the city's mayor said.",
])
def test_capital_as_source_is_not_the_place(text: str) -> None:
    claims = [e for e in _events(text) if e[0] == "claim"]
    assert [(c[2], c[3]) for c in claims] == [("odesa", ["UKR"])], _events(text)


# 6. general words of attacking and taking a place
@pytest.mark.parametrize(("text", "place", "side"), [
    ("Russian troops launched an assault on Pokrovsk, Kyiv said.", "pokrovsk", "UKR"),
    ("Russische Einheiten stürmten am Dienstag den Ort Dachne, teilte der ukrainische Generalstab mit.",
     "dachne", "UKR"),
    ("Russian forces took the village of Dachne, Moscow said.", "dachne", "RUS"),
    ("Russia's defence ministry said its troops overran Dachne.", "dachne", "RUS"),
])
def test_attack_and_capture_words(text: str, place: str, side: str) -> None:
    claims = [e for e in _events(text) if e[0] == "claim"]
    assert [(c[2], c[3]) for c in claims] == [(place, [side])], _events(text)


# a capital after a comma and before a verb of saying is the source, not one more place taken
@pytest.mark.parametrize(("text", "places"), [
    ("Russian forces captured the city of Kupiansk, Moscow said.", ["kupiansk"]),
    ("Russian forces captured the villages of Dachne, Sosnivka and Berezove, Moscow said.",
     ["dachne", "sosnivka", "berezove"]),
    # the positive twin: a list of places goes on after the comma
    ("Russian forces captured the villages of Dachne, Sosnivka and Berezove, the Russian army said.",
     ["dachne", "sosnivka", "berezove"]),
])
def test_source_after_list_of_places_is_no_place(text: str, places: list[str]) -> None:
    assert [e[2] for e in _events(text) if e[0] == "claim"] == places, _events(text)
