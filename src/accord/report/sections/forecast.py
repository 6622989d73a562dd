"""The forecast section of `accord analyze`: per issue, each spatial model's point forecast, the
nearest option of each, and the Monte Carlo interval of the compromise model (seeded), on the
scale given by the documented mapping rule (:mod:`accord.forecast.flagship`).

To keep `accord analyze` fast, the section runs Monte Carlo only for what it shows (the compromise
model's 90 % interval); the EUM and KTAB intervals are left to `accord forecast ... --runs N`,
and the section says so.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rich.console import Console
from rich.text import Text

from accord.model import Scenario
from accord.report.layout import Grid, show
from accord.report.sections import Section

SECTION_MODELS = ("compromise", "median", "nbs", "eum", "ktab", "exchange")
MC_MODELS = ("compromise",)
RUNS = 500
SEED = 0
SHORT = {"compromise": "comp", "median": "med", "nbs": "NBS", "eum": "EUM", "ktab": "KTAB",
         "exchange": "exch"}
NBS_NOTE = ("NBS = compromise here: no disagreement point (status quo) in the scenario, so the "
            "Nash bargaining solution is its distant-disagreement limit, the capability x "
            "salience weighted mean; see docs/forecast.md (Nash bargaining)")


def _name(scenario: Scenario, actor_id: str) -> str:
    for a in scenario.actors:
        if a.id == actor_id:
            names = getattr(a, "names", None) or {}
            return str(names.get("en") or actor_id)
    return actor_id


def _ends(scenario: Scenario, data: Any, labels: dict[str, list[tuple[float, str]]],
          ) -> dict[str, Any] | None:
    """Which actor sits nearest each end of the ordinal 0-100 scales (mean over the issues)."""
    ks = [k for k, d in enumerate(data.dimensions) if d in labels]
    if not ks:
        return None
    pos = np.where(data.present[:, ks], data.position[:, ks], np.nan)
    seen = np.isfinite(pos).sum(axis=1)
    mean = np.where(seen > 0, np.nansum(pos, axis=1) / np.maximum(seen, 1), np.nan)
    if not np.isfinite(mean).any():
        return None
    lo, hi = int(np.nanargmin(mean)), int(np.nanargmax(mean))
    return {"low": data.actors[lo], "low_name": _name(scenario, data.actors[lo]),
            "high": data.actors[hi], "high_name": _name(scenario, data.actors[hi])}


def build(scenario: Scenario, as_of: str) -> dict[str, Any] | None:
    from accord.forecast.flagship import scenario_input
    from accord.forecast.inputs import InputError
    from accord.forecast.montecarlo import Uncertainty
    from accord.forecast.summary import forecast_report

    try:
        mapping = scenario_input(scenario, as_of)
    except InputError:
        return None   # nothing to forecast: no issue with two actors that have a capability
    data = mapping.data
    unc = Uncertainty.uniform_spread(data)
    report = forecast_report(data, SECTION_MODELS, RUNS, SEED, uncertainty=unc,
                             mc_models=MC_MODELS)
    ends = _ends(scenario, data, mapping.labels)
    issues = []
    for k, dim in enumerate(data.dimensions):
        scale = report["input"]["scale"][dim]
        marks = mapping.labels.get(dim)
        if marks:
            meaning = f"0 = {marks[0][1]}, 100 = {marks[-1][1]} (options evenly spaced)"
        else:
            meaning = f"own numeric range {scale[0]:,.0f} to {scale[1]:,.0f}"
        row: dict[str, Any] = {"issue": dim, "scale": scale, "scale_meaning": meaning,
                               "models": {}}
        for model in SECTION_MODELS:
            value = report["forecasts"][model]["values"][dim]
            nearest = mapping.nearest_option(dim, value) if value is not None else None
            row["models"][model] = {"value": value, "nearest_option": nearest,
                                    "red_line_of": red_line_of(scenario, as_of, dim, nearest, value)}
        if not np.isfinite(data.status_quo[k]):
            row["models"]["nbs"]["note"] = NBS_NOTE
        mc = report["monte_carlo"]["models"]["compromise"]["issues"][dim]
        row["monte_carlo"] = {"compromise": mc}
        if marks and mc["interval90"][0] is not None:
            row["monte_carlo"]["compromise"]["nearest_options90"] = [
                mapping.nearest_option(dim, v) for v in mc["interval90"]]
        issues.append(row)
    u = report["monte_carlo"]["uncertainty"]
    return {"as_of": as_of, "actors": list(data.actors), "runs": RUNS, "seed": SEED,
            "monte_carlo_models": list(MC_MODELS),
            "monte_carlo_assumptions": {
                "distribution": u["kind"],
                "position_spread_share_of_scale": u["position_spread_share_of_scale"],
                "salience_spread": u["salience_spread"],
                "capability_spread_relative": u["capability_spread_relative"]},
            "more": "EUM and KTAB Monte Carlo intervals: accord forecast "
                    f"{scenario.id} --runs {RUNS} -m eum,ktab",
            "rule": "ordinal options evenly spaced on 0-100 in listed order; numeric issues on "
                    "their own range; capability and salience from the scenario",
            "scale_ends": ends,
            "nbs": NBS_NOTE if not np.isfinite(data.status_quo).any() else None,
            "sources": {m: report["forecasts"][m]["source"] for m in SECTION_MODELS},
            "notes": list(mapping.notes), "issues": issues}


def red_line_of(scenario: Scenario, as_of: str, issue_id: str, label: str | None,
                value: float | None) -> list[str]:
    """Actors whose red line (in force at ``as_of``) a forecast lands on: the nearest option on
    an option issue, the value itself on a numeric issue."""
    issue = scenario.issue(issue_id)
    option = next((o.id for o in issue.options if o.label == label), None)
    out = []
    for actor in dict.fromkeys(p.actor for p in scenario.positions if p.issue == issue_id):
        p = scenario.position(actor, issue_id, as_of)
        if p is None:
            continue
        if issue.is_numeric:
            hit = value is not None and any(lo <= value <= hi for lo, hi in p.red_line_ranges)
        else:
            hit = option is not None and option in p.red_lines
        if hit:
            out.append(actor)
    return out


def _fmt(value: float | None, scale: list[float], decimals: int = 0) -> str:
    """A forecast value as the tables print it: in thousands ("691k") on a numeric issue whose
    range spans more than 1000, else as is; whole by default."""
    if value is None:
        return "-"
    if scale[1] - scale[0] > 1000:
        return f"{value / 1000:.{decimals}f}k"
    return f"{value:.{decimals}f}"


fmt_value = _fmt


def render(data: dict[str, Any], console: Console) -> None:
    headers = ["issue", *(SHORT[m] for m in SECTION_MODELS), "90% MC"]
    table = Grid(f"Forecasts as of {data['as_of']} (90% MC = the compromise model's 90 % "
                 f"interval, {data['runs']} Monte Carlo runs, seed {data['seed']})", headers,
                 justify=dict.fromkeys(range(1, len(headers)), "right"))
    for row in data["issues"]:
        mc = row["monte_carlo"]["compromise"]
        band = f"{_fmt(mc['interval90'][0], row['scale'])}–{_fmt(mc['interval90'][1], row['scale'])}"
        table.add(row["issue"], *(_fmt(row["models"][m]["value"], row["scale"])
                                  for m in SECTION_MODELS), band)
    show(console, table)
    ends = data.get("scale_ends")
    scale_text = "Scale: ordinal issues run 0-100 with the options evenly spaced in listed order"
    if ends:
        scale_text += (f"; 0 = {ends['low_name']}'s preferred end, 100 = {ends['high_name']}'s "
                       "(the actors nearest each end on average)")
    numeric = [f"{r['issue']} on {r['scale'][0]:,.0f}-{r['scale'][1]:,.0f}"
               + (" (shown in thousands, k)" if r["scale"][1] - r["scale"][0] > 1000 else "")
               for r in data["issues"] if r["scale_meaning"].startswith("own numeric")]
    if numeric:
        scale_text += "; numeric issues on their own range: " + ", ".join(numeric)
    console.print(Text(scale_text + "."))
    console.print(Text("Nearest option per model (and to the ends of the 90% MC interval):"))
    for row in data["issues"]:
        opts = {m: row["models"][m]["nearest_option"] for m in SECTION_MODELS}
        if not any(opts.values()):
            continue
        groups: dict[str, list[str]] = {}
        for m, o in opts.items():
            red = row["models"][m].get("red_line_of")
            shown = f"{o} (✗ red line of {', '.join(red)})" if o and red else o
            groups.setdefault(shown or "-", []).append(SHORT[m])
        parts = [f"{'/'.join(ms)}: {o}" for o, ms in groups.items()]
        ends90 = row["monte_carlo"]["compromise"].get("nearest_options90")
        if ends90:
            parts.append(f"90% MC: {ends90[0]}" if ends90[0] == ends90[1] else
                         f"90% MC: {ends90[0]} … {ends90[1]}")
        console.print(Text(f"  {row['issue']}: " + "; ".join(parts)))
    a = data["monte_carlo_assumptions"]
    console.print(Text(
        f"Monte Carlo assumptions: {a['distribution']} draws around the stated values; positions "
        f"±{a['position_spread_share_of_scale']:.0%} of each scale, saliences "
        f"±{a['salience_spread']:.2f}, capabilities ±{a['capability_spread_relative']:.0%}. "
        f"{data['more']}."))
    if data.get("nbs"):
        console.print(Text(data["nbs"] + "."))
    console.print(Text(f"Actors: {', '.join(data['actors'])}. comp = compromise (c·s weighted "
                       "mean), med = weighted median, NBS = Nash bargaining, EUM = expected "
                       "utility (Scholz), KTAB = KTAB SMP, exch = Stokman exchange (Equal Gain); "
                       "`accord forecast` for histories and plots."))
    for note in data["notes"]:
        console.print(Text(f"  note: {note}"))


def headline(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Where at least five of the six models land on the same option (marked with whose red line
    it is, if any), and where they do not."""
    agree: list[str] = []
    split: list[str] = []
    need = len(SECTION_MODELS) - 1
    for row in data["issues"]:
        named = [o for o in (row["models"][m]["nearest_option"] for m in SECTION_MODELS) if o]
        if not named:
            continue
        top = max(dict.fromkeys(named), key=named.count)
        # whose red line the forecasts land on (which models: in the section)
        red = dict.fromkeys(a for m in SECTION_MODELS for a in row["models"][m].get("red_line_of") or [])
        mark = f" ✗{'/'.join(red)}" if red else ""
        if named.count(top) >= need:
            agree.append(f"{row['issue']} → {top}{mark}")
        else:  # which red lines the differing models meet: in the section
            split.append(row["issue"])
    lines = []
    if agree:
        lines.append({"topic": f"forecasts agree ({need}+ of {len(SECTION_MODELS)} models; "
                               "✗X: on a red line of X)",
                      "text": "; ".join(agree) + "."})
    if split:
        lines.append({"topic": "forecasts differ", "text": "; ".join(split) + "."})
    return lines


SECTION = Section(key="forecast", title="Forecasts (spatial models)", order=30, build=build,
                  render=render, headline=headline)
