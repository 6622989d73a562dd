"""Agreement-space plots (PNG and SVG, written offline): the utility plane of two parties with
the Pareto frontier, the frontier of the agreement zone, reservation lines, bargaining solutions
and proposals; for more parties a grid with one such plane per pair of parties."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

_MARKERS = {"nash": "*", "kalai_smorodinsky": "D", "egalitarian": "s", "utilitarian": "^"}


def utility_planes(parties: Sequence[str], frontier_all: NDArray[np.float64],
                   frontier_zone: NDArray[np.float64], reservation: NDArray[np.float64],
                   solutions: Mapping[str, Sequence[float]], proposals: Mapping[str, Sequence[float]],
                   folder: str | Path, stem: str = "agreement-space", title: str = "") -> list[Path]:
    """Write ``<stem>.png`` and ``<stem>.svg`` into ``folder``; returns the paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    n = len(parties)
    pairs = list(itertools.combinations(range(n), 2)) if n > 1 else [(0, 0)]
    cols = 1 if len(pairs) == 1 else min(3, len(pairs))
    rows = -(-len(pairs) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(6.2 * cols, 5.6 * rows), squeeze=False)
    for ax in axes.flat[len(pairs):]:
        ax.set_visible(False)
    for ax, (a, b) in zip(axes.flat, pairs, strict=False):
        if frontier_all.size:
            pts = frontier_all[np.argsort(frontier_all[:, a])]
            ax.plot(pts[:, a], pts[:, b], ".", color="0.55", ms=4, label="Pareto frontier (all packages)")
        if frontier_zone.size:
            ax.plot(frontier_zone[:, a], frontier_zone[:, b], "o", color="tab:green", ms=5,
                    label="frontier of the agreement zone")
        ax.axvline(reservation[a], color="tab:red", ls="--", lw=1, label="reservation values")
        ax.axhline(reservation[b], color="tab:red", ls="--", lw=1)
        for name, u in solutions.items():
            ax.plot(u[a], u[b], _MARKERS.get(name, "x"), ms=11, mec="black",
                    label=name.replace("_", "–").capitalize())
        for name, u in proposals.items():
            ax.plot(u[a], u[b], "X", color="tab:purple", ms=9)
            ax.annotate(name, (u[a], u[b]), textcoords="offset points", xytext=(5, 4), fontsize=7)
        ax.set_xlabel(f"utility of {parties[a]}")
        ax.set_ylabel(f"utility of {parties[b]}")
        ax.set_xlim(-0.02, 1.02)
        ax.set_ylim(-0.02, 1.02)
        ax.grid(alpha=0.3)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    if proposals:
        handles.append(Line2D([], [], marker="X", color="tab:purple", ls=""))
        labels.append("proposals")
    fig.legend(handles, labels, loc="lower center", ncol=3, fontsize=8, frameon=False)
    fig.suptitle(title or "Agreement space")
    fig.tight_layout(rect=(0, 0.08, 1, 0.96))
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{stem}.png", out / f"{stem}.svg"]
    fig.savefig(paths[0], dpi=130)
    fig.savefig(paths[1], metadata={"Date": None})
    plt.close(fig)
    return paths
