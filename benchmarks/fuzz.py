"""Fuzz summary: every loader fed N hypothesis-generated hostile inputs in-process (the same
strategies and check as tests/test_fuzz_loaders.py: random bytes, truncations, byte and
structural mutations of valid files, XML entity bombs and external entities, deep nesting, huge
numbers and strings, NUL bytes, mixed encodings), then each fixed hostile payload through the
`accord` command itself. Prints per loader: examples, accepted, refused with accord's message,
internal errors (any other exception), hangs (a case over `HANG_SECONDS`), and for the CLI pass
the exit codes and tracebacks seen. Baseline for the time column: the same number of reads of
the loader's valid seed files, measured in the same run.

    python benchmarks/fuzz.py [--examples 10000] [--only NAME,NAME]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests import fuzz

CLI = {"scenario YAML": ["validate"], "scenario JSON": ["validate"], "GMCR+ .gmcr": ["conflict"],
       "Genius XML domain": ["space"], "Genius XML profile": ["space"],
       "KTAB CSV": ["forecast", "--format", "ktab", "-m", "compromise"],
       "EUM CSV": ["forecast", "--format", "eum", "-m", "compromise"],
       "Decide CSV": ["forecast", "--format", "decide", "-m", "compromise"],
       "DEU III": ["backtest", "deu", "--data"]}


def _cli(name: str, payloads: list[bytes], folder: Path) -> tuple[dict[int, int], int]:
    from typer.testing import CliRunner

    from accord.cli import app

    loader = fuzz.by_name(name)
    codes: dict[int, int] = {}
    tracebacks = 0
    for i, data in enumerate(payloads):
        path = folder / f"cli{i}{loader.suffix}"
        path.write_bytes(data)
        args = [*CLI.get(name, ["ingest"]), str(path)]
        result = CliRunner().invoke(app, args)
        codes[result.exit_code] = codes.get(result.exit_code, 0) + 1
        crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
        if crashed or "Traceback" in result.output or result.exit_code not in (0, 2):
            tracebacks += 1
    return codes, tracebacks


def _generate(loader: fuzz.Loader, folder: Path, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(fuzz.inputs(loader, folder))
    def case(data: bytes) -> None:
        fuzz.check(loader, data, folder, strict=False)

    case()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=10_000)
    ap.add_argument("--only", default=None, help="loaders by name, separated by commas")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="accord-fuzz-"))
    os.environ["ACCORD_HOME"] = str(root / "home")
    print(f"{'loader':20} {'examples':>8} {'accepted':>8} {'refused':>8} {'internal':>8} "
          f"{'hangs':>5} {'seconds':>8} {'seed s':>7} {'CLI exit codes':>16} {'tracebacks':>10}")
    totals = {"examples": 0, "internal errors": 0, "hangs": 0, "tracebacks": 0}
    for loader in fuzz.LOADERS:
        if args.only and loader.name not in args.only.split(","):
            continue
        folder = root / loader.name.replace(" ", "_").replace("/", "_").replace("+", "")
        folder.mkdir()
        seeds = fuzz.seeds_of(loader.name, folder)
        for seed in seeds:
            fuzz.check(loader, seed, folder, strict=False)
        t = time.perf_counter()
        for i in range(min(args.examples, 200)):
            fuzz.check(loader, seeds[i % len(seeds)], folder, strict=False)
        seed_s = (time.perf_counter() - t) * args.examples / min(args.examples, 200)
        loader.stats.clear()

        t = time.perf_counter()
        _generate(loader, folder, args.examples)
        took = time.perf_counter() - t
        codes, tracebacks = _cli(loader.name, fuzz.HOSTILE[loader.kind], folder)
        s = loader.stats
        shown = ",".join(f"{k}:{v}" for k, v in sorted(codes.items()))
        print(f"{loader.name:20} {s['examples']:8} {s['accepted']:8} {s['refused']:8} "
              f"{s['internal errors']:8} {s['hangs']:5} {took:8.1f} {seed_s:7.1f} {shown:>16} "
              f"{tracebacks:10}", flush=True)
        for line in loader.internal:
            print(f"    internal error: {line}")
        totals["examples"] += s["examples"]
        totals["internal errors"] += s["internal errors"]
        totals["hangs"] += s["hangs"]
        totals["tracebacks"] += tracebacks
    print(f"total: {totals['examples']} examples, {totals['internal errors']} internal errors, "
          f"{totals['tracebacks']} tracebacks, {totals['hangs']} hangs "
          f"(a hang: one case over {fuzz.HANG_SECONDS:g} s)")


if __name__ == "__main__":
    main()
