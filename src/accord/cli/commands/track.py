"""`accord track`: partial deals with their status over time, the exchange ledger, contradictory
claims and indicators; optionally with the news store, ACLED incidents, plots and exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from accord.cli.common import DEFAULT_SCENARIO, JsonOpt, ScenarioArg, app, date_option, guard, out, print_json
from accord.cli.filters import choose
from accord.cli.outputs import output_file, output_folder, prepare
from accord.io import ScenarioFileError


@app.command()
def track(
    scenario: ScenarioArg = DEFAULT_SCENARIO,
    as_of: Annotated[str | None, typer.Option(
        help="Judge deals, claims and indicators as of this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    store: Annotated[bool, typer.Option(
        "--store", help="Add the claims, denials, reports on deals and exchanges the news store "
                        "($ACCORD_HOME/news.duckdb) holds, so contradictions are found across "
                        "articles.")] = False,
    store_path: Annotated[str | None, typer.Option(
        "--store-path", metavar="PATH", help="Use this news store file (implies --store).")] = None,
    acled: Annotated[Path | None, typer.Option(
        "--acled", help="Add incidents from a CSV in the ACLED export layout.")] = None,
    agreement: Annotated[str | None, typer.Option(
        "--agreement", help="The deal the --acled incidents concern (when the file has no "
                            "accord_agreement column).")] = None,
    tolerance_days: Annotated[int, typer.Option(
        min=0, max=366, help="Claims this many days apart still describe the same time.")] = 7,
    plot: Annotated[Path | None, typer.Option(
        "--plot", help="Write plots (PNG and SVG) into this folder: each deal's status over time "
                       "with its incidents, the exchange ledger, the indicator lines.")] = None,
    claimreview: Annotated[Path | None, typer.Option(
        "--claimreview", help="Write the contradictions as ClaimReview JSON-LD to this file.")] = None,
    pax: Annotated[Path | None, typer.Option(
        "--pax", help="Write the deals as a PA-X-style CSV to this file.")] = None,
    export_acled: Annotated[Path | None, typer.Option(
        "--export-acled", help="Write the incidents as an ACLED-layout CSV to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing --claimreview, --pax "
                                                        "and --export-acled files and earlier "
                                                        "plots (otherwise refused before any "
                                                        "work).")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Partial deals and their compliance, contradictory claims and indicators: each deal's
    status over time (announced, in force, disputed, extended, lapsed, fulfilled, broken) with
    the incidents and sources behind every change, the exchange ledger (agreed against carried
    out, per side), pairs of claims that cannot both be true shown side by side with what
    independent sources say, and the indicator series.

    Example: `accord track` · `accord track --json --as-of 2026-02` · `accord track --store`
    """
    with guard():
        from accord.io import load
        from accord.track import TrackExtra, track_report

        s = load(scenario)
        date = date_option(as_of) if as_of is not None else s.as_of
        outputs = ((claimreview, "--claimreview"), (pax, "--pax"), (export_acled, "--export-acled"))
        for path, option in outputs:
            if path is not None:
                output_file(path, option, force)
        if plot is not None:
            output_folder(plot, "--plot", force=force)
        if agreement is not None and acled is None:
            raise ScenarioFileError.single("--agreement", f"--agreement {agreement} without --acled",
                                           "--agreement together with --acled FILE",
                                           "add --acled FILE or drop --agreement")
        claims: list[Any] = []
        incidents: list[Any] = []
        exchanges: list[Any] = []
        skipped: list[str] = []
        source = "news store"
        if store or store_path:
            from accord.cli.commands.news import _store
            from accord.news.tracking import store_records

            news = store_records(s, _store(store_path))
            claims, incidents, exchanges, skipped = news.claims, news.incidents, news.exchanges, news.skipped
            source = news.source
        if acled is not None:
            from accord.interop.acled import read_acled

            if agreement is not None:
                agreement = choose("--agreement", agreement, [a.id for a in s.agreements],
                                   "agreement of the scenario")
            incidents = [*incidents, *read_acled(acled, agreement, [a.id for a in s.agreements],
                                                 s.actors, s.places)]
            source = f"{source} and {acled}" if (store or store_path) else str(acled)
        extra = TrackExtra(claims, incidents, exchanges, source, skipped) if (
            store or store_path or acled is not None) else None
        report = track_report(s, date, extra, tolerance_days)
        written: list[str] = []
        if claimreview is not None:
            from accord.interop.claimreview import claim_reviews

            doc = claim_reviews(report["contradictions"], date)
            prepare(claimreview).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
            written.append(str(claimreview))
        if pax is not None:
            from accord.interop.pax import pax_csv

            prepare(pax).write_text(pax_csv(report["agreements"]), encoding="utf-8")
            written.append(str(pax))
        if export_acled is not None:
            from accord.interop.acled import write_acled

            prepare(export_acled).write_text(write_acled([*s.incidents, *incidents], s.actors),
                                             encoding="utf-8")
            written.append(str(export_acled))
        if plot is not None:
            from accord.report.plots.track import track_plots

            written += [str(p) for p in track_plots(report, plot)]
        report["written"] = written
        if json_out:
            print_json(report)
            return
        from accord.report.sections.track import render

        render(report, out)
        for p in written:
            out.print(Text(f"wrote {p}"), highlight=False)

