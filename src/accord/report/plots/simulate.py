"""The simulation's probability curves with their Monte Carlo bands, one line per what-if.
Written offline (Agg backend)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any


def plot_curves(data: dict[str, Any], directory: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directory.mkdir(parents=True, exist_ok=True)
    fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    series = [("baseline", data["curves"])] + [(w["id"], w["curves"]) for w in data.get("what_ifs", [])]
    for ax, kind in zip(axes, ("ceasefire", "settlement"), strict=True):
        for n, (name, c) in enumerate(series):
            days = [dt.date.fromisoformat(d) for d in c["dates"]]
            line = ax.plot(days, c[kind], label=name, lw=2 if n == 0 else 1.2)[0]
            ax.fill_between(days, c[f"{kind}_low"], c[f"{kind}_high"], color=line.get_color(), alpha=0.15)
        ax.set_title(f"P({kind} by date)")
        ax.set_ylim(0, 1)
        ax.grid(alpha=0.3)
        ax.tick_params(axis="x", rotation=30)
    axes[0].set_ylabel("probability (95% Monte Carlo band)")
    axes[1].legend(fontsize=8, loc="upper left")
    fig.suptitle(
        f"{data['scenario']}: {data['summary']['runs']:,} runs from {data['as_of']}, seed {data['seed']}"
    )
    fig.tight_layout()
    written = []
    for fmt in ("png", "svg"):
        path = directory / f"simulation.{fmt}"
        fig.savefig(path, dpi=110)
        written.append(str(path))
    plt.close(fig)
    return written
