"""The `accord analyze` report as one JSON-ready dictionary.

Sections: scenario, actors, timeline, positions (matrix and changes over time), collisions
(issues with no option every party accepts, and why), cross-issue red lines, proposals (each
against each actor), then one section per engine (see `accord.report.sections`). Every item
carries the evidence behind it.
"""

from __future__ import annotations

import itertools
from typing import Any

from accord.model import Evidence, Position, Scenario, warnings
from accord.model.base import number
from accord.model.dates import first_day, last_day
from accord.report.sections import sections
from accord.space import check_proposal, issue_collisions


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    return [e.model_dump(mode="json", exclude_none=True) for e in items]


def overview(scenario: Scenario, as_of: str | None = None,
             news: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything `accord analyze` shows, as plain data (see module docstring). `news` is the
    comparison with a news store (`accord.news.merge.compare`): its events join the timeline and
    its disagreements become the `news` section."""
    date = as_of or scenario.as_of
    full = scenario
    scenario = scenario.at(date)
    report = {
        "scenario": {
            "id": scenario.id,
            "title": scenario.title,
            "as_of": date,
            "parties": scenario.parties,
            "last_dated": full.last_dated(),
            "documents": [d.model_dump(mode="json", exclude_none=True) for d in scenario.documents],
        },
        "actors": [
            {"id": a.id, "name": a.names.get("en", next(iter(a.names.values()))), "role": a.role,
             "kind": a.kind, "members": a.members, "capability": a.capability,
             "capability_formula": a.capability_formula,
             "capability_basis": _evidence([a.capability_basis]) if a.capability_basis else [],
             "capability_figures": [f.model_dump(mode="json", exclude_none=True)
                                    for f in a.capability_figures]}
            for a in scenario.actors
        ],
        "timeline": _timeline(scenario),
        "positions": _positions(scenario, date),
        "position_changes": _changes(scenario, date),
        "collisions": _collisions(scenario, date),
        "cross_issue_red_lines": [
            {"id": r.id, "actor": r.actor, "condition": r.condition, "description": r.description,
             "evidence": _evidence(r.evidence)}
            for r in scenario.cross_red_lines(date)
        ],
        "proposals": _proposals(scenario, date),
        "warnings": date_warnings(full, date) + [str(w) for w in warnings(full)],
    } | {section.key: section.build(full, date) for section in sections()}
    if news is not None:
        report["timeline"] = _with_news(report["timeline"], news)
        report["news"] = {k: v for k, v in news.items() if k not in ("timeline", "matched")}
    from accord.report.bottom_line import bottom_line

    return {"scenario": report["scenario"], "bottom_line": bottom_line(report)} | report


def tables_report(scenario: Scenario, as_of: str | None = None) -> dict[str, Any]:
    """The parts of :func:`overview` that `accord export --scenario` turns into tables
    (positions, timeline, forecasts, the track section and the odds of the simulation), without
    the agreement space, the conflict model, the proposals and the simulation's what-ifs and
    drivers it does not export."""
    from accord.report.sections import forecast, simulate, track

    date = as_of or scenario.as_of
    at = scenario.at(date)
    return {"positions": _positions(at, date), "timeline": _timeline(at),
            "forecast": forecast.SECTION.build(scenario, date),
            "track": track.SECTION.build(scenario, date),
            "simulation": simulate.build(scenario, date, odds_only=True)}


def date_warnings(scenario: Scenario, date: str) -> list[str]:
    """What a reader of an analysis as of ``date`` must know: a date past the scenario's last
    dated fact, and parties whose positions are unknown then (by issue)."""
    out = []
    last = scenario.last_dated()
    if last is not None and first_day(date) > last_day(last):
        out.append(f"as of {date} is after the scenario's last dated fact ({last}): later "
                   "developments are not in the data")
    if not any(p.actor in scenario.parties and first_day(p.as_of) <= last_day(date)
               for p in scenario.positions):
        out.append(f"no positions are known as of {date}: no party has taken a position by then, "
                   "so there is no agreement zone to report")
        return out
    unknown: dict[str, list[str]] = {}
    for actor, issue in scenario.unknown_positions(date):
        unknown.setdefault(actor, []).append(issue)
    for actor, issues in unknown.items():
        out.append(f"{actor} has no position by {date} on {len(issues)} of {len(scenario.issues)} "
                   f"issues ({', '.join(issues)}): unknown, excluded from the agreement zone")
    return out


def _with_news(timeline: list[dict[str, Any]], news: dict[str, Any]) -> list[dict[str, Any]]:
    """Scenario events (with the news passages that confirm them) and news-only events, in
    date order (undated news events by their publication date)."""
    from accord.model.dates import sort_key

    rows = [e | {"news_evidence": news["matched"][e["id"]]} if e["id"] in news["matched"] else e
            for e in timeline]
    rows += news["timeline"]
    return sorted(rows, key=lambda e: sort_key(e.get("start") or e.get("reported")))


def _timeline(scenario: Scenario) -> list[dict[str, Any]]:
    return [
        e.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        | {"id": e.id, "kind": e.kind, "start": e.start, "end": e.end or e.start,
           "reported": scenario.reported(e)}
        for e in scenario.events_in_order()
    ]


def _positions(scenario: Scenario, date: str) -> list[dict[str, Any]]:
    rows = []
    for row in scenario.position_matrix(as_of=date):
        if row["as_of"] is None:
            continue
        p = scenario.position(row["actor"], row["issue"], date)
        assert p is not None
        rows.append(row | {"evidence": _evidence(p.evidence), "note": p.note})
    return rows


def _changes(scenario: Scenario, date: str) -> list[dict[str, Any]]:
    """Consecutive positions of one actor on one issue that differ, with what changed."""
    out = []
    pairs = dict.fromkeys((p.actor, p.issue) for p in scenario.positions)
    for actor, issue in pairs:
        history = [p for p in scenario.position_history(actor, issue)
                   if first_day(p.as_of) <= last_day(date)]
        for old, new in itertools.pairwise(history):
            changed = _diff(old, new)
            if changed:
                out.append({"actor": actor, "issue": issue, "from": old.as_of, "to": new.as_of,
                            "changed": changed, "evidence": _evidence(new.evidence)})
    return out


def _diff(old: Position, new: Position) -> list[str]:
    """What differs between two positions, one phrase per field."""
    out = []
    if old.ideal != new.ideal:
        out.append(f"ideal {_show(old.ideal)} → {_show(new.ideal)}")
    for name in ("red_lines", "acceptable"):
        before, after = getattr(old, name), getattr(new, name)
        added = [x for x in after if x not in before]
        dropped = [x for x in before if x not in after]
        if added or dropped:
            label = name.replace("_", " ")
            out.append(f"{label} " + " ".join([*(f"+{x}" for x in added), *(f"−{x}" for x in dropped)]))
    for name in ("acceptable_range", "red_line_ranges"):
        if getattr(old, name) != getattr(new, name):
            out.append(f"{name.replace('_', ' ')} {_ranges(getattr(old, name))} → "
                       f"{_ranges(getattr(new, name))}")
    if old.salience != new.salience:
        out.append(f"salience {old.salience:.2f} → {new.salience:.2f}")
    return out


def _ranges(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return f"{number(value[0])}..{number(value[1])}"
    return ", ".join(_ranges(v) for v in value) or "none"  # type: ignore[attr-defined]


def _show(value: object) -> str:
    return number(value) if isinstance(value, float) else str(value)


def _collisions(scenario: Scenario, date: str) -> list[dict[str, Any]]:
    return [
        {
            "issue": c.issue,
            "parties": list(c.parties),
            "acceptable": c.acceptable,
            "red_line_clash": c.red_line_clash,
            "conditional": c.conditional,
            "conditions": list(c.conditions),
            "explanation": c.explain(),
            "exclusions": [
                {"actor": e.actor, "option": e.option, "by": e.by, "evidence": list(e.evidence)}
                for e in c.exclusions
            ],
        }
        for c in issue_collisions(scenario, as_of=date)
    ]


def _proposals(scenario: Scenario, date: str) -> list[dict[str, Any]]:
    out = []
    for prop in scenario.proposals:
        result = check_proposal(scenario, prop, as_of=date)
        out.append({
            "id": prop.id,
            "name": prop.name,
            "authors": prop.authors,
            "date": prop.date,
            "package": prop.package,
            "against": {
                actor: {
                    "red_lines_crossed": [c.describe() for c in result.crosses(actor)],
                    "possible_red_lines": [c.describe() for c in result.may_cross(actor)],
                    "not_acceptable": [c.describe() for c in result.not_acceptable(actor)],
                }
                for actor in result.by_actor
            },
            "evidence": _evidence(prop.evidence),
        })
    return out
