"""Agreement-space plots (PNG and SVG, written offline) from the plane's data
(:func:`accord.report.figures.plane_of_space`): the frontier points only packages crossing a red
line reach (grey ×), the frontier within the red lines (blue), the agreement zone's frontier
(green), the zone's corner above the reservation values (shaded, and labelled EMPTY when no
package reaches it), the bargaining solutions and the proposals (red when they cross a red line).

Two parties: one plane. Three or four: one plane per pair (three or six panels). Five or more:
pairs would be unreadable (36 panels for nine parties), so one parallel-coordinates chart with an
axis per party.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

_MARKERS = {"nash": "*", "kalai_smorodinsky": "D", "egalitarian": "s", "utilitarian": "^"}
GRID_LIMIT = 4
"""Up to this many parties, one plane per pair; beyond, parallel coordinates."""


def _array(rows: list[list[float]], n: int) -> np.ndarray:
    return np.asarray(rows, dtype=float).reshape(-1, n)


STEM = "agreement-space"


def plane_files(stem: str = STEM) -> list[str]:
    """The names of the files `utility_planes` writes."""
    return [f"{stem}.png", f"{stem}.svg"]


def utility_planes(plane: Mapping[str, Any], solutions: Mapping[str, Sequence[float]],
                   folder: str | Path, stem: str = STEM, title: str = "",
                   zone_size: int | None = None) -> list[Path]:
    """Write ``<stem>.png`` and ``<stem>.svg`` into ``folder``; returns the paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    parties = list(plane["parties"])
    n = len(parties)
    if n > GRID_LIMIT:
        fig = _parallel(plt, plane, solutions, zone_size)
    else:
        fig = _pairs(plt, plane, solutions, zone_size)
    fig.suptitle(title or "Agreement space")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / name for name in plane_files(stem)]
    fig.savefig(paths[0], dpi=110)
    fig.savefig(paths[1], metadata={"Date": None})
    plt.close(fig)
    return paths


def _zone_text(zone_size: int | None) -> str:
    if zone_size is None:
        return "agreement zone: above both dashed lines"
    return ("zone EMPTY: no package within the red lines\nreaches this corner" if zone_size == 0
            else f"agreement zone: {zone_size:,} packages")


def _pairs(plt: Any, plane: Mapping[str, Any], solutions: Mapping[str, Sequence[float]],
           zone_size: int | None) -> Any:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    parties = list(plane["parties"])
    n = len(parties)
    pairs = list(itertools.combinations(range(n), 2)) if n > 1 else [(0, 0)]
    cols = min(3, len(pairs))
    rows = -(-len(pairs) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(6.4 * cols, 5.8 * rows + 0.9), squeeze=False)
    for ax in axes.flat[len(pairs):]:
        ax.set_visible(False)
    crossing = _array(plane["frontier_crossing_red_lines"], n)
    within = _array(plane["frontier_within_red_lines"], n)
    zone = _array(plane["frontier_of_zone"], n)
    res = plane["reservation"]
    empty = zone_size == 0
    for ax, (a, b) in zip(axes.flat, pairs, strict=False):
        ax.add_patch(Rectangle((res[a], res[b]), 1.02 - res[a], 1.02 - res[b],
                               color="tab:red" if empty else "tab:green", alpha=0.07, lw=0))
        ax.text(1.0, 1.0, _zone_text(zone_size), ha="right", va="top", fontsize=8,
                color="tab:red" if empty else "tab:green")
        if crossing.size:
            ax.plot(crossing[:, a], crossing[:, b], "x", color="0.6", ms=4)
        if within.size:
            ax.plot(within[:, a], within[:, b], "o", color="tab:blue", ms=4)
        if zone.size:
            ax.plot(zone[:, a], zone[:, b], "o", color="tab:green", ms=5)
        ax.axvline(res[a], color="tab:red", ls="--", lw=1)
        ax.axhline(res[b], color="tab:red", ls="--", lw=1)
        for name, u in solutions.items():
            ax.plot(u[a], u[b], _MARKERS.get(name, "x"), ms=11, mec="black", color="gold")
        for prop in plane["proposals"].values():
            u = prop["utilities"]
            bad = prop.get("crosses_red_lines", False)
            ax.plot(u[a], u[b], "D", color="tab:red" if bad else "tab:purple", ms=8, mec="black")
            ax.annotate(prop["name"], (u[a], u[b]), textcoords="offset points", xytext=(6, 4),
                        fontsize=7)
        ax.set_xlabel(f"utility of {parties[a]} (0 = its worst package, 1 = its best)")
        ax.set_ylabel(f"utility of {parties[b]}")
        ax.set_xlim(-0.02, 1.02)
        ax.set_ylim(-0.02, 1.02)
        ax.grid(alpha=0.3)
    handles = [
        Line2D([], [], marker="x", color="0.6", ls="", label="frontier point: crosses a red line"),
        Line2D([], [], marker="o", color="tab:blue", ls="", label="frontier within the red lines"),
        Line2D([], [], marker="o", color="tab:green", ls="", label="frontier of the agreement zone"),
        Line2D([], [], color="tab:red", ls="--", label="reservation values (no deal)"),
        Line2D([], [], marker="D", color="tab:purple", mec="black", ls="", label="proposal"),
        Line2D([], [], marker="D", color="tab:red", mec="black", ls="",
               label="proposal crossing a red line"),
    ] + [Line2D([], [], marker=_MARKERS.get(k, "x"), color="gold", mec="black", ls="",
                label=k.replace("_", "–").capitalize() + " solution") for k in solutions]
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.9 / (5.8 * rows + 0.9) + 0.04, 1, 0.95))
    return fig


def _parallel(plt: Any, plane: Mapping[str, Any], solutions: Mapping[str, Sequence[float]],
              zone_size: int | None) -> Any:
    from matplotlib.lines import Line2D

    parties = list(plane["parties"])
    n = len(parties)
    x = np.arange(n)
    fig, ax = plt.subplots(figsize=(max(8.0, 1.0 * n + 2), 6.0))
    for key, colour, width, alpha in (("frontier_crossing_red_lines", "0.6", 0.6, 0.25),
                                      ("frontier_within_red_lines", "tab:blue", 0.8, 0.5),
                                      ("frontier_of_zone", "tab:green", 1.2, 0.8)):
        pts = _array(plane[key], n)
        for row in pts:
            ax.plot(x, row, color=colour, lw=width, alpha=alpha)
    ax.plot(x, plane["reservation"], "_", color="tab:red", ms=30, mew=2.5)
    for prop in plane["proposals"].values():
        bad = prop.get("crosses_red_lines", False)
        ax.plot(x, prop["utilities"], "-D", color="tab:red" if bad else "tab:purple", lw=2, ms=5)
        ax.annotate(prop["name"], (x[-1], prop["utilities"][-1]), textcoords="offset points",
                    xytext=(6, 0), fontsize=7, va="center")
    for name, u in solutions.items():
        ax.plot(x, u, "-", marker=_MARKERS.get(name, "x"), color="goldenrod", lw=2, ms=9, mec="black")
    ax.set_xticks(x)
    ax.set_xticklabels(parties)
    ax.set_ylim(-0.02, 1.02)
    ax.set_ylabel("utility (0 = the party's worst package, 1 = its best)")
    ax.grid(axis="x", alpha=0.4)
    ax.text(0.0, 1.04, _zone_text(zone_size).replace("\n", " ") + "; one line per frontier point",
            transform=ax.transAxes, fontsize=8)
    handles = [Line2D([], [], color="0.6", label="frontier point: crosses a red line"),
               Line2D([], [], color="tab:blue", label="frontier within the red lines"),
               Line2D([], [], color="tab:green", label="frontier of the agreement zone"),
               Line2D([], [], marker="_", color="tab:red", ls="", ms=14, mew=2.5,
                      label="reservation value (no deal)"),
               Line2D([], [], marker="D", color="tab:purple", label="proposal"),
               Line2D([], [], marker="D", color="tab:red", label="proposal crossing a red line")]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=3,
              fontsize=8, frameon=False)
    fig.tight_layout()
    return fig
