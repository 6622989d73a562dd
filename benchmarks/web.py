"""Benchmark: the dashboard under load on this machine's loopback address only.

Starts `accord serve` on 127.0.0.1 (a free port) in a child process, warms the cache (the first
analysis of the flagship at its date is timed: the baseline, what every request would cost
without the cache), then runs 50 concurrent clients (httpx, async) for 30 seconds against the
analysis page and the JSON endpoints, round-robin. Prints requests, errors (any status other
than 200 or a failed connection), p50/p95/p99 latency, throughput, and the ratio of the uncached
analysis to the cached p95. The request loop is bounded in time and stops by itself; the server
is stopped at the end.

    python benchmarks/web.py [--clients 50] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

FLAGSHIP = "ukraine-2022-2026"
PATHS = [f"/scenarios/{FLAGSHIP}", f"/api/scenarios/{FLAGSHIP}/analysis",
         f"/api/scenarios/{FLAGSHIP}/sections/bottom-line",
         f"/api/scenarios/{FLAGSHIP}/compare?a=2022-12", "/api/scenarios"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def client(base: str, until: float, k: int, latencies: list[float],
                 errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        n = k
        while time.perf_counter() < until:
            path = PATHS[n % len(PATHS)]
            n += 1
            start = time.perf_counter()
            try:
                r = await c.get(path)
                if r.status_code != 200:
                    errors.append(f"{path}: {r.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{path}: {type(exc).__name__}")
            latencies.append(time.perf_counter() - start)


async def load(base: str, clients: int, seconds: float) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(client(base, until, k, latencies, errors) for k in range(clients)))
    return latencies, errors, time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    accord = Path(sys.executable).with_name("accord")
    server = subprocess.Popen([str(accord), "serve", "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, env=os.environ | {"ACCORD_DEBUG": ""})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/scenarios", timeout=5)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        start = time.perf_counter()
        first = httpx.get(base + PATHS[0], timeout=120)
        uncached = time.perf_counter() - start
        assert first.status_code == 200, first.status_code
        for path in PATHS:
            httpx.get(base + path, timeout=120).raise_for_status()
        latencies, errors, took = asyncio.run(load(base, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    p95 = pct(latencies, 0.95)
    print(f"{args.clients} clients for {took:.1f} s against {len(PATHS)} endpoints "
          f"(analysis page and JSON API) of `accord serve` on 127.0.0.1")
    print(f"requests: {len(latencies):,}  errors: {len(errors)}  throughput: "
          f"{len(latencies) / took:,.0f} requests/s")
    print(f"latency: p50 {pct(latencies, 0.5) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"p99 {pct(latencies, 0.99) * 1000:.0f} ms")
    print(f"baseline (first, uncached analysis page): {uncached * 1000:.0f} ms; "
          f"cached p95 is {uncached / p95:.1f}x faster")
    if errors:
        print("first errors:", errors[:5])
        raise SystemExit(1)


if __name__ == "__main__":
    main()
