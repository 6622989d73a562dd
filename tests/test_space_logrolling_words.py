"""The logrolling table says who gets which issue and which red line a trade may cross."""

from __future__ import annotations

import pytest

from tests.cli import run


def test_logrolling_names_its_explanation_and_the_red_line_it_may_cross(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`accord space` printed "each gets: security.foreign_troops=none; military.army_size=1000000"
    and the gains, but not who gets which, nor that the trade may cross RUS's cross-issue red line
    on a large uncapped army (both in --json)."""
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run("space")
    assert code == 0, err
    flat = " ".join(out.split())
    assert "RUS gets its best option on security.foreign_troops" in flat
    assert "may cross RUS: rus-large-uncapped-army" in flat
