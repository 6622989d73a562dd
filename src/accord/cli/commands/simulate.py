"""`accord simulate`: the negotiation over calendar time and the odds of a deal by a date;
`accord backtest flagship`: those odds as of past dates against what happened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from accord.cli.commands.forecast import backtest_app
from accord.cli.common import DEFAULT_SCENARIO, JsonOpt, app, date_option, guard, out, print_json
from accord.cli.filters import choose
from accord.cli.outputs import output_folder
from accord.cli.progress import progress_bars
from accord.cli.scheduler import executor as scheduled
from accord.io import ScenarioFileError


def setup_for(target: str, params_file: Path | None) -> Any:
    """The scenario and its simulation setup (the built-in parameter file for a built-in
    scenario, ``--params FILE`` otherwise; generic defaults when there is none)."""
    from accord.io import load
    from accord.io.simulation import setup_for as make

    scenario = load(target)
    found = make(scenario, params_file)
    if found is None:
        raise ScenarioFileError.single(
            target,
            f"{len(scenario.parties)} actor(s) with role `party`",
            "at least two bargaining parties",
            "set `role: party` on the actors that bargain",
            loc=("actors",),
        )
    return found


@contextmanager
def _refused(what: str) -> Iterator[None]:
    """A ValueError from the simulation (no bargaining set at that date, too long a run, an
    unusable setting) becomes a clear input error with exit 2."""
    try:
        yield
    except ValueError as exc:
        raise ScenarioFileError.single(
            what,
            str(exc),
            "settings and a start date the simulation can run with",
            "see `accord simulate --help` and docs/simulate.md",
        ) from None


def _day(value: str, option: str) -> dt.date:
    text = date_option(value, option)
    parts = [int(p) for p in text.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@app.command()
def simulate(
    target: Annotated[
        str, typer.Argument(help="Built-in scenario name or a .yaml/.json file.")
    ] = DEFAULT_SCENARIO,
    until: Annotated[
        str | None,
        typer.Option(
            help="Simulate up to this date (YYYY-MM or YYYY-MM-DD; default: two years after the start). "
            "At most 10 years."
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            help="Start date: positions, reservations and timeline as known then (default: the "
            "scenario's date)."
        ),
    ] = None,
    runs: Annotated[
        int, typer.Option(help="Monte Carlo trajectories (1 to 200,000).", min=1, max=200_000)
    ] = 10_000,
    seed: Annotated[
        int, typer.Option(help="Seed: the same seed gives the same numbers.", min=0, max=2**63 - 1)
    ] = 0,
    what_if: Annotated[
        list[str],
        typer.Option(
            "--what-if",
            help="A named what-if of the scenario's parameter file (see --list-what-ifs), "
            "or PARAM=VALUE[@DATE], or pressure-on:ACTOR[@DATE]; repeatable. "
            "`all` runs every named one.",
        ),
    ] = [],  # noqa: B006
    set_: Annotated[
        list[str],
        typer.Option("--set", help="Override a parameter for the whole run: PARAM=VALUE (repeatable)."),
    ] = [],  # noqa: B006
    params: Annotated[
        Path | None,
        typer.Option(
            help="Simulation parameter file (YAML/JSON, see docs/simulate.md). Built-in scenarios "
            "use their own."
        ),
    ] = None,
    drivers: Annotated[
        bool,
        typer.Option(
            "--drivers/--no-drivers",
            help="Sensitivity analysis (Morris, then Sobol) of P(settlement within 12 months).",
        ),
    ] = True,
    list_what_ifs: Annotated[
        bool, typer.Option("--list-what-ifs", help="List the named what-ifs and parameters, then stop.")
    ] = False,
    sweep: Annotated[
        str | None,
        typer.Option(
            help="Vary one parameter: PARAM=V1,V2,... (each value with the same seed); prints "
            "P(ceasefire) and P(settlement) within 12 months per value."
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Run the sweep and the sensitivity evaluations on Dask: `threads`, `processes` or "
            "a scheduler address (tcp://host:8786). Same numbers as the local run."
        ),
    ] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Write the probability curves (PNG and SVG) into this folder.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite earlier plots in --plot.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """P(ceasefire) and P(settlement) by date with Monte Carlo intervals, where the agreed
    packages land, the expected number of rounds, the drivers and named what-ifs, each
    explained by the mechanism it moves (model and sources: docs/simulate.md).

    Example: `accord simulate --until 2027-01 --runs 10000 --seed 1 --what-if all`
    """
    with guard(), ExitStack() as stack:
        from accord.simulate.study import checked_value, with_what_ifs
        from accord.simulate.study import simulate as run_study

        setup = setup_for(target, params)
        if list_what_ifs:
            data = {
                "what_ifs": [
                    {"id": w.id, "description": w.description, "start": w.start, "mechanism": w.mechanism}
                    for w in setup.what_ifs
                ],
                "parameters": setup.params.table(),
            }
            if json_out:
                print_json(data)
            else:
                for w in setup.what_ifs:
                    out.print(f"[bold]{w.id}[/bold]: {w.description}\n  {w.mechanism}", highlight=False)
                out.print("\nParameters: " + ", ".join(p.name for p in setup.params), highlight=False)
            return
        start = _day(as_of, "--as-of") if as_of else _day(str(setup.scenario.as_of), "--as-of")
        end = _day(until, "--until") if until else start + dt.timedelta(days=730)
        if end <= start:
            raise ScenarioFileError.single(
                "--until", end.isoformat(), f"a date after {start}", "give a later --until"
            )
        ids = [w.id for w in setup.what_ifs] if what_if == ["all"] else what_if
        try:
            chosen = with_what_ifs(setup, ids)
        except ValueError as exc:
            raise ScenarioFileError.single(
                "--what-if", str(exc), "a valid what-if", "see --list-what-ifs"
            ) from None
        except KeyError as exc:
            known = ", ".join(w.id for w in setup.what_ifs) or "none"
            raise ScenarioFileError.single(
                "--what-if",
                repr(str(exc.args[0])),
                f"a named what-if ({known}), PARAM=VALUE[@DATE] or pressure-on:ACTOR[@DATE]",
                "see --list-what-ifs",
            ) from None
        overrides = {}
        for item in set_:
            name, _, value = item.partition("=")
            name = choose(
                "--set",
                name.strip(),
                [p.name for p in setup.params],
                "parameter",
                "see --list-what-ifs for the parameters",
            )
            try:
                overrides[name] = checked_value(setup.params, name, float(value), "--set")
            except ValueError:
                raise ScenarioFileError.single(
                    "--set",
                    repr(item),
                    "PARAM=NUMBER with a known parameter, within its range",
                    "see --list-what-ifs for the parameters",
                ) from None
        if plot is not None:
            output_folder(plot, "--plot", ["simulation.png", "simulation.svg"], force)
        executor = stack.enter_context(scheduled(scheduler))
        if sweep is not None:
            from accord.simulate.study import sweep as run_sweep

            name, _, values = sweep.partition("=")
            name = choose(
                "--sweep",
                name.strip(),
                [p.name for p in setup.params],
                "parameter",
                "see --list-what-ifs for the parameters",
            )
            try:
                vals = [float(v) for v in values.split(",") if v.strip()]
                if not vals:
                    raise ValueError
            except ValueError:
                raise ScenarioFileError.single(
                    "--sweep",
                    repr(sweep),
                    "PARAM=V1,V2,... with a known parameter and numbers",
                    "e.g. --sweep red_line_cost=0.2,0.5,0.8 (see --list-what-ifs)",
                ) from None
            spec = setup.params.spec(name)
            for v in vals:
                try:
                    checked_value(setup.params, name, v, "--sweep")
                except ValueError:
                    raise ScenarioFileError.single(
                        "--sweep",
                        f"{name}={v:g}",
                        f"values of {name} from {spec.low:g} to {spec.high:g}"
                        + (f" ({spec.unit})" if spec.unit else ""),
                        "give values within the parameter's range (see --list-what-ifs)",
                    ) from None
            with _refused(target):
                table = run_sweep(
                    setup, name.strip(), vals, as_of=start, until=end, runs=runs, seed=seed, executor=executor
                )
            if json_out:
                print_json(table)
                return
            out.print(f"{table['parameter']} ({table['unit']}; {table['meaning']})", highlight=False)
            for v, c, st in zip(table["values"], table["ceasefire"], table["settlement"], strict=True):
                out.print(
                    f"  {v:g}: P(ceasefire within {table['horizon']}) {c:.0%}, P(settlement) {st:.0%}",
                    highlight=False,
                )
            return
        with progress_bars() as bars, _refused(target):
            data = run_study(
                setup,
                as_of=start,
                until=end,
                runs=runs,
                seed=seed,
                what_ifs=chosen,
                overrides=overrides,
                drivers_runs=min(runs, 1000) if drivers else 0,
                executor=executor,
                progress=bars.callback("simulating"),
            )
        if plot is not None:
            from accord.report.plots.simulate import plot_curves

            data["plots"] = plot_curves(data, plot)
        if json_out:
            print_json(data)
            return
        from accord.report.sections.simulate import render

        render(data, out)


@backtest_app.command("flagship")
def backtest_flagship(
    target: Annotated[
        str, typer.Argument(help="Scenario with a parameter file that records the outcome.")
    ] = DEFAULT_SCENARIO,
    runs: Annotated[int, typer.Option(help="Trajectories per date.", min=100, max=200_000)] = 2000,
    seed: Annotated[int, typer.Option(help="Seed.", min=0, max=2**63 - 1)] = 0,
    params: Annotated[Path | None, typer.Option(help="Simulation parameter file.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """The simulation run as of 2025-03-01, 2025-06-01, 2025-09-01 and 2025-12-01 with only the
    evidence known then: P(general ceasefire within 3, 6, 12 months) against what happened,
    Brier and log scores, and published crowd forecasts beside accord's."""
    with guard():
        from accord.simulate.study import backtest

        setup = setup_for(target, params)
        with progress_bars() as bars, _refused(target):
            data = backtest(setup, runs=runs, seed=seed, progress=bars.callback("backtest dates"))
        if json_out:
            print_json(data)
            return
        from accord.report.sections.simulate import render_backtest

        render_backtest(data, out)
