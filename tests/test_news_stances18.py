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


# review 18 item 1: only a withdrawal issue, only where Russia is not itself named demanding, and
# never Russia's withdrawal from a deal
@pytest.mark.parametrize(("text", "kept"), [
    ("After Russia's withdrawal from the grain deal, Moscow demanded the lifting of sanctions on its banks.",
     ("RUS", "economy.sanctions", "demand")),
    ("Der Kreml fordert die Aufhebung der Sanktionen, während Kiew den Abzug der russischen Truppen "
     "verlangt.",
     ("RUS", "economy.sanctions", "demand")),
    ("Moscow demands that Kyiv recognise Crimea as Russian, while Zelensky insists that Russian troops "
     "must leave.", ("RUS", "territory.crimea", "demand")),
    ("Nach dem Ausstieg Russlands aus dem Abkommen verlangte Moskau erneut die Aufhebung der Sanktionen.",
     ("RUS", "economy.sanctions", "demand")),
])
def test_russias_own_demand_beside_a_withdrawal_stays_russias(text: str, kept: tuple[str, str, str]) -> None:
    got = _stances(text)
    assert kept in got, got
    if kept[1] == "economy.sanctions":  # Ukraine asks no lifting of sanctions there
        assert not any(a == "UKR" and i == kept[1] for a, i, _ in got), got
