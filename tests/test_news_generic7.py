"""General defects any article can hit (session seven): outlet names, dateline venues, date
intervals, repeated planned rounds, and offers held out in prospect. Every sentence here is
written for these tests, German and English."""

from __future__ import annotations

import pytest

from accord.news import gazetteer as gz
from accord.news.dates import find_dates
from accord.news.extract import extract, find_mentions


@pytest.mark.parametrize("text", [
    "Die New York Times schrieb am Abend darüber.",
    "Laut der Washington Post blieb vieles offen.",
    "The Kyiv Independent carried the story first.",
    "Reporters of the Kyiv Post asked again.",
    "The Moscow Times quoted two officials.",
    "Die Berliner Zeitung druckte das Interview.",
    "Radio Free Europe had a correspondent there.",
    "Die Deutsche Welle sendete live.",
])
def test_an_outlet_name_is_no_place_and_no_actor(text: str) -> None:
    assert find_mentions(text, gz.default(), "2025-05-20") == []


def test_a_place_next_to_an_outlet_name_still_counts() -> None:
    found = find_mentions("Moscow's Times Square rally and the Kyiv School of Economics.",
                          gz.default(), "2025-05-20")
    assert [m.entity for m in found] == ["moscow", "kyiv"]


@pytest.mark.parametrize("text,pub", [
    ("Wie die New York Times berichtet, verhandelten die Delegationen Russlands und der Ukraine "
     "am Montag zwei Stunden lang.", "2025-05-20"),
    ("According to the Kyiv Independent, Russian and Ukrainian delegations held talks on Monday "
     "for three hours.", "2025-05-20"),
])
def test_an_outlet_gives_a_round_no_place(text: str, pub: str) -> None:
    rounds = [e for e in extract(text, "t", pub).events if e.kind == "round"]
    assert rounds and all(e.place is None for e in rounds)


@pytest.mark.parametrize("text,actor,issue", [
    ("Frankreich stellte der Ukraine am Montag Sicherheitsgarantien in Aussicht.", "FRA",
     "security.guarantees"),
    ("Die USA haben eine Lockerung der Sanktionen gegen Russland in Aussicht gestellt.", "USA",
     "economy.sanctions"),
    ("Der Kreml stellte einen Gefangenenaustausch in Aussicht.", "RUS", "humanitarian.prisoners"),
    ("Washington held out the prospect of sanctions relief for Russia on Monday.", "USA",
     "economy.sanctions"),
])
def test_holding_out_the_prospect_is_an_offer(text: str, actor: str, issue: str) -> None:
    got = {(s.actor, s.issue, s.polarity) for s in extract(text, "t", "2025-05-20").stances}
    assert (actor, issue, "propose") in got


@pytest.mark.parametrize("text", [
    "Die EU stellt Kiew Wiederaufbauhilfe in Aussicht, betont aber die Notwendigkeit, dass "
    "Russland Reparationen zahlt.",
    "The EU offered reconstruction aid, stressing the need for Russia to pay reparations.",
    "Kiew betonte die Notwendigkeit, dass Russland Reparationen leistet.",
])
def test_what_a_stated_necessity_asks_is_demanded(text: str) -> None:
    got = [(s.issue, s.polarity) for s in extract(text, "t", "2025-05-20").stances]
    assert ("economy.frozen_assets", "demand") in got


@pytest.mark.parametrize("text,first,last", [
    ("Das Abkommen kam im Sommer 2022 zustande.", "2022-06-01", "2022-08-31"),
    ("The deal was struck in the summer of 2023.", "2023-06-01", "2023-08-31"),
    ("Im Herbst 2024 trafen sich die Unterhändler.", "2024-09-01", "2024-11-30"),
    ("Die Gespräche sollen im Frühjahr weitergehen.", "2025-03-01", "2025-05-31"),
    ("Im Frühjahr sollen die Gespräche weitergehen.", "2025-03-01", "2025-05-31"),
    ("This spring the talks could resume.", "2025-03-01", "2025-05-31"),
    ("Talks could resume this spring.", "2025-03-01", "2025-05-31"),
    ("Sie hatten sich im vergangenen Herbst getroffen.", "2024-09-01", "2024-11-30"),
    ("The envoys first met last summer.", "2024-06-01", "2024-08-31"),
    ("Im kommenden Frühjahr soll verhandelt werden.", "2026-03-01", "2026-05-31"),
    ("Die Runde ist für Anfang nächsten Monats geplant.", "2025-06-01", "2025-06-10"),
    ("The round is planned for early next month.", "2025-06-01", "2025-06-10"),
    ("A new round is due later this month.", "2025-05-15", "2025-05-31"),
    ("They spoke by phone earlier this month.", "2025-05-01", "2025-05-13"),
    ("Eine Einigung wird bis Ende 2025 erwartet.", "2025-09-01", "2025-12-31"),
    ("The plan was drafted in early 2024.", "2024-01-01", "2024-04-30"),
    ("Ende März trafen sich die Delegationen.", "2025-03-21", "2025-03-31"),
    ("Anfang April trafen sich die Delegationen.", "2025-04-01", "2025-04-10"),
    ("Mitte Mai sprachen sie erneut.", "2025-05-11", "2025-05-20"),
    ("Talks are set for late May.", "2025-05-21", "2025-05-31"),
    ("Die Runde soll Mitte der Woche stattfinden.", "2025-05-13", "2025-05-15"),
])
def test_seasons_and_parts_of_months_and_years_are_intervals(text: str, first: str, last: str) -> None:
    got = [(d.first, d.last) for d in find_dates(text, "2025-05-14")]
    assert got == [(first, last)]


@pytest.mark.parametrize("text", [
    "Im Winter 2023 war die Lage schwierig.",  # which winter: not told
    "Ende des Monats will man weitersehen.",  # which month: the text's, not publication's
    "In the fall of Bakhmut many died.",
    "Many died in the fall of Bakhmut.",
    "Der Frühjahrsputz im Ministerium begann.",
    "Die Sommerpause des Parlaments endet.",
])
def test_unresolvable_seasons_and_parts_stay_unknown(text: str) -> None:
    assert find_dates(text, "2025-05-14") == []


def test_a_planned_round_in_a_season_keeps_its_span() -> None:
    text = "Die Delegationen Russlands und der Ukraine sollen sich im Frühjahr erneut in Istanbul treffen."
    rounds = [e for e in extract(text, "t", "2025-05-14").events if e.kind == "round"]
    assert [(e.date_start, e.date_end) for e in rounds] == [("2025-03-01", "2025-05-31")]


@pytest.mark.parametrize("text", [
    "Russia and Ukraine will hold a new round of talks in Istanbul on June 2. Zelensky said "
    "Ukraine wanted a ceasefire. The economy is weak. Prices rose. The Kremlin said its delegation "
    "would meet the Ukrainian delegation in Istanbul on June 2.",
    "Die Delegationen Russlands und der Ukraine sollen am 2. Juni in Istanbul verhandeln. "
    "Selenskyj forderte eine Waffenruhe. Die Preise stiegen weiter. Der Rubel fiel. Die "
    "Unterhändler Moskaus und Kiews werden sich am 2. Juni in Istanbul treffen.",
])
def test_a_planned_round_told_twice_is_one_event(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-05-28").events if e.kind == "round"]
    assert len(rounds) == 1
    assert (rounds[0].date_start, rounds[0].place, rounds[0].outcome) == ("2025-06-02", "istanbul", "planned")
    assert rounds[0].last_end == len(text)  # its evidence covers both tellings


def test_two_planned_talks_of_other_sides_on_one_day_stay_two() -> None:
    text = ("US and Russian officials will meet in Riyadh on Monday. Prices rose. The rouble fell. "
            "Oil was flat. Ukrainian and US officials will meet in Riyadh on Monday.")
    rounds = [e for e in extract(text, "t", "2025-05-28").events if e.kind == "round"]
    assert sorted(tuple(e.parties) for e in rounds) == [("RUS", "USA"), ("UKR", "USA")]


@pytest.mark.parametrize("text,place", [
    ("Gespräche in der Türkei\nISTANBUL (dpa-AFX) - Die Delegationen Russlands und der Ukraine "
     "haben am Freitag erstmals seit langer Zeit direkt verhandelt.", "istanbul"),
    ("GENF, 12. Mai (Reuters) - Die Unterhändler der USA und der Ukraine haben am Sonntag über den "
     "Friedensplan beraten.", "geneva"),
    ("GENEVA, May 12 (Reuters) - Negotiators from the United States and Ukraine met on Sunday to "
     "discuss the peace plan.", "geneva"),
    ("Abu Dhabi, 4. Februar 2026\n\nDie Delegationen Russlands, der Ukraine und der USA haben am "
     "Mittwoch ihre Gespräche fortgesetzt.", "abu_dhabi"),
    ("ISTANBUL, June 2. /TASS/. Russian and Ukrainian delegations held a second round of talks on "
     "Monday.", "istanbul"),
    ("BERLIN (dpa) - Die Sicherheitsberater der Ukraine und der USA haben sich hier am Montag "
     "getroffen.", "berlin"),
])
def test_a_venue_dateline_places_the_talks_the_lead_tells(text: str, place: str) -> None:
    events = [e for e in extract(text, "t", "2026-02-04").events if e.kind in ("round", "summit")]
    assert [e.place for e in events] == [place]


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) - Russian and US officials met on Monday to discuss a ceasefire.",
    "BERLIN (dpa) - Die Sicherheitsberater der Ukraine und der USA haben sich am Montag getroffen.",
    "GENEVA (Reuters) - Russian and Ukrainian delegations will meet again next week.",
    "GENF (dpa) - Trump und Putin haben am Montag miteinander telefoniert.",
])
def test_where_the_reporter_sits_places_nothing(text: str) -> None:
    events = [e for e in extract(text, "t", "2026-02-04").events if e.kind in ("round", "summit")]
    assert events and all(e.place is None for e in events)
