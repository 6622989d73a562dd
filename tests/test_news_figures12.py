"""Figures, twelfth session: general causes found on a new real training set, each shown with
German and English sentences written for these tests (never taken from an article)."""

from __future__ import annotations

import pytest

from accord.news.numbers import find_figures
from tests.figures import SCHEME as _SCHEME
from tests.figures import Expected
from tests.figures import check as _check

# a German adjective of captivity before a noun: the noun is what is counted (the scheme counts
# the head noun); a captive noun of its own, or a noun the scheme does not count, stays prisoners
_CAPTIVES = [
    ("de", "Dafür habe Kiew 84 gefangene Soldaten nach Moskau überstellt.", [(84, "soldiers")]),
    ("de", "Zurück kamen 212 gefangene ukrainische Soldaten und 12 Gefangene aus Cherson.",
     [(212, "soldiers"), (12, "prisoners")]),
    ("de", "Moskau ließ 31 kriegsgefangene Grenzschützer und 9 gefangene Zivilisten frei.",
     [(31, "soldiers"), (9, "civilians")]),
    ("de", "Beide Seiten tauschten je 250 Kriegsgefangene aus.", [(250, "prisoners")]),
    ("de", "Übergeben wurden 70 gefangene Russen.", [(70, "prisoners")]),
    ("de", "Es ging um 40 gefangene Matrosen aus dem Hafen.", [(40, "prisoners")]),
    ("en", "Kyiv handed back 84 captured soldiers.", [(84, "soldiers")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _CAPTIVES)
def test_captive_adjective_counts_its_noun(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# a date written year-first with hyphens is no range and no figure
_ISO_DATES = [
    ("en", "posted 2025-11-03 Next round of talks due in Vienna", []),
    ("en", "Updated 2024-7-9: the delegations met for 6 hours.", [(6, "hours")]),
    ("de", "Stand 2026-01-20 Neue Runde der Gespräche in Genf erwartet", []),
    ("de", "Zwischen 2-3 Runden und 1000-1200 Gefangene waren im Gespräch.",
     [(3, "rounds"), (2, "rounds"), (1200, "prisoners"), (1000, "prisoners")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _ISO_DATES)
def test_year_first_dates_are_no_figures(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# someone's age is no figure; the age of a war still counts its years
_AGES = [
    ("de", "Der 61-Jährige führt die Delegation seit dem Frühjahr.", []),
    ("de", "Die Unterhändlerin ist 48 Jahre alt und verhandelt seit 3 Jahren.", [(3, "years")]),
    ("de", "Vereinbart ist eine 25-jährige Frist für den Abzug.", [(25, "years")]),
    ("de", "Der Krieg ist inzwischen vier Jahre alt.", [(4, "years")]),
    ("en", "The 63-year-old envoy flew in; a second aide, 40 years old, stayed home.", []),
    ("en", "Talks to end the four-year-old war resumed after 2 weeks.", [(4, "years"), (2, "weeks")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _AGES)
def test_ages_are_no_figures(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# one record per sentence that states the number: the same number of the same unit said twice in
# one sentence is one figure (for each side when either mention says so); another sentence that
# states it again is another figure
_TWICE = [
    ("Kyiv freed 64 Russian prisoners of war in return for 64 Ukrainian prisoners. "
     "Later 64 prisoners more were named.", [(64, "prisoners", True), (64, "prisoners", None)]),
    ("Moskau übergab 120 Gefangene, und Kiew übergab ebenfalls 120 Gefangene.",
     [(120, "prisoners", True)]),
    ("Die Gespräche dauerten 3 Stunden, das Telefonat am Abend weitere 3 Stunden.", [(3, "hours", None)]),
    ("Each side handed over 75 prisoners, 75 soldiers among them.",
     [(75, "prisoners", True), (75, "soldiers", None)]),
]


@pytest.mark.parametrize(("text", "expected"), _TWICE)
def test_a_number_twice_in_a_sentence_is_one_figure(text: str,
                                                    expected: list[tuple[float, str, bool | None]]) -> None:
    from accord.news.extract import extract

    got = [(f.value, f.unit, f.per_side) for f in extract(text, "t", "2025-05-01").figures]
    assert got == [(float(v), u, p) for v, u, p in expected]



# a currency word is a word of its own: "europäische" and "European" are no euros
_EUROS = [
    ("de", "Es berieten 14 europäische Regierungen über 20 Milliarden Euro.", [(2e10, "eur")]),
    # (leaders counted are people since session 14)
    ("en", "Some 9 European leaders pledged 300 euros per family and EUR 5m.",
     [(9, "people"), (300, "eur"), (5e6, "eur")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _EUROS)
def test_european_is_no_currency(lang: str, text: str, expected: Expected) -> None:
    found = find_figures(text, lang=lang)
    got = sorted((f.value, f.unit.lower()) for f in found if f.unit.lower() in _SCHEME)
    assert got == sorted((float(v), u) for v, u in expected)


# a German compound cut short before a conjunction shares the head of the last one
_TRUNCATED = [
    ("de", "Am Gipfel nahmen 24 europäische Nachbar- und Partnerstaaten teil.", [(24, "countries")]),
    ("de", "Es folgten 3 Vorbereitungs- und Hauptrunden in Riad.", [(3, "rounds")]),
    ("de", "Gemeldet wurden 17 Grenz- oder Frontdörfer unter Beschuss.", [(17, "settlements")]),
    ("de", "Geplant sind 6 Kurz- und Langstreckenraketen.", [(6, "missiles")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _TRUNCATED)
def test_truncated_compounds_share_their_head(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# "the number of X ... to N": the counted noun may follow adjectives; a noun after a preposition
# is not the one counted
_NUMBER_OF = [
    ("de", "Die Zahl der freigelassenen Gefangenen erhöhte sich damit auf 2.150.", [(2150, "prisoners")]),
    ("de", "Die Gesamtzahl der beteiligten Staaten lag zuletzt bei 61.", [(61, "countries")]),
    ("en", "That lifts the number of participating nations to 83.", [(83, "countries")]),
    ("en", "The total number of returned Ukrainian soldiers is now 4,410.", [(4410, "soldiers")]),
    ("en", "The number of strikes on civilians fell to 12.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _NUMBER_OF)
def test_number_of_takes_the_noun_after_its_adjectives(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


# a part of a whole just counted, its noun left out, counts what the whole counts ("darunter 57",
# "including 12", "40 of them"); not a larger number, nor one in the next sentence
_PARTS = [
    ("de", "An dem Forum nahmen 71 Staaten teil, darunter 38 mit ihren Außenministern.",
     [(71, "countries"), (38, "countries")]),
    ("de", "Die Armee meldete 140 Drohnen, davon 95 über dem Osten des Landes.",
     [(140, "drones"), (95, "drones")]),
    ("en", "Kyiv got back 410 prisoners, including 36 from the Azov regiment.",
     [(410, "prisoners"), (36, "prisoners")]),
    ("en", "Some 66 countries signed the text, 29 of them from Europe.",
     [(66, "countries"), (29, "countries")]),
    ("en", "The talks lasted 4 hours, including 45 in private.", [(4, "hours")]),
    ("en", "Russia fired 30 missiles. Including 12 at Odesa, the barrage lasted all night.",
     [(30, "missiles")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _PARTS)
def test_a_part_counts_what_its_whole_counts(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)


def test_a_hedge_is_a_word_of_its_own() -> None:
    text = "Es kamen 50 Staaten, darunter 20 aus Asien, und unter 9 Drohnen."
    hedges = [f.hedge for f in find_figures(text, lang="de")]
    assert hedges == ["exact", "exact", "less_than"]


# one of a group whose noun was said before in the sentence and is not repeated: "zu den fünf",
# "one of the 12" count that noun (regions, countries, settlements, points, steps, rounds only)
_ONE_OF = [
    ("de", "Das Gebiet zählt nicht zu den vier, die Moskau annektiert hat.", [(4, "regions")]),
    ("de", "Der Ort ist einer der 14, die die Armee zurückerobert haben will.", [(14, "settlements")]),
    ("en", "The oblast is not one of the four that Moscow annexed in 2022.", [(4, "regions")]),
    ("en", "Hungary was the only state among 40 signers, and one of the 3 that abstained.",
     [(3, "countries")]),
    ("de", "Der Soldat gehört zu den 300, die heimkehrten.", []),
    ("en", "He said one of the two would travel.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _ONE_OF)
def test_one_of_a_group_counts_its_noun(lang: str, text: str, expected: Expected) -> None:
    _check(text, lang, expected)
