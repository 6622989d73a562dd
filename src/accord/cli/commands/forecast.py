"""`accord forecast` (spatial forecasting models on a scenario or a model input file) and
`accord backtest deu` (the models scored on DEU III)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from accord.cli.common import DEFAULT_SCENARIO, JsonOpt, app, date_option, guard, out, print_json
from accord.cli.filters import choose
from accord.cli.scheduler import SCHEDULER_HELP
from accord.cli.scheduler import executor as scheduled

MODEL_CHOICES = ("compromise", "median", "nbs", "eum", "ktab", "exchange", "all")

backtest_app = typer.Typer(help="Score the forecasting models against known outcomes.",
                           no_args_is_help=True)
app.add_typer(backtest_app, name="backtest")


def _bad(source: str, found: str, expected: str, fix: str) -> Exception:
    from accord.io import ScenarioFileError

    return ScenarioFileError.single(source, found, expected, fix)


MAX_RUNS = 100_000
"""Most Monte Carlo runs per command: 10,000 already pin the 90 % interval bounds to well
within 1 % of an issue's scale, and 1,000,000 ran for many minutes."""
MAX_CUBIC_ACTORS = 200
"""Most actors for the EUM and KTAB through the CLI: both hold actors^3 arrays (about 1 GB and
45 s at 200 actors, past 4 GB at 400)."""


def _check_limits(source: str, models: tuple[str, ...], runs: int, n_actors: int) -> None:
    """Refuse work beyond the limits stated in `--help`, before any model runs."""
    if runs > MAX_RUNS:
        raise _bad("--runs", f"{runs:,} runs", f"at most {MAX_RUNS:,} Monte Carlo runs",
                   "use fewer runs (10,000 give stable 90 % intervals)")
    cubic = [m for m in models if m in ("eum", "ktab")]
    if cubic and n_actors > MAX_CUBIC_ACTORS:
        raise _bad(source, f"{n_actors} actors for {' and '.join(cubic)}",
                   f"at most {MAX_CUBIC_ACTORS} actors for the EUM and KTAB (their memory grows "
                   "with the cube of the number of actors)",
                   "merge minor actors into blocs, or choose -m compromise,median,nbs,exchange")


def _models(values: list[str]) -> tuple[str, ...]:
    chosen: list[str] = []
    for v in values:
        for part in v.split(","):
            p = choose("--model", part.strip(), MODEL_CHOICES, "model")
            chosen.extend(MODEL_CHOICES[:-1] if p == "all" else [p])
    return tuple(dict.fromkeys(chosen))


@app.command()
def forecast(
    target: Annotated[str, typer.Argument(
        help="Built-in scenario, scenario file (.yaml/.json), or a model input file: KTAB CSV, "
             "EUM CSV (Actor,Capability,Position,Salience) or Decide file.")] = DEFAULT_SCENARIO,
    model: Annotated[list[str], typer.Option(
        "--model", "-m", help="compromise, median, nbs, eum, ktab, exchange or all; repeat or "
                              "separate with commas.")] = ["all"],  # noqa: B006
    runs: Annotated[int | None, typer.Option(
        help=f"Monte Carlo runs, 1 to {MAX_RUNS:,} (without --runs: none).")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the Monte Carlo draws (0 or more).", min=0,
                                      max=2**63 - 1)] = 0,
    file_format: Annotated[str, typer.Option(
        "--format", help="Layout of TARGET: auto (recognised from the content), ktab, eum, "
                         "decide or scenario.")] = "auto",
    position_spread: Annotated[float, typer.Option(
        help="Monte Carlo spread of positions, as a share of each issue's scale.", min=0.0,
        max=1.0)] = 0.1,
    salience_spread: Annotated[float, typer.Option(help="Spread of saliences (0-1 units).",
                                                   min=0.0, max=1.0)] = 0.1,
    capability_spread: Annotated[float, typer.Option(
        help="Relative spread of capabilities (0.25 = +-25 %).", min=0.0, max=10.0)] = 0.25,
    distribution: Annotated[str, typer.Option(
        help="triangular (mode at the stated value), uniform, or normal (spread = sd).")]
    = "triangular",
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date of the positions "
                                                               "(scenarios).")] = None,
    salience_scale: Annotated[str, typer.Option(
        help="Salience scale of an EUM CSV: unit (0-1) or percent (0-100).")] = "unit",
    history: Annotated[bool, typer.Option(
        help="Show the round-by-round histories (EUM rounds, exchanges); kept in --json.")]
    = False,
    option: Annotated[list[str] | None, typer.Option(
        "--option", "-o", help="A model parameter as MODEL.NAME=VALUE, e.g. eum.q=0.5, "
        "eum.selection=least_move, ktab.pce_model=markov_uniform, exchange.rounds=1; repeat.")]
    = None,
    sweep: Annotated[str | None, typer.Option(
        help="Sweep one parameter: MODEL.NAME=V1,V2,... (e.g. eum.q=1,0.75,0.5) or "
             "capability.ACTOR=F1,F2,... (multiply an actor's capability) with the first model "
             "of --model.")] = None,
    plot: Annotated[Path | None, typer.Option(help="Write one plot per issue into DIR.",
                                              metavar="DIR")] = None,
    plot_format: Annotated[str, typer.Option(help="png or svg.")] = "png",
    scheduler: Annotated[str | None, typer.Option(help=SCHEDULER_HELP)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite earlier plots in --plot DIR "
                                                        "(otherwise refused before any work).")]
    = False,
    json_out: JsonOpt = False,
) -> None:
    """Forecast where each issue lands: every model's forecast and, with --runs, Monte Carlo
    intervals (median, 50 % and 90 %) over uncertain positions, saliences and capabilities.

    Limits: at most 100,000 Monte Carlo runs; the EUM and KTAB take at most 200 actors (their
    memory grows with the cube of the number of actors), the other models any number."""
    with guard():
        from accord.forecast.inputs import InputError
        from accord.forecast.summary import forecast_report
        from accord.interop.spatial import FORMATS, LAYOUTS, read_decide, read_eum, read_ktab, sniff

        if runs is not None and runs < 1:
            raise _bad("--runs", f"{runs:,}", f"1 to {MAX_RUNS:,} Monte Carlo runs",
                       "give --runs from 1 up, or leave --runs out for no Monte Carlo")
        runs = runs or 0
        models = _models(model)
        _check_limits(target, models, runs, 0)
        file_format = choose("--format", file_format, FORMATS, "layout")
        distribution = choose("--distribution", distribution, ("triangular", "uniform", "normal"),
                              "distribution")
        salience_scale = choose("--salience-scale", salience_scale, ("unit", "percent"), "scale")
        plot_format = plot_format.lower()
        if plot is not None:
            _check_plot_target(plot, plot_format)
        labels: dict[str, list[tuple[float, str]]] = {}
        units: dict[str, str] = {}
        path = Path(target)
        kind = sniff(path) if path.is_file() else "scenario"
        if file_format != "auto":
            kind = file_format  # type: ignore[assignment]
        if kind == "unknown":
            with path.open("rb") as fh:
                head = fh.readline(4096).decode("utf-8", "replace")
            semicolons = head.count(";") >= 2 and head.count(",") < 2
            raise _bad(target, "a table in none of the model input layouts"
                       + (" (its fields are separated by ';')" if semicolons else ""),
                       f"one of: {LAYOUTS}",
                       "save the file with ',' as the separator" if semicolons else
                       "fix the header (e.g. Actor,Capability,Position,Salience) or name the "
                       "layout with --format ktab|eum|decide|scenario")
        if kind == "deu":
            raise _bad(target, "a DEU III file", "a scenario or a model input file",
                       "score models on DEU III with `accord backtest deu --data FILE`")
        if kind == "ktab":
            data = read_ktab(path)
        elif kind == "eum":
            data = read_eum(path, "unit" if salience_scale == "unit" else "percent")
        elif kind == "decide":
            data = read_decide(path)
        else:
            import accord
            from accord.forecast.flagship import scenario_input
            if as_of is not None:
                as_of = date_option(as_of)
            scenario = accord.load(target)
            try:
                mapping = scenario_input(scenario, as_of)
            except InputError as exc:
                raise _bad(target, str(exc), "positions and actor capabilities",
                           "add them to the scenario") from None
            data, labels = mapping.data, mapping.labels
            units = {i.id: i.unit for i in scenario.issues if i.unit}
        _check_limits(target, models, runs, data.n_actors)
        if plot is not None:
            _check_plot_target(plot, plot_format, tuple(data.dimensions), force)
        from accord.forecast.montecarlo import Uncertainty

        unc = Uncertainty.uniform_spread(data, position_spread, salience_spread,
                                         capability_spread, distribution)  # type: ignore[arg-type]
        opts = _options(option or [])
        from accord.cli.progress import progress_bars

        with progress_bars() as bars:
            def tick(model_name: str, done: int, total: int) -> None:
                bars.callback(f"Monte Carlo {model_name}")(done, total)

            with scheduled(scheduler) as executor:
                try:
                    report = forecast_report(data, models, runs, seed, uncertainty=unc,
                                             history=history, options=opts, progress=tick,
                                             executor=executor)
                except InputError as exc:
                    raise _bad(target, str(exc), "usable model input", "fix the data") from None
                if sweep is not None:
                    report["sweep"] = _sweep(data, models[0], sweep, opts, executor, bars.callback(
                        f"sweep {sweep.split('=', 1)[0]}"))
        if plot is not None:
            from accord.report.plots.forecast import plot_issues

            w = data.capability[:, None] * data.salience
            pts = {d: [(a, float(data.position[i, k]), float(w[i, k]))
                       for i, a in enumerate(data.actors) if data.present[i, k]]
                   for k, d in enumerate(data.dimensions)}
            try:
                files = plot_issues(report, pts, plot, plot_format, labels, units)
            except OSError as exc:
                raise _bad(str(plot), f"cannot write the plots ({exc.strerror})",
                           "a writable directory", "choose another --plot DIR") from None
            report["plots"] = [str(f) for f in files]
        if labels:
            report["options"] = _options_meaning(report, labels)
        if json_out:
            print_json(_finite(report))
            return
        _render(report)


def _options_meaning(report: dict[str, Any], labels: dict[str, list[tuple[float, str]]],
                     ) -> dict[str, Any]:
    """What a scenario's forecast numbers mean: each ordinal issue's ends and every model's
    nearest option (`accord.forecast.flagship.nearest_label`, as analyze and compare read it).
    `accord forecast` printed "territory.donbas compromise 45.63 · eum 50.00" with no word on
    what 0 or 100 is, nor which option 45.63 lands on."""
    from accord.forecast.flagship import nearest_label
    out: dict[str, Any] = {}
    for dim, marks in labels.items():
        if dim not in report["input"]["dimensions"] or not marks:
            continue
        nearest = {}
        for model, result in report["forecasts"].items():
            value = result["values"].get(dim)
            label = nearest_label(marks, value) if value is not None else None
            if label is not None:
                nearest[model] = label
        out[dim] = {"scale": f"0 = {marks[0][1]}, 100 = {marks[-1][1]} (the {len(marks)} "
                             "options evenly spaced in listed order)",
                    "nearest_option": nearest}
    return out


def _finite(value: Any) -> Any:
    """`value` with every NaN or infinite float replaced by None (JSON has no NaN)."""
    import math

    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _check_plot_target(plot: Path, plot_format: str, dimensions: tuple[str, ...] = (),
                       force: bool = False) -> None:
    """Refuse an unusable --plot DIR or --plot-format before any model runs (with the issues'
    `dimensions`, also earlier plots of them unless `force`)."""
    from accord.cli.outputs import output_folder
    from accord.report.plots.forecast import FORMATS, plot_name

    choose("--plot-format", plot_format, FORMATS, "plot format")
    output_folder(plot, "--plot", [plot_name(d, plot_format) for d in dimensions], force)


def _sweep(data: Any, model: str, spec: str, opts: dict[str, Any],
           executor: Any = None,
           progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Run `model` once per value of one parameter (on `executor` when given); JSON-ready
    rows; `progress(done, total)` as the values' results come in."""
    import dataclasses

    from accord.forecast.montecarlo import sweep_capability, sweep_options

    if "=" not in spec or "." not in spec.split("=", 1)[0]:
        raise _bad("--sweep", repr(spec), "MODEL.NAME=V1,V2,... or capability.ACTOR=F1,F2,...",
                   "e.g. --sweep eum.q=1,0.75,0.5")
    key, raw = spec.split("=", 1)
    what, name = key.split(".", 1)
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if not values or len(values) > 200:
        raise _bad("--sweep", repr(raw), "1 to 200 comma-separated values", "list the values")
    rows = []
    if what == "capability":
        if name not in data.actors:
            raise _bad("--sweep", repr(name), f"an actor: {', '.join(data.actors)}",
                       "check the actor id")
        try:
            factors = [float(v) for v in values]
        except ValueError:
            raise _bad("--sweep", repr(raw), "numbers", "give factors like 0.5,1,2") from None
        if any(not 0 < f <= 1e6 for f in factors):
            raise _bad("--sweep", repr(raw), "factors above 0 and at most 1e6",
                       "give positive finite factors")
        for f, res in sweep_capability(data, model, name, factors, executor):
            rows.append({"value": f, "forecast": dict(zip(data.dimensions, map(float, res),
                                                          strict=True))})
            if progress is not None:
                progress(len(rows), len(factors))
    else:
        if what != model:
            raise _bad("--sweep", repr(what), f"the first --model ({model})",
                       "sweep a parameter of the model you forecast with")
        from accord.io import ScenarioFileError

        option_sets = []
        for v in values:
            try:
                one = _options([*(f"{m}.{f.name}={getattr(o, f.name)}" for m, o in opts.items()
                                  for f in dataclasses.fields(o) if m == what and f.name != name),
                                f"{what}.{name}={v}"])
            except ScenarioFileError as exc:
                problem = exc.problems[0].problem
                raise _bad("--sweep", problem.found, problem.expected, problem.fix) from None
            option_sets.append(one.get(what))
        for v, res in zip(values, sweep_options(data, model, option_sets, executor), strict=True):
            rows.append({"value": v, "forecast": dict(zip(data.dimensions, map(float, res),
                                                          strict=True))})
            if progress is not None:
                progress(len(rows), len(values))
    return {"model": model, "parameter": key, "rows": rows}


def _options(items: list[str]) -> dict[str, Any]:
    """Parse MODEL.NAME=VALUE items into option dataclasses, with clear messages."""
    import dataclasses
    import enum
    import typing

    from accord.forecast import eum, exchange, ktab
    from accord.forecast.inputs import out_of_range
    from accord.forecast.options import RANGES

    bases: dict[str, Any] = {"eum": eum.EumOptions(), "ktab": ktab.KtabOptions(),
                             "exchange": exchange.ExchangeOptions()}
    changes: dict[str, dict[str, Any]] = {}
    for item in items:
        if "=" not in item or "." not in item.split("=", 1)[0]:
            raise _bad("--option", repr(item), "MODEL.NAME=VALUE", "e.g. --option eum.q=0.5")
        key, raw = item.split("=", 1)
        model, name = key.split(".", 1)
        if model not in bases:
            raise _bad("--option", repr(model), f"one of {', '.join(bases)}",
                       "only these models take parameters")
        fields = {f.name: f for f in dataclasses.fields(bases[model])}
        if name not in fields:
            raise _bad("--option", repr(name), f"a {model} parameter: {', '.join(fields)}",
                       "check the spelling")
        hints = typing.get_type_hints(type(bases[model]))
        kind = hints[name]
        current = getattr(bases[model], name)
        try:
            if isinstance(current, enum.Enum):
                value: Any = type(current)(raw)
            elif isinstance(current, bool):
                value = raw.lower() in ("1", "true", "yes")
            elif isinstance(current, int):
                value = int(raw)
            elif isinstance(current, float):
                value = float(raw)
            else:
                choices = typing.get_args(kind)
                if choices and raw not in choices:
                    raise ValueError(f"one of {', '.join(map(str, choices))}")
                value = raw
        except ValueError:
            allowed: list[Any] = [e.value for e in type(current)] \
                if isinstance(current, enum.Enum) else \
                (list(typing.get_args(kind)) or [type(current).__name__])
            raise _bad("--option", f"{key}={raw!r}", f"{', '.join(map(str, allowed))}",
                       "give a valid value") from None
        bounds = RANGES.get(model, {}).get(name)
        if bounds is not None and out_of_range(float(value), bounds):
            raise _bad("--option", f"{key}={raw}", f"a value from {bounds[0]:g} to {bounds[1]:g}",
                       f"give {key} within its valid range")
        changes.setdefault(model, {})[name] = value
    return {m: dataclasses.replace(bases[m], **kw) for m, kw in changes.items()}


def _render(report: dict[str, Any]) -> None:
    from accord.report.layout import Grid, paragraph, show

    inp = report["input"]
    models = list(report["forecasts"])
    right = dict.fromkeys(range(1, len(models) + 1), "right")
    table = Grid(f"Forecasts for {inp['name']} ({len(inp['actors'])} actors)",
                 ["issue", *models], justify=right)
    for d in inp["dimensions"]:
        table.add(d, *("-" if v is None else f"{v:.2f}"
                       for v in (report["forecasts"][m]["values"][d] for m in models)))
    show(out, table)
    mc = report.get("monte_carlo")
    if mc:
        t2 = Grid("Monte Carlo: median [50 %] [90 %]", ["issue", *mc["models"]])
        for d in inp["dimensions"]:
            cells: list[str | list[str]] = []
            for m in mc["models"]:
                s = mc["models"][m]["issues"][d]
                if s["median"] is None:
                    cells.append("no valid run")
                    continue
                cells.append([f"{s['median']:.2f}",
                              f"[{s['interval50'][0]:.2f}, {s['interval50'][1]:.2f}]",
                              f"[{s['interval90'][0]:.2f}, {s['interval90'][1]:.2f}]"])
            t2.add(d, *cells)
        show(out, t2)
    meaning = report.get("options")
    if meaning:
        out.print(Text("What the numbers mean: each issue's scale and every model's nearest "
                       "option (numeric issues are on their own range)"))
        for d, m in meaning.items():
            groups: dict[str, list[str]] = {}
            for model, option in m["nearest_option"].items():
                groups.setdefault(option, []).append(model)
            paragraph(out, f"{d}: {m['scale']}; nearest: "
                           + "; ".join(f"{'/'.join(ms)}: {o}" for o, ms in groups.items()), 2)
    for m in models:
        paragraph(out, f"{m}: {report['forecasts'][m]['source']}")
    for note in inp["notes"]:
        paragraph(out, f"note: {note}")
    sw = report.get("sweep")
    if sw:
        # one row per issue, one column per swept value: issues outnumber values, and the
        # table turns into per-issue blocks when the values do not fit the width
        values = [str(row["value"]) for row in sw["rows"]]
        t3 = Grid(f"Sweep of {sw['parameter']} ({sw['model']}): forecast at each value",
                  ["issue", *values], justify=dict.fromkeys(range(1, len(values) + 1), "right"))
        for d in inp["dimensions"]:
            t3.add(d, *(f"{row['forecast'][d]:.2f}" for row in sw["rows"]))
        show(out, t3)
    for m in models:
        _render_history(m, report["forecasts"][m].get("history"), inp["dimensions"])
    for f in report.get("plots", []):
        out.print(Text(f"wrote {f}"))


def _render_history(model: str, history: Any, dimensions: list[str]) -> None:
    """Round-by-round histories: per issue the position each round settles on (EUM, and any
    model whose rounds carry a median), or the exchanges of each round (exchange model)."""
    from accord.report.layout import Grid, paragraph, show

    if not history:
        return
    if isinstance(history, dict):
        t = Grid(f"{model}: position after each round (median of the actors)", ["issue", "rounds"])
        for d in dimensions:
            rounds = history.get(d) or []
            t.add(d, [f"r{r['round']} {r['median']:.1f}" for r in rounds if "median" in r]
                  or "no rounds")
        show(out, t)
        return
    out.print(Text(f"{model}: exchanges in each round", style="bold"))
    for k, round_ in enumerate(history, start=1):
        for ex in round_:
            moves = "; ".join(f"{m['actor']} moves {m['issue']} {m['from']:.1f} → {m['to']:.1f}"
                              for m in ex.get("moves", []))
            paragraph(out, f"round {k}: {' and '.join(ex.get('actors', []))}: {moves} "
                           f"(gain {ex.get('equal_gain', 0):.2f} each)", 2)


def _bundled() -> tuple[Path, Path]:
    from importlib.resources import files

    base = files("accord.forecast") / "data"
    return Path(str(base / "deu3.csv")), Path(str(base / "council_weights.csv"))


@backtest_app.command("deu")
def backtest_deu(
    data: Annotated[Path | None, typer.Option(
        help="DEU III table (tab-separated, as in blksv/predictioneers_game deu3.csv); default: "
             "the copy shipped with accord.")] = None,
    weights: Annotated[Path | None, typer.Option(
        help="Council weights CSV (code, pre-Nice votes, Nice votes, 2019 population).")] = None,
    model: Annotated[list[str], typer.Option("--model", "-m", help="Models to score.")]
    = ["all"],  # noqa: B006
    bootstrap: Annotated[int, typer.Option(help="Bootstrap resamples.", min=100,
                                           max=1_000_000)] = 10_000,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap (0 or more).", min=0,
                                      max=2**63 - 1)] = 0,
    scheduler: Annotated[str | None, typer.Option(help=SCHEDULER_HELP)] = None,
    json_out: JsonOpt = False,
) -> None:
    """Run every model over DEU III (EU legislative decisions with known outcomes) and report
    MAE, median absolute error and a paired bootstrap of each model against the compromise
    model (capability x salience weighted mean, Council weights)."""
    with guard():
        from accord.forecast.backtest import run_backtest
        from accord.interop.spatial import read_council_weights, read_deu

        default_data, default_weights = _bundled()
        data_path = data or default_data
        weights_path = weights or default_weights
        for p, what in ((data_path, "--data"), (weights_path, "--weights")):
            if not p.is_file():
                raise _bad(str(p), "no such file", "the DEU III table and the Council weights",
                           f"pass the file with {what} PATH")
        models = _models(model)
        deu = read_deu(data_path)
        council = read_council_weights(weights_path)
        from accord.cli.progress import progress_bars

        with progress_bars() as bars, scheduled(scheduler) as executor:
            bar = bars.callback(f"scoring {len(deu.issues)} DEU III issues",
                                note=lambda: f"model {begun[-1]}" if begun else "")
            begun: list[str] = []

            def started(model_name: str) -> None:
                bar(len(begun), len(models))
                begun.append(model_name)

            result = run_backtest(deu, council, models, bootstrap, seed, progress=started,
                                  executor=executor)
        if json_out:
            print_json(result)
            return
        table = Table(title=Text(f"DEU III backtest ({result['issues_with_outcome']} issues with "
                                 "an outcome; errors on 0-100)"))
        for col in ("method", "n", "MAE", "median AE"):
            table.add_column(col, justify="left" if col == "method" else "right")
        for name, s in result["models"].items():
            table.add_row(Text(f"model: {name}"), str(s["n"]), f"{s['mae']:.2f}",
                          f"{s['median_ae']:.2f}")
        for name, s in result["baselines"].items():
            table.add_row(Text(f"baseline: {name}"), str(s["n"]), f"{s['mae']:.2f}",
                          f"{s['median_ae']:.2f}")
        out.print(table)
        t2 = Table(title=Text(f"Paired bootstrap vs compromise (Council weights), {bootstrap} "
                              f"resamples, seed {seed}"))
        for col in ("model", "n", "MAE difference", "95 % interval", "P(model better)"):
            t2.add_column(col, justify="left" if col == "model" else "right")
        for b in result["bootstrap_vs_compromise"]:
            t2.add_row(Text(b["model"]), str(b["n"]), f"{b['difference']:+.2f}",
                       f"[{b['ci95'][0]:+.2f}, {b['ci95'][1]:+.2f}]", f"{b['p_better']:.3f}")
        out.print(t2)
        split = result.get("nbs")
        if split:
            out.print(Text(f"NBS: {split['issues_with_rp']} issues with a reference point rp "
                           f"(nbs_rp; {split['no_bargaining_set']} of them without a bargaining "
                           f"set, not scored), {split['issues_without_rp']} without "
                           f"(nbs_no_rp, = compromise). {split['note']}."))
        out.print(Text(f"Data: {result['source']}"))
