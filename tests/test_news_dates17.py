"""Event dates (session 17), on German and English sentences written for these tests.

The general causes fixed:
- the day or month the war or the invasion began, named to place something else in history
  ("since Russia invaded its neighbour in February 2022", "seit dem Einmarsch am 24. Februar
  2022", "the war that began with Russia's 2022 full-scale invasion"), is never the day of the
  sentence's exchange, meeting or claim (it dated them in February 2022);
- "earlier in the week", "later in the week", "early in the week" are parts of the report's week,
  like "earlier this week";
- the day of an event something has gone on since ("Seit dem Treffen in Washington am Montag
  wird beraten", "since the talks in Geneva on Friday") lies behind the report whatever the tense;
- what a report tells as current with no day of its own happened on the report's news day: where
  its lead tells its first event on a day one or two days before the article's ("ended their
  talks in Istanbul on Friday" in a Saturday report, "gestern"), the statements, steps and
  pledges told further on took place that day, not on the day the report came out (not claims
  and denials, which can answer a day later, nor what is said in the present or "now", nor where
  a later day has been told since or the lead's day is the article's or a week back).
"""

from __future__ import annotations

import pytest

from accord.news.dates import find_dates
from accord.news.extract import extract


@pytest.mark.parametrize(("text", "pub", "kind", "start"), [
    ("Russia and Ukraine swapped 150 prisoners each, the biggest swap since Russia invaded its "
     "neighbour in February 2022.", "2025-06-13", "partial_agreement", "2025-06-13"),
    ("Russland und die Ukraine haben jeweils 150 Gefangene ausgetauscht, so viele wie seit dem "
     "Einmarsch am 24. Februar 2022 nicht mehr.", "2025-06-13", "partial_agreement", "2025-06-13"),
    ("Die Unterhändler trafen sich in Genf zu Gesprächen über ein Ende des Krieges, der mit dem "
     "russischen Einmarsch im Februar 2022 begann.", "2025-06-13", "round", "2025-06-13"),
    ("Witkoff met Zelensky in Berlin for talks on ending the war that began with Russia's 2022 "
     "full-scale invasion.", "2025-06-13", "round", "2025-06-13"),
    ("Earlier in the week, Ukraine had already received 900 bodies of soldiers who fell since the "
     "invasion began on February 24, 2022.", "2025-06-13", "partial_agreement", "2025-06-09"),
])
def test_the_start_of_the_war_dates_no_event(text: str, pub: str, kind: str, start: str) -> None:
    events = [e for e in extract(text, "t", pub).events if e.kind == kind]
    assert events and events[0].date_start == start, events


def test_a_war_word_before_another_date_keeps_it() -> None:
    text = ("Nach Gesprächen zur Beendigung des russischen Angriffskriegs soll es Anfang Juli ein "
            "Treffen in Genf geben.")
    events = [e for e in extract(text, "t", "2025-06-13").events if e.kind == "round"]
    assert events and (events[0].date_start, events[0].date_end) == ("2025-07-01", "2025-07-10")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Earlier in the week the envoys met in Riyadh.", "2025-06-09", "2025-06-12"),
    ("Later in the week the envoys will travel to Geneva.", "2025-06-14", "2025-06-15"),
    ("Early in the week the two sides spoke by phone.", "2025-06-09", "2025-06-11"),
    ("Seit dem Treffen in Washington am Montag wird beraten, wie es weitergeht.",
     "2025-06-09", "2025-06-09"),
    ("Since the talks in Geneva on Monday, both sides will exchange papers.", "2025-06-09", "2025-06-09"),
])
def test_parts_of_the_week_and_days_since(text: str, first: str, last: str) -> None:
    found = find_dates(text, "2025-06-13")
    assert found and (found[0].first, found[0].last) == (first, last), found


_FILL_EN = ("The mood in the hall was described as tense.\n\nObservers had expected little from the "
            "meeting.\n\nThe war has now lasted for more than three years.\n\n")
_FILL_DE = ("Die Stimmung im Saal galt als angespannt.\n\nBeobachter hatten wenig von dem Treffen "
            "erwartet.\n\nDer Krieg dauert inzwischen mehr als drei Jahre.\n\n")


@pytest.mark.parametrize(("text", "pub", "day"), [
    ("Delegations of Russia and Ukraine ended their talks in Istanbul on Friday without a "
     "ceasefire.\n\n" + _FILL_EN + "Moscow promised to send a draft memorandum to Kyiv.",
     "2025-05-17", "2025-05-16"),
    ("Russian and Ukrainian negotiators met in Istanbul yesterday for the first time in three "
     "years.\n\n" + _FILL_EN + "Ukraine's defence minister announced that Kyiv would review the "
     "Russian proposals.", "2025-05-17", "2025-05-16"),
    ("Die Delegationen beendeten ihre Gespräche in Genf am Donnerstag ohne Ergebnis.\n\n" + _FILL_DE
     + "Der russische Unterhändler kündigte an, die ukrainischen Vorschläge zu prüfen.",
     "2025-11-21", "2025-11-20"),
    ("Russland und die Ukraine haben sich gestern in Istanbul zu neuen Gesprächen getroffen.\n\n"
     + _FILL_DE + "Moskau versprach, Kiew einen Entwurf für ein Memorandum zu schicken.",
     "2025-11-21", "2025-11-20"),
    # the lead tells the article's day, or a day a week back: the article's day stays
    ("Die Delegationen haben heute in Genf ihre Gespräche beendet.\n\n" + _FILL_DE + "Der russische "
     "Unterhändler kündigte an, die ukrainischen Vorschläge zu prüfen.", "2025-11-21", "2025-11-21"),
    ("Die Delegationen beendeten ihre Gespräche in Genf am 14. November ohne Ergebnis.\n\n" + _FILL_DE
     + "Der russische Unterhändler kündigte an, die ukrainischen Vorschläge zu prüfen.",
     "2025-11-21", "2025-11-21"),
])
def test_what_is_told_as_current_is_of_the_leads_day(text: str, pub: str, day: str) -> None:
    steps = [e for e in extract(text, "t", pub).events if e.kind == "statement_of_intent"]
    assert steps and steps[-1].date_start == day, steps


@pytest.mark.parametrize("text", [
    "Putin empfing am Dienstag in Moskau die US-Gesandten Witkoff und Kushner.\n\n" + _FILL_DE
    + "Am Mittwoch telefonierten die Außenminister beider Länder.\n\nDer russische Unterhändler "
    "kündigte an, die ukrainischen Vorschläge zu prüfen.",
    "Putin received the US envoys Witkoff and Kushner in Moscow on Tuesday.\n\n" + _FILL_EN
    + "On Wednesday the foreign ministers of both countries spoke by phone.\n\nMoscow promised to "
    "send a draft memorandum to Kyiv.",
    # said in the present, or "now": the report's day
    "Putin received the US envoys Witkoff and Kushner in Moscow on Tuesday.\n\n" + _FILL_EN
    + "Moscow says it will send a draft memorandum to Kyiv.",
])
def test_a_later_day_told_since_keeps_the_articles_day(text: str) -> None:
    steps = [e for e in extract(text, "t", "2025-12-03").events if e.kind == "statement_of_intent"]
    assert steps and steps[-1].date_start == "2025-12-03", steps


@pytest.mark.parametrize("text", [
    "Putin empfing am Dienstag in Moskau die US-Gesandten Witkoff und Kushner.\n\n" + _FILL_DE
    + "Die ukrainische Armee wies russische Angaben über die Einnahme von Siwersk zurück.",
    "Putin received the US envoys Witkoff and Kushner in Moscow on Tuesday.\n\n" + _FILL_EN
    + "Ukraine's army denied Russian claims that Siversk had fallen.",
])
def test_a_claim_keeps_the_articles_day(text: str) -> None:
    claims = [e for e in extract(text, "t", "2025-12-03").events if e.kind == "claim"]
    assert all(c.date_start in (None, "2025-12-03") for c in claims), claims


@pytest.mark.parametrize(("text", "kind", "day"), [
    # a verb between the since-phrase and the day: the day is the coming one (review 17, item 4)
    ("Die erste Runde seit dem Gipfel findet am Montag in Genf statt.", "summit", "2025-05-19"),
    ("Since the Geneva meeting both sides plan to resume talks on Monday.", "statement_of_intent",
     "2025-05-16"),
])
def test_a_day_after_a_since_phrase_and_a_verb_lies_ahead(text: str, kind: str, day: str) -> None:
    events = [e for e in extract(text, "t", "2025-05-16").events if e.kind == kind]
    assert events and events[0].date_start == day, events


@pytest.mark.parametrize(("text", "day"), [
    ("Since the collapse of the talks the envoys are due to meet again on Monday.", "2025-05-19"),
    ("Seit dem Scheitern der Gespräche sollen sich die Gesandten am Montag wieder treffen.", "2025-05-19"),
    # ... while a day inside the since-phrase stays behind
    ("Seit dem Gipfel in Genf am Montag findet keine Runde mehr statt.", "2025-05-12"),
    ("Since the collapse of the talks on Monday the envoys have not met.", "2025-05-12"),
])
def test_the_day_of_a_since_phrase_only_inside_it(text: str, day: str) -> None:
    found = find_dates(text, "2025-05-16")
    assert found and found[0].first == day, found


@pytest.mark.parametrize("lead", [
    "Die Gespräche in Istanbul endeten am Mittwoch ohne Ergebnis.\n\n",
    "The talks in Istanbul ended on Wednesday without a result.\n\n",
])
@pytest.mark.parametrize(("step", "day"), [
    # a step told in the present is today's news (review 17, item 9) ...
    ("Selenskyj schlägt ein Treffen mit Putin im Vatikan vor.", "2025-05-16"),
    ("Zelensky proposes a meeting with Putin in the Vatican.", "2025-05-16"),
    # ... one told in the past is of the lead's day
    ("Selenskyj hat ein Treffen mit Putin im Vatikan vorgeschlagen.", "2025-05-14"),
    ("Moscow promised to send a draft memorandum to Kyiv.", "2025-05-14"),
])
def test_a_step_told_in_the_present_is_of_the_articles_day(lead: str, step: str, day: str) -> None:
    steps = [e for e in extract(lead + step, "t", "2025-05-16").events if e.kind == "statement_of_intent"]
    assert steps and steps[-1].date_start == day, steps
