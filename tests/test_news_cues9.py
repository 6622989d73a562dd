"""Cue defects of the ninth session (known defects 10-14): an order to stop attacks passed on,
a side's own defence, German separable verbs under the cue exclusions, a prepositional phrase
inside an exclusion's gap, and a delegation leaving a city."""

from __future__ import annotations

import pytest

from accord.news.extract import extract

PUB = "2026-03-13"


def _kinds(text: str) -> list[str]:
    return [e.kind for e in extract(text, "t", PUB).events]


@pytest.mark.parametrize("text", [
    "The Russian leader passed down the order to stop strikes on Ukrainian power plants, the "
    "Kremlin said.",
    "The Russian leader had passed the command to halt attacks on Ukrainian power plants on to "
    "the army, his spokesman said.",
])
def test_an_order_to_stop_attacks_passed_on_is_a_step_not_an_accusation(text: str) -> None:
    assert _kinds(text) == ["statement_of_intent"], text
