"""Figures (session 17), on German and English sentences written for these tests.

The general causes fixed:
- a number of countries, nations or states after "between the" / "zwischen den" names the
  parties of a relation already named ("relations between the two countries", "the war between
  the two nations"), no count; the same number elsewhere still counts ("delegations from the
  three countries", "between the two nuclear powers");
- a time of day is no number of what follows it ("12:33" above a heading, page furniture
  "10:02 min"); "minutes" is read as a whole word, so "35 minutes ago" and "two minutes later"
  are relative-date arithmetic like "two hours later"; a loose range has ends of one size ("zwei,
  drei Tage"), two numbers far apart are a list or a date before a number ("on May 18, 1,000
  bodies" counts 1,000 bodies, not 18 to 1,000);
"""

from __future__ import annotations

import pytest

from tests.figures import Expected, check


@pytest.mark.parametrize(("text", "lang"), [
    ("The summit strained relations between the two countries even further.", "en"),
    ("Ankara called the swap a step towards ending the war between the two nations.", "en"),
    ("Hopes for an accord on the plant between the two states have faded.", "en"),
    ("Envoys shuttled for weeks between these three countries without a result.", "en"),
    ("Die Beziehungen zwischen den zwei Ländern gelten als angespannt.", "de"),
    ("Der Vermittler pendelte zwischen den drei Staaten hin und her.", "de"),
])
def test_countries_of_a_relation_named_before_are_no_count(text: str, lang: str) -> None:
    check(text, lang, [])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Delegations from the three countries arrived in the Gulf on Friday.", "en", [(3, "countries")]),
    ("Talks between the two nuclear powers resumed.", "en", [(2, "countries")]),
    ("Ministers of 40 countries met; talks were held between 12 states.", "en",
     [(40, "countries"), (12, "countries")]),
    ("Vertreter aus drei Ländern reisten nach Genf.", "de", [(3, "countries")]),
    ("Die Gespräche zwischen zwölf Staaten dauerten zwei Tage.", "de", [(12, "countries"), (2, "days")]),
])
def test_countries_counted_elsewhere_stay(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Friday, 3 May 2024, 16:45\nSecond meeting of the advisers opens in Doha", "en", []),
    ("Posted 09:12\nThree rounds of talks ended without a deal.", "en", [(3, "rounds")]),
    ("Video 12:20 min\nGespräche in Genf", "de", []),
    ("Stand 14:05\nZwei Treffen sind geplant.", "de", [(2, "rounds")]),
    ("The talks began at 10:30 and lasted 45 minutes.", "en", [(45, "minutes")]),
])
def test_a_time_of_day_counts_nothing(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Updated 35 minutes ago", "en", []),
    ("Two minutes later the line went dead.", "en", []),
    ("Ten minutes after the call, Kyiv issued a statement.", "en", []),
    ("The call lasted 40 minutes; a second one took 15 minutes.", "en", [(40, "minutes"), (15, "minutes")]),
    ("Zehn Minuten später trat der Sprecher vor die Presse.", "de", []),
    ("Das Telefonat dauerte 40 Minuten.", "de", [(40, "minutes")]),
])
def test_minutes_as_a_whole_word(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("On May 18, 1,000 bodies were handed over.", "en", [(1000, "bodies")]),
    ("In total 5, 200 soldiers were counted.", "en", [(200, "soldiers")]),
    ("Talks could last two or three days.", "en", [(3, "days"), (2, "days")]),
    ("Am 18. Mai, 1.000 Gefangene kamen frei.", "de", [(1000, "prisoners")]),
    ("Die Gespräche dauern wohl zwei, drei Tage.", "de", [(3, "days"), (2, "days")]),
    ("Garantien für 30, 40 oder 50 Jahre", "de", [(50, "years"), (40, "years")]),
])
def test_a_loose_range_has_ends_of_one_size(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)

