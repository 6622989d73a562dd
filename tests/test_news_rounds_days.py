"""The day of a round told as held: not a later day that another clause of its sentence names
("talks end after nine hours, joint statement expected tomorrow"), so that the round told again
in the next sentence with its own day is the same one."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-11"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Russia-Ukraine talks in Geneva end after nine hours, joint statement expected tomorrow\n\n"
    "The delegations of Russia and Ukraine met in Geneva on Tuesday.",
    "Gespräche in Genf nach neun Stunden beendet, gemeinsame Erklärung morgen erwartet\n\n"
    "Die Delegationen Russlands und der Ukraine trafen sich am Dienstag in Genf.",
])
def test_a_later_day_of_another_clause_is_not_the_day_of_talks_held(text: str) -> None:
    found = [(e.kind, e.date_start, e.place) for e in extract(text, "t", PUB).events]
    assert found == [("round", "2026-03-10", "geneva")], text


def test_talks_to_continue_tomorrow_keep_that_day_as_planned() -> None:
    found = [(e.date_start, e.outcome) for e in extract(
        "The delegations of Russia and Ukraine will meet again in Geneva tomorrow.", "t", PUB).events]
    assert found == [("2026-03-12", "planned")]


@pytest.mark.parametrize("text", [
    # a planned meeting moved elsewhere is moved, as "verlegt" is: a postponement, not a new plan
    "Kyiv asked Washington about relocating the planned talks with Russia because of the fighting "
    "in the region.",
    "Die geplanten Gespräche mit Russland werden nach Genf verlegt, teilte Kiew mit.",
])
def test_a_planned_meeting_relocated_is_moved_not_announced(text: str) -> None:
    assert [e.kind for e in extract(text, "t", PUB).events] == ["postponement"], text


@pytest.mark.parametrize("text", [
    # the meeting named by its verb ("to meet", "zu treffen") shares the clause with its day:
    # that day stays the round's, never the report's
    "Umerov left for Miami on Monday to meet Witkoff.",
    "Umerow reiste am Montag nach Miami, um Witkoff zu treffen.",
])
def test_a_day_beside_the_verb_meet_is_not_replaced_by_the_report_day(text: str) -> None:
    rounds = [e for e in extract(text, "t", "2026-03-04").events if e.kind == "round"]
    assert all(e.date_start not in (None, "2026-03-04") for e in rounds), text


def test_troops_relocated_move_no_talks() -> None:
    found = [(e.kind, e.date_start) for e in extract(
        "The talks in Geneva went on for a second day on Tuesday while Russia relocated troops toward "
        "Zaporizhzhia.", "t", PUB).events]
    assert "postponement" not in [k for k, _ in found]
    assert ("round", "2026-03-10") in found


@pytest.mark.parametrize("text", [
    "Zelensky said on Friday that the next round of talks with Russia will begin on Wednesday "
    "instead of Sunday.",
    "Selenskyj sagte am Freitag, die nächste Runde der Gespräche mit Russland solle am Mittwoch "
    "statt am Sonntag beginnen.",
])
def test_the_new_day_of_a_move_is_the_one_right_before_instead_of(text: str) -> None:
    moved = [e for e in extract(text, "t", "2026-01-31").events if e.kind == "postponement"]
    assert [e.date_start for e in moved] == ["2026-02-04"], text


def test_today_is_no_weekday_set_instead() -> None:
    kinds = [e.kind for e in extract(
        "The talks in Geneva on Friday will deal with prisoners instead of today's focus on energy.",
        "t", "2026-01-31").events]
    assert "postponement" not in kinds
