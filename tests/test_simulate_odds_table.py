"""The odds table of `accord simulate` reaches the `--until` date: from 2026-02-18 until
2027-01 it showed the odds within 3 and 6 months only, while the drivers below it were named
after P(settlement by 2027-01-01), a number printed nowhere."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console

from accord.report.sections.simulate import render


def _block(p: float) -> dict[str, Any]:
    return {"ceasefire": {"p": p, "low": p, "high": p}, "settlement": {"p": 0.0, "low": 0.0, "high": 0.0}}


def _data(until: str, at: list[str]) -> dict[str, Any]:
    summary = {"start": "2026-02-18", "until": until, "at": {k: _block(0.1) for k in at},
               "by_end": _block(0.23), "blocking_share": {"RUS": 1.0}, "expected_rounds": 3.0,
               "failed_referendums_per_run": 0.0, "agreed_package_by_issue": {}}
    return {"summary": summary, "headline": "P(...)", "what_ifs": []}


def _text(data: dict[str, Any]) -> str:
    console = Console(width=120, record=True, color_system=None)
    render(data, console)
    return re.sub(r"[ \t]+", " ", console.export_text())


def test_a_run_past_its_longest_horizon_shows_the_odds_by_its_end() -> None:
    text = _text(_data("2027-01-01", ["3m", "6m"]))
    assert "by 2027-01-01 (end) │ 23% [23%–23%]" in text, text


def test_a_run_of_twelve_months_adds_no_row() -> None:
    """`accord analyze` simulates 366 days: its 12-month row is the end of the run."""
    text = _text(_data("2027-02-19", ["3m", "6m", "12m"]))
    assert "(end)" not in text and "12 months" in text


def test_a_run_shorter_than_three_months_still_has_a_row() -> None:
    text = _text(_data("2026-04-01", []))
    assert "by 2026-04-01 (end)" in text
