"""Publication dates, event dates, places and figures (session 16), on German and English
sentences written for these tests.

The general causes fixed:
- the publication date in more plain-text forms: a time stamp or byline that runs on after the
  stored `date` header on its line ("date 2023-08 Titel Stand: 05.08.2023 10:46 Uhr"), a
  numeric date with a two-digit year and a time of day ("16.08.25 05:37 Uhr", "05.09.25, 11:36"),
  a time stamp or dateline opening a long paragraph ("11.12.2025 17.41Online seit ...", "March 29,
  2022 (Agency)—The ..."); two time stamps in the head that disagree give no date;
- a day of the current week named with the demonstrative ("an diesem Dienstag", "diesen Freitag")
  or with today, yesterday, tomorrow ("am heutigen Samstag", "am gestrigen Freitag", "am morgigen
  Sonntag") is a date, like "this Tuesday";
- a round told in the present of a day to come by a verb of conferring, receiving or negotiating
  ("beraten am Donnerstag in Paris", "empfängt am Sonntag X", "verhandeln am Freitag weiter")
  keeps that day (it was dropped as another thing's day, then given the report's);
- a place named as the object of a verb of visiting ("visited Moscow", "besuchte am Dienstag
  Moskau") places the meeting (a capital was read as its government); not an infinitive ("is
  expected to visit Moscow");
- the head of a mediator or host joined to the head of a side with a day or a place between the
  verb and the name ("Guterres traf am Dienstag in Moskau Präsident Putin", "sprach am Dienstag
  mit Putin") is a party;
- a number followed by a verb ("95 were shot down", "30 were intercepted") is not counted by a word
  after the verb ("down", "overnight"); after its whole named first ("Of the 150 drones, 118
  were ...", "Von den 80 Drohnen wurden 61 ...") it counts the whole's noun;
- a meeting named only as the indefinite setting of another act ("bei einem Treffen in Tirana
  betonte er", "stimmte in einem Telefonat zu", "during a meeting in St. Petersburg", "after a
  telephone conversation between") has no day (convention 7), not the report's; the meeting the
  report is about ("nach dem Treffen", "during the talks") and one told by its own verb keep it.
"""

from __future__ import annotations

import pytest

from accord.news.dateline import dateline_date
from tests.figures import Expected, check

_LONG = ("die Unterhändler beider Seiten haben sich erneut getroffen und über einen möglichen "
         "Waffenstillstand, den Austausch von Gefangenen und die nächsten Schritte beraten, teilte "
         "das Ministerium am Abend mit, ohne Einzelheiten zu nennen.")
_LONG_EN = ("the negotiators of both sides met again to discuss a possible ceasefire, a further "
            "exchange of prisoners and the next steps, the ministry said in the evening without "
            "giving any details of what had been agreed between them.")


@pytest.mark.parametrize(("text", "day"), [
    # a byline or stamp running on after the stored header on its line
    (" date 2024-03 Überschrift zum Treffen Stand: 07.03.2024 09:15 Uhr\n\nText.", "2024-03-07"),
    (" date 2024-05-31 May 31, 2024\nA headline\nText.", "2024-05-31"),
    ("date 2026-01 12.01.2026 08:05:12\n\nEine Überschrift\nText.", "2026-01-12"),
    # a two-digit year with a time of day
    ("Eine Überschrift\n\n16.08.25 05:37 Uhr\n\nText.", "2025-08-16"),
    ("Eine Überschrift\n05.09.25, 11:36\nText.", "2025-09-05"),
    ("A headline\n\n21.02.24 18:02\nText.", "2024-02-21"),
    # a stamp or a dateline opening a long paragraph
    ("Überschrift\n14.03.2025 10.20 Uhr Genf – " + _LONG, "2025-03-14"),
    ("Überschrift\n02.06.25, 07:45 Istanbul: " + _LONG, "2025-06-02"),
    ("A headline\n\nMarch 29, 2022 (Agency)—In Istanbul " + _LONG_EN, "2022-03-29"),
    ("A headline\n\n4 June 2025 (Wire Service) – In Geneva " + _LONG_EN, "2025-06-04"),
])
def test_publication_dates_in_session16_forms(text: str, day: str) -> None:
    assert dateline_date(text)[0] == day


@pytest.mark.parametrize("text", [
    # a site's clock above the article's own stamp: which is the article's cannot be told
    (" date 2025-08-06 Tuesday, 2 January 2024 12:17 GMT\nA headline\n\n2025-08-06 09:44:14\nText."),
    ("Montag, 3. Februar 2025 08:00 Uhr\nÜberschrift\n\n19.06.2025 14:30 Uhr\nText."),
    # a date in a long paragraph that is no stamp opening it
    ("Überschrift\nAm 14.03.2025 um 10.20 Uhr " + _LONG),
    ("A headline\nOn March 29, 2022 in Istanbul " + _LONG_EN),
    # a two-digit year with no time is a score or a reference, not a stamp
    ("Überschrift\n16.08.25\nText."),
])
def test_no_publication_date_taken_on_trust(text: str) -> None:
    assert dateline_date(text) == (None, None)


# review16 item 1: a sentence of the lead that mentions another date is no second stamp
@pytest.mark.parametrize("text", [
    "Neue Gespräche in Genf\nGenf, 16. Mai 2025\nDie erste Runde fand am 2. Mai 2025 statt.\n"
    "Die Delegationen trafen sich am Dienstag erneut in Genf.",
    "Talks in Geneva\nMay 16, 2025\nThe first round was held on May 2, 2025.\nThey met again on Tuesday.",
    "Talks in Geneva\nUpdated 10:15 GMT, 16 May 2025\nTalks resume on 2 June 2025.\nMore follows.",
    "Neue Gespräche\nGenf, 16. Mai 2025\nDie erste Runde begann am 2. Mai 2025 um 10.30 Uhr in Genf.\n"
    "Mehr folgt.",
    "Talks in Geneva\nMay 16, 2025\nThe first round opened at 10:30 a.m. on May 2, 2025, in Geneva.\nMore.",
])
def test_a_sentence_with_another_date_does_not_withhold_the_stamp(text: str) -> None:
    assert dateline_date(text)[0] == "2025-05-16"


def test_two_stamps_days_apart_still_give_none() -> None:
    text = "Tuesday, 02 January 2024\nHeadline of the report\n16.05.2025, 10:15 Uhr\nText follows here."
    assert dateline_date(text) == (None, None)


@pytest.mark.parametrize(("text", "pub", "day"), [
    # the demonstrative names a day of the current week, like "this Tuesday"
    ("Der Kanzler empfängt an diesem Dienstag den ukrainischen Präsidenten in Berlin.", "2025-12-27",
     "2025-12-30"),
    ("Die Außenminister beraten diesen Freitag in Genf über eine Waffenruhe.", "2025-12-27", "2026-01-02"),
    ("An diesem Montag trafen sich die Unterhändler erneut in Riad.", "2025-12-27", "2025-12-22"),
    ("Am heutigen Samstag haben sich die Delegationen in Istanbul getroffen.", "2025-12-27", "2025-12-27"),
    ("Am gestrigen Freitag telefonierte der Präsident mit dem Kremlchef.", "2025-12-27", "2025-12-26"),
    ("Am morgigen Sonntag verhandeln die Delegationen in Genf.", "2025-12-27", "2025-12-28"),
])
def test_a_day_named_with_the_demonstrative_or_today(text: str, pub: str, day: str) -> None:
    from accord.news.extract import extract
    events = [e for e in extract(text, "t", pub).events if e.kind in ("round", "summit")]
    assert [e.date_start for e in events] == [day], events


@pytest.mark.parametrize(("text", "pub", "day"), [
    # a round told in the present of a day to come: that day, not the report's
    ("Die Staaten der Koalition beraten am Donnerstag in Paris über Sicherheitsgarantien.", "2025-09-03",
     "2025-09-04"),
    ("Der Präsident empfängt am Sonntag seinen ukrainischen Amtskollegen in Florida.", "2025-12-27",
     "2025-12-28"),
    ("Die Delegationen verhandeln am Freitag in Istanbul weiter.", "2025-12-27", "2026-01-02"),
])
def test_a_round_told_in_the_present_of_a_day_to_come(text: str, pub: str, day: str) -> None:
    from accord.news.extract import extract
    events = [e for e in extract(text, "t", pub).events if e.kind in ("round", "summit")]
    assert [e.date_start for e in events] == [day], events


@pytest.mark.parametrize(("text", "pub", "place"), [
    # a place visited, named as the verb's object, places the meeting
    ("The envoy visited Moscow on Tuesday and met the Russian president.", "2025-12-27", "moscow"),
    ("The envoy will visit Moscow next week to meet the Russian president.", "2025-12-27", "moscow"),
    ("Der Gesandte besuchte am Dienstag Moskau und traf dort den Kremlchef Putin.", "2025-12-27", "moscow"),
    ("The Ukrainian president visits Washington on Friday to meet Trump.", "2025-12-27", "washington"),
])
def test_a_place_visited_places_the_meeting(text: str, pub: str, place: str) -> None:
    from accord.news.extract import extract
    events = [e for e in extract(text, "t", pub).events if e.kind in ("round", "summit")]
    assert [e.place for e in events] == [place], events


@pytest.mark.parametrize("text", [
    "The Chinese envoy is now expected to visit Moscow.",
    "Moskau und Kiew vereinbarten einen weiteren Austausch von Gefangenen.",
])
def test_no_place_from_a_hoped_visit_or_a_government(text: str) -> None:
    from accord.news.extract import extract
    assert all(e.place is None for e in extract(text, "t", "2025-12-27").events)


@pytest.mark.parametrize(("text", "parties"), [
    # the head of a mediator and the head of a side, a day or a place between the verb and the name
    ("UN-Generalsekretär Antonio Guterres traf am Dienstag in Moskau Präsident Putin.", ["RUS", "UN"]),
    ("Guterres sprach am Dienstag mit Putin über den Getreidekorridor.", ["RUS", "UN"]),
    ("Erdogan empfing am Freitag in Ankara den russischen Präsidenten Putin.", ["RUS", "TUR"]),
    ("UN Secretary-General Guterres met Putin in Moscow on Tuesday.", ["RUS", "UN"]),
    # a clause of the mediator's before the verb of meeting
    ("Kardinal Zuppi kam am Montag in Kiew an und traf dort Präsident Selenskyj.", ["UKR", "VAT"]),
])
def test_a_mediators_head_met_across_a_day_or_place(text: str, parties: list[str]) -> None:
    from accord.news.extract import extract
    events = [e for e in extract(text, "t", "2025-12-27").events if e.kind in ("round", "summit")]
    assert [sorted(e.parties) for e in events] == [parties], events


def test_a_mediator_is_not_joined_across_another_person() -> None:
    from accord.news.extract import extract
    events = extract("Guterres warned that Putin met Zelensky in secret.", "t", "2025-12-27").events
    assert all("UN" not in e.parties for e in events), events


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a number standing for a noun named before it is counted by that noun, not by a verb or an
    # adverb after it
    ("Of the 150 drones, 118 were shot down overnight.", "en", [(150, "drones"), (118, "drones")]),
    ("Von den 80 Drohnen wurden 61 abgeschossen.", "de", [(80, "drones"), (61, "drones")]),
    ("Von insgesamt 90 Drohnen seien 70 abgewehrt worden.", "de", [(90, "drones"), (70, "drones")]),
    ("Of the 1,000 prisoners, about 300 are civilians.", "en", [(1000, "prisoners"), (300, "civilians")]),
    ("Russia launched 120 drones overnight, 95 were shot down.", "en", [(120, "drones")]),
])
def test_a_number_standing_for_a_noun_named_before(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize("text", [
    "Russia launched 120 drones overnight, 95 were shot down.",
    "The air force said 30 were intercepted and 12 hit their targets.",
    "Ukraine said 40 had been destroyed before reaching the city.",
])
def test_no_verb_as_unit(text: str) -> None:
    from accord.news.numbers import find_figures
    units = [f.unit for f in find_figures(text, lang="en")]
    assert not {"were", "down", "and", "had", "been", "overnight", "intercepted", "hit"} & set(units), units


@pytest.mark.parametrize(("text", "lang"), [
    # an indefinite meeting named only as the setting of another act: no day (convention 7)
    ("Der Außenminister hat sich bei einem Treffen mit dem Gesandten aus China skeptisch geäußert.", "de"),
    ("Putin stimmte in einem Telefonat mit dem US-Präsidenten einer Feuerpause zu.", "de"),
    ("Er sagte bei einem Treffen europäischer Staatschefs in Tirana, die Bemühungen seien gescheitert.",
     "de"),
    ("The plan was reportedly discussed by the envoy with Putin during a meeting in Saint Petersburg.", "en"),
    ("The deal was finalised after a telephone conversation between the two presidents.", "en"),
])
def test_a_meeting_named_only_as_a_setting_has_no_day(text: str, lang: str) -> None:
    from accord.news.extract import extract
    events = [e for e in extract(text, "t", "2025-12-27").events if e.kind in ("round", "summit")]
    assert events and all(e.date_start is None for e in events), events


@pytest.mark.parametrize(("text", "day"), [
    # the meeting the report is about, named with the definite article, or told by its own verb
    ("Nach dem Treffen im saudischen Dschidda erklärten die USA, ihre Hilfe sofort wieder aufzunehmen.",
     "2025-12-27"),
    ("Putin und Trump haben in einem Telefonat am Dienstag über eine Feuerpause gesprochen.", "2025-12-23"),
    ("The envoy is currently in talks with Russian officials in Kaliningrad.", "2025-12-27"),
])
def test_the_reported_meeting_keeps_its_day(text: str, day: str) -> None:
    from accord.news.extract import extract
    events = [e for e in extract(text, "t", "2025-12-27").events if e.kind in ("round", "summit")]
    assert events and events[0].date_start == day, events
