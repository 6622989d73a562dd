"""Contradictions: pairs of claims about the same subject and time that cannot both be true.

Rule (docs/track.md, "Contradiction rule"). Two claims contradict when
1. they have the same subject: the same place (control), the same place or target and attacker
   (strike), the same agreement and accused actor (violation), the same subject and unit (figure);
2. their periods overlap, allowing `tolerance_days` on either side (a claim's period is its
   stated window, else its date; claims made a few days apart about "now" describe one state);
3. they cannot both be true:
   - control: each claim says how much of the place an actor holds: all, some or none. For one
     actor, different answers exclude each other; for two actors, one holding all excludes the
     other holding any;
   - strike and violation: one says it happened, the other that it did not;
   - figure: the ranges the two figures allow (exact: within 1 %; about: within 10 %; up to,
     at least, more/less than: one-sided) do not meet.

Claims from independent sources (monitoring projects, third-party outlets) that share the
subject and period and agree with one side but not the other are listed as supporting that side.
A party's claim contradicted by another party's claim is paired with that claim only (the
independent sources appear as support); an independent source is paired with a party's claim
when no party contradicts it (a figure only a monitoring project disputes).
accord says which source supports which side; it does not declare either claim true.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from accord.model import Claim
from accord.model.dates import first_day, last_day

TOLERANCE_DAYS = 7
"""Claims made up to a week apart about the state of a place are about the same time."""
EXACT_SLACK = 0.01
ABOUT_SLACK = 0.10


@dataclass(frozen=True)
class Contradiction:
    """Two claims that cannot both be true, with what independent sources say of each side."""

    first: Claim
    second: Claim
    subject: str
    reason: str
    supports_first: tuple[Claim, ...] = ()
    supports_second: tuple[Claim, ...] = ()
    against_both: tuple[Claim, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        def side(c: Claim) -> dict[str, object]:
            return {"claim": c.id, "kind": c.kind, "text": c.text, "claimant": c.claimant,
                    "source": c.source, "independent": c.independent, "date": c.date,
                    "window": [c.period().start, c.period().end or c.period().start],
                    "evidence": [ev.describe() for ev in c.evidence]}

        def support(cs: Sequence[Claim]) -> list[dict[str, object]]:
            return [{"claim": c.id, "source": c.source, "date": c.date, "text": c.text,
                     "evidence": [ev.describe() for ev in c.evidence]} for c in cs]

        return {"subject": self.subject, "reason": self.reason,
                "claims": [side(self.first), side(self.second)],
                "independent_support": {self.first.id: support(self.supports_first),
                                        self.second.id: support(self.supports_second)},
                "independent_against_both": support(self.against_both),
                "verdict": _verdict(self)}


def _verdict(c: Contradiction) -> str:
    if c.first.independent != c.second.independent:
        own = c.first if c.first.independent else c.second
        return f"{own.id} itself comes from an independent source ({own.source})"
    a, b = len(c.supports_first), len(c.supports_second)
    if a and not b:
        return f"independent reporting supports {c.first.id} ({c.first.source})"
    if b and not a:
        return f"independent reporting supports {c.second.id} ({c.second.source})"
    if a and b:
        return "independent sources disagree too"
    return "no independent source settles it"


def subject_key(c: Claim) -> tuple[str, ...]:
    """What a claim is about; only claims with equal keys can contradict each other."""
    if c.kind == "control":
        return ("control", c.place or "")
    if c.kind == "strike":
        return ("strike", c.place or (c.target or "").casefold(), c.actor or "")
    if c.kind == "violation":
        return ("violation", c.agreement or "", c.actor or "")
    return ("figure", (c.subject or "").casefold(), (c.unit or "").casefold())


def _subject_words(c: Claim) -> str:
    if c.kind == "control":
        return f"control of {c.place}"
    if c.kind == "strike":
        return f"a strike by {c.actor} on {c.place or c.target}"
    if c.kind == "violation":
        return f"a violation of {c.agreement} by {c.actor}"
    return f"{c.subject} ({c.unit})"


@lru_cache(maxsize=4096)
def _first(value: str) -> dt.date:
    return first_day(value)


@lru_cache(maxsize=4096)
def _last(value: str) -> dt.date:
    return last_day(value)


def _days(c: Claim) -> tuple[dt.date, dt.date]:
    """First and last day of the time a claim is about (its window, else its date)."""
    if c.window is not None:
        return _first(c.window.start), _last(c.window.end or c.window.start)
    return _first(c.date), _last(c.date)


def overlap(a: Claim, b: Claim, tolerance_days: int = TOLERANCE_DAYS) -> bool:
    """Whether the periods of two claims meet or lie at most `tolerance_days` apart."""
    return _meet(_days(a), _days(b), dt.timedelta(days=tolerance_days))


def _meet(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date], pad: dt.timedelta) -> bool:
    return a[0] <= b[1] + pad and b[0] <= a[1] + pad


_SHARE = {"full": 1.0, "partial": 0.5, "none": 0.0}


def incompatible(a: Claim, b: Claim) -> str | None:
    """Why two claims with the same subject cannot both be true, or None when they can."""
    if subject_key(a) != subject_key(b):
        return None
    if a.kind == "control":
        assert a.extent is not None and b.extent is not None
        if a.actor == b.actor:
            if a.extent != b.extent:
                return f"{a.actor} cannot hold {_extent(a.extent)} and {_extent(b.extent)} of {a.place}"
            return None
        for x, y in ((a, b), (b, a)):
            if x.extent == "full" and y.extent in ("full", "partial"):
                return (f"{x.actor} holding all of {x.place} leaves nothing for {y.actor}, "
                        f"which {y.source} says holds {_extent(y.extent or '')} of it")
        return None
    if a.kind in ("strike", "violation"):
        if a.happened != b.happened:
            return f"one says {_subject_words(a)} happened, the other that it did not"
        return None
    lo_a, hi_a = _range(a)
    lo_b, hi_b = _range(b)
    if hi_a < lo_b or hi_b < lo_a:
        return (f"{_figure(a)} and {_figure(b)} do not overlap")
    return None


def _extent(extent: str) -> str:
    return {"full": "all", "partial": "part", "none": "none"}[extent]


def _range(c: Claim) -> tuple[float, float]:
    v = float(c.value or 0.0)
    size = abs(v)
    if c.hedge == "exact":
        return v - EXACT_SLACK * size, v + EXACT_SLACK * size
    if c.hedge == "about":
        return v - ABOUT_SLACK * size, v + ABOUT_SLACK * size
    if c.hedge in ("up_to", "less_than"):
        return -math.inf, v
    return v, math.inf


def _figure(c: Claim) -> str:
    hedge = "" if c.hedge == "exact" else c.hedge.replace("_", " ") + " "
    return f"{hedge}{c.value:g} {c.unit} ({c.source})"


def find_contradictions(claims: Iterable[Claim],
                        tolerance_days: int = TOLERANCE_DAYS) -> list[Contradiction]:
    """Every pair of claims that cannot both be true (rule in the module docstring), ordered by
    subject and date. A claim is never paired with itself (nor with a claim of the same id), and
    the result does not depend on the order of `claims` beyond which claim of a pair is first
    (the earlier, then the smaller id)."""
    groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    seen: set[str] = set()
    for c in claims:
        if c.id in seen:
            continue
        seen.add(c.id)
        groups[subject_key(c)].append(c)
    pad = dt.timedelta(days=tolerance_days)
    found: list[Contradiction] = []
    for key in sorted(groups):
        days = {c.id: _days(c) for c in groups[key]}
        members = sorted(groups[key], key=lambda c: (days[c.id][0], c.id))
        pairs = []
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if days[b.id][0] > days[a.id][1] + pad:
                    break  # sorted by start: no later claim can meet `a` (a sweep)
                if _meet(days[a.id], days[b.id], pad) and (why := incompatible(a, b)) is not None:
                    pairs.append((a, b, why))
        # a claim a party's claim already answers is shown with independent reporting as support;
        # an independent source is its only opponent only when no party contradicts it
        disputed = {c.id for a, b, _ in pairs if not a.independent and not b.independent for c in (a, b)}
        for a, b, why in pairs:
            if a.independent != b.independent and (b.id if a.independent else a.id) in disputed:
                continue
            found.append(_with_support(a, b, why, members, days, pad))
    return found


def _with_support(a: Claim, b: Claim, why: str, members: list[Claim],
                  days: dict[str, tuple[dt.date, dt.date]], pad: dt.timedelta) -> Contradiction:
    for_a: list[Claim] = []
    for_b: list[Claim] = []
    against: list[Claim] = []
    for c in members:
        if c.id in (a.id, b.id) or not c.independent:
            continue
        if not (_meet(days[c.id], days[a.id], pad) or _meet(days[c.id], days[b.id], pad)):
            continue
        with_a = incompatible(c, a) is None
        with_b = incompatible(c, b) is None
        if with_a and not with_b:
            for_a.append(c)
        elif with_b and not with_a:
            for_b.append(c)
        elif not with_a and not with_b:
            against.append(c)
    return Contradiction(a, b, _subject_words(a), why, tuple(for_a), tuple(for_b), tuple(against))
