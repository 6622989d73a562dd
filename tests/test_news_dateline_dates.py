"""A dateline's date is when the report was filed, not an event's date; a planned meeting's
weekday span moves a week on as a whole. Every sentence here is written for these tests,
German and English."""

from __future__ import annotations

import pytest

from accord.news.dateline import dateline_spans
from accord.news.events.cascade import _ahead
from accord.news.extract import extract
from accord.news.facts import NewsEvent


@pytest.mark.parametrize("text,date", [
    ("BERN, 9. Juni (dpa) - Unterhändler Russlands und der Ukraine haben am Sonntag in Genf "
     "verhandelt.", "2026-02-15"),
    ("BERN, 9. Juni - Unterhändler Russlands und der Ukraine haben am Sonntag in Genf "
     "verhandelt.", "2026-02-15"),
    ("BERNE, June 9 (Reuters) - Russian and Ukrainian negotiators held talks in Geneva on "
     "Sunday.", "2026-02-15"),
    ("BERNE, June 9 - Russian and Ukrainian negotiators held talks in Geneva on Sunday.",
     "2026-02-15"),
    # no date words of its own: the article's date, not the dateline's
    ("BERNE, June 9 (Reuters) - Russian and Ukrainian negotiators held talks in Geneva.",
     "2026-02-17"),
])
def test_a_dateline_date_does_not_date_the_event(text: str, date: str) -> None:
    rounds = [e for e in extract(text, published="2026-02-17").events if e.kind == "round"]
    assert [(e.date_start, e.date_end) for e in rounds] == [(date, date)]


@pytest.mark.parametrize("text", [
    "GENF, 9. Juni (dpa) - x", "GENEVA, June 9 - x", "ISTANBUL, June 9. /TASS/. x",
    "KYIV, Jun 9, 2025 (Reuters) - x", "Bern, Montag, 9. Juni 2025\nx", "ABU DHABI, 9. Juni 2025",
])
def test_dateline_forms(text: str) -> None:
    assert len(dateline_spans(text)) == 1


@pytest.mark.parametrize("text", [
    "In Genf, am 9. Juni - so der Plan - beginnen die Gespräche.",
    "Er sagte, 9. Juni - das sei zu spät.",
    "The envoys met, June 9 - a Monday.",
    "Selenskyj, 9. Juni: Die Gespräche gehen weiter.",
])
def test_a_sentence_with_a_date_is_no_dateline(text: str) -> None:
    assert dateline_spans(text) == []


def test_a_day_in_a_sentence_after_a_dateline_still_dates_it() -> None:
    text = "GENF, 9. Juni (dpa) - Die Delegationen trafen sich am 14. Februar in Genf."
    rounds = [e for e in extract(text, published="2026-02-17").events if e.kind == "round"]
    assert [e.date_start for e in rounds] == ["2026-02-14"]


def _planned(first: str, last: str, words: str) -> NewsEvent:
    return NewsEvent(0, 10, "round", first, last, f"'{words}': resolved against publication 2026-02-18",
                     outcome="planned")


def test_ahead_moves_the_whole_weekend() -> None:
    e = _planned("2026-02-14", "2026-02-15", "am Wochenende")
    _ahead(e, "2026-02-18")
    assert (e.date_start, e.date_end) == ("2026-02-21", "2026-02-22")


def test_ahead_moves_a_weekday_range_and_a_day() -> None:
    e = _planned("2026-02-16", "2026-02-17", "from Monday to Tuesday")
    _ahead(e, "2026-02-18")
    assert (e.date_start, e.date_end) == ("2026-02-23", "2026-02-24")
    d = _planned("2026-02-16", "2026-02-16", "am Montag")
    _ahead(d, "2026-02-18")
    assert (d.date_start, d.date_end) == ("2026-02-23", "2026-02-23")


@pytest.mark.parametrize("first,last,words", [
    ("2026-02-01", "2026-02-10", "Anfang Februar"),  # a part of a month: a week on means nothing
    ("2026-02-14", "2026-02-15", "last weekend"),  # said to be past
    ("2026-02-13", "2026-02-13", "am vergangenen Freitag"),
    ("2026-02-17", "2026-02-17", "yesterday"),
    ("2026-02-16", "2026-02-22", "this week"),  # reaches publication
])
def test_ahead_leaves_spans_it_cannot_correct(first: str, last: str, words: str) -> None:
    e = _planned(first, last, words)
    _ahead(e, "2026-02-18")
    assert (e.date_start, e.date_end) == (first, last)
