"""The status of a partial deal over time, derived from its dates, incidents and exchanges.

The rule (docs/track.md, "Status rule"), applied to the facts dated on or before the as-of day,
in date order:

1. A `proposed` deal stays *proposed*: it was never accepted, so nothing can be in force.
2. An agreed deal is *announced* on its announcement day.
3. It is *in force* from the earliest effective date any party names (the change lists every
   party's date and says when they differ). Without a stated effective date, the first exchange
   carried out under it puts it in force on that day. Nothing else does: a deal can be fulfilled
   only after it has been in force.
4. While in force (or extended), a reported violation makes it *disputed*; it stays disputed
   (later incidents are added to that change) until one of the ends below. A violation confirmed
   by an independent source makes it *broken*. Reports that it holds (`kind: compliance`) are
   attached to the current change as supporting sources; they change nothing.
5. An extension makes it *extended* with the new expiry (also after it had lapsed, if it had been
   in force: a renewal).
6. Exchanges: once every commitment with a number has been carried out in full, the deal is
   *fulfilled* on the day of the exchange that completes it.
7. Expiry (`expires`, or `duration_days` counted from the earliest effective date): the day after,
   a deal still in force with no violation reported is *fulfilled* when it has no numeric
   commitments (it ran its full term); otherwise, and whenever it is disputed or was never in
   force, it has *lapsed*.
8. An `end`: a withdrawal makes it *broken*, a declaration that it is over *lapsed*, completion
   *fulfilled* (only if it was in force; otherwise *lapsed*, and the change says why).

Broken, fulfilled and lapsed are final (a lapsed deal can be renewed by an extension). Incidents
after the end are listed as such and change nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from accord.model import Agreement, Exchange, Incident
from accord.model.dates import first_day, last_day

Status = Literal["proposed", "announced", "in_force", "disputed", "extended", "lapsed", "fulfilled",
                 "broken"]
FINAL: frozenset[str] = frozenset({"lapsed", "fulfilled", "broken"})
LIVE: frozenset[str] = frozenset({"in_force", "disputed", "extended"})


@dataclass
class StatusChange:
    """One step of a deal's status history: from `date` on, the deal is `status`, because of
    `reason`; `incidents` and `exchanges` are the ids behind it, `sources` their evidence."""

    date: str
    status: Status
    reason: str
    incidents: list[str] = field(default_factory=list)
    exchanges: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"date": self.date, "status": self.status, "reason": self.reason,
                "incidents": list(self.incidents), "exchanges": list(self.exchanges),
                "sources": list(self.sources), "notes": list(self.notes)}


@dataclass
class StatusHistory:
    """A deal's status changes in date order, and what happened after it ended."""

    agreement: str
    as_of: str
    changes: list[StatusChange]
    start_disputed: bool
    """True when the parties name different effective dates."""
    expiry: str | None
    """The last day the deal runs (after extensions known by the as-of day), if it has one."""
    after_end: list[str] = field(default_factory=list)
    """Incidents dated after the deal ended (they do not change its status)."""
    before_start: list[str] = field(default_factory=list)
    """Incidents dated before the deal was in force."""

    @property
    def current(self) -> Status | None:
        return self.changes[-1].status if self.changes else None

    def status_on(self, day: str) -> Status | None:
        """The status in force on a day (None before the first change)."""
        found: Status | None = None
        for c in self.changes:
            if c.date <= day:
                found = c.status
        return found

    def as_dict(self) -> dict[str, object]:
        return {"agreement": self.agreement, "as_of": self.as_of, "current": self.current,
                "start_disputed": self.start_disputed, "expiry": self.expiry,
                "changes": [c.as_dict() for c in self.changes],
                "incidents_after_end": list(self.after_end),
                "incidents_before_start": list(self.before_start)}


def _sources(evidence: Iterable[object]) -> list[str]:
    out: list[str] = []
    for ev in evidence:
        describe = getattr(ev, "describe", None)
        if describe is not None:
            out.append(describe())
    return out


# Order of same-day facts: the deal exists before it takes effect, takes effect before anything
# happens under it, and is extended or ended last.
_ANNOUNCE, _EFFECTIVE, _EXCHANGE, _INCIDENT, _EXTEND, _END = range(6)


def derive_status(agreement: Agreement, incidents: Iterable[Incident] = (),
                  exchanges: Iterable[Exchange] = (), as_of: str | None = None) -> StatusHistory:
    """The status history of `agreement` up to `as_of` (a partial date; its last day counts;
    default: no limit) under the rule in this module's docstring."""
    limit = last_day(as_of) if as_of else dt.date.max
    incs = sorted((i for i in incidents if i.agreement == agreement.id and first_day(i.date) <= limit),
                  key=lambda i: (first_day(i.date), i.id))
    exs = sorted((e for e in exchanges if e.agreement == agreement.id and first_day(e.date) <= limit),
                 key=lambda e: (first_day(e.date), e.id))
    eff = sorted(agreement.effective, key=lambda e: first_day(e.date))
    start_disputed = len({first_day(e.date) for e in eff}) > 1
    history = StatusHistory(agreement.id, (as_of or ""), [], start_disputed, None)

    if agreement.stage == "proposed":
        put = agreement.announced
        if put is not None and first_day(put) <= limit:
            mech = agreement.monitoring
            note = f"; proposed monitoring: {mech.mechanism}" if mech is not None else ""
            history.changes.append(StatusChange(first_day(put).isoformat(), "proposed",
                                                f"put forward on {put} but not accepted by every party{note}",
                                                sources=_sources(agreement.evidence)))
        history.before_start = [i.id for i in incs]
        return history

    assert agreement.announced is not None  # an agreed deal has one (model rule)
    facts: list[tuple[dt.date, int, str, object]] = [(first_day(agreement.announced), _ANNOUNCE, "", None)]
    if eff:
        facts.append((first_day(eff[0].date), _EFFECTIVE, "", None))
    facts += [(first_day(e.date), _EXCHANGE, e.id, e) for e in exs]
    facts += [(first_day(i.date), _INCIDENT, i.id, i) for i in incs]
    facts += [(first_day(x.date), _EXTEND, str(k), x) for k, x in enumerate(agreement.extensions)]
    if agreement.end is not None:
        facts.append((first_day(agreement.end.date), _END, "", agreement.end))

    expiry = _expiry(agreement)
    counted: dict[str, int] = {}
    violations = 0
    changes = history.changes

    def status() -> Status | None:
        return changes[-1].status if changes else None

    def change(day: dt.date, new: Status, reason: str, **kw: list[str]) -> None:
        changes.append(StatusChange(day.isoformat(), new, reason, **kw))

    def check_expiry(before: dt.date) -> None:
        """Apply the expiry if its following day comes before `before` (and the as-of day)."""
        nonlocal expiry
        if expiry is None or status() in FINAL or status() is None:
            return
        day = expiry + dt.timedelta(days=1)
        if day >= before or day > limit:
            return
        if status() in LIVE and violations == 0 and not _numeric(agreement):
            change(day, "fulfilled", f"ran its full term to {expiry.isoformat()} with no violation reported")
        elif status() == "announced":
            change(day, "lapsed", f"expired on {expiry.isoformat()} without having been in force")
        elif status() == "disputed":
            change(day, "lapsed", f"expired on {expiry.isoformat()} while disputed, without an extension")
        else:
            change(day, "lapsed", f"expired on {expiry.isoformat()} with its commitments not carried "
                                  f"out in full ({_ledger_words(agreement, counted)})")

    for day, order, key, obj in sorted(facts, key=lambda f: (f[0], f[1], f[2])):
        if day > limit:
            break
        check_expiry(day)
        current = status()
        if order == _ANNOUNCE:
            change(day, "announced", f"announced on {agreement.announced}",
                   sources=_sources(agreement.evidence))
        elif order == _EFFECTIVE and current == "announced":
            dates = ", ".join(f"{e.actor} from {e.date}" for e in eff)
            reason = f"in force ({dates})"
            if start_disputed:
                reason += "; the parties name different start dates"
            change(day, "in_force", reason, sources=[s for e in eff for s in _sources(e.evidence)])
        elif order == _EXCHANGE:
            ex = obj
            assert isinstance(ex, Exchange)
            for actor, n in ex.released.items():
                counted[actor] = counted.get(actor, 0) + (n or 0)
            if current in FINAL:
                changes[-1].notes.append(f"exchange {ex.id} on {ex.date} after the deal ended")
                continue
            if current == "announced":
                change(day, "in_force", f"first exchange carried out on {ex.date} (no effective date stated)",
                       exchanges=[ex.id], sources=_sources(ex.evidence))
            else:
                changes[-1].exchanges.append(ex.id)
                changes[-1].sources += _sources(ex.evidence)
            if _complete(agreement, counted):
                change(day, "fulfilled", f"every commitment carried out in full by {ex.date} "
                                         f"({_ledger_words(agreement, counted)})",
                       exchanges=[ex.id], sources=_sources(ex.evidence))
        elif order == _INCIDENT:
            inc = obj
            assert isinstance(inc, Incident)
            if current in FINAL:
                history.after_end.append(inc.id)
            elif current not in LIVE:
                history.before_start.append(inc.id)
            elif inc.kind == "compliance":
                changes[-1].incidents.append(inc.id)
                changes[-1].sources += _sources(inc.evidence)
            elif inc.verification == "confirmed":
                violations += 1
                who = inc.alleged_violator or "an unnamed party"
                change(day, "broken", f"violation by {who} on {inc.date} confirmed by "
                                      f"{inc.confirmed_by} ({inc.description})",
                       incidents=[inc.id], sources=_sources(inc.evidence))
            else:
                violations += 1
                if current == "disputed":
                    changes[-1].incidents.append(inc.id)
                    changes[-1].sources += _sources(inc.evidence)
                    changes[-1].reason = _disputed_reason(changes[-1].incidents, incs)
                else:
                    change(day, "disputed", _disputed_reason([inc.id], incs),
                           incidents=[inc.id], sources=_sources(inc.evidence))
        elif order == _EXTEND:
            ext = agreement.extensions[int(key)]
            if current in LIVE or (current == "lapsed" and any(c.status in LIVE for c in changes)):
                expiry = last_day(ext.until) if ext.until else None
                until = f" until {ext.until}" if ext.until else " without end"
                change(day, "extended", f"extended on {ext.date}{until}", sources=_sources(ext.evidence))
        elif order == _END:
            end = agreement.end
            assert end is not None
            by = f" by {end.by}" if end.by else ""
            why = f": {end.reason}" if end.reason else ""
            if current in FINAL:
                changes[-1].notes.append(f"{end.kind.replace('_', ' ')}{by} on {end.date}{why}")
                changes[-1].sources += _sources(end.evidence)
                continue
            src = _sources(end.evidence)
            if end.kind == "withdrawal":
                change(day, "broken", f"withdrawal{by} on {end.date}{why}", sources=src)
            elif end.kind == "completed" and current in LIVE:
                change(day, "fulfilled", f"declared completed{by} on {end.date}{why}", sources=src)
            elif end.kind == "completed":
                change(day, "lapsed", f"declared completed{by} on {end.date}, but no effective date or "
                                      "exchange is recorded, so it cannot count as fulfilled", sources=src)
            else:
                change(day, "lapsed", f"declared over{by} on {end.date}{why}", sources=src)
    check_expiry(dt.date.max)
    history.expiry = expiry.isoformat() if expiry else None
    return history


def _expiry(agreement: Agreement) -> dt.date | None:
    if agreement.expires is not None:
        return last_day(agreement.expires)
    if agreement.duration_days is not None and agreement.effective:
        start = min(first_day(e.date) for e in agreement.effective)
        return start + dt.timedelta(days=agreement.duration_days - 1)
    return None


def _numeric(agreement: Agreement) -> bool:
    return any(c.count is not None for c in agreement.commitments)


def _complete(agreement: Agreement, counted: dict[str, int]) -> bool:
    targets = [(c.actor, c.count) for c in agreement.commitments if c.count is not None]
    return bool(targets) and all(counted.get(actor, 0) >= n for actor, n in targets)


def _ledger_words(agreement: Agreement, counted: dict[str, int]) -> str:
    parts = [f"{c.actor} {counted.get(c.actor, 0)} of {c.count}" for c in agreement.commitments
             if c.count is not None]
    return ", ".join(parts) or "no numeric commitments"


def _disputed_reason(ids: list[str], incs: list[Incident]) -> str:
    by_id = {i.id: i for i in incs}
    parts = []
    for i in ids:
        inc = by_id[i]
        who = inc.alleged_violator or "an unnamed party"
        verdict = {"claimed": "claimed", "denied": f"denied by {inc.denied_by}", "confirmed": "confirmed"}[
            inc.verification]
        parts.append(f"{inc.date}: {who} accused by {inc.source} ({inc.description}; {verdict})")
    head = "violation reported" if len(ids) == 1 else f"{len(ids)} violations reported"
    return f"{head}, none confirmed by an independent source: " + "; ".join(parts)
