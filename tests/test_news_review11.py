"""The eleventh review's findings, each with the reviewer's own sentences (German and English
where the defect applies): what the corpus README says is right, asserted in full."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-10"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(x.actor, x.issue, x.polarity) for x in extract(text, published=PUB).stances}


@pytest.mark.parametrize(("text", "expected"), [
    # "on" after a word of bargaining: what the position is about, not where something happens
    ("Zelensky ruled out any concessions on territory.", {("UKR", "territory.donbas", "reject")}),
    ("Kyiv rejects any deal on territory, Zelensky said.", {("UKR", "territory.donbas", "reject")}),
    ("Ukraine will not compromise on its territory, Zelensky said on Monday.",
     {("UKR", "territory.donbas", "reject")}),
    ("Kiew lehnt jeden Kompromiss über das Territorium ab, sagte Selenskyj.",
     {("UKR", "territory.donbas", "reject")}),
    # territory still a place where troops would stand: no territory stance
    ("Russia rejects Western troops on Ukrainian territory, the Kremlin said.",
     {("RUS", "security.foreign_troops", "reject")}),
])
def test_territory_as_topic_after_on(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stances(text) == expected

