"""Rounds, summits, statements of intent, postponements and polls (session 12): general causes
found on a training set of real reporting, each shown with own German and English sentences."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

THU = "2026-03-19"  # a Thursday


def _rounds(text: str, pub: str = THU) -> list[tuple[str | None, str | None]]:
    return [(e.date_start, e.date_end) for e in extract(text, "t", pub).events if e.kind == "round"]


@pytest.mark.parametrize("text", [
    # an expectation held now tells a day still to come, and the day of the saying yields to it
    "Zelensky said on Thursday that Kyiv expects a meeting with the American side in Miami on Saturday.",
    "Selenskyj sagte, Kiew erwarte am Samstag ein Treffen mit der amerikanischen Seite in Miami.",
])
def test_a_meeting_expected_on_a_weekday_lies_ahead(text: str) -> None:
    assert _rounds(text) == [("2026-03-21", "2026-03-21")], text


@pytest.mark.parametrize("text", [
    "Zelensky said Kyiv expects a new round of talks with Russia and the US this weekend.",
    "Die Unterhändler der Ukraine und der USA sollen dieses Wochenende in Miami erneut verhandeln.",
])
def test_this_weekend_said_on_a_weekday_is_the_coming_one(text: str) -> None:
    assert _rounds(text) == [("2026-03-21", "2026-03-22")], text


@pytest.mark.parametrize("text", [
    "Ukrainian and US negotiators met in Miami last weekend.",
    "Ukrainian and US negotiators met in Miami this weekend.",
    "Die Unterhändler der Ukraine und der USA trafen sich an diesem Wochenende in Miami.",
])
def test_a_weekend_told_as_past_stays_the_last_one(text: str) -> None:
    assert _rounds(text) == [("2026-03-14", "2026-03-15")], text

