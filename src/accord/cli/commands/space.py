"""`accord space`: the agreement space of a scenario or a Genius domain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from accord.cli.common import DEFAULT_SCENARIO, JsonOpt, app, date_option, err, guard, out, print_json
from accord.io import ScenarioFileError
from accord.model import Scenario


@app.command()
def space(
    target: Annotated[str, typer.Argument(
        help="A scenario (built-in name or .yaml/.json file) or a folder holding a Genius XML "
             "domain and its preference profiles.")] = DEFAULT_SCENARIO,
    json_out: JsonOpt = False,
    plot: Annotated[Path | None, typer.Option(
        "--plot", help="Write the utility-plane plots (PNG and SVG) into this folder.")] = None,
    as_of: Annotated[str | None, typer.Option(
        help="Judge positions as of this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    top: Annotated[int, typer.Option(help="How many concession sets to list.", min=1, max=20)] = 3,
    power: Annotated[str | None, typer.Option(
        help="Bargaining power per party for the Nash solution, comma-separated in party order "
             "(e.g. 0.6,0.4). Default: equal.")] = None,
    genius_semantics: Annotated[bool, typer.Option(
        "--genius-semantics", help="Scenario utilities as Genius computes them: each party's "
                                   "option values divided by its best value on the issue.")] = False,
    export_genius: Annotated[Path | None, typer.Option(
        "--export-genius", help="Also write the scenario's parties as a Genius XML domain and "
                                "profiles into this folder.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite earlier output in the --plot and --export-genius folders "
                        "(otherwise refused before any work).")] = False,
) -> None:
    """The agreement space: the agreement zone (exact size, how it was computed, which options
    occur in it), Pareto frontiers, the Nash, Kalai–Smorodinsky, egalitarian and utilitarian
    solutions; for scenarios also the red lines that collide, the cheapest concessions that open
    an empty zone, each proposal scored and logrolling pairs.

    Example: `accord space` · `accord space my-talks.yaml --json` · `accord space
    path/to/genius-domain/ --plot out/`
    """
    with guard(), _too_large(target):
        import numpy as np

        from accord.cli.outputs import output_folder

        if plot is not None:
            from accord.report.plots.space import plane_files

            output_folder(plot, "--plot", plane_files(), force)
        if export_genius is not None:
            output_folder(export_genius, "--export-genius", force=force)

        from accord.space.analysis import analyse_scenario, analyse_space

        weights = _power(power)
        path = Path(target)
        proposals: dict[str, Any] = {}
        if path.is_dir():
            from accord.interop.genius import load_genius

            domain = load_genius(path)
            sp = domain.space()
            _check_power(weights, sp.parties)
            data = analyse_space(sp, weights)
            data["source"] = {"format": "genius", "files": list(domain.files)}
            title = f"Genius domain {domain.name}"
        else:
            from accord.io import load
            from accord.space.preferences import scenario_space
            from accord.space.proposals import reference_package

            scenario = load(target)
            date = date_option(as_of) if as_of else None
            if not scenario.parties:
                raise ScenarioFileError.single(target, "no actor with role `party`",
                                               "at least one party", "set `role: party` on the "
                                               "actors that bargain for themselves", loc=("actors",))
            known = _known(target, scenario, date or scenario.as_of)
            sp = scenario_space(known, date, genius=genius_semantics)
            if export_genius is not None:
                from accord.interop.genius import genius_files

                output_folder(export_genius, "--export-genius",
                              genius_files(sp.parties, scenario.id), force)
            _check_power(weights, sp.parties)
            data = analyse_scenario(scenario, date, top=top, power=weights, genius=genius_semantics)
            crossing = {pr["proposal"] for pr in data.get("proposals", [])
                        if any(pr["red_lines_crossed"].values())}
            for prop in known.proposals:
                pkg, _ = reference_package(sp, prop)
                proposals[prop.id] = {"name": prop.name,
                                      "utilities": sp.utilities(np.asarray([pkg]))[0].tolist(),
                                      "crosses_red_lines": prop.id in crossing}
            title = scenario.title
            if export_genius is not None:
                from accord.interop.genius import write_genius

                data["genius_export"] = {"folder": str(export_genius),
                                         "notes": write_genius(sp, export_genius, scenario.id)}
        if plot is not None:
            from accord.report.figures import plane_of_space
            from accord.report.plots.space import utility_planes

            sols = {k: v["utilities"] for k, v in data["solutions"].items() if v}
            data["plots"] = [str(p) for p in utility_planes(
                plane_of_space(sp, proposals), sols, plot, title=title,
                zone_size=data["zone"]["size"])]
        if json_out:
            print_json(data)
            return
        from accord.report.sections.space import render

        render(data, out)
        for p in data.get("plots", []):
            out.print(f"wrote {p}", markup=False, highlight=False)
        for note in data.get("genius_export", {}).get("notes", []):
            err.print(f"genius export: {note}", markup=False, highlight=False)


def _known(target: str, scenario: Scenario, date: str) -> Scenario:
    """The scenario at ``date`` on its known issues, or a clear message when none is known."""
    from accord.model import NoPositionsKnown
    from accord.space.analysis import known_at

    try:
        return known_at(scenario, date)[0]
    except NoPositionsKnown as exc:
        raise ScenarioFileError.single(target, str(exc), "a date by which the parties have taken "
                                       "positions", "choose a later --as-of") from None


@contextmanager
def _too_large(target: str) -> Iterator[None]:
    """Limits of the exact methods (e.g. too many issues tied by cross-issue red lines) are
    reported as bad input, not as a crash."""
    try:
        yield
    except ValueError as exc:
        raise ScenarioFileError.single(target, str(exc), "a space accord can analyse exactly",
                                       "simplify the cross-issue red lines or split the issues") from None


def _check_power(weights: list[float] | None, parties: tuple[str, ...]) -> None:
    if weights is not None and len(weights) != len(parties):
        raise ScenarioFileError.single("--power", f"{len(weights)} values",
                                       f"{len(parties)} values, one per party ({', '.join(parties)})",
                                       "give one bargaining power per party")


def _power(text: str | None) -> list[float] | None:
    """Bargaining powers from ``--power``: finite, non-negative, not all zero, normalised to sum
    1 (so 6000,4000 and 0.6,0.4 are the same)."""
    if text is None:
        return None
    import math

    try:
        values = [float(x) for x in text.split(",")]
    except ValueError:
        values = []
    if (not values or any(not math.isfinite(v) or v < 0 for v in values)
            or not math.isfinite(sum(values)) or sum(values) <= 0):
        raise ScenarioFileError.single("--power", repr(text),
                                       "finite non-negative numbers separated by commas, not all "
                                       "zero (they are normalised to sum 1)",
                                       "write e.g. --power 0.6,0.4")
    total = sum(values)
    return [v / total for v in values]

