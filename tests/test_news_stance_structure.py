"""Stance structure, family by family, in German and English: whose position a clause expresses
(reported speech, sources, owned position nouns, opening clauses) and how polarity composes with
negation, conditions and frames. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# a negation inside the German verb bracket, or "ohne"/"without" governing the cue verb, withholds
@pytest.mark.parametrize(("text", "expected"), [
    ('Der Kreml stimmte dem Vorschlag einer Waffenruhe nicht zu.', ('RUS', 'ceasefire.sequence', 'reject')),
    ('Die Ukraine lässt sich auf keinen Gebietsverzicht ein.', ('UKR', 'territory.donbas', 'reject')),
    ('Moskau stimmte einer Feuerpause für Kraftwerke nie zu.', ('RUS', 'ceasefire.energy', 'reject')),
    ('Trump wants to end the war without providing security guarantees for Kyiv.',
     ('USA', 'security.guarantees', 'reject')),
    ('Washington will der Ukraine helfen, ohne Sicherheitsgarantien zu gewähren.',
     ('USA', 'security.guarantees', 'reject')),
])
def test_negation_inside_bracket_or_without(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize(("text", "kept"), [
    ('Kiew schließt einen Gebietsverzicht nicht aus.', ('UKR', 'territory.donbas', 'accept')),
    ('Russia agreed to a ceasefire without preconditions.', ('RUS', 'ceasefire.sequence', 'accept')),
    ('Moskau hat keine Einwände gegen eine Waffenruhe.', ('RUS', 'ceasefire.sequence', 'accept')),
])
def test_negation_that_is_the_cue_itself(text: str, kept: tuple[str, str, str]) -> None:
    assert kept in _stances(text)


def test_negated_compliance_is_no_position() -> None:
    assert not _stances('Russland hält sich nicht an die Waffenruhe.')
