"""Tracking plots (PNG and SVG, written offline): each deal's status over time with its
incidents, the exchange ledger (agreed against carried out per side), and the indicator lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

_COLOURS = {"proposed": "0.8", "announced": "tab:blue", "in_force": "tab:green", "disputed": "tab:orange",
            "extended": "tab:olive", "lapsed": "0.55", "fulfilled": "tab:cyan", "broken": "tab:red"}


def _day(text: str) -> dt.date:
    from accord.model.dates import first_day

    return first_day(text)


def date2num(day: dt.date) -> float:
    """Matplotlib's date number (days since its default epoch, 1970-01-01)."""
    return float((day - dt.date(1970, 1, 1)).days)


def track_plots(report: dict[str, Any], folder: str | Path) -> list[Path]:
    """Write `deals` (all deals on one axis), `deal-<id>` (each deal on its own axis),
    `exchange-ledger` and `indicators` plots (where there is data) into `folder` (created if
    missing); returns the paths written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(fig: Any, stem: str) -> None:
        for ext in ("png", "svg"):
            path = out / f"{stem}.{ext}"
            fig.savefig(path, dpi=110, bbox_inches="tight", metadata={"Date": None} if ext == "svg" else None)
            written.append(path)
        plt.close(fig)

    deals = [a for a in report["agreements"] if a["status"]["changes"]]
    if deals:
        from accord.model.dates import last_day

        end = last_day(report["as_of"]) + dt.timedelta(days=1)
        fig, ax = plt.subplots(figsize=(10, 0.8 + 0.7 * len(deals)))
        for row, a in enumerate(deals):
            changes = a["status"]["changes"]
            for k, c in enumerate(changes):
                start = _day(c["date"])
                stop = _day(changes[k + 1]["date"]) if k + 1 < len(changes) else end
                width = max((stop - start).days, 1)
                ax.barh(row, width, left=date2num(start), color=_COLOURS[c["status"]], edgecolor="white",
                        height=0.5)
            for inc in a["incidents"]:
                colour = "black" if inc["kind"] == "violation" else "tab:green"
                ax.plot(date2num(_day(inc["date"])), row + 0.35, "v", color=colour, ms=6)
        ax.set_yticks(range(len(deals)), [deal_label(a["title"]) for a in deals])
        ax.xaxis_date()
        handles = [Rectangle((0, 0), 1, 1, color=c) for c in _COLOURS.values()]
        ax.legend(handles, list(_COLOURS), fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.set_title(f"Partial deals: status over time (as of {report['as_of']}; ▼ incidents)")
        fig.autofmt_xdate()
        save(fig, "deals")
    for a in deals:
        # each deal on its own time axis: from a few days before its first change to a week after
        # its last one (or the as-of day), so a one-week pause is as readable as a year-long deal
        changes = a["status"]["changes"]
        first = _day(changes[0]["date"]) - dt.timedelta(days=3)
        last = min(end, max([_day(changes[-1]["date"])] + [_day(i["date"]) for i in a["incidents"]])
                   + dt.timedelta(days=7))
        fig, ax = plt.subplots(figsize=(9, 2.2))
        for k, c in enumerate(changes):
            start = _day(c["date"])
            stop = _day(changes[k + 1]["date"]) if k + 1 < len(changes) else last
            ax.barh(0, max((stop - start).days, 1), left=date2num(start), color=_COLOURS[c["status"]],
                    edgecolor="white", height=0.5)
            ax.text(date2num(start), 0.32, c["status"].replace("_", " "), fontsize=8, rotation=30)
        for inc in a["incidents"]:
            colour = "black" if inc["kind"] == "violation" else "tab:green"
            ax.plot(date2num(_day(inc["date"])), -0.4, "^", color=colour, ms=7)
        ax.set_xlim(date2num(first), date2num(last))
        ax.set_ylim(-0.6, 0.9)
        ax.set_yticks([])
        ax.xaxis_date()
        ax.set_title(f"{deal_label(a['title'], 80)} ({a['id']}); ▲ incidents (black: violation, "
                     "green: holds)", fontsize=9)
        fig.autofmt_xdate()
        save(fig, f"deal-{a['id']}")
    ledger = report["exchange_ledger"]["agreements"]
    if ledger:
        fig, ax = plt.subplots(figsize=(8, 0.8 + 0.6 * sum(len(r["sides"]) for r in ledger)))
        labels, agreed, done = [], [], []
        for r in ledger:
            for side in r["sides"]:
                labels.append(f"{deal_label(r['agreement'], 36)} · {side['actor']}")
                agreed.append(side["agreed"] or 0)
                done.append(side["carried_out"])
        ys = range(len(labels))
        ax.barh([y + 0.2 for y in ys], agreed, height=0.4, color="0.75", label="agreed")
        ax.barh([y - 0.2 for y in ys], done, height=0.4, color="tab:blue",
                label="carried out (known numbers)")
        for y, note in enumerate(n for r in ledger for side in r["sides"]
                                 for n in [ledger_note(side)]):
            if note:
                # after the longer of the row's two bars, not across them from x = 0
                ax.text(max(agreed[y], done[y]), y, f" {note}", va="center", fontsize=8,
                        color="0.3")
        ax.set_yticks(list(ys), labels)
        ax.legend(fontsize=8)
        ax.set_title("Exchange ledger")
        save(fig, "exchange-ledger")
    indicators = report["indicators"]
    if indicators:
        fig, axes = plt.subplots(len(indicators), 1, figsize=(9, 2.4 * len(indicators)), squeeze=False)
        for ax, ind in zip(axes[:, 0], indicators, strict=True):
            xs = [date2num(_day(o["start"])) for o in ind["observations"]]
            ax.plot(xs, [o["value"] for o in ind["observations"]], "o-")
            ax.set_title(f"{ind['name']} ({ind['unit']}; {ind['source']})", fontsize=9)
            ax.xaxis_date()
        fig.tight_layout()
        save(fig, "indicators")
    return written


def ledger_note(side: dict[str, Any]) -> str:
    """What a ledger row's bars cannot show: no agreed number stated, exchanges of undisclosed
    size (the June 2025 swaps drew as two empty rows, as if nothing had been exchanged)."""
    notes = []
    if side["agreed"] is None:
        notes.append("agreed number not stated")
    if side["undisclosed_exchanges"]:
        n = side["undisclosed_exchanges"]
        notes.append(f"{n} exchange{'s' if n > 1 else ''} of undisclosed size")
    return "; ".join(notes)


def deal_label(title: str, width: int = 48) -> str:
    """A deal's title for an axis, cut at a word with " …" (cut at 48 characters it read
    "1000-for-1000 prisoner exchange agreed in Istanb" and "... the sick an")."""
    import textwrap

    short = textwrap.shorten(title, width, placeholder=" …")
    # a first word longer than the width leaves only the placeholder: cut that word instead
    return short if short.strip(" …") else title[:width - 1] + "…"
