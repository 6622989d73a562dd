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


@pytest.mark.parametrize(("text", "held", "later"), [
    ("The delegations of Russia and Ukraine met in Geneva on Monday; the talks will continue on Friday.",
     "2026-03-09", "2026-03-13"),
    ("Die Delegationen Russlands und der Ukraine trafen sich am Montag in Genf, die Gespräche sollen am "
     "Freitag fortgesetzt werden.", "2026-03-09", "2026-03-13"),
    ("Kyiv's negotiator said the talks with Russia held on Tuesday had been paused and would resume on "
     "Thursday by video.", "2026-03-10", "2026-03-12"),
])
def test_talks_held_and_continued_on_a_later_day_are_two_rounds(text: str, held: str, later: str) -> None:
    assert _events(text) == [("round", held, None), ("round", later, "planned")], text


def test_a_step_told_right_after_a_round_is_its_own_event() -> None:
    # (not merged into the round as the sentence that adds its details)
    for text in ("Die Delegationen Russlands und der Ukraine trafen sich am Montag in Genf. Die "
                 "Delegationen haben sich entschieden, die Gespräche in der kommenden Woche fortzusetzen.",
                 "The delegations of Russia and Ukraine met in Geneva on Monday. The delegations decided "
                 "to continue the talks next week."):
        assert [r[0] for r in _events(text)] == ["round", "statement_of_intent"], text
        assert _events(text)[0] == ("round", "2026-03-09", None), text


def test_a_planned_round_told_again_without_a_place_is_one_round() -> None:
    text = ("Talks between Russia and Ukraine paused, will continue Thursday\n\n"
            "The negotiator of Ukraine said the talks with Russia held on Tuesday are paused and will "
            "continue on Thursday.")
    planned = [r for r in _events(text) if r[2] == "planned"]
    assert planned == [("round", "2026-03-12", "planned")]


@pytest.mark.parametrize("text", [
    "Diplomats had expected the negotiations to take place in Istanbul. Kyiv said this week it was "
    "open to other venues. The next meeting of the delegations is planned for March 16 to 18.",
    "Als Ort der Verhandlungen war Istanbul im Gespräch. Kiew zeigte sich diese Woche offen für andere "
    "Orte. Das nächste Treffen der Delegationen ist für den 16. März geplant.",
])
def test_a_planned_round_is_where_talks_were_placed_two_sentences_before(text: str) -> None:
    found = [(e.kind, e.place, e.outcome) for e in extract(text, "t", PUB).events]
    assert found == [("round", "istanbul", "planned")], text
