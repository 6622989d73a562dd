"""Benchmark: what `--scheduler` gains. The flagship Monte Carlo (one model, N runs, chunks of
500) run here in one process (the baseline, measured in the same run), then on a local Dask
cluster with 1 and 2 worker processes (one thread each), and Dask's overhead per task measured
on empty tasks. Prints the wall time, the speed-up against the local run, the overhead per task
and whether every run's numbers are identical to the local run's.

    python benchmarks/scaleout.py [--model exchange] [--runs 5000] [--empty 200]

A task costs its overhead plus its work; the speed-up with W workers is about
local / (local / W + tasks x overhead / W + start-up), so a Monte Carlo pays off once its chunks
take well over the overhead each (a chunk of 500 runs of any model here does). The cluster's
start-up (a few seconds, printed) is paid once per command with a local scheduler and not at
all with a running one (`--scheduler tcp://...`).
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np


def _noop(x: int) -> int:
    return x


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="exchange")
    ap.add_argument("--runs", type=int, default=5000)
    ap.add_argument("--empty", type=int, default=200, help="empty tasks for the overhead")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    import accord
    from accord.cli.common import DEFAULT_SCENARIO
    from accord.forecast.flagship import scenario_input
    from accord.forecast.montecarlo import DaskExecutor, monte_carlo

    data = scenario_input(accord.load(DEFAULT_SCENARIO)).data
    tasks = -(-args.runs // 500)
    print(f"scale-out benchmark: flagship, model {args.model}, {args.runs} runs in {tasks} tasks "
          f"of 500; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    t0 = time.perf_counter()
    local = monte_carlo(data, args.model, args.runs, args.seed)
    t_local = time.perf_counter() - t0
    print(f"  local, one process (baseline): {t_local:7.2f} s")
    for workers in (1, 2):
        t0 = time.perf_counter()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            t_start = time.perf_counter() - t0
            ex = DaskExecutor(client=client)
            ex.map(_noop, list(range(4 * workers)))   # warm the workers up
            t0 = time.perf_counter()
            ex.map(_noop, list(range(args.empty)))
            per_task = (time.perf_counter() - t0) / args.empty
            t0 = time.perf_counter()
            got = monte_carlo(data, args.model, args.runs, args.seed, executor=ex)
            t_dask = time.perf_counter() - t0
        same = np.array_equal(got.samples, local.samples, equal_nan=True)
        print(f"  Dask, {workers} worker{'s' if workers > 1 else ' '}: {t_dask:7.2f} s   speed-up "
              f"{t_local / t_dask:5.2f}x against local   overhead {1000 * per_task:6.1f} ms per "
              f"task ({args.empty} empty tasks)   cluster start {t_start:4.1f} s   identical "
              f"numbers: {'yes' if same else 'NO'}")
        if not same:
            raise SystemExit("FAILED: the Dask run differs from the local run")
    print(f"  load average at the end {os.getloadavg()[0]:.1f} (the machine is shared; figures "
          "are wall times)")


if __name__ == "__main__":
    main()
