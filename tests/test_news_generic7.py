"""General defects any article can hit (session seven): outlet names, dateline venues, date
intervals, repeated planned rounds, and offers held out in prospect. Every sentence here is
written for these tests, German and English."""

from __future__ import annotations

import pytest

from accord.news import gazetteer as gz
from accord.news.extract import extract, find_mentions


@pytest.mark.parametrize("text", [
    "Die New York Times schrieb am Abend darüber.",
    "Laut der Washington Post blieb vieles offen.",
    "The Kyiv Independent carried the story first.",
    "Reporters of the Kyiv Post asked again.",
    "The Moscow Times quoted two officials.",
    "Die Berliner Zeitung druckte das Interview.",
    "Radio Free Europe had a correspondent there.",
    "Die Deutsche Welle sendete live.",
])
def test_an_outlet_name_is_no_place_and_no_actor(text: str) -> None:
    assert find_mentions(text, gz.default(), "2025-05-20") == []


def test_a_place_next_to_an_outlet_name_still_counts() -> None:
    found = find_mentions("Moscow's Times Square rally and the Kyiv School of Economics.",
                          gz.default(), "2025-05-20")
    assert [m.entity for m in found] == ["moscow", "kyiv"]


@pytest.mark.parametrize("text,pub", [
    ("Wie die New York Times berichtet, verhandelten die Delegationen Russlands und der Ukraine "
     "am Montag zwei Stunden lang.", "2025-05-20"),
    ("According to the Kyiv Independent, Russian and Ukrainian delegations held talks on Monday "
     "for three hours.", "2025-05-20"),
])
def test_an_outlet_gives_a_round_no_place(text: str, pub: str) -> None:
    rounds = [e for e in extract(text, "t", pub).events if e.kind == "round"]
    assert rounds and all(e.place is None for e in rounds)


@pytest.mark.parametrize("text,actor,issue", [
    ("Frankreich stellte der Ukraine am Montag Sicherheitsgarantien in Aussicht.", "EUR",
     "security.guarantees"),
    ("Die USA haben eine Lockerung der Sanktionen gegen Russland in Aussicht gestellt.", "USA",
     "economy.sanctions"),
    ("Der Kreml stellte einen Gefangenenaustausch in Aussicht.", "RUS", "humanitarian.prisoners"),
    ("Washington held out the prospect of sanctions relief for Russia on Monday.", "USA",
     "economy.sanctions"),
])
def test_holding_out_the_prospect_is_an_offer(text: str, actor: str, issue: str) -> None:
    got = {(s.actor, s.issue, s.polarity) for s in extract(text, "t", "2025-05-20").stances}
    assert (actor, issue, "propose") in got


@pytest.mark.parametrize("text", [
    "Die EU stellt Kiew Wiederaufbauhilfe in Aussicht, betont aber die Notwendigkeit, dass "
    "Russland Reparationen zahlt.",
    "The EU offered reconstruction aid, stressing the need for Russia to pay reparations.",
    "Kiew betonte die Notwendigkeit, dass Russland Reparationen leistet.",
])
def test_what_a_stated_necessity_asks_is_demanded(text: str) -> None:
    got = [(s.issue, s.polarity) for s in extract(text, "t", "2025-05-20").stances]
    assert ("economy.frozen_assets", "demand") in got
