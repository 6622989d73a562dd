"""Figures: a change states both numbers ("von 28 auf 20 Punkte", "cut from 28 to 20 points"),
and a German participle before a counted noun is no noun itself ("23 schwer verletzte
Soldaten"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _figures(text: str) -> set[tuple[float, str, str]]:
    return {(f.value, f.unit, f.hedge) for f in extract(text, "t", "2026-02-05").figures}


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Entwurf wurde von 28 auf 20 Punkte gekürzt.", {(28, "points", "exact"), (20, "points", "exact")}),
    ("Die Zustimmung stieg von 20 auf 30 Prozent.", {(20, "percent", "exact"), (30, "percent", "exact")}),
    ("The draft was cut from 28 to 20 points.", {(28, "points", "exact"), (20, "points", "exact")}),
])
def test_change_states_both_numbers(text: str, expected: set[tuple[float, str, str]]) -> None:
    assert _figures(text) == expected


def test_range_keeps_its_hedges() -> None:
    assert _figures("Die Gespräche sollen zwei bis drei Tage dauern.") == {(3, "days", "up_to"),
                                                                        (2, "days", "at_least")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Moskau lässt 23 schwer verletzte ukrainische Soldaten frei.", (23, "soldiers")),
    ("Kiew meldete 40 Verletzte.", (40, "people")),
    ("Russland übergab 30 leicht verwundete Kriegsgefangene.", (30, "prisoners")),
])
def test_participle_before_the_noun(text: str, expected: tuple[float, str]) -> None:
    assert {(v, u) for v, u, _ in _figures(text)} == {expected}
