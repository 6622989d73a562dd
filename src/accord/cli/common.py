"""What every `accord` command shares: the typer app, the consoles, the error guard that turns bad
input into a clear message with exit code 2, JSON printing and common argument types."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from accord.io import ScenarioFileError

DEFAULT_SCENARIO = "ukraine-2022-2026"

app = typer.Typer(
    name="accord",
    help=(
        "Model, track and analyse multi-party peace negotiations.\n\n"
        "Start with `accord analyze` (the built-in Russia–Ukraine scenario), `accord list` for "
        "built-in scenarios, `accord validate FILE` to check your own scenario and "
        "`accord schema` for the format. Add --json for machine-readable output."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="markdown",
)

out = Console()
err = Console(stderr=True)

ScenarioArg = Annotated[
    str,
    typer.Argument(help="Built-in scenario name (see `accord list`) or a .yaml/.json file.",
                   show_default=True),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of tables.")]


@contextmanager
def guard() -> Iterator[None]:
    """Turn bad input into a clear message and exit code 2; never show a traceback unless
    ACCORD_DEBUG is set."""
    try:
        yield
    except ScenarioFileError as exc:
        count = len(exc.problems)
        err.print(Text.assemble(("error:", "bold red"), f" {exc.source} is not valid "
                                f"({count} problem{'s' if count != 1 else ''}):"), highlight=False)
        for p in exc.problems:
            err.print(f"  {p.render(exc.source)}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:
        if os.environ.get("ACCORD_DEBUG"):
            raise
        err.print(Text.assemble(("internal error:", "bold red"), f" {type(exc).__name__}: {exc}\n"
                                "This is a bug in accord; rerun with ACCORD_DEBUG=1 for the traceback."),
                  highlight=False)
        raise typer.Exit(1) from None


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def date_option(value: str, option: str = "--as-of") -> str:
    """A partial date given on the command line (YYYY, YYYY-MM or YYYY-MM-DD), or a
    ScenarioFileError naming the option and showing the form it takes."""
    from accord.model.dates import parse_partial_date

    try:
        return parse_partial_date(value)
    except ValueError as exc:
        raise ScenarioFileError.single(option, repr(value), str(exc),
                                       f"write e.g. {option} 2025-12") from None
