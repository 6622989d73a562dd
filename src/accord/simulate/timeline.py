"""Parameters fitted from a scenario's timeline as of a date: the cadence of negotiation rounds
and the rates of partial deals (exchanges, partial ceasefires), each with the events behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from accord.model import Scenario
from accord.model.dates import first_day
from accord.simulate.engine import Cadence
from accord.simulate.parameters import Source

WINDOW_DAYS = 365
"""Rates are fitted over the year before the as-of date (recent cadence, not the war's average)."""


def _dated(
    scenario: Scenario, kinds: Sequence[str], as_of: dt.date, topics: Sequence[str] | None = None
) -> list[tuple[dt.date, str]]:
    lo = as_of - dt.timedelta(days=WINDOW_DAYS)
    out = []
    for e in scenario.events:
        if e.kind not in kinds or e.start is None or len(str(e.start)) < 7:
            continue
        if topics is not None and (e.topic or "") not in topics:
            continue
        d = first_day(str(e.start))
        if lo < d <= as_of:
            out.append((d, e.id))
    return sorted(out)


def cadence(scenario: Scenario, as_of: dt.date) -> tuple[Cadence, Source]:
    """Rounds (events of kind ``round``, held or planned) in the year to ``as_of``."""
    found = _dated(scenario, ["round"], as_of)
    weeks = WINDOW_DAYS / 7.0
    c = Cadence(
        len(found), weeks, found[0][0].isoformat() if found else "", found[-1][0].isoformat() if found else ""
    )
    src = Source(
        f"fitted from the timeline: {len(found)} rounds in the {WINDOW_DAYS} days to "
        f"{as_of.isoformat()} ({', '.join(i for _, i in found[:12])}"
        f"{', …' if len(found) > 12 else ''}); each run draws its rate from the Gamma "
        f"posterior (shape n + 0.5, rate {weeks:.1f} weeks)"
    )
    return c, src


def partial_deal_rates(scenario: Scenario, as_of: dt.date) -> dict[str, tuple[float, Source]]:
    """Weekly rates of exchanges (partial agreements on humanitarian.prisoners) and partial
    ceasefires (on ceasefire.energy) in the year to ``as_of``; only those the timeline shows."""
    out = {}
    weeks = WINDOW_DAYS / 7.0
    for name, topic in (("exchange_rate", "humanitarian.prisoners"), ("pause_rate", "ceasefire.energy")):
        found = _dated(scenario, ["partial_agreement"], as_of, [topic])
        if found:
            out[name] = (
                len(found) / weeks,
                Source(
                    f"fitted from the timeline: {len(found)} partial agreements on {topic} in the "
                    f"{WINDOW_DAYS} days to {as_of.isoformat()} ({', '.join(i for _, i in found)})"
                ),
            )
    return out
