"""Figures by family of the language, German and English: each family is one table of sentences
written for these tests (dates written month-first, the age of a war, repeated meetings, loose
ranges, German attributes before the noun, homes without power, nationals)."""

from __future__ import annotations

import pytest

from accord.news.numbers import find_figures
from tests.figures import Expected
from tests.figures import found as _found

# a day of a month is a date, whichever side of the month it stands on; a German month before a
# number is no date
_DATES = [
    ("en", "The talks set for March 4 were dropped, and the March 9 meeting went ahead.", []),
    ("en", "The Oct. 7 session and the Sept. 30 round produced no text.", []),
    ("en", "On 2 June three envoys met; the 14 July meeting lasted 5 hours.", [(5, "hours")]),
    ("en", "Russia said on November 3rd that 40 drones were downed.", [(40, "drones")]),
    ("de", "Am 4. Jänner dauerte die Sitzung zwei Stunden.", [(2, "hours")]),
    ("de", "Ende Februar 30 Drohnen, am 2. Februar 3 Treffen.", [(30, "drones"), (3, "rounds")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _DATES)
def test_days_of_months_are_no_figures(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


# the age of the war counts years (or weeks) of war; the same arithmetic around a meeting or a
# truce is a point in time
_WAR_AGE = [
    ("en", "Two years into Russia's full-scale invasion, the envoys met again.", [(2, "years")]),
    ("en", "Three weeks into the conflict, the first round began.", [(3, "weeks")]),
    ("en", "Four years after the start of the war, 30 percent backed talks.",
     [(4, "years"), (30, "percent")]),
    ("en", "Two hours into the talks, one delegation walked out.", []),
    ("en", "Five days after the summit, the envoys left.", []),
    ("de", "Drei Jahre nach Beginn der Invasion verhandeln beide Seiten wieder.", [(3, "years")]),
    ("de", "Zwei Tage später reisten die Delegationen ab.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _WAR_AGE)
def test_the_age_of_the_war(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


# a count of repetitions: meetings when a verb of meeting or talking stands in its clause
# (convention 6: several meetings reported together are counted in rounds); a multiplier compares
# amounts and counts nothing
_REPEATED = [
    ("en", "The two delegations have met four times in Geneva.", [(4, "rounds")]),
    ("en", "The ministers spoke by phone twice this month.", [(2, "rounds")]),
    ("en", "Envoys held talks at least 3 times before the summit.", [(3, "rounds")]),
    ("en", "Moscow launched five times as many drones as in May.", []),
    ("en", "Prices rose four times, analysts said after the delegations met.", []),
    ("en", "They met once in Minsk.", []),
    ("de", "Die Unterhändler haben sich bereits viermal getroffen.", [(4, "rounds")]),
    ("de", "Die Außenminister telefonierten zwei Mal und verhandelten 3-mal direkt.",
     [(2, "rounds"), (3, "rounds")]),
    ("de", "Russland feuerte dreimal so viele Raketen ab wie im Vorjahr.", []),
    ("de", "Er wurde zweimal verwundet und noch einmal befragt.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _REPEATED)
def test_repeated_meetings_count_rounds(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


# a loose range said with a comma or "or" gives both ends, like "bis" and "to"; a falling pair is
# a list
_LOOSE_RANGES = [
    ("de", "Für eine Feuerpause von drei, vier Tagen fehlte die Zusage.", [(4, "days"), (3, "days")]),
    ("de", "Die Gespräche dauern wohl zwei oder drei Wochen.", [(3, "weeks"), (2, "weeks")]),
    ("en", "A deal could take two or three months.", [(3, "months"), (2, "months")]),
    ("en", "Officials expect 4 or 5 rounds.", [(5, "rounds"), (4, "rounds")]),
    ("de", "Es kamen 40 Soldaten, 12 Zivilisten und 5, 3 Kinder frei.",
     [(40, "soldiers"), (12, "civilians"), (3, "children")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _LOOSE_RANGES)
def test_loose_ranges_give_both_ends(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


# German puts a whole attribute between the number and its noun: a phrase with a preposition and an
# inflected participle or adjective; an article after the preposition is no adjective
_ATTRIBUTES = [
    ("de", "Das sagten sechs mit den Plänen vertraute Personen.", [(6, "people")]),
    ("de", "Kiew meldete 150 nach Russland verschleppte Kinder.", [(150, "children")]),
    ("de", "Vier an der Runde beteiligte Staaten schwiegen.", [(4, "countries")]),
    ("de", "Es kamen 70 aus dem Osten geflohene Zivilisten an.", [(70, "civilians")]),
    ("de", "Dort warten 12 seit Monaten in Haft sitzende Journalisten.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _ATTRIBUTES)
def test_german_attributes_before_the_noun(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


# homes, flats and supply customers cut off from power, heat or water count households; homes in
# other sentences are no unit of the scheme; a scale word keeps the hedge before its article
_HOMES = [
    ("de", "Nach dem Angriff waren rund eine Million Wohnungen ohne Strom.", [(1e6, "households")]),
    ("de", "In Charkiw blieben 40.000 Häuser ohne Heizung.", [(40000, "households")]),
    ("en", "Over a million homes lost power after the strike.", [(1e6, "households")]),
    ("en", "About 600,000 customers were left without electricity.", [(600000, "households")]),
    ("en", "Three houses burned after the drone attack.", []),
    ("de", "Zwei Wohnhäuser wurden bei dem Angriff zerstört.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _HOMES)
def test_homes_without_power_count_households(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


def test_a_scale_word_keeps_the_hedge_before_its_article() -> None:
    [f] = find_figures("Über eine Million Menschen sind geflohen.", lang="de")
    assert (f.value, f.unit, f.hedge) == (1e6, "people", "more_than")


# nationals are counted as people, as prisoners when the sentence frees or swaps them; a
# nationality before another noun is an adjective
_NATIONALS = [
    ("en", "The group included four British nationals and three Canadians.", [(4, "people"), (3, "people")]),
    ("en", "Kyiv said 120 Ukrainians and 90 Russians were freed in the swap.",
     [(120, "prisoners"), (90, "prisoners")]),
    ("en", "Two American drones and six German tanks were seen.", [(2, "drones")]),
    ("de", "Bei dem Angriff starben 25 Ukrainer und zwei Ausländer.", [(25, "people"), (2, "people")]),
    # (session 18: nationals of a third country freed with the two sides' prisoners stay people)
    ("de", "Freigelassen wurden auch drei Briten.", [(3, "people")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _NATIONALS)
def test_nationals_count_people(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


# a scale word after a vague quantifier is no numeral; a glued "m" is a million before people or
# things counted, as after a currency sign, and metres otherwise
_SCALES = [
    ("de", "Mehrere hundert Drohnen und einige Dutzend Soldaten, aber zwei Dutzend Gefangene.",
     [(24, "prisoners")]),
    ("en", "Several thousand troops and a few hundred drones, but a dozen missiles.", [(12, "missiles")]),
    ("en", "About 4.5m refugees and 1.2m homes without power; a 200m bridge.",
     [(4.5e6, "people"), (1.2e6, "households")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _SCALES)
def test_vague_and_glued_scales(lang: str, text: str, expected: Expected) -> None:
    assert _found(text, lang) == sorted((float(v), u) for v, u in expected)


def test_minus_before_degrees_is_a_sign() -> None:
    text = "Nachts bis zu minus 25 Grad, tags minus 8 Grad."
    got = [(f.value, f.unit, f.hedge) for f in find_figures(text)]
    assert got == [(-25.0, "degC", "up_to"), (-8.0, "degC", "exact")]
