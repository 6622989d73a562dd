"""Stances: membership refused as impossible or as a threat ("könne kein Mitglied werden",
"betrachtet einen Beitritt als Bedrohung", "sees membership as a threat", "sich gegen einen
Beitritt positioniert"), and a demonstrative pronoun as subject ("Dieser forderte ...") holding
the position of the person named last before it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", "2026-02-05").stances}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ukraine könne kein Mitglied der Nato werden, sagte Peskow.", ("RUS", "alliance.nato", "reject")),
    ("Moskau betrachte eine Nato-Mitgliedschaft der Ukraine als Bedrohung, sagte Peskow.",
     ("RUS", "alliance.nato", "reject")),
    ("Die US-Regierung hat sich gegen einen Nato-Beitritt der Ukraine positioniert.",
     ("USA", "alliance.nato", "reject")),
    ("The Kremlin sees Ukraine's NATO membership as a direct threat.", ("RUS", "alliance.nato", "reject")),
])
def test_membership_refused(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Die Nato betrachtet Russland als Bedrohung.", "reject"),
    ("Kiew will Mitglied der Nato werden.", "reject"),
])
def test_no_refusal_of_membership(text: str, absent: str) -> None:
    assert not any(p == absent for _, issue, p in _stances(text) if issue == "alliance.nato")


@pytest.mark.parametrize(("text", "expected"), [
    ("Selenskyj richtete sich in seiner Rede an Trump. Dieser hatte schon öfter Wahlen in der "
     "Ukraine verlangt.", ("USA", "politics.elections", "demand")),
    ("Putin telefonierte mit Macron. Dieser forderte eine sofortige Waffenruhe.",
     ("EUR", "ceasefire.sequence", "demand")),
])
def test_demonstrative_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


def test_demonstrative_determiner_is_no_subject() -> None:
    got = _stances("Russland verlangt eine neutrale Ukraine. Diese Forderung lehnte Kiew ab.")
    assert not any(a == "RUS" and p == "reject" for a, _, p in got)


# "Diese" before an adjective is a determiner, not the pronoun standing for the last person named
def test_determiner_diese_is_no_pronoun_subject() -> None:
    got = {(s.actor, s.issue, s.polarity) for s in extract(
        'Selenskyj traf am Montag Trump in Washington. Diese russischen Forderungen nach Wahlen in der '
        'Ukraine lehnt Kiew strikt ab.', "t", "2026-02-05").stances}
    assert ('USA', 'politics.elections', 'reject') not in got
    assert ('UKR', 'politics.elections', 'reject') in got
