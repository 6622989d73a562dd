"""Figure data the engines' JSON sections do not carry, built once for every surface (the PNG/SVG
plots, the HTML report and the web pages) so that none computes what another cannot.

:func:`utility_plane`: the agreement plane of a scenario — the Pareto frontier of all packages,
split into the points some package crossing no red line attains and the points only packages
crossing a red line attain; the frontier within the red lines; the frontier of the agreement
zone; the reservation point and the proposals (the bargaining solutions are in the space
section's own data).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from accord.model import Scenario

MAX_POINTS = 2000
"""Frontier points kept per series (evenly thinned beyond, and the figure says so)."""


def _rows(points: np.ndarray, limit: int = MAX_POINTS) -> tuple[list[list[float]], bool]:
    if len(points) > limit:
        keep = np.linspace(0, len(points) - 1, limit).round().astype(int)
        return np.round(points[keep], 4).tolist(), True
    return np.round(points, 4).tolist(), False


def plane_of_space(space: Any, proposals: dict[str, dict[str, Any]] | None = None
                   ) -> dict[str, Any]:
    """The plane of an additive space (a scenario's or a Genius domain's); ``proposals`` maps
    an id to ``{"name", "utilities", "crosses_red_lines"}``."""
    from accord.space.analysis import frontiers

    f_all, f_free, f_zone = frontiers(space)
    free = {tuple(np.round(p, 9)) for p in f_free.points}
    attainable = np.asarray([tuple(np.round(p, 9)) in free for p in f_all.points], dtype=bool)
    crossing, thin_a = _rows(f_all.points[~attainable]) if len(f_all.points) else ([], False)
    within, thin_b = _rows(f_free.points) if len(f_free.points) else ([], False)
    zone_pts, thin_c = _rows(f_zone.points) if len(f_zone.points) else ([], False)
    return {
        "parties": list(space.parties),
        "reservation": np.round(space.reservation, 4).tolist(),
        "frontier_crossing_red_lines": crossing,
        "frontier_within_red_lines": within,
        "frontier_of_zone": zone_pts,
        "proposals": proposals or {},
        "thinned": thin_a or thin_b or thin_c,
        "meaning": ("Utilities run from 0 (a party's worst package) to 1 (its best). Grey: points "
                    "of the Pareto frontier of all packages that only packages crossing some red "
                    "line reach. Blue: the frontier of packages crossing no red line. Green: the "
                    "frontier of the agreement zone (within the red lines and above every "
                    "reservation value, the dashed lines)."),
    }


def utility_plane(scenario: Scenario, as_of: str | None = None) -> dict[str, Any] | None:
    """The plane of a scenario, its proposals placed (None without parties)."""
    if not scenario.parties:
        return None
    from accord.space import check_proposal
    from accord.space.preferences import scenario_space
    from accord.space.proposals import reference_package

    sp = scenario_space(scenario, as_of)
    proposals = {}
    for prop in scenario.proposals:
        pkg, _ = reference_package(sp, prop)
        check = check_proposal(scenario, prop, as_of=as_of)
        proposals[prop.id] = {
            "name": prop.name,
            "utilities": np.round(sp.utilities(np.asarray([pkg]))[0], 4).tolist(),
            "crosses_red_lines": any(check.crosses(a) for a in sp.parties)}
    return plane_of_space(sp, proposals)
