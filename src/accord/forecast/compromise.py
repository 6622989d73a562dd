"""The compromise model and the weighted median.

- Compromise: x = sum_i c_i s_i x_i / sum_i c_i s_i per issue (Achen 2006; Thomson, Stokman, Achen
  & Koenig (eds.), *The European Union Decides*, 2006; there also called a computationally simple
  variant of the Nash bargaining solution).
- Weighted median: the c*s-weighted median of the positions, i.e. the position of the median
  voter (Black 1948), the Condorcet winner under linear loss. It minimises
  sum_i c_i s_i |x - x_i|; where a whole interval minimises it, the lowest minimising position
  is returned (`lower`) or the interval's midpoint (`mid`).
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from accord.forecast.inputs import Array, SpatialInput

SOURCE_COMPROMISE = ("Achen (2006); Thomson, Stokman, Achen & Koenig (eds.), The European Union "
                     "Decides (2006)")
SOURCE_MEDIAN = "Black (1948), median voter; c*s-weighted median as in the DEU literature"


def weights(data: SpatialInput) -> Array:
    """c_i * s_ik, (actors, dimensions); zero where an actor takes no position."""
    return np.where(data.present, data.capability[:, None] * data.salience, 0.0)


def compromise(data: SpatialInput) -> Array:
    """Capability x salience weighted mean per dimension."""
    w = weights(data)
    x = np.where(data.present, data.position, 0.0)
    return (w * x).sum(axis=0) / w.sum(axis=0)  # type: ignore[no-any-return]


def compromise_batch(pos: Array, weight: Array) -> Array:
    """Weighted mean over the actor axis (-1) for arrays of runs."""
    return (weight * pos).sum(axis=-1) / weight.sum(axis=-1)  # type: ignore[no-any-return]


def weighted_median_1d(x: Array, w: Array, tie: Literal["lower", "mid"] = "lower") -> float:
    """The w-weighted median of x (a minimiser of sum w |m - x|)."""
    keep = w > 0
    x, w = x[keep], w[keep]
    order = np.argsort(x, kind="stable")
    xs, ws = x[order], w[order]
    cum = np.cumsum(ws)
    half = cum[-1] / 2.0
    k = int(np.searchsorted(cum, half, side="left"))
    k = min(k, xs.size - 1)
    if tie == "mid" and np.isclose(cum[k], half, rtol=1e-12, atol=0.0) and k + 1 < xs.size:
        return float((xs[k] + xs[k + 1]) / 2.0)
    return float(xs[k])


def weighted_median(data: SpatialInput, tie: Literal["lower", "mid"] = "lower") -> Array:
    """c*s-weighted median per dimension."""
    w = weights(data)
    return np.array([weighted_median_1d(data.position[data.present[:, k], k],
                                        w[data.present[:, k], k], tie)
                     for k in range(data.n_dims)])


def weighted_median_batch(pos: Array, weight: Array) -> Array:
    """Lower weighted median over the actor axis (-1), vectorised over leading axes."""
    order = np.argsort(pos, axis=-1, kind="stable")
    xs = np.take_along_axis(pos, order, axis=-1)
    ws = np.take_along_axis(weight, order, axis=-1)
    cum = np.cumsum(ws, axis=-1)
    half = cum[..., -1:] / 2.0
    k = (cum < half).sum(axis=-1, keepdims=True)
    k = np.minimum(k, pos.shape[-1] - 1)
    return np.take_along_axis(xs, k, axis=-1)[..., 0]
