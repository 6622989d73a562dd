"""Event dates and places, datelines, office holders and figures (session 15), on German and
English sentences written for these tests.

The general causes fixed:
- the day before named as an adverb ("Tags zuvor", "am Tag davor", "einen Tag vorher", "a day
  earlier", "the day prior") is a date, like "am Vortag" and "the day before": the day before the
  day the text has just named, else the day before the report; a day before a named occasion
  ("a day before the summit") is not resolved against the report;
- office holders and places named in the reporting of the talks were missing from the gazetteer:
  the popes (Leo XIV, Francis: the Holy See's heads of state, so a meeting of a pope with a
  president is a summit), the UN's chief, the Holy See's and China's envoys, Swiss,
  Saudi, Turkish and Belarusian office holders; Tirana, Kaliningrad, Castel Gandolfo, St Julian's,
  Pripyat and villages of the front;
- officials met in a place are met there ("met Russian officials in Kaliningrad", "traf sich mit
  Beamten in X"), not only the seat of who speaks ("Officials in Kyiv said ..."); a place as the
  first part of a compound naming a person ("der Vatikan-Gesandte", "der Ukraine-Sondergesandte") yields
  to another place the sentence names, while one naming talks or a visit places them
  ("Istanbul-Gespräche", "Moskau-Reise");
- the publication date in more plain-text forms: a dateline with its year and a source the agency
  list lacks, or none, before a dash ("ABU DHABI, March 4, 2026 (Newswire) -", "PARIS, January 7,
  2026 – ..."), a note of when the text was sent or published wherever it stands ("Diese Nachricht
  wurde am 15.11.2024 von ... gesendet", "This article was first published on ..."), a
  date closing a title line after its source ("... – DW – 16.06.2024"), a date with hyphens after
  a byline word ("Updated: 17-04-2025"), a numeric date opening a line, "January 16,2024";
- a past told only as some days before the report or another event ("vor mehreren Tagen", "vor
  einigen Tagen", "a few days ago", "days after"), and talks or a summit named as an earlier one
  ("the recent Istanbul talks", "zum vorherigen Treffen in X"), have no day (convention 7), not
  the report's; a sentence that also tells of now ("heute", "today") keeps its day;
- a day something else is due by ("waiting for a response on a leaders' meeting by the end of
  June", "erwartet bis Ende Juni eine Antwort") is not the day of a meeting held; a meeting still
  to come by then ("sollen sich bis Ende Juni treffen") or talks lasting until then keep it;
- German number words in the Swiss spelling, which writes no ß ("dreissig", "Fünfunddreissig");
- a part of a group counted by the group's noun ("two of the children", "zwei der Kinder", "40
  von den Gefangenen"), also for number words, not "one of the" (nor a number of the group after
  it: "150 of the 300 prisoners" counts the 300); soldiers counted by their rank ("33 officers
  and 17 sergeants", "40 Offiziere und 12 Unteroffiziere");
"""

from __future__ import annotations

import pytest

from accord.news.dates import find_dates, resolve_relative
from accord.news.extract import extract
from tests.figures import Expected, check

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


@pytest.mark.parametrize(("text", "pub", "place", "day"), [
    ("Pope Leo met Zelensky at the Vatican on Saturday.", "2025-07-10", "vatican", "2025-07-05"),
    ("Zelensky held talks with Pope Leo XIV in Castel Gandolfo on Wednesday.", "2025-07-10",
     "castel_gandolfo", "2025-07-09"),
    ("Selenskyj traf sich am Samstag im Vatikan mit Papst Leo.", "2025-07-10", "vatican", "2025-07-05"),
    ("Zelensky met Pope Francis at the Vatican on Saturday.", "2023-05-15", "vatican", "2023-05-13"),
])
def test_a_pope_meeting_a_president_is_a_summit(text: str, pub: str, place: str, day: str) -> None:
    events = extract(text, "t", pub).events
    assert [(e.kind, e.place, e.date_start) for e in events] == [("summit", place, day)]


@pytest.mark.parametrize(("text", "pub", "person", "actor"), [
    ("Papst Leo XIV. rief am Sonntag zu einem gerechten Frieden auf.", "2025-07-10", "leo", "VAT"),
    ("Pope Leo said the Vatican was willing to host talks.", "2025-07-10", "leo", "VAT"),
    ("Papst Franziskus bot an, zu vermitteln.", "2023-05-15", "francis", "VAT"),
    ("UN Secretary-General Antonio Guterres travelled to Moscow.", "2022-04-27", "guterres", "UN"),
    ("Der Sondergesandte Li Hui reiste nach Kiew.", "2023-05-17", "li", "CHN"),
    ("Kardinal Matteo Zuppi reiste nach Moskau.", "2023-06-28", "zuppi", "VAT"),
])
def test_office_holders_speak_for_their_side(text: str, pub: str, person: str, actor: str) -> None:
    from accord.news.extract import analyse
    _, _, _, sents = analyse(text, pub)
    found = {(m.entity, m.actor) for s in sents for m in s.mentions if m.kind == "person"}
    assert (person, actor) in found, found


@pytest.mark.parametrize(("text", "pub", "place"), [
    ("European leaders met in Tirana on Friday.", "2025-05-17", "tirana"),
    ("Die Delegationen trafen sich am Montag in Tirana.", "2025-05-17", "tirana"),
    ("Die Sicherheitsberater kamen am Samstag in St. Julian's auf Malta zusammen.", "2023-10-29",
     "st_julians"),
])
def test_places_of_talks_newly_named(text: str, pub: str, place: str) -> None:
    assert [e.place for e in extract(text, "t", pub).events] == [place]


@pytest.mark.parametrize(("text", "pub", "place"), [
    ("IAEA chief Rafael Grossi met Russian officials in Kaliningrad on Wednesday.", "2023-04-06",
     "kaliningrad"),
    ("The envoy held talks with Ukrainian officials in Kyiv on Tuesday.", "2023-05-17", "kyiv"),
    ("Grossi verhandelte am Mittwoch mit russischen Regierungsvertretern und Beamten in Kaliningrad.",
     "2023-04-06", "kaliningrad"),
    ("Officials in Kyiv said the talks in Geneva ended on Tuesday.", "2025-05-17", "geneva"),
    ("Der Vatikan-Gesandte Kardinal Matteo Zuppi traf am Dienstag in Moskau den russischen "
     "Außenminister Lawrow.", "2024-10-16", "moscow"),
    ("Der Ukraine-Sondergesandte traf Putin am Dienstag in Moskau.", "2025-05-17", "moscow"),
    ("Die Istanbul-Gespräche endeten am Freitag.", "2025-05-17", "istanbul"),
])
def test_where_officials_were_met(text: str, pub: str, place: str) -> None:
    assert [e.place for e in extract(text, "t", pub).events if e.kind in ("round", "summit")] == [place]


@pytest.mark.parametrize(("text", "day"), [
    ("ABU DHABI, March 4, 2026 (Newswire) - The delegations met again on Wednesday in the Emirati capital "
     "to discuss a ceasefire and further exchanges of prisoners between the two sides of the war.",
     "2026-03-04"),
    ("PARIS, January 7, 2026 – Leaders of the coalition met in the French capital on Tuesday to agree on "
     "the next steps of their support and on how to monitor a ceasefire along the whole front line.",
     "2026-01-07"),
    ("GENF, 12. März 2026 (Nachrichtenagentur) - Die Unterhändler beider Seiten haben sich am Mittwoch "
     "erneut getroffen und über einen möglichen Waffenstillstand beraten, teilte das Ministerium mit.",
     "2026-03-12"),
    ("Überschrift\nEin Text, der sein Datum nicht nennt.\nDiese Nachricht wurde am 15.11.2024 von einem "
     "Sender gesendet.", "2024-11-15"),
    ("Headline\nSome text without its date.\nThis article was first published on 3 May 2025 by a "
     "partner site.", "2025-05-03"),
    ("Kiew weist die Angaben zurück – Sender – 16.06.2024\nText.", "2024-06-16"),
    ("Desk | Kyiv | Updated: 17-04-2025 09:12 IST | Created: 17-04-2025 08:50 IST\nText.", "2025-04-17"),
    ("January 16,2024 541\nText.", "2024-01-16"),
    ("11.12.2025 17.41Online seit heute\nText.", "2025-12-11"),
])
def test_publication_dates_in_more_forms(text: str, day: str) -> None:
    from accord.news.dateline import dateline_date
    assert dateline_date(text)[0] == day


@pytest.mark.parametrize("text", [
    "Am 17. August 2025 sprach der ukrainische Staatschef im Weißen Haus mit dem US-Präsidenten "
    "über Sicherheitsgarantien.",
    "The talks that began on May 3, 2025 in Istanbul – the first in three years – ended without a deal "
    "on a ceasefire.",
    "Ein Text.\nDie Gespräche wurden am 15.11.2024 in Genf fortgesetzt, hieß es aus Kreisen der Delegation.",
])
def test_dates_in_sentences_are_no_publication_date(text: str) -> None:
    from accord.news.dateline import dateline_date
    assert dateline_date(text) == (None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fünfunddreissig europäische Leaders kamen in Paris zusammen.", [(35, "people")]),
    ("Dreissig Staaten nahmen an dem Treffen teil.", [(30, "countries")]),
    ("Es kamen zweihundertdreissig Gefangene frei.", [(230, "prisoners")]),
    ("Die Gespräche dauerten dreissig Minuten.", [(30, "minutes")]),
])
def test_swiss_number_words(text: str, expected: Expected) -> None:
    check(text, "de", expected)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kupjansk war bereits vor mehreren Tagen von Putin als erobert bezeichnet worden.", "de"),
    ("Vor einigen Tagen hatte Russland die Einnahme von Kupjansk gemeldet.", "de"),
    ("A few days ago, Moscow claimed the capture of Kupiansk.", "en"),
    ("Several days earlier, Russia had said its troops captured Kupiansk.", "en"),
])
def test_a_claim_some_days_ago_is_undated(text: str, lang: str) -> None:
    claims = [e for e in extract(text, "t", "2025-12-02").events if e.kind == "claim"]
    assert claims and all(e.date_start is None for e in claims), claims


@pytest.mark.parametrize("text", [
    "Dieses Treffen war ein Gegenstück zum vorherigen Treffen in Alaska, bei dem Trump Putin empfing.",
    "The summit was a contrast to the previous meeting in Alaska, where Trump received Putin.",
    "Der Gesandte führte wenige Tage nach der Moskau-Reise Gespräche mit Selenskyj in Kiew.",
    "The cardinal was in Kyiv days after his trip to Moscow and met Zelensky.",
])
def test_an_earlier_meeting_told_with_no_day_is_undated(text: str) -> None:
    events = [e for e in extract(text, "t", "2025-08-18").events if e.kind in ("round", "summit")]
    assert events and all(e.date_start is None for e in events), events


@pytest.mark.parametrize("text", [
    "Die Delegationen trafen sich heute in Genf zu ihrer zweiten Runde.",
    "The delegations met in Geneva today for their second round.",
])
def test_a_meeting_of_today_keeps_its_day(text: str) -> None:
    events = [e for e in extract(text, "t", "2025-08-18").events if e.kind == "round"]
    assert [e.date_start for e in events] == ["2025-08-18"]


@pytest.mark.parametrize("text", [
    "As for a meeting of the leaders, Kyiv is waiting for an answer from Moscow by the end of June.",
    "Was ein Treffen der Präsidenten angeht, erwartet Kiew bis Ende Juni eine Antwort aus Moskau.",
    "On a summit, the Ukrainian side expects a reply no later than June 20.",
])
def test_a_day_due_is_no_day_of_a_meeting(text: str) -> None:
    events = [e for e in extract(text, "t", "2025-06-03").events if e.kind in ("round", "summit")]
    assert all(e.date_start is None for e in events), events


@pytest.mark.parametrize(("text", "day"), [
    ("Die Delegationen sollen sich bis Ende Juni erneut treffen.", "2025-06-21"),
    ("Die Gespräche in Genf dauerten bis Ende Juni.", "2025-06-21"),
    ("The delegations met in Geneva on June 2.", "2025-06-02"),
])
def test_a_meeting_to_come_by_a_day_keeps_it(text: str, day: str) -> None:
    events = [e for e in extract(text, "t", "2025-06-03").events if e.kind == "round"]
    assert [e.date_start for e in events] == [day]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Two of the children are already back with their families.", "en", [(2, "children")]),
    ("Three of the detainees were released on Monday.", "en", [(3, "prisoners")]),
    ("Zwei der Kinder sind bereits bei ihren Familien.", "de", [(2, "children")]),
    ("Drei der Staaten lehnten den Plan ab.", "de", [(3, "countries")]),
    ("Nach seinen Angaben sind 40 von den Gefangenen Zivilisten.", "de", [(40, "prisoners")]),
    ("One of the children is still in Russia.", "en", []),
    ("Einer der Gefangenen ist schwer krank.", "de", []),
    ("According to him, 33 officers and 17 sergeants were released.", "en",
     [(33, "soldiers"), (17, "soldiers")]),
    ("Unter den Freigelassenen sind 40 Offiziere und 12 Unteroffiziere.", "de",
     [(40, "soldiers"), (12, "soldiers")]),
])
def test_a_part_of_a_group_and_ranks(text: str, lang: str, expected: Expected) -> None:
    check(text, lang, expected)
# review 15 item 3: a day named as the start of a state, or long before the report, is no anchor
@pytest.mark.parametrize("text", [
    "Moscow has held the peninsula since 1 March 2014, the minister recalled. The day before, both "
    "sides had swapped 150 captives.",
    "Der Krieg dauert seit dem 24. Februar 2022 an. Tags zuvor hatten beide Seiten Gefangene "
    "getauscht.",
    "Die Halbinsel ist seit dem 1. März 2014 besetzt, sagte er. Am Vortag hatten die Unterhändler "
    "telefoniert.",
    "The first round was held on 12 January 2025. The day before, the envoys had spoken by phone.",
])
def test_the_day_before_is_not_anchored_on_a_since_or_an_old_day(text: str) -> None:
    assert _days(text)[-1] == "2025-04-09"


# review 15 item 7: "a day before" an occasion or a clause is no date of its own
@pytest.mark.parametrize("text", [
    "A day before Easter, both sides swapped 246 captives each.",
    "A day before talks in Istanbul, the two sides swapped 246 captives each.",
    "A day before they met, the envoys spoke by phone.",
])
def test_a_day_before_a_name_or_a_clause_is_no_date(text: str) -> None:
    assert "2025-04-09" not in _days(text)
