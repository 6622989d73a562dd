"""The one input schema shared by every forecasting model.

Actors have a capability (clout, any positive scale); per dimension (issue) each actor has a
position on the dimension's scale and a salience on 0-1; an actor that takes no position on a
dimension has salience 0 there and is left out of that dimension's calculations. A dimension has
scale anchors (low, high) and optionally a status quo (the disagreement point of bargaining
models).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


MAX_MAGNITUDE = 1e12
"""Largest absolute capability, position or scale anchor: beyond it products of capabilities,
saliences and distances can overflow float64 in the models."""


class InputError(ValueError):
    """An input that no model can use; the message names the field and the fix."""


@dataclass(frozen=True)
class SpatialInput:
    """Actors x dimensions data for the spatial models.

    `position` and `salience` have shape (actors, dimensions); `capability` has shape (actors,);
    `scale` has shape (dimensions, 2) with the low and high anchors; `status_quo` has shape
    (dimensions,) with NaN where a dimension has none.
    """

    name: str
    actors: tuple[str, ...]
    dimensions: tuple[str, ...]
    capability: Array
    position: Array
    salience: Array
    scale: Array
    status_quo: Array
    notes: tuple[str, ...] = field(default=())
    """Where the numbers came from (proxies, assumptions), for explanations."""

    def __post_init__(self) -> None:
        n, d = len(self.actors), len(self.dimensions)
        checks = {"capability": (n,), "position": (n, d), "salience": (n, d), "scale": (d, 2),
                  "status_quo": (d,)}
        for name, shape in checks.items():
            value = getattr(self, name)
            if value.shape != shape:
                raise InputError(f"{name} has shape {value.shape}, expected {shape}")
        if n < 2:
            raise InputError("fewer than two actors: a forecast needs at least two")
        if d < 1:
            raise InputError("no dimension (issue) to forecast")
        if not np.all(np.isfinite(self.capability)) or np.any(self.capability < 0):
            raise InputError("capability must be finite and >= 0 for every actor")
        if not np.all(np.isfinite(self.salience)) or np.any(self.salience < 0) \
                or np.any(self.salience > 1):
            raise InputError("salience must lie in 0-1 for every actor and dimension")
        if np.any(self.capability > MAX_MAGNITUDE) or np.any(np.abs(self.scale) > MAX_MAGNITUDE) \
                or np.any(np.abs(np.where(np.isfinite(self.position), self.position, 0.0))
                          > MAX_MAGNITUDE):
            raise InputError(f"a capability, position or scale anchor beyond {MAX_MAGNITUDE:g} "
                             "in absolute value: rescale the data (only ratios and relative "
                             "distances matter to the models)")
        present = self.present
        if np.any(~np.isfinite(self.position) & present):
            raise InputError("an actor with salience > 0 on a dimension needs a position there")
        if np.any(self.scale[:, 0] >= self.scale[:, 1]):
            raise InputError("every dimension's scale needs low < high")
        weight = self.capability[:, None] * self.salience
        empty = [self.dimensions[k] for k in range(d) if not np.any(weight[:, k] > 0)]
        if empty:
            raise InputError(f"no actor with capability and salience above 0 on {', '.join(empty)}")

    @property
    def n_actors(self) -> int:
        return len(self.actors)

    @property
    def n_dims(self) -> int:
        return len(self.dimensions)

    @property
    def present(self) -> NDArray[np.bool_]:
        """(actors, dimensions): True where the actor takes part on the dimension."""
        return self.salience > 0

    def dimension(self, key: str | int) -> SpatialInput:
        """The one-dimension input for a dimension (by name or index), absent actors dropped."""
        k = self.dimensions.index(key) if isinstance(key, str) else key
        keep = self.present[:, k]
        return SpatialInput(
            name=f"{self.name}/{self.dimensions[k]}",
            actors=tuple(a for a, x in zip(self.actors, keep, strict=True) if x),
            dimensions=(self.dimensions[k],),
            capability=self.capability[keep],
            position=self.position[keep, k:k + 1],
            salience=self.salience[keep, k:k + 1],
            scale=self.scale[k:k + 1],
            status_quo=self.status_quo[k:k + 1],
            notes=self.notes,
        )


Range = tuple[float, float]


def out_of_range(value: float, bounds: Range) -> bool:
    """True when `value` is NaN or lies outside the closed interval `bounds`."""
    return not (bounds[0] <= value <= bounds[1])


def check_ranges(model: str, options: object, ranges: dict[str, Range]) -> None:
    """Raise :class:`InputError` naming the first option of `options` outside its declared
    valid range (NaN and infinities included)."""
    for name, bounds in ranges.items():
        value = getattr(options, name)
        if out_of_range(float(value), bounds):
            raise InputError(f"{model}.{name} = {value}: valid range is {bounds[0]:g} to "
                             f"{bounds[1]:g}")


def make_input(name: str, actors: list[str], dimensions: list[str], capability: list[float],
               position: list[list[float]], salience: list[list[float]],
               scale: list[tuple[float, float]] | None = None,
               status_quo: list[float] | None = None, notes: tuple[str, ...] = ()) -> SpatialInput:
    """Build a :class:`SpatialInput` from plain lists (scale defaults to 0-100 everywhere)."""
    d = len(dimensions)
    return SpatialInput(
        name=name, actors=tuple(actors), dimensions=tuple(dimensions),
        capability=np.asarray(capability, dtype=float),
        position=np.asarray(position, dtype=float).reshape(len(actors), d),
        salience=np.asarray(salience, dtype=float).reshape(len(actors), d),
        scale=np.asarray(scale if scale is not None else [(0.0, 100.0)] * d, dtype=float),
        status_quo=np.asarray(status_quo if status_quo is not None else [np.nan] * d, dtype=float),
        notes=notes,
    )
