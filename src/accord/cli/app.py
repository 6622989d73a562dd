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
    MergeStoreOpt,
    MergeStorePathOpt,
    ScenarioArg,
    app,
    date_option,
    guard,
    news_comparison,
    out,
    print_json,
)
from accord.io import ScenarioFileError, builtin_names, load
from accord.model import Problem, Scenario, warnings


@app.command()
def analyze(
    scenario: ScenarioArg = DEFAULT_SCENARIO,
    as_of: Annotated[str | None, typer.Option(help="Judge positions as of this date "
                                                   "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    store: MergeStoreOpt = False,
    store_path: MergeStorePathOpt = None,
    section: Annotated[list[str] | None, typer.Option(
        "--section", metavar="NAME",
        help="Show only this section (repeatable): bottom-line, actors, timeline, news, positions, "
             "changes, collisions, cross-red-lines, proposals, agreement-space, conflict, "
             "forecast, and any engine section added later. With --json, keep only these keys.")] = None,
    full: Annotated[bool, typer.Option(
        "--full", help="Show every section, the long reference tables (actors, timeline, position "
                       "changes, cross-issue red lines) included.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Analyse a scenario. The report opens with its bottom line (is there an agreement zone,
    which red lines collide, the cheapest concession, today's stable state, where the forecasts
    agree), then the sections: actors and roles, the timeline, the position matrix, the issues on
    which no option is acceptable to every party (and whose red lines collide), each proposal
    against each actor's red lines; then the agreement space (zone, cheapest concessions,
    proposals scored), the conflict's stable states and where each issue is likely to land.

    By default the long reference tables are left out (`--full` shows them).

    Example: `accord analyze` · `accord analyze --section timeline` · `accord analyze --full` ·
    `accord analyze my-talks.yaml --json` · `accord analyze --store`
    """
    with guard():
        from accord.report.terminal import section_names

        names = section_names()
        for name in section or []:
            if name not in names:
                raise ScenarioFileError.single("--section", repr(name), "one of " + ", ".join(names),
                                               f"write e.g. --section {names[1]}")
        s = load(scenario)
        date = date_option(as_of) if as_of is not None else None
        from accord.report import overview

        report = overview(s, as_of=date, news=news_comparison(s, store, store_path, date))
        if json_out:
            print_json(_only(report, section) if section else report)
            return
        from accord.report.terminal import render

        render(report, out, only=section, full=full)


def _only(report: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The JSON report cut to the named sections (the scenario header always stays)."""
    from accord.report.sections import sections

    keys = {"bottom-line": "bottom_line", "changes": "position_changes",
            "cross-red-lines": "cross_issue_red_lines"} | {s.name: s.key for s in sections()}
    wanted = {"scenario"} | {keys.get(n, n) for n in names}
    return {k: v for k, v in report.items() if k in wanted}


@app.command()
def validate(
    file: Annotated[str, typer.Argument(help="A scenario file (.yaml, .yml or .json) or a built-in name.")],
    json_out: JsonOpt = False,
) -> None:
    """Check a scenario file and list every problem with its line, field, what was found and
    what was expected. Exit code 0 when valid, 2 when not. Codings that are valid but probably
    not what the sources say (a red line that skips options further from the ideal) are listed
    as warnings and do not change the exit code.

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
            print_json({"valid": True, "file": file, "counts": _counts(s),
                        "warnings": [_warning_json(w) for w in _warnings(s)]})
        return
    with guard():
        s = load(file)
        counts = ", ".join(f"{n} {k}" for k, n in _counts(s).items())
        out.print(Text.assemble(("valid:", "green"), f" {file} ({counts})"), highlight=False)
        for w in _warnings(s):
            out.print(Text.assemble(("warning:", "yellow"), f" {w}"), highlight=False)


def _warnings(s: Scenario) -> list[Problem]:
    """The model's coding warnings and decision makers that feasibility rules freeze."""
    found = warnings(s)
    if s.conflict is not None:
        from accord.conflict import ConflictModelInvalid
        from accord.conflict.freeze import frozen_moves

        try:
            frozen = frozen_moves(s.conflict)
        except ConflictModelInvalid:
            frozen = []  # `accord conflict` reports why the model cannot be analysed
        found += [Problem(("conflict", "feasibility"), f["message"],
                          "every decision maker free to change its options unless a rule "
                          "states an impossible state", "") for f in frozen]
    return found


def _warning_json(w: Problem) -> dict[str, str]:
    return {"path": w.path, "found": w.found, "expected": w.expected, "fix": w.fix}


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
