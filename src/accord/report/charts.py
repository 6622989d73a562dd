"""Vega-Lite specifications of the report's figures, built from the report's own data (the
`accord analyze --json` document and :mod:`accord.report.figures`). Every spec carries its data
inline (``data.values``): the HTML report and the web pages never load anything.

One function per figure; each returns None when its section has nothing to draw.
"""

from __future__ import annotations

from typing import Any

from accord.model import Scenario
from accord.model.dates import first_day, last_day

Spec = dict[str, Any]

WIDTH = "container"
KIND_ORDER = ["round", "partial_agreement", "postponement", "statement_of_intent", "pledge",
              "claim", "poll", "incident"]


def _base(title: str, height: int, description: str) -> Spec:
    return {"title": {"text": title, "anchor": "start"}, "width": WIDTH, "height": height,
            "description": description, "config": {"font": "sans-serif", "view": {"stroke": None}}}


def timeline(events: list[dict[str, Any]]) -> Spec | None:
    """Rounds, partial deals, claims and the rest on a date axis, one lane per kind; events with
    a span are drawn as bars from start to end."""
    rows = []
    for e in events:
        start = e.get("start") or e.get("reported")
        if not start:
            continue
        end = e.get("end") or start
        rows.append({"id": e["id"], "kind": e["kind"].replace("_", " "), "title": e["title"],
                     "start": first_day(start).isoformat(), "end": last_day(end).isoformat(),
                     "when": start if end == start else f"{start} – {end}",
                     "outcome": e.get("outcome") or "", "anchor": f"#event-{e['id']}"})
    if not rows:
        return None
    kinds = [k.replace("_", " ") for k in KIND_ORDER]
    kinds += sorted({r["kind"] for r in rows} - set(kinds))
    spec = _base("Timeline: rounds, partial deals, claims and statements", 60 + 26 * len(
        {r["kind"] for r in rows}), "Each mark is one dated event; bars span events that last "
        "several days or are dated to a month only.")
    enc_y = {"field": "kind", "type": "nominal", "sort": kinds, "title": None}
    tooltip = [{"field": "when", "title": "date"}, {"field": "kind"}, {"field": "title"},
               {"field": "outcome"}]
    return spec | {
        "data": {"values": rows},
        "layer": [
            {"mark": {"type": "rule", "strokeWidth": 6, "opacity": 0.45},
             "encoding": {"x": {"field": "start", "type": "temporal", "title": "date"},
                          "x2": {"field": "end"}, "y": enc_y,
                          "color": {"field": "kind", "type": "nominal", "legend": None}}},
            {"mark": {"type": "point", "filled": True, "size": 90, "opacity": 0.85},
             "encoding": {"x": {"field": "start", "type": "temporal"}, "y": enc_y,
                          "color": {"field": "kind", "type": "nominal", "legend": None},
                          "href": {"field": "anchor"}, "tooltip": tooltip}},
        ],
    }


def position_matrix(positions: list[dict[str, Any]], scenario: Scenario) -> Spec | None:
    """Actors × issues coloured by where each ideal sits between the issue's first option
    (0, Ukraine's end in the flagship) and its last (1); red lines as ✗ with their count."""
    rows = []
    for r in positions:
        issue = scenario.issue(r["issue"])
        ideal = r["ideal"]
        where: float | None
        if issue.kind == "numeric" and issue.range and isinstance(ideal, int | float):
            lo, hi = issue.range
            where = (float(ideal) - lo) / (hi - lo) if hi > lo else 0.0
            label = f"{float(ideal):,.0f}"
        else:
            ids = [o.id for o in issue.options]
            where = ids.index(ideal) / max(1, len(ids) - 1) if ideal in ids else None
            label = str(ideal)
        reds = r["red_lines"] or []
        rows.append({"actor": r["actor"], "issue": r["issue"], "position": where, "ideal": label,
                     "salience": r["salience"], "assumed": "yes" if r["assumed"] else "no",
                     "red_lines": ", ".join(str(x) for x in reds) or "none",
                     "red_mark": f"✗{len(reds)}" if reds else "",
                     "anchor": f"#position-{r['actor']}-{r['issue']}"})
    if not rows:
        return None
    actors = list(dict.fromkeys(r["actor"] for r in rows))
    issues = list(dict.fromkeys(r["issue"] for r in rows))
    spec = _base("Positions: where each actor's ideal option lies, red lines marked ✗",
                 24 * len(issues), "Colour: 0 = the issue's first listed option, 1 = its last "
                 "(numeric issues: their range). ✗n: the actor has n red lines on the issue.")
    x = {"field": "actor", "type": "nominal", "sort": actors, "title": None,
         "axis": {"orient": "top", "labelAngle": 0}}
    y = {"field": "issue", "type": "nominal", "sort": issues, "title": None}
    return spec | {
        "data": {"values": rows},
        "layer": [
            {"mark": {"type": "rect", "stroke": "white"},
             "encoding": {"x": x, "y": y,
                          "color": {"field": "position", "type": "quantitative",
                                    "scale": {"scheme": "blueorange", "domain": [0, 1]},
                                    "title": "first → last option"},
                          "href": {"field": "anchor"},
                          "tooltip": [{"field": "actor"}, {"field": "issue"}, {"field": "ideal"},
                                      {"field": "salience"}, {"field": "red_lines"},
                                      {"field": "assumed"}]}},
            {"mark": {"type": "text", "fontSize": 10},
             "encoding": {"x": x, "y": y, "text": {"field": "ideal"},
                          "color": {"condition": {
                              "test": "datum.position !== null && (datum.position < 0.25 || "
                                      "datum.position > 0.75)", "value": "white"},
                              "value": "black"}}},
            {"mark": {"type": "text", "fontSize": 11, "fontWeight": "bold", "color": "#ffd400",
                      "align": "left", "dx": 62},
             "encoding": {"x": x, "y": y, "text": {"field": "red_mark"}}},
        ],
    }


def agreement_plane(plane: dict[str, Any] | None, space: dict[str, Any] | None) -> Spec | None:
    """Two parties' utilities: the frontier points only red-line-crossing packages reach (grey
    ✗), the frontier within the red lines (blue), the zone's frontier (green), the reservation
    lines, the zone's corner shaded, the bargaining solutions and the proposals (red when they
    cross a red line)."""
    if not plane or len(plane["parties"]) < 2 or not space or "error" in space:
        return None
    a, b = plane["parties"][:2]
    ra, rb = plane["reservation"][:2]
    pts: list[dict[str, Any]] = []
    for series, key in (("frontier: crosses a red line", "frontier_crossing_red_lines"),
                        ("frontier within the red lines", "frontier_within_red_lines"),
                        ("frontier of the agreement zone", "frontier_of_zone")):
        pts += [{"u_a": p[0], "u_b": p[1], "series": series, "name": ""} for p in plane[key]]
    crossing = {pr["proposal"] for pr in space.get("proposals", [])
                if any(pr["red_lines_crossed"].values())}
    for pid, prop in plane["proposals"].items():
        series = "proposal crossing a red line" if pid in crossing else "proposal"
        pts.append({"u_a": prop["utilities"][0], "u_b": prop["utilities"][1], "series": series,
                    "name": prop["name"]})
    for sol, s in (space.get("solutions") or {}).items():
        if s:
            pts.append({"u_a": s["utilities"][0], "u_b": s["utilities"][1],
                        "series": "bargaining solution", "name": sol.replace("_", "–")})
    empty = space["zone"]["empty"]
    domain = ["frontier: crosses a red line", "frontier within the red lines",
              "frontier of the agreement zone", "proposal", "proposal crossing a red line",
              "bargaining solution"]
    colours = ["#9e9e9e", "#1f77b4", "#2ca02c", "#6a3d9a", "#d62728", "#000000"]
    shapes = ["cross", "circle", "circle", "diamond", "diamond", "triangle-up"]
    zone_note = ("zone EMPTY: no package within the red lines reaches this corner" if empty
                 else f"agreement zone: {space['zone']['size']:,} packages")
    spec = _base(f"Agreement plane: utility of {a} and {b}", 380, plane["meaning"])
    x = {"field": "u_a", "type": "quantitative",
         "title": f"utility of {a} (0 = its worst package, 1 = its best)", "scale": {"domain": [0, 1]}}
    y = {"field": "u_b", "type": "quantitative", "title": f"utility of {b}",
         "scale": {"domain": [0, 1]}}
    return spec | {
        "layer": [
            {"data": {"values": [{"x": ra, "x2": 1, "y": rb, "y2": 1, "note": zone_note}]},
             "mark": {"type": "rect", "color": "#2ca02c" if not empty else "#d62728",
                      "opacity": 0.08},
             "encoding": {"x": {"field": "x", "type": "quantitative", "scale": {"domain": [0, 1]}},
                          "x2": {"field": "x2"},
                          "y": {"field": "y", "type": "quantitative", "scale": {"domain": [0, 1]}},
                          "y2": {"field": "y2"}, "tooltip": [{"field": "note"}]}},
            {"name": "plane_note",
             "data": {"values": [{"x": ra, "x2": 1, "y": rb, "y2": 1, "note": zone_note}]},
             "mark": {"type": "text", "align": "right", "baseline": "top", "dx": -4, "dy": 4,
                      "fontSize": 11, "color": "#555"},
             "encoding": {"x": {"field": "x2", "type": "quantitative"},
                          "y": {"field": "y2", "type": "quantitative"},
                          "text": {"field": "note"}}},
            {"data": {"values": [{"r": ra, "who": f"{a}'s reservation value"}]},
             "mark": {"type": "rule", "strokeDash": [5, 4], "color": "#d62728"},
             "encoding": {"x": {"field": "r", "type": "quantitative"},
                          "tooltip": [{"field": "who"}, {"field": "r"}]}},
            {"data": {"values": [{"r": rb, "who": f"{b}'s reservation value"}]},
             "mark": {"type": "rule", "strokeDash": [5, 4], "color": "#d62728"},
             "encoding": {"y": {"field": "r", "type": "quantitative"},
                          "tooltip": [{"field": "who"}, {"field": "r"}]}},
            *({"name": name, "data": {"values": rows},
               "mark": {"type": "point", "filled": True, "opacity": 0.8},
               "encoding": {
                   "x": x, "y": y,
                   "color": {"field": "series", "type": "nominal", "title": None,
                             "scale": {"domain": domain, "range": colours},
                             "legend": {"orient": "bottom", "columns": 2}},
                   "shape": {"field": "series", "type": "nominal", "title": None,
                             "scale": {"domain": domain, "range": shapes},
                             "legend": {"orient": "bottom", "columns": 2}},
                   "size": {"value": size},
                   "tooltip": [{"field": "series"}, {"field": "name"},
                               {"field": "u_a", "title": f"utility of {a}"},
                               {"field": "u_b", "title": f"utility of {b}"}]}}
              for name, rows, size in (("plane_points", [p for p in pts if not p["name"]], 30),
                                       ("plane_named", [p for p in pts if p["name"]], 140))
              if rows),
            # the names of the proposals and solutions; in the page, the browser lays them out
            # so that none overlaps another, a point or the zone's note (see PLANE_LABELS)
            {"name": "plane_labels", "data": {"values": [p for p in pts if p["name"]]},
             "mark": {"type": "text", "align": "left", "dx": 8, "dy": -6, "fontSize": 10},
             "encoding": {"x": x, "y": y, "text": {"field": "name"}}},
        ],
    }


def concessions(space: dict[str, Any] | None) -> Spec | None:
    """The cheapest concession sets: cost (bar) and the zone each opens (label)."""
    sets = ((space or {}).get("concessions") or {}).get("sets") or []
    if not sets:
        return None
    rows = [{"set": f"#{n}", "cost": c["cost"], "opens": f"{c['zone_size_after']:,} packages",
             "changes": "; ".join(ch["description"] for ch in c["changes"])}
            for n, c in enumerate(sets, start=1)]
    spec = _base("Cheapest concessions that open the agreement zone", 40 * len(rows),
                 "Bar length: the concession's cost (see the table for the rule); label: how "
                 "many packages it opens.")
    y = {"field": "set", "type": "nominal", "title": None, "sort": None}
    return spec | {
        "data": {"values": rows},
        "layer": [
            {"mark": {"type": "bar", "color": "#1f77b4"},
             "encoding": {"x": {"field": "cost", "type": "quantitative", "title": "cost"}, "y": y,
                          "tooltip": [{"field": "changes"}, {"field": "cost"},
                                      {"field": "opens"}]}},
            {"mark": {"type": "text", "align": "left", "dx": 4},
             "encoding": {"x": {"field": "cost", "type": "quantitative"}, "y": y,
                          "text": {"field": "opens"}}},
        ],
    }


def stable_states(conflict: dict[str, Any] | None) -> Spec | None:
    """Which states are equilibria under which concept; today's state marked."""
    if not conflict or "error" in conflict or "skipped" in conflict:
        return None
    today = (conflict.get("state") or {}).get("state")
    rows = [{"state": e["state"], "concept": c.upper(), "words": e["words"],
             "today": "today's state" if e["state"] == today else "other equilibrium"}
            for c, eqs in conflict["equilibria"].items() for e in eqs]
    if not rows:
        return None
    spec = _base("Stable states of the conflict model (one mark per equilibrium)", 140,
                 "Columns are states (by number), rows the stability concepts; red marks "
                 "today's state.")
    return spec | {
        "data": {"values": rows},
        "mark": {"type": "tick", "thickness": 3},
        "encoding": {
            "x": {"field": "state", "type": "quantitative", "title": "state number",
                  "scale": {"domain": [0, conflict["n_states"]]}},
            "y": {"field": "concept", "type": "nominal", "title": None,
                  "sort": [c.upper() for c in conflict["equilibria"]]},
            "color": {"field": "today", "type": "nominal", "title": None,
                      "scale": {"domain": ["today's state", "other equilibrium"],
                                "range": ["#d62728", "#7f7f7f"]},
                      "legend": {"orient": "bottom"}},
            "tooltip": [{"field": "state"}, {"field": "concept"}, {"field": "words"}],
        },
    }


def forecasts(forecast: dict[str, Any] | None) -> Spec | None:
    """Per issue: each model's forecast and the compromise model's Monte Carlo 50 % and 90 %
    intervals, on the issue's own scale (0-100 for ordinal issues, numeric ones rescaled to
    0-100 of their range, the value in the tooltip)."""
    if not forecast or not forecast.get("issues"):
        return None
    points, bands = [], []
    for row in forecast["issues"]:
        lo, hi = row["scale"]
        span = (hi - lo) or 1.0

        def pct(v: float, lo: float = lo, span: float = span) -> float:
            return round(100 * (v - lo) / span, 2)

        for model, m in row["models"].items():
            if m["value"] is not None:
                points.append({"issue": row["issue"], "model": model, "at": pct(m["value"]),
                               "value": round(m["value"], 2), "option": m["nearest_option"] or ""})
        mc = row["monte_carlo"]["compromise"]
        if mc["interval90"][0] is not None:
            bands.append({"issue": row["issue"], "lo90": pct(mc["interval90"][0]),
                          "hi90": pct(mc["interval90"][1]), "lo50": pct(mc["interval50"][0]),
                          "hi50": pct(mc["interval50"][1]), "meaning": row["scale_meaning"]})
    issues = [r["issue"] for r in forecast["issues"]]
    y = {"field": "issue", "type": "nominal", "sort": issues, "title": None}
    spec = _base("Forecasts by model, with the compromise model's 50 % and 90 % Monte Carlo "
                 "intervals", 26 * len(issues), "x: 0 = the issue's first option (or the low "
                 "end of its range), 100 = its last (or the high end).")
    x = {"type": "quantitative", "scale": {"domain": [0, 100]},
         "title": "0 = first option / low end … 100 = last option / high end"}
    return spec | {
        "layer": [
            {"data": {"values": bands}, "mark": {"type": "rule", "strokeWidth": 2, "color": "#bbb"},
             "encoding": {"x": x | {"field": "lo90"}, "x2": {"field": "hi90"}, "y": y,
                          "tooltip": [{"field": "issue"}, {"field": "meaning"}]}},
            {"data": {"values": bands}, "mark": {"type": "rule", "strokeWidth": 7, "color": "#888"},
             "encoding": {"x": x | {"field": "lo50"}, "x2": {"field": "hi50"}, "y": y}},
            {"data": {"values": points},
             "mark": {"type": "point", "filled": True, "size": 60},
             "encoding": {"x": x | {"field": "at"}, "y": y,
                          "color": {"field": "model", "type": "nominal", "title": "model",
                                    "legend": {"orient": "bottom"}},
                          "shape": {"field": "model", "type": "nominal", "legend": {"orient": "bottom"}},
                          "tooltip": [{"field": "issue"}, {"field": "model"}, {"field": "value"},
                                      {"field": "option", "title": "nearest option"}]}},
        ],
    }


def deal_status(track: dict[str, Any] | None) -> Spec | None:
    """Each partial deal's status over time: one bar per period between status changes, up to
    the report's date."""
    deals = (track or {}).get("agreements") or []
    rows = []
    for a in deals:
        changes = a["status"]["changes"]
        for k, ch in enumerate(changes):
            end = changes[k + 1]["date"] if k + 1 < len(changes) else a["status"]["as_of"]
            if first_day(end) < first_day(ch["date"]):
                end = ch["date"]
            rows.append({"deal": a["title"], "status": ch["status"].replace("_", " "),
                         "start": first_day(ch["date"]).isoformat(),
                         "end": last_day(end).isoformat(), "why": ch["reason"],
                         "anchor": f"#deal-{a['id']}"})
    if not rows:
        return None
    spec = _base("Partial deals: status over time", 30 * len(deals) + 40,
                 "One bar per period between status changes; hover for the reason, click for "
                 "the deal and its sources.")
    return spec | {
        "data": {"values": rows},
        "mark": {"type": "bar", "height": 16},
        "encoding": {
            "x": {"field": "start", "type": "temporal", "title": "date"},
            "x2": {"field": "end"},
            "y": {"field": "deal", "type": "nominal", "title": None, "sort": None,
                  "axis": {"labelLimit": 320}},
            "color": {"field": "status", "type": "nominal", "legend": {"orient": "bottom"},
                      "scale": {"scheme": "set2"}},
            "href": {"field": "anchor"},
            "tooltip": [{"field": "deal"}, {"field": "status"}, {"field": "start"},
                        {"field": "end"}, {"field": "why"}]},
    }


def odds(simulation: dict[str, Any] | None) -> Spec | None:
    """The simulated probability of a ceasefire and of a settlement within each month from the
    first on (`summary.by_month`; the 3, 6 and 12-month horizons of `summary.at` for a document
    without it): a line per outcome with a point per month, its 95 % Monte Carlo interval as a
    shaded band, and the probability written at 3, 6 and 12 months. The vertical axis ends a
    little above the highest interval, so odds of a few percent are not flattened against a
    100 % axis."""
    summary = (simulation or {}).get("summary") or {}
    at = summary.get("at") or {}
    if not at or "error" in (simulation or {}):
        return None
    monthly = summary.get("by_month") or [
        {"months": {"3m": 3, "6m": 6, "12m": 12}.get(h, h)} | outcomes for h, outcomes in at.items()]
    labelled = {3, 6, 12, monthly[-1]["months"]}
    rows = [{"months": m["months"], "outcome": o, "p": m[o]["p"], "low": m[o]["low"],
             "high": m[o]["high"], "label": f"{m[o]['p']:.0%}" if m["months"] in labelled else ""}
            for m in monthly for o in ("ceasefire", "settlement") if o in m]
    top = min(1.0, max(0.05, max(r["high"] for r in rows) * 1.2))
    last = max(r["months"] for r in rows)
    spec = _base("Simulated odds of a ceasefire and of a settlement", 240,
                 f"{summary['runs']:,} seeded runs from {simulation['as_of']}: the probability "  # type: ignore[index]
                 "of each outcome within each month; shaded: its 95 % interval.")
    x = {"field": "months", "type": "quantitative", "title": "months from the report's date",
         "scale": {"domain": [1, last], "nice": False},
         "axis": {"tickMinStep": 1, "format": "d", "values": list(range(1, last + 1))}}
    y = {"field": "p", "type": "quantitative",
         "title": "probability (shaded: 95 % interval)", "axis": {"format": "%"},
         "scale": {"domain": [0, top], "nice": False}}
    colour = {"field": "outcome", "type": "nominal",
              "legend": {"orient": "bottom", "title": None, "symbolOpacity": 1},
              "scale": {"domain": ["ceasefire", "settlement"], "range": ["#1f77b4", "#d62728"]}}
    tooltip = [{"field": "outcome"}, {"field": "months"}, {"field": "p", "format": ".1%"},
               {"field": "low", "format": ".1%"}, {"field": "high", "format": ".1%"}]
    return spec | {
        "data": {"values": rows},
        "layer": [
            {"name": "odds_band", "mark": {"type": "area", "opacity": 0.22},
             "encoding": {"x": x, "y": {"field": "low", "type": "quantitative", "scale": y["scale"]},
                          "y2": {"field": "high"}, "color": colour}},
            {"name": "odds_line", "mark": {"type": "line", "strokeWidth": 2.5,
                                           "point": {"filled": True, "size": 55}},
             "encoding": {"x": x, "y": y, "color": colour, "tooltip": tooltip}},
            {"name": "odds_labels", "mark": {"type": "text", "dy": -10, "fontSize": 12,
                                             "fontWeight": "bold"},
             "encoding": {"x": x, "y": y, "text": {"field": "label"}, "color": colour}},
        ],
    }
