"""The exchange ledger: what each agreement commits every side to hand over, against the
exchanges carried out under it (and those arranged outside any recorded agreement)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accord.model import Agreement, Exchange
from accord.model.dates import first_day, last_day, sort_key


def exchange_ledger(agreements: Iterable[Agreement], exchanges: Iterable[Exchange],
                    as_of: str | None = None) -> dict[str, Any]:
    """Per agreement with commitments or exchanges: agreed and carried-out numbers per side,
    what remains, and each exchange with its date, numbers and sources; then the exchanges under
    no recorded agreement. Exchanges after `as_of` are left out, and so are agreements
    announced after it. A side whose number a source
    does not give counts as `undisclosed` (it is not added as zero)."""
    limit = last_day(as_of) if as_of else None
    done = sorted((e for e in exchanges if limit is None or first_day(e.date) <= limit),
                  key=lambda e: (sort_key(e.date), e.id))
    rows: list[dict[str, Any]] = []
    for a in agreements:
        mine = [e for e in done if e.agreement == a.id]
        if not mine and not a.commitments:
            continue
        if not mine and limit is not None and a.announced and first_day(a.announced) > limit:
            continue  # not agreed yet: `--as-of 2022-12` listed the 2025 swaps as "agreed 1000"
        agreed = {c.actor: c.count for c in a.commitments}
        sides = list(dict.fromkeys([*agreed, *(s for e in mine for s in e.released)]))
        carried = {s: sum(e.released.get(s) or 0 for e in mine) for s in sides}
        undisclosed = {s: sum(1 for e in mine if s in e.released and e.released[s] is None) for s in sides}
        rows.append({
            "agreement": a.id, "title": a.title, "announced": a.announced,
            "commitments": [{"actor": c.actor, "what": c.what, "count": c.count, "unit": c.unit}
                            for c in a.commitments],
            "sides": [{"actor": s, "agreed": agreed.get(s), "carried_out": carried[s],
                       "undisclosed_exchanges": undisclosed[s],
                       "remaining": (max(0, n - carried[s]) if (n := agreed.get(s)) is not None else None)}
                      for s in sides],
            "complete": bool(agreed) and all(n is None or carried.get(s, 0) >= n for s, n in agreed.items())
            and any(n is not None for n in agreed.values()),
            "exchanges": [_row(e) for e in mine],
        })
    outside = [_row(e) for e in done if e.agreement is None]
    return {"agreements": rows, "outside_agreements": outside,
            "totals": _totals(done)}


def _row(e: Exchange) -> dict[str, Any]:
    return {"id": e.id, "date": e.date, "released": dict(e.released), "unit": e.unit,
            "mediators": list(e.mediators), "note": e.note,
            "sources": [ev.describe() for ev in e.evidence]}


def _totals(done: list[Exchange]) -> dict[str, Any]:
    """Released per side and year over every exchange (known numbers only)."""
    out: dict[str, dict[str, int]] = {}
    for e in done:
        year = e.date[:4]
        for side, n in e.released.items():
            if n is not None:
                out.setdefault(year, {}).setdefault(side, 0)
                out[year][side] += n
    return out
