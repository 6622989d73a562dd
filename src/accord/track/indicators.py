"""Indicators as of a date: each series with its observations so far, the latest value and its
change against the observation before."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accord.model import Indicator
from accord.model.dates import first_day, last_day, sort_key


def indicator_series(indicators: Iterable[Indicator], as_of: str | None = None) -> list[dict[str, Any]]:
    """One entry per indicator with at least one observation starting on or before `as_of`."""
    limit = last_day(as_of) if as_of else None
    out: list[dict[str, Any]] = []
    for ind in indicators:
        obs = sorted((o for o in ind.observations if limit is None or first_day(o.start) <= limit),
                     key=lambda o: sort_key(o.start))
        if not obs:
            continue
        latest = obs[-1]
        change = latest.value - obs[-2].value if len(obs) > 1 else None
        out.append({
            "id": ind.id, "name": ind.name, "kind": ind.kind, "unit": ind.unit, "source": ind.source,
            "actor": ind.actor, "pollster": ind.pollster, "question": ind.question, "issue": ind.issue,
            "latest": {"start": latest.start, "end": latest.end, "value": latest.value,
                       "hedge": latest.hedge},
            "change": change,
            "previous": obs[-2].start if len(obs) > 1 else None,
            "observations": [{"start": o.start, "end": o.end, "value": o.value, "hedge": o.hedge,
                              "sample": o.sample, "note": o.note,
                              "sources": [ev.describe() for ev in o.evidence]} for o in obs],
        })
    return out
