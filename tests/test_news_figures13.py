"""Figures, thirteenth session: general causes found on the real tuning sets (train12, f12d,
train13), each shown with German and English sentences written for these tests (never taken
from an article)."""

from __future__ import annotations

import pytest

from tests.figures import Expected
from tests.figures import check as _check

# the dead handed back: an exchange "N for N" of the dead counts bodies (of captives, or with no
# word of the dead, prisoners); the noun right after the number is counted, not the one after its
# "of"; "the bodies of another 500 deceased citizens" are bodies
_BODIES = [
    ("en", "The repatriation of bodies will follow a 900 for 900 formula, the ministry said.",
     [(900, "bodies")]),
    ("en", "Next week the sides plan an exchange of their fallen — 2,500 for 2,500.", [(2500, "bodies")]),
    ("de", "Beim Austausch der Leichen getöteter Soldaten gilt die Formel 700 gegen 700.", [(700, "bodies")]),
    ("de", "Beim Austausch gilt die Formel 700 gegen 700.", [(700, "prisoners")]),
    ("en", "The sides swapped 300 for 300 prisoners of war on Friday.", [(300, "prisoners")]),
    ("en", "A swap of captives and of the dead, 400 for 400, is planned.", [(400, "prisoners")]),
    ("en", "Kyiv said it had received 845 bodies of servicemen killed near the border.", [(845, "bodies")]),
    ("de", "Die Ukraine erhielt 640 Leichen von Soldaten, die im Osten gefallen waren.", [(640, "bodies")]),
    ("en", "Moscow handed over the bodies of another 500 deceased citizens on Monday.", [(500, "bodies")]),
    ("en", "On Tuesday 75 deceased Ukrainians were returned to Kyiv.", [(75, "bodies")]),
    ("en", "The 40 children of soldiers were brought to safety.", [(40, "children")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _BODIES)
def test_the_dead_handed_back_are_bodies(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# a list whose later items leave the noun out and name a place: each item counts what the first
# one counts ("60 bodies from the east, 14 from the south"); a German "eine" stays an article
_LISTS = [
    ("en", "The committee said it got back 60 bodies from the eastern front, 14 from the south and three "
           "from the north.", [(60, "bodies"), (14, "bodies"), (3, "bodies")]),
    ("en", "Officials counted 40 prisoners from Kharkiv, 12 from Sumy and two from Odesa.",
     [(40, "prisoners"), (12, "prisoners"), (2, "prisoners")]),
    ("en", "Nine soldiers were wounded in the north, four in the south.", [(9, "soldiers"), (4, "soldiers")]),
    ("de", "Unter den Freigelassenen waren acht Menschen aus Polen, drei aus Kanada und je einer aus "
           "Irland.", [(8, "people"), (3, "people")]),
    ("de", "Es kamen 25 Gefangene aus Charkiw und 11 aus Sumy zurück.",
     [(25, "prisoners"), (11, "prisoners")]),
    ("en", "The talks lasted 5 hours, 3 in the morning session.", [(5, "hours")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _LISTS)
def test_a_list_by_place_keeps_its_noun(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# "bzw." between two numbers: the noun after the second counts both
_RESPECTIVELY = [
    ("de", "Befragt wurden 1.500 bzw. 1.800 Personen in zwei Runden.",
     [(1500, "people"), (1800, "people"), (2, "rounds")]),
    ("de", "Die beiden Treffen dauerten 3 beziehungsweise 4 Stunden.", [(3, "hours"), (4, "hours")]),
    ("de", "An den Runden nahmen 40 bzw. 45 Staaten teil.", [(40, "countries"), (45, "countries")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _RESPECTIVELY)
def test_respectively_shares_the_noun(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# people by their heads or roles: "-köpfig" fuses a number of people; advisers, diplomats,
# delegates and negotiators are people
_PEOPLE = [
    ("de", "Die mehr als 30-köpfige Delegation reiste am Morgen an.", [(30, "people")]),
    ("de", "Eine zwölfköpfige Gruppe aus Kiew traf ein.", [(12, "people")]),
    ("en", "The meeting drew 45 national security advisers and 12 senior diplomats.",
     [(45, "people"), (12, "people")]),
    ("de", "Zum Treffen kamen 35 Sicherheitsberater und zwölf Diplomaten.", [(35, "people"), (12, "people")]),
    ("en", "Two negotiators and five delegates stayed behind.", [(2, "people"), (5, "people")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _PEOPLE)
def test_people_by_heads_and_roles(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# the war begun so long ago: its age counts ("des vor drei Jahren begonnenen Krieges"); any other
# "vor drei Jahren" is a point in time
_WAR_AGO = [
    ("de", "Die Verhandlungen zum Ende des vor drei Jahren begonnenen Krieges stocken.", [(3, "years")]),
    ("de", "Seit dem vor knapp vier Jahren von Russland begonnenen Angriffskrieg ist das Land gespalten.",
     [(4, "years")]),
    ("de", "Der vor zwei Jahren entfesselte Krieg hat die Region verwüstet.", [(2, "years")]),
    ("de", "Vor drei Jahren trafen sich die Delegationen zuletzt in Istanbul.", []),
    ("de", "Die vor zwei Wochen begonnenen Gespräche wurden vertagt.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _WAR_AGO)
def test_the_war_begun_years_ago(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# a German attribute before the noun may hold a year
_ATTRIBUTES = [
    ("de", "Russland verlangt den Rückzug aus drei von Moskau 2022 besetzten Gebieten.",
     [(3, "regions")]),
    ("de", "Die drei seit 2014 besetzten Regionen bleiben strittig.", [(3, "regions")]),
    ("de", "Seit 2014 sind 40 Soldaten gefallen.", [(40, "soldiers")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _ATTRIBUTES)
def test_an_attribute_with_a_year(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# relative-date arithmetic: "ahead of" like "before"; "an hour and a half later" is a point in
# time; a year and month written "2025-03" is a date
_RELATIVE = [
    ("en", "The envoy arrived two days ahead of the deadline.", []),
    ("en", "The talks began three hours ahead of schedule.", []),
    ("en", "The delegates came back to the table an hour and a half later.", []),
    ("en", "The session lasted an hour and a half.", [(1.5, "hours")]),
    ("de", "2024-05 Treffen in Genf", []),
    ("en", "2023-11 talks in Doha: 3 rounds", [(3, "rounds")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _RELATIVE)
def test_relative_dates_and_year_months(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# "one of the two biggest cities": a number with a plural noun of its own counts that noun, not a
# group named before it in the sentence ("a stepping stone ... one of the two")
_OWN_NOUN = [
    ("en", "Taking the town would be a stepping stone to Kramatorsk, one of the two main cities that Kyiv "
           "still holds.", []),
    ("en", "The plan is a first step towards peace, but one of the three biggest hurdles remains.", []),
    ("en", "Of the regions claimed, Kherson is one of the four that Russia does not fully hold.",
     [(4, "regions")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _OWN_NOUN)
def test_a_plural_noun_of_its_own(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)
