"""What a set of trajectories says: the probability of a ceasefire and of a settlement by each
date with Monte Carlo intervals, where the agreed packages land issue by issue, how many rounds
it takes, who blocks, and what a what-if changed."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Any

import numpy as np

from accord.model.dates import first_day
from accord.simulate.engine import Trajectories, WhatIf
from accord.simulate.game import Game

HORIZONS_MONTHS = (3, 6, 12)
Z95 = 1.959963984540054


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a binomial proportion (Wilson 1927): the Monte Carlo interval of
    a probability estimated from ``n`` runs."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


def weeks_in(months: float) -> float:
    return months * 365.25 / 12 / 7


def probability_by(times: np.ndarray, weeks: float) -> dict[str, float]:
    """P(the event by ``weeks``; ``inf``: by the end of the run) with its Wilson interval. Runs
    without the event hold ``inf`` and never count."""
    hit = int((np.isfinite(times) & (times <= weeks + 1e-9)).sum())
    lo, hi = wilson(hit, times.size)
    return {"p": hit / times.size, "low": lo, "high": hi}


def curves(tr: Trajectories) -> list[dict[str, Any]]:
    out = []
    for t in range(tr.weeks):
        w = (t + 1) * tr.step_days / 7.0
        day = tr.start + dt.timedelta(days=(t + 1) * tr.step_days)
        cf, st = probability_by(tr.ceasefire, w), probability_by(tr.settlement, w)
        out.append(
            {
                "date": day.isoformat(),
                "ceasefire": cf,
                "settlement": st,
                "partial_ceasefire_in_force": float(tr.pause_share[t]),
            }
        )
    return out


def package_distribution(game: Game, tr: Trajectories) -> dict[str, dict[str, float]]:
    """Per issue: the share of settled runs agreeing on each option."""
    agreed = tr.package[tr.package >= 0]
    out: dict[str, dict[str, float]] = {}
    if agreed.size == 0 or not game.packages:
        return out
    for i, issue in enumerate(game.issues):
        c = Counter(game.packages[int(k)][i] for k in agreed)
        out[issue] = {opt: n / agreed.size for opt, n in c.most_common()}
    return out


def summarise(game: Game, tr: Trajectories) -> dict[str, Any]:
    n = tr.runs
    at = {}
    for months in HORIZONS_MONTHS:
        w = weeks_in(months)
        if w <= tr.weeks * tr.step_days / 7.0 + 1e-9:
            at[f"{months}m"] = {
                "ceasefire": probability_by(tr.ceasefire, w),
                "settlement": probability_by(tr.settlement, w),
            }
    by_month = []
    for months in range(1, 10_000):
        w = weeks_in(months)
        if w > tr.weeks * tr.step_days / 7.0 + 1e-9:
            break
        by_month.append({"months": months, "ceasefire": probability_by(tr.ceasefire, w),
                         "settlement": probability_by(tr.settlement, w)})
    settled = np.isfinite(tr.settlement)
    crossed = Counter(line for k in tr.package[tr.package >= 0] for line in game.crossed[int(k)])
    empty = tr.empty_rounds
    blockers = {p: (float(tr.blocked[j]) / empty if empty else 0.0) for j, p in enumerate(game.parties)}
    how = {
        "zone at a round": int((tr.how == 1).sum()),
        "a side conceded (attrition)": int((tr.how == 2).sum()),
        "ceasefire first": int((tr.how == 3).sum()),
    }
    return {
        "runs": n,
        "start": tr.start.isoformat(),
        "until": (tr.start + dt.timedelta(days=tr.weeks * tr.step_days)).isoformat(),
        "step_days": tr.step_days,
        "at": at,
        "by_month": by_month,
        "by_end": {
            "ceasefire": probability_by(tr.ceasefire, np.inf),
            "settlement": probability_by(tr.settlement, np.inf),
        },
        "expected_rounds": float(tr.rounds.mean()),
        "rounds_with_zone": tr.zone_rounds,
        "rounds_without_zone": empty,
        "blocking_share": blockers,
        "failed_referendums_per_run": float(tr.failed_votes.mean()),
        "exchanges_per_run": float(tr.exchanges.mean()),
        "partial_ceasefire_weeks_per_run": float(tr.pause_weeks.mean()),
        "how_deals_came": how,
        "agreed_package_by_issue": package_distribution(game, tr),
        "red_lines_crossed_in_deals": {k: v / max(1, int(settled.sum())) for k, v in crossed.most_common(8)},
    }


def longest(summary: dict[str, Any]) -> str | None:
    """The longest horizon the run covers ("12m", "6m", "3m"), None when shorter than 3 months."""
    keys = list(summary["at"])
    return keys[-1] if keys else None


def headline(summary: dict[str, Any]) -> str:
    """One sentence: the odds at the longest horizon covered (12 months when the run is long
    enough), else by the end of the run."""
    key = longest(summary)
    block = summary["at"][key] if key else summary["by_end"]
    when = f"within {key[:-1]} months" if key else f"by {summary['until']}"
    cf, st = block["ceasefire"], block["settlement"]
    return (
        f"P(ceasefire {when}) = {cf['p']:.0%} [{cf['low']:.0%}–{cf['high']:.0%}], "
        f"P(settlement {when}) = {st['p']:.0%} [{st['low']:.0%}–{st['high']:.0%}] "
        f"({summary['runs']:,} runs from {summary['start']})"
    )


def _percent(p: float) -> int:
    """A probability in whole percent exactly as `{p:.0%}` prints it."""
    return int(f"{p:.0%}"[:-1])


def _points(before: float, after: float) -> str:
    """The change from ``before`` to ``after`` in percentage points, as the difference of the two
    printed odds: rounding the raw difference printed "10% → 11% (+2 points)" (9.6% → 11.4%)."""
    shown = _percent(after) - _percent(before)
    return f"{shown:+d} point{'' if abs(shown) == 1 else 's'}"


def explain_what_if(w: WhatIf, base: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """What a what-if moved, in words: the mechanism it acts through and the change in the odds
    and in who blocks at rounds without a zone."""
    key = longest(base)

    def p(s: dict[str, Any], kind: str) -> float:
        return float((s["at"][key] if key else s["by_end"])[kind]["p"])

    d_cf = p(other, "ceasefire") - p(base, "ceasefire")
    d_st = p(other, "settlement") - p(base, "settlement")
    moved = []
    for party, share in other["blocking_share"].items():
        before = base["blocking_share"].get(party, 0.0)
        if abs(share - before) >= 0.02:
            moved.append(f"{party} blocks {before:.0%} → {share:.0%} of rounds without a zone")
    horizon = f"within {key[:-1]} months" if key else "by the end of the run"
    # a change of odds is in percentage points ("17% → 90% (+73 points)", not "+73%"); a what-if
    # starting after the horizon cannot move the odds, and says so rather than print "+0%"
    end = (dt.date.fromisoformat(base["start"]) + dt.timedelta(weeks=weeks_in(int(key[:-1])))
           if key else dt.date.fromisoformat(base["until"]))
    late = (f" It starts {w.start}, after the {horizon[7:] if key else 'run'} from "
            f"{base['start']} that the odds cover, so it cannot move them."
            if w.start and first_day(w.start) > end else "")
    words = (
        f"{w.description}: acts through {w.mechanism or 'the parameters it sets'}; "
        f"P(ceasefire {horizon}) {p(base, 'ceasefire'):.0%} → {p(other, 'ceasefire'):.0%} "
        f"({_points(p(base, 'ceasefire'), p(other, 'ceasefire'))}), P(settlement) "
        f"{p(base, 'settlement'):.0%} → {p(other, 'settlement'):.0%} "
        f"({_points(p(base, 'settlement'), p(other, 'settlement'))})"
    )
    if moved:
        words += "; " + "; ".join(moved)
    words += late
    return {
        "id": w.id,
        "description": w.description,
        "start": w.start,
        "sets": dict(w.set),
        "pressure_on": w.pressure_on,
        "mechanism": w.mechanism,
        "delta_ceasefire": d_cf,
        "delta_settlement": d_st,
        "explanation": words,
        "summary": other,
    }
