"""`accord`: model, track and analyse multi-party peace negotiations.

Every command takes a built-in scenario name or a YAML/JSON file. Exit codes: 0 success,
2 invalid input (the message names the file, line, field and fix), 1 an internal error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.text import Text

from accord.cli.common import (
    DEFAULT_SCENARIO,
    JsonOpt,
    ScenarioArg,
    app,
    date_option,
    guard,
    out,
    print_json,
)
from accord.io import ScenarioFileError, builtin_names, load
from accord.model import Scenario


@app.command()
def analyze(
    scenario: ScenarioArg = DEFAULT_SCENARIO,
    as_of: Annotated[str | None, typer.Option(help="Judge positions as of this date "
                                                   "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    store: Annotated[bool, typer.Option(
        "--store", help="Merge the news store ($ACCORD_HOME/news.duckdb) into the timeline and "
                        "list where news and scenario disagree, each with its evidence.")] = False,
    store_path: Annotated[str | None, typer.Option(
        "--store-path", metavar="PATH", help="Merge this news store file (implies --store).")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Analyse a scenario: actors and roles, the timeline, the position matrix, the issues on
    which no option is acceptable to every party (and whose red lines collide), each proposal
    against each actor's red lines; then the agreement space (zone, cheapest concessions,
    proposals scored), the conflict's stable states and where each issue is likely to land.

    Example: `accord analyze` · `accord analyze my-talks.yaml --json` · `accord analyze --store`
    """
    with guard():
        s = load(scenario)
        date = date_option(as_of) if as_of is not None else None
        from accord.report import overview

        news = None
        if store or store_path:
            from accord.news.merge import compare
            from accord.store import Store

            news = compare(s, Store(store_path), date or s.as_of)
        report = overview(s, as_of=date, news=news)
        if json_out:
            print_json(report)
            return
        from accord.report.terminal import render

        render(report, out)


@app.command()
def validate(
    file: Annotated[str, typer.Argument(help="A scenario file (.yaml, .yml or .json) or a built-in name.")],
    json_out: JsonOpt = False,
) -> None:
    """Check a scenario file and list every problem with its line, field, what was found and
    what was expected. Exit code 0 when valid, 2 when not.

    Example: `accord validate my-talks.yaml`
    """
    if json_out:
        with guard():
            try:
                s = load(file)
            except ScenarioFileError as exc:
                print_json({"valid": False, "file": exc.source, "problems": [
                    {"line": p.line, "path": p.problem.path, "found": p.problem.found,
                     "expected": p.problem.expected, "fix": p.problem.fix} for p in exc.problems]})
                raise typer.Exit(2) from None
            print_json({"valid": True, "file": file, "counts": _counts(s)})
        return
    with guard():
        s = load(file)
        counts = ", ".join(f"{n} {k}" for k, n in _counts(s).items())
        out.print(Text.assemble(("valid:", "green"), f" {file} ({counts})"), highlight=False)


def _counts(s: Scenario) -> dict[str, int]:
    return {k: len(getattr(s, k)) for k in ("actors", "persons", "issues", "positions", "red_lines",
                                             "proposals", "events", "documents")}


@app.command()
def schema() -> None:
    """Print the JSON Schema of scenario files (for editors and validators).

    Example: `accord schema > scenario.schema.json`
    """
    print_json(Scenario.model_json_schema())


@app.command("list")
def list_scenarios(json_out: JsonOpt = False) -> None:
    """List the built-in scenarios with their titles and dates."""
    with guard():
        rows = []
        for name in builtin_names():
            s = load(name)
            rows.append({"name": name, "title": s.title, "as_of": s.as_of, "actors": len(s.actors),
                         "events": len(s.events)})
        if json_out:
            print_json(rows)
            return
        for r in rows:
            out.print(Text.assemble((str(r["name"]), "cyan"), f"  {r['title']} (as of {r['as_of']}; "
                                    f"{r['actors']} actors, {r['events']} events)"), highlight=False)


def _version(value: bool) -> None:
    if value:
        from accord import __version__

        out.print(f"accord {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Model, track and analyse multi-party peace negotiations."""


def main() -> None:
    """Entry point of the `accord` script."""
    run: Callable[..., Any] = app
    run()
