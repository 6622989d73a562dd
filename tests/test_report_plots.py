"""The PNG/SVG plots: the plane marks the packages crossing red lines and the zone (empty or
not); many parties give one readable chart, not a grid of every pair; forecast axes are in the
issue's own terms."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

import accord
from accord.report.figures import utility_plane
from accord.report.plots.space import utility_planes
from tests.cli import run


def test_flagship_plane_marks_red_line_crossings_and_the_empty_zone(tmp_path: Path) -> None:
    plane = utility_plane(accord.load("ukraine-2022-2026"))
    assert plane is not None
    # no package crosses no red line in the flagship: every frontier point crosses one
    assert plane["frontier_crossing_red_lines"] and plane["frontier_within_red_lines"] == []
    assert all(p["crosses_red_lines"] for p in plane["proposals"].values())
    png, svg = utility_planes(plane, {}, tmp_path, zone_size=0)
    text = svg.read_text(encoding="utf-8")
    for words in ("crosses a red line", "zone EMPTY", "proposal crossing a red line",
                  "utility of RUS"):
        assert words in text, words
    assert png.stat().st_size > 10_000


def test_many_parties_give_one_chart_of_readable_size(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    n = 9
    plane = {"parties": [f"P{k}" for k in range(n)], "reservation": [0.3] * n,
             "frontier_crossing_red_lines": rng.random((40, n)).tolist(),
             "frontier_within_red_lines": rng.random((20, n)).tolist(),
             "frontier_of_zone": [], "proposals": {
                 "x": {"name": "Plan X", "utilities": [0.5] * n, "crosses_red_lines": True}}}
    png, _ = utility_planes(plane, {}, tmp_path, zone_size=0)
    with Image.open(png) as img:
        width, height = img.size
    assert width <= 1600 and height <= 800, (width, height)


def test_forecast_plot_axis_in_the_issue_unit(tmp_path: Path) -> None:
    code, _, err = run("forecast", "--plot", str(tmp_path), "--plot-format", "svg")
    assert code == 0, err
    army = (tmp_path / "forecast-military.army_size.svg").read_text(encoding="utf-8")
    unit = accord.load("ukraine-2022-2026").issue("military.army_size").unit
    assert unit and unit in army
    donbas = (tmp_path / "forecast-territory.donbas.svg").read_text(encoding="utf-8")
    assert "options in listed order" in donbas
