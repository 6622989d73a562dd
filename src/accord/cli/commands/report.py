"""`accord report`: the analysis as one self-contained HTML file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from accord.cli.common import (
    DEFAULT_SCENARIO,
    JsonOpt,
    MergeStoreOpt,
    MergeStorePathOpt,
    OldStorePathOpt,
    ScenarioArg,
    app,
    chosen_store,
    date_option,
    err,
    guard,
    news_comparison,
    out,
    print_json,
)
from accord.cli.outputs import output_file, prepare
from accord.io import load


@app.command()
def report(
    scenario: ScenarioArg = DEFAULT_SCENARIO,
    as_of: Annotated[str | None, typer.Option(help="Judge positions as of this date "
                                                   "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")]
    = Path("report.html"),
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    store: MergeStoreOpt = False,
    store_path: MergeStorePathOpt = None,
) -> None:
    """Write the analysis as one self-contained HTML file: the bottom line first, then each
    section with its figure (timeline, position heat map, agreement plane, concessions, stable
    states, forecasts with intervals) and every fact linked to its source. It makes no network
    request (the chart library and the data are inline), prints well and can be e-mailed.
    With `--store`, the news join the timeline and a section lists where they and the scenario
    disagree, each with its passage (as `accord analyze --store`).

    Example: `accord report -o report.html` · `accord report my-talks.yaml --as-of 2025-06 -o june.html`
    · `accord report --store -o report.html`
    """
    with guard():
        output_file(output, "--output", force)
        s = load(scenario)
        date = date_option(as_of) if as_of is not None else None
        from accord.report import overview
        from accord.report.figures import utility_plane
        from accord.report.html import html_report

        data = overview(s, as_of=date, news=news_comparison(s, store, store_path, date))
        page = html_report(data, s, utility_plane(s, date or s.as_of))
        # written beside the target and renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=prepare(output).absolute().parent, prefix=".accord-report-",
                                   suffix=".html")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(page)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is for sharing
            os.replace(tmp, output)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        size = output.stat().st_size
        out.print(Text(f"wrote {output} ({size / 1e6:.1f} MB)"), highlight=False)


@app.command()
def compare(
    scenario: ScenarioArg = DEFAULT_SCENARIO,
    since: Annotated[str, typer.Option("--from", help="The earlier date.")] = "2022",
    until: Annotated[str | None, typer.Option("--to", help="The later date (default: the "
                                                          "scenario's own).")] = None,
    json_out: JsonOpt = False,
) -> None:
    """What changed between two dates: positions and red lines, the agreement zone and its
    colliding red lines, the cheapest concession, today's stable state and the forecasts.

    Example: `accord compare --from 2022-12 --to 2026-02`
    """
    with guard():
        s = load(scenario)
        from accord.report import overview
        from accord.report.compare import compare as diff

        first = date_option(since, "--from")
        second = date_option(until, "--to") if until else s.as_of
        data = diff(overview(s, as_of=first), overview(s, as_of=second))
        if json_out:
            print_json(data)
            return
        from accord.report.layout import Grid, paragraph, show

        out.print(Text(f"{s.title}: what changed from {first} to {second}", style="bold"))
        g = Grid(f"Positions and red lines ({len(data['positions'])} changed)",
                 ["actor", "issue", "what changed"], key=1)
        for p in data["positions"]:
            g.add(p["actor"], p["issue"], p["change"])
        show(out, g)
        z = data["zone"]
        if z:
            paragraph(out, f"Agreement zone: {z['size']['from']:,} → {z['size']['to']:,} packages; "
                           f"cheapest concession: {z['cheapest_concession']['from'] or 'none needed'}"
                           f" → {z['cheapest_concession']['to'] or 'none needed'}.")
        c = data["collisions"]
        paragraph(out, f"Issues no option of which every party accepts: new "
                       f"{', '.join(c['added']) or 'none'}; resolved {', '.join(c['removed']) or 'none'}.")
        st = data["stable_state"]
        if st:
            paragraph(out, f"Stable state: {st['from']['words']} → {st['to']['words']}"
                           + ("" if st["changed"] else " (unchanged)") + ".")
        f = Grid(f"Forecasts that moved ({len(data['forecasts'])}; {data['forecasts_rule']}; "
                 "ordinal issues on 0-100 with the nearest option, numeric on their own range)",
                 ["issue", "model", first, second], key=0)
        for row in data["forecasts"]:
            f.add(row["issue"], row["model"], *_moved(row))
        show(out, f)


def _moved(row: dict[str, Any]) -> tuple[str, str]:
    """A forecast that moved, before and after, as `accord analyze` prints it (46, 691k; the
    same rule, `accord.report.sections.forecast.fmt_value`) with its nearest option: compare
    printed bare "100.0" and "68.47" with no word on what they are. Where the whole numbers are
    equal (45.63 -> 45.70) it shows decimals, so a row never reads "46 -> 46"."""
    from accord.report.sections.forecast import fmt_value

    scale = row.get("scale") or [0.0, 100.0]
    for decimals in (0, 1, 2):
        shown = (fmt_value(row["from"], scale, decimals), fmt_value(row["to"], scale, decimals))
        if shown[0] != shown[1]:
            break
    return (f"{shown[0]} ({row['option_from']})" if row["option_from"] else shown[0],
            f"{shown[1]} ({row['option_to']})" if row["option_to"] else shown[1])


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on; the default keeps the "
                                           "dashboard to this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    writable: Annotated[bool, typer.Option(
        "--writable", help="Allow ingesting news into the store from the browser.")] = False,
    store: Annotated[str | None, typer.Option(
        "--store-path", metavar="PATH", help="The news store to show (default $ACCORD_HOME's).")] = None,
    old_store: OldStorePathOpt = None,
) -> None:
    """Serve the dashboard: the built-in and uploaded scenarios, the analysis at any date and
    two dates side by side, the sources behind every fact, the news store, and the JSON API
    (every `--json` output; its description at /api and /openapi.json). Read-only and bound to
    this machine unless told otherwise.

    Example: `accord serve` then open http://127.0.0.1:8000/
    """
    with guard():
        import uvicorn

        from accord.web.app import create_app

        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(Text(f"note: listening on {host}: anyone who can reach this address can "
                           "read the dashboard", style="yellow"))
        out.print(Text(f"accord dashboard on http://{host}:{port}/ (Ctrl-C to stop)"),
                  highlight=False)
        store = chosen_store(store, old_store)
        uvicorn.run(create_app(store, writable), host=host, port=port, log_level="warning")
