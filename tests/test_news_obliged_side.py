"""Whose position a reported obligation is: "fordert Moskau, die Ukraine müsse ..." and a
following "Zudem müsse Kiew ..." are the demanding side's, not positions of the side told what it
must do. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


@pytest.mark.parametrize(("text", "holder", "obliged"), [
    ("Als Voraussetzung für eine Feuerpause verlangt Moskau, die Ukraine müsse auf einen "
     "Nato-Beitritt verzichten.", "RUS", "UKR"),
    ("Für einen Waffenstillstand fordert der Kreml, Kiew müsse seine Truppen aus dem Donbass abziehen.",
     "RUS", "UKR"),
    ("Russland verlangt eine neutrale Ukraine. Zudem müsse Kiew die Krim als russisches Gebiet anerkennen.",
     "RUS", "UKR"),
    ("Washington verlangt eine Waffenruhe. Zudem solle Moskau die Angriffe auf Kraftwerke einstellen.",
     "USA", "RUS"),
])
def test_reported_obligation_is_the_demanders(text: str, holder: str, obliged: str) -> None:
    got = _stances(text)
    assert any(a == holder and p == "demand" for a, _, p in got)
    assert not any(a == obliged for a, _, _ in got)


@pytest.mark.parametrize(("text", "expected"), [
    # a real list of sides, and a side's own reported demand, keep their holders
    ("Russland, die Ukraine und die USA unterstützen eine Waffenruhe für Kraftwerke.",
     {("RUS", "ceasefire.energy", "support"), ("UKR", "ceasefire.energy", "support")}),
    ("Russia, Ukraine agree to swap prisoners.",
     {("RUS", "humanitarian.prisoners", "accept"), ("UKR", "humanitarian.prisoners", "accept")}),
    ("Selenskyj fordert Sicherheitsgarantien. Die Ukraine müsse Garantien nach dem Vorbild von "
     "Artikel 5 bekommen.", {("UKR", "security.guarantees", "demand")}),
    ("Die Ukraine müsse neutral bleiben, sagte Lawrow.", {("RUS", "alliance.nato", "demand")}),
])
def test_lists_and_own_demands_unchanged(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _stances(text)
