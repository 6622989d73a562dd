"""`accord report`: the analysis as one self-contained HTML file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from accord.cli.common import DEFAULT_SCENARIO, ScenarioArg, app, date_option, guard, out
from accord.io import ScenarioFileError, load


@app.command()
def report(
    scenario: ScenarioArg = DEFAULT_SCENARIO,
    as_of: Annotated[str | None, typer.Option(help="Judge positions as of this date "
                                                   "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")]
    = Path("report.html"),
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
) -> None:
    """Write the analysis as one self-contained HTML file: the bottom line first, then each
    section with its figure (timeline, position heat map, agreement plane, concessions, stable
    states, forecasts with intervals) and every fact linked to its source. It makes no network
    request (the chart library and the data are inline), prints well and can be e-mailed.

    Example: `accord report -o report.html` · `accord report my-talks.yaml --as-of 2025-06 -o june.html`
    """
    with guard():
        if output.exists() and not force:
            raise ScenarioFileError.single("--output", str(output), "a file that does not exist yet",
                                           "choose another name or add --force to replace it")
        if not output.parent.is_dir():
            raise ScenarioFileError.single("--output", str(output), "a path in an existing folder",
                                           f"create {output.parent} first")
        s = load(scenario)
        date = date_option(as_of) if as_of is not None else None
        from accord.report import overview
        from accord.report.figures import utility_plane
        from accord.report.html import html_report

        data = overview(s, as_of=date)
        page = html_report(data, s, utility_plane(s, date or s.as_of))
        # written beside the target and renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=".accord-report-", suffix=".html")
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
