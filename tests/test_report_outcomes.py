"""The "outcome / figures" cell of the timeline says what each figure measures: a bare "24
hours" beside a meeting read as its length where the scenario says a 24-hour truce was
discussed."""

from __future__ import annotations

import re

from rich.console import Console

import accord
from accord.report.layout import show
from accord.report.outcomes import outcome_parts, quantity_text
from accord.report.overview import _timeline
from accord.report.terminal import _timeline as terminal_timeline


def test_a_figure_carries_its_hedge_and_what_it_measures() -> None:
    assert quantity_text({"value": 5, "unit": "hours", "hedge": "about",
                          "about": "length of the talks"}) == "about 5 hours (length of the talks)"
    one_thousand = {"value": 1000.0, "unit": "prisoners", "per_side": True}
    assert quantity_text(one_thousand) == "1,000 prisoners per side"
    assert quantity_text({"value": 2.5, "unit": "percent", "hedge": "more_than"}) == "more than 2.5 percent"
    assert quantity_text({"value": None, "unit": "prisoners"}) == "prisoners (amount not stated)"


def test_the_outcome_comes_with_its_note_and_a_duration_says_what_it_is() -> None:
    row = {"outcome": "none", "outcome_note": "Both sides went home.", "duration_minutes": 90,
           "moved_from": {"start": "2026-03-01"}}
    assert outcome_parts(row) == ["none: Both sides went home", "moved from 2026-03-01", "lasted 90 min"]
    assert outcome_parts({"outcome": "partial"}) == ["partial"]
    assert outcome_parts({}) == []


def test_flagship_timeline_explains_its_figures_in_the_terminal() -> None:
    rows = _timeline(accord.load("ukraine-2022-2026"))
    antalya = next(e for e in rows if e["id"].startswith("antalya"))
    parts = outcome_parts(antalya)
    assert parts[0].startswith("none: No agreement")
    assert any("24 hours (" in p and "ceasefire" in p for p in parts), parts
    console = Console(width=400, record=True, color_system=None)
    show(console, terminal_timeline([antalya]))
    text = re.sub(r"\s+", " ", console.export_text())
    assert "24-hour ceasefire was discussed" in text, text
    assert "none, 24 hours" not in text


def test_the_collisions_are_counted_as_the_bottom_line_counts_them() -> None:
    """The panel read "(8)" under a bottom line of "7 issues; alliance.nato only on condition"."""
    from accord.report.terminal import collision_count

    rows = [{"issue": f"i{k}", "conditional": k == 0} for k in range(8)]
    assert collision_count(rows) == "7, and 1 only on condition"
    assert collision_count(rows[1:]) == "7"
    assert collision_count([]) == "0"
