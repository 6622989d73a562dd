"""A dateline's date is when the report was filed, not an event's date. Every sentence here is
written for these tests, German and English."""

from __future__ import annotations

import pytest

from accord.news.dateline import dateline_spans
from accord.news.extract import extract


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
