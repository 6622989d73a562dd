"""What every `accord` command shares: the typer app, the consoles, the error guard that turns bad
input into a clear message with exit code 2, JSON printing and common argument types."""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from accord.io import ScenarioFileError

DEFAULT_SCENARIO = "ukraine-2022-2026"

class AccordGroup(TyperGroup):
    """The `accord` command group. With `--json` anywhere on the command line, a usage error
    that click finds before a command runs (a missing argument, a number out of its range) is
    JSON on stderr too, with click's exit code 2."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        token = _json_mode.set("--json" in argv)
        try:
            if not _json_mode.get() or not standalone_mode:
                return super().main(argv, prog_name, complete_var, standalone_mode,
                                    windows_expand_args, **extra)
            try:
                code = super().main(argv, prog_name, complete_var, False, windows_expand_args,
                                    **extra)
            except typer.Abort:
                sys.exit(1)
            except typer.TyperException as exc:  # click's usage errors (typer's copy of click)
                print_error_json(usage_error_json(exc))
                sys.exit(getattr(exc, "exit_code", 2))
            sys.exit(code if isinstance(code, int) else 0)
        finally:
            _json_mode.reset(token)

    def invoke(self, ctx: Any) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe shows here, not at exit as "Exception ignored"
            return result
        except typer.BadParameter as exc:
            _with_range(exc)
            raise
        except BrokenPipeError:
            closed_pipe()
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                closed_pipe()
            raise


CLOSED_PIPE_EXIT = 141
"""Exit code of a command whose reader closed the pipe early (`accord analyze | head -1`):
128 + SIGPIPE, the status a shell reports for `yes | head -1`."""


def closed_pipe() -> NoReturn:
    """End quietly: the reader stopped reading, which is not an error of accord's. Standard
    output goes to /dev/null first, so the interpreter's last flush cannot complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (a test runner's captured output)
        pass
    sys.exit(CLOSED_PIPE_EXIT)


def _with_range(exc: typer.BadParameter) -> None:
    """A bad value of a bounded option names the whole allowed range, not only the bound it
    crossed ("Input should be greater than or equal to 1" -> "... (allowed: 1 to 200,000)")."""
    param = exc.param
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if (low is None and high is None) or "(allowed:" in exc.message:
        return

    def shown(x: Any) -> str:
        return f"{x:,}" if isinstance(x, int) else f"{x:g}"

    if low is not None and high is not None:
        allowed = f"{shown(low)} to {shown(high)}"
    elif low is not None:
        allowed = f"at least {shown(low)}"
    else:
        allowed = f"at most {shown(high)}"
    exc.message = f"{exc.message.rstrip('.')} (allowed: {allowed})"


_json_mode: ContextVar[bool] = ContextVar("accord_json_mode", default=False)
"""Whether the command line being run has `--json` (set by `AccordGroup.main`)."""


def usage_error_json(exc: Exception) -> dict[str, Any]:
    """The JSON form of a command-line usage error found by click (exit code 2)."""
    param = getattr(exc, "param", None)
    field = None
    if param is not None:
        field = param.opts[0] if param.opts and param.param_type_name == "option" else \
            (param.human_readable_name if param is not None else None)
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "accord"
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return {"error": {"file": None, "line": None, "field": field, "found": message,
                      "expected": f"a valid command line (see `{command} --help`)",
                      "fix": f"correct {field or 'the command line'}; `{command} --help` lists "
                             "every option and its values", "problems": []}}


app = typer.Typer(
    name="accord",
    cls=AccordGroup,
    help=(
        "Model, track and analyse multi-party peace negotiations.\n\n"
        "Start with `accord analyze` (the built-in Russia–Ukraine scenario), `accord list` for "
        "built-in scenarios, `accord validate FILE` to check your own scenario and "
        "`accord schema` for the format. Add --json for machine-readable output (errors "
        "too, on stderr). Exit codes: 0 success, 2 invalid input, 1 internal error."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="markdown",
)

class _Console(Console):
    """rich's console, ending a command whose reader closed the pipe as `closed_pipe` does (rich
    itself exits with code 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        closed_pipe()


out = _Console()
err = _Console(stderr=True)

ScenarioArg = Annotated[
    str,
    typer.Argument(help="Built-in scenario name (see `accord list`) or a .yaml/.json file.",
                   show_default=True),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of tables; "
                                                      "errors too, as {\"error\": {file, line, field, "
                                                      "found, expected, fix}} on stderr.")]
MergeStoreOpt = Annotated[bool, typer.Option(
    "--store", help="Merge the news store ($ACCORD_HOME/news.duckdb) into the timeline and list "
                    "where news and scenario disagree, each with its evidence.")]
MergeStorePathOpt = Annotated[str | None, typer.Option(
    "--store-path", metavar="PATH", help="Merge this news store file (implies --store).")]
"""`accord analyze` and `accord report` share these, so their news options cannot drift apart."""

StorePathOpt = Annotated[str | None, typer.Option(
    "--store-path", metavar="PATH", help="Store file (default: $ACCORD_HOME/news.duckdb, "
                                         "ACCORD_HOME defaulting to ~/.local/share/accord).")]
"""The news store file, spelled `--store-path PATH` in every command that takes one (`--store`
alone is the flag of analyze, report and track that merges the default store)."""
OldStorePathOpt = Annotated[str | None, typer.Option(
    "--store", metavar="PATH", hidden=True, help="Deprecated spelling of --store-path.")]
"""The spelling `--store PATH` the news commands and `serve` had before `--store-path`: hidden,
still accepted, with a note on stderr."""


def chosen_store(new: str | None, old: str | None) -> str | None:
    """The store file given as ``--store-path`` or by the deprecated ``--store PATH`` (with a
    note on stderr); both with different files is invalid input."""
    if old is None:
        return new
    if new is not None and new != old:
        raise ScenarioFileError.single("--store", repr(old), f"the same file as --store-path {new!r}",
                                       "give the store once, as --store-path PATH")
    if not json_requested():  # under --json, stderr carries only JSON errors
        err.print(Text("note: --store PATH is deprecated here; write --store-path PATH",
                       style="yellow"), highlight=False)
    return old


def news_comparison(scenario: Any, store: bool, store_path: str | None, date: str | None) -> Any:
    """With ``--store`` or ``--store-path``: the comparison of the news store with the scenario
    (`accord.news.merge.compare`), the store checked first as every command that reads it does
    (a folder, a file that is not a store or a named store that does not exist: exit 2);
    otherwise None."""
    if not (store or store_path):
        return None
    from accord.cli.commands.news import _store
    from accord.news.merge import compare

    return compare(scenario, _store(store_path), date or scenario.as_of)


def json_requested() -> bool:
    """Whether the command line being run has `--json`, so that errors (and the absence of
    progress bars) follow it."""
    return _json_mode.get()


def error_json(exc: ScenarioFileError) -> dict[str, Any]:
    """`{"error": {file, line, field, found, expected, fix, problems}}` for `exc`: the keys of
    its first problem, and every problem in `problems`. A command-line option stands in the
    `field` (with `file` null) when the option, not a file, is at fault."""
    option = exc.source.startswith("-")
    problems = [{"file": None if option else exc.source, "line": p.line,
                 "field": (exc.source if option else None) if not p.problem.loc else
                 (f"{exc.source} {p.problem.path}" if option else p.problem.path),
                 "found": p.problem.found, "expected": p.problem.expected,
                 "fix": p.problem.fix or None} for p in exc.problems]
    first = problems[0] if problems else {"file": exc.source, "line": None, "field": None,
                                          "found": None, "expected": None, "fix": None}
    return {"error": {**first, "problems": problems}}


def internal_error_json(exc: BaseException) -> dict[str, Any]:
    """The JSON form of an internal error (exit code 1)."""
    return {"error": {"file": None, "line": None, "field": None,
                      "found": f"internal error: {type(exc).__name__}: {exc}",
                      "expected": "no internal error",
                      "fix": "this is a bug in accord; rerun with ACCORD_DEBUG=1 for the "
                             "traceback and report it", "problems": [], "internal": True}}


def print_error_json(data: dict[str, Any]) -> None:
    sys.stderr.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@contextmanager
def guard() -> Iterator[None]:
    """The one place errors are rendered. Bad input becomes a clear message and exit code 2;
    anything else exit code 1. Under `--json` the message is JSON on stderr (see `error_json`).
    Never a traceback unless ACCORD_DEBUG is set. Output cut short by its reader (a closed pipe)
    ends the command quietly."""
    try:
        yield
    except ScenarioFileError as exc:
        if json_requested():
            print_error_json(error_json(exc))
            raise typer.Exit(2) from None
        count = len(exc.problems)
        err.print(Text.assemble(("error:", "bold red"), f" {exc.source} {exc.headline} "
                                f"({count} problem{'s' if count != 1 else ''}):"), highlight=False,
                  soft_wrap=True)  # a long path stays one word a user can copy
        for p in exc.problems:
            err.print(f"  {p.render(exc.source)}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except BrokenPipeError:
        # the reader stopped reading (`accord analyze --json | head`): not a bug of accord's;
        # `AccordGroup.invoke` ends the command quietly with exit code 141
        raise
    except Exception as exc:
        if os.environ.get("ACCORD_DEBUG"):
            raise
        if json_requested():
            print_error_json(internal_error_json(exc))
            raise typer.Exit(1) from None
        err.print(Text.assemble(("internal error:", "bold red"), f" {type(exc).__name__}: {exc}\n"
                                "This is a bug in accord; rerun with ACCORD_DEBUG=1 for the traceback."),
                  highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # in pieces: one large write to a pipe its reader closes part-way is cut short silently
    # (the buffered writer keeps no error), so `analyze --json | head -1` would exit 0
    for start in range(0, len(text), 1 << 16):
        sys.stdout.write(text[start:start + (1 << 16)])


def date_option(value: str, option: str = "--as-of") -> str:
    """A partial date given on the command line (YYYY, YYYY-MM or YYYY-MM-DD), or a
    ScenarioFileError naming the option and showing the form it takes."""
    from accord.model.dates import parse_partial_date

    try:
        return parse_partial_date(value)
    except ValueError as exc:
        raise ScenarioFileError.single(option, repr(value), str(exc),
                                       f"write e.g. {option} 2025-12") from None
