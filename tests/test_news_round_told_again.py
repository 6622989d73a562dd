"""Rounds: talks "geführt" (held) and a call named as where something was said are talks that
took place; a round told again later in the article (the same n-th round, or the same place, day
and sides) is one record. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"


def _rounds(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(e.kind, e.date_start, e.place, e.parties) for e in extract(text, "t", PUB).events
            if e.kind in ("round", "summit")]


@pytest.mark.parametrize(("text", "place", "parties"), [
    ("In Genf haben ukrainische und russische Unterhändler erstmals seit Monaten Gespräche geführt.",
     "geneva", ["RUS", "UKR"]),
    ("Nach Angaben des Kremls verlangte Putin in dem Telefonat mit Trump ein Ende der Waffenhilfe.",
     None, ["RUS", "USA"]),
    ("Putin told Trump during their phone call that the aid had to stop.", None, ["RUS", "USA"]),
])
def test_talks_held(text: str, place: str | None, parties: list[str]) -> None:
    got = _rounds(text)
    assert len(got) == 1 and got[0][2] == place and set(parties) <= set(got[0][3])


@pytest.mark.parametrize("text", [
    "Die Gespräche sollen am Montag in Genf geführt werden.",
    "Die Delegation wird von Umerow geführt.",
])
def test_not_held(text: str) -> None:
    assert all(outcome == "planned" for outcome in
               (e.outcome for e in extract(text, "t", PUB).events if e.kind == "round"))


def test_same_nth_round_told_again_is_one_record() -> None:
    text = ("Die Delegationen Russlands und der Ukraine kamen am 3. Februar in Gomel zur zweiten Runde "
            "ihrer Gespräche zusammen. Die Sitzung dauerte drei Stunden. Ein Sprecher in Kiew teilte "
            "mit, man habe über Fluchtwege beraten. Auch Gefangene seien ein Thema gewesen. \"Die zweite "
            "Verhandlungsrunde ist gerade zu Ende gegangen\", sagte ein ukrainischer Unterhändler.")
    got = _rounds(text)
    assert len(got) == 1 and got[0][1] == "2026-02-03"


def test_same_place_day_and_sides_is_one_record() -> None:
    text = ("In Genf haben am Dienstag ukrainische und russische Unterhändler Gespräche geführt. Es ging "
            "um einen Austausch von Gefangenen. Die Außenminister äußerten sich nicht. Beobachter "
            "sprachen von einem zähen Tag. Die Delegationen Russlands und der Ukraine trafen sich am "
            "Dienstag in Genf unter Schweizer Vermittlung für vier Stunden.")
    got = _rounds(text)
    assert len(got) == 1 and got[0][2] == "geneva"


def test_other_sides_the_same_day_stay_apart() -> None:
    from accord.news.events.told_again import same_round_again
    from accord.news.extract import analyse
    from accord.news.facts import NewsEvent

    text = ("Delegationen der USA, Russlands und der Ukraine berieten am Dienstag in Genf. Danach "
            "sprachen amerikanische und russische Militärvertreter in Genf miteinander.")
    sents = analyse(text, PUB, None, None)[3]
    a = NewsEvent(sents[0].start, sents[0].end, "round", "2026-02-03", "2026-02-03", place="geneva",
                  parties=["RUS", "UKR", "USA"])
    b = NewsEvent(sents[1].start, sents[1].end, "round", "2026-02-03", "2026-02-03", place="geneva",
                  parties=["RUS", "USA"])
    c = NewsEvent(sents[1].start, sents[1].end, "round", "2026-02-03", "2026-02-03", place="geneva",
                  parties=["RUS", "TUR", "UKR", "USA"])
    assert same_round_again([a, b], sents) == [a, b]
    assert same_round_again([a, c], sents) == [a]  # a host named by one sentence only


@pytest.mark.parametrize("text", [
    "Die Delegationen Russlands und der Ukraine trafen sich am Montag in Istanbul, eine Einigung gab "
    "es erst nach langen Verhandlungen. Am Mittwoch trafen sich die Delegationen Russlands und der "
    "Ukraine in Genf, erst nach zähen Verhandlungen gab es dort Ergebnisse.",
    "The delegations of Russia and Ukraine met in Istanbul on Monday, the first talks in weeks. On "
    "Wednesday the delegations of Russia and Ukraine met in Geneva, again the first talks in weeks.",
])
def test_rounds_on_other_days_in_other_places_stay_apart(text: str) -> None:
    rounds = [(e.date_start, e.place) for e in extract(text, "t", "2026-03-06").events
              if e.kind == "round"]
    assert len(rounds) == 2, rounds
