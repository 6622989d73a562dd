"""Stances of session 18 (helper stances18), cause by cause, in German and English, found on the
stance misses and extras of the nine external tuning sets. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-10"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


# Russia asked to withdraw its troops: the demand is the side's that asks it, never Russia's own
# (the clause walk took Russia, the subject of the withdrawal, for the holder)
@pytest.mark.parametrize(("text", "issue"), [
    ('"Russia must leave the occupied territories."', "territory.donbas"),
    ("Russia must leave the occupied territories first, a Ukrainian official said.", "territory.donbas"),
    ("Russland müsse erst die besetzten Gebiete räumen, dann könne es eine Feuerpause geben.",
     "territory.donbas"),
    ("Russland müsse erst die besetzten Gebiete räumen, dann könne es eine Feuerpause geben.",
     "ceasefire.sequence"),
    ("Zuerst müsse Russland die besetzten Gebiete verlassen, erst dann werde es eine Waffenruhe geben, "
     "sagte Selenskyj.", "territory.donbas"),
    ("Kyiv demanded that Russia withdraw from all occupied territory before a ceasefire.",
     "territory.donbas"),
    ("Kiew verlangt, dass Russland seine Truppen aus allen besetzten Gebieten abziehen müsse.",
     "territory.donbas"),
])
def test_russias_withdrawal_is_asked_by_the_other_side(text: str, issue: str) -> None:
    got = _stances(text)
    assert ("UKR", issue, "demand") in got
    assert not any(a == "RUS" and i == issue for a, i, _ in got)


# Russia's own demand that Ukraine withdraw, or its own offer to pull back, stays Russia's
@pytest.mark.parametrize(("text", "polarity"), [
    ("Moscow demands that Ukraine withdraw its troops from the Donetsk region.", "demand"),
    ("Russland verlangt den Abzug der ukrainischen Truppen aus dem Donbass.", "demand"),
    ("Moskau fordert von Kiew den Rückzug aus dem gesamten Gebiet Donezk.", "demand"),
    ("Moscow offered to withdraw its troops from the Kharkiv region in return for the whole of the Donbas.",
     "demand"),
    ("Russland bot an, seine Truppen aus dem Gebiet Charkiw abzuziehen, wenn Kiew den Donbass räumt.",
     "propose"),
])
def test_russias_own_terms_stay_russias(text: str, polarity: str) -> None:
    assert ("RUS", "territory.donbas", polarity) in _stances(text)
