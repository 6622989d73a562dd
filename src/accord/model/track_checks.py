"""Cross-record rules for agreements, incidents, exchanges, claims, indicators and ratification
rules: ids unique, references declared, dates in order (no effective date before the
announcement, no incident before the deal it concerns)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from accord.model.dates import first_day, last_day
from accord.model.problems import Loc, Problem

if TYPE_CHECKING:
    from accord.model.scenario import Scenario

TRACK_LISTS = ("agreements", "incidents", "exchanges", "claims", "indicators", "ratification_rules")


def track_rules(s: Scenario) -> Iterator[Problem]:
    """Every problem of the tracking records of `s`, in file order."""
    yield from _duplicate_ids(s)
    yield from _agreements(s)
    yield from _incidents_and_exchanges(s)
    yield from _claims(s)
    yield from _indicators_and_rules(s)


def _duplicate_ids(s: Scenario) -> Iterator[Problem]:
    for name in TRACK_LISTS:
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(s, name)):
            if item.id in seen:
                yield Problem((name, i, "id"), f"duplicate id {item.id!r}", f"ids unique within {name}",
                              f"{name}[{seen[item.id]}] already uses it; rename one of them")
            else:
                seen.setdefault(item.id, i)


class _Refs:
    """The declared ids of a scenario and one check per kind of reference."""

    def __init__(self, s: Scenario):
        self.ids = {"actor": [a.id for a in s.actors], "place": [p.id for p in s.places],
                    "issue": [i.id for i in s.issues], "event": [e.id for e in s.events],
                    "agreement": [a.id for a in s.agreements]}
        self.sets = {k: frozenset(v) for k, v in self.ids.items()}
        self.options = {i.id: i.option_ids() for i in s.issues}

    def __call__(self, loc: Loc, what: str, value: str | None) -> Iterator[Problem]:
        from accord.model.checks import _unknown

        if value is not None and value not in self.sets[what]:
            yield _unknown(loc, what, value, self.ids[what])


def _before(loc: Loc, later: str, what_later: str, earlier: str, what_earlier: str,
            fix: str) -> Iterator[Problem]:
    if last_day(later) < first_day(earlier):
        yield Problem(loc, f"{what_later} {later}, before {what_earlier} {earlier}",
                      f"a date on or after {what_earlier}", fix)


def _agreements(s: Scenario) -> Iterator[Problem]:
    ref = _Refs(s)
    for i, a in enumerate(s.agreements):
        loc: Loc = ("agreements", i)
        for field in ("parties", "mediators"):
            for j, actor in enumerate(getattr(a, field)):
                yield from ref((*loc, field, j), "actor", actor)
        for j, e in enumerate(a.effective):
            yield from ref((*loc, "effective", j, "actor"), "actor", e.actor)
            if e.actor not in a.parties:
                yield Problem((*loc, "effective", j, "actor"), f"an effective date for {e.actor}, "
                              "which is not a party to the deal",
                              f"one of its parties: {', '.join(a.parties)}",
                              "add the actor to parties or remove the date")
            if a.announced is not None:
                yield from _before((*loc, "effective", j, "date"), e.date,
                                   f"an effective date for {e.actor}", a.announced, "the announcement",
                                   "correct the effective date or `announced`")
        start = min((e.date for e in a.effective), key=first_day, default=a.announced)
        if a.expires is not None and start is not None:
            yield from _before((*loc, "expires"), a.expires, "an expiry", start, "the start",
                               "correct `expires`")
        for j, ext in enumerate(a.extensions):
            if a.announced is not None:
                yield from _before((*loc, "extensions", j, "date"), ext.date, "an extension",
                                   a.announced, "the announcement", "correct the extension date")
        if a.end is not None:
            yield from ref((*loc, "end", "by"), "actor", a.end.by)
            if a.announced is not None:
                yield from _before((*loc, "end", "date"), a.end.date, "an end", a.announced,
                                   "the announcement", "correct the end date")
        for j, c in enumerate(a.commitments):
            yield from ref((*loc, "commitments", j, "actor"), "actor", c.actor)
        if a.monitoring is not None:
            for j, m in enumerate(a.monitoring.monitors):
                yield from ref((*loc, "monitoring", "monitors", j), "actor", m)
        for j, p in enumerate(a.provisions):
            yield from ref((*loc, "provisions", j, "issue"), "issue", p.issue)
            if p.option is not None:
                if p.issue is None:
                    yield Problem((*loc, "provisions", j, "option"), "an option without its issue",
                                  "`issue` as well as `option`", "add the issue")
                elif p.issue in ref.options and p.option not in ref.options[p.issue]:
                    yield Problem((*loc, "provisions", j, "option"), f"option {p.option!r}",
                                  f"an option of {p.issue}", f"use one of: {', '.join(ref.options[p.issue])}")
        for j, e_id in enumerate(a.events):
            yield from ref((*loc, "events", j), "event", e_id)


def _incidents_and_exchanges(s: Scenario) -> Iterator[Problem]:
    ref = _Refs(s)
    agreements = {a.id: a for a in s.agreements}
    for i, inc in enumerate(s.incidents):
        loc: Loc = ("incidents", i)
        yield from ref((*loc, "agreement"), "agreement", inc.agreement)
        yield from ref((*loc, "place"), "place", inc.place)
        for field in ("alleged_violator", "claimant", "denied_by"):
            yield from ref((*loc, field), "actor", getattr(inc, field))
        a = agreements.get(inc.agreement)
        if a is not None and a.announced is not None:
            yield from _before((*loc, "date"), inc.date, "an incident dated", a.announced,
                               f"the announcement of {a.id}", "correct the date or the agreement")
    for i, ex in enumerate(s.exchanges):
        loc = ("exchanges", i)
        if ex.agreement is not None:
            yield from ref((*loc, "agreement"), "agreement", ex.agreement)
            a = agreements.get(ex.agreement)
            if a is not None and a.announced is not None:
                yield from _before((*loc, "date"), ex.date, "an exchange dated", a.announced,
                                   f"the announcement of {a.id}", "correct the date or the agreement")
        for actor in ex.released:
            yield from ref((*loc, "released", actor), "actor", actor)
        for j, m in enumerate(ex.mediators):
            yield from ref((*loc, "mediators", j), "actor", m)


def _claims(s: Scenario) -> Iterator[Problem]:
    ref = _Refs(s)
    for i, c in enumerate(s.claims):
        loc: Loc = ("claims", i)
        yield from ref((*loc, "claimant"), "actor", c.claimant)
        yield from ref((*loc, "actor"), "actor", c.actor)
        yield from ref((*loc, "place"), "place", c.place)
        yield from ref((*loc, "agreement"), "agreement", c.agreement)
        for j, e_id in enumerate(c.events):
            yield from ref((*loc, "events", j), "event", e_id)
        if c.window is not None and c.window.end is not None:
            yield from _before((*loc, "window", "end"), c.window.end, "a window ending",
                               c.window.start, "its start", "swap or correct the window dates")


def _indicators_and_rules(s: Scenario) -> Iterator[Problem]:
    ref = _Refs(s)
    for i, ind in enumerate(s.indicators):
        yield from ref(("indicators", i, "actor"), "actor", ind.actor)
        yield from ref(("indicators", i, "issue"), "issue", ind.issue)
        for j, obs in enumerate(ind.observations):
            if obs.end is not None:
                yield from _before(("indicators", i, "observations", j, "end"), obs.end, "a period ending",
                                   obs.start, "its start", "swap or correct the dates")
    for i, r in enumerate(s.ratification_rules):
        yield from ref(("ratification_rules", i, "actor"), "actor", r.actor)
        for j, issue in enumerate(r.issues):
            yield from ref(("ratification_rules", i, "issues", j), "issue", issue)
        for j, opt in enumerate(r.options):
            if not any(opt in ref.options.get(issue, []) for issue in r.issues):
                yield Problem(("ratification_rules", i, "options", j), f"option {opt!r}",
                              f"an option of {', '.join(r.issues)}", "correct the option or add its issue")
