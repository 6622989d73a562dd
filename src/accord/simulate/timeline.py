"""Parameters fitted from a scenario's timeline as of a date: the cadence of negotiation rounds
and the rates of partial deals (exchanges, partial ceasefires), each with the events behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from accord.model import Scenario
from accord.model.dates import first_day, last_day
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
    """Weekly rates of exchanges and of partial ceasefires (e.g. energy-strike pauses) in the year
    to ``as_of``: from the tracked exchanges carried out and agreements of kind
    ``strike_pause`` when the scenario records them, else from partial-agreement events on
    humanitarian.prisoners and ceasefire.energy. Only what the scenario shows."""
    out = {}
    weeks = WINDOW_DAYS / 7.0
    lo = as_of - dt.timedelta(days=WINDOW_DAYS)

    def inside(value: object) -> bool:
        return value is not None and lo < first_day(str(value)) <= as_of

    tracked = {
        "exchange_rate": ("exchanges carried out", [x.id for x in scenario.exchanges if inside(x.date)]),
        "pause_rate": (
            "strike pauses agreed",
            [
                a.id
                for a in scenario.agreements
                if a.kind == "strike_pause" and a.stage == "agreed" and inside(a.announced)
            ],
        ),
    }
    for name, topic in (("exchange_rate", "humanitarian.prisoners"), ("pause_rate", "ceasefire.energy")):
        what, ids = tracked[name]
        if ids:
            out[name] = (
                len(ids) / weeks,
                Source(
                    f"fitted from the tracked record: {len(ids)} {what} in the {WINDOW_DAYS} days to "
                    f"{as_of.isoformat()} ({', '.join(ids[:12])}{', …' if len(ids) > 12 else ''})"
                ),
            )
            continue
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


TREND_MONTHS = 3
"""The battlefield trend is the mean of the territory indicator's last three observations."""


def battle_trend(scenario: Scenario, as_of: dt.date, parties: Sequence[str]) -> tuple[float, Source] | None:
    """Weekly territory changing hands towards the first party, from the scenario's territory
    indicators known at ``as_of`` (observations starting before it): the mean of the last
    ``TREND_MONTHS`` observations, per month when the unit says so, signed by the gaining actor
    (first party +, second −). None without such an indicator."""
    if len(parties) < 2:
        return None
    best: tuple[dt.date, float, Source] | None = None
    for ind in scenario.indicators:
        if ind.kind != "territory" or ind.actor not in parties[:2]:
            continue
        obs = sorted(
            # an observation is known once its period has ended (a month's figure after the month)
            (o for o in ind.observations if last_day(str(o.end or o.start)) < as_of),
            key=lambda o: first_day(str(o.start)),
        )[-TREND_MONTHS:]
        if not obs:
            continue
        unit = ind.unit.lower()
        per_week = 7.0 if "week" in unit else 1.0 if "day" in unit else 12 / 365.25 * 7
        sign = 1.0 if ind.actor == parties[0] else -1.0
        value = sign * sum(o.value for o in obs) / len(obs) * per_week
        last = first_day(str(obs[-1].start))
        src = Source(
            f"fitted from the scenario's indicator {ind.id} ({ind.name}; {ind.source}): "
            f"mean of {len(obs)} observation(s) from {obs[0].start} to {obs[-1].start} "
            f"({', '.join(f'{o.value:g}' for o in obs)} {ind.unit}) = {value:.1f} km² a week "
            f"towards {parties[0]}"
        )
        if best is None or last > best[0]:
            best = (last, value, src)
    return None if best is None else (best[1], best[2])


def ratification(scenario: Scenario, as_of: dt.date) -> tuple[str, dict[str, list[str]]] | None:
    """The scenario's referendum rule (the first actor with one): which options of which issues
    need its referendum; an empty option list means every option but the first (the actor's
    side of an ordered issue)."""
    for rule in scenario.ratification_rules:
        if rule.requires != "referendum":
            continue
        opts: dict[str, list[str]] = {}
        for issue_id in rule.issues:
            issue = scenario.issue(issue_id)
            ids = issue.option_ids()
            opts[issue_id] = list(rule.options) if rule.options else ids[1:]
            opts[issue_id] = [o for o in opts[issue_id] if o in ids]
        return rule.actor, opts
    return None
