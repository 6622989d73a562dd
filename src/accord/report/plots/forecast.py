"""Forecast plots: per issue, the actors' positions (marker area ~ capability x salience), each
model's forecast and the Monte Carlo 50 % and 90 % intervals. Written offline (Agg backend)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

FORMATS = ("png", "svg")


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:80] or "issue"


def plot_name(dimension: str, fmt: str) -> str:
    """The file name of the plot of one issue (known before plotting, so that the command can
    check for earlier output first)."""
    return f"forecast-{_safe(dimension)}.{fmt}"


def plot_issues(report: dict[str, Any], positions: dict[str, list[tuple[str, float, float]]],
                directory: Path, fmt: str = "png",
                labels: dict[str, list[tuple[float, str]]] | None = None,
                units: dict[str, str] | None = None) -> list[Path]:
    """Write one figure per issue; `positions[issue]` = [(actor, position, weight)]. The axis
    is in the issue's own terms: its options (ordinal issues) or its unit (numeric ones, from
    ``units``). Returns the files written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    if fmt not in FORMATS:
        raise ValueError(f"unknown plot format {fmt!r}; choose from {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    forecasts = report["forecasts"]
    mc = report.get("monte_carlo", {}).get("models", {})
    colours = plt.get_cmap("tab10")
    for dim in report["input"]["dimensions"]:
        lo, hi = report["input"]["scale"][dim]
        fig, ax = plt.subplots(figsize=(8, 3.2))
        pts = positions.get(dim, [])
        if pts:
            w = np.array([p[2] for p in pts])
            size = 40 + 400 * w / (w.max() if w.max() > 0 else 1)
            ax.scatter([p[1] for p in pts], np.zeros(len(pts)), s=size, alpha=0.5, color="grey",
                       zorder=2)
            for k, (name, x, _) in enumerate(pts):
                ax.annotate(name, (x, 0), xytext=(0, 10 + 9 * (k % 3)), textcoords="offset points",
                            ha="center", fontsize=7)
        for k, (model, entry) in enumerate(forecasts.items()):
            value = entry["values"].get(dim)
            y = -0.25 - 0.18 * k
            colour = colours(k % 10)
            if model in mc:
                s = mc[model]["issues"][dim]
                if s["interval90"][0] is not None and np.isfinite(s["interval90"][0]):
                    ax.plot(s["interval90"], [y, y], color=colour, lw=2, alpha=0.4)
                    ax.plot(s["interval50"], [y, y], color=colour, lw=6, alpha=0.7)
            if value is not None:
                ax.plot([value], [y], marker="|", ms=14, mew=2, color=colour)
            ax.text(lo - 0.02 * (hi - lo), y, model, ha="right", va="center", fontsize=7)
        if labels and dim in labels:
            ax.set_xticks([v for v, _ in labels[dim]])
            ax.set_xticklabels([t for _, t in labels[dim]], fontsize=7, rotation=15)
            ax.set_xlabel("options in listed order", fontsize=7)
        else:
            ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
            ax.set_xlabel((units or {}).get(dim, "value on the issue's scale"), fontsize=8)
        ax.set_xlim(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo))
        ax.set_yticks([])
        ax.set_ylim(-0.4 - 0.18 * len(forecasts), 0.6)
        ax.set_title(f"{dim}: positions, forecasts, Monte Carlo 50 % / 90 % intervals", fontsize=9)
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        fig.tight_layout()
        path = directory / plot_name(dim, fmt)
        fig.savefig(path, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
        plt.close(fig)
        written.append(path)
    return written
