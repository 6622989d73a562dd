"""Rounds still to come, German and English: the day a meeting is planned for against the day it
was announced, and a meeting to be held (a passive of the future) that is not one held.

The corpus README: a future round is a `round` with outcome `planned`, dated by the day it is
planned for; an actor announcing a concrete next step (preparing a meeting) is a
`statement_of_intent`, dated by the day of the announcement.
"""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-11"  # a Wednesday
Row = tuple[str, str | None, str | None]


def _events(text: str) -> list[Row]:
    return [(e.kind, e.date_start, e.outcome) for e in extract(text, "t", PUB).events]


@pytest.mark.parametrize(("text", "day"), [
    ("Earlier today, the Ukrainian president announced that the next meeting of the delegations "
     "would be held on March 16-17 in Geneva.", "2026-03-16"),
    ("Selenskyj kündigte am Mittwoch an, die nächste Runde mit Russland werde am 16. März in Genf "
     "stattfinden.", "2026-03-16"),
    ("Selenskyj kündigte am Mittwoch an, die nächste Verhandlungsrunde mit Russland solle am 16. März "
     "in Genf abgehalten werden.", "2026-03-16"),
])
def test_a_meeting_announced_for_a_later_day_is_planned_for_it_and_announced_today(
        text: str, day: str) -> None:
    assert _events(text) == [("round", day, "planned"), ("statement_of_intent", PUB, None)], text


@pytest.mark.parametrize(("text", "day"), [
    # said, not announced: the round planned for its day only
    ("The Kremlin said on Wednesday that the talks with Ukraine are to be held in Geneva on Monday.",
     "2026-03-16"),
    ("Die Gespräche zwischen Russland und der Ukraine sollen am Montag in Genf fortgesetzt werden.",
     "2026-03-16"),
    # a planned meeting starting on the day of the report keeps that day
    ("The talks between the delegations of Russia and Ukraine are set to begin on Wednesday in Geneva "
     "and continue through Saturday.", PUB),
])
def test_a_meeting_to_be_held_is_planned_not_held(text: str, day: str) -> None:
    assert _events(text) == [("round", day, "planned")], text
