"""The whole tracking picture of a scenario as one JSON-ready document: partial deals with their
status over time and the incidents behind it, the exchange ledger, contradictions with both
sources, indicators and ratification rules. `accord track`, the `accord analyze` section and the
HTML report all build on `track_report`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from accord.model import Agreement, Claim, Exchange, Incident, Scenario
from accord.model.dates import first_day, last_day
from accord.track.contradictions import TOLERANCE_DAYS, find_contradictions
from accord.track.indicators import indicator_series
from accord.track.ledger import exchange_ledger
from accord.track.status import derive_status


@dataclass(frozen=True)
class TrackExtra:
    """Claims, incidents and exchanges from outside the scenario (the news store), each already
    in model form with its evidence; `source` names where they came from."""

    claims: Sequence[Claim] = ()
    incidents: Sequence[Incident] = ()
    exchanges: Sequence[Exchange] = ()
    source: str = "news store"
    skipped: Sequence[str] = field(default=())
    """Extractions that could not be turned into a record, with the reason."""


def track_report(s: Scenario, as_of: str | None = None, extra: TrackExtra | None = None,
                 tolerance_days: int = TOLERANCE_DAYS) -> dict[str, Any]:
    """Deals, ledger, contradictions and indicators of `s` as of `as_of` (default: the scenario's
    date), merged with `extra` records (marked by their `origin`)."""
    date = as_of or s.as_of
    limit = last_day(date)
    extra = extra or TrackExtra()
    incidents = [*s.incidents, *extra.incidents]
    exchanges = [*s.exchanges, *extra.exchanges]
    claims = [c for c in [*s.claims, *extra.claims] if first_day(c.date) <= limit]
    from_news = {c.id for c in extra.claims} | {i.id for i in extra.incidents} | {
        e.id for e in extra.exchanges}
    agreements = [_agreement(a, incidents, exchanges, date, from_news) for a in s.agreements]
    contradictions = [c.as_dict() for c in find_contradictions(claims, tolerance_days)]
    for pair in contradictions:
        for side in pair["claims"]:
            side["origin"] = extra.source if side["claim"] in from_news else "scenario"
    return {
        "scenario": s.id,
        "as_of": date,
        "agreements": agreements,
        "exchange_ledger": exchange_ledger(s.agreements, exchanges, date),
        "contradictions": contradictions,
        "contradiction_rule": {"tolerance_days": tolerance_days},
        "claims": {"count": len(claims), "from_news": sum(1 for c in claims if c.id in from_news)},
        "indicators": indicator_series(s.indicators, date),
        "ratification_rules": [{"id": r.id, "actor": r.actor, "issues": list(r.issues),
                                "options": list(r.options), "requires": r.requires,
                                "description": r.description,
                                "sources": [ev.describe() for ev in r.evidence]}
                               for r in s.ratification_rules],
        "news": None if not from_news and not extra.skipped else {
            "source": extra.source, "claims": len(extra.claims), "incidents": len(extra.incidents),
            "exchanges": len(extra.exchanges), "skipped": list(extra.skipped),
            "claims_after_as_of": sum(1 for c in extra.claims if first_day(c.date) > limit)},
    }


def _agreement(a: Agreement, incidents: list[Incident], exchanges: list[Exchange], as_of: str,
               from_news: set[str]) -> dict[str, Any]:
    history = derive_status(a, incidents, exchanges, as_of)
    limit = last_day(as_of)
    mine = sorted((i for i in incidents if i.agreement == a.id and first_day(i.date) <= limit),
                  key=lambda i: (first_day(i.date), i.id))
    return {
        "id": a.id, "title": a.title, "kind": a.kind, "stage": a.stage,
        "parties": list(a.parties), "mediators": list(a.mediators), "announced": a.announced,
        "effective": [{"actor": e.actor, "date": e.date, "basis": e.basis} for e in a.effective],
        "duration_days": a.duration_days, "expires": a.expires, "extension_rule": a.extension_rule,
        "scope": list(a.scope), "conditions": list(a.conditions), "exit_clause": a.exit_clause,
        "monitoring": None if a.monitoring is None else {
            "mechanism": a.monitoring.mechanism, "monitors": list(a.monitoring.monitors),
            "status": a.monitoring.status,
            "sources": [ev.describe() for ev in a.monitoring.evidence]},
        "provisions": [{"text": p.text, "category": p.category, "issue": p.issue, "option": p.option,
                        "sources": [ev.describe() for ev in p.evidence]} for p in a.provisions],
        "commitments": [{"actor": c.actor, "what": c.what, "count": c.count, "unit": c.unit}
                        for c in a.commitments],
        "sources": [ev.describe() for ev in a.evidence],
        "status": history.as_dict(),
        "incidents": [_incident(i, "news store" if i.id in from_news else "scenario") for i in mine],
    }


def _incident(i: Incident, origin: str) -> dict[str, Any]:
    return {"id": i.id, "kind": i.kind, "date": i.date, "date_basis": i.date_basis, "place": i.place,
            "location": i.location, "alleged_violator": i.alleged_violator, "claimant": i.claimant,
            "source": i.source, "description": i.description, "verification": i.verification,
            "denied_by": i.denied_by, "confirmed_by": i.confirmed_by, "origin": origin,
            "sources": [ev.describe() for ev in i.evidence]}
