"""Stance rules of session 12, family by family, in German and English, found on a training set
of real reporting: what a step waits for ("only after a ceasefire"), and further families below.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# what takes effect or is done only after, or only in the case of, a ceasefire demands the
# ceasefire first (a stated condition); the offer of the clause keeps its own cue
@pytest.mark.parametrize(("text", "expected"), [
    ('Zelensky said the peace framework could take effect only after a full ceasefire of at least 30 days.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Zelensky said a referendum on the plan could be held only after a truce of at least two months.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('The Ukrainian delegation said a deal could enter into force only in the event of a complete truce.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Die Vereinbarung könne nur im Falle einer vollständigen Waffenruhe in Kraft treten, sagte der '
     'ukrainische Unterhändler.', ('UKR', 'ceasefire.sequence', 'demand')),
    ('Kiew betonte, über das Abkommen werde erst nach einer umfassenden Waffenruhe abgestimmt.',
     ('UKR', 'ceasefire.sequence', 'demand')),
    ('Moscow said it would accept monitors only after Ukraine withdraws its troops from the Donetsk region.',
     ('RUS', 'territory.donbas', 'demand')),
])
def test_what_a_step_waits_for_is_demanded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _stances(text)


@pytest.mark.parametrize(("text", "kept", "not_"), [
    ('Die Vorschläge würden einen Sonderstatus für die Krim enthalten und nur im Falle einer Waffenruhe '
     'gelten, sagten die ukrainischen Unterhändler.',
     ('UKR', 'territory.crimea', 'propose'), ('UKR', 'territory.crimea', 'demand')),
    ('Kyiv proposed a special status for Crimea that would apply only in the event of a ceasefire.',
     ('UKR', 'territory.crimea', 'propose'), ('UKR', 'territory.crimea', 'demand')),
])
def test_the_offer_beside_the_condition_stays_an_offer(text: str, kept: tuple[str, str, str],
                                                       not_: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert kept in got and not_ not in got
