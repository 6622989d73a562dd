"""Stance polarity: a German negation earlier in a verb-final clause negates its verb ("haben
keine Waffenruhe vereinbart"); nothing given up ("wollen nichts abtreten") is a refusal; an
agreement named by its participle ("die vereinbarte Feuerpause") takes no position. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", "2026-02-05").stances}


@pytest.mark.parametrize(("text", "actor", "issue"), [
    ("Die USA haben keine allgemeine Waffenruhe mit Russland vereinbart.", "USA", "ceasefire.sequence"),
    ("Moskau und Kiew haben keinen Austausch von Gefangenen vereinbart.", "RUS", "humanitarian.prisoners"),
    ("Wir wollen nichts abtreten, sagte Selenskyj.", "UKR", "territory.donbas"),
    ("Selenskyj sagte, man werde nichts von der Krim aufgeben.", "UKR", "territory.crimea"),
])
def test_negated_is_no_acceptance(text: str, actor: str, issue: str) -> None:
    got = _stances(text)
    assert (actor, issue, "reject") in got
    assert (actor, issue, "accept") not in got and (actor, issue, "support") not in got


@pytest.mark.parametrize("text", [
    "Beide Seiten warfen sich vor, gegen die vereinbarte Feuerpause verstoßen zu haben.",
    "Kiew beschuldigt Moskau, die vereinbarte Waffenruhe für Kraftwerke gebrochen zu haben.",
])
def test_named_agreement_takes_no_position(text: str) -> None:
    assert not any(p == "accept" for _, _, p in _stances(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Russland vereinbarte eine Waffenruhe mit der Ukraine.", ("RUS", "ceasefire.sequence", "accept")),
    ("Die Ukraine hat die vereinbarte Feuerpause begrüßt.", ("UKR", "ceasefire.sequence", "support")),
    ("Beide Seiten haben einen Austausch von Gefangenen vereinbart, der keine Zivilisten umfasst.",
     ("UKR", "humanitarian.prisoners", "accept")),
    ("Kiew schließt einen Gebietsverzicht nicht aus.", ("UKR", "territory.donbas", "accept")),
])
def test_positive_forms_unchanged(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)
