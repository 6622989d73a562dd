"""The forecast section of `accord analyze`: per issue, each spatial model's forecast and the
Monte Carlo interval (seeded), on the scale given by the documented mapping rule
(:mod:`accord.forecast.flagship`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.model import Scenario
from accord.report.sections import Section

SECTION_MODELS = ("compromise", "median", "nbs", "eum", "ktab", "exchange")
MC_MODELS = ("compromise", "eum", "ktab")
RUNS = 500
SEED = 0


def build(scenario: Scenario, as_of: str) -> dict[str, Any] | None:
    from accord.forecast.flagship import scenario_input
    from accord.forecast.inputs import InputError
    from accord.forecast.summary import forecast_report

    try:
        mapping = scenario_input(scenario, as_of)
    except InputError:
        return None   # nothing to forecast: no issue with two actors that have a capability
    report = forecast_report(mapping.data, SECTION_MODELS, RUNS, SEED, mc_models=MC_MODELS)
    issues = []
    for dim in mapping.data.dimensions:
        row: dict[str, Any] = {"issue": dim, "scale": report["input"]["scale"][dim], "models": {}}
        for model in SECTION_MODELS:
            value = report["forecasts"][model]["values"][dim]
            row["models"][model] = {"value": value,
                                    "nearest_option": mapping.nearest_option(dim, value)
                                    if value is not None else None}
        row["monte_carlo"] = {m: report["monte_carlo"]["models"][m]["issues"][dim]
                              for m in MC_MODELS}
        issues.append(row)
    return {"as_of": as_of, "actors": list(mapping.data.actors), "runs": RUNS, "seed": SEED,
            "rule": "ordinal options evenly spaced on 0-100 in listed order; numeric issues on "
                    "their own range; capability and salience from the scenario",
            "sources": {m: report["forecasts"][m]["source"] for m in SECTION_MODELS},
            "notes": list(mapping.notes), "issues": issues}


def _fmt(value: float | None, scale: list[float]) -> str:
    if value is None:
        return "-"
    return f"{value / 1000:.0f}k" if scale[1] - scale[0] > 1000 else f"{value:.0f}"


def render(data: dict[str, Any], console: Console) -> None:
    table = Table(title=Text(f"Forecasts as of {data['as_of']} ({data['runs']} Monte Carlo runs, "
                             f"seed {data['seed']}; 90% MC = compromise's 90 % interval)"), show_lines=False)
    table.add_column("issue", no_wrap=True)
    short = {"compromise": "comp", "median": "med", "nbs": "NBS", "eum": "EUM", "ktab": "KTAB",
             "exchange": "exch"}
    for model in SECTION_MODELS:
        table.add_column(short[model], justify="right", no_wrap=True, min_width=4)
    table.add_column("90% MC", justify="right", no_wrap=True)
    for row in data["issues"]:
        scale = row["scale"]
        mc = row["monte_carlo"]["compromise"]
        band = f"{_fmt(mc['interval90'][0], scale)}–{_fmt(mc['interval90'][1], scale)}"
        table.add_row(Text(row["issue"]),
                      *(Text(_fmt(row["models"][m]["value"], scale)) for m in SECTION_MODELS),
                      Text(band))
    console.print(table)
    console.print(Text("Nearest option to the compromise forecast: " + "; ".join(
        f"{row['issue']}: {row['models']['compromise']['nearest_option']}"
        for row in data["issues"] if row["models"]["compromise"]["nearest_option"])))
    console.print(Text(f"Scale rule: {data['rule']}. Actors: {', '.join(data['actors'])}. "
                       "comp = compromise (c·s weighted mean), med = weighted median, NBS = Nash "
                       "bargaining, EUM = expected utility (Scholz), KTAB = KTAB SMP, exch = "
                       "Stokman exchange "
                       "(Equal Gain); `accord forecast` for histories and plots."))
    for note in data["notes"]:
        console.print(Text(f"  note: {note}"))


SECTION = Section(key="forecast", title="Forecasts (spatial models)", order=30, build=build,
                  render=render)
