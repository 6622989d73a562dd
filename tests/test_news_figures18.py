"""Figures (session 18), on German and English sentences written for these tests.

The general causes fixed:
- foreigners and nationals of a third country freed in an exchange stay people ("12 foreigners
  who had fought for Kyiv", "three British nationals", "zwölf Ausländer", "zwei amerikanische
  Staatsbürger"); Ukrainians and Russians freed, or citizens with no nation named, are
  prisoners as before (the gold: third-country nationals freed are people 4 of 4 times);
- soldiers counted by their command are soldiers ("six commanders", "fünf Kommandeure",
  "zwei Militärbefehlshaber"); veterans are people; a dotted abbreviation stands between a
  number and its noun as a modifier ("two U.S. military veterans").
"""

from __future__ import annotations

import pytest

from tests.figures import Expected, check


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # foreigners and third-country nationals freed with the prisoners of the two sides ...
    ("The swap also freed 12 foreigners who had fought for Kyiv.", "en", [(12, "people")]),
    ("Among those released were three British nationals and four Americans.", "en",
     [(3, "people"), (4, "people")]),
    ("Three U.S. citizens were released on Friday as part of the deal.", "en", [(3, "people")]),
    ("Beim Austausch kamen auch zwölf Ausländer frei.", "de", [(12, "people")]),
    ("Freigelassen wurden auch drei Briten und zwei amerikanische Staatsbürger.", "de",
     [(3, "people"), (2, "people")]),
    # ... the two sides' nationals, or citizens with no nation named, are prisoners
    ("Kyiv said 120 Ukrainians and 90 Russians were freed in the swap.", "en",
     [(120, "prisoners"), (90, "prisoners")]),
    ("Among those released were 40 Ukrainian nationals.", "en", [(40, "prisoners")]),
    ("Some 50 citizens came home after the exchange.", "en", [(50, "prisoners")]),
    ("Am Samstag kamen 75 Ukrainer und 20 Russinnen frei.", "de", [(75, "prisoners"), (20, "prisoners")]),
    ("Freigelassen wurden 20 ukrainische Staatsbürger.", "de", [(20, "prisoners")]),
])
def test_foreigners_freed_stay_people(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Kyiv secured the release of six commanders who had defended the port.", "en", [(6, "soldiers")]),
    ("Two regimental commanders were among those exchanged.", "en", [(2, "soldiers")]),
    ("Freigelassen wurden auch fünf Kommandeure der Verteidiger.", "de", [(5, "soldiers")]),
    ("Unter den Heimkehrern sind zwei Militärbefehlshaber.", "de", [(2, "soldiers")]),
    ("Sieben Kommandanten wurden ausgetauscht.", "de", [(7, "soldiers")]),
    ("Four army veterans were freed in the deal.", "en", [(4, "people")]),
    ("Drei Veteranen kamen ebenfalls frei.", "de", [(3, "people")]),
    # a dotted abbreviation is a modifier before the noun
    ("The deal freed two U.S. military veterans.", "en", [(2, "people")]),
    ("It has about 300 U.K. soldiers in the region.", "en", [(300, "soldiers")]),
])
def test_commanders_veterans_and_dotted_modifiers(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)
