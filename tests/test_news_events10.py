"""Known event defects of the ninth session, each fixed as a general defect: a pluperfect of
reported speech after the talks just told, claimants of attack reports, exchanges of bodies,
multi-word and adjective-named places, venues, conversations of heads of state and planned
negotiations. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-02-05"  # a Thursday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.date_start, e.place) for e in extract(text, "t", PUB).events]


# 1. a pluperfect inside reported speech after "said", told right after dated talks, is the
# tense the verb of saying shifts into: the item was agreed at those talks (README convention 7
# leaves it undated only when nothing anchors it)
@pytest.mark.parametrize("text", [
    "Negotiators of Russia and Ukraine met in Istanbul on Monday. Medinsky said afterwards that "
    "they had agreed to exchange 500 prisoners each.",
    "Negotiators of Russia and Ukraine met in Istanbul on Monday. Umerov told reporters the two "
    "sides had agreed to swap 500 prisoners each.",
    "Die Unterhändler Russlands und der Ukraine trafen sich am Montag in Istanbul. Medinski sagte "
    "danach, sie hätten vereinbart, je 500 Gefangene auszutauschen.",
])
def test_reported_pluperfect_after_dated_talks_takes_their_day(text: str) -> None:
    found = [e for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]
    assert found, _events(text)
    assert found[0].date_start == "2026-02-02", _events(text)


@pytest.mark.parametrize("text", [
    # nothing dated before it: no anchor, no date
    "Medinsky said afterwards that they had agreed to exchange 500 prisoners each.",
    # told as earlier than the talks: no day
    "Negotiators of Russia and Ukraine met in Istanbul on Monday. Umerov said the two sides had "
    "already agreed to swap 500 prisoners each.",
    "Negotiators of Russia and Ukraine met in Istanbul on Monday. The sides had agreed to swap "
    "500 prisoners each.",
])
def test_pluperfect_without_talks_or_told_as_earlier_stays_undated(text: str) -> None:
    found = [e for e in extract(text, "t", PUB).events if e.kind == "partial_agreement"]
    assert found, _events(text)  # the item itself is still found
    assert found[0].date_start is None, _events(text)
