"""Planned rounds told as "soll es ein Treffen geben" or by the next round's name as subject
("Die dritte Runde soll ... stattfinden"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


@pytest.mark.parametrize(("text", "date", "place"), [
    ("Am Sonntag soll es ein Treffen der Unterhändler in Abu Dhabi geben.", "2026-02-08", "abu_dhabi"),
    ("Eigentlich sollte es am Sonntag eine Gesprächsrunde in Genf geben.", "2026-02-08", "geneva"),
    ("There will be another round of talks in Istanbul next week.", "2026-02-09", "istanbul"),
    ("Die vierte Runde der Verhandlungen soll wieder in Belarus stattfinden.", None, None),
])
def test_planned_round(text: str, date: str | None, place: str | None) -> None:
    got = [(e.date_start, e.place) for e in extract(text, "t", PUB).events
           if e.kind == "round" and e.outcome == "planned"]
    assert got == [(date, place)]


def test_held_round_by_name_is_not_planned() -> None:
    got = [e.outcome for e in extract("Die dritte Runde der Gespräche fand am Montag statt.", "t", PUB).events
           if e.kind == "round"]
    assert got == [None]


@pytest.mark.parametrize("text", [
    "Am Dienstag haben amerikanische und ukrainische Unterhändler in Genf über Hilfen sowie die nächste "
    "Verhandlungsrunde gesprochen.",
    "On Tuesday, US and Ukrainian officials met in Geneva and discussed the next round of talks.",
])
def test_next_round_as_topic_leaves_the_meeting_held(text: str) -> None:
    got = [(e.date_start, e.outcome) for e in extract(text, "t", PUB).events if e.kind == "round"]
    assert got == [("2026-02-03", None)]
