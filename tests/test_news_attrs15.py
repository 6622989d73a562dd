"""Event dates and places, datelines, office holders and figures (session 15), on German and
English sentences written for these tests.

The general causes fixed:
- the day before named as an adverb ("Tags zuvor", "am Tag davor", "einen Tag vorher", "a day
  earlier", "the day prior") is a date, like "am Vortag" and "the day before": the day before the
  day the text has just named, else the day before the report; a day before a named occasion
  ("a day before the summit") is not resolved against the report;
"""

from __future__ import annotations

import pytest

from accord.news.dates import find_dates, resolve_relative
from accord.news.extract import extract

PUB = "2025-04-10"  # a Thursday


def _days(text: str) -> list[str]:
    return [d.first for d in resolve_relative(find_dates(text, PUB), text, 0, PUB)]


@pytest.mark.parametrize("text", [
    "Tags zuvor hatte Moskau die Einnahme des Dorfes gemeldet.",
    "Am Tag davor hatten die Außenminister miteinander telefoniert.",
    "Einen Tag vorher war die Delegation in Genf eingetroffen.",
    "A day earlier, the Russian army had claimed the town.",
    "The day prior, the envoys had spoken by phone.",
    "Kyiv denied the report; a day before, Moscow had announced the capture.",
])
def test_the_day_before_with_no_day_named_is_the_reports_eve(text: str) -> None:
    assert _days(text) == ["2025-04-09"]


@pytest.mark.parametrize("text", [
    "Am Dienstag, 8. April, meldete Kiew neue Angriffe. Tags zuvor hatte Moskau die Einnahme gemeldet.",
    "On April 8 the delegations met in Geneva. A day earlier, the mediators had spoken to both sides.",
    "Die Gespräche in Genf endeten am 8. April. Am Vortag hatten die Unterhändler bis spät verhandelt.",
    "Talks ended in Riyadh on April 8. The day before, the two teams had met separately.",
])
def test_the_day_before_is_that_of_the_day_just_named(text: str) -> None:
    assert _days(text)[-1] == "2025-04-07"


@pytest.mark.parametrize("text", [
    "A day before the summit, the ministers met in Paris.",
    "The day prior to the vote, the envoys arrived.",
])
def test_a_day_before_an_occasion_is_no_date(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Ukraine weist die Angaben zurück. Tags zuvor hatte der Kreml die Einnahme der Stadt Pokrowsk "
     "verkündet.", "de"),
    ("Kyiv rejected the report. A day earlier, the Kremlin had claimed the capture of the town of Pokrovsk.",
     "en"),
])
def test_a_claim_told_the_day_before_is_dated(text: str, lang: str) -> None:
    claims = [e for e in extract(text, "t", PUB).events if e.kind == "claim" and e.place == "pokrovsk"]
    assert claims and all(e.date_start == "2025-04-09" for e in claims), claims
