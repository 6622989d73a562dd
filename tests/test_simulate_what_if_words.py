"""A what-if's change of the odds in words: percentage points, and a what-if starting after the
horizon of the odds says it cannot move them."""

from __future__ import annotations

from typing import Any

from accord.simulate.engine import WhatIf
from accord.simulate.summary import explain_what_if


def _summary(ceasefire: float, start: str = "2026-02-18") -> dict[str, Any]:
    block = {"ceasefire": {"p": ceasefire, "low": ceasefire, "high": ceasefire},
             "settlement": {"p": 0.0, "low": 0.0, "high": 0.0}}
    return {"start": start, "until": "2027-02-18", "at": {"12m": block}, "by_end": block,
            "blocking_share": {"RUS": 1.0, "UKR": 1.0}}


def test_a_change_of_odds_is_in_points() -> None:
    """"P(ceasefire within 12 months) 17% → 90% (+73%)" read as a relative rise of 73 %."""
    w = WhatIf("patience", "The mediator's patience with Russia ends", "2026-03",
               mechanism="mediator pressure on Russia")
    words = explain_what_if(w, _summary(0.17), _summary(0.90))["explanation"]
    assert "17% → 90% (+73 points)" in words and "P(settlement) 0% → 0% (+0 points)" in words
    assert "cannot move" not in words


def test_a_what_if_after_the_horizon_says_it_cannot_move_the_odds() -> None:
    """`analyze --as-of 2022-12` printed four what-ifs of 2026, each "50% → 50% (+0%)", as if
    they had been tried and found to do nothing."""
    w = WhatIf("patience", "The mediator's patience with Russia ends", "2026-03",
               mechanism="mediator pressure on Russia")
    words = explain_what_if(w, _summary(0.5, "2022-12-28"), _summary(0.5, "2022-12-28"))[
        "explanation"]
    assert words.endswith("It starts 2026-03, after the 12 months from 2022-12-28 that the odds "
                          "cover, so it cannot move them.")


def test_the_points_are_the_difference_of_the_odds_as_printed() -> None:
    """`accord simulate --what-if all` printed "P(ceasefire within 6 months) 10% → 11% (+2
    points)" (9.6% → 11.4%, say): the change rounded on its own disagreed with the two odds shown."""
    w = WhatIf("fund", "The European partners fund the army", "2026-03", mechanism="costs")
    words = explain_what_if(w, _summary(0.104), _summary(0.116))["explanation"]
    assert "10% → 12% (+2 points)" in words
    words = explain_what_if(w, _summary(0.1749), _summary(0.1951))["explanation"]
    assert "17% → 20% (+3 points)" in words
    out = explain_what_if(w, _summary(0.176), _summary(0.185))
    assert "18% → 18% (+0 points)" in out["explanation"]
    assert abs(out["delta_ceasefire"] - 0.009) < 1e-12  # the JSON keeps the exact change
