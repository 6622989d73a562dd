"""Dates told in ways the resolver used to get wrong (ninth session, known defects 1-6): a
weekday beside an infinitive of purpose, a weekday told after the week it lies in, a relative
phrase set before the date it relates, two weekdays a meeting is planned for, a span of days
after a long subject, and a planned meeting's day announced before the report's own day."""

from __future__ import annotations

import pytest

from accord.news.dates import find_dates, resolve_relative
from accord.news.extract import extract

PUB = "2026-03-13"  # a Friday


def _rounds(text: str, pub: str = PUB) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date_start, e.date_end, e.outcome) for e in extract(text, "t", pub).events
            if e.kind == "round"]


@pytest.mark.parametrize("text", [
    "The Ukrainian negotiators flew out to Doha on Monday to meet the Qatari mediators.",
    "Die ukrainischen Unterhändler flogen am Montag nach Doha, um die katarischen Vermittler zu treffen.",
])
def test_a_weekday_beside_to_meet_keeps_the_past_tense_of_the_trip(text: str) -> None:
    # "to meet" is a purpose, no present tense: the Monday is the last one, not the next
    days = [d.first for d in find_dates(text, PUB)]
    assert days == ["2026-03-09"], text


@pytest.mark.parametrize("text", [
    "Last week the Russian and Ukrainian delegations held talks in Riyadh on Tuesday and Wednesday.",
    "Vergangene Woche verhandelten die Delegationen Russlands und der Ukraine am Dienstag und "
    "Mittwoch in Riad.",
])
def test_weekdays_told_after_last_week_are_days_of_that_week(text: str) -> None:
    assert _rounds(text) == [("2026-03-03", "2026-03-04", None)], text


@pytest.mark.parametrize("text", [
    "The envoys sat down in Riyadh on March 9. Two days earlier, on March 5, the Kremlin had "
    "confirmed the meeting.",
    "Die Gesandten trafen sich am 9. März in Riad. Zwei Tage zuvor, am 5. März, hatte der Kreml "
    "das Treffen bestätigt.",
])
def test_a_relative_phrase_before_an_explicit_date_yields_to_it(text: str) -> None:
    found = find_dates(text, PUB)
    days = [d.first for d in resolve_relative(found, text, 0, PUB)]
    assert days == ["2026-03-09", "2026-03-05"], text


@pytest.mark.parametrize("text", [
    "Die Gespräche zwischen Russland und der Ukraine sind für Samstag und Sonntag in Riad geplant.",
    "Talks between Russia and Ukraine are planned for Saturday and Sunday in Riyadh.",
])
def test_two_weekdays_a_meeting_is_planned_for_are_both_days(text: str) -> None:
    # the README: a two-day span is its first to its last day
    assert _rounds(text) == [("2026-03-14", "2026-03-15", "planned")], text


@pytest.mark.parametrize("text", [
    "Die Gespräche zwischen Russland und der Ukraine sind für den 16. bis 18. März geplant.",
    "The talks between Russia and Ukraine are scheduled for March 16 to 18 in Riyadh.",
])
def test_a_planned_span_after_a_long_subject_is_a_planned_round(text: str) -> None:
    found = _rounds(text)
    assert len(found) == 1 and found[0][0] == "2026-03-16" and found[0][2] == "planned", text


@pytest.mark.parametrize("text", [
    "On March 9 the Kremlin announced planned talks with Kyiv for March 13.",
    "Am 9. März kündigte der Kreml geplante Gespräche mit Kiew für den 13. März an.",
])
def test_a_meeting_planned_for_the_report_day_keeps_that_day(text: str) -> None:
    # the announcement is of March 9; the meeting is of March 13, the report's own day
    found = extract(text, "t", PUB).events
    rounds = [e.date_start for e in found if e.kind == "round"]
    assert rounds == ["2026-03-13"], text
    assert [e.date_start for e in found if e.kind == "statement_of_intent"] in ([], ["2026-03-09"])


@pytest.mark.parametrize("text", [
    "The Russian and Ukrainian delegations met in Riyadh on Tuesday. The session went on for three "
    "hours. Both negotiators called the mood constructive. The sides agreed to swap 300 prisoners each.",
    "Die Delegationen Russlands und der Ukraine trafen sich am Dienstag in Riad. Die Sitzung zog sich "
    "über drei Stunden hin. Beide Verhandlungsführer lobten die Stimmung. Die Seiten vereinbarten den "
    "Austausch von je 300 Gefangenen.",
])
def test_an_item_agreed_at_dated_talks_told_later_takes_their_day(text: str) -> None:
    found = [(e.kind, e.date_start, e.place) for e in extract(text, "t", PUB).events]
    assert ("partial_agreement", "2026-03-10", "riyadh") in found, found
