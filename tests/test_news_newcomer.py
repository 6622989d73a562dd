"""A newcomer's test: twelve short wire items written for it (tests/data/news_newcomer, six German,
six English, with their expected events written by hand from the corpus README before accord was
run), and the general defects they showed, each with sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.news.extract import extract

DATA = Path(__file__).parent / "data" / "news_newcomer"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
ITEMS = sorted(k for k in EXPECTED if not k.startswith("_"))


def _matched(name: str) -> tuple[int, int]:
    """How many expected events of item `name` accord finds (kind, date within the interval, place
    unless null: the README's matching), and how many are expected."""
    raw = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    published = raw.split("\n")[1].split(": ")[1]
    events = list(extract(raw.split("\n", 3)[3], name, published).events)
    used: set[int] = set()
    for kind, a, b, place, _parties in EXPECTED[name]["events"]:
        for i, e in enumerate(events):
            if i in used or e.kind != kind or (place is not None and e.place != place):
                continue
            if (a is None and e.date_start is None) or (a is not None and e.date_start is not None
                                                         and a <= e.date_start <= b):
                used.add(i)
                break
    return len(used), len(EXPECTED[name]["events"])


def test_newcomer_items_found() -> None:
    """At least 31 of the 34 expected events found (23 before this session's fixes). Still missed:
    a planned meeting of heads of state at the White House (a round and a statement instead), a
    chancellor's meeting with a president (a round, not a summit), and "plan to meet again next
    week" (a statement, not a round)."""
    found = sum(_matched(n)[0] for n in ITEMS)
    assert found >= 31, [(n, _matched(n)) for n in ITEMS]


# a dateline with an agency the list lacks ("GENF, 3. Juni (Agentur) -") is the filing date, not
# the day of the events of the sentence it opens
@pytest.mark.parametrize(("text", "day"), [
    ("GENF, 3. Juni (Agentur) - Die Delegationen trafen sich am Montag in Genf.", "2025-06-02"),
    ("GENEVA, June 3 (Wire) - The delegations met in Geneva on Monday.", "2025-06-02"),
    # the positive twin: a known agency, as before
    ("GENEVA, June 3 (Reuters) - The delegations met in Geneva on Monday.", "2025-06-02"),
])
def test_dateline_with_any_agency(text: str, day: str) -> None:
    rounds = [e for e in extract(text, "t", "2025-06-03").events if e.kind == "round"]
    assert rounds and rounds[0].date_start == day, [(e.kind, e.date_start) for e in rounds]


# "an hour" beside a figure in minutes is part of the duration
@pytest.mark.parametrize(("text", "minutes"), [
    ("Die Delegationen trafen sich am Montag in Istanbul. Das Gespräch dauerte rund eine Stunde und "
     "zehn Minuten.", 70),
    ("Negotiators met in Istanbul on Monday for an hour and 20 minutes.", 80),
    ("Negotiators met in Istanbul on Monday for an hour.", 60),
    ("Negotiators met in Istanbul on Monday for 40 minutes.", 40),
])
def test_an_hour_and_minutes(text: str, minutes: int) -> None:
    rounds = [e for e in extract(text, "t", "2025-06-03").events if e.kind == "round"]
    assert rounds and rounds[0].duration_minutes == minutes


# a mediator named in the sentence right after the exchange; some of the people of the exchange
# told after it are no new exchange
def test_mediator_in_the_next_sentence_and_among_those() -> None:
    text = ("Die Ukraine und Russland haben gestern je 185 Kriegsgefangene ausgetauscht. Vermittelt "
            "hatten den Austausch erneut die Vereinigten Arabischen Emirate. Unter den Heimkehrern "
            "waren auch 20 Zivilisten.")
    found = [e for e in extract(text, "t", "2025-10-06").events if e.kind == "partial_agreement"]
    assert [(e.date_start, e.mediators, e.quantity) for e in found] == [("2025-10-05", ["ARE"], 185)]
    text = ("Russia and Ukraine swapped 185 prisoners each on Sunday. Among those who came home to "
            "Ukraine were 15 badly wounded soldiers.")
    found = [e for e in extract(text, "t", "2025-10-06").events if e.kind == "partial_agreement"]
    assert len(found) == 1
    # the positive twin: told on its own, it is an exchange
    text = "Among those freed on Sunday were 15 soldiers returned in an exchange with Russia."
    assert [e.kind for e in extract(text, "t", "2025-10-06").events] == ["partial_agreement"]


# a denial of the capture just claimed keeps the place it denies; an attack told by a governor
# with a participle clause after "said" is told by the side attacked
def test_denial_keeps_the_place_and_governor_with_participle() -> None:
    text = ("Russia's defence ministry said on Tuesday its troops had captured the village of "
            "Novopavlivka. Ukraine's general staff rejected the claim, saying its units still held "
            "positions in the village.")
    claims = [(e.parties, e.place) for e in extract(text, "t", "2025-12-03").events if e.kind == "claim"]
    assert claims == [(["RUS"], "novopavlivka"), (["UKR"], "novopavlivka")]
    text = ("Russian drones struck the city of Kharkiv overnight, the regional governor said, wounding "
            "four people.")
    claims = [(e.parties, e.place) for e in extract(text, "t", "2025-12-03").events if e.kind == "claim"]
    assert claims == [(["UKR"], "kharkiv")]
