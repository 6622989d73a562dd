"""Meetings referred to by their noun (rounds and summits), German and English.

How reports tell that a meeting took place without a verb of meeting (`rounds.REFERENCED`):
(A) a preposition of time or occasion before the noun with who, where or when after it ("bei dem
Treffen der Minister", "nach einem Telefonat mit X am 3. März", "after a call with X", "during
their talks in Y"); (B) there was one ("gab es Gespräche", "hatte es zwei Treffen ... gegeben",
"there have been three rounds"); (C) the meeting named as the n-th of its kind ("waren die
zweiten direkten Verhandlungen", "it was the first meeting"). Not held: a next, planned or
possible one ("nach dem nächsten Treffen"), what there was about one ("Berichte über ein
Treffen"), a call or wish for talks, a refusal. Dates (convention 7): a date named with the
reference is its day; a year named is its year; a meeting placed before something else with no
day of its own has none; with no day of its own after a meeting reported before, it is that one.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-11"  # a Wednesday
Row = tuple[str, str | None, str | None]


def _rounds(text: str) -> list[Row]:
    return [(e.kind, e.date_start, e.date_end) for e in extract(text, "t", PUB).events
            if e.kind in ("round", "summit")]


@pytest.mark.parametrize(("text", "expected"), [
    # (A) a preposition before the noun, who met after it: held, on the day of the report
    ("Bei der Begegnung der Außenminister Russlands und der Ukraine gab es keinen Durchbruch.",
     [("round", PUB, PUB)]),
    ("During the meeting of the Russian and Ukrainian foreign ministers, no progress was made.",
     [("round", PUB, PUB)]),
    # (B) there was a meeting; undated in the pluperfect, a year named is its year
    ("Zuvor hatte es drei Treffen zwischen den Delegationen an der Grenze gegeben.",
     [("round", None, None)]),
    ("Davor hatte es zuletzt 2023 direkte Gespräche zwischen Moskau und Kiew gegeben.",
     [("round", "2023-01-01", "2023-12-31")]),
    ("There had been direct talks between Russia and Ukraine in 2023.",
     [("round", "2023-01-01", "2023-12-31")]),
    # (C) the n-th meeting of its kind
    ("Die Beratungen in Genf waren die dritten direkten Verhandlungen seit dem Winter.",
     [("round", PUB, PUB)]),
])
def test_a_meeting_referred_to_by_its_noun_is_a_round(text: str, expected: list[Row]) -> None:
    assert _rounds(text) == expected, text


@pytest.mark.parametrize("text", [
    "Nach dem nächsten Treffen in Genf soll ein Abkommen unterschriftsreif sein.",
    "After a possible meeting between the envoys in Riyadh, sanctions could be eased.",
    "Es gab Berichte über ein Treffen der Unterhändler in Genf.",
    "There were reports of talks between the delegations in Geneva.",
    "Russland hat es abgelehnt, Gespräche mit der Ukraine zu führen.",
    "Es gab keine Gespräche zwischen den Delegationen in Genf.",
])
def test_a_meeting_to_come_possible_rumoured_or_refused_is_none(text: str) -> None:
    assert _rounds(text) == [], text


@pytest.mark.parametrize(("text", "expected"), [
    # a date named with the reference is the meeting's day
    ("After consultations of the advisers in Oslo (on March 2) the group is growing.",
     [("round", "2026-03-02", "2026-03-02")]),
    # placed before something else, no day of its own: no date (the relative clause's day is the
    # deal's)
    ('"Nach unseren Gesprächen mit beiden Seiten ist das Abkommen verlängert, das am 19. März '
     'ausläuft", sagte der Vermittler in Ankara.', [("round", None, None)]),
])
def test_the_date_of_a_referenced_meeting(text: str, expected: list[Row]) -> None:
    assert _rounds(text) == expected, text


@pytest.mark.parametrize("text", [
    "Die Delegationen trafen sich am Montag in Genf. Nach dem Treffen mit den Russen sagte der "
    "ukrainische Unterhändler, man sei vorangekommen.",
    "The delegations met in Geneva on Monday. After the meeting with the Russians, the Ukrainian "
    "negotiator said progress had been made.",
])
def test_a_reference_without_its_own_day_is_the_meeting_told_before(text: str) -> None:
    assert _rounds(text) == [("round", "2026-03-09", "2026-03-09")], text


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting referred to with its own day beside what the sentence reports: its own round
    ("Moskau hatte die Waffenruhe nach einem Telefonat mit dem US-Präsidenten am 2. März verkündet.",
     [("round", "2026-03-02", "2026-03-02")]),
    ("Moscow had announced the truce after a phone call with the US president on March 2.",
     [("round", "2026-03-02", "2026-03-02")]),
    # two meetings in one sentence: this one (the report's day) and the earlier one (its month)
    ("Die Beratungen in Genf waren die zweiten direkten Gespräche nach der ersten Runde im Februar.",
     [("round", PUB, PUB), ("round", "2026-02", "2026-02")]),
    ("The delegations met in Geneva, three weeks after the first round on February 17.",
     [("round", PUB, PUB), ("round", "2026-02-17", "2026-02-17")]),
    # the reference is the meeting the sentence reports: one round
    ("Nach dem Treffen mit den Russen am Montag sagte der Gesandte, man sei vorangekommen.",
     [("round", "2026-03-09", "2026-03-09")]),
])
def test_a_referenced_meeting_with_its_own_day_is_its_own_round(text: str, expected: list[Row]) -> None:
    assert _rounds(text) == expected, text


@pytest.mark.parametrize(("text", "day"), [
    # a meeting expected in the German passive, a visitor to be received: a round planned that day
    ("Am Montag wird eine vierte Verhandlungsrunde zwischen Russland und der Ukraine erwartet.",
     "2026-03-16"),
    ("Die nächsten Gespräche zwischen Kiew und Moskau werden am Freitag in Genf erwartet.", "2026-03-13"),
    ("Putin is scheduled to host the US envoy in Moscow on Friday.", "2026-03-13"),
    ("Der Kremlchef soll den US-Gesandten am Freitag in Moskau empfangen.", "2026-03-13"),
])
def test_a_meeting_expected_or_a_visit_to_be_received_is_a_planned_round(text: str, day: str) -> None:
    found = [(e.kind, e.date_start, e.outcome) for e in extract(text, "t", PUB).events]
    assert found == [("round", day, "planned")], text


@pytest.mark.parametrize("text", [
    # a caption's position marker does not part the two heads; an earlier meeting has no day
    "Kremlchef Wladimir Putin (l) und Recep Tayyip Erdogan bei einem früheren Treffen in Teheran.",
    "Vladimir Putin, left, and Recep Tayyip Erdogan during a previous meeting in Tehran.",
])
def test_a_caption_of_heads_at_an_earlier_meeting_is_an_undated_summit(text: str) -> None:
    found = [(e.kind, e.date_start, e.place) for e in extract(text, "t", PUB).events]
    assert found == [("summit", None, "tehran")], text


def test_a_day_month_and_year_after_a_comma() -> None:
    from accord.news.dates import find_dates

    found = find_dates("The two presidents met in Beijing, China, 4 February, 2022.", PUB)
    assert found and found[0].first == "2022-02-04", found


@pytest.mark.parametrize("text", [
    "Peking hat in der vergangenen Woche zu Friedensgesprächen zwischen Moskau und Kiew aufgerufen.",
    "Kiew fordert direkte Verhandlungen mit Moskau in Genf am Montag.",
    "Beijing last week called for peace talks between Russia and Ukraine.",
    "The envoy urged direct negotiations between Moscow and Kyiv in Geneva on Monday.",
])
def test_talks_called_for_are_no_round(text: str) -> None:
    assert _rounds(text) == [], text
