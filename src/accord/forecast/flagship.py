"""From a scenario to the spatial input of the forecasting models (the documented mapping rule).

Rule (applies to any scenario, the flagship included):

- **Ordinal issues** go onto a 0-100 scale with the options evenly spaced in the order the
  scenario lists them: option k of m sits at 100 k / (m - 1). In the flagship the order runs
  from Ukraine's preferred end (0) to Russia's (100).
- **Numeric issues** keep their own range and unit as the scale (army size: 0-1,000,000
  soldiers); positions are the stated numbers.
- **Categorical issues** have no order, so no spatial model applies; they are left out and
  named in the notes.
- An actor's **position** is its ideal in the latest position taken on or before the date; its
  **salience** is that position's salience (0-1). Actors without a position on an issue are left
  out of that issue.
- **Capability** is the actor's `capability` (0-1, its `capability_basis` gives the proxy or
  marks it as an assumption); an actor without one is left out, and named in the notes.
- The **status quo** (disagreement point) is not part of the scenario model, so the bargaining
  solution falls back to its distant-disagreement limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.forecast.inputs import InputError, SpatialInput
from accord.model import Scenario


@dataclass(frozen=True)
class Mapping:
    data: SpatialInput
    labels: dict[str, list[tuple[float, str]]]
    """For ordinal issues, (scale value, option label) from low to high."""
    notes: tuple[str, ...]

    def nearest_option(self, issue: str, value: float) -> str | None:
        return nearest_label(self.labels.get(issue) or [], value)


def nearest_label(marks: list[tuple[float, str]], value: float) -> str | None:
    """The label of the option whose scale value lies nearest to `value` (the first of two
    equally near); None for no options or a value that is not finite."""
    if not marks or not np.isfinite(value):
        return None
    return min(marks, key=lambda m: abs(m[0] - value))[1]


def option_value(index: int, count: int) -> float:
    """Scale value of the index-th of `count` ordinal options."""
    return 100.0 * index / (count - 1)


def scenario_input(scenario: Scenario, as_of: str | None = None,
                   issues: list[str] | None = None) -> Mapping:
    """Map a scenario onto the forecasting input by the rule in this module's docstring."""
    notes: list[str] = []
    actors = [a for a in scenario.actors if a.capability is not None and a.capability > 0]
    skipped = [a.id for a in scenario.actors if a.capability is None or a.capability <= 0]
    if skipped:
        notes.append(f"left out for lack of a capability: {', '.join(skipped)}")
    dims, scales, labels = [], [], {}
    pos_rows: list[list[float]] = [[] for _ in actors]
    sal_rows: list[list[float]] = [[] for _ in actors]
    for issue in scenario.issues:
        if issues is not None and issue.id not in issues:
            continue
        if issue.kind == "categorical":
            notes.append(f"{issue.id} is categorical: no spatial model applies")
            continue
        if issue.kind == "ordinal":
            ids = issue.option_ids()
            where = {o: option_value(k, len(ids)) for k, o in enumerate(ids)}
            labels[issue.id] = [(where[o.id], o.label) for o in issue.options]
            scale = (0.0, 100.0)
        else:
            assert issue.range is not None
            where = {}
            scale = (float(issue.range[0]), float(issue.range[1]))
        column_pos, column_sal = [], []
        for a in actors:
            p = scenario.position(a.id, issue.id, as_of)
            value = np.nan
            if p is not None and p.ideal is not None:
                value = where.get(p.ideal, np.nan) if isinstance(p.ideal, str) else float(p.ideal)
            ok = bool(np.isfinite(value)) and p is not None and float(p.salience) > 0
            column_pos.append(value if ok else np.nan)
            column_sal.append(float(p.salience) if ok and p is not None else 0.0)
        if sum(1 for s in column_sal if s > 0) < 2:
            notes.append(f"{issue.id}: fewer than two actors with a position and capability")
            continue
        dims.append(issue.id)
        scales.append(scale)
        for i in range(len(actors)):
            pos_rows[i].append(column_pos[i])
            sal_rows[i].append(column_sal[i])
    keep = [i for i in range(len(actors)) if any(s > 0 for s in sal_rows[i])]
    if not dims or len(keep) < 2:
        raise InputError("no issue has positions of two actors with a capability: nothing to "
                         "forecast (give actors a `capability` and positions with a salience)")
    for i in keep:
        basis = actors[i].capability_basis
        if basis is None or basis.is_assumption:
            why = "is a marked assumption" if basis is not None else "has no stated basis"
            notes.append(f"capability of {actors[i].id} = {float(actors[i].capability or 0):g} "
                         f"{why}")
    data = SpatialInput(
        name=scenario.id if hasattr(scenario, "id") else "scenario",
        actors=tuple(actors[i].id for i in keep), dimensions=tuple(dims),
        capability=np.array([float(actors[i].capability or 0) for i in keep]),
        position=np.array([pos_rows[i] for i in keep], dtype=float).reshape(len(keep), len(dims)),
        salience=np.array([sal_rows[i] for i in keep], dtype=float).reshape(len(keep), len(dims)),
        scale=np.array(scales, dtype=float).reshape(len(dims), 2),
        status_quo=np.full(len(dims), np.nan), notes=tuple(notes))
    return Mapping(data, labels, tuple(notes))
