"""When the numba-compiled kernels (:mod:`accord.forecast.ktab_jit`,
:mod:`accord.forecast.exchange_jit`) are worth using.

They give the same bits as the numpy kernels, but compiling them costs about ten seconds of CPU
the first time a fresh installation uses them (later processes load them from numba's cache in
well under a second). A batch of a few runs (a point forecast in `accord analyze`, a small
sweep) is faster on the numpy kernels than that one-off cost, so the compiled kernels run only
for batches of at least :func:`min_runs` runs: Monte Carlo forecasts and large sweeps.

Environment:
- ``ACCORD_NO_NUMBA=1``: never use the compiled kernels.
- ``ACCORD_NUMBA_MIN_RUNS=N``: use them from N runs a batch on (default 200; 1 = always).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

MIN_RUNS = 200
"""Default least batch size for the compiled kernels."""


def disabled() -> bool:
    """Whether ACCORD_NO_NUMBA=1 switches the compiled kernels off (read on every call)."""
    return os.environ.get("ACCORD_NO_NUMBA", "") == "1"


def min_runs() -> int:
    """The least batch size for the compiled kernels: ACCORD_NUMBA_MIN_RUNS, else
    :data:`MIN_RUNS` (a value that is not a whole number counts as unset)."""
    raw = os.environ.get("ACCORD_NUMBA_MIN_RUNS", "").strip()
    return int(raw) if raw.isdigit() else MIN_RUNS


_RUNS: ContextVar[int] = ContextVar("accord_batch_runs", default=0)
"""Runs of the computation under way (the largest enclosing :func:`batch`)."""


@contextmanager
def batch(runs: int) -> Iterator[None]:
    """Mark a computation of `runs` runs (a whole Monte Carlo forecast, one batch of it): the
    kernels inside are compiled when the whole is large enough, also where it is split into
    smaller pieces."""
    token = _RUNS.set(max(runs, _RUNS.get()))
    try:
        yield
    finally:
        _RUNS.reset(token)


def worth_compiling(runs: int = 0) -> bool:
    """Whether a batch of `runs` runs, within the computation under way, should use the
    compiled kernels (when numba is there)."""
    return not disabled() and max(runs, _RUNS.get(), 1) >= min_runs()
