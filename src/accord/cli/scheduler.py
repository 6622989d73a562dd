"""`--scheduler`: the one way every command that runs many independent pieces (forecast Monte
Carlo chunks and sweep points, backtests, simulation runs) turns the option into an executor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from accord.io import ScenarioFileError

SCHEDULER_HELP = ("Run the independent pieces (Monte Carlo chunks, sweep points, backtest models) "
                  "with Dask: 'processes' or 'threads' on this machine, or a scheduler address "
                  "(tcp://host:8786). Same numbers as without; see the README for when it pays.")

LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")
ADDRESS_SCHEMES = ("tcp://", "tls://", "inproc://", "ucx://")


@contextmanager
def executor(scheduler: str | None) -> Iterator[Any]:
    """None (run here), a local Dask scheduler, or a client of a running Dask scheduler, which
    is closed on the way out; anything else is refused with a clear message."""
    if scheduler is None:
        yield None
        return
    from accord.forecast.montecarlo import DaskExecutor

    if scheduler in LOCAL_SCHEDULERS:
        yield DaskExecutor(scheduler=scheduler)
        return
    if not scheduler.startswith(ADDRESS_SCHEMES):
        raise ScenarioFileError.single(
            "--scheduler", repr(scheduler), "processes, threads or tcp://host:port",
            "name a local scheduler or the address of a running Dask scheduler")
    from dask.distributed import Client

    try:
        client = Client(scheduler, timeout=10)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise ScenarioFileError.single(
            "--scheduler", f"{scheduler!r} ({exc})", "the address of a running Dask scheduler",
            "start one with `dask scheduler` and pass its tcp://host:port "
            "(or use processes or threads)") from None
    try:
        yield DaskExecutor(client=client)
    finally:
        client.close()  # type: ignore[no-untyped-call]
